import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import type { Page } from '@/lib/api-types';

import type { OrderStatus, OrderSummary } from '../types';
import { inventoryKeys } from './inventory-keys';

export type OrderFilters = { status?: OrderStatus; nextToken?: string; limit?: number };

/** How often a page holding a PENDING order is read again, until the worker has confirmed it. */
export const PENDING_REFETCH_MS = 1000;

export function getOrders(filters: OrderFilters, signal?: AbortSignal): Promise<Page<OrderSummary>> {
  return api.get<Page<OrderSummary>>('/orders', {
    params: { status: filters.status, nextToken: filters.nextToken, limit: filters.limit ?? 10 },
    signal,
  });
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
