import type { Narrow, Schemas, Sent } from '@/lib/typed-api';

/**
 * The project assistant's entities, from the OpenAPI document (docs/openapi.json); docs/API.md
 * "Workspace (seed 001)", Assistant.
 */

export type MessageRole = 'user' | 'assistant';

/** One message of the chat: `model` on the assistant's answers only, `userId` (who asked) on questions only. */
export type ChatMessage = Narrow<Sent<Schemas['AssistantMessageResponse'], 'model' | 'userId'>, { role: MessageRole }>;

/** The assistant's answer to a question. */
export type AssistantReply = ChatMessage & { role: 'assistant'; model: string };
