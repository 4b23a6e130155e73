import type { ChartQuery } from '../types';

/** Every query key of the analytics feature; broader keys are prefixes of narrower ones. */
export const analyticsKeys = {
  all: ['analytics'] as const,
  chart: (query: ChartQuery) => [...analyticsKeys.all, 'chart', query] as const,
  realtime: (projectId: string | undefined) => [...analyticsKeys.all, 'realtime', projectId ?? null] as const,
  projects: () => [...analyticsKeys.all, 'projects'] as const,
};
