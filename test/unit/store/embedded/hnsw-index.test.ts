import { beforeAll, describe, expect, it } from 'vitest';
import { efSearchForSize, HnswIndex } from '../../../../src/store/embedded/hnsw-index.ts';
import type { InsertTrace, TraceSlot } from '../../../../src/store/embedded/vector-index.ts';
import { LocalEmbedder } from '../../../../src/embedding/local/local-embedder.ts';
import { RandomVectors, bruteForce, recall, templated } from './random-vectors.ts';

const DIMENSION = 32;
const COUNT = 5_000;
const K = 10;

interface Built {
  index: HnswIndex;
  vectors: Map<string, Float32Array>;
  random: RandomVectors;
}

function build(seed: number, count = COUNT): Built {
  const random = new RandomVectors(DIMENSION, seed);
  const index = new HnswIndex({ dimension: DIMENSION });
  const vectors = new Map<string, Float32Array>();
  for (let i = 0; i < count; i++) {
    const v = random.next();
    vectors.set(`v${i}`, v);
    index.add(`v${i}`, v);
  }
  return { index, vectors, random };
}

function meanRecall(index: HnswIndex, vectors: Map<string, Float32Array>, queries: Float32Array[]): number {
  let sum = 0;
  for (const query of queries) sum += recall(bruteForce(vectors, query, K), index.search(query, K).map((n) => n.id));
  return sum / queries.length;
}

