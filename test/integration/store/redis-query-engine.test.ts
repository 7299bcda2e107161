/**
 * RedisStore on a Redis with the Query Engine (REDIS_STACK_URL, else redis:8 via testcontainers; skipped with the
 * printed reason otherwise): index creation at start, an entry vanishing between KNN and read, an index lost with
 * a restarted server, and invalidation through the index.
 */
import { describe, expect, it } from 'vitest';
import { entryIdOf } from '../../../src/store/placement.ts';
import { planRedis, randomKeyPrefix } from '../../helpers/redis-harness.ts';
import { axis, eventually, makeEntry, newStore, recordingLogger, succeeds, useRedisServer } from './redis-fixtures.ts';

const BUDGETS = { lookupMs: 5_000, writeMs: 5_000, adminMs: 30_000 };

const plan = await planRedis({ stack: true });
if (plan.kind === 'unavailable') console.warn(`[redis-query-engine] skipping: ${plan.reason}`);

describe.skipIf(plan.kind === 'unavailable')('RedisStore with the Query Engine', () => {
  const redis = useRedisServer({ stack: true });
  const track = redis.track;

  it('creates the index at start, named after the embedder, over the entry prefix only', async () => {
    const logger = recordingLogger();
    const { store } = track(newStore(redis.server.url, { budgets: BUDGETS, logger }));
    await store.start();
    expect(store.semantic).toBe(true);
    expect(await redis.admin.sendCommand<string[]>(['FT._LIST'])).toContain(store.keys.indexName);
    const info = await redis.admin.sendCommand<unknown[]>(['FT.INFO', store.keys.indexName]);
    expect(JSON.stringify(info)).toContain(store.keys.entryPrefix);
    expect(logger.lines.filter((line) => line.level === 'warn')).toEqual([]);
  });

  it('lets a second instance reuse the index', async () => {
    const prefix = randomKeyPrefix('shared-index');
    const { store: first } = track(newStore(redis.server.url, { budgets: BUDGETS, basePrefix: prefix }));
    const { store: second } = track(newStore(redis.server.url, { budgets: BUDGETS, basePrefix: prefix }));
    await Promise.all([first.start(), second.start()]);
    expect([first.semantic, second.semantic]).toEqual([true, true]);
    const entry = makeEntry({ vector: axis(0) });
    await first.put(entry, 60_000);
    expect((await second.nearest(entry.partition, axis(0), 1)).map((n) => n.id)).toEqual([entry.id]);
  });

  it('treats an entry that expires between the KNN result and the read as a miss', async () => {
    const { store } = track(newStore(redis.server.url, { budgets: BUDGETS }));
    await store.start();
    const entry = makeEntry({ vector: axis(0) });
    await store.put(entry, 60_000);
    const [found] = await store.nearest(entry.partition, axis(0), 1);
    expect(found?.id).toBe(entry.id);

    await redis.admin.sendCommand(['PEXPIRE', store.keys.entry(entry.id), '1']);
    await eventually(async () => (await redis.admin.sendCommand<number>(['EXISTS', store.keys.entry(entry.id)])) === 0, 'the key to expire');
    expect(await store.get(found!.id)).toBeUndefined();
    await eventually(async () => (await store.nearest(entry.partition, axis(0), 1)).length === 0, 'the index to drop it');
  });

  it('rebuilds its index when the server lost it (a restart without persistence)', async () => {
    const { store } = track(newStore(redis.server.url, { budgets: BUDGETS }));
    await store.start();
    await redis.admin.sendCommand(['FT.DROPINDEX', store.keys.indexName]);
    await expect(store.nearest('ab', axis(0), 1)).rejects.toThrow();
    await eventually(() => succeeds(() => store.nearest('ab', axis(0), 1)), 'the index to be recreated');
    const entry = makeEntry({ vector: axis(2) });
    await store.put(entry, 60_000);
    expect((await store.nearest(entry.partition, axis(2), 1)).map((n) => n.id)).toEqual([entry.id]);
  });

  it('indexes a partition-placed entry, whose key has a {hash tag} right after the entry prefix, and names it by its id', async () => {
    const { store } = track(newStore(redis.server.url, { budgets: BUDGETS }));
    await store.start();
    const base = makeEntry({ vector: axis(1) });
    const entry = { ...base, id: entryIdOf(base.id, base.partition, 'partition') };
    await store.put(entry, 60_000);
    expect(store.keys.entry(entry.id)).toContain(`:entry:{${entry.partition.slice(0, 8)}}`);
    const [found] = await store.nearest(entry.partition, axis(1), 1, { placement: 'partition' });
    expect(found?.id).toBe(entry.id);
    expect((await store.get(found!.id))?.text).toBe(entry.text);
    expect(await store.invalidate({ route: entry.route })).toBe(1);
  });

  it('invalidates through the index by exact values, whatever their punctuation, case or script', async () => {
    const { store } = track(newStore(redis.server.url, { budgets: BUDGETS }));
    await store.start();
    const routes = ['support', 'Support', 'support,beta', 'sup port', 'ü-route/v2', 'support*'];
    const entries = routes.map((route) => makeEntry({ route, vector: axis(0) }));
    for (const entry of entries) await store.put(entry, 60_000);
    for (const [i, route] of routes.entries()) {
      expect(await store.invalidate({ route }), route).toBe(1);
      for (const later of entries.slice(i + 1)) expect(await store.get(later.id), later.route).toBeDefined();
    }
    expect((await store.stats()).entries).toBe(0);
  });
});
