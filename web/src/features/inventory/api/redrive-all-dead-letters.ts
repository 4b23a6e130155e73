import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';

import { inventoryKeys } from './inventory-keys';

export function redriveAllDeadLetters(): Promise<{ redriven: number }> {
  return api.post<{ redriven: number }>('/admin/dead-letters/redrive');
}

export function useRedriveAllDeadLetters({ mutationConfig }: { mutationConfig?: MutationConfig<typeof redriveAllDeadLetters> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: redriveAllDeadLetters,
    onSuccess: (answer, variables) => {
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.deadLetters.all() });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
