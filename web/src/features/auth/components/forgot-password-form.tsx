import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
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
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        mutation.mutate(values);
      })}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField label="Email" type="email" autoComplete="email" error={form.formState.errors.email?.message} {...form.register('email')} />
      <Button type="submit" className="w-full" isLoading={mutation.isPending}>
        Email me a reset code
      </Button>
    </form>
  );
}
