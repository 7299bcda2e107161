/**
 * Counts requests per bucket (a route and a tenant) against a limit, for the per-route `rateLimit` setting.
 * Implementations: MemoryRateLimiter (one process) and RedisRateLimiter (shared by every instance on a Redis).
 * Both use the sliding-window counter of sliding-window.ts, so they agree on every decision.
 */
export interface RateLimiter {
  /**
   * Counts one request in `bucket` when it fits in `limit`; a refused request is not counted, so a client that
   * keeps retrying is let in again as soon as its earlier requests age out. Throws when the backend fails
   * (callers fail open).
   */
  consume(bucket: string, limit: RateLimit): Promise<RateDecision>;
}

export interface RateLimit {
  /** Requests allowed per window. */
  requests: number;
  windowMs: number;
}

export type RateDecision =
  | { allowed: true }
  /** `retryAfterMs`: how long until one more request fits, if no other is counted meanwhile. */
  | { allowed: false; retryAfterMs: number };
