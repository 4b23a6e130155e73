import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { CATEGORIES, type Product } from '../types';
import { inventoryKeys } from './inventory-keys';

/** The contract's product rules; price is integer cents. */
export const createProductInputSchema = z.object({
  name: z.string().trim().min(3, 'Use at least 3 characters').max(200, 'Use at most 200 characters'),
  description: z.string().trim().min(10, 'Use at least 10 characters').max(2000, 'Use at most 2000 characters'),
  category: z.enum(CATEGORIES, 'Choose a category'),
  price: z.number('Enter a price').int('Use whole cents').positive('The price must be above zero'),
  quantity: z.number('Enter a quantity').int('Use a whole number').min(0, 'The quantity cannot be negative'),
  sku: z.string().trim().min(3, 'Use at least 3 characters').max(50, 'Use at most 50 characters'),
  imageUrl: z.url({ protocol: /^https?$/, error: 'Enter an http(s) URL' }).optional(),
});

export type CreateProductInput = z.infer<typeof createProductInputSchema>;

/** The body must fit the document's `NewProduct`, so the type check fails when the two drift apart. */
export async function createProduct(input: CreateProductInput): Promise<Product> {
  return (await typedApi.post('/products', { body: input })) as Product;
}

export function useCreateProduct({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createProduct> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: createProduct,
    onSuccess: (product, input) => {
      void queryClient.invalidateQueries({ queryKey: inventoryKeys.products.lists() });
      onSuccess?.(product, input);
    },
    ...rest,
  });
}
