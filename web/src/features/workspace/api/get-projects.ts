import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { PageFilters, Project } from '../types';
import { workspaceKeys } from './workspace-keys';

export const PROJECTS_PAGE_SIZE = 20;

export async function getProjects(filters: PageFilters, signal?: AbortSignal): Promise<Page<Project>> {
  const page = await typedApi.get('/projects', { params: { nextToken: filters.nextToken, limit: filters.limit ?? PROJECTS_PAGE_SIZE }, signal });
  return page as Page<Project>;
}

export function getProjectsQueryOptions(filters: PageFilters = {}) {
  return queryOptions({
    queryKey: workspaceKeys.projects.list(filters),
    queryFn: ({ signal }) => getProjects(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProjects({ filters = {} }: { filters?: PageFilters } = {}) {
  return useQuery(getProjectsQueryOptions(filters));
}
