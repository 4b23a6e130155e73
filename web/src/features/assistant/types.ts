/**
 * The project assistant's entities (docs/API.md "Workspace (seed 001)", Assistant). Written by hand
 * until the back end's routes are in docs/openapi.json; each is shaped so it becomes
 * `Sent<Schemas['...']>` in one line.
 */

export type MessageRole = 'user' | 'assistant';

/** One message of the chat. `model`: what wrote an assistant's message, where the server says. */
export type ChatMessage = { id: string; role: MessageRole; content: string; createdAt: string; model?: string };

/** The assistant's answer to a message; `generationId` when the answer started a code generation. */
export type AssistantReply = ChatMessage & { role: 'assistant'; model: string; generationId?: string };

export type MessageBody = { message: string };
