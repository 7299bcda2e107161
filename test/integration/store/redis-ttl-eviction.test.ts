import type { ChatCompletion } from '../../../src/cache/chat-types.ts';
/**
 * TTL and eviction against real Redis (issue 4, item 7): an entry past its TTL is never served; with a small
 * `maxmemory` and `allkeys-lru`, evicted entries simply miss (no errors, no half entries), and on the Query Engine
 * the index never returns a key that no longer exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisStore } from '../../../src/store/redis/redis-store.ts';
import type { CacheEntry } from '../../../src/store/vector-store.ts';
import {
  connectAdmin,
  deleteKeyspace,
  planRedis,
  startRedis,
  type AdminClient,
  type RedisServer,
} from '../../helpers/redis-harness.ts';
import { axis, DIMENSION, eventually, hex, makeEntry, newStore } from './redis-fixtures.ts';

const BUDGETS = { lookupMs: 5_000, writeMs: 5_000, adminMs: 30_000 };
const EVICTING = ['--maxmemory', '4mb', '--maxmemory-policy', 'allkeys-lru'];
/** ~12 MB of completions into a 4 MB server: most of it must be evicted. */
const ENTRY_COUNT = 800;
const COMPLETION_BYTES = 16 * 1024;

const plainPlan = await planRedis();
const evictingPlan = await planRedis({ args: EVICTING });
const evictingStackPlan = await planRedis({ stack: true, args: EVICTING });
for (const [name, plan] of [['TTL', plainPlan], ['eviction', evictingPlan], ['Query Engine eviction', evictingStackPlan]] as const) {
  if (plan.kind === 'unavailable') console.warn(`[redis-ttl-eviction] skipping ${name}: ${plan.reason}`);
}

/** A server, an admin connection and one started store, torn down after the describe block. */
function useRedis(needs: Parameters<typeof startRedis>[0]) {
  const context = {} as { server: RedisServer; admin: AdminClient; store: RedisStore; prefix: string };
  beforeAll(async () => {
    context.server = await startRedis(needs);
    context.admin = await connectAdmin(context.server.url);
    Object.assign(context, newStore(context.server.url, { budgets: BUDGETS }));
    await context.store.start();
  });
  afterAll(async () => {
    await context.store?.close();
    if (context.admin !== undefined) {
      await deleteKeyspace(context.admin, context.prefix);
      context.admin.destroy();
    }
    await context.server?.stop();
  });
  return context;
}

function bulkyEntry(overrides: Partial<CacheEntry> = {}): CacheEntry {
  const entry = makeEntry(overrides);
  (entry.completion as ChatCompletion).choices[0]!.message.content = hex(COMPLETION_BYTES / 2);
  return entry;
}

describe.skipIf(plainPlan.kind === 'unavailable')('Redis TTL', () => {
  const redis = useRedis({});

  it('never serves an entry past its TTL', async () => {
    const ttlMs = 300;
    const entry = makeEntry();
    await redis.store.put(entry, ttlMs);
    // Redis set the expiry while put was in flight, so it expires at the latest ttlMs after put returned: a read
    // that *starts* later than that must miss.
    const expiresBy = performance.now() + ttlMs;
    const hitsStartedAt: number[] = [];
    await eventually(async () => {
      const startedAt = performance.now();
      const got = await redis.store.get(entry.id);
      if (got !== undefined) hitsStartedAt.push(startedAt);
      return got === undefined;
    }, 'the entry to expire', 5_000, 10);
    expect(hitsStartedAt.length).toBeGreaterThan(0);
    for (const startedAt of hitsStartedAt) expect(startedAt).toBeLessThanOrEqual(expiresBy + 1);
    expect(await redis.store.get(entry.id)).toBeUndefined();
  });
});

describe.skipIf(evictingPlan.kind === 'unavailable')('Redis eviction (maxmemory 4mb, allkeys-lru)', () => {
  const redis = useRedis({ args: EVICTING });

  it('evicts whole entries under memory pressure, and an evicted entry is a plain miss', async () => {
    const written: CacheEntry[] = [];
    for (let i = 0; i < ENTRY_COUNT; i++) {
      const entry = bulkyEntry();
      await redis.store.put(entry, 600_000); // never an OOM error: allkeys-lru makes room instead
      written.push(entry);
    }
    const info = await redis.admin.sendCommand<string>(['INFO', 'stats']);
    expect(Number(/evicted_keys:(\d+)/.exec(info)?.[1])).toBeGreaterThan(0);
    // Redis evicts before any command while it is over maxmemory, reads included: lift the limit so the entries
    // counted below and the store's stats see the same keys (with it, a read evicted one more between the two).
    await redis.admin.sendCommand(['CONFIG', 'SET', 'maxmemory', '0']);

    let present = 0;
    for (const entry of written) {
      const got = await redis.store.get(entry.id); // never throws
      if (got === undefined) continue;
      present++;
      expect(got).toEqual(entry); // what survives is whole
    }
    expect(present).toBeGreaterThan(0);
    expect(present).toBeLessThan(ENTRY_COUNT);
    expect((await redis.store.stats()).entries).toBe(present);
  });
});

describe.skipIf(evictingStackPlan.kind === 'unavailable')('Redis Query Engine eviction', () => {
  const redis = useRedis({ stack: true, args: EVICTING });

  it('never returns an evicted key from the index', async () => {
    expect(redis.store.semantic).toBe(true);
    const partition = hex(16);
    for (let i = 0; i < ENTRY_COUNT; i++) {
      const vector = axis(i % DIMENSION);
      await redis.store.put(bulkyEntry({ partition, vector }), 600_000);
    }
    const found = await redis.store.nearest(partition, axis(0), ENTRY_COUNT);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(ENTRY_COUNT);
    for (const { id } of found) {
      expect(await redis.admin.sendCommand(['EXISTS', redis.store.keys.entry(id)]), id).toBe(1);
    }
  });
});
