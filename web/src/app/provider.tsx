import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';

import { createQueryClient } from '@/lib/query-client';
import { getSessionState, subscribeSession } from '@/lib/session';

/** Query cache plus one rule: when a session ends, nothing of that user's data stays cached. */
export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useEffect(
    () =>
      subscribeSession(() => {
        if (getSessionState().status === 'anonymous') client.clear();
      }),
    [client],
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
