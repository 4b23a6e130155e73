import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { inventoryKeys } from './inventory-keys';

/** Sends one dead letter's order through the pipeline again. */
export async function redriveDeadLetter({ id }: { id: string }): Promise<void> {
  await typedApi.post('/admin/dead-letters/{id}/redrive', { path: { id } });
}

export function useRedriveDeadLetter({ mutationConfig }: { mutationConfig?: MutationConfig<typeof redriveDeadLetter> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: redriveDeadLetter,
    onSuccess: (answer, variables) => {
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.deadLetters.all() });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
