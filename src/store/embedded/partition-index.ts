import type { Neighbour } from '../vector-store.ts';
import { FlatIndex } from './flat-index.ts';
import { HnswIndex, type HnswOptions } from './hnsw-index.ts';
import { ARRAY_SLOT_BYTES, EMPTY_ARRAY_BYTES, OBJECT_BYTES } from './structure-bytes.ts';
import { loadUsearch, UsearchIndex } from './usearch-index.ts';
import type { InsertTrace, TraceSlot, VectorIndex } from './vector-index.ts';

export interface PartitionIndexOptions {
  dimension: number;
  /**
   * A partition holding more vectors than this moves from brute force to an HNSW graph. Default 2,000: measured
   * at 100 dimensions with the SIMD kernel, a brute-force scan costs ~0.05 ms per 1,000 vectors and an HNSW
   * search ~0.07–0.1 ms (ef 64) from 1k to 20k vectors, so up to ~2k brute force is as fast, and exact.
   */
  hnswThreshold?: number;
  hnsw?: Omit<HnswOptions, 'dimension'>;
  /**
   * Which graph a large partition gets: `hnsw` (hnsw-index.ts: JavaScript and a WebAssembly kernel; default) or
   * `usearch` (usearch-index.ts: the `usearch` package's C++ HNSW with f16 vectors, a dev dependency, for the
   * benchmarks that compare the two; falls back to `hnsw` where the package is not installed). The default is the
   * hand-written graph because it keeps its recall when a full cache evicts: usearch's recall@1 fell from 0.978 to
   * 0.858 after 30,000 evict-and-insert steps at 100k entries (bench/RESULTS.md). Both take the `hnsw` settings.
   */
  graph?: GraphKind;
  /** Rebuild a graph once this share of its nodes are tombstones. Default 0.25. */
  maxTombstoneRatio?: number;
  /** Vectors moved into an index under construction per write to the partition. Default 4. */
  buildStepsPerWrite?: number;
}

export type GraphKind = 'usearch' | 'hnsw';

export const PARTITION_INDEX_DEFAULTS = {
  graph: 'hnsw' as GraphKind,
  hnswThreshold: 2_000,
  maxTombstoneRatio: 0.25,
  buildStepsPerWrite: 4,
} as const;

/** An index being filled in the background of writes, from a snapshot of the ids the active index held. */
interface PendingBuild {
  target: VectorIndex;
  pending: string[];
  cursor: number;
}

/**
 * The vector index of one partition. Small partitions are searched exactly by brute force; a partition that
 * outgrows `hnswThreshold` gets an HNSW graph, and a graph full of tombstones is rebuilt.
 *
 * Building a graph costs ~0.5 ms per vector, so building one for a large partition in one go would stall the
 * event loop for seconds. Instead a new index is filled a few vectors per write (and per `maintain` call) while
 * the current one keeps answering; writes go to both, and the new index takes over once it holds everything.
 * Brute force stays exact meanwhile, so the switch never changes results beyond HNSW's own approximation.
 */
export class PartitionIndex {
  private readonly options: PartitionIndexOptions;
  private readonly hnswThreshold: number;
  private readonly maxTombstoneRatio: number;
  private readonly buildStepsPerWrite: number;
  private active: VectorIndex;
  private build: PendingBuild | undefined;

  constructor(options: PartitionIndexOptions) {
    this.options = options;
    this.hnswThreshold = options.hnswThreshold ?? PARTITION_INDEX_DEFAULTS.hnswThreshold;
    this.maxTombstoneRatio = options.maxTombstoneRatio ?? PARTITION_INDEX_DEFAULTS.maxTombstoneRatio;
    this.buildStepsPerWrite = options.buildStepsPerWrite ?? PARTITION_INDEX_DEFAULTS.buildStepsPerWrite;
    this.active = new FlatIndex(options.dimension);
  }

  get size(): number {
    return this.active.size;
  }

  /** Estimated heap bytes: this object, the active index and one under construction (structure-bytes.ts). */
  get bytes(): number {
    return OBJECT_BYTES + this.active.bytes + (this.build === undefined ? 0 : this.build.target.bytes + EMPTY_ARRAY_BYTES + this.build.pending.length * ARRAY_SLOT_BYTES);
  }

