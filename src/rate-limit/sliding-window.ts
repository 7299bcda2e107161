import type { RateDecision, RateLimit } from './rate-limiter.ts';

/**
 * The sliding-window counter (as in Cloudflare's and nginx's limiters): counts are kept per fixed window, and
 * the rate at any instant is this window's count plus the previous window's count weighted by how much of the
 * previous window still overlaps the sliding one. Two counters per bucket and a few multiplications — as cheap
 * as a fixed window, without letting a client send twice the limit across a window boundary.
 *
 * RedisRateLimiter's Lua script repeats `fits`; keep them in step.
 */
export interface WindowCounts {
  /** Requests counted in the current fixed window. */
  current: number;
  /** Requests counted in the fixed window before it. */
  previous: number;
}

/** Where `now` falls: the fixed window's index (for keys) and how far into it. */
export function windowPosition(now: number, windowMs: number): { index: number; elapsedMs: number } {
  const index = Math.floor(now / windowMs);
  return { index, elapsedMs: now - index * windowMs };
}

/** Whether one more request fits under the limit at `elapsedMs` into the current window. */
export function fits(counts: WindowCounts, limit: RateLimit, elapsedMs: number): boolean {
  const weighted = (counts.previous * (limit.windowMs - elapsedMs)) / limit.windowMs + counts.current;
  return weighted + 1 <= limit.requests;
}

/** The decision for counts read before counting this request. */
export function decide(counts: WindowCounts, limit: RateLimit, elapsedMs: number): RateDecision {
  return fits(counts, limit, elapsedMs) ? { allowed: true } : { allowed: false, retryAfterMs: retryAfterMs(counts, limit, elapsedMs) };
}

/**
 * How long until one more request fits, assuming nothing else is counted meanwhile: the weighted count must
 * fall to `requests − 1`. While this window's count is below that, the previous window's share only has to
 * fade enough; otherwise this window has to become the previous one and fade in turn.
 */
export function retryAfterMs(counts: WindowCounts, limit: RateLimit, elapsedMs: number): number {
  const room = limit.requests - 1;
  const w = limit.windowMs;
  if (counts.current <= room && counts.previous > 0) {
    // previous × (w − elapsed − t) / w + current ≤ room
    return Math.max(0, w - elapsedMs - ((room - counts.current) * w) / counts.previous);
  }
  // In the next window: current × (w − t') / w ≤ room, t' counted from that window's start.
  const intoNext = counts.current > 0 ? Math.max(0, w - (room * w) / counts.current) : 0;
  return w - elapsedMs + intoNext;
}

/** `Retry-After` is whole seconds (RFC 9110 §10.2.3); round up so a client never comes back too early. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1_000));
}
