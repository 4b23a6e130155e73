import { lazy, Suspense, useCallback, useId } from 'react';
import { Link, useParams } from 'react-router';

import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

import { useExecution } from '../api/get-execution';
import { useWorkflow } from '../api/get-workflow';
import { CustomersPage } from '../components/customers-page';
import { JsonBlock } from '../components/json-block';
import { OutcomeLegend, StatusBadge } from '../components/outcome';
import { StepHistory } from '../components/step-history';
import { customerIdOf } from '../components/execution-input';

// The graph library is the largest part of the customers pages: load it with the page that draws it.
const WorkflowGraph = lazy(() => import('../components/workflow-graph').then((module) => ({ default: module.WorkflowGraph })));

function WorkflowPanel({ steps, onShowState }: { steps: Parameters<typeof StepHistory>[0]['steps']; onShowState: (name: string) => void }) {
  const workflow = useWorkflow();
  if (workflow.isPending) return <LoadingState label="Loading the workflow" />;
  if (workflow.isError) return <ErrorState title="Could not load the workflow" error={workflow.error} onRetry={() => void workflow.refetch()} />;
  return (
    <Suspense fallback={<LoadingState label="Drawing the workflow" />}>
      <WorkflowGraph definition={workflow.data} steps={steps} onShowState={onShowState} />
    </Suspense>
  );
}

export function ExecutionRoute() {
  const { executionId = '' } = useParams();
  const query = useExecution({ executionId });
  const anchor = useId();
  const stepId = useCallback((index: number) => `${anchor}-step-${index}`, [anchor]);
  const steps = query.data?.steps;
  const showState = useCallback(
    (name: string) => {
      const index = (steps ?? []).map((step) => step.name).lastIndexOf(name);
      // Focus scrolls the step into view too.
      if (index >= 0) document.getElementById(stepId(index))?.focus();
    },
    [steps, stepId],
  );

  if (query.isPending) return <LoadingState label="Loading the execution" />;
  if (query.isError) return <ErrorState title="Could not load this execution" error={query.error} onRetry={() => void query.refetch()} />;

  const execution = query.data;
  const customerId = customerIdOf(execution.input);
  return (
    <CustomersPage
      title={customerId ? `Registration of ${customerId}` : 'Registration'}
      description={<span className="break-all font-mono text-sm">{execution.executionId}</span>}
    >
      <div className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <p className="flex flex-wrap items-center gap-2 text-slate-800" aria-live="polite">
          Status: <StatusBadge status={execution.status} />
          {execution.status === 'RUNNING' && <span className="text-sm text-slate-700">This page updates by itself.</span>}
        </p>
        {execution.error && (
          <p className="mt-2 text-sm text-red-800">
            <strong className="font-mono">{execution.error.code}</strong>: {execution.error.cause}
          </p>
        )}
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm text-slate-800">
          <dt className="font-medium">Started</dt>
          <dd>{formatDateTime(execution.startedAt)}</dd>
          {execution.stoppedAt && (
            <>
              <dt className="font-medium">Stopped</dt>
              <dd>{formatDateTime(execution.stoppedAt)}</dd>
            </>
          )}
        </dl>
        <div className="mt-3 space-y-1">
          <JsonBlock label="Execution input" value={execution.input} />
          {execution.output !== undefined && <JsonBlock label="Execution output" value={execution.output} />}
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby={`${anchor}-graph`} className="min-w-0 space-y-3 lg:sticky lg:top-4 lg:self-start">
          <h2 id={`${anchor}-graph`} className="text-lg font-semibold text-slate-900">
            Workflow
          </h2>
          <OutcomeLegend />
          <WorkflowPanel steps={execution.steps} onShowState={showState} />
          <p className="text-sm text-slate-700">Choose a state to see its step. The start has a double border; dashed arrows are catches; bold ones were taken.</p>
        </section>
        <section aria-labelledby={`${anchor}-history`} className="min-w-0 space-y-3">
          <h2 id={`${anchor}-history`} className="text-lg font-semibold text-slate-900">
            Step history
          </h2>
          <StepHistory steps={execution.steps} stepId={stepId} />
        </section>
      </div>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link className="text-blue-800 underline" to={paths.customers.executions.getHref()}>
          All executions
        </Link>
        <Link className="text-blue-800 underline" to={paths.customers.list.getHref()}>
          Customers
        </Link>
      </p>
    </CustomersPage>
  );
}
