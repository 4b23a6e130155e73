import { Link, useNavigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { paths } from '@/config/paths';

import { ResetPasswordForm } from '../components/reset-password-form';

export function ResetPasswordRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const email = params.get('email') ?? '';
  return (
    <AuthLayout
      title="Set a new password"
      description={
        <>
          If the address has an account, a reset code is on its way.{' '}
          <Link className="text-blue-800 underline" to={paths.inbox.getHref(email || undefined)}>
            Open the local inbox
          </Link>
        </>
      }
    >
      <ResetPasswordForm
        defaultEmail={email}
        onSuccess={(address) => {
          void navigate(paths.auth.login.getHref(undefined, address), { state: { notice: 'password-reset' } });
        }}
      />
    </AuthLayout>
  );
}
