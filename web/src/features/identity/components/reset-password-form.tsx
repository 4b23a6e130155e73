import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { InputField } from '@/components/ui/field';
import { FormShell } from '@/components/ui/form-shell';
import { applyApiErrors } from '@/lib/form-errors';

import { resetPasswordInputSchema, useResetPassword, type ResetPasswordInput } from '../api/reset-password';

export function ResetPasswordForm({ defaultEmail = '', onSuccess }: { defaultEmail?: string; onSuccess: (email: string) => void }) {
  const [formError, setFormError] = useState<string>();
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordInputSchema),
    defaultValues: { email: defaultEmail, code: '', newPassword: '' },
  });
  const { errors } = form.formState;
  const mutation = useResetPassword({
    mutationConfig: {
      onSuccess: (_, input) => {
        onSuccess(input.email);
      },
      onError: (error) => {
        setFormError(applyApiErrors(error, form.setError, ['email', 'code', 'newPassword']));
      },
    },
  });
  return (
    <FormShell
      error={formError}
      submitLabel="Set new password"
      isSubmitting={mutation.isPending}
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        mutation.mutate(values);
      })}
    >
      <InputField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...form.register('email')} />
      <InputField label="Reset code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={errors.code?.message} {...form.register('code')} />
      <InputField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters, with an upper-case letter, a lower-case letter and a digit."
        error={errors.newPassword?.message}
        {...form.register('newPassword')}
      />
    </FormShell>
  );
}
