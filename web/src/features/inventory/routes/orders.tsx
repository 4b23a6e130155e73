import { PageHeader } from '@/components/ui/page-header';
import { UrlSelectFilter } from '@/components/ui/url-select-filter';
import { useUrlChoice } from '@/hooks/use-url-params';

import { OrdersTable } from '../components/orders-table';
import { orderStatusLabel } from '../components/order-status-badge';
import { ORDER_STATUSES } from '../types';

export function OrdersRoute() {
  const [status] = useUrlChoice('status', ORDER_STATUSES);
  return (
    <>
      <PageHeader title="My orders" description="Statuses update by themselves while an order is being confirmed." />
      <UrlSelectFilter param="status" label="Status" allLabel="All statuses" choices={ORDER_STATUSES} labelOf={orderStatusLabel} />
      <OrdersTable status={status} />
    </>
  );
}
