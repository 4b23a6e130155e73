import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';

export function redriveAllDeadLetters(): Promise<{ redriven: number }> {
  return api.post<{ redriven: number }>('/admin/dead-letters/redrive');
}

export function useRedriveAllDeadLetters({ mutationConfig }: { mutationConfig?: MutationConfig<typeof redriveAllDeadLetters> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: redriveAllDeadLetters,
    onSuccess: (answer, variables) => {
      void queryClient.invalidateQueries({ queryKey: ['admin', 'dead-letters'] });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
