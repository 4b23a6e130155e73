import { useSearchParams } from 'react-router';

import { SelectField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';

import { OrdersTable } from '../components/orders-table';
import { orderStatusLabel } from '../components/order-status-badge';
import { ORDER_STATUSES, type OrderStatus } from '../types';

export function OrdersRoute() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status') ?? '';
  const status = (ORDER_STATUSES as readonly string[]).includes(raw) ? (raw as OrderStatus) : undefined;
  return (
    <>
      <PageHeader title="My orders" description="Statuses update by themselves while an order is being confirmed." />
      <div className="mb-4 max-w-xs">
        <SelectField
          label="Status"
          value={status ?? ''}
          onChange={(event) => {
            setParams(event.target.value ? { status: event.target.value } : {}, { replace: true });
          }}
        >
          <option value="">All statuses</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {orderStatusLabel(s)}
            </option>
          ))}
        </SelectField>
      </div>
      <OrdersTable status={status} />
    </>
  );
}
