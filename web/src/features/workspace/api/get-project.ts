import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Project } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

export function getProject(projectId: string, signal?: AbortSignal): Promise<Project> {
  return workspaceApi.get<Project>('/projects/{id}', { path: { id: projectId }, signal });
}

export function getProjectQueryOptions(projectId: string) {
  return queryOptions({ queryKey: workspaceKeys.projects.detail(projectId), queryFn: ({ signal }) => getProject(projectId, signal) });
}

export function useProject({ projectId, enabled = true }: { projectId: string; enabled?: boolean }) {
  return useQuery({ ...getProjectQueryOptions(projectId), enabled });
}
