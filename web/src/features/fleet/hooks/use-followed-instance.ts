import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';

import { fleetKeys } from '../api/fleet-keys';
import { useInstance } from '../api/get-instance';
import { followProgress, showsEffect, type Progress } from '../components/action-rules';
import type { FleetAction } from '../types';

/** How often the instance is read while an accepted action is followed. */
export const FOLLOW_REFETCH_MS = 2000;

type Followed = { action: FleetAction; since: number; sawEffect: boolean; done?: Progress };

/**
 * The instance, read every `refetchInterval` as usual, and every two seconds from an accepted
 * action (`follow`) until the instance has settled: running with checks ok, or stopped. `progress`
 * says where the action has got to, and keeps the last word once it has settled.
 */
export function useFollowedInstance(instanceId: string, refetchInterval: number | false) {
  const [followed, setFollowed] = useState<Followed>();
  const query = useInstance({ instanceId, refetchInterval: followed && !followed.done ? FOLLOW_REFETCH_MS : refetchInterval });
  const queryClient = useQueryClient();
  const instance = query.data;
  // Each reading counts, also one equal to the last: the time since the action moves on.
  const readAt = query.dataUpdatedAt;
  const progress = followed && instance ? (followed.done ?? followProgress(followed.action, instance, followed.sawEffect, readAt - followed.since)) : undefined;
  const following = progress !== undefined && !progress.settled;

  useEffect(() => {
    if (!followed || followed.done || !instance || !progress) return;
    if (progress.settled) {
      setFollowed({ ...followed, done: progress });
      // The lists show the new state, and the audit log the completed record.
      void queryClient.invalidateQueries({ queryKey: fleetKeys.instances.lists() });
      void queryClient.invalidateQueries({ queryKey: fleetKeys.audit.lists() });
    } else if (!followed.sawEffect && showsEffect(followed.action, instance)) {
      setFollowed({ ...followed, sawEffect: true });
    }
  }, [followed, instance, progress, queryClient]);

  const follow = useCallback((action: FleetAction) => {
    setFollowed({ action, since: Date.now(), sawEffect: false });
  }, []);

  return { query, progress, following, follow };
}
