import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { QueryConfig } from '@/lib/query-client';
import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { InboxMail } from '../types';
import { localInboxKeys } from './local-inbox-keys';

/** Local mode only: the mails the system sent to one address, newest first, in one page (the server never pages). */
export async function getInbox(address: string, signal?: AbortSignal): Promise<Page<InboxMail>> {
  return (await typedApi.get('/local/inbox', { params: { address }, auth: false, signal })) as Page<InboxMail>;
}

export function getInboxQueryOptions(address: string) {
  return queryOptions({
    queryKey: localInboxKeys.mailbox(address),
    queryFn: ({ signal }) => getInbox(address, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    // New mail arrives while the user waits for a code.
    refetchInterval: 5000,
  });
}

export function useInbox({ address, queryConfig }: { address: string; queryConfig?: QueryConfig }) {
  return useQuery({ ...getInboxQueryOptions(address), enabled: address !== '', ...queryConfig });
}
