/** RedisStore.get(id, { vector: false }) (HMGET of FIELDS_BUT_VECTOR) against a real redis-server: exact tier. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../src/store/redis/redis-store.ts';
import type { CacheEntry } from '../../src/store/vector-store.ts';
import { connectAdmin, deleteKeyspace, planRedis, randomKeyPrefix, startRedis, type AdminClient, type RedisServer } from '../helpers/redis-harness.ts';

const DIMENSION = 8;
const plan = await planRedis();

describe.skipIf(plan.kind === 'unavailable')('RedisStore get(vector:false) with hostile entries', () => {
  let server: RedisServer;
  let admin: AdminClient;
  let store: RedisStore;
  let prefix: string;

  beforeAll(async () => {
    server = await startRedis();
    admin = await connectAdmin(server.url);
    prefix = randomKeyPrefix('hostile');
    store = new RedisStore({ url: server.url, keyspace: { embedderModel: 'e', dimension: DIMENSION, basePrefix: prefix }, budgets: { lookupMs: 5_000, writeMs: 5_000, adminMs: 30_000 } });
    await store.start();
  });
  afterAll(async () => {
    await store?.close();
    if (admin) await deleteKeyspace(admin, prefix);
    admin?.destroy();
    await server?.stop();
  });

  function entry(id: string, text: string, extra: Partial<CacheEntry> = {}): CacheEntry {
    return {
      id, partition: 'p'.repeat(16), text, route: 'chat', model: 'm', tenant: 't', createdAt: 1234,
      vector: Float32Array.from({ length: DIMENSION }, (_, i) => i + 0.5),
      completion: { id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: `answer: ${text.slice(0, 50)}` }, finish_reason: 'stop' }] },
      ...extra,
    };
  }

  const texts: Array<[string, string]> = [
    ['"dist"', 'dist'],
    ['"text"', 'text'],
    ['"vec"', 'vec'],
    ['field names', 'partition route model tenant text completion createdAt upstream vec'],
    ['NUL bytes', '\u0000dist\u0000text\u0000'],
    ['1 MB', 'x'.repeat(1_048_576)],
    ['emoji', 'heater 🔥 in 🚗'],
    ['lone surrogates', 'a\uD800b\uDC00c'],
  ];
  for (const [name, text] of texts) {
    it(`${name}: HMGET read equals HGETALL read minus the vector`, async () => {
      const id = `id${name.replace(/\W/g, '')}`.toLowerCase();
      await store.put(entry(id, text, { storedUpstream: true }), 60_000);
      const full = await store.get(id);
      const lean = await store.get(id, { vector: false });
      expect(full?.vector).toBeInstanceOf(Float32Array);
      expect(lean).toBeDefined();
      expect(lean!.vector).toBeUndefined();
      const { vector: _v, ...fullWithout } = full!;
      expect(lean).toEqual(fullWithout);
      expect(lean!.storedUpstream).toBe(true);
      expect(lean!.text === Buffer.from(text, 'utf8').toString('utf8')).toBe(true);
      if (name !== 'lone surrogates') expect(lean!.text === text).toBe(true);
    });
  }

  it('the prompt text "vec" is a value, not the vector field: an exact-only entry stays without vector', async () => {
    const e = entry('vecless', 'vec');
    delete e.vector;
    await store.put(e, 60_000);
    expect((await store.get('vecless'))?.vector).toBeUndefined();
    expect(await store.get('vecless', { vector: false })).toMatchObject({ text: 'vec' });
  });

  it('absent key and a partial hash (required field missing) are both no entry', async () => {
    expect(await store.get('nope', { vector: false })).toBeUndefined();
    await store.put(entry('partial', 'partial'), 60_000);
    await admin.sendCommand(['HDEL', store.keys.entry('partial'), 'completion']);
    expect(await store.get('partial', { vector: false })).toBeUndefined();
    expect(await store.get('partial')).toBeUndefined();
  });

  it('replaced between reads: the lean read sees the new completion and text, with no stale fields', async () => {
    await store.put(entry('swap', 'first', { storedUpstream: true }), 60_000);
    await store.put(entry('swap', 'second'), 60_000);
    const lean = await store.get('swap', { vector: false });
    expect(lean?.text).toBe('second');
    expect(lean?.storedUpstream).toBeUndefined();
  });

  it('slideTtlMs with vector:false slides the TTL', async () => {
    await store.put(entry('slide', 'slide'), 1_000);
    await store.get('slide', { vector: false, slideTtlMs: 600_000 });
    const pttl = Number(await admin.sendCommand(['PTTL', store.keys.entry('slide')]));
    expect(pttl).toBeGreaterThan(500_000);
  });
});
