import { createRequire } from 'node:module';
import type { Neighbour } from '../vector-store.ts';
import { fromHalfBits, toHalfBits } from './half-float.ts';
import { efSearchForSize, HNSW_DEFAULTS } from './hnsw-index.ts';
import { ARRAY_SLOT_BYTES, EMPTY_ARRAY_BYTES, EMPTY_MAP_BYTES, MAP_ENTRY_BYTES, OBJECT_BYTES, TYPED_ARRAY_BYTES } from './structure-bytes.ts';
import type { VectorIndex } from './vector-index.ts';

/** The part of the `usearch` package's binding this index uses (javascript/dist/cjs/usearch.d.ts). */
interface UsearchMatches {
  keys: BigUint64Array;
  distances: Float32Array;
}
interface UsearchNativeIndex {
  add(keys: bigint, vector: Float32Array, threads: number): void;
  search(vector: Float32Array, k: number, threads: number): UsearchMatches;
  remove(keys: bigint): number | number[];
  capacity(): number;
}
interface UsearchModule {
  Index: new (config: {
    dimensions: number;
    metric: string;
    quantization: string;
    connectivity: number;
    expansion_add: number;
    expansion_search: number;
    multi: boolean;
  }) => UsearchNativeIndex;
}

let loaded: { module?: UsearchModule; error?: string } | undefined;

/**
 * The `usearch` package, or why it could not be loaded (a dev dependency: absent from a production install, or a
 * platform without its prebuilt binary; the partition then gets the hand-written graph). Loaded once, on first
 * use, through `require`: its ES module build looks for its binary relative to a directory name that module code
 * does not have.
 */
