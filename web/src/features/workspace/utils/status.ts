import type { BadgeTone } from '@/components/ui/badge';

import type { DeploymentStatus, GenerationStatus } from '../types';

/** How often a view showing unfinished work reads it again. */
export const LIVE_REFETCH_MS = 1000;

/** A generation still being worked on changes by itself; READY and FAILED never change again. */
export function isGenerationActive(status: GenerationStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/** How often a view reads a live app's deployment again: it prints lines and stops by itself, but seldom. */
export const RUNNING_APP_REFETCH_MS = 5000;

/** FAILED, CANCELLED and STOPPED are final: no more status changes, no more log lines. */
export function isDeploymentOver(status: DeploymentStatus): boolean {
  return status === 'FAILED' || status === 'CANCELLED' || status === 'STOPPED';
}

/**
 * How often a view showing a deployment in this status reads it again: every second while it is
 * built and started, every few seconds while its app runs (SUCCEEDED turns STOPPED once the app
 * stops), never once it is over.
 */
export function deploymentRefetchMs(status: DeploymentStatus): number | false {
  if (isDeploymentOver(status)) return false;
  return status === 'SUCCEEDED' ? RUNNING_APP_REFETCH_MS : LIVE_REFETCH_MS;
}

/** For a list: as often as its liveliest deployment needs. */
export function deploymentsRefetchMs(statuses: DeploymentStatus[]): number | false {
  const waits = statuses.map(deploymentRefetchMs).filter((ms) => ms !== false);
  return waits.length > 0 ? Math.min(...waits) : false;
}

const tones: Record<GenerationStatus | DeploymentStatus, BadgeTone> = {
  QUEUED: 'neutral',
  RUNNING: 'info',
  BUILDING: 'info',
  DEPLOYING: 'info',
  READY: 'success',
  SUCCEEDED: 'success',
  FAILED: 'danger',
  CANCELLED: 'warning',
  STOPPED: 'neutral',
};

export function statusTone(status: GenerationStatus | DeploymentStatus): BadgeTone {
  return tones[status];
}

/** "BUILDING" → "Building". */
export function statusLabel(status: GenerationStatus | DeploymentStatus): string {
  return status.charAt(0) + status.slice(1).toLowerCase();
}

/** Moved to the shared formatters: other features show sizes too. */
export { formatBytes } from '@/lib/format';
