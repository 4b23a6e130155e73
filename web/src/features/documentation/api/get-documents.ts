import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { DocumentSummary } from '../types';
import { documentationKeys } from './documentation-keys';

/** The most items a page of the API holds (docs/API.md "Pagination"). */
const LIST_LIMIT = 100;

/** The project's pages (the first hundred: a project's documentation is rarely longer). */
export async function getDocuments(projectId: string, signal?: AbortSignal): Promise<Page<DocumentSummary>> {
  return (await typedApi.get('/projects/{projectId}/documents', { path: { projectId }, params: { limit: LIST_LIMIT }, signal })) as Page<DocumentSummary>;
}

export function getDocumentsQueryOptions(projectId: string) {
  return queryOptions({ queryKey: documentationKeys.list(projectId), queryFn: ({ signal }) => getDocuments(projectId, signal) });
}

export function useDocuments({ projectId }: { projectId: string }) {
  return useQuery(getDocumentsQueryOptions(projectId));
}
