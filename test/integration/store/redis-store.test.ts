/**
 * RedisStore against a real plain Redis (REDIS_URL, else a spawned redis-server): what the conformance suite does
 * not cover — capability detection, the key layout of DESIGN §4, keyspace isolation, the shared tenant secret.
 */
import { describe, expect, it } from 'vitest';
import { RedisKeys } from '../../../src/store/redis/keys.ts';
import { hasQueryEngine, planRedis, randomKeyPrefix } from '../../helpers/redis-harness.ts';
import { axis, DIMENSION, makeEntry, newStore, recordingLogger, useRedisServer } from './redis-fixtures.ts';

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[redis-store] skipping: ${plan.reason}`);
const serverHasQueryEngine = plan.kind === 'url' ? await hasQueryEngine(plan.url) : false;

describe.skipIf(plan.kind === 'unavailable')('RedisStore on plain Redis', () => {
  const redis = useRedisServer();
  const track = redis.track;

  it.skipIf(serverHasQueryEngine)('disables the semantic tier with exactly one warning when there is no Query Engine', async () => {
    const logger = recordingLogger();
    const { store } = track(newStore(redis.server.url, { logger }));
    await store.start();
    expect(store.semantic).toBe(false);
    expect(store.reachable).toBe(true);
    const warnings = logger.lines.filter((line) => line.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/semantic tier disabled/);
    expect(warnings[0]!.fields['reason']).toMatch(/no Query Engine/);
    // The exact tier works; the semantic tier has nothing to search.
    const entry = makeEntry({ vector: axis(0) });
    await store.put(entry, 60_000);
    expect(await store.get(entry.id)).toBeDefined();
    expect(await store.nearest(entry.partition, axis(0), 5)).toEqual([]);
  });

  it('stores one HASH per entry under semcache:{model}:{dim}:entry:{id} with its own expiry', async () => {
    const { store, prefix } = track(newStore(redis.server.url));
    await store.start();
    const entry = makeEntry({ vector: axis(1) });
    await store.put(entry, 60_000);
    const key = new RedisKeys({ embedderModel: 'test-embedder', dimension: DIMENSION, basePrefix: prefix }).entry(entry.id);
    expect(key).toBe(`${prefix}:test-embedder:${DIMENSION}:entry:${entry.id}`);
    expect(await redis.admin.sendCommand(['TYPE', key])).toBe('hash');
    const pttl = await redis.admin.sendCommand<number>(['PTTL', key]);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(60_000);
    expect(await redis.admin.sendCommand(['HGET', key, 'text'])).toBe(entry.text);
    expect(await redis.admin.sendCommand<number>(['HSTRLEN', key, 'vec'])).toBe(DIMENSION * 4);
  });

  it('slides the expiry on a read with slideTtlMs, in the same round trip as the read', async () => {
    const { store } = track(newStore(redis.server.url));
    await store.start();
    const entry = makeEntry({ vector: axis(3) });
    await store.put(entry, 1_000);
    expect(await store.get(entry.id, { slideTtlMs: 600_000 })).toEqual(entry);
    expect(await redis.admin.sendCommand<number>(['PTTL', store.keys.entry(entry.id)])).toBeGreaterThan(1_000);
  });

  it('keeps the keyspaces of different embedder models and dimensions apart', async () => {
    const prefix = randomKeyPrefix('isolation');
    const { store: modelA } = track(newStore(redis.server.url, { basePrefix: prefix, embedderModel: 'a' }));
    const { store: modelB } = track(newStore(redis.server.url, { basePrefix: prefix, embedderModel: 'b' }));
    const { store: widerA } = track(newStore(redis.server.url, { basePrefix: prefix, embedderModel: 'a', dimension: 16 }));
    for (const store of [modelA, modelB, widerA]) await store.start();
    const entry = makeEntry();
    await modelA.put(entry, 60_000);
    expect(await modelB.get(entry.id)).toBeUndefined();
    expect(await widerA.get(entry.id)).toBeUndefined();
    expect(await modelB.flush()).toBe(0);
    expect(await widerA.invalidate({ route: entry.route })).toBe(0);
    expect(await modelA.get(entry.id)).toBeDefined();
  });

  it('invalidates by exact route, model and tenant values, whatever their punctuation, case or script', async () => {
    const { store } = track(newStore(redis.server.url));
    await store.start();
    const routes = ['support', 'Support', 'support,beta', 'sup port', 'ü-route/v2', 'support*'];
    const entries = routes.map((route) => makeEntry({ route }));
    for (const entry of entries) await store.put(entry, 60_000);
    for (const [i, route] of routes.entries()) {
      expect(await store.invalidate({ route }), route).toBe(1);
      expect(await store.get(entries[i]!.id)).toBeUndefined();
      for (const later of entries.slice(i + 1)) expect(await store.get(later.id), later.route).toBeDefined();
    }
  });

  it('refuses a vector whose dimension is not the keyspace dimension', async () => {
    const { store } = track(newStore(redis.server.url));
    await store.start();
    await expect(store.put(makeEntry({ vector: new Float32Array(DIMENSION + 1) }), 60_000)).rejects.toThrow(/dimensions/);
  });

  it('keeps a rejection for its TTL in its own key, and keeps rejections through flush', async () => {
    const { store } = track(newStore(redis.server.url));
    await store.start();
    await store.rejectPair('q1', 'e1', 30_000);
    const pttl = await redis.admin.sendCommand<number>(['PTTL', store.keys.feedback('q1', 'e1')]);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(30_000);
    await store.flush();
    expect(await store.isRejected('q1', 'e1')).toBe(true);
  });

  it('creates one tenant secret that every instance and embedder keyspace shares', async () => {
    const prefix = randomKeyPrefix('tenant');
    const { store: first } = track(newStore(redis.server.url, { basePrefix: prefix, embedderModel: 'a' }));
    const { store: second } = track(newStore(redis.server.url, { basePrefix: prefix, embedderModel: 'b', dimension: 100 }));
    await Promise.all([first.start(), second.start()]);
    const [a, b] = await Promise.all([first.getOrCreateTenantSecret(), second.getOrCreateTenantSecret()]);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    await first.flush();
    expect(await second.getOrCreateTenantSecret()).toBe(a);
  });

  it('starts once however often start() is called, and closes idempotently', async () => {
    const { store } = track(newStore(redis.server.url));
    expect(store.start()).toBe(store.start());
    await store.start();
    await store.close();
    await store.close();
    expect(store.reachable).toBe(false);
  });
});
