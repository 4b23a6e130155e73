import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';

import type { Deployment } from '../types';
import { isDeploymentFinished, LIVE_REFETCH_MS } from '../utils/status';
import { itemsOf, workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

/** The project's deployments, newest first. */
export async function getDeployments(projectId: string, signal?: AbortSignal): Promise<Deployment[]> {
  const data = await workspaceApi.get<Page<Deployment> | Deployment[]>('/projects/{id}/deployments', {
    path: { id: projectId },
    params: { limit: 50 },
    signal,
  });
  return [...itemsOf(data)].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Statuses move by themselves until every deployment has finished. */
export function getDeploymentsQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: workspaceKeys.deployments.list(projectId),
    queryFn: ({ signal }) => getDeployments(projectId, signal),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.some((deployment) => !isDeploymentFinished(deployment.status)) ? LIVE_REFETCH_MS * 2 : false),
  });
}

export function useDeployments({ projectId }: { projectId: string }) {
  return useQuery(getDeploymentsQueryOptions(projectId));
}
