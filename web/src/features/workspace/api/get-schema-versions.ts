import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';

import type { SchemaVersionSummary } from '../types';
import { itemsOf, workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

/** Every saved version, newest first. */
export async function getSchemaVersions(projectId: string, signal?: AbortSignal): Promise<SchemaVersionSummary[]> {
  const data = await workspaceApi.get<Page<SchemaVersionSummary> | SchemaVersionSummary[]>('/projects/{id}/schema/versions', {
    path: { id: projectId },
    params: { limit: 100 },
    signal,
  });
  return [...itemsOf(data)].sort((a, b) => b.version - a.version);
}

export function getSchemaVersionsQueryOptions(projectId: string) {
  return queryOptions({ queryKey: workspaceKeys.schema.versions(projectId), queryFn: ({ signal }) => getSchemaVersions(projectId, signal) });
}

export function useSchemaVersions({ projectId }: { projectId: string }) {
  return useQuery(getSchemaVersionsQueryOptions(projectId));
}
