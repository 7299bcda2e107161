import type { CachedAnswer } from '../cache/cached-answer.ts';
import type { Placement } from './placement.ts';

/**
 * Where cache entries live: an exact lookup by id, and (when `semantic` is true) a nearest-neighbour search by
 * cosine similarity restricted to one partition. Implementations: `embedded` (in-process) and `redis`.
 * Every implementation passes test/contract/vector-store.contract.ts.
 */
export interface VectorStore {
  readonly kind: 'embedded' | 'redis';
  /** Whether `nearest` works (false on a Redis without the Query Engine). Known after `start()`. */
  readonly semantic: boolean;
  /** One Redis server or a cluster, and its masters (Redis only); reported by `/readyz`. */
  readonly topology?: { mode: 'single' | 'cluster'; masters: number };
  /** Why `semantic` is false when the backend could have it (Redis without the Query Engine on some master). */
  readonly semanticOffReason?: string;
  /** Whether the backend answered its last call (always true in-process); reported by `/readyz`. */
  readonly reachable: boolean;
  /** Detects capabilities, creates indexes. Must not throw when the backend is unreachable. */
  start(): Promise<void>;
  /** The entry with this id, or undefined when absent or expired. Records the access for LRU. */
  get(id: string, options?: GetOptions): Promise<CacheEntry | undefined>;
  /**
   * Up to `k` entries of `partition` closest to `vector`, most similar first. Similarity is cosine
   * similarity (−1..1), never a distance. Entries may vanish between this call and `get`: callers skip them.
   * `placement: 'partition'` says the partition's entries were written with partition-placed ids (placement.ts):
   * a Redis Cluster then asks only the master owning the partition's slot.
   */
  nearest(partition: string, vector: Float32Array, k: number, options?: NearestOptions): Promise<Neighbour[]>;
  /**
   * Optional: the nearest neighbours from a cheaper first search, enough to find a query's near-duplicate (what a
   * semantic hit is), or undefined where it would not be cheaper than `nearest`. A `nearest` called later with
   * the same `vector` array continues that search, so a lookup that goes on costs about one search in all. The
   * embedded store has it (its HNSW graphs); a Redis KNN query is one round trip, so the Redis store does not.
   */
  nearestFirstLook?(partition: string, vector: Float32Array, k: number, options?: NearestOptions): Promise<Neighbour[] | undefined>;
  /** Stores (or replaces) an entry that expires after `ttlMs`. */
  put(entry: CacheEntry, ttlMs: number): Promise<void>;
  delete(id: string): Promise<boolean>;
  /**
   * Deletes the entry whose answer the upstream knows by `answerId` (its `id`) and kept for `keeper`
   * (CacheEntry.keeper): that key deleted the answer upstream (`DELETE /v1/responses/{id}`). Resolves whether one
   * was deleted. An entry that holds another answer by now, or another key's, is left alone.
   */
  forgetAnswer(answerId: string, keeper: string): Promise<boolean>;
  /** Deletes every entry matching all given fields; returns how many. An empty filter matches nothing. */
  invalidate(filter: InvalidationFilter): Promise<number>;
  /** Deletes every entry of this store's keyspace; returns how many. */
  flush(): Promise<number>;
  /** Records that `entryId` was a wrong answer for `queryDigest`, so it is never served for it again. */
  rejectPair(queryDigest: string, entryId: string, ttlMs: number): Promise<void>;
  isRejected(queryDigest: string, entryId: string): Promise<boolean>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

export interface CacheEntry {
  /** Hex digest of partition + embedded text: the exact-tier key, and `X-Cache-Key`. */
  id: string;
  /** Hex digest of everything that changes the right answer except the embedded text. */
  partition: string;
  /** The embedded text (normalised), needed by the verifier. */
  text: string;
  /** Absent when the semantic tier was skipped for this prompt (exact tier only). */
  vector?: Float32Array;
  /** The upstream's answer in its API's own shape, as it was returned (or assembled from its stream). */
  completion: CachedAnswer;
  route: string;
  model: string;
  /** Keyed hash of the tenant, never the API key itself. */
  tenant: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /**
   * The producing request asked the upstream to keep the answer (chat `store: true`, Responses `store` not
   * false), so its ids resolve upstream. Absent (entries written before this field) counts as false.
   */
  storedUpstream?: boolean;
  /**
   * With storedUpstream: a keyed hash of the credentials of the request that had the upstream keep the answer
   * (tenant.ts, `keeperOf`), never the credentials themselves. Its ids resolve upstream for that key only, which
   * on a route whose tenant is no key (`share`, a trusted tenant header) is not the tenant. Absent in older entries.
   */
  keeper?: string;
}

/** The upstream id of an entry's answer when it was kept upstream for a keeper (forgetAnswer finds it by it), else undefined. */
export function keptAnswerId(entry: CacheEntry): string | undefined {
  const id = (entry.completion as { id?: unknown }).id;
  return entry.storedUpstream === true && entry.keeper !== undefined && typeof id === 'string' && id !== '' ? id : undefined;
}

export interface GetOptions {
  /** When set, a read also pushes the entry's expiry to now + slideTtlMs. */
  slideTtlMs?: number;
  /**
   * `false`: the entry without its vector, for a reader that only serves the answer (a cache hit): the store then
   * neither copies it out of its index nor (Redis) sends its 1 KB over the wire. Default true.
   */
  vector?: boolean;
}

export interface NearestOptions {
  /** The route's placement; default `spread` (ask every master). */
  placement?: Placement;
}

export interface Neighbour {
  id: string;
  similarity: number;
  /**
   * The entry's stored `text`, returned with the search (both stores do) so a caller verifying candidates reads
   * only the one it serves; absent, the caller reads the entry for it.
   */
  text?: string;
}

export interface InvalidationFilter {
  route?: string;
  model?: string;
  tenant?: string;
}

export interface StoreStats {
  entries: number;
  /** Approximate bytes held (embedded store); undefined where the backend does not say. */
  bytes?: number;
}
