import { Link } from 'react-router';

import { paths } from '@/config/paths';

import { RealtimeStats } from './realtime-stats';

/** The compact view for a project's page: its last 24 hours, and the way to its charts. */
export function ProjectAnalyticsPanel({ projectId }: { projectId: string }) {
  return (
    <div className="space-y-2">
      <RealtimeStats projectId={projectId} />
      <Link className="text-sm text-blue-800 underline" to={paths.workspace.analytics.getHref(projectId)}>
        Charts for this project
      </Link>
    </div>
  );
}
