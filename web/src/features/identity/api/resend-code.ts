import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

export const resendCodeInputSchema = z.object({ email: z.email('Enter a valid email address') });

export type ResendCodeInput = z.infer<typeof resendCodeInputSchema>;

export async function resendCode(input: ResendCodeInput): Promise<void> {
  await typedApi.post('/auth/resend-code', { body: input, auth: false });
}

export function useResendCode({ mutationConfig }: { mutationConfig?: MutationConfig<typeof resendCode> } = {}) {
  return useMutation({ mutationFn: resendCode, ...mutationConfig });
}
