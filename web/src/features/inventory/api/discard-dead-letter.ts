import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { inventoryKeys } from './inventory-keys';

/** Drops a dead letter; its order stays as it is. */
export async function discardDeadLetter({ id }: { id: string }): Promise<void> {
  await typedApi.delete('/admin/dead-letters/{id}', { path: { id } });
}

export function useDiscardDeadLetter({ mutationConfig }: { mutationConfig?: MutationConfig<typeof discardDeadLetter> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: discardDeadLetter,
    onSuccess: (answer, variables) => {
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.deadLetters.all() });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
