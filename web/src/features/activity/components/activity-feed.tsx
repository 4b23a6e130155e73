import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { ListStates } from '@/components/ui/list-states';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { TimeStamp } from '@/components/ui/time-stamp';
import { UrlSelectFilter } from '@/components/ui/url-select-filter';
import { paths } from '@/config/paths';
import { useUrlChoice } from '@/hooks/use-url-params';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { ACTIVITY_TYPES, activityLabel } from '@/lib/activity-types';

import { useActivity } from '../api/get-activity';
import type { Activity } from '../types';
import { activityLook } from './activity-labels';

function ActivityItem({ activity, showProject }: { activity: Activity; showProject: boolean }) {
  const look = activityLook(activity.type);
  return (
    <li className="flex gap-3 px-4 py-3">
      <span aria-hidden="true" className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-slate-100 font-bold text-slate-700">
        {look.glyph}
      </span>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={look.tone}>{activityLabel(activity.type)}</Badge>
          <span className="break-words text-slate-900">{activity.summary}</span>
        </p>
        <p className="mt-1 text-slate-600">
          <TimeStamp iso={activity.createdAt} relative />
          {showProject && activity.projectId && (
            <>
              {' · '}
              <Link className="text-blue-800 underline" to={paths.workspace.project.getHref(activity.projectId)}>
                Open the project
              </Link>
            </>
          )}
        </p>
      </div>
    </li>
  );
}

/**
 * A page of activity, newest first, with the type filter in the address (`?type=`) and paging.
 * `projectId`: only that project's entries (the project's Activity tab); else all the caller's.
 */
export function ActivityFeed({ projectId }: { projectId?: string }) {
  const [type] = useUrlChoice('type', ACTIVITY_TYPES);
  const pagination = useTokenPagination(`${projectId ?? ''}|${type ?? ''}`);
  const query = useActivity({ filters: { projectId, type, nextToken: pagination.token } });
  return (
    <div className="min-w-0">
      <UrlSelectFilter param="type" label="Type" choices={ACTIVITY_TYPES} allLabel="All types" labelOf={activityLabel} />
      <ListStates
        query={query}
        loadingLabel="Loading the activity"
        errorTitle="Could not load the activity"
        empty={<EmptyState title={type ? `No “${activityLabel(type)}” entries` : 'Nothing happened yet'}>Changes show up here as they happen.</EmptyState>}
      >
        {(items) => (
          <ol aria-label="Activity, newest first" aria-busy={query.isFetching || undefined} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
            {items.map((activity) => (
              <ActivityItem key={activity.id} activity={activity} showProject={!projectId} />
            ))}
          </ol>
        )}
      </ListStates>
      <QueryPagination label="Activity pages" pagination={pagination} query={query} />
    </div>
  );
}
