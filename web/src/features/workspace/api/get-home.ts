import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { Home } from '../types';
import { workspaceKeys } from './workspace-keys';

export function getHome(signal?: AbortSignal): Promise<Home> {
  return typedApi.get('/home', { signal }) as Promise<Home>;
}

export function getHomeQueryOptions() {
  return queryOptions({ queryKey: workspaceKeys.home(), queryFn: ({ signal }) => getHome(signal) });
}

export function useHome() {
  return useQuery(getHomeQueryOptions());
}
