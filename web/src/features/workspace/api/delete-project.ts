import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { workspaceKeys } from './workspace-keys';

/** Deletes the project and everything under it (the server finishes the work in the background). */
export async function deleteProject(projectId: string): Promise<void> {
  await typedApi.delete('/projects/{id}', { path: { id: projectId } });
}

export function useDeleteProject({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteProject> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: deleteProject,
    onSuccess: (answer, projectId) => {
      queryClient.removeQueries({ queryKey: workspaceKeys.project(projectId) });
      queryClient.removeQueries({ queryKey: workspaceKeys.projects.detail(projectId) });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.projects.all() });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.home() });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.dashboard() });
      onSuccess?.(answer, projectId);
    },
    ...rest,
  });
}
