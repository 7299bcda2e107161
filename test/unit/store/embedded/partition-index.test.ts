import { describe, expect, it } from 'vitest';
import { type GraphKind, PartitionIndex, type PartitionIndexOptions } from '../../../../src/store/embedded/partition-index.ts';
import { RandomVectors, bruteForce, recall } from './random-vectors.ts';

const DIMENSION = 16;
const THRESHOLD = 300;

function fill(index: PartitionIndex, random: RandomVectors, from: number, to: number, vectors: Map<string, Float32Array>) {
  for (let i = from; i < to; i++) {
    const v = random.next();
    vectors.set(`v${i}`, v);
    index.add(`v${i}`, v);
  }
}

function meanRecall(index: PartitionIndex, vectors: Map<string, Float32Array>, queries: Float32Array[], k: number) {
  let sum = 0;
  for (const query of queries) sum += recall(bruteForce(vectors, query, k), index.search(query, k).map((n) => n.id));
  return sum / queries.length;
}

// Both graphs a large partition can get: the hand-written HNSW (the default) and usearch's (f16 vectors).
describe.each(['hnsw', 'usearch'] as const)('PartitionIndex with the %s graph', (graph: GraphKind) => {
  const partitionIndex = (options: Omit<PartitionIndexOptions, 'graph'>) => new PartitionIndex({ ...options, graph });
  /** usearch keeps f16 copies: a vector read back is within half an f16 step (2^-11 relative) of what was added. */
  const expectStored = (actual: Float32Array | undefined, expected: Float32Array) => {
    if (graph === 'hnsw') return expect(actual).toEqual(expected);
    expect(actual).toHaveLength(expected.length);
    expected.forEach((x, d) => expect(Math.abs(actual![d]! - x)).toBeLessThanOrEqual(Math.abs(x) * 2 ** -11 + 2 ** -25));
  };

  it('reports which graph it built', () => {
    const random = new RandomVectors(DIMENSION, 7);
    const index = partitionIndex({ dimension: DIMENSION, hnswThreshold: THRESHOLD });
    fill(index, random, 0, THRESHOLD, new Map());
    expect(index.graph).toBeUndefined();
    fill(index, random, THRESHOLD, THRESHOLD * 2, new Map());
    while (index.maintain(1_000)) { /* finish the move to a graph */ }
    expect(index.graph).toBe(graph);
  });

  it('answers by brute force while small', () => {
    const random = new RandomVectors(DIMENSION, 1);
    const index = partitionIndex({ dimension: DIMENSION, hnswThreshold: THRESHOLD });
    const vectors = new Map<string, Float32Array>();
    fill(index, random, 0, THRESHOLD, vectors);
    expect(index.structure).toBe('flat');
    expect(index.building).toBe(false);
    for (const query of random.many(20)) expect(index.search(query, 5).map((n) => n.id)).toEqual(bruteForce(vectors, query, 5));
  });

  it('moves to HNSW past the threshold, filling the graph a few vectors per write, and keeps its results', () => {
    const random = new RandomVectors(DIMENSION, 2);
    const index = partitionIndex({ dimension: DIMENSION, hnswThreshold: THRESHOLD, buildStepsPerWrite: 4 });
    const vectors = new Map<string, Float32Array>();
    fill(index, random, 0, THRESHOLD + 1, vectors);
    // The build has started; brute force still answers, exactly.
    expect(index.building).toBe(true);
    expect(index.structure).toBe('flat');
    const queries = random.many(50);
    for (const query of queries.slice(0, 10)) expect(index.search(query, 5).map((n) => n.id)).toEqual(bruteForce(vectors, query, 5));

    // Writes during the build (adds, removals, replacements) reach the new graph too.
    for (let i = 0; i < 40; i += 2) {
      index.remove(`v${i}`);
      vectors.delete(`v${i}`);
    }
    fill(index, random, 1, 2, vectors); // replaces v1
    fill(index, random, THRESHOLD + 1, THRESHOLD + 60, vectors);
    expect(index.building).toBe(false);
    expect(index.structure).toBe('hnsw');
    expect(index.size).toBe(vectors.size);
    for (const [id, v] of vectors) expectStored(index.vectorOf(id), v);
    for (const query of queries) {
      for (const n of index.search(query, 5)) expect(vectors.has(n.id)).toBe(true);
    }
    expect(meanRecall(index, vectors, queries, 5)).toBeGreaterThanOrEqual(0.95);
    // Each stored vector is still its own nearest neighbour.
    for (const [id, v] of [...vectors].slice(0, 50)) expect(index.search(v, 1)[0]!.id).toBe(id);
  });

  it('finishes a pending build through maintain() when writes stop', () => {
    const random = new RandomVectors(DIMENSION, 3);
    const index = partitionIndex({ dimension: DIMENSION, hnswThreshold: THRESHOLD, buildStepsPerWrite: 1 });
    const vectors = new Map<string, Float32Array>();
    fill(index, random, 0, THRESHOLD + 1, vectors);
    expect(index.building).toBe(true);
    while (index.maintain(50)) { /* each call moves at most 50 vectors */ }
    expect(index.structure).toBe('hnsw');
    expect(index.size).toBe(THRESHOLD + 1);
  });

  /** 1,000 vectors moved into a graph (threshold 100), rebuilt at 20% tombstones, and 50 queries. */
  function graphOf1000(seed: number) {
    const random = new RandomVectors(DIMENSION, seed);
    const index = partitionIndex({ dimension: DIMENSION, hnswThreshold: 100, maxTombstoneRatio: 0.2 });
    const vectors = new Map<string, Float32Array>();
    fill(index, random, 0, 1_000, vectors);
    while (index.maintain(1_000)) { /* finish the move to HNSW */ }
    return { index, vectors, queries: random.many(50), random };
  }

  it('keeps a full partition under churn without a rebuild: each new vector takes over an evicted one’s node', () => {
    const { index, vectors, queries, random } = graphOf1000(4);
    // Churn as a full cache does: evict the oldest, add a new one, 1.5 turnovers of the partition.
    let sawRebuild = false;
    for (let i = 0; i < 1_500; i++) {
      index.remove(`v${i}`);
      vectors.delete(`v${i}`);
      fill(index, random, 1_000 + i, 1_001 + i, vectors);
      sawRebuild ||= index.building;
      if (i % 100 === 0) {
        for (const query of queries.slice(0, 5)) {
          for (const n of index.search(query, 5)) expect(vectors.has(n.id)).toBe(true);
        }
      }
    }
    expect(sawRebuild).toBe(false);
    expect(index.structure).toBe('hnsw');
    expect(index.size).toBe(vectors.size);
    expect(meanRecall(index, vectors, queries, 5)).toBeGreaterThanOrEqual(0.95);
  });

  it('never returns removed ids when removals outrun insertions (the hand-written graph rebuilds at 20% tombstones)', () => {
    const { index, vectors, queries } = graphOf1000(6);
    let sawRebuild = false;
    for (let i = 0; i < 400; i++) {
      index.remove(`v${i}`);
      vectors.delete(`v${i}`);
      sawRebuild ||= index.building;
      for (const n of index.search(queries[i % 50]!, 5)) expect(vectors.has(n.id)).toBe(true);
    }
    // The hand-written graph rebuilds without its tombstones; usearch reuses removed slots itself.
    expect(sawRebuild).toBe(graph === 'hnsw');
    while (index.maintain(1_000)) { /* finish the rebuild */ }
    expect(index.size).toBe(vectors.size);
    expect(meanRecall(index, vectors, queries, 5)).toBeGreaterThanOrEqual(0.95);
  });

  it('goes back to brute force after shrinking well below the threshold', () => {
    const random = new RandomVectors(DIMENSION, 5);
    const index = partitionIndex({ dimension: DIMENSION, hnswThreshold: THRESHOLD });
    const vectors = new Map<string, Float32Array>();
    fill(index, random, 0, THRESHOLD * 2, vectors);
    while (index.maintain(1_000)) { /* finish the move to HNSW */ }
    expect(index.structure).toBe('hnsw');
    for (let i = 0; i < THRESHOLD * 2 - THRESHOLD / 2 + 1; i++) {
      index.remove(`v${i}`);
      vectors.delete(`v${i}`);
    }
    expect(index.structure).toBe('flat');
    for (const query of random.many(10)) expect(index.search(query, 5).map((n) => n.id)).toEqual(bruteForce(vectors, query, 5));
  });
});
