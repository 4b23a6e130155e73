import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormShell } from '@/components/ui/form-shell';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { applyApiErrors } from '@/lib/form-errors';

import { confirmInputSchema, useConfirmSignUp, type ConfirmInput } from '../api/confirm-sign-up';
import { resendCodeInputSchema, useResendCode } from '../api/resend-code';

export function ConfirmForm({ defaultEmail = '', onSuccess }: { defaultEmail?: string; onSuccess: (email: string) => void }) {
  const [formError, setFormError] = useState<string>();
  const [resendNote, setResendNote] = useState<{ tone: 'success' | 'error'; text: string }>();
  const form = useForm<ConfirmInput>({ resolver: zodResolver(confirmInputSchema), defaultValues: { email: defaultEmail, code: '' } });
  const { errors } = form.formState;
  const confirmMutation = useConfirmSignUp({
    mutationConfig: {
      onSuccess: (_, input) => {
        onSuccess(input.email);
      },
      onError: (error) => {
        setFormError(applyApiErrors(error, form.setError, ['email', 'code']));
      },
    },
  });
  const resendMutation = useResendCode({
    mutationConfig: {
      onSuccess: () => {
        setResendNote({ tone: 'success', text: 'A new code is on its way.' });
      },
      onError: (error) => {
        setResendNote({ tone: 'error', text: errorMessage(error) });
      },
    },
  });

  const resend = () => {
    setResendNote(undefined);
    const parsed = resendCodeInputSchema.safeParse({ email: form.getValues('email') });
    if (!parsed.success) {
      form.setError('email', { type: 'manual', message: 'Enter the email you signed up with' }, { shouldFocus: true });
      return;
    }
    resendMutation.mutate(parsed.data);
  };

  const email = form.watch('email');

  return (
    <FormShell
      error={formError}
      submitLabel="Confirm account"
      isSubmitting={confirmMutation.isPending}
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        confirmMutation.mutate(values);
      })}
      footer={
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <Button variant="ghost" size="sm" onClick={resend} isLoading={resendMutation.isPending}>
            Resend the code
          </Button>
          <Link className="text-blue-800 underline" to={paths.inbox.getHref(email || undefined)}>
            Open the local inbox
          </Link>
        </div>
      }
    >
      {resendNote && <Alert tone={resendNote.tone}>{resendNote.text}</Alert>}
      <InputField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...form.register('email')} />
      <InputField
        label="Confirmation code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        error={errors.code?.message}
        {...form.register('code')}
      />
    </FormShell>
  );
}
