import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';

import { inventoryKeys } from './inventory-keys';
import { getProductQueryOptions } from './get-product';

export type DeleteProductAnswer = { message: string; deletedId: string };

export function deleteProduct({ productId }: { productId: string }): Promise<DeleteProductAnswer> {
  return api.delete<DeleteProductAnswer>(`/products/${encodeURIComponent(productId)}`);
}

export function useDeleteProduct({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteProduct> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: deleteProduct,
    onSuccess: (answer, variables) => {
      queryClient.removeQueries({ queryKey: getProductQueryOptions(variables.productId).queryKey });
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.products.lists() });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
