import { request, requestBlob, type ApiResult, type RequestOptions } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

/**
 * The API client typed by the OpenAPI document (docs/openapi.json, turned into
 * lib/api-schema.d.ts by `npm run generate:api`): routes, path and query parameters, request
 * bodies and the envelope's `data` all come from what the server publishes, so a field renamed in
 * the back end breaks the console's type check.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type WithoutBase<P> = P extends `/api${infer R}` ? R : never;

/** A route of the document without the `/api` base path, as `env.API_URL` supplies it. */
export type Route = WithoutBase<keyof paths>;

type Operation<M extends Method, R extends Route> = NonNullable<paths[`/api${R}`][M]>;

/** The routes that answer a method. */
export type RouteWith<M extends Method> = {
  [R in Route]: paths[`/api${R}`][M] extends { responses: unknown } ? R : never;
}[Route];

type SuccessEnvelope<O> = O extends { responses: infer Responses }
  ? {
      [S in keyof Responses]: S extends 200 | 201 | 202 | 204 ? (Responses[S] extends { content: infer C } ? C[keyof C] : never) : never;
    }[keyof Responses]
  : never;

/** The envelope's `data` on success, as the document describes it. */
export type ApiData<M extends Method, R extends RouteWith<M>> = NonNullable<
  SuccessEnvelope<Operation<M, R>> extends { data?: infer D } ? D : never
>;

type PathParams<O> = O extends { parameters: { path: infer P } } ? P : never;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? ([Q] extends [undefined] ? never : NonNullable<Q>) : never;
type DeclaredBody<O> = O extends { requestBody?: infer B }
  ? [NonNullable<B>] extends [never]
    ? never
    : NonNullable<B> extends { content: { 'application/json': infer J } }
      ? J
      : never
  : never;

type Body<O> = DeclaredBody<O>;

/** A body must fit the document's request schema, and a field it does not list (a renamed one, say) is refused. */
type Exactly<I, B> = I extends B ? I & Record<Exclude<keyof I, keyof B>, never> : B;

type Options<O, I> = Omit<RequestOptions, 'method' | 'body' | 'params'> &
  ([PathParams<O>] extends [never] ? { path?: never } : { path: PathParams<O> }) &
  ([QueryParams<O>] extends [never] ? { params?: never } : { params?: QueryParams<O> }) &
  ([Body<O>] extends [never] ? { body?: never } : { body: Exactly<I, Body<O>> });

function fill(route: string, params: Record<string, string | number> | undefined): string {
  return route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`The route ${route} needs its ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** One call, with the response headers (for an ETag, say). */
export function call<M extends Method, R extends RouteWith<M>, I = never>(
  method: M,
  route: R,
  options: Options<Operation<M, R>, I>,
): Promise<ApiResult<ApiData<M, R>>> {
  const { path, params, body, ...rest } = options as RequestOptions & { path?: Record<string, string | number> };
  return request<ApiData<M, R>>(fill(route, path), { ...rest, params, body, method: method.toUpperCase() as RequestOptions['method'] });
}

async function dataOf<M extends Method, R extends RouteWith<M>, I>(method: M, route: R, options: Options<Operation<M, R>, I>) {
  return (await call(method, route, options)).data;
}

/** A file the route streams (`accept`: its media type, such as `text/csv`), fetched with the session like every call. */
function file<R extends RouteWith<'get'>>(route: R, accept: string, options: Options<Operation<'get', R>, never>): Promise<Blob> {
  const { path, params, ...rest } = options as Omit<RequestOptions, 'body'> & { path?: Record<string, string | number> };
  return requestBlob(fill(route, path), { ...rest, params, accept });
}

export const typedApi = {
  get: <R extends RouteWith<'get'>>(route: R, options: Options<Operation<'get', R>, never>) => dataOf('get', route, options),
  post: <R extends RouteWith<'post'>, I = never>(route: R, options: Options<Operation<'post', R>, I>) => dataOf('post', route, options),
  put: <R extends RouteWith<'put'>, I = never>(route: R, options: Options<Operation<'put', R>, I>) => dataOf('put', route, options),
  patch: <R extends RouteWith<'patch'>, I = never>(route: R, options: Options<Operation<'patch', R>, I>) => dataOf('patch', route, options),
  delete: <R extends RouteWith<'delete'>>(route: R, options: Options<Operation<'delete', R>, never>) => dataOf('delete', route, options),
  file,
};

/**
 * springdoc marks no property as required, so every generated field is optional. A feature states
 * which ones the server always sends (all but `Optional`), and may narrow a field the document
 * leaves a plain string (`Narrow`): the keys of both must exist in the schema.
 */
export type Sent<T, Optional extends keyof T = never> = Required<Omit<T, Optional>> & Pick<T, Optional>;
export type Narrow<T, N extends { [K in keyof T]?: unknown }> = Omit<T, keyof N> & N;

export type Schemas = components['schemas'];
