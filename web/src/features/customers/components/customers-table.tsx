import { Link } from 'react-router';

import { DataTable } from '@/components/ui/data-table';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { formatDateTime } from '@/lib/format';

import { useCustomers } from '../api/get-customers';
import type { Customer } from '../types';
import { DeleteCustomerButton } from './delete-customer-button';

function attributesText(attributes: Customer['attributes']): string {
  return Object.entries(attributes ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}

export function CustomersTable({ prefix }: { prefix: string }) {
  const pagination = useTokenPagination(prefix);
  const query = useCustomers({ filters: { prefix: prefix || undefined, nextToken: pagination.token } });

  if (query.isPending) return <LoadingState label="Loading customers" />;
  if (query.isError) return <ErrorState title="Could not load the customers" error={query.error} onRetry={() => void query.refetch()} />;

  const page = query.data;
  return (
    <>
      {page.items.length === 0 ? (
        <EmptyState title={prefix ? `No customer id starts with “${prefix}”` : 'No customers yet'}>
          {prefix ? 'Ids are case-sensitive: check the case, or shorten the prefix.' : (
            <Link className="text-blue-800 underline" to={paths.customers.create.getHref()}>
              Add the first customer
            </Link>
          )}
        </EmptyState>
      ) : (
        <DataTable caption="Customers, ordered by id" columns={['Id', 'Name', 'Email', 'Attributes', 'Registered', 'Execution']} actions className="min-w-[48rem]">
          {page.items.map((customer) => (
            <tr key={customer.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 font-mono font-medium break-all">{customer.id}</td>
              <td className="px-3 py-2">{customer.name ?? ''}</td>
              <td className="px-3 py-2 break-all">{customer.email ?? ''}</td>
              <td className="px-3 py-2 text-xs break-all">{attributesText(customer.attributes)}</td>
              <td className="px-3 py-2">
                {formatDateTime(customer.createdAt)}
                {customer.apiKeyId && <span className="block text-xs text-slate-600">with an API key</span>}
              </td>
              <td className="px-3 py-2">
                <Link className="text-blue-800 underline" to={paths.customers.execution.getHref(customer.executionId)} aria-label={`Execution that registered ${customer.id}`}>
                  View
                </Link>
              </td>
              <td className="px-3 py-2 text-right">
                <DeleteCustomerButton customerId={customer.id} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <QueryPagination label="Customer pages" pagination={pagination} query={query} />
    </>
  );
}
