import { queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';

import type { WorkflowDefinition } from '../workflow-definition';
import { serverOf, useConnection, type Connection } from './connection';
import { customersApi } from './customers-client';
import { customersKeys } from './customers-keys';

/** The registration workflow's Amazon States Language document, as deployed. */
export async function getWorkflow(connection: Connection | undefined, signal?: AbortSignal): Promise<WorkflowDefinition> {
  // The document publishes the ASL document as a bare JSON object; workflow-definition.ts reads it.
  return (await customersApi(connection).get('/customers/workflow', { signal })) as WorkflowDefinition;
}

export function getWorkflowQueryOptions(connection: Connection | undefined) {
  return queryOptions({
    queryKey: customersKeys.workflow(serverOf(connection)),
    queryFn: ({ signal }) => getWorkflow(connection, signal),
    // The definition ships with the app: it changes with a deployment, not while a page is open.
    staleTime: Infinity,
  });
}

export function useWorkflow({ queryConfig }: { queryConfig?: QueryConfig } = {}) {
  const connection = useConnection();
  return useQuery({ ...getWorkflowQueryOptions(connection), ...queryConfig });
}
