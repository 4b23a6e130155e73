import { createBrowserRouter, type RouteObject } from 'react-router';

import { paths } from '@/config/paths';
import { DeadLettersRoute } from '@/features/admin/routes/dead-letters';
import { UsersRoute } from '@/features/admin/routes/users';
import { ConfirmRoute } from '@/features/auth/routes/confirm';
import { ForgotPasswordRoute } from '@/features/auth/routes/forgot-password';
import { LoginRoute } from '@/features/auth/routes/login';
import { RegisterRoute } from '@/features/auth/routes/register';
import { ResetPasswordRoute } from '@/features/auth/routes/reset-password';
import { InboxRoute } from '@/features/inbox/routes/inbox';
import { OrderRoute } from '@/features/orders/routes/order';
import { OrdersRoute } from '@/features/orders/routes/orders';
import { LowStockRoute } from '@/features/products/routes/low-stock';
import { ProductCreateRoute } from '@/features/products/routes/product-create';
import { ProductEditRoute } from '@/features/products/routes/product-edit';
import { ProductsRoute } from '@/features/products/routes/products';

import { RequireAuth, RequirePolicy } from './guards';
import { AppLayout } from './layout/app-layout';
import { LandingRoute } from './routes/landing';
import { NotFoundRoute } from './routes/not-found';
import { ProductDetailRoute } from './routes/product-detail';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: paths.home.path, element: <LandingRoute /> },
      { path: paths.auth.login.path, element: <LoginRoute /> },
      { path: paths.auth.register.path, element: <RegisterRoute /> },
      { path: paths.auth.confirm.path, element: <ConfirmRoute /> },
      { path: paths.auth.forgotPassword.path, element: <ForgotPasswordRoute /> },
      { path: paths.auth.resetPassword.path, element: <ResetPasswordRoute /> },
      { path: paths.inbox.path, element: <InboxRoute /> },
      { path: paths.products.list.path, element: <RequireAuth><ProductsRoute /></RequireAuth> },
      { path: paths.products.create.path, element: <RequirePolicy policy="manageProducts"><ProductCreateRoute /></RequirePolicy> },
      { path: paths.products.detail.path, element: <RequireAuth><ProductDetailRoute /></RequireAuth> },
      { path: paths.products.edit.path, element: <RequirePolicy policy="manageProducts"><ProductEditRoute /></RequirePolicy> },
      { path: paths.orders.list.path, element: <RequireAuth><OrdersRoute /></RequireAuth> },
      { path: paths.orders.detail.path, element: <RequireAuth><OrderRoute /></RequireAuth> },
      { path: paths.admin.lowStock.path, element: <RequirePolicy policy="viewLowStock"><LowStockRoute /></RequirePolicy> },
      { path: paths.admin.users.path, element: <RequirePolicy policy="administer"><UsersRoute /></RequirePolicy> },
      { path: paths.admin.deadLetters.path, element: <RequirePolicy policy="administer"><DeadLettersRoute /></RequirePolicy> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
