import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';

export const forgotPasswordInputSchema = z.object({ email: z.email('Enter a valid email address') });

export type ForgotPasswordInput = z.infer<typeof forgotPasswordInputSchema>;

export async function forgotPassword(input: ForgotPasswordInput): Promise<void> {
  await api.post<unknown>('/auth/forgot-password', input, { auth: false });
}

export function useForgotPassword({ mutationConfig }: { mutationConfig?: MutationConfig<typeof forgotPassword> } = {}) {
  return useMutation({ mutationFn: forgotPassword, ...mutationConfig });
}
