import { useSyncExternalStore } from 'react';

import { ApiError, request, setAuthHandlers } from '@/lib/api-client';
import { ROLES, type Role } from '@/lib/authorization';
import { decodeClaims } from '@/lib/jwt';

/**
 * The signed-in session. Tokens live in memory only; the refresh token is also kept in
 * sessionStorage (never localStorage) so a reload of the tab can renew the session.
 */
export type Tokens = {
  idToken: string;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
};

export type SessionUser = {
  userId: string;
  email: string;
  role: Role;
  name?: string;
};

export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous'; ended?: 'expired' | 'logged-out' }
  | { status: 'authenticated'; user: SessionUser };

const REFRESH_KEY = 'stratus.refreshToken';
/** Renew this long before the ID token expires. */
const REFRESH_MARGIN_MS = 60_000;

let state: SessionState = { status: 'anonymous' };
let tokens: Tokens | undefined;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | undefined;
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getSessionState(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState, getSessionState);
}

/** The signed-in user, or undefined. */
export function useCurrentUser(): SessionUser | undefined {
  const session = useSession();
  return session.status === 'authenticated' ? session.user : undefined;
}

const ROLE_RANK: Record<Role, number> = { admin: 0, manager: 1, user: 2, guest: 3 };

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The strongest role among the token's groups (an admin who is also a user is an admin). */
export function roleFromGroups(groups: readonly string[] | undefined): Role {
  const roles = (groups ?? []).map((g) => g.toLowerCase()).filter(isRole);
  roles.sort((a, b) => ROLE_RANK[a] - ROLE_RANK[b]);
  return roles[0] ?? 'guest';
}

type UserHint = { userId?: unknown; email?: unknown; name?: unknown; role?: unknown };

function userFrom(idToken: string, hint?: UserHint): SessionUser {
  const claims = decodeClaims(idToken);
  const role = claims['cognito:groups'] ? roleFromGroups(claims['cognito:groups']) : isRole(hint?.role) ? hint.role : 'guest';
  return {
    userId: claims.sub ?? (typeof hint?.userId === 'string' ? hint.userId : ''),
    email: claims.email ?? (typeof hint?.email === 'string' ? hint.email : ''),
    role,
    name: typeof hint?.name === 'string' ? hint.name : undefined,
  };
}

function scheduleRefresh(expiresInSeconds: number): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  const delay = Math.max(expiresInSeconds * 1000 - REFRESH_MARGIN_MS, 5_000);
  refreshTimer = setTimeout(() => void refreshSession(), delay);
}

function storeRefreshToken(value: string | undefined): void {
  try {
    if (value) sessionStorage.setItem(REFRESH_KEY, value);
    else sessionStorage.removeItem(REFRESH_KEY);
  } catch {
    // Storage can be off (private mode); the session then simply does not survive a reload.
  }
}

function readRefreshToken(): string | undefined {
  try {
    return sessionStorage.getItem(REFRESH_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Starts a session from a login (or refresh) answer. */
export function startSession(next: Tokens, hint?: UserHint): SessionUser {
  tokens = next;
  storeRefreshToken(next.refreshToken);
  scheduleRefresh(next.expiresIn);
  const previousName = state.status === 'authenticated' ? state.user.name : undefined;
  const user = userFrom(next.idToken, hint ?? { name: previousName });
  setState({ status: 'authenticated', user });
  return user;
}

export function endSession(reason: 'expired' | 'logged-out'): void {
  tokens = undefined;
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = undefined;
  storeRefreshToken(undefined);
  setState({ status: 'anonymous', ended: reason });
}

export function getIdToken(): string | undefined {
  return tokens?.idToken;
}

export function getRefreshToken(): string | undefined {
  return tokens?.refreshToken ?? readRefreshToken();
}

type RefreshAnswer = { idToken: string; accessToken: string; refreshToken?: string; expiresIn?: number; user?: UserHint };

/** Renews the tokens; concurrent callers share one request. Resolves false when the session is over. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = getRefreshToken();
    if (!refreshToken) return false;
    try {
      const { data } = await request<RefreshAnswer>('/auth/refresh', { method: 'POST', body: { refreshToken }, auth: false });
      startSession(
        {
          idToken: data.idToken,
          accessToken: data.accessToken,
          refreshToken: data.refreshToken ?? refreshToken,
          expiresIn: data.expiresIn ?? 3600,
        },
        data.user,
      );
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status > 0) endSession('expired');
      return false;
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
}

/** On start: renew a session kept in this tab, if any. */
export async function restoreSession(): Promise<void> {
  if (!readRefreshToken()) {
    setState({ status: 'anonymous' });
    return;
  }
  setState({ status: 'restoring' });
  const renewed = await refreshSession();
  if (!renewed && state.status === 'restoring') setState({ status: 'anonymous' });
}

setAuthHandlers({
  getToken: getIdToken,
  refresh: refreshSession,
  onUnauthorized: () => {
    endSession('expired');
  },
});
