import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';

import type { Deployment } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

export type CancelDeploymentVariables = { deploymentId: string; projectId: string };

/** Stops the build or the running app. */
export async function cancelDeployment({ deploymentId }: CancelDeploymentVariables): Promise<void> {
  await workspaceApi.post<Deployment>('/deployments/{id}/cancel', { path: { id: deploymentId } });
}

export function useCancelDeployment({ mutationConfig }: { mutationConfig?: MutationConfig<typeof cancelDeployment> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: cancelDeployment,
    onSuccess: (answer, variables) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.deployments.detail(variables.deploymentId) });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.deployments.list(variables.projectId) });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
