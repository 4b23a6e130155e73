import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import type { QueryConfig } from '@/lib/query-client';

import type { ExecutionFilters, ExecutionSummary } from '../types';
import { serverOf, useConnection, type Connection } from './connection';
import { customersApi } from './customers-client';
import { customersKeys } from './customers-keys';

/** How often a view showing a RUNNING execution reads it again, until it has stopped. */
export const RUNNING_REFETCH_MS = 1000;

export async function getExecutions(connection: Connection | undefined, filters: ExecutionFilters, signal?: AbortSignal): Promise<Page<ExecutionSummary>> {
  const page = await customersApi(connection).get('/customers/executions', {
    params: { status: filters.status, nextToken: filters.nextToken, limit: filters.limit ?? 20 },
    signal,
  });
  return page as Page<ExecutionSummary>;
}

export function getExecutionsQueryOptions(connection: Connection | undefined, filters: ExecutionFilters = {}) {
  return queryOptions({
    queryKey: customersKeys.executions.list(serverOf(connection), filters),
    queryFn: ({ signal }) => getExecutions(connection, filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.items.some((execution) => execution.status === 'RUNNING') ? RUNNING_REFETCH_MS : false),
  });
}

export function useExecutions({ filters = {}, queryConfig }: { filters?: ExecutionFilters; queryConfig?: QueryConfig } = {}) {
  const connection = useConnection();
  return useQuery({ ...getExecutionsQueryOptions(connection, filters), ...queryConfig });
}
