import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';

import { useProject } from '../api/get-project';
import { ArchitecturePanel } from '../components/architecture-panel';
import { DeploymentsPanel } from '../components/deployments-panel';
import { GenerationsPanel } from '../components/generations-panel';
import { OverviewPanel } from '../components/overview-panel';
import { isProjectTab, ProjectTabs, type ProjectTab, type ProjectTabExtension } from '../components/project-tabs';
import { RoleBadge } from '../components/status-badge';
import { SchemaPanel } from '../components/schema-panel';
import { TeamPanel } from '../components/team-panel';
import type { Project } from '../types';

const panels: Record<ProjectTab, (props: { project: Project }) => ReactNode> = {
  overview: OverviewPanel,
  schema: SchemaPanel,
  architecture: ArchitecturePanel,
  generations: GenerationsPanel,
  deployments: DeploymentsPanel,
  team: TeamPanel,
};

function ProjectNotFound() {
  return (
    <EmptyState title="Project not found">
      It does not exist, or you are not a member of it.{' '}
      <Link className="text-blue-800 underline" to={paths.workspace.projects.getHref()}>
        Your projects
      </Link>
    </EmptyState>
  );
}

/** `extensions`: more sections, drawn by other features (given by the app layer). */
export function ProjectRoute({ extensions = [] }: { extensions?: readonly ProjectTabExtension[] }) {
  const { projectId = '', tab = 'overview' } = useParams();
  const query = useProject({ projectId });
  const extension = extensions.find((candidate) => candidate.id === tab);
  if (!isProjectTab(tab) && !extension) return <ProjectNotFound />;
  if (query.isPending) return <LoadingState label="Loading the project" />;
  if (query.isError) {
    if (isApiError(query.error, 'NOT_FOUND')) return <ProjectNotFound />;
    return <ErrorState title="Could not load this project" error={query.error} onRetry={() => void query.refetch()} />;
  }
  const project = query.data;
  const Panel = extension ? extension.Panel : panels[tab as ProjectTab];
  return (
    <div className="min-w-0">
      <PageHeader
        title={project.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{project.stack}</span>
            <RoleBadge role={project.role} />
          </span>
        }
      />
      <ProjectTabs projectId={project.id} current={tab} extensions={extensions} />
      <Panel project={project} />
    </div>
  );
}
