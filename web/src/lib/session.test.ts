import { afterEach, describe, expect, it, vi } from 'vitest';

import { fail, fakeApi, fakeJwt, ok } from '@/testing/fake-api';

import { api } from './api-client';
import { endSession, getIdToken, getSessionState, refreshSession, restoreSession, roleFromGroups, startSession } from './session';

function tokens(groups: string[], refreshToken = 'r1', expiresIn = 3600) {
  return { idToken: fakeJwt({ sub: 'u1', email: 'ann@example.com', 'cognito:groups': groups }), accessToken: 'a', refreshToken, expiresIn };
}

afterEach(() => {
  endSession('logged-out');
  vi.useRealTimers();
});

describe('session', () => {
  it('takes the user and the strongest role from the ID token', () => {
    const user = startSession(tokens(['user', 'manager']), { name: 'Ann' });

    expect(user).toEqual({ userId: 'u1', email: 'ann@example.com', role: 'manager', name: 'Ann' });
    expect(getSessionState()).toEqual({ status: 'authenticated', user });
  });

  it('ranks roles admin, manager, user, guest and falls back to guest', () => {
    expect(roleFromGroups(['guest', 'admin'])).toBe('admin');
    expect(roleFromGroups(['user'])).toBe('user');
    expect(roleFromGroups(['strangers'])).toBe('guest');
    expect(roleFromGroups(undefined)).toBe('guest');
  });

  it('keeps the refresh token in sessionStorage only, and forgets it on logout', () => {
    startSession(tokens(['user'], 'keep-me'));

    expect(sessionStorage.getItem('stratus.refreshToken')).toBe('keep-me');
    expect(localStorage.length).toBe(0);

    endSession('logged-out');

    expect(sessionStorage.getItem('stratus.refreshToken')).toBeNull();
    expect(getIdToken()).toBeUndefined();
    expect(getSessionState()).toEqual({ status: 'anonymous', ended: 'logged-out' });
  });

  it('renews a session kept in this tab on start, using the rotated refresh token', async () => {
    const server = fakeApi();
    server.post('/auth/refresh', ok({ ...tokens(['admin'], 'r2'), tokenType: 'Bearer' }));
    sessionStorage.setItem('stratus.refreshToken', 'r1');

    await restoreSession();

    expect(server.seen('POST', '/auth/refresh')[0]?.body).toEqual({ refreshToken: 'r1' });
    const state = getSessionState();
    expect(state.status === 'authenticated' && state.user.role).toBe('admin');
    expect(sessionStorage.getItem('stratus.refreshToken')).toBe('r2');
  });

  it('starts anonymous when the kept refresh token is refused', async () => {
    const server = fakeApi();
    server.post('/auth/refresh', fail(401, 'UNAUTHORIZED', 'Refresh token revoked'));
    sessionStorage.setItem('stratus.refreshToken', 'stolen');

    await restoreSession();

    expect(getSessionState().status).toBe('anonymous');
    expect(sessionStorage.getItem('stratus.refreshToken')).toBeNull();
  });

  it('renews the tokens silently a minute before they expire', async () => {
    vi.useFakeTimers();
    const server = fakeApi();
    server.post('/auth/refresh', ok({ ...tokens(['user'], 'r2'), idToken: fakeJwt({ sub: 'u1', email: 'ann@example.com', 'cognito:groups': ['user'], v: 2 }) }));
    startSession(tokens(['user'], 'r1', 300));
    const first = getIdToken();

    await vi.advanceTimersByTimeAsync(239_000);
    expect(server.seen('POST', '/auth/refresh')).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(2_000);
    expect(server.seen('POST', '/auth/refresh')).toHaveLength(1);
    expect(getIdToken()).not.toBe(first);
  });

  it('shares one refresh between concurrent callers', async () => {
    const server = fakeApi();
    server.post('/auth/refresh', ok(tokens(['user'], 'r2')));
    startSession(tokens(['user']));

    const results = await Promise.all([refreshSession(), refreshSession(), refreshSession()]);

    expect(results).toEqual([true, true, true]);
    expect(server.seen('POST', '/auth/refresh')).toHaveLength(1);
  });

  it('ends the session with "expired" when an API call stays unauthorized', async () => {
    const server = fakeApi();
    server.get('/orders', fail(401, 'UNAUTHORIZED', 'Token expired'));
    server.post('/auth/refresh', fail(401, 'UNAUTHORIZED', 'Refresh token expired'));
    startSession(tokens(['user']));

    await expect(api.get('/orders')).rejects.toMatchObject({ status: 401 });

    expect(getSessionState()).toEqual({ status: 'anonymous', ended: 'expired' });
  });
});
