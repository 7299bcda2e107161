import { randomBytes } from 'node:crypto';
import { DEFAULT_TIME_BUDGETS, withTimeBudget, type StoreTimeBudgets } from '../time-budget.ts';
import type {
  CacheEntry,
  GetOptions,
  InvalidationFilter,
  NearestOptions,
  Neighbour,
  StoreStats,
  VectorStore,
} from '../vector-store.ts';
import { keptAnswerId } from '../vector-store.ts';
import { encodeTag, ENTRY_FIELDS, entryToHashArgs, FIELDS_BUT_VECTOR, FILTER_FIELDS, hashReplyToEntry, hmgetReplyToEntry, vectorToBlob } from './entry-codec.ts';
import { RedisKeys, type RedisKeyspaceOptions } from './keys.ts';
import type { RedisClientSettings } from './redis-client.ts';
import { ClusterConnection } from './cluster-connection.ts';
import { commandKey } from './command-key.ts';
import { mergeNearest } from './per-master-index.ts';
import { placementTag as placementTagOf } from '../placement.ts';
import { RedisConnection, type RedisStoreLogger } from './redis-connection.ts';
import type { ConnectionMode, Shard, StoreConnection } from './store-connection.ts';
import {
  isMissingIndexError,
  keysSearchArgs,
  knnSearchArgs,
  parseInfoNumDocs,
  parseKeysReply,
  parseKnnReply,
  similarityFromDistance,
  tagFilterQuery,
} from './search-commands.ts';

export type { RedisStoreLogger } from './redis-connection.ts';

export interface RedisStoreOptions extends RedisClientSettings {
  /** A Redis Cluster's seed nodes (`redis://host:port`); `url` is then ignored. Unset → one server at `url`. */
  clusterSeeds?: readonly string[];
  keyspace: RedisKeyspaceOptions;
  /** Per-call time budgets. Defaults: lookups 50 ms, writes 1 s, admin calls 30 s. */
  budgets?: Partial<StoreTimeBudgets>;
  /** Longest `start()` waits for the first connection and capability detection. Default 5 s. */
  startTimeoutMs?: number;
  /** SCAN COUNT for the keyspace walks of invalidate (without Query Engine), flush and stats. Default 500. */
  scanBatchSize?: number;
  logger?: RedisStoreLogger;
}

/**
 * The Redis VectorStore (DESIGN §4): one HASH per entry with its own expiry, a RediSearch HNSW index over them when
 * the server has the Query Engine, exact tier only when it has not.
 *
 * ```ts
 * const store = new RedisStore({ url: 'redis://localhost:6379', keyspace: { embedderModel: 'm', dimension: 100 } });
 * await store.start();   // never waits for an unreachable Redis: it keeps reconnecting in the background
 * store.semantic;        // Query Engine found (and index created)
 * store.reachable;       // for /readyz
 * ```
 *
 * Every call is bounded by its time budget (node-redis cannot time out a command already written to the socket,
 * so the store stops waiting instead). Wrap it in GuardedStore for the circuit breaker.
 */
export class RedisStore implements VectorStore {
  readonly kind = 'redis' as const;
  readonly keys: RedisKeys;
  readonly dimension: number;
  readonly budgets: Readonly<StoreTimeBudgets>;
  readonly #connection: StoreConnection;
  readonly #scanBatchSize: number;

  constructor(options: RedisStoreOptions) {
    this.keys = new RedisKeys(options.keyspace);
    this.dimension = options.keyspace.dimension;
    this.budgets = Object.freeze({ ...DEFAULT_TIME_BUDGETS, ...options.budgets });
    this.#scanBatchSize = options.scanBatchSize ?? 500;
    const index = { indexName: this.keys.indexName, entryPrefix: this.keys.entryPrefix, dimension: this.dimension };
    this.#connection = options.clusterSeeds === undefined
      ? new RedisConnection({ ...options, index })
      : new ClusterConnection({ ...options, seeds: options.clusterSeeds, index });
  }

  get semantic(): boolean {
    return this.#connection.queryEngine;
  }

