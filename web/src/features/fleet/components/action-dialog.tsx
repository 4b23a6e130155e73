import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InputField, TextareaField } from '@/components/ui/field';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { applyApiErrors } from '@/lib/form-errors';

import { actionInputSchema, REASON_MAX, REASON_MIN, useActOnInstance, type ActionInput } from '../api/act-on-instance';
import type { ActionAccepted, FleetAction, Instance } from '../types';
import { ACTION_VERBS, confirmNameOf } from './action-rules';

const CONSEQUENCES: Record<FleetAction, string> = {
  reboot: 'The instance restarts; its status checks read initializing for a while. Its state stays running.',
  stop: 'The instance shuts down and stays stopped until someone starts it. Its public IP may change.',
  start: 'The instance boots; it reads pending, then running, and its status checks initialize.',
};

type ActionDialogProps = {
  instance: Instance;
  action: FleetAction;
  onClose: () => void;
  onAccepted: (accepted: ActionAccepted) => void;
};

/**
 * Asks for the reason the audit log keeps, and for a stop or reboot the instance's name typed
 * again. Drawn only while open, so every opening starts empty with a new Idempotency-Key; sending
 * the same submit again (after a lost answer) reuses it, so the instance is acted on once.
 */
export function ActionDialog({ instance, action, onClose, onAccepted }: ActionDialogProps) {
  const confirmName = confirmNameOf(action, instance);
  const schema = useMemo(() => actionInputSchema(confirmName), [confirmName]);
  const form = useForm<ActionInput>({ resolver: zodResolver(schema), defaultValues: { reason: '', confirmation: '' } });
  const idempotency = useIdempotencyKey();
  const [formError, setFormError] = useState<string>();
  const act = useActOnInstance({
    mutationConfig: {
      onSuccess: (accepted) => {
        idempotency.settle();
        onAccepted(accepted);
        onClose();
      },
      onError: (error) => {
        setFormError(applyApiErrors(error, form.setError, ['reason']));
      },
    },
  });
  const submit = form.handleSubmit((values) => {
    setFormError(undefined);
    const request = { instanceId: instance.instanceId, action, reason: values.reason };
    act.mutate({ ...request, idempotencyKey: idempotency.keyFor(request) });
  });
  const errors = form.formState.errors;
  const verb = ACTION_VERBS[action];

  return (
    <ConfirmDialog
      open
      title={`${verb} ${instance.name || instance.instanceId}?`}
      confirmLabel={`${verb} instance`}
      tone={action === 'start' ? 'primary' : 'danger'}
      isPending={act.isPending}
      onCancel={onClose}
      onConfirm={() => void submit()}
    >
      <p>{CONSEQUENCES[action]}</p>
      <form noValidate aria-label={`${verb} instance`} className="mt-4 space-y-3" onSubmit={(event) => void submit(event)}>
        <TextareaField
          label="Reason"
          rows={3}
          hint={`${REASON_MIN}–${REASON_MAX} characters, kept in the audit log with your name.`}
          error={errors.reason?.message}
          {...form.register('reason')}
        />
        {confirmName !== undefined && (
          <InputField
            label={`Type ${confirmName} to confirm`}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            error={errors.confirmation?.message}
            {...form.register('confirmation')}
          />
        )}
      </form>
      {formError && (
        <p role="alert" className="mt-3 font-medium text-red-700">
          {formError}
        </p>
      )}
    </ConfirmDialog>
  );
}
