import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';

import type { AuditResult, InstanceState, StatusChecks } from '../types';

/** How a value shows: a word and an icon as well as a colour, so it reads the same without colour. */
type Look = { label: string; icon: string; tone: BadgeTone; busy?: boolean };

const stateLooks: Record<InstanceState, Look> = {
  pending: { label: 'Pending', icon: '◔', tone: 'info', busy: true },
  running: { label: 'Running', icon: '▶', tone: 'success' },
  stopping: { label: 'Stopping', icon: '◑', tone: 'warning', busy: true },
  stopped: { label: 'Stopped', icon: '■', tone: 'neutral' },
  'shutting-down': { label: 'Shutting down', icon: '◑', tone: 'warning', busy: true },
  terminated: { label: 'Terminated', icon: '✕', tone: 'danger' },
};

const checksLooks: Record<StatusChecks, Look> = {
  ok: { label: 'OK', icon: '✓', tone: 'success' },
  initializing: { label: 'Initializing', icon: '◔', tone: 'info', busy: true },
  impaired: { label: 'Impaired', icon: '✕', tone: 'danger' },
  'not-applicable': { label: 'Not applicable', icon: '–', tone: 'neutral' },
};

const resultLooks: Record<AuditResult, Look> = {
  ACCEPTED: { label: 'Accepted', icon: '✓', tone: 'success' },
  REJECTED: { label: 'Rejected', icon: '⊘', tone: 'warning' },
  FAILED: { label: 'Failed', icon: '✕', tone: 'danger' },
  PENDING: { label: 'Pending', icon: '◔', tone: 'info', busy: true },
};

export function stateLabel(state: InstanceState): string {
  return stateLooks[state].label;
}

export function checksLabel(checks: StatusChecks): string {
  return checksLooks[checks].label;
}

function LookBadge({ look }: { look: Look }) {
  return (
    <Badge tone={look.tone} className="gap-1 whitespace-nowrap">
      <span aria-hidden="true" className={cn('inline-block w-3 text-center', look.busy && 'motion-safe:animate-pulse')}>
        {look.icon}
      </span>
      {look.label}
    </Badge>
  );
}

export function StateBadge({ state }: { state: InstanceState }) {
  return <LookBadge look={stateLooks[state]} />;
}

export function ChecksBadge({ checks }: { checks: StatusChecks }) {
  return <LookBadge look={checksLooks[checks]} />;
}

export function ResultBadge({ result }: { result: AuditResult }) {
  return <LookBadge look={resultLooks[result]} />;
}

/** Says the instances are the local cloud's stand-in, not EC2 (`simulated: true`). */
export function SimulatedMarker() {
  return (
    <Badge tone="warning" className="gap-1">
      <span aria-hidden="true">⚙</span>
      Simulated fleet
      <span className="sr-only">: these instances are served by the local cloud, not by EC2</span>
    </Badge>
  );
}
