import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { IssuedApiKey } from '../types';
import { identityKeys } from './identity-keys';

export const API_KEY_SCOPES = ['customers:read', 'customers:write'] as const;

/** The API's rules for a new key (docs/API.md, "API keys"). */
export const createApiKeyInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(100, 'Use at most 100 characters'),
  scopes: z.array(z.enum(API_KEY_SCOPES)).min(1, 'Choose at least one scope'),
  expiresAt: z.iso.datetime({ message: 'Enter a date and time' }).optional(),
  rateLimitPerMinute: z.number('Enter a number').int('Use a whole number').min(1, 'At least 1').max(10_000, 'At most 10,000'),
  dailyQuota: z.number('Enter a number').int('Use a whole number').min(1, 'At least 1').max(10_000_000, 'At most 10,000,000'),
});

export type CreateApiKeyInput = z.infer<typeof createApiKeyInputSchema>;

export async function createApiKey(input: CreateApiKeyInput): Promise<IssuedApiKey> {
  return (await typedApi.post('/admin/api-keys', { body: createApiKeyInputSchema.parse(input) })) as IssuedApiKey;
}

export function useCreateApiKey({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createApiKey> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: (issued, variables) => {
      void queryClient.invalidateQueries({ queryKey: identityKeys.apiKeys.all() });
      onSuccess?.(issued, variables);
    },
    ...rest,
  });
}
