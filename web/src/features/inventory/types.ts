import type { Narrow, Schemas, Sent } from '@/lib/typed-api';

/**
 * The inventory's entities, from the OpenAPI document (docs/openapi.json). The document types
 * `category` and `status` as plain strings; the server only ever sends these values.
 */
export const CATEGORIES = ['electronics', 'clothing', 'food', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const ORDER_STATUSES = ['PENDING', 'CONFIRMED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Prices are integer cents; `imageUrl` is absent until an image is set. */
export type Product = Narrow<Sent<Schemas['ProductResponse'], 'imageUrl'>, { category: Category }>;

export type ProductSummary = Narrow<Sent<Schemas['ProductSummary'], 'imageUrl'>, { category: Category }>;

export type Order = Narrow<Sent<Schemas['OrderResponse']>, { status: OrderStatus }>;

export type OrderSummary = Narrow<Sent<Schemas['OrderSummary']>, { status: OrderStatus }>;

export type DeadLetter = Sent<Schemas['DeadLetterResponse']>;

/** What a list query asks for; part of its query key. */
export type OrderFilters = { status?: OrderStatus; nextToken?: string; limit?: number };

/** What a list query asks for; part of its query key. */
export type ProductFilters = {
  category?: Category;
  search?: string;
  lowStock?: boolean;
  nextToken?: string;
  limit?: number;
};
