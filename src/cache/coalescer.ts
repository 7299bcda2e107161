import type { ChatCompletion } from './chat-types.ts';

/**
 * Collapses concurrent identical misses into one upstream call. The first request for a digest leads; the
 * others follow and are served from the leader's answer. The slot is held until the leader's write has
 * landed, so a request that starts after the leader's response finished still waits for it instead of missing
 * (read-your-writes). An in-process map; a Redis lock per digest can implement the same interface to coalesce
 * across instances.
 */
export interface Coalescer {
  /** The in-flight call for `digest`, if there is one: resolves to its completion, or undefined if it failed. */
  follow(digest: string): Promise<ChatCompletion | undefined> | undefined;
  /** Claims `digest`; returns undefined when another call already leads it. */
  lead(digest: string): Lease | undefined;
}

export interface Lease {
  /** The leader's answer is known: followers are served now. The slot stays until `release()`. */
  complete(completion: ChatCompletion): void;
  /** The write landed (or was abandoned): new requests go to the store again. */
  release(): void;
  /** The leader failed or its answer is not storable: followers make their own upstream calls. */
  fail(): void;
}

export class InProcessCoalescer implements Coalescer {
  readonly #slots = new Map<string, Promise<ChatCompletion | undefined>>();
  #waiting = 0;

  /** Digests in flight. */
  get size(): number {
    return this.#slots.size;
  }

  /** Followers currently waiting for a leader (observable for tests and metrics). */
  get waiting(): number {
    return this.#waiting;
  }

  follow(digest: string): Promise<ChatCompletion | undefined> | undefined {
    const slot = this.#slots.get(digest);
    if (!slot) return undefined;
    this.#waiting++;
    return slot.finally(() => this.#waiting--);
  }

  lead(digest: string): Lease | undefined {
    if (this.#slots.has(digest)) return undefined;
    let settle!: (completion: ChatCompletion | undefined) => void;
    const slot = new Promise<ChatCompletion | undefined>((resolve) => (settle = resolve));
    this.#slots.set(digest, slot);
    const release = () => {
      settle(undefined); // no-op if complete() already settled it
      if (this.#slots.get(digest) === slot) this.#slots.delete(digest);
    };
    return { complete: (completion) => settle(completion), release, fail: release };
  }
}
