import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Order } from '../types';
import { inventoryKeys } from './inventory-keys';

export const placeOrderInputSchema = z.object({
  productId: z.string().min(1),
  quantity: z.number('Enter a quantity').int('Use a whole number').min(1, 'Order at least 1'),
});

export type PlaceOrderInput = z.infer<typeof placeOrderInputSchema>;

/** `idempotencyKey` stays the same for retries of one submission, so a retry never orders twice. */
export type PlaceOrderVariables = { input: PlaceOrderInput; idempotencyKey: string };

/** The body must fit the document's `NewOrder`, so the type check fails when the two drift apart. */
export async function placeOrder({ input, idempotencyKey }: PlaceOrderVariables): Promise<Order> {
  return (await typedApi.post('/orders', { body: input, headers: { 'Idempotency-Key': idempotencyKey } })) as Order;
}

export function usePlaceOrder({ mutationConfig }: { mutationConfig?: MutationConfig<typeof placeOrder> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: placeOrder,
    onSuccess: (order, variables) => {
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.orders.lists() });
      // Stock changed: product pages in the cache are out of date.
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.products.all() });
      onSuccess?.(order, variables);
    },
    ...rest,
  });
}
