/**
 * The conformance suite every VectorStore passes (DESIGN §9). A store's test file calls
 * `describeVectorStoreContract` with a setup function:
 *
 * ```ts
 * describeVectorStoreContract('EmbeddedStore', async () => {
 *   const store = new EmbeddedStore({ dimension: 8 });
 *   await store.start();
 *   return { store, dimension: 8, teardown: () => store.close() };
 * }, { semantic: true });
 * ```
 *
 * - `setup` runs before every test and returns a store whose `start()` has resolved; `teardown` runs after it.
 *   A fresh keyspace per call is best, but every test uses random ids, partitions, routes, models and tenants
 *   (and asserts `stats()` only as differences), so stores sharing one server keyspace pass too, as long as
 *   nothing else writes to that keyspace while this suite runs (the `flush` test empties it).
 * - `semantic: false` (a Redis without the Query Engine) runs only the exact-tier cases.
 * - Similarity is plain cosine similarity in −1..1: an opposite vector scores about −1 (stores do not clamp;
 *   clamping at 0 is a presentation rule of the HTTP layer, DESIGN §1).
 * - Vectors are given unit length, as every Embedder returns them; stores may normalise what they keep, so
 *   vectors read back are compared approximately.
 * - TTL cases use short TTLs and poll with a bounded deadline; they never sleep a fixed time.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatCompletion } from '../../src/cache/chat-types.ts';
import type { CacheEntry, VectorStore } from '../../src/store/vector-store.ts';
import { seededRandom } from '../../src/util/seeded-random.ts';

export interface ContractHarness {
  store: VectorStore;
  /** Dimension the store was built for; the suite's vectors have this many entries. Default 8, minimum 4. */
  dimension?: number;
  teardown(): Promise<void>;
}

export interface ContractOptions {
  /** Whether the nearest-neighbour cases run (false for a store without a vector index). */
  semantic: boolean;
  /** When set, the suite is registered as skipped and this reason is printed once. */
  skipReason?: string;
}

const DEFAULT_DIMENSION = 8;
/** Short enough to keep the suite quick, long enough that "present right after put" holds on a loaded CI box. */
const SHORT_TTL_MS = 300;
const LONG_TTL_MS = 600_000;
const POLL_DEADLINE_MS = 5_000;
const POLL_INTERVAL_MS = 15;

export function describeVectorStoreContract(
  name: string,
  setup: () => Promise<ContractHarness>,
  options: ContractOptions,
): void {
  if (options.skipReason !== undefined) {
    console.warn(`[vector-store contract] skipping "${name}": ${options.skipReason}`);
    describe.skip(`VectorStore contract: ${name}`, () => {
      registerCases(() => { throw new Error('unreachable'); }, options.semantic);
    });
    return;
  }
  describe(`VectorStore contract: ${name}`, () => {
    let harness: ContractHarness | undefined;
    beforeEach(async () => {
      harness = await setup();
      const dimension = harness.dimension ?? DEFAULT_DIMENSION;
      if (dimension < 4) throw new Error(`contract vectors need dimension >= 4, got ${dimension}`);
    });
    afterEach(async () => {
      await harness?.teardown();
      harness = undefined;
    });
    registerCases(() => {
      if (harness === undefined) throw new Error('harness not set up');
      return new Fixture(harness.store, harness.dimension ?? DEFAULT_DIMENSION);
    }, options.semantic);
  });
}

