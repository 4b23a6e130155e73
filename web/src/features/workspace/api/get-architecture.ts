import { queryOptions, useQuery } from '@tanstack/react-query';

import { isApiError } from '@/lib/api-client';

import type { Architecture } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

/** The stored diagram, or an empty one before the first save. */
export async function getArchitecture(projectId: string, signal?: AbortSignal): Promise<Architecture> {
  try {
    return await workspaceApi.get<Architecture>('/architecture/{projectId}', { path: { projectId }, signal });
  } catch (error) {
    if (isApiError(error, 'NOT_FOUND')) return { nodes: [], edges: [] };
    throw error;
  }
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
