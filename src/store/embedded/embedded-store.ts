import type {
  CacheEntry,
  GetOptions,
  InvalidationFilter,
  Neighbour,
  StoreStats,
  VectorStore,
} from '../vector-store.ts';
import { keptAnswerId } from '../vector-store.ts';
import { completionFromJson, completionToJson } from '../completion-json.ts';
import { estimateEntryBytes } from './entry-bytes.ts';
import { PartitionIndex, type GraphKind, type PartitionIndexOptions } from './partition-index.ts';
import { RejectionSet } from './rejection-set.ts';
import { MAP_ENTRY_BYTES, TYPED_ARRAY_BYTES } from './structure-bytes.ts';
import { toUnit } from './vector-math.ts';
import type { InsertTrace, SearchResume, TraceSlot } from './vector-index.ts';

export interface EmbeddedStoreOptions {
  /** Length of every vector put or searched (the embedder's dimension). */
  dimension: number;
  /** Most entries held; the least recently used go first beyond it. Default 100,000. */
  maxEntries?: number;
  /** Most (estimated) bytes held; the least recently used go first beyond it. Default 256 MiB. */
  maxBytes?: number;
  /** Clock in epoch ms, injectable for tests. Default `Date.now`. */
  now?: () => number;
  /** How often expired entries are swept out (besides lazily on read). Default 1 s. */
  sweepIntervalMs?: number;
  /** Entries examined per sweep, so a sweep never stalls the event loop. Default 5,000. */
  sweepBatch?: number;
  /** Most rejected (query, entry) pairs remembered. Default 100,000. */
  maxRejections?: number;
  /** Tuning of the per-partition vector indexes (brute-force threshold, HNSW parameters). */
  index?: Omit<PartitionIndexOptions, 'dimension'>;
}

export const EMBEDDED_STORE_DEFAULTS = {
  maxEntries: 100_000,
  maxBytes: 256 * 1024 * 1024,
  sweepIntervalMs: 1_000,
  sweepBatch: 5_000,
  maxRejections: 100_000,
} as const;

/** Vectors moved into a partition's index under construction per sweep (~0.2–0.6 ms each at 100k). */
const BUILD_STEPS_PER_SWEEP = 32;
/**
 * Vectors written but not yet indexed beyond which a write indexes them at once: the not-yet-indexed tail is
 * searched brute force, so it must stay small (1,024 × 256-d ≈ 0.1 ms to scan).
 */
const MAX_UNINDEXED = 1_024;
/** Vectors indexed per deferred round before yielding to the event loop (~0.3–0.6 ms each at 10k–100k). */
const INDEX_STEPS_PER_ROUND = 8;
/**
 * First looks whose full search may still follow (lookups in flight between the two). Past this many the oldest
 * is dropped; its full search then starts over, which costs time, never a result.
 */
const MAX_PENDING_RESUMES = 64;
/** A partition's slot in the store's map and its key (a 32-character digest string). */
const PARTITION_ENTRY_BYTES = MAP_ENTRY_BYTES + 56;
/** Search rounds in `nearest` that may each find expired entries and drop them before giving up on them. */
const MAX_EXPIRY_ROUNDS = 4;

export interface PartitionDescription {
  /** Entries of the partition that have a vector. */
  vectors: number;
  /** Brute force or HNSW graph. */
  structure: 'flat' | 'hnsw';
  /** The graph's implementation (`usearch` or the hand-written `hnsw`) once the partition has one. */
  graph?: GraphKind;
  /** Whether a new index for it is being filled in the background of writes. */
  building: boolean;
  /** Insertions into its current HNSW graph that reused the search of the lookup that missed (see InsertTrace). */
  insertsReusingSearch: number;
}

/** What the store keeps of an entry; the vector lives only in the partition's index. */
interface StoredEntry {
  readonly id: string;
  readonly partition: string;
  readonly text: string;
  /** Kept serialised: compact, counted exactly, and every `get` hands out a fresh copy nobody can mutate. */
  readonly completionJson: string;
  readonly route: string;
  readonly model: string;
  readonly tenant: string;
  readonly createdAt: number;
  readonly storedUpstream: boolean;
  readonly keeper: string | undefined;
  /** The answer's upstream id, when it was kept upstream for a keeper (forgetAnswer finds the entry by it). */
  readonly answerId: string | undefined;
  readonly hasVector: boolean;
  readonly bytes: number;
  expiresAt: number;
}

