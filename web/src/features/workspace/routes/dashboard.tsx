import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState } from '@/components/ui/states';

import { useDashboard } from '../api/get-dashboard';
import { PanelSection } from '../components/panel-section';
import { StatusBadge } from '../components/status-badge';
import { DEPLOYMENT_STATUSES } from '../types';

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-3xl font-bold text-slate-900">{value}</dd>
    </div>
  );
}

export function DashboardRoute() {
  const dashboard = useDashboard();
  return (
    <div>
      <PageHeader title="Dashboard" description="Across every project you are a member of." />
      {dashboard.isPending ? (
        <LoadingState label="Loading the dashboard" />
      ) : dashboard.isError ? (
        <ErrorState title="Could not load the dashboard" error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <div className="space-y-6">
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
            <Count label="Projects" value={dashboard.data.projects} />
            <Count label="Code generations" value={dashboard.data.generations} />
            <Count label="Team members" value={dashboard.data.teamMembers} />
            <Count label="Activity in the last 24 hours" value={dashboard.data.activity24h} />
          </dl>
          <PanelSection title="Deployments by status">
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-7">
              {DEPLOYMENT_STATUSES.map((status) => (
                <li key={status} className="flex items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3">
                  <StatusBadge status={status} />
                  <span className="text-xl font-semibold text-slate-900">{dashboard.data.deploymentsByStatus[status] ?? 0}</span>
                </li>
              ))}
            </ul>
          </PanelSection>
        </div>
      )}
    </div>
  );
}
