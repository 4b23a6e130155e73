import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { QueryConfig } from '@/lib/query-client';

import type { Execution } from '../types';
import { serverOf, useConnection, type Connection } from './connection';
import { customersApi } from './customers-client';
import { customersKeys } from './customers-keys';
import { RUNNING_REFETCH_MS } from './get-executions';

export async function getExecution(connection: Connection | undefined, executionId: string, signal?: AbortSignal): Promise<Execution> {
  return (await customersApi(connection).get('/customers/executions/{executionId}', { path: { executionId }, signal })) as Execution;
}

/** Read again every second while RUNNING; a stopped execution never changes, so it then stays cached. */
export function getExecutionQueryOptions(connection: Connection | undefined, executionId: string) {
  return queryOptions({
    queryKey: customersKeys.executions.detail(serverOf(connection), executionId),
    queryFn: ({ signal }) => getExecution(connection, executionId, signal),
    staleTime: (query) => (query.state.data?.status === 'RUNNING' ? 0 : Infinity),
    refetchInterval: (query) => (query.state.data?.status === 'RUNNING' ? RUNNING_REFETCH_MS : false),
  });
}

export function useExecution({ executionId, queryConfig }: { executionId: string; queryConfig?: QueryConfig }) {
  const connection = useConnection();
  const queryClient = useQueryClient();
  const query = useQuery({ ...getExecutionQueryOptions(connection, executionId), ...queryConfig });
  const status = query.data?.status;
  useEffect(() => {
    // A registration that has stopped changed the customers (or the executions page's statuses).
    if (status && status !== 'RUNNING') {
      void queryClient.invalidateQueries({ queryKey: customersKeys.customers.lists(serverOf(connection)) });
      void queryClient.invalidateQueries({ queryKey: customersKeys.executions.lists(serverOf(connection)) });
    }
  }, [status, connection, queryClient]);
  return query;
}
