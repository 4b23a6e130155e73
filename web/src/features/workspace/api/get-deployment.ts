import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Deployment } from '../types';
import { isDeploymentFinished, LIVE_REFETCH_MS } from '../utils/status';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

export function getDeployment(deploymentId: string, signal?: AbortSignal): Promise<Deployment> {
  return workspaceApi.get<Deployment>('/deployments/{id}', { path: { id: deploymentId }, signal });
}

/** Read again every second until the deployment has finished. */
export function getDeploymentQueryOptions(deploymentId: string) {
  return queryOptions({
    queryKey: workspaceKeys.deployments.detail(deploymentId),
    queryFn: ({ signal }) => getDeployment(deploymentId, signal),
    staleTime: (query) => (query.state.data && isDeploymentFinished(query.state.data.status) ? Infinity : 0),
    refetchInterval: (query) => (query.state.data && isDeploymentFinished(query.state.data.status) ? false : LIVE_REFETCH_MS),
  });
}

export function useDeployment({ deploymentId }: { deploymentId: string }) {
  return useQuery(getDeploymentQueryOptions(deploymentId));
}
