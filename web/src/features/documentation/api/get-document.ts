import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { Document } from '../types';
import { documentationKeys } from './documentation-keys';

/** A page as it is now, with its attachments. */
export async function getDocument(documentId: string, signal?: AbortSignal): Promise<Document> {
  return (await typedApi.get('/documentation/{documentId}', { path: { documentId }, signal })) as Document;
}

export function getDocumentQueryOptions(documentId: string) {
  return queryOptions({ queryKey: documentationKeys.document(documentId), queryFn: ({ signal }) => getDocument(documentId, signal) });
}

export function useDocument({ documentId }: { documentId: string }) {
  return useQuery(getDocumentQueryOptions(documentId));
}
