import { Badge, type BadgeTone } from '@/components/ui/badge';

import type { OrderStatus } from '../types';

const tones: Record<OrderStatus, BadgeTone> = { PENDING: 'warning', CONFIRMED: 'success', CANCELLED: 'neutral' };
const labels: Record<OrderStatus, string> = { PENDING: 'Pending', CONFIRMED: 'Confirmed', CANCELLED: 'Cancelled' };

export function orderStatusLabel(status: OrderStatus): string {
  return labels[status];
}

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <Badge tone={tones[status]} className="gap-1">
      {status === 'PENDING' && <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-amber-600" />}
      {labels[status]}
    </Badge>
  );
}
