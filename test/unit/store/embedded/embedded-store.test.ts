import { afterEach, describe, expect, it } from 'vitest';
import type { ChatCompletion } from '../../../../src/cache/chat-types.ts';
import { EmbeddedStore, type EmbeddedStoreOptions } from '../../../../src/store/embedded/embedded-store.ts';
import type { CacheEntry } from '../../../../src/store/vector-store.ts';

const DIMENSION = 4;
const HOUR = 3_600_000;

/** A clock the test moves by hand. */
class ManualClock {
  time = 1_700_000_000_000;
  readonly now = (): number => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

const stores: EmbeddedStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

function storeWith(options: Partial<EmbeddedStoreOptions> = {}): { store: EmbeddedStore; clock: ManualClock } {
  const clock = new ManualClock();
  const store = new EmbeddedStore({ dimension: DIMENSION, now: clock.now, ...options });
  stores.push(store);
  return { store, clock };
}

function entry(id: string, overrides: Partial<CacheEntry> = {}): CacheEntry {
  return {
    id,
    partition: 'p',
    text: `prompt ${id}`,
    vector: new Float32Array([1, 0, 0, 0]),
    completion: completion(`answer ${id}`),
    route: 'default',
    model: 'gpt-4o-mini',
    tenant: 't',
    createdAt: 0,
    ...overrides,
  };
}

function completion(content: string): ChatCompletion {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  };
}

async function ids(store: EmbeddedStore, candidates: string[]): Promise<string[]> {
  const present: string[] = [];
  for (const id of candidates) if ((await store.get(id)) !== undefined) present.push(id);
  return present;
}

