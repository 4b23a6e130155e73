import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { SignInSession } from '../types';
import { settingsKeys } from './settings-keys';

export async function getSessions(signal?: AbortSignal): Promise<SignInSession[]> {
  return (await typedApi.get('/auth/sessions', { signal })) as SignInSession[];
}

export function getSessionsQueryOptions() {
  // Back to the tab after signing in elsewhere: the list shows the new session.
  return queryOptions({ queryKey: settingsKeys.sessions(), queryFn: ({ signal }) => getSessions(signal), staleTime: 0, refetchOnWindowFocus: true });
}

export function useSessions() {
  return useQuery(getSessionsQueryOptions());
}