function registerCases(fixture: () => Fixture, semantic: boolean): void {
  it(`reports semantic = ${semantic} and reachable after start`, () => {
    expect(fixture().store.semantic).toBe(semantic);
    expect(fixture().store.reachable).toBe(true);
  });

  describe('exact tier', () => {
    it('returns what was put, every field preserved', async () => {
      const f = fixture();
      const entry = f.entry({ vector: f.axis(0) });
      await f.store.put(entry, LONG_TTL_MS);
      const got = await f.store.get(entry.id);
      expect(got).toBeDefined();
      expectSameEntry(got!, entry);
    });

    it('preserves an entry without a vector (exact tier only)', async () => {
      const f = fixture();
      const entry = f.entry();
      await f.store.put(entry, LONG_TTL_MS);
      const got = await f.store.get(entry.id);
      expect(got).toBeDefined();
      expect(got!.vector).toBeUndefined();
      expectSameEntry(got!, entry);
    });

    it('leaves the vector out when asked, with every other field, and reads an absent id as undefined', async () => {
      const f = fixture();
      const entry = f.entry({ vector: f.axis(0), storedUpstream: true });
      await f.store.put(entry, LONG_TTL_MS);
      const got = await f.store.get(entry.id, { vector: false });
      expectSameEntry(got!, { ...entry, vector: undefined });
      expect(got).not.toHaveProperty('vector');
      expectSameEntry((await f.store.get(entry.id))!, entry);
      expect(await f.store.get(hex(16), { vector: false })).toBeUndefined();
    });

    it('keeps the keeper of an answer stored upstream, and no keeper where there is none', async () => {
      const f = fixture();
      const kept = f.entry({ vector: f.axis(0), storedUpstream: true, keeper: hex(32) });
      const plain = f.entry({ vector: f.axis(1) });
      await f.store.put(kept, LONG_TTL_MS);
      await f.store.put(plain, LONG_TTL_MS);
      expect((await f.store.get(kept.id, { vector: false }))?.keeper).toBe(kept.keeper);
      expect(await f.store.get(plain.id, { vector: false })).not.toHaveProperty('keeper');
    });

    it('forgets an answer deleted upstream by its keeper, and only then', async () => {
      const f = fixture();
      const keeper = hex(32);
      const answer = completion('kept upstream');
      const kept = f.entry({ vector: f.axis(0), storedUpstream: true, keeper, completion: answer });
      await f.store.put(kept, LONG_TTL_MS);
      expect(await f.store.forgetAnswer(answer.id, hex(32))).toBe(false);
      expect(await f.store.get(kept.id, { vector: false })).toBeDefined();
      expect(await f.store.forgetAnswer(answer.id, keeper)).toBe(true);
      expect(await f.store.get(kept.id, { vector: false })).toBeUndefined();
      expect(await f.store.forgetAnswer(answer.id, keeper)).toBe(false);
    });

    it('leaves an entry alone that holds another answer by now, and one never kept upstream', async () => {
      const f = fixture();
      const keeper = hex(32);
      const first = completion('first answer');
      const entry = f.entry({ vector: f.axis(0), storedUpstream: true, keeper, completion: first });
      await f.store.put(entry, LONG_TTL_MS);
      const second = completion('second answer');
      await f.store.put({ ...entry, completion: second }, LONG_TTL_MS);
      expect(await f.store.forgetAnswer(first.id, keeper)).toBe(false);
      expect((await f.store.get(entry.id, { vector: false }))?.completion).toEqual(second);
      const unkept = completion('never kept');
      const plain = f.entry({ vector: f.axis(1), completion: unkept });
      await f.store.put(plain, LONG_TTL_MS);
      expect(await f.store.forgetAnswer(unkept.id, keeper)).toBe(false);
      expect(await f.store.get(plain.id, { vector: false })).toBeDefined();
    });

    it('preserves non-ASCII text and completion content', async () => {
      const f = fixture();
      const text = 'Grüße, 東京 — naïve café 🙂 "quoted" \\ back\nslash';
      const entry = f.entry({ text, completion: completion(`Antwort: ${text}`) });
      await f.store.put(entry, LONG_TTL_MS);
      expectSameEntry((await f.store.get(entry.id))!, entry);
    });

    it('returns undefined for an id that was never put', async () => {
      const f = fixture();
      expect(await f.store.get(hex(16))).toBeUndefined();
    });

    it('replaces an entry put again under the same id', async () => {
      const f = fixture();
      const first = f.entry({ vector: f.axis(0) });
      const second = { ...first, completion: completion('the second answer'), createdAt: first.createdAt + 1000 };
      await f.store.put(first, LONG_TTL_MS);
      await f.store.put(second, LONG_TTL_MS);
      expectSameEntry((await f.store.get(first.id))!, second);
    });

    it('deletes an entry and says whether it existed', async () => {
      const f = fixture();
      const entry = f.entry({ vector: f.axis(0) });
      await f.store.put(entry, LONG_TTL_MS);
      expect(await f.store.delete(entry.id)).toBe(true);
      expect(await f.store.get(entry.id)).toBeUndefined();
      expect(await f.store.delete(entry.id)).toBe(false);
      expect(await f.store.delete(hex(16))).toBe(false);
    });

    it('counts entries in stats()', async () => {
      const f = fixture();
      const before = (await f.store.stats()).entries;
      const entries = [f.entry({ vector: f.axis(0) }), f.entry(), f.entry({ vector: f.axis(1) })];
      for (const entry of entries) await f.store.put(entry, LONG_TTL_MS);
      expect((await f.store.stats()).entries).toBe(before + 3);
      await f.store.put(entries[0]!, LONG_TTL_MS); // a replacement is not a new entry
      expect((await f.store.stats()).entries).toBe(before + 3);
      await f.store.delete(entries[1]!.id);
      expect((await f.store.stats()).entries).toBe(before + 2);
    });
  });

  describe('TTL', () => {
    it('never returns an entry past its TTL', async () => {
      const f = fixture();
      const entry = f.entry({ vector: f.axis(0) });
      await f.store.put(entry, SHORT_TTL_MS);
      expect(await f.store.get(entry.id)).toBeDefined();
      await eventually(() => f.store.get(entry.id), (got) => got === undefined, 'entry to expire');
      // Once gone it stays gone.
      expect(await f.store.get(entry.id)).toBeUndefined();
    });

    it('takes the TTL of the latest put of an id', async () => {
      const f = fixture();
      const entry = f.entry();
      await f.store.put(entry, LONG_TTL_MS);
      await f.store.put(entry, SHORT_TTL_MS);
      expect(await f.store.get(entry.id)).toBeDefined();
      await eventually(() => f.store.get(entry.id), (got) => got === undefined, 'replaced entry to expire');
    });

    it('slides the expiry on a read with slideTtlMs', async () => {
      const f = fixture();
      const slid = f.entry();
      const control = f.entry();
      await f.store.put(slid, SHORT_TTL_MS);
      await f.store.put(control, SHORT_TTL_MS);
      expect(await f.store.get(slid.id, { slideTtlMs: LONG_TTL_MS })).toBeDefined();
      // The control entry, put at the same time with the same TTL, expiring shows the original TTL has passed.
      await eventually(() => f.store.get(control.id), (got) => got === undefined, 'control entry to expire');
      expect(await f.store.get(slid.id)).toBeDefined();
    });

    it('still forgets a kept answer whose entry slid past its first TTL', async () => {
      const f = fixture();
      const keeper = hex(32);
      const answer = completion('kept and slid');
      const slid = f.entry({ storedUpstream: true, keeper, completion: answer });
      const control = f.entry();
      await f.store.put(slid, SHORT_TTL_MS);
      await f.store.put(control, SHORT_TTL_MS);
      expect(await f.store.get(slid.id, { slideTtlMs: LONG_TTL_MS })).toBeDefined();
      await eventually(() => f.store.get(control.id), (got) => got === undefined, 'control entry to expire');
      expect(await f.store.forgetAnswer(answer.id, keeper)).toBe(true);
      expect(await f.store.get(slid.id)).toBeUndefined();
    });
  });

  describe('invalidation', () => {
    it('deletes by route, by model and by tenant', async () => {
      const f = fixture();
      const route = hex(6);
      const model = hex(6);
      const tenant = hex(6);
      const byRoute = [f.entry({ route }), f.entry({ route, vector: f.axis(0) })];
      const byModel = [f.entry({ model })];
      const byTenant = [f.entry({ tenant }), f.entry({ tenant }), f.entry({ tenant })];
      const other = f.entry();
      for (const entry of [...byRoute, ...byModel, ...byTenant, other]) await f.store.put(entry, LONG_TTL_MS);

      expect(await f.store.invalidate({ route })).toBe(2);
      await f.expectGone(byRoute);
      await f.expectPresent([...byModel, ...byTenant, other]);

      expect(await f.store.invalidate({ model })).toBe(1);
      await f.expectGone(byModel);
      await f.expectPresent([...byTenant, other]);

      expect(await f.store.invalidate({ tenant })).toBe(3);
      await f.expectGone(byTenant);
      await f.expectPresent([other]);
    });

    it('deletes only entries matching every given field', async () => {
      const f = fixture();
      const route = hex(6);
      const model = hex(6);
      const tenant = hex(6);
      const all = f.entry({ route, model, tenant });
      const routeAndModel = f.entry({ route, model });
      const routeOnly = f.entry({ route });
      const modelAndTenant = f.entry({ model, tenant });
      for (const entry of [all, routeAndModel, routeOnly, modelAndTenant]) await f.store.put(entry, LONG_TTL_MS);

      expect(await f.store.invalidate({ route, model, tenant })).toBe(1);
      await f.expectGone([all]);
      await f.expectPresent([routeAndModel, routeOnly, modelAndTenant]);

      expect(await f.store.invalidate({ route, model })).toBe(1);
      await f.expectGone([routeAndModel]);
      await f.expectPresent([routeOnly, modelAndTenant]);
    });

    it('deletes nothing for an empty filter or one that matches nothing', async () => {
      const f = fixture();
      const entry = f.entry();
      await f.store.put(entry, LONG_TTL_MS);
      expect(await f.store.invalidate({})).toBe(0);
      expect(await f.store.invalidate({ route: hex(6) })).toBe(0);
      await f.expectPresent([entry]);
    });

    it('flushes every entry', async () => {
      const f = fixture();
      const entries = [f.entry({ vector: f.axis(0) }), f.entry(), f.entry({ tenant: hex(6) })];
      for (const entry of entries) await f.store.put(entry, LONG_TTL_MS);
      expect(await f.store.flush()).toBeGreaterThanOrEqual(entries.length);
      await f.expectGone(entries);
      expect((await f.store.stats()).entries).toBe(0);
    });
  });

  describe('rejected pairs', () => {
    it('remembers a rejected (query, entry) pair and nothing else', async () => {
      const f = fixture();
      const query = hex(16);
      const entryId = hex(16);
      expect(await f.store.isRejected(query, entryId)).toBe(false);
      await f.store.rejectPair(query, entryId, LONG_TTL_MS);
      expect(await f.store.isRejected(query, entryId)).toBe(true);
      expect(await f.store.isRejected(query, hex(16))).toBe(false);
      expect(await f.store.isRejected(hex(16), entryId)).toBe(false);
    });

    it('forgets a rejection after its TTL', async () => {
      const f = fixture();
      const query = hex(16);
      const entryId = hex(16);
      await f.store.rejectPair(query, entryId, SHORT_TTL_MS);
      expect(await f.store.isRejected(query, entryId)).toBe(true);
      await eventually(() => f.store.isRejected(query, entryId), (rejected) => !rejected, 'rejection to expire');
    });
  });

  if (!semantic) return;

  describe('nearest neighbours', () => {
    it('scores cosine similarity: identical ≈ 1, orthogonal ≈ 0, opposite ≈ −1', async () => {
      const f = fixture();
      const partition = hex(16);
      const same = f.entry({ partition, vector: f.axis(0) });
      const orthogonal = f.entry({ partition, vector: f.axis(1) });
      const opposite = f.entry({ partition, vector: f.axis(0, -1) });
      for (const entry of [same, orthogonal, opposite]) await f.store.put(entry, LONG_TTL_MS);

      const found = await f.store.nearest(partition, f.axis(0), 3);
      expect(found.map((n) => n.id)).toEqual([same.id, orthogonal.id, opposite.id]);
      expect(found[0]!.similarity).toBeCloseTo(1, 3);
      expect(found[1]!.similarity).toBeCloseTo(0, 3);
      expect(found[2]!.similarity).toBeCloseTo(-1, 3);
    });

    it('returns the closest entries first, with their cosine similarity', async () => {
      const f = fixture();
      const partition = hex(16);
      const cosines = [0.2, 0.99, 0.5, 0.9, 0.75];
      const entries = cosines.map((cos) => f.entry({ partition, vector: f.atCosine(cos) }));
      for (const entry of entries) await f.store.put(entry, LONG_TTL_MS);

      const found = await f.store.nearest(partition, f.axis(0), entries.length);
      const expected = entries
        .map((entry, i) => ({ id: entry.id, similarity: cosines[i]! }))
        .sort((a, b) => b.similarity - a.similarity);
      expect(found.map((n) => n.id)).toEqual(expected.map((n) => n.id));
      found.forEach((n, i) => expect(n.similarity).toBeCloseTo(expected[i]!.similarity, 3));
    });

    it('returns each neighbour with its entry\'s stored text, so candidates are verified without reading them', async () => {
      const f = fixture();
      const partition = hex(16);
      const texts = ['how do I boil an egg?', 'Grüße, 東京 — naïve café 🙂 "quoted" \\ back\nslash', 'a third prompt'];
      const entries = texts.map((text, i) => f.entry({ partition, text, vector: f.atCosine([0.9, 0.6, 0.3][i]!) }));
      for (const entry of entries) await f.store.put(entry, LONG_TTL_MS);

      const found = await f.store.nearest(partition, f.axis(0), 3);
      expect(found.map((n) => ({ id: n.id, text: n.text }))).toEqual(entries.map((entry) => ({ id: entry.id, text: entry.text })));
    });

    it('returns at most k entries', async () => {
      const f = fixture();
      const partition = hex(16);
      const cosines = [0.1, 0.3, 0.5, 0.7, 0.9];
      for (const cos of cosines) await f.store.put(f.entry({ partition, vector: f.atCosine(cos) }), LONG_TTL_MS);

      const top2 = await f.store.nearest(partition, f.axis(0), 2);
      expect(top2.map((n) => n.similarity)).toEqual([expect.closeTo(0.9, 3), expect.closeTo(0.7, 3)]);
      expect(await f.store.nearest(partition, f.axis(0), 1)).toHaveLength(1);
      expect(await f.store.nearest(partition, f.axis(0), 50)).toHaveLength(cosines.length);
    });

    it('searches only the given partition', async () => {
      const f = fixture();
      const mine = hex(16);
      const theirs = hex(16);
      const own = f.entry({ partition: mine, vector: f.atCosine(0.6) });
      const foreign = f.entry({ partition: theirs, vector: f.axis(0) });
      await f.store.put(own, LONG_TTL_MS);
      await f.store.put(foreign, LONG_TTL_MS);

      const found = await f.store.nearest(mine, f.axis(0), 10);
      expect(found.map((n) => n.id)).toEqual([own.id]);
      expect(await f.store.nearest(hex(16), f.axis(0), 10)).toEqual([]);
    });

    it('never returns entries stored without a vector', async () => {
      const f = fixture();
      const partition = hex(16);
      const withVector = f.entry({ partition, vector: f.axis(0) });
      const without = f.entry({ partition });
      await f.store.put(withVector, LONG_TTL_MS);
      await f.store.put(without, LONG_TTL_MS);
      expect((await f.store.nearest(partition, f.axis(0), 10)).map((n) => n.id)).toEqual([withVector.id]);
    });

    it('finds a replaced entry by its new vector only, once', async () => {
      const f = fixture();
      const partition = hex(16);
      const entry = f.entry({ partition, vector: f.axis(1) });
      await f.store.put(entry, LONG_TTL_MS);
      await f.store.put({ ...entry, vector: f.axis(0) }, LONG_TTL_MS);
      const found = await f.store.nearest(partition, f.axis(0), 10);
      expect(found).toHaveLength(1);
      expect(found[0]!.id).toBe(entry.id);
      expect(found[0]!.similarity).toBeCloseTo(1, 3);
    });

    it('never returns a deleted, invalidated or flushed entry', async () => {
      const f = fixture();
      const partition = hex(16);
      const route = hex(6);
      const deleted = f.entry({ partition, vector: f.axis(0) });
      const invalidated = f.entry({ partition, route, vector: f.atCosine(0.9) });
      const kept = f.entry({ partition, vector: f.atCosine(0.5) });
      for (const entry of [deleted, invalidated, kept]) await f.store.put(entry, LONG_TTL_MS);

      await f.store.delete(deleted.id);
      await f.store.invalidate({ route });
      expect((await f.store.nearest(partition, f.axis(0), 10)).map((n) => n.id)).toEqual([kept.id]);
      await f.store.flush();
      expect(await f.store.nearest(partition, f.axis(0), 10)).toEqual([]);
    });

    it('finds an entry by its vector as soon as put() resolved (read-your-writes)', async () => {
      const f = fixture();
      const partition = hex(16);
      const entries = Array.from({ length: 50 }, (_, i) => f.entry({ partition, vector: f.atCosine(0.5 + i / 100) }));
      for (const entry of entries) {
        await f.store.put(entry, LONG_TTL_MS);
        // No waiting: the next request after a MISS must see its entry.
        const [best] = await f.store.nearest(partition, entry.vector!, 1);
        expect(best?.id).toBe(entry.id);
      }
    });

    it('finds the true nearest entry for at least 97% of queries on a fixed dataset of 3,000 (recall@1)', async () => {
      const f = fixture();
      const partition = hex(16);
      const random = seededRandom(20261130);
      // Clustered like real traffic (topics), enough entries for an approximate index to take over.
      const centres = Array.from({ length: 60 }, () => f.gaussian(random));
      const sample = () => {
        const centre = centres[Math.floor(random() * centres.length)]!;
        const noise = f.gaussian(random);
        return unit(centre.map((c, i) => c + 0.6 * noise[i]!));
      };
      const vectors = Array.from({ length: 3_000 }, sample);
      const ids: string[] = [];
      for (const vector of vectors) {
        const entry = f.entry({ partition, vector });
        ids.push(entry.id);
        await f.store.put(entry, LONG_TTL_MS);
      }
      const queries = Array.from({ length: 200 }, sample);
      let agree = 0;
      for (const query of queries) {
        let truth = 0;
        let bestDot = -Infinity;
        vectors.forEach((vector, i) => {
          let dot = 0;
          for (let d = 0; d < vector.length; d++) dot += vector[d]! * query[d]!;
          if (dot > bestDot) [bestDot, truth] = [dot, i];
        });
        const [found] = await f.store.nearest(partition, query, 1);
        if (found?.id === ids[truth]) agree++;
      }
      expect(agree / queries.length).toBeGreaterThanOrEqual(0.97);
    });

    it('stops returning an entry once its TTL has passed', async () => {
      const f = fixture();
      const partition = hex(16);
      const entry = f.entry({ partition, vector: f.axis(0) });
      await f.store.put(entry, SHORT_TTL_MS);
      expect((await f.store.nearest(partition, f.axis(0), 5)).map((n) => n.id)).toEqual([entry.id]);
      await eventually(
        () => f.store.nearest(partition, f.axis(0), 5),
        (found) => found.length === 0,
        'expired entry to leave the index',
      );
    });
  });
}

