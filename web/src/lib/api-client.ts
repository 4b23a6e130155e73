import { env } from '@/config/env';
import type { FieldProblem } from '@/lib/api-types';

/** A failed API call: the contract's error code, the HTTP status and the error's details. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(code: string, status: number, message: string, details?: unknown, requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
    this.requestId = requestId;
  }

  /** The per-field problems of a VALIDATION_ERROR; empty for every other error. */
  get fieldErrors(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(isFieldProblem);
  }

  /** A numeric entry of an object-shaped `details`, such as `available` for INSUFFICIENT_STOCK. */
  detailNumber(key: string): number | undefined {
    const value = this.detail(key);
    return typeof value === 'number' ? value : undefined;
  }

  /** A text entry of an object-shaped `details`, such as `reason` for a refused invitation. */
  detailText(key: string): string | undefined {
    const value = this.detail(key);
    return typeof value === 'string' ? value : undefined;
  }

  private detail(key: string): unknown {
    if (typeof this.details !== 'object' || this.details === null || Array.isArray(this.details)) return undefined;
    return (this.details as Record<string, unknown>)[key];
  }
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.field === 'string' && typeof record.message === 'string';
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** What the session layer lends the client: the bearer token and a way to renew it. */
export type AuthHandlers = {
  getToken: () => string | undefined;
  /** Renews the tokens; resolves false when the session cannot be renewed. */
  refresh: () => Promise<boolean>;
  /** The session is over (a 401 that a refresh could not fix). */
  onUnauthorized: () => void;
};

let authHandlers: AuthHandlers | undefined;

export function setAuthHandlers(handlers: AuthHandlers | undefined): void {
  authHandlers = handlers;
}

export type QueryParams = Record<string, string | number | boolean | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  params?: QueryParams;
  headers?: Record<string, string>;
  /** Send the bearer token and renew it on a 401 (default true). */
  auth?: boolean;
  /** Another API base than `env.API_URL`, such as another Stratus reached with an API key (then `auth: false`). */
  baseUrl?: string;
  signal?: AbortSignal;
};

export type ApiResult<T> = { data: T; headers: Headers };

function buildUrl(base: string, path: string, params?: QueryParams): string {
  const url = `${base}${path}`;
  if (!params) return url;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${url}?${query}` : url;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = options.auth === false ? undefined : authHandlers?.getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(buildUrl(options.baseUrl ?? env.API_URL, path, options.params), {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, body: unknown): ApiError {
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  if (typeof body === 'object' && body !== null) {
    const error = (body as Record<string, unknown>).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message, details } = error as Record<string, unknown>;
      if (typeof code === 'string') {
        return new ApiError(code, response.status, typeof message === 'string' ? message : code, details, requestId);
      }
    }
  }
  const code = response.status === 401 ? 'UNAUTHORIZED' : response.status >= 500 ? 'INTERNAL_ERROR' : 'HTTP_ERROR';
  return new ApiError(code, response.status, `The server answered ${response.status} ${response.statusText}`.trim(), undefined, requestId);
}

/** Sends the request, renewing the session once on a 401; a network failure becomes NETWORK_ERROR. */
async function sendWithRenewal(path: string, options: RequestOptions): Promise<Response> {
  try {
    const response = await send(path, options);
    if (response.status === 401 && options.auth !== false && authHandlers?.getToken()) {
      if (await authHandlers.refresh()) return await send(path, options);
    }
    return response;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('NETWORK_ERROR', 0, 'The server could not be reached. Check your connection and try again.');
  }
}

function failure(response: Response, body: unknown, options: RequestOptions): ApiError {
  const error = toApiError(response, body);
  if (error.status === 401 && options.auth !== false && authHandlers?.getToken()) authHandlers.onUnauthorized();
  return error;
}

/** Sends one request, unwraps the `{success, data, meta}` envelope and throws ApiError on failure. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
  const response = await sendWithRenewal(path, options);
  const body = await readJson(response);
  if (!response.ok || (typeof body === 'object' && body !== null && (body as Record<string, unknown>).success === false)) {
    throw failure(response, body, options);
  }
  const data = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).data : undefined;
  return { data: data as T, headers: response.headers };
}

/**
 * Fetches a file the API streams (a CSV export): its body as a Blob, with the bearer token like
 * every other call. A failure still comes in the envelope and throws ApiError.
 */
export async function requestBlob(path: string, options: RequestOptions & { accept: string }): Promise<Blob> {
  const { accept, ...rest } = options;
  const response = await sendWithRenewal(path, { ...rest, headers: { ...rest.headers, Accept: `${accept}, application/json` } });
  if (!response.ok) throw failure(response, await readJson(response), rest);
  return response.blob();
}

async function dataOf<T>(path: string, options: RequestOptions): Promise<T> {
  return (await request<T>(path, options)).data;
}

export const api = {
  get: <T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}) => dataOf<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    dataOf<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    dataOf<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    dataOf<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}) => dataOf<T>(path, { ...options, method: 'DELETE' }),
};

/** A human sentence for any error a query or mutation may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
