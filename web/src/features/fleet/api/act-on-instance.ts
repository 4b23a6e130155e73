import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { ActionAccepted, FleetAction } from '../types';
import { fleetKeys } from './fleet-keys';

export const REASON_MIN = 3;
export const REASON_MAX = 500;

/**
 * The dialog's input: the reason the audit log keeps (3–500 characters, as the API checks), and,
 * for an action that takes the instance down, the name typed again to show it is the right one.
 * `confirmName` is what must be typed, or undefined when nothing needs typing.
 */
export function actionInputSchema(confirmName: string | undefined) {
  return z.object({
    reason: z
      .string()
      .trim()
      .min(REASON_MIN, `Give a reason of at least ${REASON_MIN} characters`)
      .max(REASON_MAX, `At most ${REASON_MAX} characters`),
    confirmation: z
      .string()
      .refine((typed) => confirmName === undefined || typed.trim() === confirmName, {
        message: `Type ${confirmName ?? ''} exactly to confirm`,
      }),
  });
}

export type ActionInput = z.infer<ReturnType<typeof actionInputSchema>>;

/** `idempotencyKey` is the same for every send of one submit, so a retry after a lost answer acts once. */
export type ActionVariables = { instanceId: string; action: FleetAction; reason: string; idempotencyKey: string };

export async function actOnInstance({ instanceId, action, reason, idempotencyKey }: ActionVariables): Promise<ActionAccepted> {
  const accepted = await typedApi.post('/fleet/instances/{instanceId}/{action}', {
    path: { instanceId, action },
    body: { reason },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return accepted as ActionAccepted;
}

export function useActOnInstance({ mutationConfig }: { mutationConfig?: MutationConfig<typeof actOnInstance> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: actOnInstance,
    onSuccess: (accepted, variables) => {
      void queryClient.invalidateQueries({ queryKey: fleetKeys.instances.all() });
      void queryClient.invalidateQueries({ queryKey: fleetKeys.audit.lists() });
      onSuccess?.(accepted, variables);
    },
    ...rest,
  });
}
