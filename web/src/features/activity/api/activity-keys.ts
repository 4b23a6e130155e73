import type { ActivityFilters } from '../types';

/** Every query key of the activity feature; broader keys are prefixes of narrower ones. */
export const activityKeys = {
  all: ['activity'] as const,
  list: (filters: ActivityFilters) => [...activityKeys.all, 'list', filters] as const,
};
