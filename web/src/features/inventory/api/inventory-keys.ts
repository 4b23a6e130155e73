import type { OrderFilters, ProductFilters } from '../types';

/**
 * Every query key of the inventory module. Broader keys are prefixes of narrower ones, so a
 * mutation invalidates a whole family with one call (all product lists, every order page).
 */
export const inventoryKeys = {
  all: ['inventory'] as const,
  products: {
    all: () => [...inventoryKeys.all, 'products'] as const,
    lists: () => [...inventoryKeys.products.all(), 'list'] as const,
    list: (filters: ProductFilters) => [...inventoryKeys.products.lists(), filters] as const,
    detail: (productId: string) => [...inventoryKeys.products.all(), 'detail', productId] as const,
  },
  orders: {
    all: () => [...inventoryKeys.all, 'orders'] as const,
    lists: () => [...inventoryKeys.orders.all(), 'list'] as const,
    list: (filters: OrderFilters) => [...inventoryKeys.orders.lists(), filters] as const,
    detail: (orderId: string) => [...inventoryKeys.orders.all(), 'detail', orderId] as const,
  },
  deadLetters: {
    all: () => [...inventoryKeys.all, 'dead-letters'] as const,
    page: (nextToken: string | undefined) => [...inventoryKeys.deadLetters.all(), nextToken ?? null] as const,
  },
};
