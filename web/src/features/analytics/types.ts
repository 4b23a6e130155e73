import type { Narrow, Schemas, Sent } from '@/lib/typed-api';

export const CHART_TYPES = ['deployments', 'generations', 'activity'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** 24h: hourly buckets; 7d and 30d: daily ones (docs/API.md "Analytics"). */
export const PERIODS = ['24h', '7d', '30d'] as const;
export type Period = (typeof PERIODS)[number];

/** A bucket's count of events from `start` (an instant) to the next bucket's start. */
export type Bucket = Sent<Schemas['BucketResponse']>;

/** Buckets oldest first, every one of the period present (0 when nothing happened). */
export type ChartData = Narrow<Sent<Schemas['ChartResponse']>, { chartType: ChartType; period: Period; buckets: Bucket[] }>;

/** Counts of the last 24 hours, from `since`. */
export type Realtime = Sent<Schemas['RealtimeResponse']>;

/** What a chart asks for; part of its query key. `projectId` absent: all the caller's projects. */
export type ChartQuery = { chartType: ChartType; period: Period; projectId?: string };

/** A project the chart can be narrowed to. */
export type ProjectChoice = { id: string; name: string };