/**
 * The in-process store (DESIGN §4), used when no Redis is configured: an LRU-ordered map of entries with
 * per-entry TTL, bounded by entry count and estimated bytes, plus one vector index per partition (brute force
 * while small, HNSW once large; see partition-index.ts).
 *
 * Expiry is lazy on every read, plus a periodic sweep of a bounded batch (its timer is unref'd and stopped by
 * `close()`). Vectors are kept unit-normalised, so `get` returns the normalised vector and `nearest` reports
 * cosine similarity in −1..1.
 *
 * ```ts
 * const store = new EmbeddedStore({ dimension: embedder.dimension });
 * await store.start();
 * ```
 */
export class EmbeddedStore implements VectorStore {
  readonly kind = 'embedded';
  readonly semantic = true;
  /** In-process: there is no backend to lose. */
  readonly reachable = true;
  readonly dimension: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  private readonly sweepIntervalMs: number;
  private readonly sweepBatch: number;
  private readonly indexOptions: PartitionIndexOptions;

  /** Entries by id, least recently used first (a read re-inserts the entry at the end). */
  private readonly entries = new Map<string, StoredEntry>();
  /** Entry id by the upstream id of an answer kept for a keeper (StoredEntry.answerId). */
  private readonly answers = new Map<string, string>();
  private readonly partitions = new Map<string, PartitionIndex>();
  /**
   * Vectors put but not yet in their partition's index, by partition then id. Indexing a vector (an HNSW
   * insertion, 0.3–0.6 ms) is deferred to a later turn of the event loop so it never sits on a request's path;
   * `nearest` scans this tail brute force, so a put is searchable the moment it resolves (read-your-writes).
   */
  private readonly unindexed = new Map<string, Map<string, Float32Array>>();
  /**
   * The last search's trace for a query vector (the caller's array), and the trace a queued vector takes into its
   * index (by the queued unit vector): a MISS stores the very vector it searched for, and its insertion reuses
   * that search instead of repeating it (hnsw-index.ts). Weak: a lookup that never stores leaves nothing behind.
   */
  private readonly searchTraces = new WeakMap<Float32Array, { partition: string; trace: InsertTrace }>();
  private readonly queuedTraces = new WeakMap<Float32Array, InsertTrace>();
  /**
   * Where `nearestFirstLook` stopped, by query vector (the caller's array), oldest first: its `nearest` goes on
   * from there. Bounded (MAX_PENDING_RESUMES), not weak: a lookup served by its first look never calls `nearest`,
   * and the embedder's cache keeps its vector alive, so a weak map would keep ~10 KB per cached prompt.
   */
  private readonly searchResumes = new Map<Float32Array, { partition: string; query: Float32Array; resume: SearchResume }>();
  /** Partitions with queued vectors but no index yet, whose index's empty structures are already charged. */
  private readonly reserved = new Set<string>();
  /** What a new partition's empty index allocates (measured once from a real one). */
  private readonly emptyPartitionBytes: number;
  private unindexedCount = 0;
  private indexingScheduled = false;
  /** Partitions whose index has a build pending, advanced by the sweep when writes stop. */
  private readonly building = new Set<string>();
  private readonly rejections: RejectionSet;
  private bytes = 0;
  private sweepCursor: IterableIterator<StoredEntry> | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(options: EmbeddedStoreOptions) {
    if (!Number.isInteger(options.dimension) || options.dimension <= 0) {
      throw new RangeError(`dimension must be a positive integer, got ${options.dimension}`);
    }
    this.dimension = options.dimension;
    this.maxEntries = options.maxEntries ?? EMBEDDED_STORE_DEFAULTS.maxEntries;
    this.maxBytes = options.maxBytes ?? EMBEDDED_STORE_DEFAULTS.maxBytes;
    this.now = options.now ?? Date.now;
    this.sweepIntervalMs = options.sweepIntervalMs ?? EMBEDDED_STORE_DEFAULTS.sweepIntervalMs;
    this.sweepBatch = options.sweepBatch ?? EMBEDDED_STORE_DEFAULTS.sweepBatch;
    this.indexOptions = { ...options.index, dimension: this.dimension };
    this.emptyPartitionBytes = new PartitionIndex(this.indexOptions).bytes;
    this.rejections = new RejectionSet(options.maxRejections ?? EMBEDDED_STORE_DEFAULTS.maxRejections, this.now);
  }

