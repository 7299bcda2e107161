import type { Neighbour } from '../vector-store.ts';

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
  /** Adds `unit` under `id`, replacing any vector the id had. `unit` must have length 1 (or be all zeros). */
  add(id: string, unit: Float32Array): void;
  remove(id: string): boolean;
  /** Up to `k` ids, most similar first. */
  search(query: Float32Array, k: number): Neighbour[];
  /** A copy of the stored vector. */
  vectorOf(id: string): Float32Array | undefined;
  /** Every live id (for rebuilding into another index). */
  ids(): IterableIterator<string>;
}
