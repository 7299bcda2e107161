import type { CacheEntry } from '../store/vector-store.ts';
import type { CachedAnswer } from './cached-answer.ts';

/**
 * Collapses concurrent identical misses into one upstream call. The first request for a digest leads; the
 * others follow and are served from the leader's answer. The slot is held until the leader's write has
 * landed, so a request that starts after the leader's response finished still waits for it instead of missing
 * (read-your-writes). InProcessCoalescer coalesces within one process; a store-backed implementation (a Redis
 * lock per digest, src/store/redis/redis-lock-coalescer.ts) extends it across instances.
 */
export interface Coalescer {
  /**
   * The in-flight call for `digest` in this process, if any: resolves to its answer, to the upstream's refusal of
   * the call (`{ refusal }`, see Lease.fail), to `{ abandoned }` when the leader's client left (Lease.abandon), or
   * undefined if it failed otherwise. Resolves undefined at once when `signal` (the follower's own client) aborts:
   * a follower whose client left stops waiting, and is no longer counted in `waiting`.
   */
  follow(digest: string, signal?: AbortSignal): Promise<Followed | undefined> | undefined;
  /**
   * Claims `digest` for an upstream call. `waitForOthers: false` (the client asked to skip the lookup) never waits
   * for another instance's answer, but still leads, so this process's followers share the call.
   */
  lead(digest: string, options?: LeadOptions): Promise<Claim>;
  /**
   * Claims `digest` for a refresh (`Cache-Control: no-cache`) while another request of this process leads it: the
   * refresh's call is the newer, so requests that come after it follow the refresh, and the earlier leader's answer
   * (its followers still get it) is no longer stored over the refresh's (a hostile helper, session 34).
   */
  leadOver(digest: string): Lease;
  /** Digests led in this process whose write has not landed yet. */
  readonly size: number;
  /** Requests currently waiting for another request's answer (observable for tests and metrics). */
  readonly waiting: number;
}

/** What `lead` got. */
export type Claim =
  /** This request makes the upstream call; followers wait for its lease. */
  | { kind: 'lead'; lease: Lease }
  /** Another instance led the same call and stored its answer meanwhile: serve it (`X-Cache-Match: coalesced`). */
  | { kind: 'stored-elsewhere'; entry: CacheEntry }
  /** Another request in this process leads it (a narrow race with `follow`): go upstream without coalescing. */
  | { kind: 'busy' };

/**
 * What a leader hands its followers. A follower is a hit of the same partition, so of the same tenant; whether it
 * may carry the answer's original ids depends on the leader's request as much as on its own (DESIGN.md §6).
 */
export interface LeadOptions {
  /** Wait for another instance's leader (false: a request that skips the lookup never waits). */
  waitForOthers?: boolean;
  /**
   * Lead this process's identical requests only: no claim other instances see (a request that stores nothing must not
   * make them wait for an entry that will not come).
   */
  localOnly?: boolean;
  /** The longest this request waits for another instance's leader (what is left of its follow deadline). */
  maxWaitMs?: number;
  /** Which stored entry may answer this request (LookupOptions.accept): another one is no leader's answer to it. */
  accept?: (entry: CacheEntry) => boolean;
  /** The request's client: once it has left, waiting for another instance's leader stops. */
  signal?: AbortSignal;
}

export interface LeaderAnswer {
  completion: CachedAnswer;
  /** The leader's request had the upstream keep the answer (see CacheEntry.storedUpstream): its ids resolve upstream. */
  storedUpstream: boolean;
  /** See CacheEntry.keeper. */
  keeper?: string;
}

/**
 * The upstream's refusal of a leader's call, read whole: a status that says the upstream cannot answer now (429, 5xx),
 * not that the request is wrong. Followers of a first refused leader make one new call together (the first of them
 * to lead it, the others following); followers of a second are answered its refusal unchanged instead of each calling
 * again (a hostile tester, session 37: 40 followers of a leader answered 500 made 40 calls at once to an upstream that
 * had just said it was failing).
 */
export interface LeaderRefusal {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  /**
   * The leader's credentials and request bytes, hashed: only a follower that sent the same bytes with the same
   * credentials is handed the refusal. The key leaves fields out (`service_tier`, `user`) and a route that shares
   * answers mixes keys, and a refusal may be about exactly those (a flex tier's 429, one key's quota; a hostile
   * reviewer, session 37).
   */
  scope: string;
}

