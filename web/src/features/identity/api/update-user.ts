import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { ROLES } from '@/lib/authorization';
import { typedApi } from '@/lib/typed-api';

import type { AdminUser } from '../types';
import { identityKeys } from './identity-keys';

export const updateUserInputSchema = z
  .object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })
  .refine((input) => input.role !== undefined || input.disabled !== undefined, 'Change the role or the disabled flag');

export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export async function updateUser({ userId, data }: { userId: string; data: UpdateUserInput }): Promise<AdminUser> {
  return (await typedApi.patch('/admin/users/{id}', { path: { id: userId }, body: updateUserInputSchema.parse(data) })) as AdminUser;
}

export function useUpdateUser({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateUser> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user, variables) => {
      void queryClient.invalidateQueries({ queryKey: identityKeys.users.all() });
      onSuccess?.(user, variables);
    },
    ...rest,
  });
}
