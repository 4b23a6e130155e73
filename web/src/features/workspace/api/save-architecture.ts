import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Architecture, ArchitectureBody } from '../types';
import { workspaceKeys } from './workspace-keys';

export type SaveArchitectureVariables = { projectId: string; body: ArchitectureBody };

export function saveArchitecture({ projectId, body }: SaveArchitectureVariables): Promise<Architecture> {
  return typedApi.put('/architecture/{projectId}', { path: { projectId }, body }) as Promise<Architecture>;
}

export function useSaveArchitecture({ mutationConfig }: { mutationConfig?: MutationConfig<typeof saveArchitecture> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: saveArchitecture,
    onSuccess: (architecture, variables) => {
      queryClient.setQueryData(workspaceKeys.architecture.current(variables.projectId), architecture);
      onSuccess?.(architecture, variables);
    },
    ...rest,
  });
}