  /** One server or a cluster, and how many masters (for /readyz and the start-up log). */
  get topology(): { mode: ConnectionMode; masters: number } {
    return { mode: this.#connection.mode, masters: this.#connection.masterCount };
  }

  /** Why the semantic tier is off (no Query Engine on some master, a failing FT.CREATE), once known. */
  get semanticOffReason(): string | undefined {
    return this.#connection.semanticOffReason;
  }

  /** Connected, and the last call got an answer (for /readyz). */
  get reachable(): boolean {
    return this.#connection.reachable;
  }

  /**
   * Starts connecting and resolves once capabilities are known, or as soon as Redis proves unreachable (first
   * connection error) — then it keeps reconnecting and detects capabilities when Redis comes up.
   */
  start(): Promise<void> {
    return this.#connection.start();
  }

  get(id: string, options?: GetOptions): Promise<CacheEntry | undefined> {
    return this.#within('get', 'lookupMs', async () => {
      const key = this.keys.entry(id);
      const slideTtlMs = options?.slideTtlMs;
      // Any read also refreshes the key's LRU clock in Redis. With a slide, both commands are issued in the same
      // tick, so node-redis writes them together: still one round trip. (Not MULTI: a transaction's replies would
      // lose the Buffer type mapping the vector blob needs.)
      // Without the vector: HMGET of the other fields (the vector is most of an entry's bytes after the answer).
      const read = options?.vector === false
        ? this.#connection.sendBinary<Array<Buffer | null>>(key, ['HMGET', key, ...FIELDS_BUT_VECTOR]).then((values) => hmgetReplyToEntry(id, values))
        : this.#connection.sendBinary<Buffer[]>(key, ['HGETALL', key]).then((reply) => hashReplyToEntry(id, reply));
      if (slideTtlMs !== undefined) {
        const [entry] = await Promise.all([read, this.#connection.send(key, ['PEXPIRE', key, String(wholeMs(slideTtlMs))])]);
        // The way forgetAnswer finds a kept answer slides with it (best effort, off the read's path).
        const answerId = entry === undefined ? undefined : keptAnswerId(entry);
        if (answerId !== undefined) {
          const alias = this.keys.answer(answerId);
          void this.#connection.send(alias, ['PEXPIRE', alias, String(wholeMs(slideTtlMs))]).catch(() => undefined);
        }
      }
      return read;
    });
  }

  /**
   * Empty when the server has no Query Engine (`semantic` false): there is nothing to search. A partition-placed
   * search asks only the master holding the partition's slot.
   */
  nearest(partition: string, vector: Float32Array, k: number, options?: NearestOptions): Promise<Neighbour[]> {
    return this.#within('nearest', 'lookupMs', async () => {
      if (!this.semantic || k <= 0) return [];
      this.#assertDimension(vector);
      const search = { partitionTag: encodeTag(partition), vectorBlob: vectorToBlob(vector), k };
      // Every master holds an index of its own entries (one server: one shard); ask all at once and merge.
      const placementTag = options?.placement === 'partition' ? placementTagOf(partition) : undefined;
      const replies = await Promise.allSettled((await this.#connection.searchTargets(placementTag)).map(async (shard) => {
        return this.#neighbours(await shard.send(knnSearchArgs({ ...search, indexName: shard.indexName })));
      }));
      const failures = replies.flatMap((reply) => (reply.status === 'rejected' ? [reply.reason as unknown] : []));
      // A restarted server lost the index, a failed-over or resharded master has none under its name: rebuild.
      if (failures.some((error) => isMissingIndexError(error) || isMovedError(error))) this.#connection.redetect();
      // One master failing costs candidates (a possible miss), not the request; all failing is a store error.
      if (failures.length === replies.length) throw failures[0];
      return mergeNearest(replies.flatMap((reply) => (reply.status === 'fulfilled' ? [reply.value] : [])), k);
    });
  }

  #neighbours(reply: unknown): Neighbour[] {
    return parseKnnReply(reply).flatMap(({ key, distance, text }) => {
      const id = this.keys.idFromEntryKey(key);
      if (id === undefined) return [];
      const similarity = similarityFromDistance(distance);
      return [text === undefined ? { id, similarity } : { id, similarity, text }];
    });
  }

  put(entry: CacheEntry, ttlMs: number): Promise<void> {
    return this.#within('put', 'writeMs', async () => {
      if (entry.vector !== undefined) this.#assertDimension(entry.vector);
      const fields = entryToHashArgs(entry);
      const key = this.keys.entry(entry.id);
      // An answer that would be read back rounded is not stored (completion-json.ts); the entry it would replace goes, as
      // in the embedded store.
      if (fields === undefined) {
        await this.#connection.transaction(key, [['DEL', key]]);
        return;
      }
      // DEL first so a replacement drops fields the new entry lacks (a vector); MULTI so no reader sees it half-done.
      await this.#connection.transaction(key, [
        ['DEL', key],
        ['HSET', key, ...fields],
        ['PEXPIRE', key, String(wholeMs(ttlMs))],
      ]);
      // Where forgetAnswer finds it (another slot in a cluster, so a command of its own). Best effort: the entry is
      // stored, and without this key a DELETE through the proxy only leaves it to its TTL.
      const answerId = keptAnswerId(entry);
      if (answerId !== undefined) {
        const alias = this.keys.answer(answerId);
        await this.#connection.send(alias, ['SET', alias, entry.id, 'PX', String(wholeMs(ttlMs))]).catch(() => undefined);
      }
    });
  }

  forgetAnswer(answerId: string, keeper: string): Promise<boolean> {
    return this.#within('forgetAnswer', 'writeMs', async () => {
      const alias = this.keys.answer(answerId);
      const id = await this.#connection.send<string | null>(alias, ['GET', alias]);
      if (id === null || id === undefined) return false;
      const key = this.keys.entry(id);
      // The entry may hold another answer by now (the same request answered again) or another key's: check both.
      const [storedKeeper, completion] = await this.#connection.send<Array<string | null>>(key, ['HMGET', key, ENTRY_FIELDS.keeper, ENTRY_FIELDS.completion]);
      const holdsIt = typeof completion === 'string' && (JSON.parse(completion) as { id?: unknown }).id === answerId;
      if (holdsIt && storedKeeper !== keeper) return false; // another key's DELETE: its answer stays, and so does the way to it
      await this.#connection.send(alias, ['DEL', alias]);
      return holdsIt && (await this.#connection.send<number>(key, ['DEL', key])) === 1;
    });
  }

  delete(id: string): Promise<boolean> {
    return this.#within('delete', 'writeMs', async () => {
      const key = this.keys.entry(id);
      return (await this.#connection.send<number>(key, ['DEL', key])) === 1;
    });
  }

  invalidate(filter: InvalidationFilter): Promise<number> {
    return this.#within('invalidate', 'adminMs', async (signal) => {
      const wanted = {
        route: filter.route === undefined ? undefined : encodeTag(filter.route),
        model: filter.model === undefined ? undefined : encodeTag(filter.model),
        tenant: filter.tenant === undefined ? undefined : encodeTag(filter.tenant),
      };
      const query = tagFilterQuery(wanted);
      if (query === undefined) return 0;
      const counts = this.semantic
        ? await Promise.all((await this.#connection.searchTargets()).map((target) => this.#invalidateByIndex(target, query, signal)))
        : await Promise.all((await this.#connection.shards()).map((shard) => this.#invalidateByScan(shard, wanted, signal)));
      return sum(counts);
    });
  }

  /** Deletes every entry of this keyspace. Rejected pairs survive: they are about a query and an entry's text. */
  flush(): Promise<number> {
    return this.#within('flush', 'adminMs', async (signal) => {
      // Every master, one SCAN page at a time.
      const counts = await Promise.all((await this.#connection.shards()).map(async (shard) => {
        let deleted = 0;
        for await (const keys of this.#scan(shard, this.keys.entryPattern, signal)) deleted += await this.#unlink(keys);
        return deleted;
      }));
      return sum(counts);
    });
  }

  rejectPair(queryDigest: string, entryId: string, ttlMs: number): Promise<void> {
    return this.#within('rejectPair', 'writeMs', async () => {
      const key = this.keys.feedback(queryDigest, entryId);
      await this.#connection.send(key, ['SET', key, '1', 'PX', String(wholeMs(ttlMs))]);
    });
  }

  isRejected(queryDigest: string, entryId: string): Promise<boolean> {
    return this.#within('isRejected', 'lookupMs', async () => {
      const key = this.keys.feedback(queryDigest, entryId);
      return (await this.#connection.send<number>(key, ['EXISTS', key])) === 1;
    });
  }

  /** Entry count, summed over the masters: the indexes' `num_docs` with the Query Engine, else a SCAN of each. */
  stats(): Promise<StoreStats> {
    return this.#within('stats', 'adminMs', async (signal) => {
      if (this.semantic) {
        try {
          const targets = await this.#connection.searchTargets();
          return { entries: sum(await Promise.all(targets.map(async (target) => parseInfoNumDocs(await target.send(['FT.INFO', target.indexName]))))) };
        } catch (error) {
          if (!isMissingIndexError(error) && !isMovedError(error)) throw error;
          this.#connection.redetect(); // and count by SCAN meanwhile
        }
      }
      const counts = await Promise.all((await this.#connection.shards()).map(async (shard) => {
        const seen = new Set<string>(); // SCAN may return a key twice while the keyspace is rehashing
        for await (const keys of this.#scan(shard, this.keys.entryPattern, signal)) for (const key of keys) seen.add(key);
        return seen.size;
      }));
      return { entries: sum(counts) };
    });
  }

  /**
   * The tenant-hashing secret shared by every instance on this Redis (DESIGN §6): the first caller's random secret
   * wins (`SET NX`), everyone reads the winner in the same round trip. `candidate` is what to store when there is
   * none yet: an instance that already holds the secret passes it, so a key lost to eviction or a restart without
   * persistence comes back unchanged.
   */
  getOrCreateTenantSecret(candidate: string = randomBytes(32).toString('hex')): Promise<string> {
    return this.#within('getOrCreateTenantSecret', 'writeMs', async () => {
      const key = this.keys.tenantSecret;
      const [, secret] = await this.#connection.transaction(key, [['SET', key, candidate, 'NX'], ['GET', key]]);
      if (typeof secret !== 'string' || secret === '') throw new Error(`${key} holds no secret`);
      return secret;
    });
  }

  /**
   * One raw command on the store's connection within the lookup budget, for Redis-side helpers that share it
   * (the cross-instance coalescing lock) instead of opening a connection of their own. In a cluster it goes to the
   * master owning its (first) key: every key of one command must share a slot (RedisKeys uses hash tags for that).
   */
  command<T = unknown>(args: string[]): Promise<T> {
    return this.#within(args[0] ?? 'command', 'lookupMs', () => this.#connection.send<T>(commandKey(args), args));
  }

  close(): Promise<void> {
    return this.#connection.close(this.budgets.writeMs);
  }

  async #invalidateByIndex(shard: Shard, query: string, signal: AbortSignal): Promise<number> {
    let deleted = 0;
    for (;;) {
      signal.throwIfAborted();
      const keys = parseKeysReply(await shard.send(keysSearchArgs(shard.indexName, query, this.#scanBatchSize)));
      if (keys.length === 0) return deleted;
      const unlinked = await this.#unlink(keys);
      // Keys listed but already gone (expired, deleted elsewhere) leave the index on their own; don't spin on them.
      if (unlinked === 0) return deleted;
      deleted += unlinked;
    }
  }

  async #invalidateByScan(
    shard: Shard,
    wanted: Record<(typeof FILTER_FIELDS)[number], string | undefined>,
    signal: AbortSignal,
  ): Promise<number> {
    let deleted = 0;
    for await (const keys of this.#scan(shard, this.keys.entryPattern, signal)) {
      // Issued together, so node-redis pipelines them in one write.
      const values = await Promise.all(
        keys.map((key) => this.#connection.send<Array<string | null>>(key, ['HMGET', key, ...FILTER_FIELDS])),
      );
      const doomed = keys.filter((_, i) => {
        return FILTER_FIELDS.every((field, f) => wanted[field] === undefined || values[i]![f] === wanted[field]);
      });
      if (doomed.length > 0) deleted += await this.#unlink(doomed);
    }
    return deleted;
  }

  /** SCAN of one master (SCAN is per node: a cluster is walked master by master). */
  async *#scan(shard: Shard, pattern: string, signal: AbortSignal): AsyncGenerator<string[]> {
    let cursor = '0';
    do {
      signal.throwIfAborted();
      const reply = await shard.send<[string, string[]]>(['SCAN', cursor, 'MATCH', pattern, 'COUNT', String(this.#scanBatchSize)]);
      cursor = reply[0];
      if (reply[1].length > 0) yield reply[1];
    } while (cursor !== '0');
  }

  /**
   * One UNLINK per key, issued together (pipelined per node): a multi-key UNLINK is refused across slots in a
   * cluster, and the keys of one master page span many slots.
   */
  async #unlink(keys: string[]): Promise<number> {
    if (this.#connection.mode === 'single') return this.#connection.send<number>(keys[0]!, ['UNLINK', ...keys]);
    return sum(await Promise.all(keys.map((key) => this.#connection.send<number>(key, ['UNLINK', key]))));
  }

  /**
   * Runs `work` within its time budget. Past the budget the caller gets a StoreTimeoutError and `signal` aborts, so
   * a keyspace walk (invalidate, flush, stats) stops at its next batch instead of running on unobserved.
   */
  async #within<T>(
    operation: string,
    budget: keyof StoreTimeBudgets,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const abort = new AbortController();
    try {
      const value = await withTimeBudget(operation, this.budgets[budget], work(abort.signal));
      this.#connection.noteOutcome();
      return value;
    } catch (error) {
      abort.abort(error);
      this.#connection.noteOutcome(error);
      throw error;
    }
  }

  #assertDimension(vector: Float32Array): void {
    if (vector.length !== this.dimension) {
      throw new Error(`vector has ${vector.length} dimensions, the store's keyspace has ${this.dimension}`);
    }
  }
}

function sum(counts: readonly number[]): number {
  return counts.reduce((total, count) => total + count, 0);
}

/** A node answered for a key or index name (a tagged per-master index) whose slot it no longer owns. */
function isMovedError(error: unknown): boolean {
  return error instanceof Error && /^(MOVED|ASK) /.test(error.message);
}

/** Redis expiries are whole milliseconds and must be positive. */
function wholeMs(ms: number): number {
  return Math.max(1, Math.ceil(ms));
}
