import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';

import type { GenerationStarted } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

/** Queues a generation from the project's current schema (202). */
export function startGeneration(projectId: string): Promise<GenerationStarted> {
  return workspaceApi.post<GenerationStarted>('/projects/{id}/generations', { path: { id: projectId } });
}

export function useStartGeneration({ mutationConfig }: { mutationConfig?: MutationConfig<typeof startGeneration> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: startGeneration,
    onSuccess: (started, projectId) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.generations.list(projectId) });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.dashboard() });
      onSuccess?.(started, projectId);
    },
    ...rest,
  });
}
