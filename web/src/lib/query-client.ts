import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

import { ApiError } from '@/lib/api-client';

const defaultOptions: DefaultOptions = {
  queries: {
    staleTime: 30_000,
    refetchOnWindowFocus: false,
    // Client errors will not fix themselves; retry only what may be transient.
    retry: (failureCount, error) => {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
      return failureCount < 2;
    },
  },
};

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions });
}

/** Options a feature hook accepts to tune its query (bulletproof-react's QueryConfig). */
export type QueryConfig = { enabled?: boolean };

type AsyncFn = (input: never) => Promise<unknown>;

/** Options a feature's mutation hook accepts (bulletproof-react's MutationConfig). */
export type MutationConfig<F extends AsyncFn> = {
  onSuccess?: (data: Awaited<ReturnType<F>>, variables: Parameters<F>[0]) => void;
  onError?: (error: Error, variables: Parameters<F>[0]) => void;
};
