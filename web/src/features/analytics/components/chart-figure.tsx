import { lazy, Suspense, useId } from 'react';

import { DataTable } from '@/components/ui/data-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useDisplayTimeZone } from '@/lib/time-zone';

import { useChartData } from '../api/get-chart-data';
import type { ChartQuery } from '../types';
import { CHART_LABELS, describeChart, PERIOD_LABELS, toChartRows, totalOf } from './chart-rows';

// The chart library is large: load it with the figure that draws it.
const CountChart = lazy(() => import('./count-chart').then((module) => ({ default: module.CountChart })));

/** One chart with its caption and its data table as the text alternative; an empty period says so instead. */
export function ChartFigure({ query }: { query: ChartQuery }) {
  const chart = useChartData({ query });
  const captionId = useId();
  // Hourly labels are in the user's zone: draw again when it changes.
  useDisplayTimeZone();
  if (chart.isPending) return <LoadingState label="Loading the chart" />;
  if (chart.isError) return <ErrorState title="Could not load the chart" error={chart.error} onRetry={() => void chart.refetch()} />;

  const rows = toChartRows(chart.data.buckets, query.period);
  const name = CHART_LABELS[query.chartType];
  if (totalOf(rows) === 0) {
    return (
      <EmptyState title={`No ${name.toLowerCase()} in the ${PERIOD_LABELS[query.period].toLowerCase()}`}>
        Counts appear here as things happen; try a longer period or another chart.
      </EmptyState>
    );
  }
  return (
    <figure aria-labelledby={captionId} className="min-w-0 space-y-2" aria-busy={chart.isFetching || undefined}>
      <Suspense fallback={<LoadingState label="Drawing the chart" />}>
        <CountChart rows={rows} name={name} />
      </Suspense>
      <figcaption id={captionId} className="text-sm text-slate-700">
        {describeChart(query.chartType, query.period, rows)}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-800 underline">Counts as a table</summary>
        {/* A box that scrolls must be reachable by keyboard to be scrolled. */}
        <div className="mt-2 max-h-72 overflow-y-auto" tabIndex={0} role="region" aria-label={`${name} counts`}>
          <DataTable caption={`${name}, oldest first`} columns={[query.period === '24h' ? 'Hour' : 'Day (UTC)', 'Count']}>
            {rows.map((row) => (
              <tr key={row.start} className="border-t border-slate-200">
                <td className="px-3 py-1">{row.label}</td>
                <td className="px-3 py-1">{row.count}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </details>
    </figure>
  );
}
