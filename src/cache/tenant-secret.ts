import { randomBytes } from 'node:crypto';

/**
 * The secret tenants are keyed with (DESIGN.md §6): configured, else shared by every instance through the store
 * (created once), else random per process.
 *
 * Shared: while the store is unreachable, the secret is fetched again until it arrives; until then `known` is false
 * and the cache must not be used: tenants derived from a stand-in secret would give entry ids no other instance (nor
 * this one, later) ever looks up, so entries written meanwhile would be dead weight and another instance would miss
 * what this one stored. Once known, the secret is re-asserted every `refreshMs` (`SET NX` with the value held): that
 * restores the key unchanged if Redis lost it (eviction under `allkeys-lru`, a restart without persistence), and if
 * another instance re-created it with a different value first, this one adopts that value, so instances converge.
 */
export class TenantSecret {
  #value: string;
  #known: boolean;
  readonly #fetchShared: ((candidate: string) => Promise<string>) | undefined;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  /** `fetchShared(candidate)` stores `candidate` unless a secret exists, and returns the one that does. */
  constructor(options: { configured?: string; fetchShared?: (candidate: string) => Promise<string> }) {
    this.#value = options.configured ?? randomBytes(32).toString('hex');
    this.#fetchShared = options.configured ? undefined : options.fetchShared;
    this.#known = this.#fetchShared === undefined;
  }

  /** The secret; a random stand-in while the shared one is not `known` yet (admin calls fail then anyway). */
  get value(): string {
    return this.#value;
  }

  /** Whether `value` is the secret every instance uses: configured, per-process by design, or fetched. */
  get known(): boolean {
    return this.#known;
  }

  /**
   * Fetches the shared secret once; on failure keeps retrying in the background every `retryMs` (short, since the
   * cache is off for this instance until it succeeds), then re-asserts it every `refreshMs`.
   */
  async start(retryMs = 500, refreshMs = 60_000): Promise<void> {
    if (!this.#fetchShared) return;
    const next = async () => {
      if (this.#stopped) return;
      const fetched = await this.#tryFetch();
      if (!this.#stopped) this.#timer = setTimeout(next, fetched ? refreshMs : retryMs).unref();
    };
    const fetched = await this.#tryFetch();
    if (!this.#stopped) this.#timer = setTimeout(next, fetched ? refreshMs : retryMs).unref();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  async #tryFetch(): Promise<boolean> {
    try {
      // Until known, the value is a random stand-in: as good a candidate as any for a store that has no secret yet.
      this.#value = await this.#fetchShared!(this.#value);
      this.#known = true;
      return true;
    } catch {
      return false; // a failed refresh keeps the known value: the store is down, so the cache is off anyway
    }
  }
}
