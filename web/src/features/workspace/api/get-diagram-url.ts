import { queryOptions, useQuery } from '@tanstack/react-query';

import { isApiError } from '@/lib/api-client';
import { typedApi } from '@/lib/typed-api';

import type { SignedUrl } from '../types';
import { workspaceKeys } from './workspace-keys';

/** A presigned address of the uploaded image, or null when none was uploaded yet. */
export async function getDiagramUrl(projectId: string, signal?: AbortSignal): Promise<SignedUrl | null> {
  try {
    return (await typedApi.get('/architecture/{projectId}/diagram-url', { path: { projectId }, signal })) as SignedUrl;
  } catch (error) {
    if (isApiError(error, 'NOT_FOUND')) return null;
    throw error;
  }
}

export function getDiagramUrlQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: workspaceKeys.architecture.diagramUrl(projectId),
    queryFn: ({ signal }) => getDiagramUrl(projectId, signal),
    // Presigned addresses expire: read a fresh one rather than keep an old one for long.
    staleTime: 60_000,
  });
}

/** Asked only once an image is known to exist: the route answers 404 before, which a browser logs as an error. */
export function useDiagramUrl({ projectId, enabled }: { projectId: string; enabled: boolean }) {
  return useQuery({ ...getDiagramUrlQueryOptions(projectId), enabled });
}
