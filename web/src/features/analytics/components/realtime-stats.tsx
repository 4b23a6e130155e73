import { ErrorState, LoadingState } from '@/components/ui/states';
import { TimeStamp } from '@/components/ui/time-stamp';

import { useRealtime } from '../api/get-realtime';

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-3xl font-bold text-slate-900">{value}</dd>
    </div>
  );
}

/** The last 24 hours' counters as stat cards, for one project or all the caller's. */
export function RealtimeStats({ projectId }: { projectId?: string }) {
  const realtime = useRealtime({ projectId });
  if (realtime.isPending) return <LoadingState label="Loading the counters" />;
  if (realtime.isError) return <ErrorState title="Could not load the counters" error={realtime.error} onRetry={() => void realtime.refetch()} />;
  const { deployments, generations, activity, since } = realtime.data;
  return (
    <section aria-label="Last 24 hours" aria-busy={realtime.isFetching || undefined}>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat label="Deployments, last 24 hours" value={deployments} />
        <Stat label="Code generations, last 24 hours" value={generations} />
        <Stat label="Activity entries, last 24 hours" value={activity} />
      </dl>
      <p className="mt-2 text-sm text-slate-600">
        Since <TimeStamp iso={since} />; updated every half minute.
      </p>
    </section>
  );
}
