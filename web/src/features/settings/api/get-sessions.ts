import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { SignInSession } from '../types';
import { settingsKeys } from './settings-keys';

export async function getSessions(signal?: AbortSignal): Promise<SignInSession[]> {
  const data = await typedApi.get('/auth/sessions', { signal });
  return (Array.isArray(data) ? data : (data as { items?: SignInSession[] }).items ?? []) as SignInSession[];
}

export function getSessionsQueryOptions() {
  return queryOptions({ queryKey: settingsKeys.sessions(), queryFn: ({ signal }) => getSessions(signal), staleTime: 0 });
}

export function useSessions() {
  return useQuery(getSessionsQueryOptions());
}
