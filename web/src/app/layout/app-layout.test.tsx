import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { formatDateTime } from '@/lib/format';
import { setDisplayTimeZone } from '@/lib/time-zone';
import { fakeApi, ok, page } from '@/testing/fake-api';
import { renderRoutes, signIn } from '@/testing/render';

import { AppLayout } from './app-layout';

/** A page that formats a time the plain way, as most of the console does. */
function Moment() {
  return <p>{formatDateTime('2026-11-30T10:30:00Z', 'en-GB')}</p>;
}

function serve(timeZone: string) {
  const server = fakeApi();
  server.get('/auth/me', ok({ userId: 'user-id', email: 'user@stratus.test', name: 'Test user', role: 'user', emailVerified: true, createdAt: '2026-11-01T00:00:00Z' }));
  server.get('/settings', ok({ displayName: 'Ada', timeZone, notifications: {} }));
  server.get('/notifications', ok({ ...page([]), unreadCount: 2 }));
  return server;
}

describe('AppLayout', () => {
  afterEach(() => {
    setDisplayTimeZone(undefined);
  });

  it('draws every page’s times in the zone of the user’s settings', async () => {
    signIn('user');
    serve('Asia/Tokyo');
    renderRoutes([{ element: <AppLayout />, children: [{ path: '/', element: <Moment /> }] }]);

    expect(await screen.findByText('30 Nov 2026, 19:30')).toBeInTheDocument();
  });

  it('shows the bell with the unread count and the display name of the settings', async () => {
    signIn('user');
    serve('UTC');
    renderRoutes([{ element: <AppLayout />, children: [{ path: '/', element: <Moment /> }] }]);

    expect(await screen.findByRole('button', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
    expect(await screen.findByText('Ada')).toBeInTheDocument();
    expect(await screen.findByText('30 Nov 2026, 10:30')).toBeInTheDocument();
  });
});
