import { useId } from 'react';
import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';

import { useExecution } from '../api/get-execution';
import { customerIdOf } from './execution-input';
import { StatusBadge } from './outcome';

/** What became of a registration, followed live until the workflow stops. */
export function RegistrationResult({ executionId }: { executionId: string }) {
  const query = useExecution({ executionId });
  const headingId = useId();

  if (query.isPending) return <LoadingState label="Starting the registration" />;
  if (query.isError) return <ErrorState title="Could not follow the registration" error={query.error} onRetry={() => void query.refetch()} />;

  const execution = query.data;
  const customerId = customerIdOf(execution.input) ?? 'The customer';
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        Registration
      </h2>
      <div aria-live="polite" className="mt-2 space-y-2 text-slate-800">
        <p className="flex flex-wrap items-center gap-2">
          Status: <StatusBadge status={execution.status} />
        </p>
        {execution.status === 'RUNNING' && <p className="text-sm">The workflow is checking {customerId}…</p>}
        {execution.status === 'SUCCEEDED' && <p className="text-sm">{customerId} is registered.</p>}
        {execution.status === 'FAILED' && (
          <p className="text-sm text-red-800">
            {customerId} was not registered: <strong className="font-mono">{execution.error?.code ?? 'FAILED'}</strong>
            {execution.error?.cause ? ` (${execution.error.cause})` : ''}
          </p>
        )}
      </div>
      {execution.steps.length > 0 && (
        <ol aria-label="Steps so far" className="mt-3 space-y-1 text-sm">
          {execution.steps.map((step, index) => (
            // Steps are only ever appended, so an index names the same step on every refetch.
            <li key={index} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{step.name}</span>
              <StatusBadge status={step.status} />
            </li>
          ))}
        </ol>
      )}
      <p className="mt-3">
        <Link className="text-blue-800 underline" to={paths.customers.execution.getHref(executionId)}>
          Open the execution page
        </Link>
      </p>
    </section>
  );
}