describe('HnswIndex', () => {
  /** Built once for the tests that only search. */
  let shared: Built;
  beforeAll(() => {
    shared = build(7);
  });

  // Uniform random vectors are the hard case for a graph index (no clusters to exploit); real embeddings do better.
  it('finds at least 95% of the exact top 10 on 5,000 random 32-d unit vectors', () => {
    const { index, vectors, random } = shared;
    expect(index.size).toBe(COUNT);
    expect(meanRecall(index, vectors, random.many(200))).toBeGreaterThanOrEqual(0.95);
  });

  it('finds a stored vector as its own nearest neighbour with similarity 1', () => {
    const { index, vectors } = shared;
    for (const id of ['v0', 'v1234', 'v4999']) {
      const [best] = index.search(vectors.get(id)!, 1);
      expect(best!.id).toBe(id);
      expect(best!.similarity).toBeCloseTo(1, 5);
    }
  });

  it('never returns removed ids, and keeps its recall over the rest', () => {
    const { index, vectors, random } = build(9);
    const original = new Map(vectors);
    const removed = new Set<string>();
    for (let i = 0; i < COUNT; i += 3) {
      expect(index.remove(`v${i}`)).toBe(true);
      vectors.delete(`v${i}`);
      removed.add(`v${i}`);
    }
    expect(index.size).toBe(vectors.size);
    expect(index.tombstoneRatio).toBeCloseTo(removed.size / COUNT, 5);
    const queries = random.many(200);
    for (const query of queries) {
      const found = index.search(query, K);
      expect(found).toHaveLength(K);
      for (const n of found) expect(removed.has(n.id)).toBe(false);
    }
    // Removed vectors queried directly: the nearest live ones come back instead.
    for (const id of ['v0', 'v3', 'v4998']) {
      const [best] = index.search(original.get(id)!, 1);
      expect(removed.has(best!.id)).toBe(false);
    }
    expect(meanRecall(index, vectors, queries)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds a replaced id by its new vector only, once', () => {
    const { index, vectors, random } = build(10, 1_000);
    const replacement = random.next();
    index.add('v42', replacement);
    expect(index.size).toBe(1_000);
    const found = index.search(replacement, K);
    expect(found[0]!.id).toBe('v42');
    expect(found.filter((n) => n.id === 'v42')).toHaveLength(1);
    const byOld = index.search(vectors.get('v42')!, K);
    expect(byOld.find((n) => n.id === 'v42')?.similarity ?? -1).toBeLessThan(0.99);
  });

  it('gives a removed id’s node to the next insertion, so churn leaves no tombstones and keeps recall', () => {
    const { index, vectors, random } = build(11, 2_000);
    for (let i = 0; i < 2_000; i++) {
      index.remove(`v${i}`);
      vectors.delete(`v${i}`);
      const v = random.next();
      vectors.set(`n${i}`, v);
      index.add(`n${i}`, v);
      expect(index.tombstoneRatio).toBeLessThanOrEqual(1 / 2_000); // at most the entry point, never taken over
    }
    expect(index.size).toBe(2_000);
    for (const id of ['n0', 'n1999']) expect(index.search(vectors.get(id)!, 1)[0]).toEqual({ id, similarity: expect.closeTo(1, 5) });
    expect(meanRecall(index, vectors, random.many(100))).toBeGreaterThanOrEqual(0.9);
  });

  // A partition of prompts sharing a long template: vectors 0.9996 similar to each other. An int8 walk of the
  // graph found the query's own vector first for 4 of 200 such queries; the f32 walk for ~98%.
  it('tells apart vectors closer to each other than 1e-3 (prompts sharing a long template)', () => {
    const random = new RandomVectors(256, 21);
    const base = random.next();
    const index = new HnswIndex({ dimension: 256 });
    const vectors = Array.from({ length: 3_000 }, (_, i) => {
      const v = templated(random, base, 0.02);
      index.add(`t${i}`, v);
      return v;
    });
    let found = 0;
    for (let i = 0; i < 3_000; i += 30) if (index.search(vectors[i]!, 8)[0]?.id === `t${i}`) found++;
    expect(found).toBeGreaterThanOrEqual(90);
  });

  // A MISS searches for its prompt's vector, then stores that vector: the insertion reuses the search's candidates.
  describe('insertion after a search for the same vector', () => {
    it('builds a graph with the recall of one that searches again, without searching again', () => {
      const random = new RandomVectors(DIMENSION, 7);
      const index = new HnswIndex({ dimension: DIMENSION });
      const vectors = new Map<string, Float32Array>();
      for (let i = 0; i < COUNT; i++) {
        const v = random.next();
        const slot: { trace?: InsertTrace } = {};
        index.search(v, 8, slot);
        vectors.set(`v${i}`, v);
        index.add(`v${i}`, v, slot.trace);
      }
      // Nodes above layer 0 (about 1 in 16) still search: the trace is of layer 0 only.
      expect(index.insertsReusingSearch).toBeGreaterThan(COUNT * 0.85);
      expect(meanRecall(index, vectors, random.many(200))).toBeGreaterThanOrEqual(0.95);
    });

    it('links a burst of near-duplicates whose searches all ran before any of them was stored', () => {
      const random = new RandomVectors(256, 5);
      const index = new HnswIndex({ dimension: 256 });
      for (let i = 0; i < 2_000; i++) index.add(`r${i}`, random.next());
      const base = random.next();
      const burst = Array.from({ length: 200 }, () => templated(random, base, 0.05));
      const traces = burst.map((v) => {
        const slot: { trace?: InsertTrace } = {};
        index.search(v, 8, slot);
        return slot.trace;
      });
      burst.forEach((v, i) => index.add(`t${i}`, v, traces[i]));
      expect(index.insertsReusingSearch).toBeGreaterThan(150);
      const found = burst.filter((v, i) => index.search(v, 1)[0]?.id === `t${i}`).length;
      expect(found).toBeGreaterThanOrEqual(195);
    });

    it('searches again when more was inserted since the search than it can account for', () => {
      const { index, random } = build(3, 1_000);
      const v = random.next();
      const slot: { trace?: InsertTrace } = {};
      index.search(v, 8, slot);
      for (let i = 0; i < 300; i++) index.add(`later${i}`, random.next());
      const before = index.insertsReusingSearch;
      index.add('v', v, slot.trace);
      expect(index.insertsReusingSearch).toBe(before);
      expect(index.search(v, 1)[0]).toEqual({ id: 'v', similarity: expect.closeTo(1, 5) });
    });

    it('ignores a trace made by another index', () => {
      const first = build(4, 500);
      const second = build(4, 500);
      const v = first.random.next();
      const slot: { trace?: InsertTrace } = {};
      first.index.search(v, 8, slot);
      second.index.add('v', v, slot.trace);
      expect(second.index.insertsReusingSearch).toBe(0);
      expect(second.index.search(v, 1)[0]?.id).toBe('v');
    });
  });

  describe('a first search, and the full search that goes on from it', () => {
    const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

    it('finds a near-duplicate of a stored vector in the first search alone', () => {
      const { index, vectors, random } = shared;
      const stored = [...vectors].slice(0, 300);
      const found = stored.filter(([id, v]) => index.searchFirst(templated(random, v, 0.05), 8, {})[0]?.id === id).length;
      expect(found).toBeGreaterThanOrEqual(297);
    });

    it('goes on to the recall of a fresh search, and to its results', () => {
      const { index, vectors } = shared;
      const queries = new RandomVectors(DIMENSION, 99).many(200);
      let resumedRecall = 0;
      let sameResults = 0;
      for (const query of queries) {
        const slot: TraceSlot = {};
        const first = index.searchFirst(query, K, slot);
        expect(slot.resume).toBeDefined();
        const resumed = index.search(query, K, slot);
        expect(slot.resume).toBeUndefined(); // taken: a resume is used once
        expect(resumed[0]!.similarity).toBeGreaterThanOrEqual(first[0]!.similarity);
        resumedRecall += recall(bruteForce(vectors, query, K), resumed.map((n) => n.id)) / queries.length;
        if (resumed.map((n) => n.id).join() === index.search(query, K).map((n) => n.id).join()) sameResults++;
      }
      expect(resumedRecall).toBeGreaterThanOrEqual(meanRecall(index, vectors, queries) - 0.01);
      expect(sameResults).toBeGreaterThanOrEqual(180);
    });

    it('does not trust what it scored on a node removed or taken over between the two searches', () => {
      const { index, random } = build(11, 2_000);
      const query = random.next();
      index.add('near-dead', templated(random, query, 0.01));
      index.add('near-live', templated(random, query, 0.02));
      index.remove('near-dead'); // a tombstone next to the query: the first search scores it on the way
      const slot: TraceSlot = {};
      expect(index.searchFirst(query, 5, slot)[0]?.id).toBe('near-live');
      const far = query.map((x) => -x);
      index.add('far', far); // takes over near-dead's node: its old similarity must not come back with it
      index.remove('near-live');
      const resumed = index.search(query, 5, slot);
      expect(resumed.map((n) => n.id)).not.toContain('near-live');
      expect(resumed.map((n) => n.id)).not.toContain('far');
      for (const neighbour of resumed) expect(neighbour.similarity).toBeCloseTo(dot(query, index.vectorOf(neighbour.id)!), 5);
      expect(resumed.map((n) => n.id)).toEqual(index.search(query, 5).map((n) => n.id));
    });

    it('finds a vector inserted between the two searches (read-your-writes), as a fresh search does', () => {
      // Small graph: the new node is linked from the very nodes the first search expanded, whose links the
      // full search does not follow again (199 of 300 were missed before the nodes inserted since were scored).
      const { index, random } = build(7, 60);
      let found = 0;
      for (let t = 0; t < 300; t++) {
        const query = random.next();
        const slot: TraceSlot = {};
        index.searchFirst(query, 8, slot);
        index.add(`dup${t}`, Float32Array.from(query));
        if (index.search(query, 8, slot)[0]?.id === `dup${t}`) found++;
        index.remove(`dup${t}`);
      }
      expect(found).toBe(300);
    });

    it('still walks through nodes removed between the two searches, as a fresh search does', () => {
      const { index, vectors, random } = build(3);
      let resumedRecall = 0;
      let freshRecall = 0;
      for (let t = 0; t < 40; t++) {
        const query = random.next();
        const slot: TraceSlot = {};
        index.searchFirst(query, K, slot);
        // Remove every node the first search scored but did not expand (the resume is opaque outside the index;
        // its fields are read here to aim at exactly those nodes).
        const resume = slot.resume as unknown as { nodes: Int32Array; expanded: Int32Array };
        const expanded = new Set(resume.expanded);
        const removed: Array<[string, Float32Array]> = [];
        const idOfNode = (node: number) => (index as unknown as { nodeIds: (string | undefined)[] }).nodeIds[node];
        for (const node of resume.nodes) {
          const id = idOfNode(node);
          if (expanded.has(node) || id === undefined) continue;
          removed.push([id, vectors.get(id)!]);
          index.remove(id);
          vectors.delete(id);
        }
        const truth = bruteForce(vectors, query, K);
        resumedRecall += recall(truth, index.search(query, K, slot).map((n) => n.id)) / 40;
        freshRecall += recall(truth, index.search(query, K).map((n) => n.id)) / 40;
        for (const [id, v] of removed) {
          index.add(id, v);
          vectors.set(id, v);
        }
      }
      expect(resumedRecall).toBeGreaterThanOrEqual(freshRecall - 0.02); // 0.75 against 0.997 when they were dropped
    });

    it('searches afresh with a resume made by another index', () => {
      const first = build(4, 500);
      const second = build(5, 500);
      const query = first.random.next();
      const slot: TraceSlot = {};
      first.index.searchFirst(query, 5, slot);
      expect(second.index.search(query, 5, slot)).toEqual(second.index.search(query, 5));
    });
  });

  it('keeps a vector unlike the rest of its graph reachable (a prompt unlike the rest of its partition)', async () => {
    // Real prompt vectors: 60 alike prompts, then one of another kind. Its neighbours are more alike one another
    // than it, so the heuristic dropped it from each of their full link lists, and no search reached it (2 of 12
    // before its most similar neighbour was made to keep it).
    const embedder = new LocalEmbedder();
    await embedder.start();
    const code = (i: number) => `${'bcdfghjklm'[i % 10]}${'aeiou'[Math.floor(i / 10) % 5]}${'nprstv'[Math.floor(i / 50)]}`;
    const alike = await Promise.all(Array.from({ length: 60 }, async (_, i) => (await embedder.embed(`Tell me a fact about the planet Mars and the word ${code(i)}`)).vector));
    const pairs: Array<[string, string]> = [['Should I buy Apple stock?', 'Should I sell Apple stock?'], ['What happened in 1914?', 'What happened in 1941?'], ['Is it safe to eat raw chicken?', 'Is it unsafe to eat raw chicken?'], ['What is 12 + 7?', 'What is 12 - 7?'], ['Can dogs eat grapes?', 'Can dogs not eat grapes?']];
    const unreached: string[] = [];
    for (const [stored, asked] of pairs.flatMap(([a, b]): Array<[string, string]> => [[a, b], [b, a]])) {
      const index = new HnswIndex({ dimension: embedder.dimension });
      alike.forEach((v, i) => index.add(`alike${i}`, v));
      index.add('odd', (await embedder.embed(stored)).vector);
      if (!index.search((await embedder.embed(asked)).vector, 8).some((n) => n.id === 'odd')) unreached.push(stored);
    }
    expect(unreached).toEqual([]);
  });

  it('returns nothing when empty or when every node was removed', () => {
    const index = new HnswIndex({ dimension: 4 });
    const query = new Float32Array([1, 0, 0, 0]);
    expect(index.search(query, 3)).toEqual([]);
    index.add('a', query);
    index.add('b', new Float32Array([0, 1, 0, 0]));
    index.remove('a');
    index.remove('b');
    expect(index.search(query, 3)).toEqual([]);
  });

  it('searches with a candidate list that grows with the index beyond 100k entries, unless one is set', () => {
    expect(efSearchForSize(0)).toBe(100);
    expect(efSearchForSize(100_000)).toBe(100);
    expect(efSearchForSize(300_000)).toBeGreaterThan(100);
    expect(efSearchForSize(300_000)).toBeLessThan(800);
    expect(efSearchForSize(1_000_000)).toBe(800);
    expect(efSearchForSize(10_000_000)).toBe(800);
    const index = new HnswIndex({ dimension: DIMENSION });
    expect(index.efSearch).toBe(100);
    index.setEfSearch(40);
    expect(index.efSearch).toBe(40);
    expect(new HnswIndex({ dimension: DIMENSION, efSearch: 64 }).efSearch).toBe(64);
    expect(() => index.setEfSearch(0)).toThrow(RangeError);
  });
});

