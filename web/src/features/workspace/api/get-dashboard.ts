import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Dashboard } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

export function getDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return workspaceApi.get<Dashboard>('/dashboard', { signal });
}

export function getDashboardQueryOptions() {
  return queryOptions({ queryKey: workspaceKeys.dashboard(), queryFn: ({ signal }) => getDashboard(signal) });
}

export function useDashboard() {
  return useQuery(getDashboardQueryOptions());
}
