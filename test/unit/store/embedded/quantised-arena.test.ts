import { describe, expect, it } from 'vitest';
import { QuantisedArena } from '../../../../src/store/embedded/quantised-arena.ts';
import { createSimdInt8Dot } from '../../../../src/store/embedded/simd-kernel.ts';
import { RandomVectors } from './random-vectors.ts';

/** 37 dimensions: not a multiple of the kernel's 16 bytes, so padding is exercised. */
const DIMENSION = 37;

function reference(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

describe('QuantisedArena', () => {
  it('scores int8 codes within 0.02 of the f32 dot product, in JavaScript while small and in the SIMD kernel once large, with identical results', () => {
    const random = new RandomVectors(DIMENSION, 9);
    const vectors = random.many(3_000);
    const query = random.next();
    const small = new QuantisedArena(DIMENSION, 4);
    const large = new QuantisedArena(DIMENSION, 4);
    expect(small.simd).toBe(false);
    vectors.forEach((v, slot) => {
      if (slot === large.capacity) large.reserve(slot * 2);
      large.write(slot, v);
      if (slot < 4) small.write(slot, v);
    });
    expect(large.simd).toBe(true); // 3,000 × 48 bytes > 64 KiB
    large.setQuery(query);
    small.setQuery(query);
    vectors.forEach((v, slot) => expect(Math.abs(large.dotQuery(slot) - reference(query, v))).toBeLessThan(0.02));
    for (let slot = 0; slot < 4; slot++) expect(small.dotQuery(slot)).toBe(large.dotQuery(slot));
    expect(Math.abs(large.dotSlots(10, 20) - reference(vectors[10]!, vectors[20]!))).toBeLessThan(0.02);
    expect(large.dotSlots(5, 5)).toBeCloseTo(1, 1);
  });

  it('scores an all-zero vector as 0', () => {
    const arena = new QuantisedArena(DIMENSION, 2);
    arena.write(0, new Float32Array(DIMENSION));
    arena.setQuery(new RandomVectors(DIMENSION, 1).next());
    expect(arena.dotQuery(0)).toBe(0);
  });

  it('has the WebAssembly SIMD int8 kernel on this Node, summing exactly', () => {
    const simd = createSimdInt8Dot(1)!;
    expect(simd).toBeDefined();
    const bytes = new Int8Array(simd.memory.buffer);
    for (let i = 0; i < 32; i++) {
      bytes[i] = i % 2 === 0 ? 127 : -128;
      bytes[64 + i] = i % 3 === 0 ? -128 : 127;
    }
    let expected = 0;
    for (let i = 0; i < 32; i++) expected += bytes[i]! * bytes[64 + i]!;
    expect(simd.dot(0, 64, 32)).toBe(expected);
  });
});
