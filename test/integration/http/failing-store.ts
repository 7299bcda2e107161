import type { CacheEntry, InvalidationFilter, Neighbour, StoreStats, VectorStore } from '../../../src/store/vector-store.ts';

/**
 * A store whose every data call fails the way an unreachable Redis does, with an open circuit breaker. The
 * error message quotes a key-like string so tests can check that logs redact it.
 */
export class FailingStore implements VectorStore {
  readonly kind = 'redis' as const;
  readonly semantic = true;
  readonly reachable = false;
  /** As a store wrapper without a CircuitBreaker object may report it (see breakerOpenOf). */
  readonly breakerOpen: boolean;
  calls = 0;

  constructor(options: { breakerOpen?: boolean } = {}) {
    this.breakerOpen = options.breakerOpen ?? true;
  }

  async start(): Promise<void> {}
  async get(): Promise<CacheEntry | undefined> {
    throw this.#fault();
  }
  async nearest(): Promise<Neighbour[]> {
    throw this.#fault();
  }
  async put(): Promise<void> {
    throw this.#fault();
  }
  async forgetAnswer(): Promise<boolean> {
    throw this.#fault();
  }
  async delete(): Promise<boolean> {
    throw this.#fault();
  }
  async invalidate(_filter: InvalidationFilter): Promise<number> {
    throw this.#fault();
  }
  async flush(): Promise<number> {
    throw this.#fault();
  }
  async rejectPair(): Promise<void> {
    throw this.#fault();
  }
  async isRejected(): Promise<boolean> {
    throw this.#fault();
  }
  async stats(): Promise<StoreStats> {
    throw this.#fault();
  }
  async close(): Promise<void> {}

  #fault(): Error {
    this.calls++;
    return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379 (client auth sk-leaked-in-error-0000)'), { code: 'ECONNREFUSED' });
  }
}
