import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { InputField } from '@/components/ui/field';
import { FormShell } from '@/components/ui/form-shell';
import { applyApiErrors } from '@/lib/form-errors';

import { forgotPasswordInputSchema, useForgotPassword, type ForgotPasswordInput } from '../api/forgot-password';

export function ForgotPasswordForm({ onSuccess }: { onSuccess: (email: string) => void }) {
  const [formError, setFormError] = useState<string>();
  const form = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordInputSchema), defaultValues: { email: '' } });
  const mutation = useForgotPassword({
    mutationConfig: {
      onSuccess: (_, input) => {
        onSuccess(input.email);
      },
      onError: (error) => {
        setFormError(applyApiErrors(error, form.setError, ['email']));
      },
    },
  });
  return (
    <FormShell
      error={formError}
      submitLabel="Email me a reset code"
      isSubmitting={mutation.isPending}
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        mutation.mutate(values);
      })}
    >
      <InputField label="Email" type="email" autoComplete="email" error={form.formState.errors.email?.message} {...form.register('email')} />
    </FormShell>
  );
}
