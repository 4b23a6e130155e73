import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { AuditEntry, AuditFilters } from '../types';
import { fleetKeys } from './fleet-keys';

export const AUDIT_PAGE_SIZE = 20;

const PENDING_REFETCH_MS = 2000;

/** The filters as the API names them: those of the page, and of the CSV export without paging. */
export function auditParams(filters: AuditFilters) {
  return { instanceId: filters.instanceId, userId: filters.userId, action: filters.action, from: filters.from, to: filters.to };
}

export async function getAudit(filters: AuditFilters, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  const page = await typedApi.get('/fleet/audit', {
    params: { ...auditParams(filters), nextToken: filters.nextToken, limit: filters.limit ?? AUDIT_PAGE_SIZE },
    signal,
  });
  return page as Page<AuditEntry>;
}

export function getAuditQueryOptions(filters: AuditFilters = {}) {
  return queryOptions({
    queryKey: fleetKeys.audit.list(filters),
    queryFn: ({ signal }) => getAudit(filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    // A PENDING entry is an action whose EC2 call is under way: it completes within seconds.
    refetchInterval: (query) => (query.state.data?.items.some((entry) => entry.result === 'PENDING') ? PENDING_REFETCH_MS : false),
  });
}

export function useAudit({ filters = {} }: { filters?: AuditFilters } = {}) {
  return useQuery(getAuditQueryOptions(filters));
}
