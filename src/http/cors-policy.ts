import { cors } from 'hono/cors';
import type { MiddlewareHandler } from 'hono';
import type { CorsSettings } from '../config/config.ts';

/**
 * Response headers a browser client may read by default: the cache's own, the request id and the rate-limit
 * ones, so a page sees the same on a HIT as on a MISS.
 */
export const DEFAULT_EXPOSED_HEADERS = [
  'x-request-id',
  'x-upstream-request-id',
  'request-id',
  'x-cache-status',
  'x-cache-match',
  'x-cache-similarity',
  'x-cache-key',
  'x-cache-query',
  'x-cache-explain',
  'x-cache-shadow',
  'x-cache-coalesced',
  'age',
  'retry-after',
  'retry-after-ms',
  'x-ratelimit-limit-requests',
  'x-ratelimit-remaining-requests',
  'x-ratelimit-reset-requests',
] as const;

/**
 * The proxy's CORS policy (config `server.cors`), applied by hono's own middleware to every answer alike: hits,
 * misses, pass-through, proxy errors and OPTIONS preflights. The upstream's `Access-Control-*` headers are never
 * relayed (see forward.ts), so what a browser sees does not depend on whether the cache answered.
 */
export function corsPolicy(settings: CorsSettings): MiddlewareHandler {
  return cors({
    origin: settings.origins === '*' ? '*' : [...settings.origins],
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    // Empty: echo what the preflight asks for (SDKs send their own `x-stainless-*` headers).
    allowHeaders: [...settings.allowHeaders],
    exposeHeaders: [...DEFAULT_EXPOSED_HEADERS, ...settings.exposeHeaders],
    credentials: settings.credentials,
    ...(settings.maxAgeSeconds === undefined ? {} : { maxAge: settings.maxAgeSeconds }),
  });
}
