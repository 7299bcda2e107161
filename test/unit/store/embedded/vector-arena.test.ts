import { describe, expect, it } from 'vitest';
import { createSimdDot } from '../../../../src/store/embedded/simd-kernel.ts';
import { VectorArena } from '../../../../src/store/embedded/vector-arena.ts';
import { RandomVectors } from './random-vectors.ts';

/** 13 dimensions: not a multiple of the kernel's 8 lanes, so padding is exercised. */
const DIMENSION = 13;

function reference(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

describe('VectorArena', () => {
  it('scores in JavaScript while small and in the SIMD kernel once large, with the same results', () => {
    const random = new RandomVectors(DIMENSION, 3);
    const vectors = random.many(2_000);
    const query = random.next();
    const arena = new VectorArena(DIMENSION, 4, 0);
    expect(arena.simd).toBe(false);
    vectors.forEach((v, slot) => {
      if (slot === arena.capacity) arena.reserve(slot * 2);
      arena.write(slot, v);
    });
    expect(arena.simd).toBe(true); // 2,000 × 16 floats > 64 KiB
    arena.setQuery(query);
    vectors.forEach((v, slot) => {
      expect(arena.dotQuery(slot)).toBeCloseTo(reference(query, v), 5);
      expect(arena.read(slot)).toEqual(v);
    });
    expect(arena.dotSlots(10, 20)).toBeCloseTo(reference(vectors[10]!, vectors[20]!), 5);
  });

  it('keeps contents when a WebAssembly memory grows', () => {
    const random = new RandomVectors(DIMENSION, 4);
    const arena = new VectorArena(DIMENSION, 5_000, 0);
    const first = random.next();
    arena.write(0, first);
    arena.reserve(50_000);
    expect(arena.capacity).toBeGreaterThanOrEqual(50_000);
    expect(arena.read(0)).toEqual(first);
    arena.move(0, 49_999);
    arena.setQuery(first);
    expect(arena.dotQuery(49_999)).toBeCloseTo(1, 5);
  });

  it('scores a batch of slots as one call per slot does, bit for bit, in JavaScript and in the SIMD kernel', () => {
    const random = new RandomVectors(DIMENSION, 5);
    const vectors = random.many(3_000);
    const query = random.next();
    for (const slots of [40, 3_000]) {
      const arena = new VectorArena(DIMENSION, slots, 16);
      vectors.slice(0, slots).forEach((v, slot) => arena.write(slot, v));
      expect(arena.simd).toBe(slots === 3_000);
      arena.setQuery(query);
      const picked = [slots - 1, 0, 7, 7, 31, 2, slots - 2];
      arena.batchSlots.set(picked);
      const scores = Array.from(arena.scoreBatch(picked.length)).slice(0, picked.length);
      expect(scores).toEqual(picked.map((slot) => arena.dotQuery(slot)));
      const against = Array.from(arena.scoreBatch(picked.length, 5)).slice(0, picked.length);
      expect(against).toEqual(picked.map((slot) => arena.dotSlots(5, slot)));
      expect(against[1]).toBeCloseTo(reference(vectors[5]!, vectors[0]!), 5);
      expect(() => arena.scoreBatch(17)).toThrow(RangeError);
    }
  });

  it('keeps the batch usable after its WebAssembly memory grows', () => {
    const random = new RandomVectors(DIMENSION, 6);
    const arena = new VectorArena(DIMENSION, 5_000, 64);
    const vectors = random.many(3);
    vectors.forEach((v, slot) => arena.write(slot, v));
    arena.reserve(60_000);
    arena.write(59_999, vectors[0]!);
    arena.setQuery(vectors[0]!);
    arena.batchSlots.set([59_999, 1, 2]);
    const scores = arena.scoreBatch(3);
    expect(scores[0]).toBeCloseTo(1, 5);
    expect([scores[1], scores[2]]).toEqual([arena.dotQuery(1), arena.dotQuery(2)]);
  });

  it('has WebAssembly SIMD available on this Node', () => {
    expect(createSimdDot(1)).toBeDefined();
  });
});