/** Builds entries and vectors of the harness's dimension. */
class Fixture {
  readonly store: VectorStore;
  readonly dimension: number;

  constructor(store: VectorStore, dimension: number) {
    this.store = store;
    this.dimension = dimension;
  }

  /** A cache entry with random identity fields; `overrides` fix some of them. */
  entry(overrides: Partial<CacheEntry> = {}): CacheEntry {
    const text = `prompt ${hex(4)}`;
    return {
      id: hex(16),
      partition: hex(16),
      text,
      completion: completion(`answer to ${text}`),
      route: `route-${hex(4)}`,
      model: `model-${hex(4)}`,
      tenant: hex(8),
      createdAt: 1_700_000_000_000 + Math.floor(Math.random() * 1e9),
      ...overrides,
    };
  }

  /** A unit vector in a random direction (Gaussian components). */
  gaussian(random: () => number): Float32Array {
    const v = new Float32Array(this.dimension);
    for (let i = 0; i < v.length; i++) v[i] = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return unit(v);
  }

  /** The unit vector `sign`·e_i. */
  axis(i: number, sign = 1): Float32Array {
    const v = new Float32Array(this.dimension);
    v[i] = sign;
    return v;
  }

  /** A unit vector whose cosine similarity with e_0 is `cos` (it lies in the e_0/e_1 plane). */
  atCosine(cos: number): Float32Array {
    const v = new Float32Array(this.dimension);
    v[0] = cos;
    v[1] = Math.sqrt(1 - cos * cos);
    return v;
  }

