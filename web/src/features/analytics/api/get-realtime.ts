import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { Realtime } from '../types';
import { analyticsKeys } from './analytics-keys';

/** The counters are "realtime": read them again every half minute while the page is shown. */
export const REALTIME_REFRESH_MS = 30_000;

export async function getRealtime(projectId: string | undefined, signal?: AbortSignal): Promise<Realtime> {
  const data = await typedApi.get('/analytics/realtime', { params: { projectId }, signal });
  return data as Realtime;
}

export function getRealtimeQueryOptions(projectId?: string) {
  return queryOptions({
    queryKey: analyticsKeys.realtime(projectId),
    queryFn: ({ signal }) => getRealtime(projectId, signal),
    refetchInterval: REALTIME_REFRESH_MS,
  });
}

export function useRealtime({ projectId }: { projectId?: string } = {}) {
  return useQuery(getRealtimeQueryOptions(projectId));
}
