import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Link, useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/field';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';

import { useDeployments } from '../api/get-deployments';
import { useGenerations } from '../api/get-generations';
import { startDeploymentInputSchema, useStartDeployment } from '../api/start-deployment';
import { ENVIRONMENTS, type Project } from '../types';
import { canEdit } from '../utils/roles';
import { StatusBadge } from './status-badge';

type StartInput = z.infer<typeof startDeploymentInputSchema>;

function StartDeploymentForm({ project }: { project: Project }) {
  const navigate = useNavigate();
  const generations = useGenerations({ projectId: project.id });
  const ready = (generations.data ?? []).filter((generation) => generation.status === 'READY');
  const form = useForm<StartInput>({ resolver: zodResolver(startDeploymentInputSchema), values: { environment: 'dev', generationId: ready[0]?.id ?? '' } });
  const idempotency = useIdempotencyKey();
  const start = useStartDeployment({
    mutationConfig: {
      onSuccess: (deployment) => {
        idempotency.settle();
        void navigate(paths.workspace.deployment.getHref(deployment.id));
      },
    },
  });
  const errors = form.formState.errors;
  if (generations.isPending) return <LoadingState label="Loading the generations" />;
  if (generations.isError) return <ErrorState title="Could not load the generations" error={generations.error} onRetry={() => void generations.refetch()} />;
  if (ready.length === 0) return <Alert tone="info">Generate code first: a deployment builds a ready generation.</Alert>;
  return (
    <form
      noValidate
      aria-label="New deployment"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[10rem_minmax(0,1fr)_auto] sm:items-end"
      onSubmit={form.handleSubmit((values) => { start.mutate({ projectId: project.id, body: values, idempotencyKey: idempotency.keyFor(values) }); })}
    >
      <SelectField label="Environment" error={errors.environment?.message} {...form.register('environment')}>
        {ENVIRONMENTS.map((environment) => (
          <option key={environment} value={environment}>
            {environment}
          </option>
        ))}
      </SelectField>
      <SelectField label="Generation" error={errors.generationId?.message} {...form.register('generationId')}>
        {ready.map((generation) => (
          <option key={generation.id} value={generation.id}>
            {formatDateTime(generation.createdAt)} · schema v{generation.schemaVersion}
          </option>
        ))}
      </SelectField>
      <Button type="submit" isLoading={start.isPending}>
        Deploy
      </Button>
      {start.isError && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-3">
          {errorMessage(start.error)}
        </p>
      )}
    </form>
  );
}

export function DeploymentsPanel({ project }: { project: Project }) {
  const deployments = useDeployments({ projectId: project.id });
  return (
    <div className="space-y-4">
      {canEdit(project.role) && <StartDeploymentForm project={project} />}
      {deployments.isPending ? (
        <LoadingState label="Loading the deployments" />
      ) : deployments.isError ? (
        <ErrorState title="Could not load the deployments" error={deployments.error} onRetry={() => void deployments.refetch()} />
      ) : deployments.data.length === 0 ? (
        <EmptyState title="No deployments yet" />
      ) : (
        <DataTable caption="Deployments, newest first" columns={['Started', 'Environment', 'Status', 'App']} actions>
          {deployments.data.map((deployment) => (
            <tr key={deployment.id} className="border-t border-slate-200">
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(deployment.createdAt)}</td>
              <td className="px-3 py-2">{deployment.environment}</td>
              <td className="px-3 py-2">
                <StatusBadge status={deployment.status} />
                {deployment.reason && <span className="mt-1 block max-w-xs text-slate-700">{deployment.reason}</span>}
              </td>
              <td className="px-3 py-2">
                {deployment.status === 'SUCCEEDED' && deployment.url ? (
                  <a className="break-all text-blue-800 underline" href={deployment.url} target="_blank" rel="noreferrer">
                    {deployment.url}
                  </a>
                ) : (
                  '—'
                )}
              </td>
              <td className="px-3 py-2 text-right">
                <Link className="font-medium text-blue-800 underline" to={paths.workspace.deployment.getHref(deployment.id)}>
                  Log<span className="sr-only"> of the {deployment.environment} deployment started {formatDateTime(deployment.createdAt)}</span>
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
