import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { notificationKeys } from '../api/notification-keys';
import type { Notification } from '../types';
import { NotificationBell } from './notification-bell';

const failed: Notification = {
  id: 'n-1',
  type: 'deployment_failed',
  title: 'Deployment failed',
  body: 'The dev deployment of Shop backend failed.',
  projectId: 'p-1',
  createdAt: '2026-11-30T10:30:00Z',
};

function serveNotifications(state: { unread: number }) {
  const server = fakeApi();
  server.get('/notifications', (request) =>
    ok({ ...page(request.query.get('unread') === 'true' ? [failed].slice(0, state.unread) : [failed]), unreadCount: state.unread }),
  );
  return server;
}

describe('NotificationBell', () => {
  it('shows the unread count and announces when it grows, without a reload', async () => {
    signIn('user');
    const state = { unread: 1 };
    serveNotifications(state);
    const { queryClient } = renderWithProviders(<NotificationBell />);

    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');

    state.unread = 3;
    await act(() => queryClient.refetchQueries({ queryKey: notificationKeys.unreadCount() }));

    expect(await screen.findByRole('button', { name: 'Notifications, 3 unread' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 new notifications, 3 unread');
  });

  it('lists the latest in its panel and marks them all read', async () => {
    signIn('user');
    const state = { unread: 1 };
    const server = serveNotifications(state);
    server.post('/notifications/read-all', () => {
      state.unread = 0;
      return ok({ marked: 1 });
    });
    const { user } = renderWithProviders(<NotificationBell />);

    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const panel = screen.getByRole('region', { name: 'Latest notifications' });
    expect(await within(panel).findByText('The dev deployment of Shop backend failed.')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Open the project' })).toHaveAttribute('href', '/projects/p-1');

    await user.click(within(panel).getByRole('button', { name: 'Mark all read' }));

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(server.seen('POST', '/notifications/read-all')).toHaveLength(1);
  });
});
