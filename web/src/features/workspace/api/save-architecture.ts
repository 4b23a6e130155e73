import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';

import type { Architecture, ArchitectureBody } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

export type SaveArchitectureVariables = { projectId: string; body: ArchitectureBody };

export function saveArchitecture({ projectId, body }: SaveArchitectureVariables): Promise<Architecture> {
  return workspaceApi.put<Architecture>('/architecture/{projectId}', { path: { projectId }, body });
}

export function useSaveArchitecture({ mutationConfig }: { mutationConfig?: MutationConfig<typeof saveArchitecture> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: saveArchitecture,
    onSuccess: (architecture, variables) => {
      // Some servers answer with the stored diagram, others with less: keep what was sent.
      queryClient.setQueryData(workspaceKeys.architecture.current(variables.projectId), { ...architecture, ...variables.body });
      onSuccess?.(architecture, variables);
    },
    ...rest,
  });
}
