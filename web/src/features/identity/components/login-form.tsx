import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { InputField } from '@/components/ui/field';
import { FormShell } from '@/components/ui/form-shell';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { applyApiErrors } from '@/lib/form-errors';
import type { SessionUser } from '@/lib/session';

import { loginInputSchema, useLogin, type LoginInput } from '../api/login';

export function LoginForm({ defaultEmail = '', onSuccess }: { defaultEmail?: string; onSuccess: (user: SessionUser) => void }) {
  const [formError, setFormError] = useState<string>();
  const [unconfirmedEmail, setUnconfirmedEmail] = useState<string>();
  const form = useForm<LoginInput>({ resolver: zodResolver(loginInputSchema), defaultValues: { email: defaultEmail, password: '' } });
  const { errors } = form.formState;
  const loginMutation = useLogin({
    mutationConfig: {
      onSuccess: (user) => {
        onSuccess(user);
      },
      onError: (error, input) => {
        if (isApiError(error, 'USER_NOT_CONFIRMED')) {
          setUnconfirmedEmail(input.email);
          setFormError(undefined);
          return;
        }
        setUnconfirmedEmail(undefined);
        setFormError(applyApiErrors(error, form.setError, ['email', 'password']));
      },
    },
  });

  return (
    <FormShell
      error={formError}
      submitLabel="Log in"
      isSubmitting={loginMutation.isPending}
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        loginMutation.mutate(values);
      })}
      footer={
        <div className="flex flex-wrap justify-between gap-2 text-sm">
          <Link className="text-blue-800 underline" to={paths.auth.forgotPassword.getHref()}>
            Forgot your password?
          </Link>
          <Link className="text-blue-800 underline" to={paths.auth.register.getHref()}>
            Create an account
          </Link>
        </div>
      }
    >
      {unconfirmedEmail && (
        <Alert tone="warning" title="Confirm your email first">
          <Link className="font-medium underline" to={paths.auth.confirm.getHref(unconfirmedEmail)}>
            Enter the code we emailed you
          </Link>
        </Alert>
      )}
      <InputField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...form.register('email')} />
      <InputField label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register('password')} />
    </FormShell>
  );
}
