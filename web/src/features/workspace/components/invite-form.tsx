import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { applyApiErrors } from '@/lib/form-errors';

import { inviteMemberInputSchema, useInviteMember, type InviteMemberInput } from '../api/invite-member';
import { PROJECT_ROLES } from '../types';
import { roleLabels } from '../utils/roles';

export function InviteForm({ projectId }: { projectId: string }) {
  const [formError, setFormError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm<InviteMemberInput>({ resolver: zodResolver(inviteMemberInputSchema), defaultValues: { email: '', role: 'editor' } });
  const invite = useInviteMember({
    mutationConfig: {
      onSuccess: (_, variables) => {
        setSentTo(variables.body.email);
        form.reset();
      },
      onError: (error) => {
        setFormError(applyApiErrors(error, form.setError, ['email', 'role']));
      },
    },
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      aria-label="Invite a teammate"
      className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_9rem_auto] sm:items-start"
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        setSentTo(undefined);
        invite.mutate({ projectId, body: { email: values.email.trim(), role: values.role } });
      })}
    >
      {formError && <Alert tone="error" className="sm:col-span-3">{formError}</Alert>}
      {sentTo && (
        <Alert tone="success" className="sm:col-span-3">
          Invitation sent to {sentTo}. The link in it works once, for 7 days.
        </Alert>
      )}
      <InputField label="Email" type="email" autoComplete="off" error={errors.email?.message} {...form.register('email')} />
      <SelectField label="Role" error={errors.role?.message} {...form.register('role')}>
        {PROJECT_ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabels[role]}
          </option>
        ))}
      </SelectField>
      <Button type="submit" className="sm:mt-6" isLoading={invite.isPending}>
        Send invitation
      </Button>
    </form>
  );
}
