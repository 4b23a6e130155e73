import type { Page } from '@/lib/api-types';
import type { Schemas, Sent } from '@/lib/typed-api';

/** An in-app notification (docs/API.md "Notifications"); `readAt` is absent while unread. */
export type Notification = Sent<Schemas['NotificationResponse'], 'projectId' | 'readAt'>;

/** A page of notifications with how many of the caller's are unread (all of them, not only this page's). */
export type NotificationPage = Page<Notification> & { unreadCount: number };

/** What a list asks for; part of its query key. */
export type NotificationFilters = { unread?: boolean; nextToken?: string; limit?: number };
