import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { ChatMessage } from '../types';
import { assistantKeys } from './assistant-keys';

/** Messages a page holds: enough to fill the transcript, few enough to load fast. */
export const MESSAGES_PAGE = 50;

/** One page of the project's chat, oldest first; `nextToken` reads the page of older messages. */
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

export function useMessages({ projectId }: { projectId: string }) {
  return useInfiniteQuery(getMessagesQueryOptions(projectId));
}
