import { useNavigate } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { paths } from '@/config/paths';

import { ForgotPasswordForm } from '../components/forgot-password-form';

export function ForgotPasswordRoute() {
  const navigate = useNavigate();
  return (
    <AuthLayout title="Forgot your password?" description="Enter your email and we will send you a code to set a new password.">
      <ForgotPasswordForm
        onSuccess={(email) => {
          void navigate(paths.auth.resetPassword.getHref(email));
        }}
      />
    </AuthLayout>
  );
}
