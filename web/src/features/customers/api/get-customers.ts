import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import type { QueryConfig } from '@/lib/query-client';

import type { Customer, CustomerFilters } from '../types';
import { serverOf, useConnection, type Connection } from './connection';
import { customersApi } from './customers-client';
import { customersKeys } from './customers-keys';

export const CUSTOMERS_PAGE_SIZE = 20;

export async function getCustomers(connection: Connection | undefined, filters: CustomerFilters, signal?: AbortSignal): Promise<Page<Customer>> {
  const page = await customersApi(connection).get('/customers', {
    params: { prefix: filters.prefix, nextToken: filters.nextToken, limit: filters.limit ?? CUSTOMERS_PAGE_SIZE },
    signal,
  });
  return page as Page<Customer>;
}

export function getCustomersQueryOptions(connection: Connection | undefined, filters: CustomerFilters = {}) {
  return queryOptions({
    queryKey: customersKeys.customers.list(serverOf(connection), filters),
    queryFn: ({ signal }) => getCustomers(connection, filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCustomers({ filters = {}, queryConfig }: { filters?: CustomerFilters; queryConfig?: QueryConfig } = {}) {
  const connection = useConnection();
  return useQuery({ ...getCustomersQueryOptions(connection, filters), ...queryConfig });
}
