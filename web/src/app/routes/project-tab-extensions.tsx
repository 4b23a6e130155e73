import { ActivityFeed } from '@/features/activity/components/activity-feed';
import { ProjectAnalyticsPanel } from '@/features/analytics/components/project-analytics-panel';
import { AssistantPanel } from '@/features/assistant/components/assistant-panel';
import { DocumentationPanel } from '@/features/documentation/components/documentation-panel';
import type { ProjectTabExtension } from '@/features/workspace/components/project-tabs';
import type { Project } from '@/features/workspace/types';

/** The project's Activity tab: its last 24 hours in numbers (analytics), then its entries (activity). */
function ProjectActivityTab({ project }: { project: Project }) {
  return (
    <div className="min-w-0 space-y-6">
      <ProjectAnalyticsPanel projectId={project.id} />
      <ActivityFeed projectId={project.id} />
    </div>
  );
}

/** The project page's sections that other features draw; the workspace feature draws the rest. */
export const projectTabExtensions: ProjectTabExtension[] = [
  { id: 'docs', label: 'Docs', Panel: DocumentationPanel },
  { id: 'assistant', label: 'Assistant', Panel: AssistantPanel },
  { id: 'activity', label: 'Activity', Panel: ProjectActivityTab },
];
