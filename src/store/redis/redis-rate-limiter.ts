import { createHash } from 'node:crypto';
import type { RateDecision, RateLimit, RateLimiter } from '../../rate-limit/rate-limiter.ts';
import { retryAfterMs, windowPosition } from '../../rate-limit/sliding-window.ts';
import { StoreUnavailableError } from '../guarded-store.ts';

/**
 * The sliding-window check (rate-limit/sliding-window.ts `fits`, repeated here: keep them in step) and the count,
 * atomically in one round trip. Refused requests are not counted. A window's counter lives two windows: it is
 * still read as "previous" in the next one. Replies {allowed 0|1, current, previous} as integers (a Lua number
 * with a fraction would be truncated on the way out).
 *
 * KEYS: current window's counter, previous window's counter. ARGV: requests, windowMs, elapsedMs.
 */
export const SLIDING_WINDOW_SCRIPT = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
local requests = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local elapsed = tonumber(ARGV[3])
if previous * (window - elapsed) / window + current + 1 > requests then
  return {0, current, previous}
end
current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], 2 * window) end
return {1, current, previous}
`;

export const SLIDING_WINDOW_SHA = createHash('sha1').update(SLIDING_WINDOW_SCRIPT).digest('hex');

export interface RedisRateLimiterOptions {
  /** Sends one command within a time budget (RedisStore#command: the store's connection, lookup budget). */
  send: <T>(args: string[]) => Promise<T>;
  /** The counter key of a bucket's window (RedisKeys#rateLimit); both windows of a bucket must share a slot. */
  counterKey: (bucket: string, window: number) => string;
  /** False while the store's circuit breaker is open: fail at once instead of waiting out a budget. */
  available?: () => boolean;
  now?: () => number;
}

/**
 * Rate limiting shared by every proxy instance on one Redis: one Lua script call per check (EVALSHA; loaded with
 * EVAL on the first call and after a server restart). Windows come from the proxy's clock, so instances need
 * clocks within a small fraction of a window of each other (NTP gives milliseconds).
 *
 * Throws when Redis fails, is slower than the budget, or is known to be down; the caller lets the request through.
 *
 * ```ts
 * const limiter = new RedisRateLimiter({ send: (args) => store.command(args), counterKey: (bucket, window) => keys.rateLimit(bucket, window) });
 * await limiter.consume('support:9f2c…', { requests: 60, windowMs: 60_000 });
 * ```
 */
export class RedisRateLimiter implements RateLimiter {
  readonly #send: <T>(args: string[]) => Promise<T>;
  readonly #counterKey: (bucket: string, window: number) => string;
  readonly #available: () => boolean;
  readonly #now: () => number;

  constructor(options: RedisRateLimiterOptions) {
    this.#send = options.send;
    this.#counterKey = options.counterKey;
    this.#available = options.available ?? (() => true);
    this.#now = options.now ?? Date.now;
  }

  async consume(bucket: string, limit: RateLimit): Promise<RateDecision> {
    if (!this.#available()) throw new StoreUnavailableError('rate limiter unavailable: store circuit breaker open');
    const { index, elapsedMs } = windowPosition(this.#now(), limit.windowMs);
    const keys = [this.#counterKey(bucket, index), this.#counterKey(bucket, index - 1)];
    const args = [String(limit.requests), String(limit.windowMs), String(elapsedMs)];
    const [allowed, current, previous] = await this.#run(keys, args);
    if (allowed === 1) return { allowed: true };
    return { allowed: false, retryAfterMs: retryAfterMs({ current, previous }, limit, elapsedMs) };
  }

  async #run(keys: string[], args: string[]): Promise<[number, number, number]> {
    try {
      return await this.#send<[number, number, number]>(['EVALSHA', SLIDING_WINDOW_SHA, String(keys.length), ...keys, ...args]);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return this.#send<[number, number, number]>(['EVAL', SLIDING_WINDOW_SCRIPT, String(keys.length), ...keys, ...args]);
    }
  }
}
