import { WASM_PAGE_BYTES, type WasmMemory } from './simd-kernel.ts';

/** Below this many bytes an arena stays a plain ArrayBuffer: a WebAssembly memory costs 64 KiB at least. */
const WASM_MIN_BYTES = 64 * 1024;

/**
 * The bytes behind a vector arena (vector-arena.ts, quantised-arena.ts): a plain ArrayBuffer while small, then a
 * WebAssembly memory with the arena's SIMD kernel instantiated over it.
 */
export interface ArenaMemory<Kernel> {
  readonly buffer: ArrayBuffer;
  readonly memory?: WasmMemory;
  readonly kernel?: Kernel;
}

export const EMPTY_ARENA_MEMORY: ArenaMemory<never> = { buffer: new ArrayBuffer(0) };

/**
 * `current` grown to at least `bytes`, contents kept: a WebAssembly memory grows in place (its old buffer is
 * detached, so views must be made again from the returned `buffer`); a plain buffer is copied into a new one,
 * which is a WebAssembly memory from `createSimd` once `bytes` reaches 64 KiB (where SIMD is available).
 */
export function growArenaMemory<Kernel>(
  current: ArenaMemory<Kernel>,
  bytes: number,
  createSimd: (pages: number) => { memory: WasmMemory; dot: Kernel } | undefined,
): ArenaMemory<Kernel> {
  if (current.memory !== undefined) {
    const missing = bytes - current.memory.buffer.byteLength;
    if (missing > 0) current.memory.grow(Math.ceil(missing / WASM_PAGE_BYTES));
    return { buffer: current.memory.buffer, memory: current.memory, kernel: current.kernel };
  }
  const simd = bytes >= WASM_MIN_BYTES ? createSimd(Math.ceil(bytes / WASM_PAGE_BYTES)) : undefined;
  const buffer = simd?.memory.buffer ?? new ArrayBuffer(bytes);
  new Uint8Array(buffer).set(new Uint8Array(current.buffer));
  return simd === undefined ? { buffer } : { buffer, memory: simd.memory, kernel: simd.dot };
}
