import { PageHeader } from '@/components/ui/page-header';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useUrlChoice, useUrlParams } from '@/hooks/use-url-params';

import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import { DownloadCsvButton } from '../components/download-csv-button';
import { FLEET_ACTIONS, type AuditFilters as Filters } from '../types';

export function FleetAuditRoute() {
  const { params } = useUrlParams();
  const [action] = useUrlChoice('action', FLEET_ACTIONS);
  const instanceId = useDebouncedValue(params.get('instanceId')?.trim() ?? '', 300);
  const userId = useDebouncedValue(params.get('userId')?.trim() ?? '', 300);
  const filters: Filters = {
    instanceId: instanceId || undefined,
    userId: userId || undefined,
    action,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  return (
    <>
      <PageHeader
        title="Fleet audit log"
        description="Every action asked for on an instance, newest first: accepted, refused or failed. Records are never changed or removed."
        actions={<DownloadCsvButton filters={filters} />}
      />
      <AuditFilters />
      <AuditTable filters={filters} />
    </>
  );
}