  async start(): Promise<void> {
    if (this.sweepTimer !== undefined) return;
    this.sweepTimer = setInterval(() => this.sweep(), this.sweepIntervalMs);
    this.sweepTimer.unref();
  }

  async get(id: string, options?: GetOptions): Promise<CacheEntry | undefined> {
    const stored = this.live(id);
    if (stored === undefined) return undefined;
    if (options?.slideTtlMs !== undefined) stored.expiresAt = this.now() + options.slideTtlMs;
    this.entries.delete(id);
    this.entries.set(id, stored);
    return this.materialise(stored, options?.vector !== false);
  }

  async nearest(partition: string, vector: Float32Array, k: number): Promise<Neighbour[]> {
    this.checkDimension(vector);
    if (k <= 0) return [];
    const first = this.searchResumes.get(vector);
    this.searchResumes.delete(vector);
    const query = first?.query ?? toUnit(vector);
    for (let round = 0; ; round++) {
      const index = this.partitions.get(partition);
      const tail = this.unindexed.get(partition);
      if (index === undefined && tail === undefined) return [];
      const slot: TraceSlot = {};
      if (round === 0 && first?.partition === partition) slot.resume = first.resume;
      const indexed = index?.search(query, k, slot) ?? [];
      if (slot.trace !== undefined) this.searchTraces.set(vector, { partition, trace: slot.trace });
      const found = tail === undefined ? indexed : withTail(indexed, tail, query, k);
      const now = this.now();
      const expired = found.filter((neighbour) => this.entries.get(neighbour.id)!.expiresAt <= now);
      if (expired.length === 0) return this.withTexts(found);
      for (const neighbour of expired) this.remove(this.entries.get(neighbour.id)!);
      // Searching again fills the places of the expired ones; after a few rounds just return what is live.
      if (round + 1 === MAX_EXPIRY_ROUNDS) return this.withTexts(found.filter((n) => this.entries.has(n.id)));
    }
  }

  /**
   * A cheaper first search of a partition's graph (a third of the CPU at 100k entries), enough to find a query's
   * near-duplicate; a later `nearest` for the same vector array goes on from where it stopped instead of starting
   * over. Undefined where the partition is searched by brute force (exact and as cheap in one go) or absent.
   */
  async nearestFirstLook(partition: string, vector: Float32Array, k: number): Promise<Neighbour[] | undefined> {
    this.checkDimension(vector);
    const index = this.partitions.get(partition);
    if (index === undefined || k <= 0) return undefined;
    const query = toUnit(vector);
    const slot: TraceSlot = {};
    const indexed = index.searchFirst(query, k, slot);
    if (indexed === undefined) return undefined;
    if (slot.resume !== undefined) {
      this.searchResumes.delete(vector);
      this.searchResumes.set(vector, { partition, query, resume: slot.resume });
      if (this.searchResumes.size > MAX_PENDING_RESUMES) this.searchResumes.delete(this.searchResumes.keys().next().value!);
    }
    const tail = this.unindexed.get(partition);
    const found = tail === undefined ? indexed : withTail(indexed, tail, query, k);
    // Expired entries are left for `nearest` (or the sweep) to remove: a first look only skips them.
    const now = this.now();
    return this.withTexts(found.filter((neighbour) => this.entries.get(neighbour.id)!.expiresAt > now));
  }

