import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Registered } from '../types';

/** The user pool's policy: 8+ characters with an upper-case letter, a lower-case letter and a digit. */
export const passwordSchema = z
  .string()
  .min(8, 'Use at least 8 characters')
  .regex(/[A-Z]/, 'Add an upper-case letter')
  .regex(/[a-z]/, 'Add a lower-case letter')
  .regex(/\d/, 'Add a digit');

export const registerInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(100, 'Use at most 100 characters'),
  email: z.email('Enter a valid email address'),
  password: passwordSchema,
});

export type RegisterInput = z.infer<typeof registerInputSchema>;

export async function register(input: RegisterInput): Promise<Registered> {
  return (await typedApi.post('/auth/register', { body: input, auth: false })) as Registered;
}

export function useRegister({ mutationConfig }: { mutationConfig?: MutationConfig<typeof register> } = {}) {
  return useMutation({ mutationFn: register, ...mutationConfig });
}
