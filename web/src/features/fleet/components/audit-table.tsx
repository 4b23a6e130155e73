import { Link } from 'react-router';

import { DataTable } from '@/components/ui/data-table';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { formatDateTime } from '@/lib/format';

import { useAudit } from '../api/get-audit';
import type { AuditFilters } from '../types';
import { ACTION_VERBS } from './action-rules';
import { ResultBadge } from './looks';

export function AuditTable({ filters }: { filters: Omit<AuditFilters, 'nextToken'> }) {
  const pagination = useTokenPagination(JSON.stringify(filters));
  const query = useAudit({ filters: { ...filters, nextToken: pagination.token } });

  if (query.isPending) return <LoadingState label="Loading the audit log" />;
  if (query.isError) return <ErrorState title="Could not load the audit log" error={query.error} onRetry={() => void query.refetch()} />;

  const page = query.data;
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      {page.items.length === 0 ? (
        <EmptyState title={filtered ? 'No audit records match these filters' : 'No actions recorded yet'}>
          {filtered ? 'Widen the time window or clear a filter.' : 'Every reboot, stop and start an admin asks for is recorded here, refused ones too.'}
        </EmptyState>
      ) : (
        <DataTable
          caption="Fleet audit log, newest first"
          columns={['Time', 'User', 'Action', 'Instance', 'Reason', 'Result', 'Request', 'Source']}
          className="min-w-[72rem]"
        >
          {page.items.map((entry) => (
            <tr key={entry.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(entry.timestamp)}</td>
              <td className="px-3 py-2">
                <span className="break-all">{entry.userEmail}</span>
                <span className="block font-mono text-xs break-all text-slate-600">{entry.userId}</span>
              </td>
              <td className="px-3 py-2">{ACTION_VERBS[entry.action]}</td>
              <td className="px-3 py-2">
                <Link className="font-mono text-xs text-blue-800 underline" to={paths.fleet.instance.getHref(entry.instanceId)}>
                  {entry.instanceId}
                </Link>
              </td>
              <td className="max-w-xs px-3 py-2 break-words">{entry.reason}</td>
              <td className="px-3 py-2">
                <ResultBadge result={entry.result} />
                {entry.error && <span className="mt-1 block text-xs break-words text-red-800">{entry.error}</span>}
              </td>
              <td className="px-3 py-2 font-mono text-xs break-all">{entry.requestId}</td>
              <td className="px-3 py-2 font-mono text-xs">{entry.sourceIp}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <QueryPagination label="Audit pages" pagination={pagination} query={query} />
    </>
  );
}
