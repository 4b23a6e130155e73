import { useNavigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { paths } from '@/config/paths';

import { ConfirmForm } from '../components/confirm-form';

export function ConfirmRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <AuthLayout title="Confirm your email" description="We emailed you a 6-digit code. Enter it here to activate your account.">
      <ConfirmForm
        defaultEmail={params.get('email') ?? ''}
        onSuccess={(email) => {
          void navigate(paths.auth.login.getHref(undefined, email), { state: { notice: 'confirmed' } });
        }}
      />
    </AuthLayout>
  );
}
