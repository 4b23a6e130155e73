import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { cn } from '@/components/ui/cn';
import { paths } from '@/config/paths';

import type { Project } from '../types';

export const PROJECT_TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'schema', label: 'Schema' },
  { id: 'architecture', label: 'Architecture' },
  { id: 'generations', label: 'Generations' },
  { id: 'deployments', label: 'Deployments' },
  { id: 'team', label: 'Team' },
] as const;

export type ProjectTab = (typeof PROJECT_TABS)[number]['id'];

export function isProjectTab(value: string): value is ProjectTab {
  return PROJECT_TABS.some((tab) => tab.id === value);
}

/**
 * A section another feature draws on the project page (its activity, say). Features do not import
 * each other, so the app layer hands these to the page (app/routes/project-tab-extensions.tsx).
 */
export type ProjectTabExtension = { id: string; label: string; Panel: (props: { project: Project }) => ReactNode };

/** The project's sections as links, so each one has its own address; on a phone the row scrolls in its own box. */
export function ProjectTabs({ projectId, current, extensions = [] }: { projectId: string; current: string; extensions?: readonly ProjectTabExtension[] }) {
  return (
    <nav aria-label="Project sections" className="mb-6 max-w-full overflow-x-auto border-b border-slate-300">
      <ul className="flex min-w-max gap-1">
        {[...PROJECT_TABS, ...extensions].map((tab) => (
          <li key={tab.id}>
            <Link
              to={paths.workspace.project.getHref(projectId, tab.id)}
              aria-current={tab.id === current ? 'page' : undefined}
              className={cn(
                'inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium',
                tab.id === current ? 'border-blue-700 text-blue-800' : 'border-transparent text-slate-700 hover:text-slate-900',
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
