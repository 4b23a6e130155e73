import { ErrorState, LoadingState } from '@/components/ui/states';

import { useSchema } from '../api/get-schema';
import type { Project } from '../types';
import { canEdit } from '../utils/roles';
import { PanelSection } from './panel-section';
import { SchemaEditor } from './schema-editor';
import { SchemaHistory } from './schema-history';
import { SchemaView } from './schema-view';

export function SchemaPanel({ project }: { project: Project }) {
  const schema = useSchema({ projectId: project.id });
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <PanelSection title={schema.data ? `Schema, version ${schema.data.version}` : 'Schema'} className="min-w-0">
        {schema.isPending ? (
          <LoadingState label="Loading the schema" />
        ) : schema.isError ? (
          <ErrorState title="Could not load the schema" error={schema.error} onRetry={() => void schema.refetch()} />
        ) : canEdit(project.role) ? (
          <SchemaEditor projectId={project.id} schema={schema.data} />
        ) : (
          <SchemaView schema={schema.data} />
        )}
      </PanelSection>
      <PanelSection title="History" className="min-w-0">
        <SchemaHistory projectId={project.id} />
      </PanelSection>
    </div>
  );
}
