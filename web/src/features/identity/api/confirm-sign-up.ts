import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

export const codeSchema = z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code from the email');

export const confirmInputSchema = z.object({
  email: z.email('Enter a valid email address'),
  code: codeSchema,
});

export type ConfirmInput = z.infer<typeof confirmInputSchema>;

export async function confirmSignUp(input: ConfirmInput): Promise<void> {
  await typedApi.post('/auth/confirm', { body: input, auth: false });
}

export function useConfirmSignUp({ mutationConfig }: { mutationConfig?: MutationConfig<typeof confirmSignUp> } = {}) {
  return useMutation({ mutationFn: confirmSignUp, ...mutationConfig });
}
