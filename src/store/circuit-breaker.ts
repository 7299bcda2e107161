/**
 * A circuit breaker for the store (DESIGN §4): after `failureThreshold` consecutive failures it opens and callers
 * fail fast instead of each waiting out a time budget; after `cooldownMs` it lets one call through as a probe
 * (half-open); the probe's success closes it, its failure re-opens it for another cooldown.
 *
 * ```ts
 * const permit = breaker.tryAcquire();
 * if (permit === undefined) throw new StoreUnavailableError();
 * try { const value = await call(); breaker.recordSuccess(permit); return value; }
 * catch (error) { breaker.recordFailure(permit); throw error; }
 * ```
 *
 * Outcomes are tied to the state they were admitted in (a permit carries a generation), so a slow call admitted
 * before the breaker opened cannot close it, and only the probe decides a half-open breaker.
 */
export const BREAKER_STATES = ['closed', 'open', 'half-open'] as const;
export type BreakerState = (typeof BREAKER_STATES)[number];

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the breaker. Default 5. */
  failureThreshold?: number;
  /**
   * Time open before a probe is let through. Default 2 s; at most 5 s, so caching resumes within about 10 s of
   * the backend returning (DESIGN §4).
   */
  cooldownMs?: number;
  /** Clock in milliseconds; injected by tests. Default `performance.now`. */
  now?: () => number;
  /** Called on every transition, e.g. to set the `semcache_breaker_open` gauge. */
  onStateChange?: (state: BreakerState, previous: BreakerState) => void;
}

export const DEFAULT_FAILURE_THRESHOLD = 5;
export const DEFAULT_COOLDOWN_MS = 2_000;
export const MAX_COOLDOWN_MS = 5_000;

/** Permission to make one call; hand it back with recordSuccess or recordFailure. */
export interface BreakerPermit {
  readonly generation: number;
  readonly probe: boolean;
}

export class CircuitBreaker {
  readonly failureThreshold: number;
  readonly cooldownMs: number;
  readonly #now: () => number;
  readonly #onStateChange: ((state: BreakerState, previous: BreakerState) => void) | undefined;
  #state: BreakerState = 'closed';
  /** Bumped on every transition; outcomes of permits from an older generation are ignored. */
  #generation = 0;
  #consecutiveFailures = 0;
  #openedAt = 0;

  constructor(options: CircuitBreakerOptions = {}) {
    this.failureThreshold = options.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD;
    this.cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
    if (!Number.isInteger(this.failureThreshold) || this.failureThreshold < 1) {
      throw new Error(`failureThreshold must be a positive integer, got ${this.failureThreshold}`);
    }
    if (!(this.cooldownMs >= 0 && this.cooldownMs <= MAX_COOLDOWN_MS)) {
      throw new Error(`cooldownMs must be between 0 and ${MAX_COOLDOWN_MS}, got ${this.cooldownMs}`);
    }
    this.#now = options.now ?? (() => performance.now());
    this.#onStateChange = options.onStateChange;
  }

  /** `open` stays `open` until a call after the cooldown becomes the probe (then `half-open`). */
  get state(): BreakerState {
    return this.#state;
  }

  /** Whether calls are currently refused or limited to a probe (the `semcache_breaker_open` gauge). */
  get isOpen(): boolean {
    return this.#state !== 'closed';
  }

  /** A permit for one call, or undefined when the call must fail fast. */
  tryAcquire(): BreakerPermit | undefined {
    switch (this.#state) {
      case 'closed':
        return { generation: this.#generation, probe: false };
      case 'open':
        if (this.#now() - this.#openedAt < this.cooldownMs) return undefined;
        this.#transition('half-open');
        return { generation: this.#generation, probe: true };
      case 'half-open':
        // One probe at a time: everyone else keeps failing fast until it reports back.
        return undefined;
    }
  }

  recordSuccess(permit: BreakerPermit): void {
    if (permit.generation !== this.#generation) return;
    if (this.#state === 'half-open') {
      this.#transition('closed');
      return;
    }
    this.#consecutiveFailures = 0;
  }

  recordFailure(permit: BreakerPermit): void {
    if (permit.generation !== this.#generation) return;
    if (this.#state === 'half-open') {
      this.#open();
      return;
    }
    if (this.#state === 'closed' && ++this.#consecutiveFailures >= this.failureThreshold) this.#open();
  }

  #open(): void {
    this.#openedAt = this.#now();
    this.#transition('open');
  }

  #transition(next: BreakerState): void {
    const previous = this.#state;
    this.#state = next;
    this.#generation++;
    this.#consecutiveFailures = 0;
    this.#onStateChange?.(next, previous);
  }
}
