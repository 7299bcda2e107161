import { randomBytes } from 'node:crypto';

/**
 * The secret tenants are keyed with (DESIGN.md §6): configured, else shared by every instance through the store
 * (created once), else random per process. While a shared store is unreachable at start, a temporary random
 * secret is used and the shared one is fetched again until it arrives (entries written meanwhile simply miss
 * later).
 */
export class TenantSecret {
  #value: string;
  readonly #fetchShared: (() => Promise<string>) | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: { configured?: string; fetchShared?: () => Promise<string> }) {
    this.#value = options.configured ?? randomBytes(32).toString('hex');
    this.#fetchShared = options.configured ? undefined : options.fetchShared;
  }

  get value(): string {
    return this.#value;
  }

  /** Fetches the shared secret once; on failure keeps retrying in the background every `retryMs`. */
  async start(retryMs = 2_000): Promise<void> {
    if (!this.#fetchShared || (await this.#tryFetch())) return;
    const retry = async () => {
      if (!(await this.#tryFetch())) this.#timer = setTimeout(retry, retryMs).unref();
    };
    this.#timer = setTimeout(retry, retryMs).unref();
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  async #tryFetch(): Promise<boolean> {
    try {
      this.#value = await this.#fetchShared!();
      return true;
    } catch {
      return false;
    }
  }
}
