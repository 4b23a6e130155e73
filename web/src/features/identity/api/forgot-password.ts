import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

export const forgotPasswordInputSchema = z.object({ email: z.email('Enter a valid email address') });

export type ForgotPasswordInput = z.infer<typeof forgotPasswordInputSchema>;

export async function forgotPassword(input: ForgotPasswordInput): Promise<void> {
  await typedApi.post('/auth/forgot-password', { body: input, auth: false });
}

export function useForgotPassword({ mutationConfig }: { mutationConfig?: MutationConfig<typeof forgotPassword> } = {}) {
  return useMutation({ mutationFn: forgotPassword, ...mutationConfig });
}
