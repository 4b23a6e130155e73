import type { FleetAction, Instance, InstanceState } from '../types';

/** What each action needs: stop and reboot a running instance, start a stopped one (else the API answers 409). */
const NEEDS: Record<FleetAction, InstanceState> = { reboot: 'running', stop: 'running', start: 'stopped' };

export function canAct(action: FleetAction, state: InstanceState): boolean {
  return NEEDS[action] === state;
}

export const ACTION_VERBS: Record<FleetAction, string> = { reboot: 'Reboot', stop: 'Stop', start: 'Start' };

/**
 * What the user must type to confirm: the instance's name (its id when it has none) for an action
 * that takes it down; nothing for a start.
 */
export function confirmNameOf(action: FleetAction, instance: Pick<Instance, 'name' | 'instanceId'>): string | undefined {
  if (action === 'start') return undefined;
  return instance.name.trim() || instance.instanceId;
}

/** After this long with checks ok and no sign of the reboot, it is taken to be over (EC2 may never show one). */
export const REBOOT_UNSEEN_MS = 30_000;
/** After this long the page stops following and refreshes as usual again. */
export const FOLLOW_LIMIT_MS = 5 * 60_000;

/** Whether this reading of the instance shows the action under way or done (not the state before it). */
export function showsEffect(action: FleetAction, instance: Pick<Instance, 'state' | 'statusChecks'>): boolean {
  if (action === 'reboot') return instance.state !== 'running' || instance.statusChecks !== 'ok';
  if (action === 'stop') return instance.state !== 'running';
  return instance.state !== 'stopped';
}

export type Progress = { text: string; settled: boolean };

/**
 * Where an accepted action has got to, from one reading of the instance: `settled` once it is
 * running with checks ok (start, reboot) or stopped (stop). A reboot keeps the state `running`, so it
 * is over only once its checks have been seen not ok, or after {@link REBOOT_UNSEEN_MS} without that.
 */
export function followProgress(action: FleetAction, instance: Pick<Instance, 'state' | 'statusChecks'>, sawEffect: boolean, elapsedMs: number): Progress {
  const { state, statusChecks } = instance;
  if (elapsedMs >= FOLLOW_LIMIT_MS) return { text: `Still ${state} after five minutes; no longer following`, settled: true };
  if (action === 'stop') {
    if (state === 'stopped') return { text: 'Stopped', settled: true };
    return { text: state === 'stopping' ? 'Stopping…' : 'Stop requested…', settled: false };
  }
  if (state === 'running' && statusChecks === 'ok') {
    if (action === 'start' || sawEffect || elapsedMs >= REBOOT_UNSEEN_MS) return { text: 'Running, checks ok', settled: true };
    return { text: 'Rebooting…', settled: false };
  }
  if (state === 'running') {
    return { text: `${action === 'reboot' ? 'Rebooting…' : 'Running,'} status checks ${statusChecks}`, settled: false };
  }
  if (state === 'pending') return { text: 'Starting… pending', settled: false };
  if (action === 'start' && state === 'stopped') return { text: 'Start requested…', settled: false };
  // Someone else stopped or terminated it meanwhile: nothing left to follow.
  return { text: `Now ${state}`, settled: true };
}
