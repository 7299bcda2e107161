import { KERNEL_LANES, WASM_PAGE_BYTES, createSimdDot, type DotKernel, type WasmMemory } from './simd-kernel.ts';

/** Below this many bytes an arena stays a plain Float32Array: a WebAssembly memory costs 64 KiB at least. */
const WASM_MIN_BYTES = 64 * 1024;

/**
 * Fixed-size slots of unit vectors plus one query slot, scored by dot product. Small arenas live in a
 * Float32Array and score in JavaScript; once an arena reaches 64 KiB it moves into a WebAssembly memory and
 * scores with the SIMD kernel (simd-kernel.ts), ~8× faster. Slots are padded with zeros to the kernel's width.
 *
 * Layout: the query at float 0, slot i at float (i + 1)·stride.
 */
export class VectorArena {
  readonly dimension: number;
  /** Floats per slot: `dimension` rounded up to the kernel's width. */
  readonly stride: number;
  private slotCapacity = 0;
  private view: Float32Array;
  private memory: WasmMemory | undefined;
  private kernel: DotKernel | undefined;

  constructor(dimension: number, initialSlots: number) {
    this.dimension = dimension;
    this.stride = Math.ceil(dimension / KERNEL_LANES) * KERNEL_LANES;
    this.view = new Float32Array(0);
    this.reserve(initialSlots);
  }

  get capacity(): number {
    return this.slotCapacity;
  }

  /** Whether scoring runs in the WebAssembly SIMD kernel (else in JavaScript). */
  get simd(): boolean {
    return this.kernel !== undefined;
  }

  /** Bytes held, for stats and memory accounting. */
  get bytes(): number {
    return this.view.byteLength;
  }

  /** Grows (never shrinks) to hold at least `slots` slots, keeping their contents. */
  reserve(slots: number): void {
    if (slots <= this.slotCapacity) return;
    const floats = (slots + 1) * this.stride;
    const bytes = floats * 4;
    if (this.memory !== undefined) {
      const missing = bytes - this.memory.buffer.byteLength;
      if (missing > 0) this.memory.grow(Math.ceil(missing / WASM_PAGE_BYTES));
      this.view = new Float32Array(this.memory.buffer); // growing detaches the old buffer
    } else {
      const simd = bytes >= WASM_MIN_BYTES ? createSimdDot(Math.ceil(bytes / WASM_PAGE_BYTES)) : undefined;
      const view = simd === undefined ? new Float32Array(floats) : new Float32Array(simd.memory.buffer);
      view.set(this.view);
      this.view = view;
      this.memory = simd?.memory;
      this.kernel = simd?.dot;
    }
    this.slotCapacity = Math.floor(this.view.length / this.stride) - 1;
  }

  write(slot: number, unit: Float32Array): void {
    this.view.set(unit, (slot + 1) * this.stride);
  }

  /** A copy of the slot's vector (without padding). */
  read(slot: number): Float32Array {
    const start = (slot + 1) * this.stride;
    return this.view.slice(start, start + this.dimension);
  }

  /** Copies slot `from` over slot `to`. */
  move(from: number, to: number): void {
    this.view.copyWithin((to + 1) * this.stride, (from + 1) * this.stride, (from + 2) * this.stride);
  }

  setQuery(query: Float32Array): void {
    this.view.set(query, 0);
  }

  /** Dot product of the query set by `setQuery` with a slot. */
  dotQuery(slot: number): number {
    return this.dot(0, (slot + 1) * this.stride);
  }

  dotSlots(slotA: number, slotB: number): number {
    return this.dot((slotA + 1) * this.stride, (slotB + 1) * this.stride);
  }

  private dot(floatA: number, floatB: number): number {
    if (this.kernel !== undefined) return this.kernel(floatA * 4, floatB * 4, this.stride);
    // A single-accumulator loop measured faster in V8 than 4- or 8-way unrolled ones.
    const view = this.view;
    let sum = 0;
    for (let i = 0; i < this.dimension; i++) sum += view[floatA + i]! * view[floatB + i]!;
    return sum;
  }
}
