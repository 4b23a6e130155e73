import { queryOptions, useQuery } from '@tanstack/react-query';

import { getNotifications } from './get-notifications';
import { notificationKeys } from './notification-keys';

/** How often the bell asks; TanStack Query skips the polls while the tab is hidden and asks again on focus. */
export const UNREAD_POLL_MS = 10_000;

/** The caller's unread count: the smallest page the API serves carries it. */
export async function getUnreadCount(signal?: AbortSignal): Promise<number> {
  return (await getNotifications({ unread: true, limit: 1 }, signal)).unreadCount;
}

export function getUnreadCountQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => getUnreadCount(signal),
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

export function useUnreadCount() {
  return useQuery(getUnreadCountQueryOptions());
}
