import { EmptyState } from '@/components/ui/states';

import type { ExecutionStep } from '../types';
import { JsonBlock } from './json-block';
import { StatusBadge } from './outcome';
import { formatDuration, formatStepTime } from './step-time';

type StepHistoryProps = {
  steps: readonly ExecutionStep[];
  /** The element id of step `index`, so the graph can move focus to it. */
  stepId: (index: number) => string;
};

/** The steps in the order entered: times, attempts, and input, output and error as JSON. */
export function StepHistory({ steps, stepId }: StepHistoryProps) {
  if (steps.length === 0) return <EmptyState title="No steps yet">The workflow has not entered its first state.</EmptyState>;
  return (
    <ol className="space-y-3" aria-label="Steps, in the order entered">
      {steps.map((step, index) => {
        const duration = formatDuration(step.enteredAt, step.exitedAt);
        return (
          <li
            // Steps are only ever appended, so an index names the same step on every refetch.
            key={index}
            id={stepId(index)}
            tabIndex={-1}
            className="rounded-lg border border-slate-200 bg-white p-3 focus:outline-2 focus:outline-blue-700"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold text-slate-900">
                <span className="text-slate-600">{index + 1}.</span> {step.name} <span className="text-sm font-normal text-slate-700">({step.type})</span>
              </h3>
              <StatusBadge status={step.status} />
            </div>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-sm text-slate-800">
              <dt className="font-medium">Entered</dt>
              <dd>{formatStepTime(step.enteredAt)}</dd>
              <dt className="font-medium">Exited</dt>
              <dd>{step.exitedAt ? `${formatStepTime(step.exitedAt)}${duration ? ` (${duration})` : ''}` : 'still running'}</dd>
              <dt className="font-medium">Attempts</dt>
              <dd>{step.attempts}</dd>
            </dl>
            {step.error && (
              <p className="mt-2 text-sm text-red-800">
                <strong className="font-mono">{step.error.code}</strong>: {step.error.cause}
              </p>
            )}
            <div className="mt-2 space-y-1">
              <JsonBlock label="Input" value={step.input} />
              {step.output !== undefined && <JsonBlock label="Output" value={step.output} />}
              {step.error && <JsonBlock label="Error" value={step.error} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
