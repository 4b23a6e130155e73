import { useMutation } from '@tanstack/react-query';

import type { Connection } from './connection';
import { customersApi } from './customers-client';

/** Reads one customer with the key: proves the address answers and the key may read customers. */
export async function testConnection(connection: Connection): Promise<void> {
  await customersApi(connection).get('/customers', { params: { limit: 1 } });
}

export function useTestConnection() {
  return useMutation({ mutationFn: testConnection });
}
