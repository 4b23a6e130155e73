import { useMutation } from '@tanstack/react-query';

import type { SignedUrl } from '../types';
import { workspaceApi } from './workspace-client';

/**
 * A presigned address of the generation's zip (409 until READY). Asked for on a click rather than
 * kept in the cache, since it expires.
 */
export function getDownloadUrl(generationId: string): Promise<SignedUrl> {
  return workspaceApi.get<SignedUrl>('/generations/{id}/download-url', { path: { id: generationId } });
}

export function useDownloadUrl() {
  return useMutation({ mutationFn: getDownloadUrl });
}
