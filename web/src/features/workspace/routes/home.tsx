import { Link } from 'react-router';

import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useCurrentUser } from '@/lib/session';

import { useHome } from '../api/get-home';
import { ActivityList } from '../components/activity-list';
import { PanelSection } from '../components/panel-section';
import { RoleBadge } from '../components/status-badge';

export function HomeRoute() {
  const user = useCurrentUser();
  const home = useHome();
  return (
    <div>
      <PageHeader
        title="Home"
        description={user?.name ? `Welcome back, ${user.name}.` : 'Your recent projects and what happened in them.'}
        actions={
          <Link className={buttonClasses()} to={paths.workspace.createProject.getHref()}>
            New project
          </Link>
        }
      />
      {home.isPending ? (
        <LoadingState label="Loading your workspace" />
      ) : home.isError ? (
        <ErrorState title="Could not load your workspace" error={home.error} onRetry={() => void home.refetch()} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <PanelSection title="Recent projects">
            {home.data.recentProjects.length === 0 ? (
              <EmptyState title="No projects yet">Create one, or accept an invitation from a teammate.</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {home.data.recentProjects.map((project) => (
                  <li key={project.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                    <Link className="font-medium text-blue-800 underline" to={paths.workspace.project.getHref(project.id)}>
                      {project.name}
                    </Link>
                    <span className="flex items-center gap-2 text-sm text-slate-700">
                      <RoleBadge role={project.role} />
                      Updated {formatDateTime(project.updatedAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </PanelSection>
          <PanelSection title="Recent activity">
            <ActivityList items={home.data.recentActivity} />
          </PanelSection>
        </div>
      )}
    </div>
  );
}
