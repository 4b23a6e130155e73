import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';
import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { AdminUser } from '../types';
import { identityKeys } from './identity-keys';

export async function getUsers(nextToken: string | undefined, signal?: AbortSignal): Promise<Page<AdminUser>> {
  return (await typedApi.get('/admin/users', { params: { nextToken, limit: 20 }, signal })) as Page<AdminUser>;
}

export function getUsersQueryOptions(nextToken?: string) {
  return queryOptions({
    queryKey: identityKeys.users.page(nextToken),
    queryFn: ({ signal }) => getUsers(nextToken, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers({ nextToken, queryConfig }: { nextToken?: string; queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getUsersQueryOptions(nextToken), ...queryConfig });
}
