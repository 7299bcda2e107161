import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { InProcessCoalescer, type Claim, type Coalescer, type Followed, type LeadOptions, type Lease } from '../../cache/coalescer.ts';
import type { CacheEntry } from '../vector-store.ts';

export interface RedisLockCoalescerOptions {
  /** Sends one command on the store's connection within its time budget (RedisStore#command). */
  send: (args: string[]) => Promise<unknown>;
  /** Reads the entry a leader stores under the digest: the guarded store's `get`, so its breaker sees the polls. */
  readEntry: (id: string) => Promise<CacheEntry | undefined>;
  /** The lock's key for a digest (RedisKeys#lock). */
  lockKey: (digest: string) => string;
  /** False while the store is known to be failing (breaker open): then no lock is tried. Default: always true. */
  available?: () => boolean;
  /** The lock's expiry; the leader renews it every third of it, so a crashed leader frees it within this. Default 10 s. */
  lockTtlMs?: number;
  /** Longest a follower waits for another instance's leader before making the call itself. Default 10 min. */
  maxWaitMs?: number;
  /** Polling backoff for the leader's entry: doubles from `min` to `max`. Default 10 ms to 200 ms. */
  pollMs?: { min: number; max: number };
  /** This process's coalescer, consulted first. Default: a new one. */
  local?: InProcessCoalescer;
}

/** Deletes or extends the lock only while it still holds our token: after an expiry it may be another leader's. */
const UNLOCK_SCRIPT = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
const RENEW_SCRIPT = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";

const DEFAULT_LOCK_TTL_MS = 10_000;
const DEFAULT_MAX_WAIT_MS = 600_000;
const DEFAULT_POLL_MS = Object.freeze({ min: 10, max: 200 });
/** Consecutive failed polls after which a follower stops waiting and asks the upstream itself. */
const MAX_FAILED_POLLS = 3;

type LockOutcome = 'acquired' | 'held-elsewhere' | 'unavailable';

/**
 * Coalesces identical misses across proxy instances sharing one Redis (issue 3, item 5). Within a process the
 * in-process map decides, as without Redis; the process's leader then takes `SET {lock} <token> NX PX <ttl>`:
 * - acquired: it makes the upstream call and deletes the lock once its write has landed (or it failed);
 * - held by another instance: it polls the exact-tier entry with a short backoff until the entry appears (served
 *   as a coalesced hit, to this process's followers too), the lock disappears without one (that leader failed)
 *   or `maxWaitMs` passes, and then makes the call itself;
 * - Redis unavailable: it goes ahead as if there were no lock. The lock only saves upstream calls; it never
 *   decides correctness, so every failure falls back to calling the upstream.
 *
 * ```ts
 * const coalescer = new RedisLockCoalescer({
 *   send: (args) => redisStore.command(args),
 *   readEntry: (id) => guardedStore.get(id),
 *   lockKey: (digest) => redisStore.keys.lock(digest),
 *   available: () => !guardedStore.breaker.isOpen,
 * });
 * ```
 */
export class RedisLockCoalescer implements Coalescer {
  readonly #local: InProcessCoalescer;
  readonly #send: (args: string[]) => Promise<unknown>;
  readonly #readEntry: (id: string) => Promise<CacheEntry | undefined>;
  readonly #lockKey: (digest: string) => string;
  readonly #available: () => boolean;
  readonly #lockTtlMs: number;
  readonly #maxWaitMs: number;
  readonly #pollMs: { min: number; max: number };
  #waitingElsewhere = 0;
  /**
   * The first half of every lock token this process takes. A lock that holds it while this process's own slot for the
   * digest is free is no leader's: its unlock was lost (a Redis blip as the answer came; a hostile tester, session 36,
   * saw the next identical requests wait out its 10 s TTL on a single instance). It is deleted, not waited for.
   */
  readonly #instance = randomBytes(8).toString('hex');

