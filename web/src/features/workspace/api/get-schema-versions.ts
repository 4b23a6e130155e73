import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { SchemaVersionSummary } from '../types';
import { LIST_LIMIT } from './pages';
import { workspaceKeys } from './workspace-keys';

/** The newest saved versions, newest first. */
export async function getSchemaVersions(projectId: string, signal?: AbortSignal): Promise<SchemaVersionSummary[]> {
  const page = await typedApi.get('/projects/{id}/schema/versions', { path: { id: projectId }, params: { limit: LIST_LIMIT }, signal });
  return (page as Page<SchemaVersionSummary>).items;
}

export function getSchemaVersionsQueryOptions(projectId: string) {
  return queryOptions({ queryKey: workspaceKeys.schema.versions(projectId), queryFn: ({ signal }) => getSchemaVersions(projectId, signal) });
}

export function useSchemaVersions({ projectId }: { projectId: string }) {
  return useQuery(getSchemaVersionsQueryOptions(projectId));
}
