import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { notificationKeys } from './notification-keys';

export async function markAllNotificationsRead(): Promise<void> {
  await typedApi.post('/notifications/read-all', {});
}

export function useMarkAllNotificationsRead({ mutationConfig }: { mutationConfig?: MutationConfig<typeof markAllNotificationsRead> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: (data, variables) => {
      queryClient.setQueryData(notificationKeys.unreadCount(), 0);
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      onSuccess?.(data, variables);
    },
    ...rest,
  });
}
