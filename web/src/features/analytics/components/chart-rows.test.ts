import { afterEach, describe, expect, it } from 'vitest';

import { setDisplayTimeZone } from '@/lib/time-zone';

import { bucketLabel, describeChart, toChartRows } from './chart-rows';

describe('chart rows', () => {
  afterEach(() => {
    setDisplayTimeZone(undefined);
  });

  it('labels hours in the user’s zone and days by their UTC date', () => {
    setDisplayTimeZone('Asia/Kolkata');
    expect(bucketLabel(Date.parse('2026-11-30T10:00:00Z'), '24h', 'en-GB')).toBe('15:30');
    expect(bucketLabel(Date.parse('2026-11-30T00:00:00Z'), '7d', 'en-GB')).toBe('Mon 30 Nov');
    setDisplayTimeZone('America/Los_Angeles');
    expect(bucketLabel(Date.parse('2026-11-30T00:00:00Z'), '30d', 'en-GB')).toBe('Mon 30 Nov');
  });

  it('leaves out a bucket with an unreadable start', () => {
    const rows = toChartRows([{ start: '2026-11-30T00:00:00Z', count: 2 }, { start: 'soon', count: 1 }], '7d', 'en-GB');
    expect(rows).toEqual([{ start: Date.parse('2026-11-30T00:00:00Z'), count: 2, label: 'Mon 30 Nov' }]);
  });

  it('captions the total and the busiest bucket in words', () => {
    const rows = toChartRows(
      [
        { start: '2026-11-29T00:00:00Z', count: 1 },
        { start: '2026-11-30T00:00:00Z', count: 4 },
      ],
      '7d',
      'en-GB',
    );
    expect(describeChart('deployments', '7d', rows)).toBe('Deployments per day, last 7 days: 5 in total; the most, 4, in the day of Mon 30 Nov.');
    expect(describeChart('activity', '24h', [])).toBe('Activity entries per hour, last 24 hours: none.');
  });
});
