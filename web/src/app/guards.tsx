import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { policies, type Policy } from '@/lib/authorization';
import { useSession } from '@/lib/session';

/** Signed-in users only: anyone else goes to the login page and comes back here after it. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <LoadingState label="Restoring your session" />;
  if (session.status === 'anonymous') {
    return <Navigate to={paths.auth.login.getHref(`${location.pathname}${location.search}`)} replace />;
  }
  return children;
}

/** Signed in, and with a role the policy allows; others see why they cannot go on. */
export function RequirePolicy({ policy, children }: { policy: Policy; children: ReactNode }) {
  const session = useSession();
  return (
    <RequireAuth>
      {session.status === 'authenticated' && !policies[policy](session.user.role) ? (
        <div className="mx-auto max-w-lg">
          <h1 className="mb-4 text-2xl font-bold text-slate-900">Not available</h1>
          <Alert tone="warning" title="Your role cannot open this page">
            You are signed in as <strong>{session.user.role}</strong>. Ask an admin if you need access.
          </Alert>
        </div>
      ) : (
        children
      )}
    </RequireAuth>
  );
}
