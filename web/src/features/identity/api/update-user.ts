import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';
import { ROLES } from '@/lib/authorization';

import type { AdminUser } from '../types';
import { identityKeys } from './identity-keys';

export const updateUserInputSchema = z
  .object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })
  .refine((input) => input.role !== undefined || input.disabled !== undefined, 'Change the role or the disabled flag');

export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export function updateUser({ userId, data }: { userId: string; data: UpdateUserInput }): Promise<AdminUser> {
  return api.patch<AdminUser>(`/admin/users/${encodeURIComponent(userId)}`, updateUserInputSchema.parse(data));
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
