import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { identityKeys } from './identity-keys';

/** The key stops working within 5 s and stays listed as revoked. */
export async function revokeApiKey(id: string): Promise<string> {
  const answer = await typedApi.delete('/admin/api-keys/{id}', { path: { id } });
  return answer.revokedId ?? id;
}

export function useRevokeApiKey({ mutationConfig }: { mutationConfig?: MutationConfig<typeof revokeApiKey> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: (revokedId, variables) => {
      void queryClient.invalidateQueries({ queryKey: identityKeys.apiKeys.all() });
      onSuccess?.(revokedId, variables);
    },
    ...rest,
  });
}
