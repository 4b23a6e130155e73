import type { Metric, MetricPoint, Period } from '../types';

export const METRIC_LABELS: Record<Metric, string> = {
  CPUUtilization: 'CPU utilization',
  NetworkIn: 'Network in',
  NetworkOut: 'Network out',
  DiskReadBytes: 'Disk read bytes',
  DiskWriteBytes: 'Disk write bytes',
  StatusCheckFailed: 'Status check failed',
};

export const PERIOD_LABELS: Record<Period, string> = { '1h': 'Last hour', '6h': 'Last 6 hours', '24h': 'Last 24 hours', '7d': 'Last 7 days' };

/** One point as the chart draws it: time in epoch milliseconds. */
export type ChartRow = { time: number; value: number };

/** The API's points (oldest first) as chart rows; a point with an unreadable time or value is left out. */
export function toChartRows(points: readonly MetricPoint[]): ChartRow[] {
  return points
    .map((point) => ({ time: Date.parse(point.timestamp), value: point.value }))
    .filter((row) => Number.isFinite(row.time) && Number.isFinite(row.value));
}

export type Summary = { latest: number; min: number; max: number; count: number };

export function summarize(rows: readonly ChartRow[]): Summary | undefined {
  const last = rows.at(-1);
  if (!last) return undefined;
  const values = rows.map((row) => row.value);
  return { latest: last.value, min: Math.min(...values), max: Math.max(...values), count: rows.length };
}

/** CloudWatch's unit as the axis names it. */
export function unitLabel(unit: string): string {
  return unit === 'Percent' ? '%' : unit;
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

function bytes(value: number): string {
  let scaled = value;
  let index = 0;
  while (Math.abs(scaled) >= 1000 && index < BYTE_UNITS.length - 1) {
    scaled /= 1000;
    index += 1;
  }
  return `${scaled.toLocaleString(undefined, { maximumFractionDigits: index === 0 ? 0 : 1 })} ${BYTE_UNITS[index] ?? 'B'}`;
}

/** A value with its unit, short enough for an axis tick or a caption: "42.5 %", "1.3 MB", "2". */
export function formatValue(value: number, unit: string): string {
  if (unit === 'Percent') return `${value.toLocaleString(undefined, { maximumFractionDigits: 1 })} %`;
  if (unit === 'Bytes') return bytes(value);
  return value.toLocaleString(undefined, { maximumFractionDigits: 2 });
}

/** An axis tick's time: the hour and minute within a day, the day and hour across a week. */
export function formatTime(time: number, period: Period): string {
  const options: Intl.DateTimeFormatOptions = period === '7d' ? { weekday: 'short', hour: '2-digit' } : { hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(undefined, options).format(time);
}

/** The chart's text alternative: what it shows and its latest, lowest and highest values. */
export function describeChart(metric: Metric, stat: string, period: Period, unit: string, summary: Summary | undefined): string {
  const what = `${METRIC_LABELS[metric]} (${stat}), ${PERIOD_LABELS[period].toLowerCase()}`;
  if (!summary) return `${what}: no data points.`;
  const v = (value: number) => formatValue(value, unit);
  return `${what}: ${summary.count} points; latest ${v(summary.latest)}, lowest ${v(summary.min)}, highest ${v(summary.max)}.`;
}
