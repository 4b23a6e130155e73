import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { errorMessage, isApiError } from '@/lib/api-client';

import { connectionInputSchema, keyPrefix, normalizeBaseUrl, saveConnection, useConnection, type Connection } from '../api/connection';
import { useTestConnection } from '../api/test-connection';

type FormValues = { baseUrl: string; apiKey: string };

/** The key may be left empty to keep the saved one; the address is always asked for. */
function formSchema(savedKey: string | undefined) {
  return z.object({
    baseUrl: connectionInputSchema.shape.baseUrl,
    apiKey: savedKey ? z.union([z.literal(''), connectionInputSchema.shape.apiKey]) : connectionInputSchema.shape.apiKey,
  });
}

function crossOrigin(baseUrl: string): boolean {
  try {
    return new URL(baseUrl).origin !== window.location.origin;
  } catch {
    return true;
  }
}

function TestOutcome({ test }: { test: ReturnType<typeof useTestConnection> }) {
  if (test.isSuccess) {
    return (
      <Alert tone="success" title="Connected">
        {test.variables.baseUrl} answered, and the key may read customers.
      </Alert>
    );
  }
  if (!test.isError) return null;
  return (
    <Alert tone="error" title="The connection test failed">
      <p>{errorMessage(test.error)}</p>
      {isApiError(test.error, 'NETWORK_ERROR') && crossOrigin(test.variables.baseUrl) && (
        <p className="mt-1">
          A browser reaches another Stratus only when that Stratus lists this console&apos;s origin in its
          <code>STRATUS_CORS_ORIGINS</code>, and this Stratus lists the other one in its <code>STRATUS_CONSOLE_API_ORIGINS</code>.
        </p>
      )}
    </Alert>
  );
}

export function ConnectionForm() {
  const saved = useConnection();
  const [savedNote, setSavedNote] = useState<string>();
  const schema = useMemo(() => formSchema(saved?.apiKey), [saved?.apiKey]);
  const form = useForm<FormValues>({ resolver: zodResolver(schema), defaultValues: { baseUrl: saved?.baseUrl ?? '', apiKey: '' } });
  const test = useTestConnection();
  const errors = form.formState.errors;

  const connectionOf = (values: FormValues): Connection => ({
    baseUrl: normalizeBaseUrl(values.baseUrl),
    apiKey: values.apiKey.trim() || (saved?.apiKey ?? ''),
  });

  return (
    <form
      noValidate
      aria-label="API connection"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
      onSubmit={form.handleSubmit((values) => {
        const connection = saveConnection(connectionOf(values));
        form.reset({ baseUrl: connection.baseUrl, apiKey: '' });
        test.reset();
        setSavedNote(`Saved. The customers pages now use ${connection.baseUrl} with key ${keyPrefix(connection.apiKey)}…`);
      })}
    >
      {savedNote && <Alert tone="success">{savedNote}</Alert>}
      <InputField
        label="API base URL"
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder="https://stratus.example.com"
        hint="The address of a Stratus; /api is added."
        error={errors.baseUrl?.message}
        {...form.register('baseUrl')}
      />
      <InputField
        label="API key"
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="stx_…"
        hint={saved ? `Leave empty to keep the saved key ${keyPrefix(saved.apiKey)}…` : 'An admin creates keys on the API keys page; a key is shown once.'}
        error={errors.apiKey?.message}
        {...form.register('apiKey')}
      />
      <p className="text-sm text-slate-700">
        The key is kept in this browser&apos;s local storage, so anyone using this browser profile can use it. Only its prefix is shown again.
      </p>
      <TestOutcome test={test} />
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          isLoading={test.isPending}
          onClick={form.handleSubmit((values) => {
            setSavedNote(undefined);
            test.mutate(connectionOf(values));
          })}
        >
          Test connection
        </Button>
        <Button type="submit">Save</Button>
      </div>
    </form>
  );
}
