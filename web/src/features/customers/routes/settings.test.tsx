import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fail, fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { clearConnection, getConnection } from '../api/connection';
import { CustomersSettingsRoute } from './settings';

const key = 'stx_ab12cd34_0123456789abcdefghijklmnopqrstuv';

afterEach(() => {
  clearConnection();
});

function renderSettings() {
  return renderWithProviders(<CustomersSettingsRoute />, { path: '/customers/settings', url: '/customers/settings' });
}

describe('CustomersSettingsRoute', () => {
  it('tests a connection with the entered address and key, and shows the answer', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers', ok(page([])));
    const { user } = renderSettings();
    expect(screen.getByText('Using this Stratus, with your session.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('API base URL'), 'https://other.example');
    await user.type(screen.getByLabelText('API key'), key);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect(await screen.findByText('https://other.example answered, and the key may read customers.')).toBeInTheDocument();
    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe('https://other.example/api/customers?limit=1');
    expect(getConnection()).toBeUndefined();
  });

  it('shows the error’s message when the test fails', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers', fail(401, 'UNAUTHORIZED', 'The API key is not valid'));
    const { user } = renderSettings();

    await user.type(screen.getByLabelText('API base URL'), 'https://other.example');
    await user.type(screen.getByLabelText('API key'), key);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The API key is not valid');
  });

  it('refuses an address that is not http(s) and a key of the wrong shape', async () => {
    signIn('admin');
    const server = fakeApi();
    const { user } = renderSettings();

    await user.type(screen.getByLabelText('API base URL'), 'other.example');
    await user.type(screen.getByLabelText('API key'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Enter an http:// or https:// address')).toBeInTheDocument();
    expect(screen.getByText(/An API key looks like/)).toBeInTheDocument();
    expect(server.requests).toHaveLength(0);
    expect(getConnection()).toBeUndefined();
  });

  it('saves the connection, shows only the key’s prefix from then on, and goes back to this Stratus on request', async () => {
    signIn('admin');
    fakeApi();
    const { user } = renderSettings();

    await user.type(screen.getByLabelText('API base URL'), 'https://other.example/api');
    await user.type(screen.getByLabelText('API key'), key);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const banner = await screen.findByText(/^Using/, { selector: 'p' });
    expect(banner).toHaveTextContent('Using https://other.example with key stx_ab12cd34…');
    expect(getConnection()).toEqual({ baseUrl: 'https://other.example', apiKey: key });
    expect(screen.getByLabelText('API key')).toHaveValue('');
    expect(document.body).not.toHaveTextContent(key);

    await user.click(within(banner.parentElement as HTMLElement).getByRole('button', { name: 'Use this Stratus' }));
    expect(getConnection()).toBeUndefined();
    expect(await screen.findByText('Using this Stratus, with your session.')).toBeInTheDocument();
  });

  it('tests the saved key when the key field is left empty', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers', ok(page([])));
    const { user } = renderSettings();
    await user.type(screen.getByLabelText('API base URL'), 'https://other.example');
    await user.type(screen.getByLabelText('API key'), key);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    await screen.findByText(/answered, and the key may read customers/);
    expect(server.seen('GET', '/customers')[0]?.headers.get('X-Api-Key')).toBe(key);
  });
});
