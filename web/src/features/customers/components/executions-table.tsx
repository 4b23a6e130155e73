import { Link } from 'react-router';

import { DataTable } from '@/components/ui/data-table';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { formatDateTime } from '@/lib/format';

import { useExecutions } from '../api/get-executions';
import type { ExecutionStatus } from '../types';
import { customerIdOf } from './execution-input';
import { StatusBadge } from './outcome';

export function ExecutionsTable({ status }: { status?: ExecutionStatus }) {
  const pagination = useTokenPagination(status ?? 'all');
  const query = useExecutions({ filters: { status, nextToken: pagination.token } });

  if (query.isPending) return <LoadingState label="Loading executions" />;
  if (query.isError) return <ErrorState title="Could not load the executions" error={query.error} onRetry={() => void query.refetch()} />;

  const page = query.data;
  return (
    <>
      {page.items.length === 0 ? (
        <EmptyState title={status ? 'No executions with this status' : 'No executions yet'}>
          {status ? 'Choose another status to see more.' : (
            <Link className="text-blue-800 underline" to={paths.customers.create.getHref()}>
              Add a customer
            </Link>
          )}
        </EmptyState>
      ) : (
        <DataTable caption="Registration workflow executions, newest first" columns={['Customer id', 'Status', 'Error', 'Started', 'Execution']} className="min-w-[40rem]">
          {page.items.map((execution) => (
            <tr key={execution.executionId} className="border-t border-slate-200">
              <td className="px-3 py-2 font-mono">{customerIdOf(execution.input) ?? '—'}</td>
              <td className="px-3 py-2">
                <StatusBadge status={execution.status} />
              </td>
              <td className="px-3 py-2 font-mono text-xs">{execution.error?.code ?? ''}</td>
              <td className="px-3 py-2">{formatDateTime(execution.startedAt)}</td>
              <td className="px-3 py-2">
                <Link className="font-mono text-xs text-blue-800 underline" to={paths.customers.execution.getHref(execution.executionId)}>
                  {execution.executionId}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <QueryPagination label="Execution pages" pagination={pagination} query={query} />
    </>
  );
}
