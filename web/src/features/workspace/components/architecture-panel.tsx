import { lazy, Suspense } from 'react';

import { ErrorState, LoadingState } from '@/components/ui/states';

import { useArchitecture } from '../api/get-architecture';
import { useDiagramUrl } from '../api/get-diagram-url';
import { usePublishedHere } from '../api/upload-diagram';
import type { Project } from '../types';
import { canEdit } from '../utils/roles';
import { PanelSection } from './panel-section';

// The diagram library is the largest part of the workspace pages: load it with the tab that draws it.
const ArchitectureEditor = lazy(() => import('./architecture-editor').then((module) => ({ default: module.ArchitectureEditor })));

/** `published`: whether the saved architecture names an image (its answer does, once one was published). */
function PublishedDiagram({ projectId, name, published }: { projectId: string; name: string; published: boolean }) {
  const publishedHere = usePublishedHere(projectId);
  const diagram = useDiagramUrl({ projectId, enabled: published || publishedHere });
  if (!published && !publishedHere) return <p className="text-sm text-slate-700">No image published yet.</p>;
  if (diagram.isPending) return <LoadingState label="Loading the published image" />;
  if (diagram.isError) return <ErrorState title="Could not load the published image" error={diagram.error} onRetry={() => void diagram.refetch()} />;
  if (!diagram.data) return <p className="text-sm text-slate-700">No image published yet.</p>;
  return (
    <figure className="space-y-2">
      <div className="max-w-full overflow-auto rounded-lg border border-slate-200 bg-white p-2">
        <img src={diagram.data.url} alt={`Architecture diagram of ${name}`} className="max-w-none" />
      </div>
      <figcaption className="text-sm text-slate-700">
        <a className="text-blue-800 underline" href={diagram.data.url} target="_blank" rel="noreferrer">
          Open the image
        </a>{' '}
        (the link works for a limited time).
      </figcaption>
    </figure>
  );
}

export function ArchitecturePanel({ project }: { project: Project }) {
  const architecture = useArchitecture({ projectId: project.id });
  return (
    <div className="space-y-6">
      <PanelSection title="Diagram">
        {architecture.isPending ? (
          <LoadingState label="Loading the diagram" />
        ) : architecture.isError ? (
          <ErrorState title="Could not load the diagram" error={architecture.error} onRetry={() => void architecture.refetch()} />
        ) : (
          <Suspense fallback={<LoadingState label="Loading the editor" />}>
            <ArchitectureEditor projectId={project.id} architecture={architecture.data} editable={canEdit(project.role)} />
          </Suspense>
        )}
      </PanelSection>
      <PanelSection title="Published image">
        {architecture.isPending ? (
          <LoadingState label="Loading the published image" />
        ) : (
          <PublishedDiagram projectId={project.id} name={project.name} published={Boolean(architecture.data && 'image' in architecture.data && architecture.data.image)} />
        )}
      </PanelSection>
    </div>
  );
}
