import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { applyApiErrors } from '@/lib/form-errors';

import { MAX_ATTRIBUTES, registerCustomerInputSchema, toRegisterBody, useRegisterCustomer, type RegisterCustomerInput } from '../api/register-customer';

/**
 * Once the server has accepted a registration the form starts empty with a new key, so a second
 * click that lands after the 202 finds no id to send instead of starting a second workflow.
 */
export function RegisterCustomerForm({ onStarted }: { onStarted: (executionId: string) => void }) {
  const [formError, setFormError] = useState<string>();
  const idempotency = useIdempotencyKey();
  const form = useForm<RegisterCustomerInput>({
    resolver: zodResolver(registerCustomerInputSchema),
    defaultValues: { id: '', name: '', email: '', attributes: [] },
  });
  const attributes = useFieldArray({ control: form.control, name: 'attributes' });
  const register = useRegisterCustomer({
    mutationConfig: {
      onSuccess: (started) => {
        idempotency.settle();
        form.reset();
        onStarted(started.executionId);
      },
      onError: (error) => {
        setFormError(applyApiErrors(error, form.setError, ['id', 'name', 'email', 'attributes']));
      },
    },
  });
  const errors = form.formState.errors;

  return (
    <form
      noValidate
      aria-label="Add customer"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        const body = toRegisterBody(values);
        register.mutate({ body, idempotencyKey: idempotency.keyFor(body) });
      })}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField
        label="Customer id"
        autoComplete="off"
        spellCheck={false}
        hint="3–64 letters, digits, - or _. The workflow checks it, and that it is not taken (ids are case-sensitive)."
        error={errors.id?.message}
        {...form.register('id')}
      />
      <InputField label="Name (optional)" autoComplete="off" error={errors.name?.message} {...form.register('name')} />
      <InputField label="Email (optional)" type="email" autoComplete="off" error={errors.email?.message} {...form.register('email')} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Attributes (optional)</legend>
        {attributes.fields.map((field, index) => (
          <div key={field.id} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
            <InputField label={`Key ${index + 1}`} autoComplete="off" error={errors.attributes?.[index]?.key?.message} {...form.register(`attributes.${index}.key`)} />
            <InputField label={`Value ${index + 1}`} autoComplete="off" error={errors.attributes?.[index]?.value?.message} {...form.register(`attributes.${index}.value`)} />
            <Button
              variant="ghost"
              size="sm"
              className="mt-6"
              aria-label={`Remove attribute ${index + 1}`}
              onClick={() => {
                attributes.remove(index);
              }}
            >
              ✕
            </Button>
          </div>
        ))}
        {(errors.attributes?.message ?? errors.attributes?.root?.message) && (
          <p className="text-sm text-red-700">{errors.attributes.message ?? errors.attributes.root?.message}</p>
        )}
        <Button
          variant="secondary"
          size="sm"
          disabled={attributes.fields.length >= MAX_ATTRIBUTES}
          onClick={() => {
            attributes.append({ key: '', value: '' }, { shouldFocus: true });
          }}
        >
          Add attribute
        </Button>
        {attributes.fields.length >= MAX_ATTRIBUTES && <p className="text-sm text-slate-600">At most {MAX_ATTRIBUTES} attributes.</p>}
      </fieldset>
      <Button type="submit" className="w-full sm:w-auto" isLoading={register.isPending}>
        Add customer
      </Button>
    </form>
  );
}
