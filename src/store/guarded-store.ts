import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.ts';
import { DEFAULT_TIME_BUDGETS, withTimeBudget, type StoreTimeBudgets } from './time-budget.ts';
import type {
  CacheEntry,
  GetOptions,
  InvalidationFilter,
  NearestOptions,
  Neighbour,
  StoreStats,
  VectorStore,
} from './vector-store.ts';

/**
 * Wraps any VectorStore so that a slow or failing backend never fails a request (DESIGN §7): every call races its
 * time budget, failures and timeouts feed a circuit breaker, and while the breaker is open calls fail fast with
 * StoreUnavailableError. The caller turns any store error into `X-Cache-Status: ERROR` and asks the upstream.
 *
 * ```ts
 * const store = new GuardedStore(new RedisStore({ url, keyspace }), {
 *   onFailure: () => storeErrors.inc(),
 *   breaker: { onStateChange: (state) => breakerOpen.set(state === 'closed' ? 0 : 1) },
 * });
 * ```
 *
 * `start` and `close` pass straight through: the interface already requires them not to hang on a dead backend.
 */
export class StoreUnavailableError extends Error {
  constructor(message = 'store unavailable: circuit breaker open') {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

export const STORE_OPERATIONS = [
  'get', 'nearest', 'isRejected', 'put', 'delete', 'forgetAnswer', 'rejectPair', 'invalidate', 'flush', 'stats',
] as const;
export type StoreOperation = (typeof STORE_OPERATIONS)[number];

const BUDGET_OF: Record<StoreOperation, keyof StoreTimeBudgets> = {
  get: 'lookupMs',
  nearest: 'lookupMs',
  isRejected: 'lookupMs',
  put: 'writeMs',
  delete: 'writeMs',
  forgetAnswer: 'writeMs',
  rejectPair: 'writeMs',
  invalidate: 'adminMs',
  flush: 'adminMs',
  stats: 'adminMs',
};

export interface GuardedStoreOptions {
  /** Defaults: lookups 50 ms, writes 1 s, admin calls 30 s. */
  budgets?: Partial<StoreTimeBudgets>;
  /** A breaker to share, or options for a new one (defaults: 5 failures, 2 s cooldown). */
  breaker?: CircuitBreaker | CircuitBreakerOptions;
  /** Called for every failed call that reached the store (timeouts included, fast-fails excluded). */
  onFailure?: (operation: StoreOperation, error: unknown) => void;
}

export class GuardedStore implements VectorStore {
  readonly inner: VectorStore;
  readonly breaker: CircuitBreaker;
  readonly budgets: Readonly<StoreTimeBudgets>;
  readonly #onFailure: ((operation: StoreOperation, error: unknown) => void) | undefined;

  constructor(inner: VectorStore, options: GuardedStoreOptions = {}) {
    this.inner = inner;
    this.breaker = options.breaker instanceof CircuitBreaker ? options.breaker : new CircuitBreaker(options.breaker);
    this.budgets = Object.freeze({ ...DEFAULT_TIME_BUDGETS, ...options.budgets });
    this.#onFailure = options.onFailure;
    const firstLook = inner.nearestFirstLook?.bind(inner);
    if (firstLook) this.nearestFirstLook = (partition, vector, k, nearestOptions) => this.#guard('nearest', () => firstLook(partition, vector, k, nearestOptions));
  }

  get kind(): VectorStore['kind'] {
    return this.inner.kind;
  }

  get semantic(): boolean {
    return this.inner.semantic;
  }

  get topology() {
    return this.inner.topology;
  }

  get semanticOffReason(): string | undefined {
    return this.inner.semanticOffReason;
  }

  get reachable(): boolean {
    return this.inner.reachable;
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  get(id: string, options?: GetOptions): Promise<CacheEntry | undefined> {
    return this.#guard('get', () => this.inner.get(id, options));
  }

  nearest(partition: string, vector: Float32Array, k: number, options?: NearestOptions): Promise<Neighbour[]> {
    return this.#guard('nearest', () => this.inner.nearest(partition, vector, k, options));
  }

  /** The inner store's, guarded like `nearest`; absent when the inner store has none. */
  readonly nearestFirstLook?: (partition: string, vector: Float32Array, k: number, options?: NearestOptions) => Promise<Neighbour[] | undefined>;

  isRejected(queryDigest: string, entryId: string): Promise<boolean> {
    return this.#guard('isRejected', () => this.inner.isRejected(queryDigest, entryId));
  }

  put(entry: CacheEntry, ttlMs: number): Promise<void> {
    return this.#guard('put', () => this.inner.put(entry, ttlMs));
  }

  delete(id: string): Promise<boolean> {
    return this.#guard('delete', () => this.inner.delete(id));
  }

  forgetAnswer(answerId: string, keeper: string): Promise<boolean> {
    return this.#guard('forgetAnswer', () => this.inner.forgetAnswer(answerId, keeper));
  }

  rejectPair(queryDigest: string, entryId: string, ttlMs: number): Promise<void> {
    return this.#guard('rejectPair', () => this.inner.rejectPair(queryDigest, entryId, ttlMs));
  }

  invalidate(filter: InvalidationFilter): Promise<number> {
    return this.#guard('invalidate', () => this.inner.invalidate(filter));
  }

  flush(): Promise<number> {
    return this.#guard('flush', () => this.inner.flush());
  }

  stats(): Promise<StoreStats> {
    return this.#guard('stats', () => this.inner.stats());
  }

  async #guard<T>(operation: StoreOperation, call: () => Promise<T>): Promise<T> {
    const permit = this.breaker.tryAcquire();
    if (permit === undefined) throw new StoreUnavailableError();
    try {
      // `call()` may throw synchronously; inside this try that still counts as the store failing.
      const value = await withTimeBudget(operation, this.budgets[BUDGET_OF[operation]], call());
      this.breaker.recordSuccess(permit);
      return value;
    } catch (error) {
      // A store out of memory that refuses a write (Redis's `OOM command not allowed` under `noeviction`) still
      // answers, and at once: its reads go on working, so the refusal must not open the breaker that guards them (a
      // hostile tester, session 36: a full cache under misses paid the upstream for two thirds of its stored prompts).
      if (refusesWriteForMemory(error)) this.breaker.recordSuccess(permit);
      else this.breaker.recordFailure(permit);
      this.#onFailure?.(operation, error);
      throw error;
    }
  }
}

/** Whether a store's error is its refusal to write for lack of memory (Redis's OOM reply), not a failure to answer. */
function refusesWriteForMemory(error: unknown): boolean {
  return error instanceof Error && /^OOM\b|\bOOM command not allowed\b/u.test(error.message);
}
