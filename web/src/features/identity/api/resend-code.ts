import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';

export const resendCodeInputSchema = z.object({ email: z.email('Enter a valid email address') });

export type ResendCodeInput = z.infer<typeof resendCodeInputSchema>;

export async function resendCode(input: ResendCodeInput): Promise<void> {
  await api.post<unknown>('/auth/resend-code', input, { auth: false });
}

export function useResendCode({ mutationConfig }: { mutationConfig?: MutationConfig<typeof resendCode> } = {}) {
  return useMutation({ mutationFn: resendCode, ...mutationConfig });
}
