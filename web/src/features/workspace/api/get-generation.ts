import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { Generation } from '../types';
import { isGenerationActive, LIVE_REFETCH_MS } from '../utils/status';
import { workspaceKeys } from './workspace-keys';

export function getGeneration(generationId: string, signal?: AbortSignal): Promise<Generation> {
  return typedApi.get('/generations/{id}', { path: { id: generationId }, signal }) as Promise<Generation>;
}

/** Follows QUEUED → RUNNING → READY | FAILED live; a finished generation never changes. */
export function getGenerationQueryOptions(generationId: string) {
  return queryOptions({
    queryKey: workspaceKeys.generations.detail(generationId),
    queryFn: ({ signal }) => getGeneration(generationId, signal),
    staleTime: (query) => (query.state.data && !isGenerationActive(query.state.data.status) ? Infinity : 0),
    refetchInterval: (query) => (!query.state.data || isGenerationActive(query.state.data.status) ? LIVE_REFETCH_MS : false),
  });
}

export function useGeneration({ generationId }: { generationId: string }) {
  return useQuery(getGenerationQueryOptions(generationId));
}
