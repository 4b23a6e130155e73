import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';

import type { CustomerDeleted } from '../types';
import { serverOf, useConnection, type Connection } from './connection';
import { customersApi } from './customers-client';
import { customersKeys } from './customers-keys';

export async function deleteCustomer(connection: Connection | undefined, customerId: string): Promise<CustomerDeleted> {
  return (await customersApi(connection).delete('/customers/{id}', { path: { id: customerId } })) as CustomerDeleted;
}

export function useDeleteCustomer({ mutationConfig }: { mutationConfig?: MutationConfig<(input: { customerId: string }) => Promise<CustomerDeleted>> } = {}) {
  const connection = useConnection();
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: ({ customerId }: { customerId: string }) => deleteCustomer(connection, customerId),
    onSuccess: (answer, variables) => {
      void queryClient.invalidateQueries({ queryKey: customersKeys.customers.lists(serverOf(connection)) });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}
