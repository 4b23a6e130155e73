import { Link } from 'react-router';

import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { formatCents, formatDateTime } from '@/lib/format';
import type { OrderStatus } from '@/types/api';

import { useOrders } from '../api/get-orders';

import { CancelOrderButton } from './cancel-order-button';
import { OrderStatusBadge } from './order-status-badge';

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
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Your orders, newest first</caption>
            <thead className="bg-slate-100 text-slate-800">
              <tr>
                <th scope="col" className="px-3 py-2">Product</th>
                <th scope="col" className="px-3 py-2">Quantity</th>
                <th scope="col" className="px-3 py-2">Total</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2">Placed</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        label="Order pages"
        pageNumber={pagination.pageNumber}
        hasPrevious={pagination.hasPrevious}
        hasNext={Boolean(page.nextToken)}
        isFetching={query.isFetching}
        onPrevious={pagination.previous}
        onNext={() => {
          pagination.next(page.nextToken);
        }}
      />
    </>
  );
}
