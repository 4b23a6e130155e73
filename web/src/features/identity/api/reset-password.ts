import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';

import { codeSchema } from './confirm-sign-up';
import { passwordSchema } from './register';

export const resetPasswordInputSchema = z.object({
  email: z.email('Enter a valid email address'),
  code: codeSchema,
  newPassword: passwordSchema,
});

export type ResetPasswordInput = z.infer<typeof resetPasswordInputSchema>;

export async function resetPassword(input: ResetPasswordInput): Promise<void> {
  await api.post<unknown>('/auth/reset-password', input, { auth: false });
}

export function useResetPassword({ mutationConfig }: { mutationConfig?: MutationConfig<typeof resetPassword> } = {}) {
  return useMutation({ mutationFn: resetPassword, ...mutationConfig });
}
