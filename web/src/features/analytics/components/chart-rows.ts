import { formatInZone } from '@/lib/format';

import type { Bucket, ChartType, Period } from '../types';

export const CHART_LABELS: Record<ChartType, string> = { deployments: 'Deployments', generations: 'Code generations', activity: 'Activity entries' };

export const PERIOD_LABELS: Record<Period, string> = { '24h': 'Last 24 hours', '7d': 'Last 7 days', '30d': 'Last 30 days' };

/** One bar as the chart and its table show it. */
export type ChartRow = { start: number; label: string; count: number };

/**
 * A bucket's label: hourly buckets in the user's time zone ("14:00"); daily buckets are days of
 * UTC on the server, so their label is that UTC date (in another zone it would name the day before).
 */
export function bucketLabel(start: number, period: Period, locale?: string): string {
  if (period === '24h') return formatInZone(start, { hour: '2-digit', minute: '2-digit' }, locale);
  return formatInZone(start, { weekday: 'short', day: 'numeric', month: 'short' }, locale, 'UTC');
}

/** The API's buckets (oldest first) as rows; a bucket with an unreadable start is left out. */
export function toChartRows(buckets: readonly Bucket[], period: Period, locale?: string): ChartRow[] {
  return buckets
    .map((bucket) => ({ start: Date.parse(bucket.start), count: bucket.count }))
    .filter((row) => Number.isFinite(row.start) && Number.isFinite(row.count))
    .map((row) => ({ ...row, label: bucketLabel(row.start, period, locale) }));
}

export function totalOf(rows: readonly ChartRow[]): number {
  return rows.reduce((sum, row) => sum + row.count, 0);
}

/** The figure's caption: what is drawn, the total and the busiest bucket, in words. */
export function describeChart(chartType: ChartType, period: Period, rows: readonly ChartRow[]): string {
  const what = `${CHART_LABELS[chartType]} per ${period === '24h' ? 'hour' : 'day'}, ${PERIOD_LABELS[period].toLowerCase()}`;
  const total = totalOf(rows);
  if (total === 0) return `${what}: none.`;
  const busiest = rows.reduce((best, row) => (row.count > best.count ? row : best));
  return `${what}: ${total} in total; the most, ${busiest.count}, in the ${period === '24h' ? 'hour from' : 'day of'} ${busiest.label}.`;
}