  /** Which structure answers searches right now (for tests and stats): brute force or a graph of either kind. */
  get structure(): 'flat' | 'hnsw' {
    return this.active instanceof FlatIndex ? 'flat' : 'hnsw';
  }

  /** The graph's implementation, once the partition has one. */
  get graph(): GraphKind | undefined {
    return this.active instanceof UsearchIndex ? 'usearch' : this.active instanceof HnswIndex ? 'hnsw' : undefined;
  }

  /** Insertions into the current graph that reused the search for their vector (see InsertTrace). */
  get insertsReusingSearch(): number {
    return this.active instanceof HnswIndex ? this.active.insertsReusingSearch : 0;
  }

  /** Whether a new index is being filled (`maintain` has work to do). */
  get building(): boolean {
    return this.build !== undefined;
  }

  /** `trace`: from `search` for this same vector (see InsertTrace); only the index that made it uses it. */
  add(id: string, unit: Float32Array, trace?: InsertTrace): void {
    this.active.add(id, unit, trace);
    this.build?.target.add(id, unit);
    this.afterWrite();
  }

  remove(id: string): boolean {
    const removed = this.active.remove(id);
    this.build?.target.remove(id);
    if (removed) this.afterWrite();
    return removed;
  }

  search(query: Float32Array, k: number, slot?: TraceSlot): Neighbour[] {
    return this.active.search(query, k, slot);
  }

  /**
   * A graph's cheaper first search (VectorIndex.searchFirst), which a later `search` of the same query with the
   * same slot continues; undefined for brute force, which is exact and as cheap in one go.
   */
  searchFirst(query: Float32Array, k: number, slot: TraceSlot): Neighbour[] | undefined {
    return this.active.searchFirst?.(query, k, slot);
  }

  vectorOf(id: string): Float32Array | undefined {
    return this.active.vectorOf(id);
  }

  /** Advances a pending build by up to `steps` vectors; returns whether one is still pending. */
  maintain(steps: number): boolean {
    if (this.build !== undefined) this.step(steps);
    return this.build !== undefined;
  }

  private afterWrite(): void {
    const size = this.active.size;
    if (!(this.active instanceof FlatIndex) && size < this.hnswThreshold / 2) {
      // Shrunk well below the threshold (the half keeps a partition near it from flapping): brute force is
      // exact and now cheaper. Small enough to copy at once.
      this.build = undefined;
      this.active = this.copyInto(new FlatIndex(this.options.dimension));
      return;
    }
    if (this.build === undefined) {
      const needsGraph = this.active instanceof FlatIndex && size > this.hnswThreshold;
      const needsRebuild = this.active instanceof HnswIndex && this.active.tombstoneRatio > this.maxTombstoneRatio;
      if (!needsGraph && !needsRebuild) return;
      this.build = { target: this.newGraph(), pending: [...this.active.ids()], cursor: 0 };
    }
    this.step(this.buildStepsPerWrite);
  }

  private step(steps: number): void {
    const build = this.build!;
    const end = Math.min(build.pending.length, build.cursor + steps);
    for (; build.cursor < end; build.cursor++) {
      const id = build.pending[build.cursor]!;
      if (build.target.has(id)) continue; // written since the snapshot: the target already has its vector
      const vector = this.active.vectorOf(id);
      if (vector !== undefined) build.target.add(id, vector);
    }
    if (build.cursor === build.pending.length) {
      this.active = build.target;
      this.build = undefined;
    }
  }

  private newGraph(): VectorIndex {
    const graph = this.options.graph ?? PARTITION_INDEX_DEFAULTS.graph;
    if (graph === 'usearch' && loadUsearch().module !== undefined) return new UsearchIndex({ ...this.options.hnsw, dimension: this.options.dimension });
    return new HnswIndex({ ...this.options.hnsw, dimension: this.options.dimension });
  }

  private copyInto(target: VectorIndex): VectorIndex {
    for (const id of this.active.ids()) target.add(id, this.active.vectorOf(id)!);
    return target;
  }
}