  async put(entry: CacheEntry, ttlMs: number): Promise<void> {
    if (entry.vector !== undefined) this.checkDimension(entry.vector);
    const previous = this.entries.get(entry.id);
    if (previous !== undefined) this.remove(previous);
    if (ttlMs <= 0) return;

    const completionJson = completionToJson(entry.completion);
    if (completionJson === undefined) return; // would be read back rounded (completion-json.ts)
    const bytes = estimateEntryBytes(entry, completionJson);
    if (bytes > this.maxBytes) return; // could never fit; storing it would only flush everything else
    const stored: StoredEntry = {
      id: entry.id,
      partition: entry.partition,
      text: entry.text,
      completionJson,
      route: entry.route,
      model: entry.model,
      tenant: entry.tenant,
      createdAt: entry.createdAt,
      storedUpstream: entry.storedUpstream === true,
      keeper: entry.keeper,
      answerId: keptAnswerId(entry),
      hasVector: entry.vector !== undefined,
      bytes,
      expiresAt: this.now() + ttlMs,
    };
    this.entries.set(stored.id, stored);
    if (stored.answerId !== undefined) this.answers.set(stored.answerId, stored.id);
    this.bytes += bytes;
    if (entry.vector !== undefined) {
      const unit = toUnit(entry.vector);
      const searched = this.searchTraces.get(entry.vector);
      if (searched?.partition === entry.partition) this.queuedTraces.set(unit, searched.trace);
      this.deferIndexing(stored, unit);
    }
    this.evictOverflow();
  }

  async delete(id: string): Promise<boolean> {
    const stored = this.live(id);
    if (stored === undefined) return false;
    this.remove(stored);
    return true;
  }

  async forgetAnswer(answerId: string, keeper: string): Promise<boolean> {
    const id = this.answers.get(answerId);
    const stored = id === undefined ? undefined : this.entries.get(id);
    if (stored === undefined || stored.answerId !== answerId || stored.keeper !== keeper) return false;
    const live = stored.expiresAt > this.now();
    this.remove(stored);
    return live;
  }

  async invalidate(filter: InvalidationFilter): Promise<number> {
    const { route, model, tenant } = filter;
    if (route === undefined && model === undefined && tenant === undefined) return 0;
    const now = this.now();
    const matching: StoredEntry[] = [];
    for (const stored of this.entries.values()) {
      if (route !== undefined && stored.route !== route) continue;
      if (model !== undefined && stored.model !== model) continue;
      if (tenant !== undefined && stored.tenant !== tenant) continue;
      matching.push(stored);
    }
    let live = 0;
    for (const stored of matching) {
      if (stored.expiresAt > now) live++;
      this.remove(stored);
    }
    return live;
  }

  /** Deletes every entry and every rejected pair (an id that comes back is a fresh answer). */
  async flush(): Promise<number> {
    const now = this.now();
    let live = 0;
    for (const stored of this.entries.values()) if (stored.expiresAt > now) live++;
    this.entries.clear();
    this.answers.clear();
    this.partitions.clear();
    this.searchResumes.clear();
    this.unindexed.clear();
    this.reserved.clear();
    this.unindexedCount = 0;
    this.building.clear();
    this.rejections.clear();
    this.bytes = 0;
    this.sweepCursor = undefined;
    return live;
  }

  async rejectPair(queryDigest: string, entryId: string, ttlMs: number): Promise<void> {
    this.rejections.add(queryDigest, entryId, ttlMs);
  }

  async isRejected(queryDigest: string, entryId: string): Promise<boolean> {
    return this.rejections.has(queryDigest, entryId);
  }

