import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';

import { inventoryKeys } from './inventory-keys';
import { getOrderQueryOptions } from './get-order';
import type { Order } from '../types';

export function cancelOrder({ orderId }: { orderId: string }): Promise<Order> {
  return api.post<Order>(`/orders/${encodeURIComponent(orderId)}/cancel`);
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
