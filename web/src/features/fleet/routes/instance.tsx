import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { policies } from '@/lib/authorization';
import { useCurrentUser } from '@/lib/session';

import { AutoRefreshControl } from '../components/auto-refresh-control';
import { InstanceActions } from '../components/instance-actions';
import { InstanceDetails } from '../components/instance-details';
import { SimulatedMarker } from '../components/looks';
import { MetricsPanel } from '../components/metrics-panel';
import { useAutoRefresh } from '../hooks/use-auto-refresh';
import { useFollowedInstance } from '../hooks/use-followed-instance';

export function InstanceRoute() {
  const { instanceId = '' } = useParams();
  const user = useCurrentUser();
  const autoRefresh = useAutoRefresh();
  const { query, progress, following, follow } = useFollowedInstance(instanceId, autoRefresh.interval);

  if (query.isPending) return <LoadingState label="Loading the instance" />;
  if (query.isError) {
    return (
      <>
        <ErrorState title="Could not load this instance" error={query.error} onRetry={() => void query.refetch()} />
        <Link className="text-blue-800 underline" to={paths.fleet.instances.getHref()}>
          All instances
        </Link>
      </>
    );
  }

  const instance = query.data;
  const isAdmin = user !== undefined && policies.operateFleet(user.role);
  return (
    <>
      <PageHeader
        title={instance.name || instance.instanceId}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="break-all font-mono text-sm">{instance.instanceId}</span>
            {instance.simulated && <SimulatedMarker />}
          </span>
        }
        actions={<AutoRefreshControl autoRefresh={autoRefresh} />}
      />
      {isAdmin && (
        <section aria-label="Actions" className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <p role="status" className="font-medium text-slate-900">
            {progress && (
              <>
                {!progress.settled && <span aria-hidden="true" className="mr-2 inline-block size-3 rounded-full bg-blue-600 motion-safe:animate-pulse" />}
                {progress.text}
              </>
            )}
          </p>
          <InstanceActions instance={instance} busy={following} onAccepted={(accepted) => { follow(accepted.action); }} />
        </section>
      )}
      <InstanceDetails instance={instance} />
      <div className="mt-4">
        <MetricsPanel instanceId={instance.instanceId} autoRefresh={autoRefresh.enabled} />
      </div>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link className="text-blue-800 underline" to={paths.fleet.instances.getHref()}>
          All instances
        </Link>
        {user && policies.viewFleetAudit(user.role) && (
          <Link className="text-blue-800 underline" to={paths.fleet.audit.getHref(instance.instanceId)}>
            Audit log of this instance
          </Link>
        )}
      </p>
    </>
  );
}
