import type { AssistantReply, ChatMessage } from '../types';

export function chatMessage(over: Partial<ChatMessage> = {}): ChatMessage {
  return { id: 'm-1', role: 'user', content: 'Explain the schema', createdAt: '2026-11-29T10:00:00.000Z', ...over };
}

export function reply(over: Partial<AssistantReply> = {}): AssistantReply {
  return { id: 'm-2', role: 'assistant', content: 'Customer has 2 fields.', createdAt: '2026-11-29T10:00:01.000Z', model: 'local-analyser', ...over };
}
