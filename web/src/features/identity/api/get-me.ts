import { queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { identityKeys } from './identity-keys';
import type { Me } from '../types';

export async function getMe(): Promise<Me> {
  return (await typedApi.get('/auth/me', {})) as Me;
}

export function getMeQueryOptions() {
  return queryOptions({ queryKey: identityKeys.me(), queryFn: getMe, staleTime: 5 * 60_000 });
}

export function useMe({ queryConfig }: { queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getMeQueryOptions(), ...queryConfig });
}
