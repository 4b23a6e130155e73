import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { DocumentVersionSummary } from '../types';
import { documentationKeys } from './documentation-keys';

/** The page's saved versions, newest first. */
export async function getDocumentVersions(documentId: string, signal?: AbortSignal): Promise<Page<DocumentVersionSummary>> {
  return (await typedApi.get('/documentation/{documentId}/versions', { path: { documentId }, params: { limit: 100 }, signal })) as Page<DocumentVersionSummary>;
}

export function getDocumentVersionsQueryOptions(documentId: string) {
  return queryOptions({ queryKey: documentationKeys.versions(documentId), queryFn: ({ signal }) => getDocumentVersions(documentId, signal) });
}

export function useDocumentVersions({ documentId }: { documentId: string }) {
  return useQuery(getDocumentVersionsQueryOptions(documentId));
}
