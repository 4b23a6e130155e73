import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { ENVIRONMENTS, type Deployment, type DeploymentBody } from '../types';
import { workspaceKeys } from './workspace-keys';

export const startDeploymentInputSchema = z.object({
  environment: z.enum(ENVIRONMENTS, 'Choose an environment'),
  generationId: z.string().min(1, 'Choose a ready generation'),
});

/** `idempotencyKey` is the same for every send of one body, so a retry after a lost answer deploys once. */
export type StartDeploymentVariables = { projectId: string; body: DeploymentBody; idempotencyKey: string };

/** Queues a deployment (202); the answer is the deployment, QUEUED. */
export async function startDeployment({ projectId, body, idempotencyKey }: StartDeploymentVariables): Promise<Deployment> {
  const deployment = await typedApi.post('/projects/{id}/deployments', { path: { id: projectId }, body, headers: { 'Idempotency-Key': idempotencyKey } });
  return deployment as Deployment;
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
