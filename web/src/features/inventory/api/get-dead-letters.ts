import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import type { Page } from '@/lib/api-types';

import type { DeadLetter } from '../types';
import { inventoryKeys } from './inventory-keys';

export function getDeadLetters(nextToken: string | undefined, signal?: AbortSignal): Promise<Page<DeadLetter>> {
  return api.get<Page<DeadLetter>>('/admin/dead-letters', { params: { nextToken, limit: 20 }, signal });
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