  async expectGone(entries: CacheEntry[]): Promise<void> {
    for (const entry of entries) expect(await this.store.get(entry.id), entry.id).toBeUndefined();
  }

  async expectPresent(entries: CacheEntry[]): Promise<void> {
    for (const entry of entries) expect(await this.store.get(entry.id), entry.id).toBeDefined();
  }
}

function expectSameEntry(got: CacheEntry, want: CacheEntry): void {
  const { vector: gotVector, ...gotRest } = got;
  const { vector: wantVector, ...wantRest } = want;
  expect(gotRest).toEqual(wantRest);
  if (wantVector === undefined) {
    expect(gotVector).toBeUndefined();
    return;
  }
  expect(gotVector).toBeInstanceOf(Float32Array);
  expect(gotVector!.length).toBe(wantVector.length);
  wantVector.forEach((x, i) => expect(gotVector![i]).toBeCloseTo(x, 5));
}

function completion(content: string): ChatCompletion {
  return {
    id: `chatcmpl-${hex(8)}`,
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null },
    ],
    usage: {
      prompt_tokens: 12,
      completion_tokens: 34,
      total_tokens: 46,
      prompt_tokens_details: { cached_tokens: 0 },
    },
    system_fingerprint: 'fp_0123456789',
    service_tier: 'default',
  };
}

function unit(vector: Float32Array): Float32Array {
  const norm = Math.hypot(...vector);
  return vector.map((x) => x / norm);
}

function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

/** Polls `probe` until `done` holds, failing after a bounded deadline instead of sleeping a fixed time. */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + POLL_DEADLINE_MS;
  for (;;) {
    if (done(await probe())) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${POLL_DEADLINE_MS} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
