import { vi } from 'vitest';

/** One request the console made, as the fake server saw it. */
export type SeenRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
};

export type FakeResponse = { status?: number; body?: unknown; headers?: Record<string, string> };

type Handler = (request: SeenRequest) => FakeResponse | Promise<FakeResponse>;

type Route = { method: string; path: string | RegExp; handler: Handler };

export const ok = (data: unknown, status = 200, headers?: Record<string, string>): FakeResponse => ({
  status,
  headers,
  body: { success: true, data, meta: { requestId: 'req-test', timestamp: '2024-01-15T10:30:00.000Z' } },
});

export const fail = (status: number, code: string, message: string, details?: unknown): FakeResponse => ({
  status,
  body: { success: false, error: { code, message, details }, meta: { requestId: 'req-test', timestamp: '2024-01-15T10:30:00.000Z' } },
});

export const page = <T,>(items: T[], nextToken?: string) => ({ items, count: items.length, ...(nextToken ? { nextToken } : {}) });

/**
 * A fake of the Stratus API behind `fetch`: routes answer in order of registration, and every
 * request is recorded. An unmatched request fails the test loudly with a 599.
 */
export function fakeApi() {
  const routes: Route[] = [];
  const requests: SeenRequest[] = [];

  const fetchFake = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/api/, '');
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const seen: SeenRequest = {
      method,
      path,
      query: url.searchParams,
      headers: new Headers(init?.headers),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    requests.push(seen);
    const route = routes.find((r) => r.method === method && (typeof r.path === 'string' ? r.path === path : r.path.test(path)));
    if (!route) return new Response(JSON.stringify({ unmatched: `${method} ${path}` }), { status: 599 });
    const answer = await route.handler(seen);
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'Content-Type': 'application/json', ...answer.headers },
    });
  });

  vi.stubGlobal('fetch', fetchFake);

  const on = (method: string, path: string | RegExp, handler: Handler | FakeResponse) => {
    routes.unshift({ method, path, handler: typeof handler === 'function' ? handler : () => handler });
  };

  return {
    requests,
    get: (path: string | RegExp, handler: Handler | FakeResponse) => { on('GET', path, handler); },
    post: (path: string | RegExp, handler: Handler | FakeResponse) => { on('POST', path, handler); },
    put: (path: string | RegExp, handler: Handler | FakeResponse) => { on('PUT', path, handler); },
    patch: (path: string | RegExp, handler: Handler | FakeResponse) => { on('PATCH', path, handler); },
    delete: (path: string | RegExp, handler: Handler | FakeResponse) => { on('DELETE', path, handler); },
    /** Requests to one method and path, oldest first. */
    seen: (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path),
  };
}

/** An unsigned JWT with the given claims: the console reads claims, the server checks signatures. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ exp: Math.floor(Date.now() / 1000) + 3600, ...claims })}.sig`;
}
