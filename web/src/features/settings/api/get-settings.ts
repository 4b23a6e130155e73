import { queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Settings } from '../types';
import { settingsKeys } from './settings-keys';

export async function getSettings(signal?: AbortSignal): Promise<Settings> {
  return (await typedApi.get('/settings', { signal })) as Settings;
}

export function getSettingsQueryOptions() {
  return queryOptions({ queryKey: settingsKeys.settings(), queryFn: ({ signal }) => getSettings(signal), staleTime: 5 * 60_000 });
}

export function useSettings({ queryConfig }: { queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getSettingsQueryOptions(), ...queryConfig });
}
