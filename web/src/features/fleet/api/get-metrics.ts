import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { MetricQuery, MetricSeries } from '../types';
import { fleetKeys } from './fleet-keys';

export async function getMetrics(instanceId: string, query: MetricQuery, signal?: AbortSignal): Promise<MetricSeries> {
  return (await typedApi.get('/fleet/instances/{instanceId}/metrics', { path: { instanceId }, params: query, signal })) as MetricSeries;
}

export function getMetricsQueryOptions(instanceId: string, query: MetricQuery) {
  return queryOptions({
    queryKey: fleetKeys.instances.metrics(instanceId, query),
    queryFn: ({ signal }) => getMetrics(instanceId, query, signal),
    // Another metric or period keeps the old chart up until the new one is there, instead of a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useMetrics({ instanceId, query, refetchInterval = false }: { instanceId: string; query: MetricQuery; refetchInterval?: number | false }) {
  return useQuery({ ...getMetricsQueryOptions(instanceId, query), refetchInterval, refetchIntervalInBackground: false });
}
