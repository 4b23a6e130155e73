import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { inventoryKeys } from './inventory-keys';
import { getOrderQueryOptions } from './get-order';
import type { Order } from '../types';

export async function cancelOrder({ orderId }: { orderId: string }): Promise<Order> {
  return (await typedApi.post('/orders/{id}/cancel', { path: { id: orderId } })) as Order;
}

export function useCancelOrder({ mutationConfig }: { mutationConfig?: MutationConfig<typeof cancelOrder> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: cancelOrder,
    onSuccess: (order, variables) => {
      void queryClient.invalidateQueries({ queryKey: getOrderQueryOptions(variables.orderId).queryKey });
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.orders.lists() });
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.products.all() });
      onSuccess?.(order, variables);
    },
    ...rest,
  });
}
