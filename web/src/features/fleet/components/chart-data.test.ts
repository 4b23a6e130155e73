import { describe, expect, it } from 'vitest';

import { describeChart, formatValue, summarize, toChartRows, unitLabel } from './chart-data';

describe('chart data', () => {
  it('turns the points into rows in epoch milliseconds, leaving out unreadable ones', () => {
    const rows = toChartRows([
      { timestamp: '2026-11-29T10:00:00.000Z', value: 12.5 },
      { timestamp: 'not a time', value: 3 },
      { timestamp: '2026-11-29T10:01:00.000Z', value: Number.NaN },
      { timestamp: '2026-11-29T10:02:00.000Z', value: 0 },
    ]);
    expect(rows).toEqual([
      { time: Date.UTC(2026, 10, 29, 10, 0), value: 12.5 },
      { time: Date.UTC(2026, 10, 29, 10, 2), value: 0 },
    ]);
  });

  it('summarizes the latest, lowest and highest value, and nothing for no points', () => {
    expect(summarize([{ time: 1, value: 5 }, { time: 2, value: 9 }, { time: 3, value: 2 }])).toEqual({ latest: 2, min: 2, max: 9, count: 3 });
    expect(summarize([])).toBeUndefined();
  });

  it('writes values with their unit', () => {
    expect(formatValue(42.46, 'Percent')).toBe('42.5 %');
    expect(formatValue(950, 'Bytes')).toBe('950 B');
    expect(formatValue(1_250_000, 'Bytes')).toBe('1.3 MB');
    expect(formatValue(1, 'Count')).toBe('1');
    expect(unitLabel('Percent')).toBe('%');
    expect(unitLabel('Bytes')).toBe('Bytes');
  });

  it('describes the chart in words for those who cannot see it', () => {
    expect(describeChart('CPUUtilization', 'Average', '6h', 'Percent', { latest: 12, min: 3.25, max: 80, count: 72 })).toBe(
      'CPU utilization (Average), last 6 hours: 72 points; latest 12 %, lowest 3.3 %, highest 80 %.',
    );
    expect(describeChart('NetworkIn', 'Sum', '7d', 'Bytes', undefined)).toBe('Network in (Sum), last 7 days: no data points.');
  });
});