  constructor(options: RedisLockCoalescerOptions) {
    this.#local = options.local ?? new InProcessCoalescer();
    this.#send = options.send;
    this.#readEntry = options.readEntry;
    this.#lockKey = options.lockKey;
    this.#available = options.available ?? (() => true);
    this.#lockTtlMs = options.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
    this.#maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.#pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  }

  get size(): number {
    return this.#local.size;
  }

  /** This process's followers plus its requests waiting for another instance's leader. */
  get waiting(): number {
    return this.#local.waiting + this.#waitingElsewhere;
  }

  follow(digest: string, signal?: AbortSignal): Promise<Followed | undefined> | undefined {
    return this.#local.follow(digest, signal);
  }

  /** This process's slot only: another instance's earlier leader may still store its answer over the refresh's. */
  leadOver(digest: string): Lease {
    return this.#local.leadOver(digest);
  }

  async lead(digest: string, options: LeadOptions = {}): Promise<Claim> {
    // Taken synchronously, so this process's identical requests follow this one while it asks Redis.
    const local = this.#local.leadNow(digest);
    if (!local) return { kind: 'busy' };
    if (options.localOnly === true) return { kind: 'lead', lease: local };
    const token = this.#instance + randomBytes(8).toString('hex');
    const accept = options.accept ?? (() => true);
    let lock: LockOutcome;
    if (options.waitForOthers === false) {
      lock = await this.#tryLock(digest, token);
    } else {
      // The entry is read with the lock, in the same round trip: another instance's leader may have stored it and
      // freed its lock after this request's lookup missed (its response goes out before its write lands), and this
      // request started after that response, so it must be served the entry (read-your-writes; a hostile helper,
      // session 34). The leader writes before it unlocks, so a lock taken means a landed write is read here.
      const [outcome, stored] = await Promise.all([this.#tryLock(digest, token), this.#readEntry(digest).catch(() => undefined)]);
      lock = outcome;
      if (stored !== undefined && accept(stored)) {
        if (lock === 'acquired') this.#unlock(digest, token);
        local.complete({ completion: stored.completion, storedUpstream: stored.storedUpstream === true, ...(stored.keeper === undefined ? {} : { keeper: stored.keeper }) });
        local.release();
        return { kind: 'stored-elsewhere', entry: stored };
      }
    }
    if (lock === 'held-elsewhere' && options.waitForOthers !== false) {
      const entry = await this.#waitForOtherLeader(digest, accept, Math.min(this.#maxWaitMs, options.maxWaitMs ?? Infinity), options.signal);
      if (entry) {
        local.complete({ completion: entry.completion, storedUpstream: entry.storedUpstream === true, ...(entry.keeper === undefined ? {} : { keeper: entry.keeper }) });
        local.release(); // the entry is already in the store: nothing of ours to wait for
        return { kind: 'stored-elsewhere', entry };
      }
      // That leader failed or is taking too long: call the upstream ourselves, under the lock if it is free now.
      lock = await this.#tryLock(digest, token);
    }
    return { kind: 'lead', lease: lock === 'acquired' ? this.#lockedLease(local, digest, token) : local };
  }

  async #tryLock(digest: string, token: string): Promise<LockOutcome> {
    if (!this.#available()) return 'unavailable';
    try {
      const reply = await this.#send(['SET', this.#lockKey(digest), token, 'NX', 'PX', String(this.#lockTtlMs)]);
      return reply === 'OK' ? 'acquired' : 'held-elsewhere';
    } catch {
      // A SET that outran its time budget may still have landed (a command written to the socket cannot be taken
      // back): that lock would make other instances' identical requests wait out its TTL. Deleted while it holds
      // our token; sent after the SET on the same connection, so it runs after it.
      this.#unlock(digest, token);
      return 'unavailable';
    }
  }

  /**
   * Resolves to the other leader's stored entry, or undefined when it will not come (failure, timeout, Redis down).
   * Only an entry the request can be served counts (`accept`): one it passed over in its lookup (a `store: true`
   * request and an entry not kept for its key) is there already and is no answer to wait for.
   */
  async #waitForOtherLeader(digest: string, accept: (entry: CacheEntry) => boolean, maxWaitMs: number, signal: AbortSignal | undefined): Promise<CacheEntry | undefined> {
    this.#waitingElsewhere++;
    const deadline = performance.now() + maxWaitMs;
    let delayMs = this.#pollMs.min;
    let failedPolls = 0;
    const usable = (entry: CacheEntry | undefined) => (entry !== undefined && accept(entry) ? entry : undefined);
    try {
      // A request whose client left stops waiting (its caller sees the signal and makes no call).
      while (performance.now() < deadline && signal?.aborted !== true) {
        await sleep(delayMs, undefined, signal === undefined ? undefined : { signal }).catch(() => undefined);
        if ((signal?.aborted as boolean | undefined) === true) return undefined;
        delayMs = Math.min(delayMs * 2, this.#pollMs.max);
        try {
          // Issued in the same tick, so node-redis sends both in one write: one round trip per poll.
          const [entry, holder] = await Promise.all([this.#readEntry(digest), this.#lockHolder(digest)]);
          if (usable(entry)) return entry;
          // The leader writes its entry before deleting the lock: read once more in case both happened between.
          if (holder === null) return usable(await this.#readEntry(digest));
          // This process's own lock, and this request holds the process's slot: left behind, so deleted (the next
          // SET, on the same connection, runs after the delete).
          if (holder.startsWith(this.#instance)) {
            this.#unlock(digest, holder);
            return undefined;
          }
          failedPolls = 0;
        } catch {
          // One slow poll (a busy event loop, a blip) is no reason to give up; Redis failing is.
          if (++failedPolls >= MAX_FAILED_POLLS || !this.#available()) return undefined;
        }
      }
      return undefined;
    } finally {
      this.#waitingElsewhere--;
    }
  }

  /** Deletes the lock while it still holds `token`; an unreachable Redis lets it expire. */
  #unlock(digest: string, token: string): void {
    this.#send(['EVAL', UNLOCK_SCRIPT, '1', this.#lockKey(digest), token]).catch(() => {
      // The lock expires on its own within its TTL.
    });
  }

  /** The token the lock holds, or null when there is none. */
  async #lockHolder(digest: string): Promise<string | null> {
    const holder = await this.#send(['GET', this.#lockKey(digest)]);
    return typeof holder === 'string' ? holder : null;
  }

  /** The local lease plus the Redis lock: renewed while the call runs, deleted when the slot is freed. */
  #lockedLease(local: Lease, digest: string, token: string): Lease {
    const key = this.#lockKey(digest);
    const renew = setInterval(() => {
      this.#send(['EVAL', RENEW_SCRIPT, '1', key, token, String(this.#lockTtlMs)]).catch(() => {
        // Lost or unreachable: at worst another instance makes the same call.
      });
    }, Math.max(1, Math.floor(this.#lockTtlMs / 3)));
    renew.unref();
    let unlocked = false;
    const unlock = () => {
      if (unlocked) return;
      unlocked = true;
      clearInterval(renew);
      this.#unlock(digest, token);
    };
    return {
      complete: (answer) => local.complete(answer),
      get superseded() {
        return local.superseded === true;
      },
      release: () => {
        local.release();
        unlock();
      },
      fail: (refusal) => {
        local.fail(refusal);
        unlock();
      },
      abandon: () => {
        local.abandon();
        unlock();
      },
    };
  }
}
