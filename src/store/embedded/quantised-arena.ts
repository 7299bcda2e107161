import { EMPTY_ARENA_MEMORY, growArenaMemory, type ArenaMemory } from './arena-memory.ts';
import { createSimdInt8Dot, type Int8DotKernel } from './simd-kernel.ts';

/** Bytes per kernel step: codes are padded with zeros to a multiple of this. */
const INT8_LANES = 16;

/**
 * Int8 codes of unit vectors, for walking an HNSW graph: a quarter of the bytes of the f32 vectors, so the
 * random reads a graph search is made of (one vector per visited node, far apart in memory once a partition is
 * large) fetch a quarter of the cache lines. Each vector is scaled by its own largest component
 * (`code = round(x · 127 / max|x|)`), and a dot product is `Σ codeA·codeB · scaleA · scaleB` with an exact
 * integer sum; on 256-d sentence vectors its error is about 1e-3, enough to rank graph neighbours. The owner
 * re-scores its final candidates with the f32 vectors (hnsw-index.ts), so no similarity it reports is approximate.
 *
 * Layout like VectorArena: the query at byte 0, slot i at byte (i + 1)·stride; scales in a side array (slot i at i).
 */
export class QuantisedArena {
  readonly dimension: number;
  /** Bytes per slot: `dimension` rounded up to the kernel's width. */
  readonly stride: number;
  private slotCapacity = 0;
  private view: Int8Array;
  private scales = new Float32Array(0);
  private queryScale = 0;
  private backing: ArenaMemory<Int8DotKernel> = EMPTY_ARENA_MEMORY;
  private kernel: Int8DotKernel | undefined;

  constructor(dimension: number, initialSlots: number) {
    this.dimension = dimension;
    this.stride = Math.ceil(dimension / INT8_LANES) * INT8_LANES;
    this.view = new Int8Array(0);
    this.reserve(initialSlots);
  }

  get capacity(): number {
    return this.slotCapacity;
  }

  /** Whether scoring runs in the WebAssembly SIMD kernel (else in JavaScript). */
  get simd(): boolean {
    return this.kernel !== undefined;
  }

  get bytes(): number {
    return this.view.byteLength + this.scales.byteLength;
  }

  /** Grows (never shrinks) to hold at least `slots` slots, keeping their contents. */
  reserve(slots: number): void {
    if (slots <= this.slotCapacity) return;
    this.backing = growArenaMemory(this.backing, (slots + 1) * this.stride, createSimdInt8Dot);
    this.view = new Int8Array(this.backing.buffer);
    this.kernel = this.backing.kernel;
    this.slotCapacity = Math.floor(this.view.length / this.stride) - 1;
    const scales = new Float32Array(this.slotCapacity);
    scales.set(this.scales);
    this.scales = scales;
  }

  write(slot: number, unit: Float32Array): void {
    this.scales[slot] = this.encode(unit, (slot + 1) * this.stride);
  }

  setQuery(query: Float32Array): void {
    this.queryScale = this.encode(query, 0);
  }

  /** Approximate dot product of the query set by `setQuery` with a slot. */
  dotQuery(slot: number): number {
    return this.dot(0, (slot + 1) * this.stride) * this.queryScale * this.scales[slot]!;
  }

  /** Approximate dot product of two slots. */
  dotSlots(slotA: number, slotB: number): number {
    return this.dot((slotA + 1) * this.stride, (slotB + 1) * this.stride) * this.scales[slotA]! * this.scales[slotB]!;
  }

  /** Writes the codes of `vector` at byte `at` and returns its scale (0 for an all-zero vector). */
  private encode(vector: Float32Array, at: number): number {
    let largest = 0;
    for (let i = 0; i < vector.length; i++) largest = Math.max(largest, Math.abs(vector[i]!));
    const view = this.view;
    if (largest === 0) {
      view.fill(0, at, at + this.stride);
      return 0;
    }
    const factor = 127 / largest;
    for (let i = 0; i < vector.length; i++) view[at + i] = Math.round(vector[i]! * factor);
    return largest / 127;
  }

  private dot(byteA: number, byteB: number): number {
    if (this.kernel !== undefined) return this.kernel(byteA, byteB, this.stride);
    const view = this.view;
    let sum = 0;
    for (let i = 0; i < this.dimension; i++) sum += view[byteA + i]! * view[byteB + i]!;
    return sum;
  }
}
