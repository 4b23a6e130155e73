import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Project } from '../types';
import { workspaceKeys } from './workspace-keys';

/**
 * Accepted only by the signed-in user the invitation was sent to, once, within 7 days; the answer is
 * the project as the new member sees it.
 */
export async function acceptInvitation(token: string): Promise<Project> {
  return (await typedApi.post('/invitations/{token}/accept', { path: { token } })) as Project;
}

export function useAcceptInvitation({ mutationConfig }: { mutationConfig?: MutationConfig<typeof acceptInvitation> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (accepted, token) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.all });
      onSuccess?.(accepted, token);
    },
    ...rest,
  });
}
