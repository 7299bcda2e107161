import type { RateDecision, RateLimit, RateLimiter } from './rate-limiter.ts';
import { decide, windowPosition, type WindowCounts } from './sliding-window.ts';

export interface MemoryRateLimiterOptions {
  /** Buckets kept; the least recently used are forgotten beyond it (default 100,000, about 10 MB). */
  maxBuckets?: number;
  now?: () => number;
}

interface Bucket extends WindowCounts {
  /** Index of the fixed window `current` counts. */
  window: number;
}

/**
 * Rate limiting within one process (the embedded store's deployments). Memory is bounded: buckets are kept in
 * least-recently-used order and the oldest forgotten, which can only ever let a forgotten (idle) tenant in.
 *
 * ```ts
 * const limiter = new MemoryRateLimiter();
 * await limiter.consume('support:9f2c…', { requests: 60, windowMs: 60_000 }); // { allowed: true }
 * ```
 */
export class MemoryRateLimiter implements RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #maxBuckets: number;
  readonly #now: () => number;

  constructor(options: MemoryRateLimiterOptions = {}) {
    this.#maxBuckets = options.maxBuckets ?? 100_000;
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#buckets.size;
  }

  async consume(name: string, limit: RateLimit): Promise<RateDecision> {
    const { index, elapsedMs } = windowPosition(this.#now(), limit.windowMs);
    const bucket = this.#touch(name, index);
    const decision = decide(bucket, limit, elapsedMs);
    if (decision.allowed) bucket.current++;
    return decision;
  }

  /** The bucket rolled forward to window `index`, moved to the most recently used end. */
  #touch(name: string, index: number): Bucket {
    const found = this.#buckets.get(name);
    this.#buckets.delete(name);
    let bucket: Bucket;
    if (found?.window === index) bucket = found;
    else if (found?.window === index - 1) bucket = { window: index, current: 0, previous: found.current };
    else bucket = { window: index, current: 0, previous: 0 };
    this.#buckets.set(name, bucket);
    if (this.#buckets.size > this.#maxBuckets) this.#buckets.delete(this.#buckets.keys().next().value!);
    return bucket;
  }
}
