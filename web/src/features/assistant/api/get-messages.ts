import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { ChatMessage } from '../types';
import { assistantKeys } from './assistant-keys';

/** The most messages a page of the API holds (docs/API.md "Pagination"). */
const MESSAGES_PAGE = 100;

/** One page of the project's chat, oldest first; `nextToken` reads the page of the messages after it. */
export async function getMessages(projectId: string, nextToken: string | undefined, signal?: AbortSignal): Promise<Page<ChatMessage>> {
  const page = await typedApi.get('/projects/{id}/assistant/messages', { path: { id: projectId }, params: { limit: MESSAGES_PAGE, nextToken }, signal });
  return page as Page<ChatMessage>;
}

export function getMessagesQueryOptions(projectId: string) {
  return infiniteQueryOptions({
    queryKey: assistantKeys.messages(projectId),
    queryFn: ({ pageParam, signal }) => getMessages(projectId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextToken,
  });
}

/**
 * The whole chat, oldest first. The API pages it from its start, so the newest messages come last:
 * the pages after the first are read one after the other until the end.
 */
export function useMessages({ projectId }: { projectId: string }) {
  const query = useInfiniteQuery(getMessagesQueryOptions(projectId));
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return query;
}
