import type { Neighbour } from '../vector-store.ts';

/**
 * What a search learnt about its query's neighbourhood, handed back to `add` when that same vector is inserted
 * (a MISS searches for its prompt, then stores it): an index that can use it skips the insertion's own search.
 * Opaque outside the index that made it; any other index ignores it.
 */
export interface InsertTrace {
  readonly madeBy: VectorIndex;
}

/**
 * Where a first, small search stopped (`searchFirst`), for a later `search` of the same query to go on from
 * instead of starting over. Opaque outside the index that made it; any other index ignores it.
 */
export interface SearchResume {
  /** The index that made it, as an identity that does not keep a dropped index alive. */
  readonly madeBy: symbol;
}

/** Filled by `search` when the index can make an InsertTrace, and by `searchFirst` with a SearchResume. */
export interface TraceSlot {
  trace?: InsertTrace;
  /** Out of `searchFirst`; into `search`, which takes it (and clears it) to continue that search. */
  resume?: SearchResume;
}

/**
 * One partition's nearest-neighbour index over unit vectors keyed by entry id: `flat-index.ts` (exact, brute
 * force) for small partitions, `hnsw-index.ts` (approximate) for large ones. Similarity is the dot product of
 * unit vectors, i.e. cosine similarity.
 */
export interface VectorIndex {
  /** Live (searchable) vectors. */
  readonly size: number;
  /**
   * Estimated heap bytes this index holds: its vector block at full capacity, maps, arrays and objects (see
   * structure-bytes.ts). The store charges these, so `maxBytes` bounds what the process really holds.
   */
  readonly bytes: number;
  has(id: string): boolean;
  /**
   * Adds `unit` under `id`, replacing any vector the id had. `unit` must have length 1 (or be all zeros).
   * `trace`: from a search for this same vector (see InsertTrace); it changes the cost, never which vector is stored.
   */
  add(id: string, unit: Float32Array, trace?: InsertTrace): void;
  remove(id: string): boolean;
  /**
   * Up to `k` ids, most similar first. With `slot`, an index that can leaves an InsertTrace in it, and continues
   * from `slot.resume` when that came from its own `searchFirst` for this same query.
   */
  search(query: Float32Array, k: number, slot?: TraceSlot): Neighbour[];
  /**
   * Optional (graphs only): a first, cheaper search with a small candidate list, enough to find a query's
   * near-duplicate; leaves in `slot.resume` what a full `search` of the same query continues from, so the two
   * together cost about one full search. Absent where a search is exact anyway (brute force).
   */
  searchFirst?(query: Float32Array, k: number, slot: TraceSlot): Neighbour[];
  /** A copy of the stored vector. */
  vectorOf(id: string): Float32Array | undefined;
  /** Every live id (for rebuilding into another index). */
  ids(): IterableIterator<string>;
}
