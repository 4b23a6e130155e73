import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { DocumentVersion } from '../types';
import { documentationKeys } from './documentation-keys';

/** One saved version of the page; it never changes, so it is never read again. */
export async function getDocumentVersion(documentId: string, version: number, signal?: AbortSignal): Promise<DocumentVersion> {
  return (await typedApi.get('/documentation/{documentId}/versions/{version}', { path: { documentId, version }, signal })) as DocumentVersion;
}

export function getDocumentVersionQueryOptions(documentId: string, version: number) {
  return queryOptions({
    queryKey: documentationKeys.version(documentId, version),
    queryFn: ({ signal }) => getDocumentVersion(documentId, version, signal),
    staleTime: Infinity,
  });
}

export function useDocumentVersion({ documentId, version }: { documentId: string; version: number }) {
  return useQuery(getDocumentVersionQueryOptions(documentId, version));
}
