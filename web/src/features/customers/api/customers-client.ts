// The customers routes are not in docs/openapi.json yet: until they are, this one file calls the
// untyped client. Once they are, it calls `call` from @/lib/typed-api and the rule comes back on.
// eslint-disable-next-line no-restricted-imports
import { request, type QueryParams } from '@/lib/api-client';

import { connectionOptions, type Connection } from './connection';

type Method = 'get' | 'post' | 'delete';

type CallOptions = {
  path?: Record<string, string>;
  params?: QueryParams;
  body?: object;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

function fill(route: string, params: Record<string, string> | undefined): string {
  return route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`The route ${route} needs its ${name}`);
    return encodeURIComponent(value);
  });
}

/**
 * One call of the customers API, to this Stratus with the session or, when a connection is saved
 * in the settings, to that Stratus with its API key. Every endpoint of the feature goes through
 * here, so the switch lives in one place.
 */
export async function customersCall<T>(connection: Connection | undefined, method: Method, route: `/customers${string}`, options: CallOptions = {}): Promise<T> {
  const target = connectionOptions(connection);
  const { path, headers, ...rest } = options;
  const result = await request<T>(fill(route, path), {
    ...rest,
    ...target,
    headers: { ...headers, ...target.headers },
    method: method.toUpperCase() as 'GET' | 'POST' | 'DELETE',
  });
  return result.data;
}
