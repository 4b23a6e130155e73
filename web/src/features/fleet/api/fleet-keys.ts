import type { AuditFilters, InstanceFilters, MetricQuery } from '../types';

/**
 * Every query key of the fleet feature. Broader keys are prefixes of narrower ones, so an action
 * invalidates every list, or one instance with its metrics, in one call.
 */
export const fleetKeys = {
  all: ['fleet'] as const,
  instances: {
    all: () => [...fleetKeys.all, 'instances'] as const,
    lists: () => [...fleetKeys.instances.all(), 'list'] as const,
    list: (filters: InstanceFilters) => [...fleetKeys.instances.lists(), filters] as const,
    detail: (instanceId: string) => [...fleetKeys.instances.all(), 'detail', instanceId] as const,
    metrics: (instanceId: string, query: MetricQuery) => [...fleetKeys.instances.detail(instanceId), 'metrics', query] as const,
  },
  audit: {
    lists: () => [...fleetKeys.all, 'audit', 'list'] as const,
    list: (filters: AuditFilters) => [...fleetKeys.audit.lists(), filters] as const,
  },
};
