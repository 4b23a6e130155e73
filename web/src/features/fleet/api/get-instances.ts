import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { Instance, InstanceFilters } from '../types';
import { fleetKeys } from './fleet-keys';

export const INSTANCES_PAGE_SIZE = 20;

export async function getInstances(filters: InstanceFilters, signal?: AbortSignal): Promise<Page<Instance>> {
  const page = await typedApi.get('/fleet/instances', {
    params: {
      state: filters.state,
      type: filters.type,
      region: filters.region,
      search: filters.search,
      nextToken: filters.nextToken,
      limit: filters.limit ?? INSTANCES_PAGE_SIZE,
    },
    signal,
  });
  return page as Page<Instance>;
}

export function getInstancesQueryOptions(filters: InstanceFilters = {}) {
  return queryOptions({
    queryKey: fleetKeys.instances.list(filters),
    queryFn: ({ signal }) => getInstances(filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** `refetchInterval`: how often to read the page again (false: never); never while the tab is hidden. */
export function useInstances({ filters = {}, refetchInterval = false }: { filters?: InstanceFilters; refetchInterval?: number | false } = {}) {
  return useQuery({ ...getInstancesQueryOptions(filters), refetchInterval, refetchIntervalInBackground: false });
}
