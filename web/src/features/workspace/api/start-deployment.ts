import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';

import { ENVIRONMENTS, type Deployment, type DeploymentBody } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

export const startDeploymentInputSchema = z.object({
  environment: z.enum(ENVIRONMENTS, 'Choose an environment'),
  generationId: z.string().min(1, 'Choose a ready generation'),
});

export type StartDeploymentVariables = { projectId: string; body: DeploymentBody };

/** Queues a deployment (202); the answer is the deployment, QUEUED. */
export function startDeployment({ projectId, body }: StartDeploymentVariables): Promise<Deployment> {
  return workspaceApi.post<Deployment>('/projects/{id}/deployments', { path: { id: projectId }, body });
}

export function useStartDeployment({ mutationConfig }: { mutationConfig?: MutationConfig<typeof startDeployment> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: startDeployment,
    onSuccess: (deployment, variables) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.deployments.list(variables.projectId) });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.dashboard() });
      onSuccess?.(deployment, variables);
    },
    ...rest,
  });
}
