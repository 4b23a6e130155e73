import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { settingsKeys } from './settings-keys';

/** Signs out every session but the caller's; resolves to how many it ended. */
export async function revokeOtherSessions(): Promise<number> {
  return (await typedApi.post('/auth/sessions/revoke-others', {})).revoked ?? 0;
}

export function useRevokeOtherSessions({ mutationConfig }: { mutationConfig?: MutationConfig<typeof revokeOtherSessions> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: revokeOtherSessions,
    onSuccess: (revoked, variables) => {
      void queryClient.invalidateQueries({ queryKey: settingsKeys.sessions() });
      onSuccess?.(revoked, variables);
    },
    ...rest,
  });
}
