import type { Page } from '@/lib/api-types';

import type { ChatMessage } from '../types';

/** The chat oldest first from the pages read so far: the API pages it from its start, each page oldest first. */
export function transcriptOf(pages: readonly Page<ChatMessage>[]): ChatMessage[] {
  return pages.flatMap((page) => page.items);
}

/** The model that wrote the newest assistant message that names one, if any. */
export function latestModel(messages: readonly ChatMessage[]): string | undefined {
  return [...messages].reverse().find((message) => message.role === 'assistant' && message.model)?.model;
}
