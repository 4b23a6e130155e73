import { Link } from 'react-router';

import { DataTable } from '@/components/ui/data-table';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { formatDateTime } from '@/lib/format';

import { useInstances } from '../api/get-instances';
import type { InstanceFilters } from '../types';
import { ChecksBadge, SimulatedMarker, StateBadge } from './looks';

type InstancesTableProps = { filters: Omit<InstanceFilters, 'nextToken'>; refetchInterval: number | false };

export function InstancesTable({ filters, refetchInterval }: InstancesTableProps) {
  const pagination = useTokenPagination(JSON.stringify(filters));
  const query = useInstances({ filters: { ...filters, nextToken: pagination.token }, refetchInterval });

  if (query.isPending) return <LoadingState label="Loading instances" />;
  if (query.isError) return <ErrorState title="Could not load the instances" error={query.error} onRetry={() => void query.refetch()} />;

  const page = query.data;
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      {page.items.some((instance) => instance.simulated) && (
        <p className="mb-3">
          <SimulatedMarker />
        </p>
      )}
      {page.items.length === 0 ? (
        <EmptyState title={filtered ? 'No instances match these filters' : 'No instances in this fleet'}>
          {filtered ? 'Clear the search or choose another state, type or region.' : 'Instances launched in EC2 show here.'}
        </EmptyState>
      ) : (
        <DataTable
          caption="Instances, with their state and status checks"
          columns={['Name', 'Instance id', 'Type', 'State', 'Status checks', 'Zone', 'Private IP', 'Launched']}
          className="min-w-[60rem]"
        >
          {page.items.map((instance) => (
            <tr key={instance.instanceId} className="border-t border-slate-200">
              <td className="px-3 py-2 font-medium">
                <Link className="text-blue-800 underline" to={paths.fleet.instance.getHref(instance.instanceId)}>
                  {instance.name || instance.instanceId}
                </Link>
              </td>
              <td className="px-3 py-2 font-mono text-xs">{instance.instanceId}</td>
              <td className="px-3 py-2">{instance.type}</td>
              <td className="px-3 py-2">
                <StateBadge state={instance.state} />
              </td>
              <td className="px-3 py-2">
                <ChecksBadge checks={instance.statusChecks} />
              </td>
              <td className="px-3 py-2">
                {instance.az}
                <span className="block text-xs text-slate-600">{instance.region}</span>
              </td>
              <td className="px-3 py-2 font-mono text-xs">{instance.privateIp ?? '—'}</td>
              <td className="px-3 py-2">{formatDateTime(instance.launchTime)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <QueryPagination label="Instance pages" pagination={pagination} query={query} />
    </>
  );
}