  /** Counts include entries that expired but were not swept yet (at most one sweep interval old). */
  async stats(): Promise<StoreStats> {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  async close(): Promise<void> {
    clearInterval(this.sweepTimer);
    this.sweepTimer = undefined;
  }

  /** First looks whose `nearest` has not come (yet), at most MAX_PENDING_RESUMES (for tests and stats). */
  get pendingFirstLooks(): number {
    return this.searchResumes.size;
  }

  /** How a partition's vectors are indexed right now (for benchmarks and diagnostics); undefined when it has none. */
  describePartition(partition: string): PartitionDescription | undefined {
    const index = this.partitions.get(partition);
    const tail = this.unindexed.get(partition)?.size ?? 0;
    if (index === undefined && tail === 0) return undefined;
    const graph = index?.graph;
    return { vectors: (index?.size ?? 0) + tail, structure: index?.structure ?? 'flat', ...(graph === undefined ? {} : { graph }), building: (index?.building ?? false) || tail > 0, insertsReusingSearch: index?.insertsReusingSearch ?? 0 };
  }

  /**
   * One bounded round of housekeeping, run by the timer: drops expired entries among the next `sweepBatch`
   * (resuming where the last round stopped) and advances pending index builds. Public for tests.
   */
  sweep(): void {
    this.indexUnindexed(Number.POSITIVE_INFINITY);
    const now = this.now();
    for (let examined = 0; examined < this.sweepBatch; examined++) {
      this.sweepCursor ??= this.entries.values();
      const next = this.sweepCursor.next();
      if (next.done === true) {
        this.sweepCursor = undefined;
        break;
      }
      if (next.value.expiresAt <= now) this.remove(next.value);
    }
    this.rejections.sweep(this.sweepBatch);
    for (const partition of this.building) {
      const index = this.partitions.get(partition);
      if (index === undefined || !this.charged(index, () => index.maintain(BUILD_STEPS_PER_SWEEP))) this.building.delete(partition);
    }
  }

  /** The neighbours with their similarity clamped to −1..1 (float error) and their entry's text. */
  private withTexts(found: Neighbour[]): Neighbour[] {
    for (const neighbour of found) {
      neighbour.similarity = Math.min(1, Math.max(-1, neighbour.similarity));
      neighbour.text = this.entries.get(neighbour.id)!.text;
    }
    return found;
  }

  /** The entry if present and unexpired; an expired one is removed on the way. */
  private live(id: string): StoredEntry | undefined {
    const stored = this.entries.get(id);
    if (stored === undefined) return undefined;
    if (stored.expiresAt > this.now()) return stored;
    this.remove(stored);
    return undefined;
  }

  /** The entry, or undefined when its answer cannot be read back exactly (completion-json.ts; never stored so). */
  private materialise(stored: StoredEntry, withVector: boolean): CacheEntry | undefined {
    const completion = completionFromJson(stored.completionJson);
    if (completion === undefined) return undefined;
    const entry: CacheEntry = {
      id: stored.id,
      partition: stored.partition,
      text: stored.text,
      completion,
      route: stored.route,
      model: stored.model,
      tenant: stored.tenant,
      createdAt: stored.createdAt,
    };
    if (stored.storedUpstream) entry.storedUpstream = true;
    if (stored.keeper !== undefined) entry.keeper = stored.keeper;
    if (stored.hasVector && withVector) {
      const pending = this.unindexed.get(stored.partition)?.get(stored.id);
      entry.vector = pending !== undefined ? pending.slice() : this.partitions.get(stored.partition)!.vectorOf(stored.id)!;
    }
    return entry;
  }

  private deferIndexing(stored: StoredEntry, unit: Float32Array): void {
    let tail = this.unindexed.get(stored.partition);
    if (tail === undefined) {
      tail = new Map();
      this.unindexed.set(stored.partition, tail);
    }
    tail.set(stored.id, unit);
    this.unindexedCount++;
    // Charged now, so eviction at this write already sees it: the queued vector, and a new partition's index
    // (its empty structures: an 8-slot block and maps) reserved once.
    this.bytes += pendingVectorBytes(unit);
    if (!this.partitions.has(stored.partition) && !this.reserved.has(stored.partition)) {
      this.reserved.add(stored.partition);
      this.bytes += PARTITION_ENTRY_BYTES + this.emptyPartitionBytes;
    }
    // Writes outpacing the deferred rounds: index now rather than let the brute-force tail grow.
    if (this.unindexedCount > MAX_UNINDEXED) this.indexUnindexed(this.unindexedCount - MAX_UNINDEXED / 2);
    this.scheduleIndexing();
  }

  private scheduleIndexing(): void {
    if (this.indexingScheduled || this.unindexedCount === 0) return;
    this.indexingScheduled = true;
    setImmediate(() => {
      this.indexingScheduled = false;
      this.indexUnindexed(INDEX_STEPS_PER_ROUND);
      this.scheduleIndexing();
    });
  }

  /** Moves up to `limit` vectors of the not-yet-indexed tail into their partitions' indexes, oldest first. */
  private indexUnindexed(limit: number): void {
    let moved = 0;
    for (const [partition, tail] of this.unindexed) {
      for (const [id, unit] of tail) {
        if (moved >= limit) return;
        tail.delete(id);
        this.unindexedCount--;
        moved++;
        this.bytes -= pendingVectorBytes(unit);
        this.indexVector(this.entries.get(id)!, unit);
      }
      this.unindexed.delete(partition);
    }
  }

  private indexVector(stored: StoredEntry, unit: Float32Array): void {
    let index = this.partitions.get(stored.partition);
    if (index === undefined) {
      index = new PartitionIndex(this.indexOptions);
      this.partitions.set(stored.partition, index);
      // Reserved when its first vector was queued (deferIndexing).
      if (this.reserved.delete(stored.partition)) this.bytes -= PARTITION_ENTRY_BYTES + this.emptyPartitionBytes;
      this.bytes += PARTITION_ENTRY_BYTES + index.bytes;
    }
    this.charged(index, () => index.add(stored.id, unit, this.queuedTraces.get(unit)));
    if (index.building) this.building.add(stored.partition);
  }

  /** Runs a change to a partition's index and charges what its structures grew or shrank by. */
  private charged<T>(index: PartitionIndex, change: () => T): T {
    const before = index.bytes;
    const result = change();
    this.bytes += index.bytes - before;
    return result;
  }

  private remove(stored: StoredEntry): void {
    if (!this.entries.delete(stored.id)) return;
    if (stored.answerId !== undefined && this.answers.get(stored.answerId) === stored.id) this.answers.delete(stored.answerId);
    this.bytes -= stored.bytes;
    if (!stored.hasVector) return;
    const tail = this.unindexed.get(stored.partition);
    const pending = tail?.get(stored.id);
    if (tail !== undefined && pending !== undefined) {
      tail.delete(stored.id);
      this.unindexedCount--;
      this.bytes -= pendingVectorBytes(pending);
      if (tail.size === 0) {
        this.unindexed.delete(stored.partition);
        if (this.reserved.delete(stored.partition)) this.bytes -= PARTITION_ENTRY_BYTES + this.emptyPartitionBytes;
      }
      return;
    }
    const index = this.partitions.get(stored.partition);
    if (index === undefined) return;
    this.charged(index, () => index.remove(stored.id));
    if (index.size === 0) {
      this.bytes -= PARTITION_ENTRY_BYTES + index.bytes;
      this.partitions.delete(stored.partition);
      this.building.delete(stored.partition);
    } else if (index.building) {
      this.building.add(stored.partition);
    }
  }

  /** Evicts least recently used entries until both bounds hold. */
  private evictOverflow(): void {
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.values().next();
      if (oldest.done === true) return;
      this.remove(oldest.value);
    }
  }

  private checkDimension(vector: Float32Array): void {
    if (vector.length !== this.dimension) {
      throw new RangeError(`vector has ${vector.length} dimensions, the store holds ${this.dimension}`);
    }
  }
}

/** The index's best `k` merged with a brute-force scan of the partition's not-yet-indexed vectors. */
function withTail(indexed: Neighbour[], tail: Map<string, Float32Array>, query: Float32Array, k: number): Neighbour[] {
  const all = [...indexed];
  for (const [id, unit] of tail) {
    let dot = 0;
    for (let i = 0; i < unit.length; i++) dot += unit[i]! * query[i]!;
    all.push({ id, similarity: dot });
  }
  return all.sort((a, b) => b.similarity - a.similarity).slice(0, k);
}

/** A queued vector: its floats, its typed array and its slot in the tail's map. */
function pendingVectorBytes(unit: Float32Array): number {
  return unit.byteLength + TYPED_ARRAY_BYTES + MAP_ENTRY_BYTES;
}
