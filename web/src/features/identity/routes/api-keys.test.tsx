import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';

import { ApiKeysRoute } from './api-keys';

const listed = {
  id: 'k1',
  name: 'Billing sync',
  prefix: 'stx_Abcdefgh',
  scopes: ['customers:read'],
  rateLimitPerMinute: 60,
  dailyQuota: 10000,
  expiresAt: null,
  createdAt: '2024-01-15T10:30:00.000Z',
  usageToday: 42,
  revoked: false,
};

describe('ApiKeysRoute', () => {
  it('lists keys with their usage against the quota', async () => {
    const server = fakeApi();
    server.get('/admin/api-keys', ok(page([listed])));
    renderWithProviders(<ApiKeysRoute />);

    const row = (await screen.findByText('Billing sync')).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('42 / 10,000 today')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('Active')).toBeInTheDocument();
  });

  it('says what is wrong before sending a key without a name or scope', async () => {
    const server = fakeApi();
    server.get('/admin/api-keys', ok(page([])));
    const { user } = renderWithProviders(<ApiKeysRoute />);
    expect(await screen.findByText('No API keys yet')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /customers:read/ }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    expect(await screen.findByText('Enter a name')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one scope')).toBeInTheDocument();
    expect(server.seen('POST', '/admin/api-keys')).toHaveLength(0);
  });

  it('shows a new key once, in a dialog', async () => {
    const server = fakeApi();
    server.get('/admin/api-keys', ok(page([])));
    server.post('/admin/api-keys', ok({ ...listed, key: 'stx_Abcdefgh_' + 'x'.repeat(43) }, 201));
    const { user } = renderWithProviders(<ApiKeysRoute />);

    await user.type(await screen.findByLabelText('Name'), 'Billing sync');
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('API key')).toHaveTextContent('stx_Abcdefgh_' + 'x'.repeat(43));
    expect(within(dialog).getByText(/You will not see this key again/)).toBeInTheDocument();
    expect(server.seen('POST', '/admin/api-keys')[0]?.body).toEqual({
      name: 'Billing sync',
      scopes: ['customers:read'],
      rateLimitPerMinute: 60,
      dailyQuota: 10000,
    });

    await user.click(within(dialog).getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
