import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { Architecture, ArchitectureBody, ArchitectureVersionSummary } from '../types';
import { workspaceKeys } from './workspace-keys';

/**
 * The saved diagram, or an empty one before the first save. The history says first whether there
 * is one: the diagram's own route answers 404 until then, which the browser would log as an error.
 */
export async function getArchitecture(projectId: string, signal?: AbortSignal): Promise<Architecture | ArchitectureBody> {
  const versions = (await typedApi.get('/architecture/{projectId}/versions', { path: { projectId }, params: { limit: 1 }, signal })) as Page<ArchitectureVersionSummary>;
  if (versions.items.length === 0) return { nodes: [], edges: [] };
  return (await typedApi.get('/architecture/{projectId}', { path: { projectId }, signal })) as Architecture;
}

export function getArchitectureQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: workspaceKeys.architecture.current(projectId),
    queryFn: ({ signal }) => getArchitecture(projectId, signal),
    // The editor owns the diagram while it is open: reading it again would drop unsaved moves.
    staleTime: Infinity,
  });
}

export function useArchitecture({ projectId }: { projectId: string }) {
  return useQuery(getArchitectureQueryOptions(projectId));
}
