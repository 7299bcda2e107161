import { describe, expect, it } from 'vitest';
import { FlatIndex } from '../../../../src/store/embedded/flat-index.ts';
import { RandomVectors, bruteForce } from './random-vectors.ts';

describe('FlatIndex', () => {
  it('returns the exact top k, most similar first, with dot-product similarities', () => {
    const random = new RandomVectors(12, 1);
    const index = new FlatIndex(12);
    const vectors = new Map<string, Float32Array>();
    for (let i = 0; i < 300; i++) {
      const v = random.next();
      vectors.set(`v${i}`, v);
      index.add(`v${i}`, v);
    }
    for (const query of random.many(20)) {
      const found = index.search(query, 7);
      expect(found.map((n) => n.id)).toEqual(bruteForce(vectors, query, 7));
      for (let i = 1; i < found.length; i++) expect(found[i - 1]!.similarity).toBeGreaterThanOrEqual(found[i]!.similarity);
    }
  });

  it('stays exact through removals and replacements (slots are compacted)', () => {
    const random = new RandomVectors(8, 2);
    const index = new FlatIndex(8);
    const vectors = new Map<string, Float32Array>();
    for (let i = 0; i < 100; i++) {
      const v = random.next();
      vectors.set(`v${i}`, v);
      index.add(`v${i}`, v);
    }
    for (let i = 0; i < 100; i += 3) {
      expect(index.remove(`v${i}`)).toBe(true);
      vectors.delete(`v${i}`);
    }
    for (let i = 1; i < 100; i += 7) {
      const v = random.next();
      vectors.set(`v${i}`, v);
      index.add(`v${i}`, v);
    }
    expect(index.remove('v0')).toBe(false);
    expect(index.size).toBe(vectors.size);
    for (const [id, v] of vectors) expect(Array.from(index.vectorOf(id)!)).toEqual(Array.from(v));
    for (const query of random.many(20)) {
      expect(index.search(query, 5).map((n) => n.id)).toEqual(bruteForce(vectors, query, 5));
    }
  });

  it('returns nothing when empty or for k = 0', () => {
    const index = new FlatIndex(4);
    expect(index.search(new Float32Array([1, 0, 0, 0]), 3)).toEqual([]);
    index.add('a', new Float32Array([1, 0, 0, 0]));
    expect(index.search(new Float32Array([1, 0, 0, 0]), 0)).toEqual([]);
  });
});
