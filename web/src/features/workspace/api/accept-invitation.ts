import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';

import type { InvitationAccepted } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

/** Accepted only by the signed-in user the invitation was sent to, once, within 7 days. */
export async function acceptInvitation(token: string): Promise<InvitationAccepted> {
  return (await workspaceApi.post<InvitationAccepted | undefined>('/invitations/{token}/accept', { path: { token } })) ?? {};
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
