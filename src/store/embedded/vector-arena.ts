import { KERNEL_LANES, WASM_PAGE_BYTES, createSimdDot, type DotKernel, type DotsKernel, type WasmMemory } from './simd-kernel.ts';

/** Below this many bytes an arena stays a plain Float32Array: a WebAssembly memory costs 64 KiB at least. */
const WASM_MIN_BYTES = 64 * 1024;


/**
 * Fixed-size slots of unit vectors plus one query slot, scored by dot product. Small arenas live in a
 * Float32Array and score in JavaScript; once an arena reaches 64 KiB it moves into a WebAssembly memory and
 * scores with the SIMD kernel (simd-kernel.ts), ~8× faster. Slots are padded with zeros to the kernel's width.
 *
 * A batch of slots is scored in one call (`batchSlots`, `scoreBatch`): the kernel starts every slot's memory read
 * before it computes the first, where one call per slot waits for each in turn (simd-kernel.ts).
 *
 * Layout: the query at float 0; then the batch's slot numbers and scores; slot i at float `header + i·stride`.
 */
export class VectorArena {
  readonly dimension: number;
  /** Floats per slot: `dimension` rounded up to the kernel's width. */
  readonly stride: number;
  private slotCapacity = 0;
  private view: Float32Array;
  private memory: WasmMemory | undefined;
  private kernel: DotKernel | undefined;
  private batchKernel: DotsKernel | undefined;
  /** The most slots one `scoreBatch` scores. */
  readonly batchCapacity: number;
  /** Floats before slot 0: the query, then the batch's slot numbers and scores, rounded up to whole slots. */
  private readonly header: number;
  #batchSlots: Int32Array;
  /** f32 in the kernel's memory; f64 in JavaScript, whose dot products are not rounded to f32. */
  #scores: Float32Array | Float64Array;

  /** `batchCapacity`: the most slots one `scoreBatch` scores (0: no batches, and no room kept for them). */
  constructor(dimension: number, initialSlots: number, batchCapacity: number) {
    this.dimension = dimension;
    this.stride = Math.ceil(dimension / KERNEL_LANES) * KERNEL_LANES;
    this.batchCapacity = batchCapacity;
    this.header = this.stride + (batchCapacity === 0 ? 0 : Math.ceil((2 * batchCapacity + 1) / this.stride) * this.stride);
    this.view = new Float32Array(0);
    this.#batchSlots = new Int32Array(batchCapacity);
    this.#scores = new Float64Array(batchCapacity + 1);
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
  /**
   * Grows (never shrinks) to hold at least `slots` slots, keeping their contents. `batchSlots` and the scores of
   * `scoreBatch` move with the memory: take them again after a call.
   */
  reserve(slots: number): void {
    if (slots <= this.slotCapacity) return;
    const floats = this.header + slots * this.stride;
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
      this.batchKernel = simd?.dots;
    }
    if (this.memory !== undefined) {
      // The batch's slot numbers and scores live in the kernel's memory, right after the query.
      this.#batchSlots = new Int32Array(this.memory.buffer, this.stride * 4, this.batchCapacity);
      this.#scores = new Float32Array(this.memory.buffer, (this.stride + this.batchCapacity) * 4, this.batchCapacity + 1);
    }
    this.slotCapacity = Math.floor((this.view.length - this.header) / this.stride);
  }

  write(slot: number, unit: Float32Array): void {
    this.view.set(unit, this.offsetOf(slot));
  }

  /** A copy of the slot's vector (without padding). */
  read(slot: number): Float32Array {
    const start = this.offsetOf(slot);
    return this.view.slice(start, start + this.dimension);
  }

  /** Copies slot `from` over slot `to`. */
  move(from: number, to: number): void {
    this.view.copyWithin(this.offsetOf(to), this.offsetOf(from), this.offsetOf(from + 1));
  }

  setQuery(query: Float32Array): void {
    this.view.set(query, 0);
  }

  /** Dot product of the query set by `setQuery` with a slot. */
  dotQuery(slot: number): number {
    return this.dot(0, this.offsetOf(slot));
  }

  dotSlots(slotA: number, slotB: number): number {
    return this.dot(this.offsetOf(slotA), this.offsetOf(slotB));
  }

  /** Where callers put the slots the next `scoreBatch` scores (`batchCapacity` at most). */
  get batchSlots(): Int32Array {
    return this.#batchSlots;
  }

  /**
   * Scores the first `count` slots of `batchSlots` against the query, or against slot `against`: the returned
   * array's first `count` floats, bit for bit what `dotQuery`/`dotSlots` give, valid until the next call.
   */
  scoreBatch(count: number, against?: number): Float32Array | Float64Array {
    if (count > this.batchCapacity) throw new RangeError(`a batch holds ${this.batchCapacity} slots, got ${count}`);
    const scores = this.#scores;
    if (count === 0) return scores;
    const from = against === undefined ? 0 : this.offsetOf(against);
    if (this.batchKernel !== undefined) {
      this.batchKernel(from * 4, this.#batchSlots.byteOffset, count, scores.byteOffset, this.stride, this.header * 4);
    } else {
      for (let i = 0; i < count; i++) scores[i] = this.dot(from, this.offsetOf(this.#batchSlots[i]!));
    }
    return scores;
  }

  private offsetOf(slot: number): number {
    return this.header + slot * this.stride;
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
