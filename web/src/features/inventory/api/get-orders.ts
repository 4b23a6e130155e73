import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';
import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { OrderFilters, OrderSummary } from '../types';
import { inventoryKeys } from './inventory-keys';

/** How often a page holding a PENDING order is read again, until the worker has confirmed it. */
export const PENDING_REFETCH_MS = 1000;

export async function getOrders(filters: OrderFilters, signal?: AbortSignal): Promise<Page<OrderSummary>> {
  const page = await typedApi.get('/orders', {
    params: { status: filters.status, nextToken: filters.nextToken, limit: filters.limit ?? 10 },
    signal,
  });
  return page as Page<OrderSummary>;
}

export function getOrdersQueryOptions(filters: OrderFilters = {}) {
  return queryOptions({
    queryKey: inventoryKeys.orders.list(filters),
    queryFn: ({ signal }) => getOrders(filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.items.some((order) => order.status === 'PENDING') ? PENDING_REFETCH_MS : false),
  });
}

export function useOrders({ filters = {}, queryConfig }: { filters?: OrderFilters; queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getOrdersQueryOptions(filters), ...queryConfig });
}
