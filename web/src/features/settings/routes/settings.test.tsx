import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fail, fakeApi, ok } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { setDisplayTimeZone } from '@/lib/time-zone';

import type { Settings, SignInSession } from '../types';
import { SettingsRoute } from './settings';

const saved: Settings = {
  displayName: 'Ada',
  timeZone: 'Europe/Paris',
  notifications: { deployment_failed: { inApp: true, email: true } },
};

const sessions: SignInSession[] = [
  { id: 's-1', userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', ipAddress: '127.0.0.1', createdAt: '2026-11-30T08:00:00Z', lastUsedAt: '2026-11-30T10:00:00Z', current: true },
  { id: 's-2', userAgent: 'curl/8.5.0', ipAddress: '10.0.0.7', createdAt: '2026-11-29T08:00:00Z', lastUsedAt: '2026-11-29T09:00:00Z', current: false },
];

function serveSettings() {
  const server = fakeApi();
  server.get('/settings', ok(saved));
  server.put('/settings', (request) => ok({ ...saved, ...(request.body as Partial<Settings>) }));
  server.get('/settings/profile-picture/url', fail(404, 'NOT_FOUND', 'No profile picture'));
  server.get('/auth/sessions', ok(sessions));
  return server;
}

describe('SettingsRoute', () => {
  afterEach(() => {
    setDisplayTimeZone(undefined);
  });

  it('saves the display name and time zone alone', async () => {
    signIn('user');
    const server = serveSettings();
    const { user } = renderWithProviders(<SettingsRoute />);

    const name = await screen.findByLabelText('Display name');
    await user.clear(name);
    await user.type(name, 'Ada Lovelace');
    await user.type(screen.getByLabelText('Search time zones'), 'tokyo');
    await user.selectOptions(screen.getByLabelText('Time zone'), 'Asia/Tokyo');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText(/Settings saved at/)).toBeInTheDocument();
    expect(server.seen('PUT', '/settings')[0]?.body).toEqual({ displayName: 'Ada Lovelace', timeZone: 'Asia/Tokyo' });
  });

  it('refuses an empty display name before asking the server', async () => {
    signIn('user');
    const server = serveSettings();
    const { user } = renderWithProviders(<SettingsRoute />);

    await user.clear(await screen.findByLabelText('Display name'));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Enter a display name.')).toBeInTheDocument();
    expect(server.seen('PUT', '/settings')).toHaveLength(0);
  });

  it('saves a preference per type and channel', async () => {
    signIn('user');
    const server = serveSettings();
    const { user } = renderWithProviders(<SettingsRoute />);

    expect(await screen.findByRole('checkbox', { name: 'Deployment failed: by email' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Security alert: by email' }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));

    await screen.findByText(/Settings saved at/);
    const body = server.seen('PUT', '/settings')[0]?.body as Settings;
    expect(Object.keys(body)).toEqual(['notifications']);
    expect(body.notifications.security_alert).toEqual({ inApp: true, email: true });
    expect(body.notifications.deployment_failed).toEqual({ inApp: true, email: true });
    expect(body.notifications.project_deleted).toEqual({ inApp: true, email: false });
  });

  it('lists the sessions with this device marked and signs out the others after asking', async () => {
    signIn('user');
    const server = serveSettings();
    server.post('/auth/sessions/revoke-others', ok({ revoked: 1 }));
    const { user } = renderWithProviders(<SettingsRoute />);

    const table = await screen.findByRole('table', { name: 'Active sessions' });
    const [, current, other] = within(table).getAllByRole('row');
    expect(current).toHaveTextContent('Firefox 133 on Linux');
    expect(current).toHaveTextContent('This device');
    expect(other).toHaveTextContent('curl/8.5.0');
    expect(other).not.toHaveTextContent('This device');

    await user.click(screen.getByRole('button', { name: 'Sign out everywhere else' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sign out the others' }));

    expect(await screen.findByText('Signed out 1 other session.')).toBeInTheDocument();
    expect(server.seen('POST', '/auth/sessions/revoke-others')).toHaveLength(1);
  });

  it('refuses a file that is not a PNG, JPEG or WebP image without uploading it', async () => {
    signIn('user');
    const server = serveSettings();
    const { user } = renderWithProviders(<SettingsRoute />);

    expect(await screen.findByText('No picture')).toBeInTheDocument();
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], 'evil.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Upload a picture'), svg);

    expect(await screen.findByText('Choose a PNG, JPEG or WebP image.')).toBeInTheDocument();
    expect(server.seen('POST', '/settings/profile-picture')).toHaveLength(0);
  });
});
