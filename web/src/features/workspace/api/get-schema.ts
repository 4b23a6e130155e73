import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { ProjectSchema, SchemaVersionSummary } from '../types';
import { workspaceKeys } from './workspace-keys';

/**
 * The current version, or null before the first save. The history says first whether there is
 * one: the schema's own route answers 404 until then, which the browser would log as an error.
 */
export async function getSchema(projectId: string, signal?: AbortSignal): Promise<ProjectSchema | null> {
  const versions = (await typedApi.get('/projects/{id}/schema/versions', { path: { id: projectId }, params: { limit: 1 }, signal })) as Page<SchemaVersionSummary>;
  if (versions.items.length === 0) return null;
  return (await typedApi.get('/projects/{id}/schema', { path: { id: projectId }, signal })) as ProjectSchema;
}

export function getSchemaQueryOptions(projectId: string) {
  return queryOptions({ queryKey: workspaceKeys.schema.current(projectId), queryFn: ({ signal }) => getSchema(projectId, signal) });
}

export function useSchema({ projectId }: { projectId: string }) {
  return useQuery(getSchemaQueryOptions(projectId));
}
