import type { CustomerFilters, ExecutionFilters } from '../types';

/**
 * Every query key of the customers feature. The second part names the server (this Stratus or the
 * one in the settings), so data read from another Stratus never shows as ours; broader keys are
 * prefixes of narrower ones, so a mutation invalidates a whole family with one call.
 */
export const customersKeys = {
  all: ['customers'] as const,
  on: (server: string) => [...customersKeys.all, server] as const,
  customers: {
    lists: (server: string) => [...customersKeys.on(server), 'list'] as const,
    list: (server: string, filters: CustomerFilters) => [...customersKeys.customers.lists(server), filters] as const,
  },
  executions: {
    all: (server: string) => [...customersKeys.on(server), 'executions'] as const,
    lists: (server: string) => [...customersKeys.executions.all(server), 'list'] as const,
    list: (server: string, filters: ExecutionFilters) => [...customersKeys.executions.lists(server), filters] as const,
    detail: (server: string, executionId: string) => [...customersKeys.executions.all(server), 'detail', executionId] as const,
  },
  workflow: (server: string) => [...customersKeys.on(server), 'workflow'] as const,
};
