import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { ChartData, ChartQuery } from '../types';
import { analyticsKeys } from './analytics-keys';

export async function getChartData(query: ChartQuery, signal?: AbortSignal): Promise<ChartData> {
  const data = await typedApi.get('/analytics/chart-data', { params: query, signal });
  return data as ChartData;
}

export function getChartDataQueryOptions(query: ChartQuery) {
  return queryOptions({
    queryKey: analyticsKeys.chart(query),
    queryFn: ({ signal }) => getChartData(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useChartData({ query }: { query: ChartQuery }) {
  return useQuery(getChartDataQueryOptions(query));
}
