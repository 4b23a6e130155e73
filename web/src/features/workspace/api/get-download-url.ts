import { useMutation } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { SignedUrl } from '../types';

/**
 * A presigned address of the generation's zip (409 until READY). Asked for on a click rather than
 * kept in the cache, since it expires.
 */
export function getDownloadUrl(generationId: string): Promise<SignedUrl> {
  return typedApi.get('/generations/{id}/download-url', { path: { id: generationId } }) as Promise<SignedUrl>;
}

export function useDownloadUrl() {
  return useMutation({ mutationFn: getDownloadUrl });
}
