import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { InputField } from '@/components/ui/field';
import { FormShell } from '@/components/ui/form-shell';
import { isApiError } from '@/lib/api-client';
import { applyApiErrors } from '@/lib/form-errors';

import { registerInputSchema, useRegister, type RegisterInput } from '../api/register';
import type { Registered } from '../types';

export function RegisterForm({ onSuccess }: { onSuccess: (answer: Registered) => void }) {
  const [formError, setFormError] = useState<string>();
  const form = useForm<RegisterInput>({ resolver: zodResolver(registerInputSchema), defaultValues: { name: '', email: '', password: '' } });
  const { errors } = form.formState;
  const registerMutation = useRegister({
    mutationConfig: {
      onSuccess: (answer) => {
        onSuccess(answer);
      },
      onError: (error) => {
        if (isApiError(error, 'DUPLICATE_ENTRY')) {
          form.setError('email', { type: 'server', message: 'An account with this email already exists' }, { shouldFocus: true });
          return;
        }
        setFormError(applyApiErrors(error, form.setError, ['name', 'email', 'password']));
      },
    },
  });

  return (
    <FormShell
      error={formError}
      submitLabel="Create account"
      isSubmitting={registerMutation.isPending}
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        registerMutation.mutate(values);
      })}
    >
      <InputField label="Name" autoComplete="name" error={errors.name?.message} {...form.register('name')} />
      <InputField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...form.register('email')} />
      <InputField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters, with an upper-case letter, a lower-case letter and a digit."
        error={errors.password?.message}
        {...form.register('password')}
      />
    </FormShell>
  );
}
