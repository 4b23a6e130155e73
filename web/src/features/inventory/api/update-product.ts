import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { call } from '@/lib/typed-api';

import { inventoryKeys } from './inventory-keys';
import { createProductInputSchema } from './create-product';
import { getProductQueryOptions, type VersionedProduct } from './get-product';
import type { Product } from '../types';

/** A partial update: the same rules, every field optional. */
export const updateProductInputSchema = createProductInputSchema.partial();

export type UpdateProductInput = z.infer<typeof updateProductInputSchema>;

export type UpdateProductVariables = {
  productId: string;
  data: UpdateProductInput;
  /** The ETag of the version being edited; a stale one makes the server answer 409 CONFLICT. */
  etag?: string;
};

export async function updateProduct({ productId, data, etag }: UpdateProductVariables): Promise<VersionedProduct> {
  const { data: product, headers } = await call('put', '/products/{id}', {
    path: { id: productId },
    body: data,
    headers: etag ? { 'If-Match': etag } : undefined,
  });
  return { product: product as Product, etag: headers.get('ETag') ?? undefined };
}

export function useUpdateProduct({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateProduct> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: updateProduct,
    onSuccess: (answer, variables) => {
      if (answer.etag) queryClient.setQueryData(getProductQueryOptions(variables.productId).queryKey, answer);
      else void queryClient.invalidateQueries({ queryKey: getProductQueryOptions(variables.productId).queryKey });
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.products.lists() });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
