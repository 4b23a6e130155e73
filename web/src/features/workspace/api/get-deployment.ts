import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { Deployment } from '../types';
import { deploymentRefetchMs, isDeploymentOver } from '../utils/status';
import { workspaceKeys } from './workspace-keys';

export function getDeployment(deploymentId: string, signal?: AbortSignal): Promise<Deployment> {
  return typedApi.get('/deployments/{id}', { path: { id: deploymentId }, signal }) as Promise<Deployment>;
}

/** Read again while the deployment can still change (see deploymentRefetchMs). */
export function getDeploymentQueryOptions(deploymentId: string) {
  return queryOptions({
    queryKey: workspaceKeys.deployments.detail(deploymentId),
    queryFn: ({ signal }) => getDeployment(deploymentId, signal),
    staleTime: (query) => (query.state.data && isDeploymentOver(query.state.data.status) ? Infinity : 0),
    refetchInterval: (query) => (query.state.data ? deploymentRefetchMs(query.state.data.status) : false),
  });
}

export function useDeployment({ deploymentId }: { deploymentId: string }) {
  return useQuery(getDeploymentQueryOptions(deploymentId));
}
