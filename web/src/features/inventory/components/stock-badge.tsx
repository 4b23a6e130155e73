import { Badge } from '@/components/ui/badge';

export function StockBadge({ quantity, isLowStock }: { quantity: number; isLowStock: boolean }) {
  if (quantity === 0) return <Badge tone="danger">Out of stock</Badge>;
  if (isLowStock) return <Badge tone="warning">Low stock</Badge>;
  return <Badge tone="success">In stock</Badge>;
}

export function categoryLabel(category: string): string {
  return category.charAt(0).toUpperCase() + category.slice(1);
}
