import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { startSession } from '@/lib/session';
import type { Role } from '@/lib/authorization';

import { fakeJwt } from './fake-api';

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } } });
}

/** Renders routes in a memory router at `url`, with a fresh query cache. */
export function renderRoutes(routes: RouteObject[], url = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = testQueryClient();
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}

/** Renders one element at `/` (plus whatever other paths it links to render as a marker). */
export function renderWithProviders(element: ReactElement, { url = '/', path = '/' }: { url?: string; path?: string } = {}) {
  return renderRoutes(
    [
      { path, element },
      { path: '*', element: <p>Navigated away</p> },
    ],
    url,
  );
}

/** Signs a test user in, as the login page would. */
export function signIn(role: Role, email = `${role}@stratus.test`) {
  return startSession(
    { idToken: fakeJwt({ sub: `${role}-id`, email, 'cognito:groups': [role] }), accessToken: 'access', refreshToken: `refresh-${role}`, expiresIn: 3600 },
    { name: `Test ${role}` },
  );
}
