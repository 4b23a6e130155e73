import type { RequestOptions } from '@/lib/api-client';
import { typedApi, type RouteWith } from '@/lib/typed-api';

import { connectionOptions, type Connection } from './connection';

type CustomersRoute<M extends 'get' | 'post' | 'delete'> = RouteWith<M> & `/customers${string}`;

/** The call's own options, sent to where `connection` says (its base URL and key) instead of this Stratus. */
function aimed<O extends Pick<RequestOptions, 'headers'>>(connection: Connection | undefined, options: O): O {
  const target = connectionOptions(connection);
  return { ...options, ...target, headers: { ...options.headers, ...target.headers } };
}

/**
 * The customers routes of the typed client, to this Stratus with the session or, when a connection
 * is saved in the settings, to that Stratus with its API key. Every endpoint of the feature goes
 * through here, so the switch lives in one place.
 */
export function customersApi(connection: Connection | undefined) {
  return {
    get: <R extends CustomersRoute<'get'>>(route: R, options: Parameters<typeof typedApi.get<R>>[1]) => typedApi.get(route, aimed(connection, options)),
    post: <R extends CustomersRoute<'post'>, I>(route: R, options: Parameters<typeof typedApi.post<R, I>>[1]) =>
      typedApi.post<R, I>(route, aimed(connection, options)),
    delete: <R extends CustomersRoute<'delete'>>(route: R, options: Parameters<typeof typedApi.delete<R>>[1]) =>
      typedApi.delete(route, aimed(connection, options)),
  };
}
