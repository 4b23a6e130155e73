import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { inventoryKeys } from './inventory-keys';

export async function redriveAllDeadLetters(): Promise<{ redriven: number }> {
  return (await typedApi.post('/admin/dead-letters/redrive', {})) as { redriven: number };
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
