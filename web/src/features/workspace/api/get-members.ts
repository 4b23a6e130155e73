import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';

import type { Member } from '../types';
import { itemsOf, workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

export async function getMembers(projectId: string, signal?: AbortSignal): Promise<Member[]> {
  const data = await workspaceApi.get<Page<Member> | Member[]>('/projects/{id}/members', { path: { id: projectId }, params: { limit: 100 }, signal });
  return itemsOf(data);
}

export function getMembersQueryOptions(projectId: string) {
  return queryOptions({ queryKey: workspaceKeys.members(projectId), queryFn: ({ signal }) => getMembers(projectId, signal) });
}

export function useMembers({ projectId }: { projectId: string }) {
  return useQuery(getMembersQueryOptions(projectId));
}
