import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { workspaceKeys } from './workspace-keys';

export type RemoveMemberVariables = { projectId: string; userId: string };

/** An owner removes a member, or a member removes themself (leaves); the last owner cannot: 409 CONFLICT. */
export async function removeMember({ projectId, userId }: RemoveMemberVariables): Promise<void> {
  await typedApi.delete('/projects/{id}/members/{userId}', { path: { id: projectId, userId } });
}

export function useRemoveMember({ mutationConfig }: { mutationConfig?: MutationConfig<typeof removeMember> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: removeMember,
    onSuccess: (answer, variables) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.members(variables.projectId) });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.projects.all() });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
