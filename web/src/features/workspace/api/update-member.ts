import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Member, ProjectRole } from '../types';
import { workspaceKeys } from './workspace-keys';

export type UpdateMemberVariables = { projectId: string; userId: string; role: ProjectRole };

/** Owners only; demoting the last owner is a 409 CONFLICT. */
export function updateMember({ projectId, userId, role }: UpdateMemberVariables): Promise<Member> {
  return typedApi.patch('/projects/{id}/members/{userId}', { path: { id: projectId, userId }, body: { role } }) as Promise<Member>;
}

export function useUpdateMember({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateMember> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: updateMember,
    onSuccess: (member, variables) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.members(variables.projectId) });
      // The caller's own role may have changed.
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.projects.detail(variables.projectId) });
      onSuccess?.(member, variables);
    },
    ...rest,
  });
}
