import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

import type { Activity } from '../types';

export function ActivityList({ items }: { items: Activity[] }) {
  if (items.length === 0) return <EmptyState title="Nothing happened yet" />;
  return (
    <ol aria-label="Activity, newest first" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
      {items.map((activity) => (
        <li key={activity.id} className="px-4 py-3">
          <p className="break-words text-slate-900">
            {activity.projectId ? (
              <Link className="text-blue-800 underline" to={paths.workspace.project.getHref(activity.projectId)}>
                {activity.summary}
              </Link>
            ) : (
              activity.summary
            )}
          </p>
          <p className="text-slate-600">
            <time dateTime={activity.createdAt}>{formatDateTime(activity.createdAt)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
