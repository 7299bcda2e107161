import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexHashTag, keySlot, knnTargets, mergeNearest, perMasterIndexName, SLOT_COUNT } from '../../../../src/store/redis/per-master-index.ts';

/** Three masters with equal slot ranges, as `redis-cli --cluster create` lays them out. */
function threeMasters(slot: number): string {
  return slot < 5_461 ? 'a' : slot < 10_923 ? 'b' : 'c';
}

describe('keySlot', () => {
  it('computes Redis\'s CRC16 slots, honouring hash tags', () => {
    // Values from the Redis Cluster specification and `CLUSTER KEYSLOT`.
    expect(keySlot('123456789')).toBe(12_739);
    expect(keySlot('foo')).toBe(12_182);
    expect(keySlot('{user1000}.following')).toBe(keySlot('{user1000}.followers'));
    expect(keySlot('foo{}{bar}')).toBe(keySlot('foo{}{bar}')); // an empty tag means the whole key is hashed
  });
});

describe('per-master index names', () => {
  it('lands each master\'s index name in one of that master\'s own slots', () => {
    for (const master of ['a', 'b', 'c']) {
      const tag = indexHashTag(threeMasters, master);
      expect(tag).toBeDefined();
      const name = perMasterIndexName('semcache:m:100:idx', tag!);
      expect(name).toBe(`semcache:m:100:idx:{${tag}}`);
      expect(threeMasters(keySlot(name))).toBe(master);
    }
  });

  it('gives three masters three different names, the same on every instance', () => {
    const tags = ['a', 'b', 'c'].map((master) => indexHashTag(threeMasters, master));
    expect(new Set(tags).size).toBe(3);
    expect(['a', 'b', 'c'].map((master) => indexHashTag(threeMasters, master))).toEqual(tags);
  });

  it('finds a tag for a master that owns a single slot, and none for a master without slots', () => {
    for (const slot of [0, 1, 4_242, SLOT_COUNT - 1]) {
      const tag = indexHashTag((s) => (s === slot ? 'lonely' : 'big'), 'lonely');
      expect(keySlot(`x:{${tag}}`)).toBe(slot);
    }
    expect(indexHashTag(() => 'big', 'empty')).toBeUndefined();
  });

  it('moves a master\'s index to a new name when the slot of its old name moves away', () => {
    const before = indexHashTag(threeMasters, 'a')!;
    const moved = keySlot(before);
    const after = indexHashTag((slot) => (slot === moved ? 'b' : threeMasters(slot)), 'a')!;
    expect(after).not.toBe(before);
    expect(threeMasters(keySlot(after))).toBe('a');
  });
});

describe('mergeNearest', () => {
  it('merges every master\'s candidates by similarity and keeps the k best', () => {
    const merged = mergeNearest([
      [{ id: 'a1', similarity: 0.91 }, { id: 'a2', similarity: 0.5 }],
      [{ id: 'b1', similarity: 0.99 }],
      [],
      [{ id: 'c1', similarity: 0.93 }, { id: 'c2', similarity: 0.2 }],
    ], 3);
    expect(merged).toEqual([{ id: 'b1', similarity: 0.99 }, { id: 'c1', similarity: 0.93 }, { id: 'a1', similarity: 0.91 }]);
  });

  it('lists a key seen on two masters (mid-migration) once, and breaks ties by id', () => {
    const merged = mergeNearest([[{ id: 'x', similarity: 0.8 }, { id: 'y', similarity: 0.8 }], [{ id: 'x', similarity: 0.8 }]], 5);
    expect(merged.map((n) => n.id)).toEqual(['x', 'y']);
  });

  it('returns what a single index of every entry would return (the k nearest overall, sorted)', () => {
    const neighbour = fc.record({ id: fc.uuid(), similarity: fc.double({ min: -1, max: 1, noNaN: true }) });
    fc.assert(fc.property(fc.array(fc.array(neighbour, { maxLength: 8 }), { maxLength: 5 }), fc.integer({ min: 0, max: 10 }), (lists, k) => {
      const unique = new Map(lists.flat().map((n) => [n.id, n]));
      // Each master returns its own k nearest, sorted, as FT.SEARCH … SORTBY dist LIMIT 0 k does.
      const perMaster = lists.map((list) => [...list].sort((x, y) => y.similarity - x.similarity).slice(0, k));
      const merged = mergeNearest(perMaster, k);
      const expected = [...unique.values()].sort((x, y) => y.similarity - x.similarity).slice(0, k);
      expect(merged.map((n) => n.similarity)).toEqual(expected.map((n) => n.similarity));
    }));
  });
});

describe('knnTargets (the fan-out planner)', () => {
  const shards = ['a', 'b', 'c'].map((address) => ({ address, indexName: `idx:{${address}}` }));

  it('asks every master for a spread route', () => {
    expect(knnTargets(shards, threeMasters, undefined)).toEqual(shards);
  });

  it('asks exactly the master owning the placement tag\'s slot for a partition-placed route', () => {
    // 300 random tags: every master of the equal three-way split owns some of them.
    const tags = fc.sample(fc.stringMatching(/^[0-9a-f]{8}$/), { numRuns: 300, seed: 13 });
    const seen = new Set<string>();
    for (const tag of tags) {
      const owner = threeMasters(keySlot(`{${tag}}`));
      const targets = knnTargets(shards, threeMasters, tag);
      expect(targets).toEqual([shards.find((shard) => shard.address === owner)]);
      // The entry keys of that partition hash to the same slot, so to the same master.
      expect(threeMasters(keySlot(`semcache:m:100:entry:{${tag}}${'ab'.repeat(16)}`))).toBe(owner);
      seen.add(owner);
    }
    expect(seen).toEqual(new Set(['a', 'b', 'c']));
  });

  it('falls back to every master when no listed master owns the slot (a topology read mid-change)', () => {
    expect(knnTargets(shards, () => undefined, '9f2c51d0')).toEqual(shards);
    expect(knnTargets(shards.slice(0, 1), () => 'c', '9f2c51d0')).toEqual(shards.slice(0, 1));
  });
});
