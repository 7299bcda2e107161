/**
 * A Redis out of memory under `noeviction` refuses writes with an OOM reply and keeps serving reads. A hostile tester
 * (session 36) saw those refusals open the store's circuit breaker, which also guards lookups: entries stored before
 * the cache filled up stopped being served (two thirds of their requests paid the upstream).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuardedStore } from '../../../src/store/guarded-store.ts';
import type { RedisStore } from '../../../src/store/redis/redis-store.ts';
import { connectAdmin, deleteKeyspace, planRedis, startRedis, type AdminClient, type RedisServer } from '../../helpers/redis-harness.ts';
import { makeEntry, newStore } from './redis-fixtures.ts';

const NOEVICTION = ['--maxmemory-policy', 'noeviction'];
const plan = await planRedis({ args: NOEVICTION });
if (plan.kind === 'unavailable') console.warn(`[redis-write-refusal] skipping: ${plan.reason}`);

describe.skipIf(plan.kind === 'unavailable')('a Redis that refuses writes for lack of memory', () => {
  let server: RedisServer;
  let admin: AdminClient;
  let store: RedisStore;
  let prefix: string;

  beforeAll(async () => {
    server = await startRedis({ args: NOEVICTION });
    admin = await connectAdmin(server.url);
    ({ store, prefix } = newStore(server.url));
    await store.start();
  });
  afterAll(async () => {
    await admin?.sendCommand(['CONFIG', 'SET', 'maxmemory', '0']);
    await store?.close();
    if (admin) await deleteKeyspace(admin, prefix);
    admin?.destroy();
    await server?.stop();
  });

  it('keeps serving stored entries while every write is refused (the breaker stays closed)', async () => {
    const guarded = new GuardedStore(store, { breaker: { failureThreshold: 3 } });
    const stored = makeEntry();
    await guarded.put(stored, 600_000);
    await admin.sendCommand(['CONFIG', 'SET', 'maxmemory', '1']);
    for (let i = 0; i < 6; i++) await expect(guarded.put(makeEntry(), 600_000)).rejects.toThrow(/OOM/);
    expect(guarded.breaker.isOpen).toBe(false);
    expect(await guarded.get(stored.id)).toEqual(stored);
  });
});
