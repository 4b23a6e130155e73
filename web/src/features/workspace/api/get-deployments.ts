import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { Deployment } from '../types';
import { deploymentsRefetchMs } from '../utils/status';
import { LIST_LIMIT } from './pages';
import { workspaceKeys } from './workspace-keys';

/** The project's newest deployments, newest first. */
export async function getDeployments(projectId: string, signal?: AbortSignal): Promise<Deployment[]> {
  const page = await typedApi.get('/projects/{id}/deployments', { path: { id: projectId }, params: { limit: LIST_LIMIT }, signal });
  return (page as Page<Deployment>).items;
}

/** Statuses move by themselves until every deployment is over: read again as often as the liveliest one needs. */
export function getDeploymentsQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: workspaceKeys.deployments.list(projectId),
    queryFn: ({ signal }) => getDeployments(projectId, signal),
    staleTime: 0,
    refetchInterval: (query) => deploymentsRefetchMs((query.state.data ?? []).map((deployment) => deployment.status)),
  });
}

export function useDeployments({ projectId }: { projectId: string }) {
  return useQuery(getDeploymentsQueryOptions(projectId));
}
