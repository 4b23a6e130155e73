import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import type { QueryConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { ApiKey } from '../types';
import { identityKeys } from './identity-keys';

export async function getApiKeys(nextToken: string | undefined, signal?: AbortSignal): Promise<Page<ApiKey>> {
  return (await typedApi.get('/admin/api-keys', { params: { nextToken, limit: 20 }, signal })) as Page<ApiKey>;
}

export function getApiKeysQueryOptions(nextToken?: string) {
  return queryOptions({
    queryKey: identityKeys.apiKeys.page(nextToken),
    queryFn: ({ signal }) => getApiKeys(nextToken, signal),
    placeholderData: keepPreviousData,
  });
}

export function useApiKeys({ nextToken, queryConfig }: { nextToken?: string; queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getApiKeysQueryOptions(nextToken), ...queryConfig });
}
