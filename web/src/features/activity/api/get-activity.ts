import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { Activity, ActivityFilters } from '../types';
import { activityKeys } from './activity-keys';

export const ACTIVITY_PAGE_SIZE = 20;

export async function getActivity(filters: ActivityFilters, signal?: AbortSignal): Promise<Page<Activity>> {
  const { projectId, type, nextToken, limit = ACTIVITY_PAGE_SIZE } = filters;
  const page = await typedApi.get('/activity', { params: { projectId, type, nextToken, limit }, signal });
  return page as Page<Activity>;
}

export function getActivityQueryOptions(filters: ActivityFilters = {}) {
  return queryOptions({
    queryKey: activityKeys.list(filters),
    queryFn: ({ signal }) => getActivity(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useActivity({ filters = {} }: { filters?: ActivityFilters } = {}) {
  return useQuery(getActivityQueryOptions(filters));
}
