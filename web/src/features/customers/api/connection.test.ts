import { afterEach, describe, expect, it, vi } from 'vitest';

import { fakeApi, ok, page } from '@/testing/fake-api';
import { signIn } from '@/testing/render';

import { clearConnection, getConnection, keyPrefix, normalizeBaseUrl, saveConnection } from './connection';
import { getCustomers } from './get-customers';
import { testConnection } from './test-connection';

const key = 'stx_ab12cd34_0123456789abcdefghijklmnopqrstuv';

afterEach(() => {
  clearConnection();
});

function sentTo(call: number) {
  const [url, init] = vi.mocked(fetch).mock.calls[call] ?? [];
  return { url, headers: new Headers(init?.headers) };
}

describe('customers API connection', () => {
  it('keeps a saved connection in localStorage, normalised, and forgets it on reset', () => {
    expect(getConnection()).toBeUndefined();

    saveConnection({ baseUrl: ' https://other.example/api/ ', apiKey: key });

    expect(getConnection()).toEqual({ baseUrl: 'https://other.example', apiKey: key });
    expect(getConnection()).toBe(getConnection());
    expect(JSON.parse(localStorage.getItem('stratus.customers.connection') ?? '')).toEqual({ baseUrl: 'https://other.example', apiKey: key });
    clearConnection();
    expect(getConnection()).toBeUndefined();
  });

  it('ignores a stored value that is not a valid connection', () => {
    localStorage.setItem('stratus.customers.connection', JSON.stringify({ baseUrl: 'ftp://x', apiKey: 'nope' }));
    expect(getConnection()).toBeUndefined();
    localStorage.setItem('stratus.customers.connection', '{not json');
    expect(getConnection()).toBeUndefined();
  });

  it('calls this Stratus with the session when no connection is saved', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers', ok(page([])));

    await getCustomers(getConnection(), { prefix: 'cu' });

    expect(sentTo(0).url).toBe('/api/customers?prefix=cu&limit=20');
    expect(sentTo(0).headers.get('Authorization')).toMatch(/^Bearer /);
    expect(sentTo(0).headers.has('X-Api-Key')).toBe(false);
  });

  it('calls the saved Stratus with its key instead of the session', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers', ok(page([])));
    saveConnection({ baseUrl: 'https://other.example', apiKey: key });

    await getCustomers(getConnection(), {});

    expect(sentTo(0).url).toBe('https://other.example/api/customers?limit=20');
    expect(sentTo(0).headers.get('X-Api-Key')).toBe(key);
    expect(sentTo(0).headers.has('Authorization')).toBe(false);
  });

  it('tests a connection by reading one customer with the key', async () => {
    const server = fakeApi();
    server.get('/customers', ok(page([])));

    await testConnection({ baseUrl: 'http://localhost:9090', apiKey: key });

    expect(sentTo(0).url).toBe('http://localhost:9090/api/customers?limit=1');
    expect(sentTo(0).headers.get('X-Api-Key')).toBe(key);
  });

  it('shows only the prefix of a key, and reads an address with or without /api', () => {
    expect(keyPrefix(key)).toBe('stx_ab12cd34');
    expect(normalizeBaseUrl('https://a.example/')).toBe('https://a.example');
    expect(normalizeBaseUrl('https://a.example/api')).toBe('https://a.example');
    expect(normalizeBaseUrl('https://a.example/stratus/api/')).toBe('https://a.example/stratus');
  });
});
