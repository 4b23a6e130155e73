import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { ProjectSchema } from '../types';
import { workspaceKeys } from './workspace-keys';

export function getSchemaVersion(projectId: string, version: number, signal?: AbortSignal): Promise<ProjectSchema> {
  return typedApi.get('/projects/{id}/schema/versions/{version}', { path: { id: projectId, version }, signal }) as Promise<ProjectSchema>;
}

export function getSchemaVersionQueryOptions(projectId: string, version: number) {
  return queryOptions({
    queryKey: workspaceKeys.schema.version(projectId, version),
    queryFn: ({ signal }) => getSchemaVersion(projectId, version, signal),
    // A saved version never changes.
    staleTime: Infinity,
  });
}

export function useSchemaVersion({ projectId, version }: { projectId: string; version: number | undefined }) {
  return useQuery({ ...getSchemaVersionQueryOptions(projectId, version ?? 0), enabled: version !== undefined });
}
