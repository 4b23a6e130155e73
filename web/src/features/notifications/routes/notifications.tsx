import { Button } from '@/components/ui/button';
import { ListStates } from '@/components/ui/list-states';
import { PageHeader } from '@/components/ui/page-header';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { UrlSelectFilter } from '@/components/ui/url-select-filter';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { useUrlChoice } from '@/hooks/use-url-params';
import { errorMessage } from '@/lib/api-client';

import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-read';
import { NotificationList } from '../components/notification-list';

const SHOW = ['unread'] as const;

export function NotificationsRoute() {
  const [show] = useUrlChoice('show', SHOW);
  const unread = show === 'unread';
  const pagination = useTokenPagination(show ?? 'all');
  const query = useNotifications({ filters: { unread, nextToken: pagination.token } });
  const markAll = useMarkAllNotificationsRead();
  const unreadCount = query.data?.unreadCount ?? 0;
  return (
    <div className="min-w-0">
      <PageHeader
        title="Notifications"
        description={query.data ? `${unreadCount} unread` : undefined}
        actions={
          <Button
            variant="secondary"
            disabled={unreadCount === 0}
            isLoading={markAll.isPending}
            onClick={() => {
              markAll.mutate();
            }}
          >
            Mark all read
          </Button>
        }
      />
      {markAll.isError && <p className="mb-4 text-sm text-red-700">{errorMessage(markAll.error)}</p>}
      <UrlSelectFilter param="show" label="Show" choices={SHOW} allLabel="All notifications" labelOf={() => 'Unread only'} />
      <ListStates
        query={query}
        loadingLabel="Loading notifications"
        errorTitle="Could not load notifications"
        empty={<EmptyState title={unread ? 'No unread notifications' : 'No notifications yet'}>Failed and successful deployments, team changes and security alerts show up here.</EmptyState>}
      >
        {(items) => (
          <div className="rounded-lg border border-slate-200 bg-white" aria-busy={query.isFetching || undefined}>
            <NotificationList items={items} />
          </div>
        )}
      </ListStates>
      <QueryPagination label="Notification pages" pagination={pagination} query={query} />
    </div>
  );
}
