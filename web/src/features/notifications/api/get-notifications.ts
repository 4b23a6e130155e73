import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { NotificationFilters, NotificationPage } from '../types';
import { notificationKeys } from './notification-keys';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export async function getNotifications(filters: NotificationFilters, signal?: AbortSignal): Promise<NotificationPage> {
  const { unread, nextToken, limit = NOTIFICATIONS_PAGE_SIZE } = filters;
  const page = await typedApi.get('/notifications', { params: { unread: unread ? 'true' : undefined, nextToken, limit }, signal });
  return page as NotificationPage;
}

export function getNotificationsQueryOptions(filters: NotificationFilters = {}) {
  return queryOptions({
    queryKey: notificationKeys.list(filters),
    queryFn: ({ signal }) => getNotifications(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useNotifications({ filters = {}, queryConfig }: { filters?: NotificationFilters; queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getNotificationsQueryOptions(filters), ...queryConfig });
}