export function loadUsearch(): { module?: UsearchModule; error?: string } {
  if (loaded === undefined) {
    try {
      loaded = { module: createRequire(import.meta.url)('usearch') as UsearchModule };
    } catch (error) {
      loaded = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  return loaded;
}

export interface UsearchIndexOptions {
  dimension: number;
  /** Links per node (usearch's `connectivity`); default 16, as the hand-written graph. */
  m?: number;
  efConstruction?: number;
  /** Candidate list size while searching; default `efSearchForSize` of the current size. */
  efSearch?: number;
}

/**
 * Bytes usearch holds per slot of its capacity beyond the vector: layer-0 links (2m slots of 4 bytes and a count),
 * the node's header and key, the upper layers' share, and the allocator's rounding. Measured as RSS growth per
 * entry (922 B at 100k 256-d f16 vectors, bench/vector-index-compare.ts) minus the 512 B of the f16 vector.
 */
const NATIVE_GRAPH_BYTES_PER_SLOT = 410;

/**
 * A partition's HNSW graph in the `usearch` package (C++, SIMD, prebuilt N-API binaries), its vectors kept as f16,
 * scored by cosine. Not the store's default (partition-index.ts says why: its recall decays as a full cache evicts);
 * kept so the benchmarks compare the two graphs through the store's own code, held to the same conformance suite.
 * bench/vector-index-compare.ts measured it at 100k sentence vectors: 353 against 462 µs of CPU per search, 352
 * against 384 per insert, 922 against 1,457 bytes per entry, recall@1 0.976 for both (bench/RESULTS.md). Cosine,
 * not inner product: usearch's inner-product kernels on f16 ranked a stored vector first among neighbours 0.9999
 * similar to it for 15 of 100 queries, cosine for 100.
 *
 * Ids map to numeric keys, reused after removal. The binding cannot read a vector back, so an f16 copy is kept
 * here for `vectorOf` (rebuilds, `get`). The binding fixes `expansion_search` at construction; a search asks for
 * max(k, efSearch) results, which is how usearch (as hnswlib) widens its candidate list, and keeps the first k.
 * One thread per call: the proxy's event loop is single-threaded, and a pool would compete with it.
 */
export class UsearchIndex implements VectorIndex {
  readonly dimension: number;
  readonly #native: UsearchNativeIndex;
  readonly #efSearch: number | undefined;
  readonly #keyOf = new Map<string, number>();
  #idOf: Array<string | undefined> = [];
  #freeKeys: number[] = [];
  #halves: Uint16Array;

  constructor(options: UsearchIndexOptions) {
    const usearch = loadUsearch();
    if (usearch.module === undefined) throw new Error(`usearch is not available: ${usearch.error}`);
    this.dimension = options.dimension;
    this.#efSearch = options.efSearch;
    this.#native = new usearch.module.Index({
      dimensions: options.dimension,
      metric: 'cos',
      quantization: 'f16',
      connectivity: options.m ?? HNSW_DEFAULTS.m,
      expansion_add: options.efConstruction ?? HNSW_DEFAULTS.efConstruction,
      expansion_search: 1,
      multi: false,
    });
    this.#halves = new Uint16Array(options.dimension * 8);
  }

  get size(): number {
    return this.#keyOf.size;
  }

  get bytes(): number {
    const slots = Math.max(this.#native.capacity(), this.#idOf.length);
    const jsSide = 2 * OBJECT_BYTES + TYPED_ARRAY_BYTES + this.#halves.byteLength + EMPTY_MAP_BYTES + this.#keyOf.size * MAP_ENTRY_BYTES
      + 2 * EMPTY_ARRAY_BYTES + (this.#idOf.length + this.#freeKeys.length) * ARRAY_SLOT_BYTES;
    return jsSide + slots * (this.dimension * 2 + NATIVE_GRAPH_BYTES_PER_SLOT);
  }

  get efSearch(): number {
    return this.#efSearch ?? efSearchForSize(this.size);
  }

  has(id: string): boolean {
    return this.#keyOf.has(id);
  }

  add(id: string, unit: Float32Array): void {
    this.remove(id);
    const key = this.#freeKeys.pop() ?? this.#idOf.length;
    this.#native.add(BigInt(key), unit, 1);
    this.#keyOf.set(id, key);
    this.#idOf[key] = id;
    this.#writeHalves(key, unit);
  }

  remove(id: string): boolean {
    const key = this.#keyOf.get(id);
    if (key === undefined) return false;
    this.#native.remove(BigInt(key));
    this.#keyOf.delete(id);
    this.#idOf[key] = undefined;
    this.#freeKeys.push(key);
    return true;
  }

  search(query: Float32Array, k: number): Neighbour[] {
    if (k <= 0 || this.size === 0) return [];
    const matches = this.#native.search(query, Math.max(k, this.efSearch), 1);
    const found: Neighbour[] = [];
    for (let i = 0; i < matches.keys.length && found.length < k; i++) {
      const id = this.#idOf[Number(matches.keys[i])];
      // Cosine distance is 1 − cosine similarity (of the f16 vectors: within ~1e-4 of the f32 one).
      if (id !== undefined) found.push({ id, similarity: 1 - matches.distances[i]! });
    }
    return found;
  }

  vectorOf(id: string): Float32Array | undefined {
    const key = this.#keyOf.get(id);
    if (key === undefined) return undefined;
    const vector = new Float32Array(this.dimension);
    const offset = key * this.dimension;
    for (let d = 0; d < this.dimension; d++) vector[d] = fromHalfBits(this.#halves[offset + d]!);
    return vector;
  }

  ids(): IterableIterator<string> {
    return this.#keyOf.keys();
  }

  #writeHalves(key: number, unit: Float32Array): void {
    const offset = key * this.dimension;
    if (offset + this.dimension > this.#halves.length) {
      const grown = new Uint16Array(Math.max(this.#halves.length * 2, offset + this.dimension));
      grown.set(this.#halves);
      this.#halves = grown;
    }
    for (let d = 0; d < this.dimension; d++) this.#halves[offset + d] = toHalfBits(unit[d]!);
  }
}
