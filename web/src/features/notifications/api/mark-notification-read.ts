import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { notificationKeys } from './notification-keys';

export async function markNotificationRead(notificationId: string): Promise<void> {
  await typedApi.post('/notifications/{id}/read', { path: { id: notificationId } });
}

export function useMarkNotificationRead({ mutationConfig }: { mutationConfig?: MutationConfig<typeof markNotificationRead> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: (data, notificationId) => {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      onSuccess?.(data, notificationId);
    },
    ...rest,
  });
}
