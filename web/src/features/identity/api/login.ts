import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { startSession, type SessionUser } from '@/lib/session';
import { typedApi } from '@/lib/typed-api';

import type { LoginAnswer } from '../types';

export const loginInputSchema = z.object({
  email: z.email('Enter a valid email address'),
  password: z.string().min(1, 'Enter your password'),
});

export type LoginInput = z.infer<typeof loginInputSchema>;

export async function login(input: LoginInput): Promise<SessionUser> {
  const answer = (await typedApi.post('/auth/login', { body: input, auth: false })) as LoginAnswer;
  return startSession(answer, answer.user);
}

export function useLogin({ mutationConfig }: { mutationConfig?: MutationConfig<typeof login> } = {}) {
  return useMutation({ mutationFn: login, ...mutationConfig });
}
