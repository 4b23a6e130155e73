import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { ProjectChoice } from '../types';
import { analyticsKeys } from './analytics-keys';

/** The API's largest page: the select offers the caller's first hundred projects. */
const CHOICES = 100;

/** The caller's projects as the project select names them. */
export async function getProjectChoices(signal?: AbortSignal): Promise<ProjectChoice[]> {
  const page = await typedApi.get('/projects', { params: { limit: CHOICES }, signal });
  return (page.items ?? []).map((project) => ({ id: project.id ?? '', name: project.name ?? '' })).filter((project) => project.id);
}

export function getProjectChoicesQueryOptions() {
  return queryOptions({ queryKey: analyticsKeys.projects(), queryFn: ({ signal }) => getProjectChoices(signal) });
}

export function useProjectChoices() {
  return useQuery(getProjectChoicesQueryOptions());
}
