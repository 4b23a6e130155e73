import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { settingsKeys } from './settings-keys';

export async function revokeSession(sessionId: string): Promise<void> {
  await typedApi.delete('/auth/sessions/{id}', { path: { id: sessionId } });
}

export function useRevokeSession({ mutationConfig }: { mutationConfig?: MutationConfig<typeof revokeSession> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: revokeSession,
    onSuccess: (data, sessionId) => {
      void queryClient.invalidateQueries({ queryKey: settingsKeys.sessions() });
      onSuccess?.(data, sessionId);
    },
    ...rest,
  });
}
