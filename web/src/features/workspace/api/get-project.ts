import { queryOptions, useQuery } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { Project } from '../types';
import { workspaceKeys } from './workspace-keys';

export function getProject(projectId: string, signal?: AbortSignal): Promise<Project> {
  return typedApi.get('/projects/{id}', { path: { id: projectId }, signal }) as Promise<Project>;
}

export function getProjectQueryOptions(projectId: string) {
  return queryOptions({ queryKey: workspaceKeys.projects.detail(projectId), queryFn: ({ signal }) => getProject(projectId, signal) });
}

export function useProject({ projectId, enabled = true }: { projectId: string; enabled?: boolean }) {
  return useQuery({ ...getProjectQueryOptions(projectId), enabled });
}
