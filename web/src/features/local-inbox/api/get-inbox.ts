import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import type { Page } from '@/lib/api-types';

import type { InboxMail } from '../types';
import { localInboxKeys } from './local-inbox-keys';

/** Local mode only: the mails the system sent to one address, newest first. */
export function getInbox(address: string, nextToken: string | undefined, signal?: AbortSignal): Promise<Page<InboxMail>> {
  return api.get<Page<InboxMail>>('/local/inbox', { params: { address, nextToken }, auth: false, signal });
}

export function getInboxQueryOptions(address: string, nextToken?: string) {
  return queryOptions({
    queryKey: localInboxKeys.mailbox(address, nextToken),
    queryFn: ({ signal }) => getInbox(address, nextToken, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    // New mail arrives while the user waits for a code.
    refetchInterval: 5000,
  });
}

export function useInbox({ address, nextToken, queryConfig }: { address: string; nextToken?: string; queryConfig?: QueryConfig }) {
  return useQuery({ ...getInboxQueryOptions(address, nextToken), enabled: address !== '', ...queryConfig });
}