/**
 * What a follower gets: the leader's answer, the upstream's refusal of its call, or word that the leader's client left
 * before the answer came (its call was cancelled: no fault of the upstream's, so the followers race for the lead again).
 */
export type Followed = LeaderAnswer | { refusal: LeaderRefusal } | { abandoned: true };

export interface Lease {
  /** The leader's answer is known: followers are served now. The slot stays until `release()`. */
  complete(answer: LeaderAnswer): void;
  /**
   * A refresh took this digest over (Coalescer.leadOver) and already has its answer: this leader's older answer must not
   * be stored over it. A refresh that has no answer yet (or fails) leaves this one to be stored.
   */
  readonly superseded?: boolean;
  /** The write landed (or was abandoned): new requests go to the store again. */
  release(): void;
  /**
   * The leader failed or its answer is not storable: followers make their own upstream calls (and coalesce behind
   * the first of them), or, given the upstream's refusal, are answered it.
   */
  fail(refusal?: LeaderRefusal): void;
  /**
   * The leader's client left before the answer came, and its upstream call went with it: followers race for the lead
   * again, one calling and the others following it (each calling on its own, as after a failure, sent 101 calls
   * upstream for 201 requests when half the clients hung up; a hostile reviewer, session 37).
   */
  abandon(): void;
}

interface Slot {
  answer: Promise<Followed | undefined>;
  /** The leader has its answer (Lease.complete). */
  answered: boolean;
  /** The refresh that took this digest over (Coalescer.leadOver). */
  takenOverBy?: Slot;
}

export class InProcessCoalescer implements Coalescer {
  /** Each digest's call in flight: its answer to come, and the later call that took it over, if any. */
  readonly #slots = new Map<string, Slot>();
  #waiting = 0;

  get size(): number {
    return this.#slots.size;
  }

  get waiting(): number {
    return this.#waiting;
  }

  follow(digest: string, signal?: AbortSignal): Promise<Followed | undefined> | undefined {
    const slot = this.#slots.get(digest);
    if (!slot) return undefined;
    if (signal === undefined) {
      this.#waiting++;
      return slot.answer.finally(() => this.#waiting--);
    }
    if (signal.aborted) return Promise.resolve(undefined);
    this.#waiting++;
    return new Promise<Followed | undefined>((resolve) => {
      const leave = () => resolve(undefined);
      signal.addEventListener('abort', leave, { once: true });
      void slot.answer.then(resolve).finally(() => signal.removeEventListener('abort', leave));
    }).finally(() => this.#waiting--);
  }

  async lead(digest: string): Promise<Claim> {
    const lease = this.leadNow(digest);
    return lease ? { kind: 'lead', lease } : { kind: 'busy' };
  }

  /**
   * `lead` without the promise: takes the slot synchronously, so a wrapper can hold it (and gather this process's
   * followers) while it asks another instance.
   */
  leadNow(digest: string): Lease | undefined {
    if (this.#slots.has(digest)) return undefined;
    return this.#take(digest);
  }

  leadOver(digest: string): Lease {
    const earlier = this.#slots.get(digest);
    const lease = this.#take(digest);
    if (earlier !== undefined) earlier.takenOverBy = this.#slots.get(digest);
    return lease;
  }

  #take(digest: string): Lease {
    let settle!: (answer: Followed | undefined) => void;
    const slot: Slot = { answer: new Promise<Followed | undefined>((resolve) => (settle = resolve)), answered: false };
    this.#slots.set(digest, slot);
    const release = () => {
      settle(undefined); // no-op if complete() already settled it
      if (this.#slots.get(digest) === slot) this.#slots.delete(digest);
    };
    return {
      complete: (answer) => {
        slot.answered = true;
        settle(answer);
      },
      release,
      fail: (refusal) => {
        if (refusal !== undefined) settle({ refusal });
        release();
      },
      abandon: () => {
        settle({ abandoned: true });
        release();
      },
      get superseded() {
        // A later refresh, or one that took it over in turn, has its answer.
        for (let later = slot.takenOverBy; later !== undefined; later = later.takenOverBy) if (later.answered) return true;
        return false;
      },
    };
  }
}
