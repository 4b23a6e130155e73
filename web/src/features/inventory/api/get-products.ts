import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';
import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { ProductFilters, ProductSummary } from '../types';
import { inventoryKeys } from './inventory-keys';

export async function getProducts(filters: ProductFilters, signal?: AbortSignal): Promise<Page<ProductSummary>> {
  const page = await typedApi.get('/products', {
    params: {
      category: filters.category,
      search: filters.search?.trim() || undefined,
      lowStock: filters.lowStock ? true : undefined,
      nextToken: filters.nextToken,
      limit: filters.limit ?? 12,
    },
    signal,
  });
  return page as Page<ProductSummary>;
}

export function getProductsQueryOptions(filters: ProductFilters = {}) {
  return queryOptions({
    queryKey: inventoryKeys.products.list(filters),
    queryFn: ({ signal }) => getProducts(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProducts({ filters = {}, queryConfig }: { filters?: ProductFilters; queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getProductsQueryOptions(filters), ...queryConfig });
}
