import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';

import { CreateProjectForm } from '../components/project-form';

export function ProjectCreateRoute() {
  const navigate = useNavigate();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="New project" description="You become its owner, and can invite your team afterwards." />
      <CreateProjectForm onCreated={(project) => void navigate(paths.workspace.project.getHref(project.id, 'schema'))} />
    </div>
  );
}
