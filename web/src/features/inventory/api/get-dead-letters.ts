import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';
import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { DeadLetter } from '../types';
import { inventoryKeys } from './inventory-keys';

export async function getDeadLetters(nextToken: string | undefined, signal?: AbortSignal): Promise<Page<DeadLetter>> {
  return (await typedApi.get('/admin/dead-letters', { params: { nextToken, limit: 20 }, signal })) as Page<DeadLetter>;
}

export function getDeadLettersQueryOptions(nextToken?: string) {
  return queryOptions({
    queryKey: inventoryKeys.deadLetters.page(nextToken),
    queryFn: ({ signal }) => getDeadLetters(nextToken, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useDeadLetters({ nextToken, queryConfig }: { nextToken?: string; queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getDeadLettersQueryOptions(nextToken), ...queryConfig });
}
