import { queryOptions, useQuery } from '@tanstack/react-query';

import { isApiError } from '@/lib/api-client';

import type { ProjectSchema } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

/** The current version, or null before the first save (the project itself is known to exist). */
export async function getSchema(projectId: string, signal?: AbortSignal): Promise<ProjectSchema | null> {
  try {
    return await workspaceApi.get<ProjectSchema>('/projects/{id}/schema', { path: { id: projectId }, signal });
  } catch (error) {
    if (isApiError(error, 'NOT_FOUND')) return null;
    throw error;
  }
}

export function getSchemaQueryOptions(projectId: string) {
  return queryOptions({ queryKey: workspaceKeys.schema.current(projectId), queryFn: ({ signal }) => getSchema(projectId, signal) });
}

export function useSchema({ projectId }: { projectId: string }) {
  return useQuery(getSchemaQueryOptions(projectId));
}
