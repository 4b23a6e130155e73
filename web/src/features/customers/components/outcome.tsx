import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';

import type { ExecutionStatus, ExecutionStep, StepStatus } from '../types';

/** What became of a state in one execution; `not-entered` when no step ran it. */
export type Outcome = 'not-entered' | 'running' | 'succeeded' | 'failed' | 'caught';

export const OUTCOMES: readonly Outcome[] = ['not-entered', 'running', 'succeeded', 'failed', 'caught'];

/**
 * Each outcome has a colour, and also an icon and a word, so the graph and its legend read the
 * same without colour (colour-blind users, a grey-scale print).
 */
const looks: Record<Outcome, { label: string; icon: string; tone: BadgeTone; node: string }> = {
  'not-entered': { label: 'Not entered', icon: '○', tone: 'neutral', node: 'border-dashed border-slate-400 bg-white text-slate-700' },
  running: { label: 'Running', icon: '◔', tone: 'info', node: 'border-blue-600 bg-blue-50 text-blue-950' },
  succeeded: { label: 'Succeeded', icon: '✓', tone: 'success', node: 'border-green-700 bg-green-50 text-green-950' },
  failed: { label: 'Failed', icon: '✕', tone: 'danger', node: 'border-red-700 bg-red-50 text-red-950' },
  caught: { label: 'Caught', icon: '↪', tone: 'warning', node: 'border-amber-600 bg-amber-50 text-amber-950' },
};

const fromStatus: Record<StepStatus | ExecutionStatus, Outcome> = {
  RUNNING: 'running',
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
  CAUGHT: 'caught',
};

export function outcomeOfStatus(status: StepStatus | ExecutionStatus): Outcome {
  return fromStatus[status];
}

/** The state's last step decides (a loop may enter a state more than once). */
export function outcomeOfState(name: string, steps: readonly ExecutionStep[]): Outcome {
  const last = [...steps].reverse().find((step) => step.name === name);
  return last ? fromStatus[last.status] : 'not-entered';
}

export function outcomeLabel(outcome: Outcome): string {
  return looks[outcome].label;
}

export function outcomeNodeClasses(outcome: Outcome): string {
  return looks[outcome].node;
}

export function OutcomeIcon({ outcome, className }: { outcome: Outcome; className?: string }) {
  return (
    <span aria-hidden="true" className={cn('inline-block w-4 text-center font-bold', outcome === 'running' && 'motion-safe:animate-pulse', className)}>
      {looks[outcome].icon}
    </span>
  );
}

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return (
    <Badge tone={looks[outcome].tone} className="gap-1">
      <OutcomeIcon outcome={outcome} />
      {looks[outcome].label}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: StepStatus | ExecutionStatus }) {
  return <OutcomeBadge outcome={fromStatus[status]} />;
}

/** The key to the graph's colours, as a list of icon, swatch and word. */
export function OutcomeLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
      {OUTCOMES.map((outcome) => (
        <li key={outcome} className="flex items-center gap-1">
          <span aria-hidden="true" className={cn('inline-flex size-5 items-center justify-center rounded border-2 text-xs', looks[outcome].node)}>
            {looks[outcome].icon}
          </span>
          {looks[outcome].label}
        </li>
      ))}
    </ul>
  );
}
