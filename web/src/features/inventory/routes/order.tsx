import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formatCents, formatDateTime } from '@/lib/format';

import { useOrder } from '../api/get-order';
import { CancelOrderButton } from '../components/cancel-order-button';
import { OrderStatusBadge } from '../components/order-status-badge';

export function OrderRoute() {
  const { orderId = '' } = useParams();
  const query = useOrder({ orderId });

  if (query.isPending) return <LoadingState label="Loading order" />;
  if (query.isError) return <ErrorState title="Could not load this order" error={query.error} onRetry={() => void query.refetch()} />;

  const order = query.data;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={`Order for ${order.productName}`}
        actions={order.status !== 'CANCELLED' ? <CancelOrderButton orderId={order.id} productName={order.productName} size="md" /> : undefined}
      />
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <p className="flex items-center gap-2 text-slate-800" aria-live="polite">
          Status: <OrderStatusBadge status={order.status} />
        </p>
        {order.status === 'PENDING' && <p className="mt-1 text-sm text-slate-700">Confirming your order… this page updates by itself.</p>}
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm text-slate-800">
          <dt className="font-medium">Product</dt>
          <dd>
            <Link className="text-blue-800 underline" to={paths.products.detail.getHref(order.productId)}>
              {order.productName}
            </Link>
          </dd>
          <dt className="font-medium">Quantity</dt>
          <dd>{order.quantity}</dd>
          <dt className="font-medium">Price each</dt>
          <dd>{formatCents(order.pricePerUnit)}</dd>
          <dt className="font-medium">Total</dt>
          <dd className="font-semibold">{formatCents(order.totalAmount)}</dd>
          <dt className="font-medium">Placed</dt>
          <dd>{formatDateTime(order.createdAt)}</dd>
          <dt className="font-medium">Last update</dt>
          <dd>{formatDateTime(order.updatedAt)}</dd>
          <dt className="font-medium">Order id</dt>
          <dd className="break-all font-mono text-xs">{order.id}</dd>
        </dl>
      </div>
      <p className="mt-4">
        <Link className="text-blue-800 underline" to={paths.orders.list.getHref()}>
          All my orders
        </Link>
      </p>
    </div>
  );
}
