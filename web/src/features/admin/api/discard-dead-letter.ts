import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';

/** Drops a dead letter; its order stays as it is. */
export async function discardDeadLetter({ id }: { id: string }): Promise<void> {
  await api.delete<unknown>(`/admin/dead-letters/${encodeURIComponent(id)}`);
}

export function useDiscardDeadLetter({ mutationConfig }: { mutationConfig?: MutationConfig<typeof discardDeadLetter> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: discardDeadLetter,
    onSuccess: (answer, variables) => {
      void queryClient.invalidateQueries({ queryKey: ['admin', 'dead-letters'] });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
