import { afterEach, describe, expect, it, vi } from 'vitest';

import { fail, fakeApi, ok } from '@/testing/fake-api';

import { api, ApiError, request, setAuthHandlers } from './api-client';

afterEach(() => {
  setAuthHandlers(undefined);
});

describe('api client', () => {
  it('unwraps the envelope and sends query parameters, dropping empty ones', async () => {
    const server = fakeApi();
    server.get('/products', ok({ items: [{ id: 'p1' }], count: 1 }));

    const data = await api.get<{ items: { id: string }[] }>('/products', { params: { category: 'food', search: '', limit: 12, nextToken: undefined } });

    expect(data.items[0]?.id).toBe('p1');
    const [seen] = server.seen('GET', '/products');
    expect(seen?.query.get('category')).toBe('food');
    expect(seen?.query.get('limit')).toBe('12');
    expect(seen?.query.has('search')).toBe(false);
    expect(seen?.query.has('nextToken')).toBe(false);
  });

  it('throws a typed ApiError carrying code, status and the per-field details', async () => {
    const server = fakeApi();
    server.post(
      '/products',
      fail(400, 'VALIDATION_ERROR', 'Invalid product', [
        { field: 'name', message: 'too short' },
        { field: 'price', message: 'must be positive' },
      ]),
    );

    const error = await api.post('/products', { name: 'x' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.code).toBe('VALIDATION_ERROR');
    expect(apiError.status).toBe(400);
    expect(apiError.message).toBe('Invalid product');
    expect(apiError.fieldErrors).toEqual([
      { field: 'name', message: 'too short' },
      { field: 'price', message: 'must be positive' },
    ]);
  });

  it('reads numbers from object details, such as the available stock of a 409', async () => {
    const server = fakeApi();
    server.post('/orders', fail(409, 'INSUFFICIENT_STOCK', 'Not enough stock', { requested: 5, available: 2 }));

    const error = (await api.post('/orders', {}).catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('INSUFFICIENT_STOCK');
    expect(error.detailNumber('available')).toBe(2);
    expect(error.fieldErrors).toEqual([]);
  });

  it('reads texts from object details, such as the reason of a refused invitation, and nothing of another type', async () => {
    fakeApi().post('/invitations/t/accept', fail(409, 'CONFLICT', 'Used', { reason: 'used', count: 1 }));

    const error = (await api.post('/invitations/t/accept').catch((e: unknown) => e)) as ApiError;

    expect(error.detailText('reason')).toBe('used');
    expect(error.detailText('count')).toBeUndefined();
    expect(error.detailNumber('reason')).toBeUndefined();
  });

  it('turns a body without an envelope into an ApiError from the status', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))));

    const error = (await api.get('/health').catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('INTERNAL_ERROR');
    expect(error.status).toBe(502);
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));

    const error = (await api.get('/health').catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.status).toBe(0);
  });

  it('returns response headers, such as the ETag', async () => {
    const server = fakeApi();
    server.get('/products/p1', ok({ id: 'p1' }, 200, { ETag: '"v3"' }));

    const { data, headers } = await request<{ id: string }>('/products/p1');

    expect(data.id).toBe('p1');
    expect(headers.get('ETag')).toBe('"v3"');
  });

  it('sends the bearer token, and after a 401 renews it once and retries', async () => {
    const server = fakeApi();
    let token = 'old';
    server.get('/orders', (req) => (req.headers.get('Authorization') === 'Bearer new' ? ok({ items: [], count: 0 }) : fail(401, 'UNAUTHORIZED', 'Token expired')));
    const refresh = vi.fn(() => {
      token = 'new';
      return Promise.resolve(true);
    });
    const onUnauthorized = vi.fn();
    setAuthHandlers({ getToken: () => token, refresh, onUnauthorized });

    const data = await api.get<{ count: number }>('/orders');

    expect(data.count).toBe(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(server.seen('GET', '/orders').map((r) => r.headers.get('Authorization'))).toEqual(['Bearer old', 'Bearer new']);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('ends the session when the 401 survives a refresh', async () => {
    const server = fakeApi();
    server.get('/orders', fail(401, 'UNAUTHORIZED', 'Token expired'));
    const onUnauthorized = vi.fn();
    setAuthHandlers({ getToken: () => 'old', refresh: () => Promise.resolve(false), onUnauthorized });

    const error = (await api.get('/orders').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(401);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not send a token or renew it on public calls such as login', async () => {
    const server = fakeApi();
    server.post('/auth/login', fail(401, 'INVALID_CREDENTIALS', 'Wrong email or password'));
    const refresh = vi.fn(() => Promise.resolve(true));
    setAuthHandlers({ getToken: () => 'token', refresh, onUnauthorized: vi.fn() });

    const error = (await api.post('/auth/login', { email: 'a@b.c', password: 'x' }, { auth: false }).catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(refresh).not.toHaveBeenCalled();
    expect(server.seen('POST', '/auth/login')[0]?.headers.has('Authorization')).toBe(false);
  });

  it('sends a call to another base when one is given', async () => {
    const server = fakeApi();
    server.get('/customers', ok({ items: [], count: 0 }));

    await api.get('/customers', { baseUrl: 'https://other.example/api', auth: false, params: { limit: 1 } });

    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe('https://other.example/api/customers?limit=1');
  });
});
