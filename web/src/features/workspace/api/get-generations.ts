import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { Generation } from '../types';
import { isGenerationActive, LIVE_REFETCH_MS } from '../utils/status';
import { LIST_LIMIT } from './pages';
import { workspaceKeys } from './workspace-keys';

/** The project's newest generations, newest first. */
export async function getGenerations(projectId: string, signal?: AbortSignal): Promise<Generation[]> {
  const page = await typedApi.get('/projects/{id}/generations', { path: { id: projectId }, params: { limit: LIST_LIMIT }, signal });
  return (page as Page<Generation>).items;
}

/** Read again every second while one of them is queued or running. */
export function getGenerationsQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: workspaceKeys.generations.list(projectId),
    queryFn: ({ signal }) => getGenerations(projectId, signal),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.some((generation) => isGenerationActive(generation.status)) ? LIVE_REFETCH_MS : false),
  });
}

export function useGenerations({ projectId }: { projectId: string }) {
  return useQuery(getGenerationsQueryOptions(projectId));
}
