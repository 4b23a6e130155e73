import { Link } from 'react-router';

import { buttonClasses } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { ListStates } from '@/components/ui/list-states';
import { PageHeader } from '@/components/ui/page-header';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { formatDateTime } from '@/lib/format';

import { useProjects } from '../api/get-projects';
import { stackLabels } from '../components/project-form';
import { RoleBadge } from '../components/status-badge';

export function ProjectsRoute() {
  const pagination = useTokenPagination('projects');
  const projects = useProjects({ filters: { nextToken: pagination.token } });
  return (
    <div>
      <PageHeader
        title="Projects"
        description="The projects you are a member of."
        actions={
          <Link className={buttonClasses()} to={paths.workspace.createProject.getHref()}>
            New project
          </Link>
        }
      />
      <ListStates
        query={projects}
        loadingLabel="Loading your projects"
        errorTitle="Could not load your projects"
        empty={
          <EmptyState title="No projects yet">
            <Link className="text-blue-800 underline" to={paths.workspace.createProject.getHref()}>
              Create your first project
            </Link>{' '}
            or accept an invitation from a teammate.
          </EmptyState>
        }
      >
        {(items) => (
          <DataTable caption="Your projects" columns={['Name', 'Stack', 'Your role', 'Updated']}>
            {items.map((project) => (
              <tr key={project.id} className="border-t border-slate-200">
                <td className="px-3 py-2">
                  <Link className="font-medium text-blue-800 underline" to={paths.workspace.project.getHref(project.id)}>
                    {project.name}
                  </Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{stackLabels[project.stack]}</td>
                <td className="px-3 py-2">
                  <RoleBadge role={project.role} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(project.updatedAt)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListStates>
      <QueryPagination label="Project pages" pagination={pagination} query={projects} />
    </div>
  );
}
