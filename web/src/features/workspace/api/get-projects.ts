import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';

import type { PageFilters, Project } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

export const PROJECTS_PAGE_SIZE = 20;

export function getProjects(filters: PageFilters, signal?: AbortSignal): Promise<Page<Project>> {
  return workspaceApi.get<Page<Project>>('/projects', {
    params: { nextToken: filters.nextToken, limit: filters.limit ?? PROJECTS_PAGE_SIZE },
    signal,
  });
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
