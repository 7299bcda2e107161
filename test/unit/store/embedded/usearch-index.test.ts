import { describe, expect, it } from 'vitest';
import { UsearchIndex } from '../../../../src/store/embedded/usearch-index.ts';
import { RandomVectors, bruteForce, recall, templated } from './random-vectors.ts';

describe('UsearchIndex', () => {
  // Prompts sharing a long template: vectors 0.99992 similar. With the cosine metric f16 keeps them apart; usearch's
  // inner-product kernels on f16 did not (15 of 100).
  it('tells apart vectors closer to each other than 1e-4 (prompts sharing a long template)', () => {
    const random = new RandomVectors(256, 21);
    const base = random.next();
    const index = new UsearchIndex({ dimension: 256 });
    const vectors = Array.from({ length: 3_000 }, (_, i) => {
      const v = templated(random, base, 0.01);
      index.add(`t${i}`, v);
      return v;
    });
    let found = 0;
    for (let i = 0; i < 3_000; i += 30) if (index.search(vectors[i]!, 8)[0]?.id === `t${i}`) found++;
    expect(found).toBeGreaterThanOrEqual(98);
  });

  it('replaces an id\'s vector, forgets removed ids and reuses their slots', () => {
    const random = new RandomVectors(32, 5);
    const index = new UsearchIndex({ dimension: 32 });
    const vectors = new Map<string, Float32Array>();
    for (let i = 0; i < 500; i++) {
      const v = random.next();
      vectors.set(`v${i}`, v);
      index.add(`v${i}`, v);
    }
    const replacement = random.next();
    index.add('v7', replacement);
    vectors.set('v7', replacement);
    expect(index.size).toBe(500);
    expect(index.search(replacement, 1)[0]).toEqual({ id: 'v7', similarity: expect.closeTo(1, 3) });

    const bytesFull = index.bytes;
    for (let i = 0; i < 250; i++) {
      expect(index.remove(`v${i * 2}`)).toBe(true);
      vectors.delete(`v${i * 2}`);
    }
    expect(index.remove('v0')).toBe(false);
    expect(index.has('v0')).toBe(false);
    expect(index.vectorOf('v0')).toBeUndefined();
    for (let i = 500; i < 750; i++) {
      const v = random.next();
      vectors.set(`v${i}`, v);
      index.add(`v${i}`, v);
    }
    // The 250 new vectors took the removed ones' slots: as many entries, as many bytes.
    expect(index.bytes).toBe(bytesFull);
    expect(index.size).toBe(vectors.size);
    expect(new Set(index.ids())).toEqual(new Set(vectors.keys()));

    const queries = random.many(100);
    let sum = 0;
    for (const query of queries) {
      const found = index.search(query, 5);
      for (const n of found) expect(vectors.has(n.id)).toBe(true);
      sum += recall(bruteForce(vectors, query, 5), found.map((n) => n.id));
    }
    expect(sum / queries.length).toBeGreaterThanOrEqual(0.95);
  });

  it('widens its candidate list to efSearch however few results are asked for', () => {
    // A hard case (uniform random vectors in 64-d): an efSearch of 1 finds few true nearest neighbours.
    const random = new RandomVectors(64, 9);
    const vectors = new Map<string, Float32Array>();
    const narrow = new UsearchIndex({ dimension: 64, efSearch: 1 });
    const wide = new UsearchIndex({ dimension: 64, efSearch: 200 });
    for (let i = 0; i < 5_000; i++) {
      const v = random.next();
      vectors.set(`v${i}`, v);
      narrow.add(`v${i}`, v);
      wide.add(`v${i}`, v);
    }
    const queries = random.many(100);
    const hits = (index: UsearchIndex) => queries.filter((query) => index.search(query, 1)[0]?.id === bruteForce(vectors, query, 1)[0]).length;
    expect(wide.efSearch).toBe(200);
    expect(hits(wide)).toBeGreaterThanOrEqual(90);
    expect(hits(narrow)).toBeLessThan(hits(wide) - 20);
  });
});
