import type { Route } from '../config/config.ts';
import { globMatches } from './glob.ts';

/** Where a proxied request goes: which route's prefix it came in on, and the path to send upstream. */
export interface ProxyPath {
  /** '' for `/v1/...`, else the route prefix such as `/support`. */
  prefix: string;
  /** The part after `/v1`, e.g. `/chat/completions`; joined to UPSTREAM_BASE_URL (which ends in `/v1`). */
  upstreamPath: string;
}

/**
 * Splits `/{prefix}/v1/{rest}` into its prefix and rest. Returns undefined when the path is not under `/v1`
 * or its prefix belongs to no route.
 */
export function parseProxyPath(path: string, routes: readonly Route[]): ProxyPath | undefined {
  const v1 = path.indexOf('/v1/') === -1 ? (path.endsWith('/v1') ? path.length - 3 : -1) : path.indexOf('/v1/');
  if (v1 === -1) return undefined;
  const prefix = path.slice(0, v1);
  if (prefix !== '' && !routes.some((route) => route.match.pathPrefix === prefix)) return undefined;
  return { prefix, upstreamPath: path.slice(v1 + 3) };
}

/**
 * The route whose path prefix starts `target` (the request target as sent, before canonicalisation), longest
 * prefix first; undefined when none does. Only for choosing the error shape of a path that turns out invalid or
 * unknown: `/claude/v1/messages/` is refused in the Anthropic route's shape, not OpenAI's.
 */
export function routeOfRawTarget(routes: readonly Route[], target: string): Route | undefined {
  let best: Route | undefined;
  for (const route of routes) {
    const prefix = route.match.pathPrefix;
    if (prefix === undefined || prefix === '' || prefix === '/') continue;
    const starts = target === prefix || target.startsWith(`${prefix}/`) || target.startsWith(`${prefix}?`);
    if (starts && (best === undefined || prefix.length > (best.match.pathPrefix?.length ?? 0))) best = route;
  }
  return best;
}

export interface RouteRequest {
  prefix: string;
  model: string | undefined;
  /** Reads a request header (case-insensitive), as Hono's `c.req.header` does. */
  header(name: string): string | undefined;
}

/**
 * The first route whose prefix, model glob and headers all match; else `default` (always last). A request whose
 * prefix matches a route but whose model or headers don't falls through to the next route, then to `default`.
 */
export function selectRoute(routes: readonly Route[], request: RouteRequest): Route {
  for (const route of routes) {
    if (route.name === 'default') return route;
    const { pathPrefix, model, headers } = route.match;
    if (pathPrefix !== request.prefix) continue;
    if (model !== undefined && (request.model === undefined || !globMatches(model, request.model))) continue;
    if (headers && !Object.entries(headers).every(([name, value]) => request.header(name) === value)) continue;
    return route;
  }
  throw new Error('route list has no default route'); // loadConfig always appends it
}

/**
 * Whether `route`, chosen by model from a request's path prefix, would carry the request where its credential is
 * not meant to go, so that it is refused instead:
 * - it fell through from the prefix to a route with another upstream than the prefix's first route:
 *   `/claude/v1/messages` with a model the `claude` route does not match would reach `default`'s OpenAI upstream
 *   carrying the caller's Anthropic key;
 * - it speaks another API than the request's (`api`) although a route of the prefix speaks that one: on a prefix
 *   shared by an OpenAI and an Anthropic route, a `/v1/messages` request whose model only the OpenAI route (or
 *   `default`) matches.
 * `upstreamOf` resolves a route's upstream (a route without its own base URL uses the server's). No allocation:
 * this runs for every cached request.
 */
export function leavesPrefixUpstream(routes: readonly Route[], prefix: string, route: Route, upstreamOf: (route: Route) => string, api?: Route['upstreamApi']): boolean {
  if (prefix === '') return false;
  let owner: Route | undefined;
  let prefixSpeaksApi = false;
  for (const candidate of routes) {
    if (candidate.match.pathPrefix !== prefix) continue;
    owner ??= candidate;
    if (candidate.upstreamApi === api) prefixSpeaksApi = true;
  }
  if (owner === undefined) return false;
  if (prefixSpeaksApi && route.upstreamApi !== api) return true;
  if (route.match.pathPrefix === prefix) return false;
  return upstreamOf(owner) !== upstreamOf(route) || owner.upstreamApi !== route.upstreamApi;
}

/**
 * The route a path prefix names before the body is read (pass-through requests, error shapes): its first
 * route (of `api`, when given and the prefix has one), else `default`.
 */
export function routeOfPrefix(routes: readonly Route[], prefix: string, api?: Route['upstreamApi']): Route {
  return routes.find((route) => route.match.pathPrefix === prefix && (api === undefined || route.upstreamApi === api)) ?? routes.find((route) => route.match.pathPrefix === prefix) ?? routes[routes.length - 1]!;
}

/**
 * The upstream APIs the routes of each path prefix speak ('' is the `/v1` root, which only `default` serves):
 * a prefix shared by an OpenAI route and an Anthropic route (told apart by model) caches both APIs, each request
 * then going to the route its model matches.
 */
export function upstreamApisByPrefix(routes: readonly Route[]): Map<string, ReadonlySet<Route['upstreamApi']>> {
  const apis = new Map<string, Set<Route['upstreamApi']>>();
  for (const route of routes) {
    const prefix = route.name === 'default' ? '' : route.match.pathPrefix;
    if (prefix === undefined) continue;
    let set = apis.get(prefix);
    if (set === undefined) apis.set(prefix, (set = new Set()));
    set.add(route.upstreamApi);
  }
  return apis;
}
