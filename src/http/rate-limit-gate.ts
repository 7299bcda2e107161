import type { Route } from '../config/config.ts';
import type { CredentialSource } from '../cache/credentials.ts';
import { rateLimitTenants } from '../cache/tenant.ts';
import type { RateDecision, RateLimiter } from '../rate-limit/rate-limiter.ts';
import { retryAfterSeconds } from '../rate-limit/sliding-window.ts';
import { ProxyError } from './proxy-error.ts';

/**
 * Where a request is checked: `before-lookup` counts it only on routes whose hits count (`countHits`), so a hit
 * is served before the check otherwise; `before-upstream` counts anything that costs an upstream call (a miss, a
 * bypass, a refresh, a request whose lookup failed) unless it was already counted.
 */
export type AdmissionPoint = 'before-lookup' | 'before-upstream';

export interface RateLimitGateOptions {
  limiter: RateLimiter;
  /** Keys the tenant a limit applies to (the same keyed hash as cache tenants). */
  tenantSecret: { readonly value: string };
  /** The limiter failed and the request was let through (fail open: a limiter is never a reason to fail). */
  onFault?: (error: unknown) => void;
  /** A request was refused with a 429. */
  onLimited?: (route: string) => void;
}

/**
 * The per-route `rateLimit` (off by default): requests per tenant per window. The tenant is the caller's API key
 * (keyed hash), or the trusted tenant header on routes that take one — also on `share: true` routes, where
 * tenants share answers but not each other's allowance.
 */
export class RateLimitGate {
  readonly #options: RateLimitGateOptions;

  constructor(options: RateLimitGateOptions) {
    this.#options = options;
  }

  /**
   * Counts the request against its route's limit when `point` is where this route counts it; resolves whether
   * it did (a request is counted once), and throws a 429 ProxyError when over the limit.
   */
  async admit(route: Route, credentials: CredentialSource, point: AdmissionPoint): Promise<boolean> {
    const limit = route.settings.rateLimit;
    if (!limit || (point === 'before-lookup' && !limit.countHits)) return false;
    // Counted by the credentials the upstream authenticates (the known headers and query keys), not by every header
    // whose name looks like one: a caller adding `X-Anything-Token: <random>` would get a fresh allowance each time.
    // Each API key is counted on its own (rateLimitTenants): a request is refused at the first that is spent (and the
    // keys after it are not counted).
    const upstreamCredentials: CredentialSource = { header: (name) => credentials.header(name), headers: {}, search: credentials.search };
    for (const tenant of rateLimitTenants(upstreamCredentials, route.settings, this.#options.tenantSecret.value)) {
      let decision: RateDecision;
      try {
        decision = await this.#options.limiter.consume(`${route.name}:${tenant}`, { requests: limit.requests, windowMs: limit.window });
      } catch (error) {
        this.#options.onFault?.(error);
        return true;
      }
      if (!decision.allowed) {
        this.#options.onLimited?.(route.name);
        throw rateLimitExceeded(route.name, limit.requests, limit.window, decision.retryAfterMs);
      }
    }
    return true;
  }
}

/**
 * OpenAI's own 429 shape (`type: "requests"`, `code: "rate_limit_exceeded"`) and headers, so SDKs raise their
 * RateLimitError and their retry logic honours the wait (openai-node reads `retry-after-ms`, then `retry-after`).
 */
export function rateLimitExceeded(route: string, requests: number, windowMs: number, retryAfterMs: number): ProxyError {
  const seconds = retryAfterSeconds(retryAfterMs);
  return new ProxyError(
    429,
    `Rate limit reached on route "${route}": ${requests} requests per ${describeWindow(windowMs)}. Please try again in ${seconds}s.`,
    {
      type: 'requests',
      code: 'rate_limit_exceeded',
      headers: {
        'retry-after': String(seconds),
        'retry-after-ms': String(Math.ceil(retryAfterMs)),
        'x-ratelimit-limit-requests': String(requests),
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': `${seconds}s`,
      },
    },
  );
}

function describeWindow(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000}d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${ms / 1_000}s`;
}
