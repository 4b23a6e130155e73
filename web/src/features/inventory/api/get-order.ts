import { queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { inventoryKeys } from './inventory-keys';
import { PENDING_REFETCH_MS } from './get-orders';
import type { Order } from '../types';

export async function getOrder(orderId: string, signal?: AbortSignal): Promise<Order> {
  return (await typedApi.get('/orders/{id}', { path: { id: orderId }, signal })) as Order;
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
