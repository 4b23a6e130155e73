import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { applyApiErrors } from '@/lib/form-errors';

import { API_KEY_SCOPES, createApiKeyInputSchema, useCreateApiKey, type CreateApiKeyInput } from '../api/create-api-key';
import type { IssuedApiKey } from '../types';

const SCOPE_HINTS: Record<(typeof API_KEY_SCOPES)[number], string> = {
  'customers:read': 'Read customers and their registrations',
  'customers:write': 'Register and delete customers (includes reading)',
};

/** The form's own fields: the expiry is a local date and time, empty for a key that never expires. */
const formSchema = createApiKeyInputSchema.extend({
  expiresAt: z
    .string()
    .refine((value) => value === '' || new Date(value).getTime() > Date.now(), 'Choose a moment in the future'),
});

type FormValues = z.input<typeof formSchema>;

const FIELDS = ['name', 'scopes', 'expiresAt', 'rateLimitPerMinute', 'dailyQuota'] as const;

function toInput(values: FormValues): CreateApiKeyInput {
  return { ...values, expiresAt: values.expiresAt === '' ? undefined : new Date(values.expiresAt).toISOString() };
}

export function CreateApiKeyForm({ onIssued }: { onIssued: (issued: IssuedApiKey) => void }) {
  const [formError, setFormError] = useState<string>();
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '', scopes: ['customers:read'], expiresAt: '', rateLimitPerMinute: 60, dailyQuota: 10_000 },
  });
  const { errors } = form.formState;
  const create = useCreateApiKey({
    mutationConfig: {
      onSuccess: (issued) => {
        form.reset();
        onIssued(issued);
      },
      onError: (error) => {
        setFormError(applyApiErrors(error, form.setError, FIELDS));
      },
    },
  });

  return (
    <form
      noValidate
      aria-label="Create an API key"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        create.mutate(toInput(values));
      })}
    >
      <h2 className="text-lg font-semibold text-slate-900">New key</h2>
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField label="Name" hint="Who or what will use it, e.g. Billing sync" error={errors.name?.message} {...form.register('name')} />
      <fieldset aria-describedby={errors.scopes ? 'api-key-scopes-error' : undefined} className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Scopes</legend>
        {API_KEY_SCOPES.map((scope) => (
          <label key={scope} className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" value={scope} className="mt-1 size-4" {...form.register('scopes')} />
            <span>
              <code className="font-mono">{scope}</code>
              <span className="block text-slate-600">{SCOPE_HINTS[scope]}</span>
            </span>
          </label>
        ))}
        {errors.scopes && (
          <p id="api-key-scopes-error" className="text-sm text-red-700">
            {errors.scopes.message}
          </p>
        )}
      </fieldset>
      <InputField
        label="Expires (optional)"
        type="datetime-local"
        hint="Leave empty for a key that does not expire"
        error={errors.expiresAt?.message}
        {...form.register('expiresAt')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          label="Requests per minute"
          type="number"
          inputMode="numeric"
          min={1}
          max={10_000}
          error={errors.rateLimitPerMinute?.message}
          {...form.register('rateLimitPerMinute', { valueAsNumber: true })}
        />
        <InputField
          label="Requests per day"
          type="number"
          inputMode="numeric"
          min={1}
          max={10_000_000}
          hint="Counted per UTC day"
          error={errors.dailyQuota?.message}
          {...form.register('dailyQuota', { valueAsNumber: true })}
        />
      </div>
      <Button type="submit" className="w-full sm:w-auto" isLoading={create.isPending}>
        Create key
      </Button>
    </form>
  );
}
