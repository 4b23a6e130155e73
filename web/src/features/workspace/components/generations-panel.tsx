import { useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';

import { useGenerations } from '../api/get-generations';
import { useStartGeneration } from '../api/start-generation';
import type { Project } from '../types';
import { canEdit } from '../utils/roles';
import { formatBytes } from '../utils/status';
import { GenerationDetails } from './generation-details';
import { StatusBadge } from './status-badge';

/** The project's generated code: start one from the current schema, follow it, download it. */
export function GenerationsPanel({ project }: { project: Project }) {
  const [params, setParams] = useSearchParams();
  const generations = useGenerations({ projectId: project.id });
  const select = (id: string) => {
    setParams({ generation: id }, { replace: true });
  };
  const idempotency = useIdempotencyKey();
  const start = useStartGeneration({
    mutationConfig: {
      onSuccess: (started) => {
        idempotency.settle();
        select(started.id);
      },
    },
  });
  const selected = params.get('generation') ?? generations.data?.[0]?.id;

  return (
    <div className="space-y-4">
      {canEdit(project.role) && (
        <div className="flex flex-wrap items-center gap-3">
          <Button isLoading={start.isPending} onClick={() => { start.mutate({ projectId: project.id, idempotencyKey: idempotency.keyFor(project.id) }); }}>
            Generate code
          </Button>
          <span className="text-sm text-slate-700">From the current schema, for {project.stack}.</span>
        </div>
      )}
      {start.isError && <Alert tone="error" title="The generation did not start">{errorMessage(start.error)}</Alert>}
      {generations.isPending ? (
        <LoadingState label="Loading the generations" />
      ) : generations.isError ? (
        <ErrorState title="Could not load the generations" error={generations.error} onRetry={() => void generations.refetch()} />
      ) : generations.data.length === 0 ? (
        <EmptyState title="No code generated yet">{canEdit(project.role) ? 'Define a schema, then generate code from it.' : 'An owner or editor generates code from the schema.'}</EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <DataTable caption="Generations, newest first" columns={['Started', 'Status', 'Size']} actions>
            {generations.data.map((generation) => (
              <tr key={generation.id} className="border-t border-slate-200">
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(generation.createdAt)}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={generation.status} />
                </td>
                <td className="px-3 py-2">{generation.sizeBytes !== undefined && generation.status === 'READY' ? formatBytes(generation.sizeBytes) : '—'}</td>
                <td className="px-3 py-2 text-right">
                  <Button variant="ghost" size="sm" aria-pressed={generation.id === selected} onClick={() => { select(generation.id); }}>
                    Details<span className="sr-only"> of the generation started {formatDateTime(generation.createdAt)}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </DataTable>
          {selected && (
            <section aria-label="Generation details">
              <GenerationDetails generationId={selected} />
            </section>
          )}
        </div>
      )}
    </div>
  );
}
