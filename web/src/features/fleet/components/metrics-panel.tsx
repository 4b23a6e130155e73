import { lazy, Suspense, useId } from 'react';

import { DataTable } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/field';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useUrlChoice } from '@/hooks/use-url-params';

import { useMetrics } from '../api/get-metrics';
import { METRICS, PERIODS, STATS, type MetricQuery } from '../types';
import { describeChart, formatValue, METRIC_LABELS, summarize, toChartRows } from './chart-data';
import { ChoiceGroup } from '@/components/ui/choice-group';

// The chart library is the largest part of the fleet pages: load it with the panel that draws it.
const MetricChart = lazy(() => import('./metric-chart').then((module) => ({ default: module.MetricChart })));

const PERIOD_OPTIONS = PERIODS.map((period) => ({ value: period, label: period }));
const STAT_OPTIONS = STATS.map((stat) => ({ value: stat, label: stat }));

/** The metric, period and statistic, in the address (`?metric=&period=&stat=`); CPU, the last hour and the average at first. */
function useMetricQuery(): [MetricQuery, { metric: (v?: MetricQuery['metric']) => void; period: (v?: MetricQuery['period']) => void; stat: (v?: MetricQuery['stat']) => void }] {
  const [metric = 'CPUUtilization', setMetric] = useUrlChoice('metric', METRICS);
  const [period = '1h', setPeriod] = useUrlChoice('period', PERIODS);
  const [stat = 'Average', setStat] = useUrlChoice('stat', STATS);
  return [{ metric, period, stat }, { metric: setMetric, period: setPeriod, stat: setStat }];
}

function MetricFigure({ instanceId, query, refetchInterval }: { instanceId: string; query: MetricQuery; refetchInterval: number | false }) {
  const series = useMetrics({ instanceId, query, refetchInterval });
  const captionId = useId();
  if (series.isPending) return <LoadingState label="Loading the metric" />;
  if (series.isError) return <ErrorState title="Could not load this metric" error={series.error} onRetry={() => void series.refetch()} />;

  const { unit, points, stat } = series.data;
  const rows = toChartRows(points);
  if (rows.length === 0) {
    return (
      <EmptyState title="No data points for this period">
        A stopped instance reports no metrics. Choose a longer period to see when it last ran.
      </EmptyState>
    );
  }
  const name = METRIC_LABELS[query.metric];
  return (
    <figure aria-labelledby={captionId} className="min-w-0 space-y-2" aria-busy={series.isFetching || undefined}>
      <Suspense fallback={<LoadingState label="Drawing the chart" />}>
        <MetricChart rows={rows} unit={unit} period={query.period} name={name} />
      </Suspense>
      <figcaption id={captionId} className="text-sm text-slate-700">
        {describeChart(query.metric, stat, query.period, unit, summarize(rows))}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-800 underline">Data points as a table</summary>
        <div className="mt-2 max-h-72 overflow-y-auto">
          <DataTable caption={`${name} (${stat}), oldest first`} columns={['Time', `${stat} (${unit})`]}>
            {rows.map((row) => (
              <tr key={row.time} className="border-t border-slate-200">
                <td className="px-3 py-1">{new Date(row.time).toLocaleString()}</td>
                <td className="px-3 py-1">{formatValue(row.value, unit)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </details>
    </figure>
  );
}

/** Metrics refresh less often than the instance: the finest resolution is a minute. */
const METRICS_REFRESH_MS = 30_000;

/** A metric of the instance over a period, as a chart with its text alternative, and the choices that pick it. */
export function MetricsPanel({ instanceId, autoRefresh }: { instanceId: string; autoRefresh: boolean }) {
  const [query, set] = useMetricQuery();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-slate-900">
        Metrics
      </h2>
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <SelectField
          label="Metric"
          className="w-full sm:w-56"
          value={query.metric}
          onChange={(event) => {
            set.metric(METRICS.find((metric) => metric === event.target.value));
          }}
        >
          {METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {METRIC_LABELS[metric]}
            </option>
          ))}
        </SelectField>
        <ChoiceGroup legend="Period" options={PERIOD_OPTIONS} value={query.period} onChange={(v) => { set.period(v || undefined); }} />
        <ChoiceGroup legend="Statistic" options={STAT_OPTIONS} value={query.stat} onChange={(v) => { set.stat(v || undefined); }} />
      </div>
      <MetricFigure instanceId={instanceId} query={query} refetchInterval={autoRefresh ? METRICS_REFRESH_MS : false} />
    </section>
  );
}
