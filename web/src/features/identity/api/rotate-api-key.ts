import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { IssuedApiKey } from '../types';
import { identityKeys } from './identity-keys';

export const rotateApiKeyInputSchema = z.object({
  graceSeconds: z.number('Enter a number of seconds').int('Use whole seconds').min(0, 'At least 0').max(86_400, 'At most 86,400 (a day)'),
});

export type RotateApiKeyInput = z.infer<typeof rotateApiKeyInputSchema>;

/** A new key with the old one's settings; the old one keeps working for the grace period. */
export async function rotateApiKey({ id, data }: { id: string; data: RotateApiKeyInput }): Promise<IssuedApiKey> {
  return (await typedApi.post('/admin/api-keys/{id}/rotate', { path: { id }, body: rotateApiKeyInputSchema.parse(data) })) as IssuedApiKey;
}

export function useRotateApiKey({ mutationConfig }: { mutationConfig?: MutationConfig<typeof rotateApiKey> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: rotateApiKey,
    onSuccess: (issued, variables) => {
      void queryClient.invalidateQueries({ queryKey: identityKeys.apiKeys.all() });
      onSuccess?.(issued, variables);
    },
    ...rest,
  });
}
