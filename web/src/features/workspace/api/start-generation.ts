import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { GenerationStarted } from '../types';
import { workspaceKeys } from './workspace-keys';

/** `idempotencyKey` is the same for every send of one click, so a retry after a lost answer starts one generation. */
export type StartGenerationVariables = { projectId: string; idempotencyKey: string };

/** Queues a generation from the project's current schema (202). */
export async function startGeneration({ projectId, idempotencyKey }: StartGenerationVariables): Promise<GenerationStarted> {
  const started = await typedApi.post('/projects/{id}/generations', { path: { id: projectId }, headers: { 'Idempotency-Key': idempotencyKey } });
  return started as GenerationStarted;
}

export function useStartGeneration({ mutationConfig }: { mutationConfig?: MutationConfig<typeof startGeneration> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: startGeneration,
    onSuccess: (started, variables) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.generations.list(variables.projectId) });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.dashboard() });
      onSuccess?.(started, variables);
    },
    ...rest,
  });
}
