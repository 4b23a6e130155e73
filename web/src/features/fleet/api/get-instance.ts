import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { Instance } from '../types';
import { fleetKeys } from './fleet-keys';

export async function getInstance(instanceId: string, signal?: AbortSignal): Promise<Instance> {
  return (await typedApi.get('/fleet/instances/{instanceId}', { path: { instanceId }, signal })) as Instance;
}

export function getInstanceQueryOptions(instanceId: string) {
  return queryOptions({
    queryKey: fleetKeys.instances.detail(instanceId),
    queryFn: ({ signal }) => getInstance(instanceId, signal),
  });
}

/** `refetchInterval`: every ~10 s to keep it fresh, every ~2 s while an action is followed; never while the tab is hidden. */
export function useInstance({ instanceId, refetchInterval = false }: { instanceId: string; refetchInterval?: number | false }) {
  return useQuery({ ...getInstanceQueryOptions(instanceId), refetchInterval, refetchIntervalInBackground: false });
}
