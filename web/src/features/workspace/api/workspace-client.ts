// The workspace routes are not in docs/openapi.json yet (the back end is being written beside
// this console), so typed-api cannot type them. This file is the one place that calls them
// untyped; once they are published, `workspaceApi` becomes `typedApi` and the casts in the
// endpoint files go.
// eslint-disable-next-line no-restricted-imports
import { request, type RequestOptions } from '@/lib/api-client';

/** The contract's workspace routes (docs/API.md), without the `/api` base path. */
export type WorkspaceRoute =
  | '/home'
  | '/dashboard'
  | '/projects'
  | '/projects/{id}'
  | '/projects/{id}/schema'
  | '/projects/{id}/schema/versions'
  | '/projects/{id}/schema/versions/{version}'
  | '/architecture/{projectId}'
  | '/architecture/{projectId}/diagram'
  | '/architecture/{projectId}/diagram-url'
  | '/projects/{id}/generations'
  | '/generations/{id}'
  | '/generations/{id}/download-url'
  | '/projects/{id}/deployments'
  | '/deployments/{id}'
  | '/deployments/{id}/cancel'
  | '/deployments/{id}/logs'
  | '/projects/{id}/members'
  | '/projects/{id}/members/{userId}'
  | '/projects/{id}/invitations'
  | '/invitations/{token}/accept';

type Options = Omit<RequestOptions, 'method'> & { path?: Record<string, string | number> };

function fill(route: WorkspaceRoute, path: Options['path']): string {
  return route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = path?.[name];
    if (value === undefined) throw new Error(`The route ${route} needs its ${name}`);
    return encodeURIComponent(String(value));
  });
}

async function send<T>(method: NonNullable<RequestOptions['method']>, route: WorkspaceRoute, { path, ...options }: Options): Promise<T> {
  return (await request<T>(fill(route, path), { ...options, method })).data;
}

/** Shaped like typedApi (route, then path, params, body and signal), so the switch is one line. */
export const workspaceApi = {
  get: <T>(route: WorkspaceRoute, options: Omit<Options, 'body'> = {}) => send<T>('GET', route, options),
  post: <T>(route: WorkspaceRoute, options: Options = {}) => send<T>('POST', route, options),
  put: <T>(route: WorkspaceRoute, options: Options = {}) => send<T>('PUT', route, options),
  patch: <T>(route: WorkspaceRoute, options: Options = {}) => send<T>('PATCH', route, options),
  delete: <T>(route: WorkspaceRoute, options: Omit<Options, 'body'> = {}) => send<T>('DELETE', route, options),
};

/**
 * The items of a list the contract describes only as "items" (members, schema versions,
 * generations, deployments): a page `{items, count, nextToken?}` by the conventions, or a bare
 * array; both read the same here.
 */
export function itemsOf<T>(data: { items: T[] } | T[]): T[] {
  return Array.isArray(data) ? data : data.items;
}
