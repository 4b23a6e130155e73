import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { applyApiErrors } from '@/lib/form-errors';

import { profileInputSchema, useUpdateSettings, type ProfileInput } from '../api/update-settings';
import type { Settings } from '../types';
import { TimeZoneSelect } from './time-zone-select';

/** Display name and time zone (PUT /settings changes only the fields sent). */
export function ProfileForm({ settings }: { settings: Settings }) {
  const [formError, setFormError] = useState<string>();
  const form = useForm<ProfileInput>({
    resolver: zodResolver(profileInputSchema),
    defaultValues: { displayName: settings.displayName, timeZone: settings.timeZone },
  });
  const save = useUpdateSettings({
    mutationConfig: {
      onError: (error) => {
        setFormError(applyApiErrors(error, form.setError, ['displayName', 'timeZone']));
      },
    },
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      aria-label="Profile"
      className="space-y-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        save.mutate({ displayName: values.displayName.trim(), timeZone: values.timeZone });
      })}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField label="Display name" autoComplete="name" hint="1 to 100 characters." error={errors.displayName?.message} {...form.register('displayName')} />
      <Controller
        control={form.control}
        name="timeZone"
        render={({ field, fieldState }) => <TimeZoneSelect value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
      />
      <Button type="submit" className="w-full sm:w-auto" isLoading={save.isPending}>
        Save profile
      </Button>
    </form>
  );
}
