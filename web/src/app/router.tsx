import { createBrowserRouter, type RouteObject } from 'react-router';

import { paths } from '@/config/paths';
import { CustomerCreateRoute } from '@/features/customers/routes/customer-create';
import { CustomersRoute } from '@/features/customers/routes/customers';
import { ExecutionRoute } from '@/features/customers/routes/execution';
import { ExecutionsRoute } from '@/features/customers/routes/executions';
import { CustomersSettingsRoute } from '@/features/customers/routes/settings';
import { FleetAuditRoute } from '@/features/fleet/routes/audit';
import { InstanceRoute } from '@/features/fleet/routes/instance';
import { InstancesRoute } from '@/features/fleet/routes/instances';
import { ApiKeysRoute } from '@/features/identity/routes/api-keys';
import { ConfirmRoute } from '@/features/identity/routes/confirm';
import { ForgotPasswordRoute } from '@/features/identity/routes/forgot-password';
import { LoginRoute } from '@/features/identity/routes/login';
import { RegisterRoute } from '@/features/identity/routes/register';
import { ResetPasswordRoute } from '@/features/identity/routes/reset-password';
import { UsersRoute } from '@/features/identity/routes/users';
import { DeadLettersRoute } from '@/features/inventory/routes/dead-letters';
import { LowStockRoute } from '@/features/inventory/routes/low-stock';
import { OrderRoute } from '@/features/inventory/routes/order';
import { OrdersRoute } from '@/features/inventory/routes/orders';
import { ProductCreateRoute } from '@/features/inventory/routes/product-create';
import { ProductDetailRoute } from '@/features/inventory/routes/product-detail';
import { ProductEditRoute } from '@/features/inventory/routes/product-edit';
import { ProductsRoute } from '@/features/inventory/routes/products';
import { InboxRoute } from '@/features/local-inbox/routes/inbox';
import { DashboardRoute } from '@/features/workspace/routes/dashboard';
import { DeploymentRoute } from '@/features/workspace/routes/deployment';
import { HomeRoute } from '@/features/workspace/routes/home';
import { InvitationRoute } from '@/features/workspace/routes/invitation';
import { ProjectRoute } from '@/features/workspace/routes/project';
import { ProjectCreateRoute } from '@/features/workspace/routes/project-create';
import { ProjectsRoute } from '@/features/workspace/routes/projects';

import { RequireAuth, RequirePolicy } from './guards';
import { AppLayout } from './layout/app-layout';
import { LandingRoute } from './routes/landing';
import { NotFoundRoute } from './routes/not-found';
import { projectTabExtensions } from './routes/project-tab-extensions';

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
      { path: paths.customers.list.path, element: <RequirePolicy policy="manageCustomers"><CustomersRoute /></RequirePolicy> },
      { path: paths.customers.create.path, element: <RequirePolicy policy="manageCustomers"><CustomerCreateRoute /></RequirePolicy> },
      { path: paths.customers.executions.path, element: <RequirePolicy policy="manageCustomers"><ExecutionsRoute /></RequirePolicy> },
      { path: paths.customers.execution.path, element: <RequirePolicy policy="manageCustomers"><ExecutionRoute /></RequirePolicy> },
      { path: paths.customers.settings.path, element: <RequirePolicy policy="manageCustomers"><CustomersSettingsRoute /></RequirePolicy> },
      { path: paths.fleet.instances.path, element: <RequireAuth><InstancesRoute /></RequireAuth> },
      { path: paths.fleet.instance.path, element: <RequireAuth><InstanceRoute /></RequireAuth> },
      { path: paths.fleet.audit.path, element: <RequirePolicy policy="viewFleetAudit"><FleetAuditRoute /></RequirePolicy> },
      { path: paths.admin.lowStock.path, element: <RequirePolicy policy="viewLowStock"><LowStockRoute /></RequirePolicy> },
      { path: paths.admin.users.path, element: <RequirePolicy policy="administer"><UsersRoute /></RequirePolicy> },
      { path: paths.admin.apiKeys.path, element: <RequirePolicy policy="administer"><ApiKeysRoute /></RequirePolicy> },
      { path: paths.admin.deadLetters.path, element: <RequirePolicy policy="administer"><DeadLettersRoute /></RequirePolicy> },
      { path: paths.workspace.home.path, element: <RequireAuth><HomeRoute /></RequireAuth> },
      { path: paths.workspace.dashboard.path, element: <RequireAuth><DashboardRoute /></RequireAuth> },
      { path: paths.workspace.projects.path, element: <RequireAuth><ProjectsRoute /></RequireAuth> },
      { path: paths.workspace.createProject.path, element: <RequireAuth><ProjectCreateRoute /></RequireAuth> },
      { path: paths.workspace.project.path, element: <RequireAuth><ProjectRoute extensions={projectTabExtensions} /></RequireAuth> },
      { path: paths.workspace.deployment.path, element: <RequireAuth><DeploymentRoute /></RequireAuth> },
      // Not behind RequireAuth: a signed-out visitor is told why to log in before going there.
      { path: paths.workspace.invitation.path, element: <InvitationRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
