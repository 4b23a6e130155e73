import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import type { DeadLetter, Page } from '@/types/api';

export function getDeadLetters(nextToken: string | undefined, signal?: AbortSignal): Promise<Page<DeadLetter>> {
  return api.get<Page<DeadLetter>>('/admin/dead-letters', { params: { nextToken, limit: 20 }, signal });
}

export function getDeadLettersQueryOptions(nextToken?: string) {
  return queryOptions({
    queryKey: ['admin', 'dead-letters', nextToken ?? null],
    queryFn: ({ signal }) => getDeadLetters(nextToken, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useDeadLetters({ nextToken, queryConfig }: { nextToken?: string; queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getDeadLettersQueryOptions(nextToken), ...queryConfig });
}
