/** What to do with one fault: log it (with how many were suppressed since the last line), or count it silently. */
export type ThrottleDecision = { log: true; suppressed: number } | { log: false };

/**
 * At most one log line per key (e.g. a stage) per interval. When Redis goes down every request faults; the
 * first fault is logged at once, the rest are counted and reported with the next line, so an outage costs a
 * handful of lines instead of one per request.
 *
 * @example
 * const throttle = new FaultThrottle({ intervalMs: 10_000 });
 * const decision = throttle.admit('lookup');
 * if (decision.log) logger.warn({ suppressed: decision.suppressed }, 'cache lookup failed');
 */
export class FaultThrottle {
  readonly #intervalMs: number;
  readonly #now: () => number;
  readonly #state = new Map<string, { lastLoggedAt: number; suppressed: number }>();

  constructor(options: { intervalMs: number; now?: () => number }) {
    this.#intervalMs = options.intervalMs;
    this.#now = options.now ?? Date.now;
  }

  admit(key: string): ThrottleDecision {
    const now = this.#now();
    const state = this.#state.get(key);
    if (state && now - state.lastLoggedAt < this.#intervalMs) {
      state.suppressed++;
      return { log: false };
    }
    const suppressed = state?.suppressed ?? 0;
    this.#state.set(key, { lastLoggedAt: now, suppressed: 0 });
    return { log: true, suppressed };
  }
}
