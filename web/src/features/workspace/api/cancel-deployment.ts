import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Deployment } from '../types';
import { workspaceKeys } from './workspace-keys';

export type CancelDeploymentVariables = { deploymentId: string; projectId: string };

/** Stops the build or the live app; the answer is the deployment once its end is written (CANCELLED or STOPPED). */
export async function cancelDeployment({ deploymentId }: CancelDeploymentVariables): Promise<Deployment> {
  return (await typedApi.post('/deployments/{id}/cancel', { path: { id: deploymentId } })) as Deployment;
}

export function useCancelDeployment({ mutationConfig }: { mutationConfig?: MutationConfig<typeof cancelDeployment> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: cancelDeployment,
    onSuccess: (deployment, variables) => {
      queryClient.setQueryData(workspaceKeys.deployments.detail(variables.deploymentId), deployment);
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.deployments.logs(variables.deploymentId) });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.deployments.list(variables.projectId) });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.dashboard() });
      onSuccess?.(deployment, variables);
    },
    ...rest,
  });
}
