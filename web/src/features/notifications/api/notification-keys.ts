import type { NotificationFilters } from '../types';

/** Every query key of the notifications feature; marking one read invalidates them all (`all`). */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (filters: NotificationFilters) => [...notificationKeys.all, 'list', filters] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
};
