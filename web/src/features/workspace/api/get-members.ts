import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Page } from '@/lib/api-types';
import { typedApi } from '@/lib/typed-api';

import type { Member } from '../types';
import { allItems, LIST_LIMIT } from './pages';
import { workspaceKeys } from './workspace-keys';

/** The whole team, in user-id order (the API's). */
export function getMembers(projectId: string, signal?: AbortSignal): Promise<Member[]> {
  return allItems(
    async (nextToken) =>
      (await typedApi.get('/projects/{id}/members', { path: { id: projectId }, params: { limit: LIST_LIMIT, nextToken }, signal })) as Page<Member>,
  );
}

export function getMembersQueryOptions(projectId: string) {
  return queryOptions({ queryKey: workspaceKeys.members(projectId), queryFn: ({ signal }) => getMembers(projectId, signal) });
}

export function useMembers({ projectId }: { projectId: string }) {
  return useQuery(getMembersQueryOptions(projectId));
}
