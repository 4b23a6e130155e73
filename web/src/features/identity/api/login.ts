import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';
import { startSession } from '@/lib/session';
import type { SessionUser } from '@/lib/session';

export const loginInputSchema = z.object({
  email: z.email('Enter a valid email address'),
  password: z.string().min(1, 'Enter your password'),
});

export type LoginInput = z.infer<typeof loginInputSchema>;

export type LoginAnswer = {
  idToken: string;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: string;
  user?: { userId?: string; email?: string; name?: string; role?: string };
};

export async function login(input: LoginInput): Promise<SessionUser> {
  const answer = await api.post<LoginAnswer>('/auth/login', input, { auth: false });
  return startSession(answer, answer.user);
}

export function useLogin({ mutationConfig }: { mutationConfig?: MutationConfig<typeof login> } = {}) {
  return useMutation({ mutationFn: login, ...mutationConfig });
}