describe('EmbeddedStore LRU bound', () => {
  it('evicts the least recently used entry beyond maxEntries', async () => {
    const { store } = storeWith({ maxEntries: 3 });
    for (const id of ['a', 'b', 'c']) await store.put(entry(id), HOUR);
    await store.get('a'); // a is now the most recently used; b is the oldest
    await store.put(entry('d'), HOUR);
    expect((await store.stats()).entries).toBe(3);
    expect(await store.get('b')).toBeUndefined();
    expect(await ids(store, ['a', 'c', 'd'])).toEqual(['a', 'c', 'd']);
  });

  /** What one more entry costs, and what its partition's structures cost once (the first entry pays both). */
  async function probeBytes(): Promise<{ entryBytes: number; partitionBytes: number }> {
    const probe = storeWith().store;
    await probe.put(entry('x'), HOUR);
    const one = (await probe.stats()).bytes!;
    await probe.put(entry('y'), HOUR);
    const entryBytes = (await probe.stats()).bytes! - one;
    return { entryBytes, partitionBytes: one - entryBytes };
  }

  it('evicts least recently used entries beyond maxBytes', async () => {
    const { entryBytes, partitionBytes } = await probeBytes();
    expect(entryBytes).toBeGreaterThan(0);

    const maxBytes = partitionBytes + Math.floor(entryBytes * 3.5);
    const { store } = storeWith({ maxBytes });
    for (const id of ['a', 'b', 'c']) await store.put(entry(id), HOUR);
    await store.get('a');
    await store.put(entry('d'), HOUR);
    expect(await ids(store, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c', 'd']);
    expect((await store.stats()).bytes).toBeLessThanOrEqual(maxBytes);
  });

  it('counts a bigger entry as more bytes and evicts as many entries as it needs', async () => {
    const { entryBytes, partitionBytes } = await probeBytes();

    const { store } = storeWith({ maxBytes: partitionBytes + entryBytes * 4 });
    for (const id of ['a', 'b', 'c', 'd']) await store.put(entry(id), HOUR);
    const big = entry('big', { completion: completion('z'.repeat(entryBytes * 2)) });
    await store.put(big, HOUR);
    expect(await ids(store, ['a', 'b', 'c', 'd', 'big'])).toEqual(['d', 'big']);
  });

  it('does not store an entry larger than maxBytes, and keeps the others', async () => {
    const { store } = storeWith({ maxBytes: 10_000 });
    await store.put(entry('small'), HOUR);
    await store.put(entry('huge', { completion: completion('z'.repeat(20_000)) }), HOUR);
    expect(await store.get('huge')).toBeUndefined();
    expect(await store.get('small')).toBeDefined();
  });

  it('removes evicted entries from the vector index', async () => {
    const { store } = storeWith({ maxEntries: 2 });
    await store.put(entry('a', { vector: new Float32Array([1, 0, 0, 0]) }), HOUR);
    await store.put(entry('b', { vector: new Float32Array([0, 1, 0, 0]) }), HOUR);
    await store.put(entry('c', { vector: new Float32Array([0, 0, 1, 0]) }), HOUR);
    const found = await store.nearest('p', new Float32Array([1, 0, 0, 0]), 10);
    expect(found.map((n) => n.id).sort()).toEqual(['b', 'c']);
  });

  it('gives back every byte when entries leave', async () => {
    const { store } = storeWith();
    for (const id of ['a', 'b', 'c']) await store.put(entry(id), HOUR);
    await store.put(entry('b', { text: 'a longer replacement text' }), HOUR);
    await store.delete('a');
    await store.invalidate({ route: 'default' });
    expect(await store.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});

describe('EmbeddedStore TTL (injected clock)', () => {
  it('serves an entry until its TTL passes, then neither get nor nearest returns it', async () => {
    const { store, clock } = storeWith();
    await store.put(entry('a'), 1_000);
    clock.advance(999);
    expect(await store.get('a')).toBeDefined();
    expect((await store.nearest('p', new Float32Array([1, 0, 0, 0]), 1)).map((n) => n.id)).toEqual(['a']);
    clock.advance(1);
    expect(await store.nearest('p', new Float32Array([1, 0, 0, 0]), 1)).toEqual([]);
    expect(await store.get('a')).toBeUndefined();
    expect((await store.stats()).entries).toBe(0);
  });

  it('fills the places of expired neighbours with live ones', async () => {
    const { store, clock } = storeWith();
    await store.put(entry('old', { vector: new Float32Array([1, 0, 0, 0]) }), 1_000);
    await store.put(entry('live', { vector: new Float32Array([0.8, 0.6, 0, 0]) }), HOUR);
    clock.advance(1_000);
    expect((await store.nearest('p', new Float32Array([1, 0, 0, 0]), 1)).map((n) => n.id)).toEqual(['live']);
  });

  it('slides the expiry to now + slideTtlMs on a read', async () => {
    const { store, clock } = storeWith();
    await store.put(entry('a'), 1_000);
    clock.advance(900);
    await store.get('a', { slideTtlMs: 1_000 });
    clock.advance(900);
    expect(await store.get('a')).toBeDefined();
    clock.advance(100);
    expect(await store.get('a')).toBeUndefined();
  });

  it('sweeps expired entries that are never read, a bounded batch at a time', async () => {
    const { store, clock } = storeWith({ sweepBatch: 2 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) await store.put(entry(id, { vector: undefined }), 1_000);
    await store.put(entry('keep'), HOUR);
    clock.advance(1_000);
    store.sweep();
    expect((await store.stats()).entries).toBe(4);
    store.sweep();
    store.sweep();
    expect((await store.stats()).entries).toBe(1);
    expect(await store.get('keep')).toBeDefined();
  });

  it('does not count expired entries as invalidated or flushed', async () => {
    const { store, clock } = storeWith();
    await store.put(entry('short'), 1_000);
    await store.put(entry('long'), HOUR);
    clock.advance(1_000);
    expect(await store.invalidate({ tenant: 't' })).toBe(1);
    await store.put(entry('short'), 1_000);
    await store.put(entry('long'), HOUR);
    clock.advance(1_000);
    expect(await store.flush()).toBe(1);
  });

  it('forgets rejected pairs after their TTL and beyond maxRejections', async () => {
    const { store, clock } = storeWith({ maxRejections: 2 });
    await store.rejectPair('q1', 'e', 1_000);
    clock.advance(999);
    expect(await store.isRejected('q1', 'e')).toBe(true);
    clock.advance(1);
    expect(await store.isRejected('q1', 'e')).toBe(false);

    await store.rejectPair('q2', 'e', HOUR);
    await store.rejectPair('q3', 'e', HOUR);
    await store.rejectPair('q4', 'e', HOUR);
    expect(await store.isRejected('q2', 'e')).toBe(false);
    expect(await store.isRejected('q3', 'e')).toBe(true);
    expect(await store.isRejected('q4', 'e')).toBe(true);
  });
});

describe('EmbeddedStore vector indexes', () => {
  it('leaves indexing a put vector to a later turn of the event loop, and nearest() already sees it', async () => {
    const { store } = storeWith();
    await store.put(entry('new', { vector: new Float32Array([0, 1, 0, 0]) }), HOUR);
    // Still in the brute-force tail: the HNSW/flat insertion is off the request's path.
    expect(store.describePartition('p')).toEqual({ vectors: 1, structure: 'flat', building: true, insertsReusingSearch: 0 });
    expect((await store.nearest('p', new Float32Array([0, 1, 0, 0]), 1))[0]?.id).toBe('new');
    expect((await store.get('new'))?.vector).toEqual(new Float32Array([0, 1, 0, 0]));
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.describePartition('p')).toEqual({ vectors: 1, structure: 'flat', building: false, insertsReusingSearch: 0 });
    expect((await store.nearest('p', new Float32Array([0, 1, 0, 0]), 1))[0]?.id).toBe('new');
  });

  it('merges the not-yet-indexed tail with the index by similarity, and drops a deleted vector before it is indexed', async () => {
    const { store } = storeWith();
    await store.put(entry('old', { vector: new Float32Array([1, 0, 0, 0]) }), HOUR);
    store.sweep(); // indexes 'old'
    await store.put(entry('tail', { vector: new Float32Array([1, 1, 0, 0]) }), HOUR);
    await store.put(entry('gone', { vector: new Float32Array([1, 0.1, 0, 0]) }), HOUR);
    expect(await store.delete('gone')).toBe(true);
    const found = await store.nearest('p', new Float32Array([1, 0, 0, 0]), 5);
    expect(found.map((n) => n.id)).toEqual(['old', 'tail']);
    expect(found[1]!.similarity).toBeCloseTo(Math.SQRT1_2, 5);
    store.sweep();
    expect(store.describePartition('p')).toEqual({ vectors: 2, structure: 'flat', building: false, insertsReusingSearch: 0 });
  });

  it('indexes a stored vector with the search its lookup made (a MISS), not a second search', async () => {
    const { store } = storeWith({ index: { hnswThreshold: 50 } });
    const random = (seed: number) => Float32Array.from({ length: DIMENSION }, (_, d) => Math.sin(seed * 12.9898 + d * 78.233));
    for (let i = 0; i < 120; i++) await store.put(entry(`e${i}`, { partition: 'p', vector: random(i) }), HOUR);
    while (store.describePartition('p')!.building) store.sweep();
    expect(store.describePartition('p')!.structure).toBe('hnsw');
    const missed = random(500);
    await store.nearest('p', missed, 8);
    await store.put(entry('missed', { partition: 'p', vector: missed }), HOUR);
    await store.put(entry('other', { partition: 'p', vector: random(501) }), HOUR); // never searched for
    store.sweep();
    expect(store.describePartition('p')!.insertsReusingSearch).toBe(1);
    expect((await store.nearest('p', missed, 1))[0]).toEqual({ id: 'missed', similarity: expect.closeTo(1, 5), text: 'prompt missed' });
  });

  it('gives a first look only into a graph; the nearest() after it goes on from it and still feeds the insertion', async () => {
    const { store, clock } = storeWith({ index: { hnswThreshold: 50 } });
    const random = (seed: number) => Float32Array.from({ length: DIMENSION }, (_, d) => Math.sin(seed * 12.9898 + d * 78.233));
    for (let i = 0; i < 120; i++) await store.put(entry(`e${i}`, { partition: 'p', vector: random(i) }), HOUR);
    for (let i = 0; i < 10; i++) await store.put(entry(`s${i}`, { partition: 'small', vector: random(i) }), HOUR);
    while (store.describePartition('p')!.building) store.sweep();
    expect(await store.nearestFirstLook('nowhere', random(1), 8)).toBeUndefined();
    expect(await store.nearestFirstLook('small', random(1), 8)).toBeUndefined(); // brute force: one search is as cheap

    const missed = random(500);
    const first = await store.nearestFirstLook('p', missed, 8);
    expect(first).toHaveLength(8);
    expect(first![0]!.text).toBe(`prompt ${first![0]!.id}`);
    const fresh = await store.nearest('p', Float32Array.from(missed), 8); // another array: no first look to go on from
    expect(await store.nearest('p', missed, 8)).toEqual(fresh);
    await store.put(entry('missed', { partition: 'p', vector: missed }), HOUR);
    store.sweep();
    expect(store.describePartition('p')!.insertsReusingSearch).toBe(1);

    // A put not yet indexed is seen by a first look (read-your-writes); an expired entry is not.
    const near = random(700);
    await store.put(entry('queued', { partition: 'p', vector: near }), HOUR);
    expect((await store.nearestFirstLook('p', near, 1))![0]).toEqual({ id: 'queued', similarity: expect.closeTo(1, 5), text: 'prompt queued' });
    await store.put(entry('brief', { partition: 'p', vector: random(800) }), 1_000);
    store.sweep();
    clock.advance(2_000);
    expect((await store.nearestFirstLook('p', random(800), 8))!.map((n) => n.id)).not.toContain('brief');
  });

  it('keeps at most 64 first looks waiting for their full search; an older one searches afresh', async () => {
    const { store } = storeWith({ index: { hnswThreshold: 50 } });
    const random = (seed: number) => Float32Array.from({ length: DIMENSION }, (_, d) => Math.sin(seed * 12.9898 + d * 78.233));
    for (let i = 0; i < 120; i++) await store.put(entry(`e${i}`, { partition: 'p', vector: random(i) }), HOUR);
    while (store.describePartition('p')!.building) store.sweep();
    const queries = Array.from({ length: 100 }, (_, i) => random(1_000 + i));
    for (const query of queries) await store.nearestFirstLook('p', query, 8); // served by the first look: no nearest
    expect(store.pendingFirstLooks).toBe(64);
    await store.nearestFirstLook('p', queries[99]!, 8); // the same vector again replaces its own
    expect(store.pendingFirstLooks).toBe(64);
    expect(await store.nearest('p', queries[99]!, 8)).toEqual(await store.nearest('p', Float32Array.from(queries[99]!), 8));
    expect(store.pendingFirstLooks).toBe(63);
    expect(await store.nearest('p', queries[0]!, 8)).toEqual(await store.nearest('p', Float32Array.from(queries[0]!), 8));
    await store.flush(); // nothing pending outlives the graphs it was made on
    expect(store.pendingFirstLooks).toBe(0);
  });

  it.each(['hnsw', 'usearch'] as const)('gives a large partition a graph (%s) and keeps small ones on brute force, with the same answers', async (graph) => {
    const { store } = storeWith({ index: { hnswThreshold: 50, graph } });
    const axis = (i: number) => {
      const v = new Float32Array(DIMENSION);
      v[i % DIMENSION] = 1;
      v[(i + 1) % DIMENSION] = (i % 97) / 97; // distinct directions within the 4-d space
      return v;
    };
    for (let i = 0; i < 120; i++) await store.put(entry(`big${i}`, { partition: 'big', vector: axis(i) }), HOUR);
    for (let i = 0; i < 10; i++) await store.put(entry(`small${i}`, { partition: 'small', vector: axis(i) }), HOUR);
    while (store.describePartition('big')!.building) store.sweep();
    expect(store.describePartition('big')).toEqual({ vectors: 120, structure: 'hnsw', graph, building: false, insertsReusingSearch: 0 });
    expect(store.describePartition('small')).toEqual({ vectors: 10, structure: 'flat', building: false, insertsReusingSearch: 0 });
    for (const i of [0, 33, 119]) {
      const [best] = await store.nearest('big', axis(i), 1);
      // usearch scores f16 vectors: within 1e-3 of the f32 similarity.
      expect(best!.similarity).toBeCloseTo(1, graph === 'hnsw' ? 5 : 3);
    }
    for (const n of await store.nearest('big', axis(5), 10)) expect(n.id.startsWith('big')).toBe(true);
  });
});

describe('EmbeddedStore entries', () => {
  it('hands out copies: mutating a returned entry does not change the stored one', async () => {
    const { store } = storeWith();
    await store.put(entry('a'), HOUR);
    const first = (await store.get('a'))!;
    (first.completion as ChatCompletion).choices[0]!.message.content = 'tampered';
    first.vector![0] = 0;
    const second = (await store.get('a'))!;
    expect((second.completion as ChatCompletion).choices[0]!.message.content).toBe('answer a');
    expect(second.vector![0]).toBeCloseTo(1, 6);
  });

  it('keeps vectors unit-normalised, so similarity is cosine whatever the vector length', async () => {
    const { store } = storeWith();
    await store.put(entry('a', { vector: new Float32Array([3, 4, 0, 0]) }), HOUR);
    const [found] = await store.nearest('p', new Float32Array([10, 0, 0, 0]), 1);
    expect(found!.similarity).toBeCloseTo(0.6, 6);
    expect(Array.from((await store.get('a'))!.vector!)).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6), 0, 0]);
  });

  it('rejects vectors of the wrong dimension', async () => {
    const { store } = storeWith();
    await expect(store.put(entry('a', { vector: new Float32Array(3) }), HOUR)).rejects.toThrow(RangeError);
    await expect(store.nearest('p', new Float32Array(5), 1)).rejects.toThrow(RangeError);
  });

  it('sweeps on its own timer once started', async () => {
    const { store, clock } = storeWith({ sweepIntervalMs: 5 });
    await store.put(entry('a'), 1_000);
    clock.advance(1_000);
    await store.start();
    const deadline = Date.now() + 5_000;
    while ((await store.stats()).entries > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect((await store.stats()).entries).toBe(0);
  });
});
