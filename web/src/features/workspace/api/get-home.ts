import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Home } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

export function getHome(signal?: AbortSignal): Promise<Home> {
  return workspaceApi.get<Home>('/home', { signal });
}

export function getHomeQueryOptions() {
  return queryOptions({ queryKey: workspaceKeys.home(), queryFn: ({ signal }) => getHome(signal) });
}

export function useHome() {
  return useQuery(getHomeQueryOptions());
}
