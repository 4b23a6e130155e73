import { Link, useNavigate } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { paths } from '@/config/paths';

import { RegisterForm } from '../components/register-form';

export function RegisterRoute() {
  const navigate = useNavigate();
  return (
    <AuthLayout
      title="Create your account"
      description={
        <>
          Already have one?{' '}
          <Link className="text-blue-800 underline" to={paths.auth.login.getHref()}>
            Log in
          </Link>
        </>
      }
    >
      <RegisterForm
        onSuccess={(answer) => {
          void navigate(paths.auth.confirm.getHref(answer.email));
        }}
      />
    </AuthLayout>
  );
}
