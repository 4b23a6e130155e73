import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { AssistantReply } from '../types';
import { assistantKeys } from './assistant-keys';

export const MAX_MESSAGE_LENGTH = 4000;

/** The message box's checks, mirroring the server's (1–4000 characters). */
export const messageInputSchema = z.object({
  message: z.string().trim().min(1, 'Write a question first').max(MAX_MESSAGE_LENGTH, `At most ${MAX_MESSAGE_LENGTH} characters`),
});

export type MessageInput = z.infer<typeof messageInputSchema>;

export type SendMessageVariables = { projectId: string; message: string };

/** Asks the assistant; the server stores the question and the answer, and answers with the reply (201). */
export async function sendMessage({ projectId, message }: SendMessageVariables): Promise<AssistantReply> {
  return (await typedApi.post('/projects/{id}/assistant/messages', { path: { id: projectId }, body: { message } })) as AssistantReply;
}

/**
 * While it runs, the caller shows the question from the mutation's variables (an optimistic
 * message); it ends once the transcript is read again, so question and reply replace it at once.
 */
export function useSendMessage({ mutationConfig }: { mutationConfig?: MutationConfig<typeof sendMessage> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: sendMessage,
    onSuccess: async (reply, variables) => {
      await queryClient.invalidateQueries({ queryKey: assistantKeys.messages(variables.projectId) });
      onSuccess?.(reply, variables);
    },
    ...rest,
  });
}
