export const CATEGORIES = ['electronics', 'clothing', 'food', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Product = {
  id: string;
  name: string;
  description: string;
  category: Category;
  /** Integer cents. */
  price: number;
  quantity: number;
  sku: string;
  imageUrl?: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  isLowStock: boolean;
};

export type ProductSummary = Pick<Product, 'id' | 'name' | 'category' | 'price' | 'quantity' | 'isLowStock' | 'createdAt'> &
  Partial<Pick<Product, 'imageUrl' | 'sku' | 'description'>>;

export const ORDER_STATUSES = ['PENDING', 'CONFIRMED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type Order = {
  id: string;
  userId: string;
  userEmail: string;
  productId: string;
  productName: string;
  quantity: number;
  pricePerUnit: number;
  totalAmount: number;
  status: OrderStatus;
  createdAt: string;
  updatedAt: string;
};

export type OrderSummary = Pick<Order, 'id' | 'productName' | 'quantity' | 'totalAmount' | 'status' | 'createdAt'>;

export type DeadLetter = {
  id: string;
  orderId: string;
  error: string;
  receiveCount: number;
  firstFailedAt: string;
};
