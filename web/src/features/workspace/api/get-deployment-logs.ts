import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { typedApi } from '@/lib/typed-api';

import type { LogChunk, LogLine } from '../types';
import { workspaceKeys } from './workspace-keys';

/** The lines read so far and where the next read starts (undefined: from the first line). */
export type LogState = { lines: LogLine[]; after?: number };

/** Lines whose `seq` is greater than `after`; without `after`, from the first line. */
export function getDeploymentLogs(deploymentId: string, after: number | undefined, signal?: AbortSignal): Promise<LogChunk> {
  return typedApi.get('/deployments/{id}/logs', { path: { id: deploymentId }, params: { after }, signal }) as Promise<LogChunk>;
}

/** Adds a chunk to what was read, once each: a line already held (a retried read) is not shown twice. */
export function appendChunk(state: LogState | undefined, chunk: LogChunk): LogState {
  const lines = state?.lines ?? [];
  const last = lines.at(-1)?.seq ?? -Infinity;
  const fresh = chunk.lines.filter((line) => line.seq > last).sort((a, b) => a.seq - b.seq);
  const after = Math.max(chunk.nextAfter, fresh.at(-1)?.seq ?? -Infinity, state?.after ?? -Infinity);
  return { lines: fresh.length > 0 ? [...lines, ...fresh] : lines, after: Number.isFinite(after) ? after : undefined };
}

/**
 * The deployment's build and run log, followed with `?after=` every `refetchMs` (false: not
 * followed), and read once more when following stops, for the lines written as it ended.
 */
export function useDeploymentLog({ deploymentId, refetchMs }: { deploymentId: string; refetchMs: number | false }) {
  const live = refetchMs !== false;
  const queryClient = useQueryClient();
  const key = workspaceKeys.deployments.logs(deploymentId);
  const query = useQuery({
    queryKey: key,
    queryFn: async ({ signal }) => {
      const chunk = await getDeploymentLogs(deploymentId, queryClient.getQueryData<LogState>(key)?.after, signal);
      return appendChunk(queryClient.getQueryData<LogState>(key), chunk);
    },
    staleTime: live ? 0 : Infinity,
    refetchInterval: refetchMs,
  });
  const wasLive = useRef(live);
  const { refetch } = query;
  useEffect(() => {
    if (wasLive.current && !live) void refetch();
    wasLive.current = live;
  }, [live, refetch]);
  return query;
}
