import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { TimeStamp } from '@/components/ui/time-stamp';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';

import { useMarkNotificationRead } from '../api/mark-notification-read';
import type { Notification } from '../types';

function NotificationItem({ notification, onNavigate }: { notification: Notification; onNavigate?: () => void }) {
  const markRead = useMarkNotificationRead();
  const unread = !notification.readAt;
  return (
    <li className={cn('px-4 py-3', unread && 'bg-blue-50')}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="flex min-w-0 flex-wrap items-center gap-2 font-medium text-slate-900">
          {unread ? <Badge tone="info">● Unread</Badge> : <Badge>Read</Badge>}
          <span className="break-words">{notification.title}</span>
        </p>
        {unread && (
          <Button
            variant="ghost"
            size="sm"
            isLoading={markRead.isPending}
            aria-label={`Mark “${notification.title}” read`}
            onClick={() => {
              markRead.mutate(notification.id);
            }}
          >
            Mark read
          </Button>
        )}
      </div>
      <p className="mt-1 break-words text-slate-800">{notification.body}</p>
      <p className="mt-1 text-slate-600">
        <TimeStamp iso={notification.createdAt} relative />
        {notification.projectId && (
          <>
            {' · '}
            <Link className="text-blue-800 underline" to={paths.workspace.project.getHref(notification.projectId)} onClick={onNavigate}>
              Open the project
            </Link>
          </>
        )}
      </p>
      {markRead.isError && <p className="mt-1 text-red-700">{errorMessage(markRead.error)}</p>}
    </li>
  );
}

/** Notifications, newest first; unread ones are marked in words, not only by colour. */
export function NotificationList({ items, onNavigate }: { items: Notification[]; onNavigate?: () => void }) {
  return (
    <ol aria-label="Notifications, newest first" className="divide-y divide-slate-200 text-sm">
      {items.map((notification) => (
        <NotificationItem key={notification.id} notification={notification} onNavigate={onNavigate} />
      ))}
    </ol>
  );
}
