import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';

import { inventoryKeys } from './inventory-keys';
import { PENDING_REFETCH_MS } from './get-orders';
import type { Order } from '../types';

export function getOrder(orderId: string, signal?: AbortSignal): Promise<Order> {
  return api.get<Order>(`/orders/${encodeURIComponent(orderId)}`, { signal });
}

export function getOrderQueryOptions(orderId: string) {
  return queryOptions({
    queryKey: inventoryKeys.orders.detail(orderId),
    queryFn: ({ signal }) => getOrder(orderId, signal),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'PENDING' ? PENDING_REFETCH_MS : false),
  });
}

export function useOrder({ orderId, queryConfig }: { orderId: string; queryConfig?: QueryConfig }) {
  return useQuery({ ...getOrderQueryOptions(orderId), ...queryConfig });
}
