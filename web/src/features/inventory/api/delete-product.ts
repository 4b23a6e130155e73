import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { inventoryKeys } from './inventory-keys';
import { getProductQueryOptions } from './get-product';

export type DeleteProductAnswer = { message: string; deletedId: string };

export async function deleteProduct({ productId }: { productId: string }): Promise<DeleteProductAnswer> {
  return (await typedApi.delete('/products/{id}', { path: { id: productId } })) as DeleteProductAnswer;
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
