import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/session';

import { LoginForm } from '../components/login-form';

/** Only same-site paths: a crafted ?redirectTo must not send the user elsewhere. */
function safeRedirect(target: string | null): string {
  if (target?.startsWith('/') && !target.startsWith('//')) return target;
  return paths.products.list.getHref();
}

const notices: Record<string, string> = {
  confirmed: 'Your account is confirmed. Log in to continue.',
  'password-reset': 'Your password was changed. Log in with the new one.',
};

export function LoginRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const redirectTo = safeRedirect(params.get('redirectTo'));
  const notice = typeof location.state === 'object' && location.state !== null ? (location.state as { notice?: string }).notice : undefined;

  if (session.status === 'authenticated') return <Navigate to={redirectTo} replace />;

  return (
    <AuthLayout
      title="Log in"
      description={
        <>
          New here?{' '}
          <Link className="text-blue-800 underline" to={paths.auth.register.getHref()}>
            Create an account
          </Link>
        </>
      }
    >
      {session.status === 'anonymous' && session.ended === 'expired' && (
        <Alert tone="warning" className="mb-4">
          Your session has ended. Log in again to continue.
        </Alert>
      )}
      {notice && notices[notice] && (
        <Alert tone="success" className="mb-4">
          {notices[notice]}
        </Alert>
      )}
      <LoginForm
        defaultEmail={params.get('email') ?? ''}
        onSuccess={() => {
          void navigate(redirectTo, { replace: true });
        }}
      />
    </AuthLayout>
  );
}
