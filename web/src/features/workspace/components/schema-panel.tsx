import { ErrorState, LoadingState } from '@/components/ui/states';

import { useSchema } from '../api/get-schema';
import type { Project } from '../types';
import { canEdit } from '../utils/roles';
import { SchemaEditor } from './schema-editor';
import { SchemaHistory } from './schema-history';
import { SchemaView } from './schema-view';

export function SchemaPanel({ project }: { project: Project }) {
  const schema = useSchema({ projectId: project.id });
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <section aria-labelledby="schema-current" className="min-w-0">
        <h2 id="schema-current" className="mb-3 text-lg font-semibold text-slate-900">
          {schema.data ? `Schema, version ${schema.data.version}` : 'Schema'}
        </h2>
        {schema.isPending ? (
          <LoadingState label="Loading the schema" />
        ) : schema.isError ? (
          <ErrorState title="Could not load the schema" error={schema.error} onRetry={() => void schema.refetch()} />
        ) : canEdit(project.role) ? (
          <SchemaEditor projectId={project.id} schema={schema.data} />
        ) : (
          <SchemaView schema={schema.data} />
        )}
      </section>
      <section aria-labelledby="schema-history" className="min-w-0">
        <h2 id="schema-history" className="mb-3 text-lg font-semibold text-slate-900">
          History
        </h2>
        <SchemaHistory projectId={project.id} />
      </section>
    </div>
  );
}
