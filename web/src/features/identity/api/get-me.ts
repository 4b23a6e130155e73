import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import type { Role } from '@/lib/authorization';

import { identityKeys } from './identity-keys';

export type Me = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  emailVerified: boolean;
  createdAt: string;
};

export function getMe(): Promise<Me> {
  return api.get<Me>('/auth/me');
}

export function getMeQueryOptions() {
  return queryOptions({ queryKey: identityKeys.me(), queryFn: getMe, staleTime: 5 * 60_000 });
}

export function useMe({ queryConfig }: { queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getMeQueryOptions(), ...queryConfig });
}
