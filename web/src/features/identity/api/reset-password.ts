import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { codeSchema } from './confirm-sign-up';
import { passwordSchema } from './register';

export const resetPasswordInputSchema = z.object({
  email: z.email('Enter a valid email address'),
  code: codeSchema,
  newPassword: passwordSchema,
});

export type ResetPasswordInput = z.infer<typeof resetPasswordInputSchema>;

export async function resetPassword(input: ResetPasswordInput): Promise<void> {
  await typedApi.post('/auth/reset-password', { body: input, auth: false });
}

export function useResetPassword({ mutationConfig }: { mutationConfig?: MutationConfig<typeof resetPassword> } = {}) {
  return useMutation({ mutationFn: resetPassword, ...mutationConfig });
}
