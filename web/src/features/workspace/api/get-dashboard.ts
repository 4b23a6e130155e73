import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { Dashboard } from '../types';
import { workspaceKeys } from './workspace-keys';

export function getDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return typedApi.get('/dashboard', { signal }) as Promise<Dashboard>;
}

export function getDashboardQueryOptions() {
  return queryOptions({ queryKey: workspaceKeys.dashboard(), queryFn: ({ signal }) => getDashboard(signal) });
}

export function useDashboard() {
  return useQuery(getDashboardQueryOptions());
}
