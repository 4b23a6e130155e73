import { queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';
import { call } from '@/lib/typed-api';

import type { Product } from '../types';
import { inventoryKeys } from './inventory-keys';

/** A product with the ETag of the version read, for `If-Match` on the next update. */
export type VersionedProduct = { product: Product; etag: string | undefined };

export async function getProduct(productId: string, signal?: AbortSignal): Promise<VersionedProduct> {
  const { data, headers } = await call('get', '/products/{id}', { path: { id: productId }, signal });
  return { product: data as Product, etag: headers.get('ETag') ?? undefined };
}

export function getProductQueryOptions(productId: string) {
  return queryOptions({
    queryKey: inventoryKeys.products.detail(productId),
    queryFn: ({ signal }) => getProduct(productId, signal),
  });
}

export function useProduct({ productId, queryConfig }: { productId: string; queryConfig?: QueryConfig }) {
  return useQuery({ ...getProductQueryOptions(productId), ...queryConfig });
}
