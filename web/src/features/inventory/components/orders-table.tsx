import { Link } from 'react-router';

import { DataTable } from '@/components/ui/data-table';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { formatCents, formatDateTime } from '@/lib/format';

import { useOrders } from '../api/get-orders';

import { CancelOrderButton } from './cancel-order-button';
import { OrderStatusBadge } from './order-status-badge';
import type { OrderStatus } from '../types';

export function OrdersTable({ status }: { status?: OrderStatus }) {
  const pagination = useTokenPagination(status ?? 'all');
  const query = useOrders({ filters: { status, nextToken: pagination.token } });

  if (query.isPending) return <LoadingState label="Loading orders" />;
  if (query.isError) return <ErrorState title="Could not load your orders" error={query.error} onRetry={() => void query.refetch()} />;

  const page = query.data;
  return (
    <>
      {page.items.length === 0 ? (
        <EmptyState title={status ? 'No orders with this status' : 'No orders yet'}>
          {status ? 'Choose another status to see more.' : (
            <Link className="text-blue-800 underline" to={paths.products.list.getHref()}>
              Browse products
            </Link>
          )}
        </EmptyState>
      ) : (
        <DataTable caption="Your orders, newest first" columns={['Product', 'Quantity', 'Total', 'Status', 'Placed']} actions className="min-w-[36rem]">
          {page.items.map((order) => (
            <tr key={order.id} className="border-t border-slate-200">
              <td className="px-3 py-2 font-medium">
                <Link className="text-blue-800 underline" to={paths.orders.detail.getHref(order.id)}>
                  {order.productName}
                </Link>
              </td>
              <td className="px-3 py-2">{order.quantity}</td>
              <td className="px-3 py-2">{formatCents(order.totalAmount)}</td>
              <td className="px-3 py-2">
                <OrderStatusBadge status={order.status} />
              </td>
              <td className="px-3 py-2">{formatDateTime(order.createdAt)}</td>
              <td className="px-3 py-2 text-right">
                {order.status !== 'CANCELLED' && <CancelOrderButton orderId={order.id} productName={order.productName} />}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <QueryPagination label="Order pages" pagination={pagination} query={query} />
    </>
  );
}
