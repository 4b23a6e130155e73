import { useState } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useDisclosure } from '@/hooks/use-disclosure';
import { errorMessage } from '@/lib/api-client';

import { useNotifications } from '../api/get-notifications';
import { useUnreadCount } from '../api/get-unread-count';
import { useMarkAllNotificationsRead } from '../api/mark-all-read';
import { NotificationList } from './notification-list';
import { unreadAnnouncement } from './unread-announcement';

/** How many the panel shows; the Notifications page has the rest. */
const LATEST = 5;

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

function LatestNotifications({ onNavigate }: { onNavigate: () => void }) {
  const latest = useNotifications({ filters: { limit: LATEST } });
  if (latest.isPending) return <LoadingState label="Loading notifications" />;
  if (latest.isError) return <ErrorState title="Could not load notifications" error={latest.error} onRetry={() => void latest.refetch()} />;
  if (latest.data.items.length === 0) return <p className="px-4 py-6 text-center text-sm text-slate-700">No notifications yet.</p>;
  return <NotificationList items={latest.data.items} onNavigate={onNavigate} />;
}

/**
 * The header's bell: the unread count, polled so it grows without a reload (and announced to screen
 * readers when it does), and a panel with the latest notifications. A disclosure, like the account menu.
 */
export function NotificationBell() {
  const disclosure = useDisclosure();
  const unread = useUnreadCount();
  const markAll = useMarkAllNotificationsRead();
  const count = unread.data;

  // The count seen last, to announce growth (React's "adjust state while rendering" pattern, no effect).
  const [seen, setSeen] = useState(count);
  const [announcement, setAnnouncement] = useState('');
  if (count !== seen) {
    setSeen(count);
    const message = unreadAnnouncement(seen, count);
    if (message) setAnnouncement(message);
  }

  const label = count ? `Notifications, ${count} unread` : 'Notifications';

  return (
    <div {...disclosure.containerProps} className="relative">
      <Button variant="ghost" size="sm" {...disclosure.buttonProps} aria-label={label}>
        <BellIcon />
        {count ? (
          <span data-testid="unread-count" className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-bold text-white">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </Button>
      <p className="sr-only" aria-live="polite" role="status">
        {announcement}
      </p>
      {disclosure.open && (
        <div
          id={disclosure.panelId}
          role="region"
          aria-label="Latest notifications"
          className="fixed inset-x-2 top-14 z-40 max-h-[75vh] overflow-y-auto rounded-lg border border-slate-200 bg-white shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-auto sm:mt-2 sm:w-96"
        >
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2">
            <p className="font-semibold text-slate-900">{count ? `${count} unread` : 'All read'}</p>
            <Button
              variant="secondary"
              size="sm"
              disabled={!count}
              isLoading={markAll.isPending}
              onClick={() => {
                markAll.mutate();
              }}
            >
              Mark all read
            </Button>
          </div>
          {markAll.isError && <p className="px-4 py-2 text-sm text-red-700">{errorMessage(markAll.error)}</p>}
          <LatestNotifications onNavigate={disclosure.close} />
          <div className="border-t border-slate-200 px-4 py-2 text-sm">
            <Link className="text-blue-800 underline" to={paths.workspace.notifications.getHref()} onClick={disclosure.close}>
              All notifications
            </Link>
          </div>
        </div>
      )}
    </div>
  );
}
