import { PageHeader } from '@/components/ui/page-header';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useUrlChoice, useUrlParams } from '@/hooks/use-url-params';

import { AutoRefreshControl } from '../components/auto-refresh-control';
import { InstanceFilters } from '../components/instance-filters';
import { InstancesTable } from '../components/instances-table';
import { useAutoRefresh } from '../hooks/use-auto-refresh';
import { INSTANCE_STATES, REGIONS } from '../types';

export function InstancesRoute() {
  const { params } = useUrlParams();
  const [state] = useUrlChoice('state', INSTANCE_STATES);
  const [region] = useUrlChoice('region', REGIONS);
  const search = useDebouncedValue(params.get('search')?.trim() ?? '', 300);
  const autoRefresh = useAutoRefresh();
  return (
    <>
      <PageHeader
        title="Instances"
        description="The EC2 instances of every region, with their state and status checks."
        actions={<AutoRefreshControl autoRefresh={autoRefresh} />}
      />
      <InstanceFilters />
      <InstancesTable
        filters={{ state, region, type: params.get('type') || undefined, search: search || undefined }}
        refetchInterval={autoRefresh.interval}
      />
    </>
  );
}
