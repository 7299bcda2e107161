/**
 * RedisRateLimiter against a real Redis (REDIS_URL, else a spawned redis-server): the Lua script agrees with the
 * in-memory limiter decision for decision, counts are shared by every limiter on the server, and counters expire.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from '../../../src/rate-limit/memory-rate-limiter.ts';
import { RedisKeys } from '../../../src/store/redis/keys.ts';
import { RedisRateLimiter } from '../../../src/store/redis/redis-rate-limiter.ts';
import {
  connectAdmin,
  deleteKeyspace,
  planRedis,
  randomKeyPrefix,
  startRedis,
  type AdminClient,
  type RedisServer,
} from '../../helpers/redis-harness.ts';

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[redis-rate-limiter] skipping: ${plan.reason}`);

describe.skipIf(plan.kind === 'unavailable')('RedisRateLimiter', () => {
  let server: RedisServer;
  let admin: AdminClient;
  let prefix: string;

  beforeAll(async () => {
    server = await startRedis();
    admin = await connectAdmin(server.url);
  });
  beforeEach(() => {
    prefix = randomKeyPrefix('ratelimit');
  });
  afterEach(async () => {
    await deleteKeyspace(admin, prefix);
  });
  afterAll(async () => {
    admin?.destroy();
    await server?.stop();
  });

  /** A limiter under this test's key prefix, sending through `client` (another connection = another instance). */
  function limiter(now: () => number, client: AdminClient = admin) {
    const keys = new RedisKeys({ basePrefix: prefix, embedderModel: 'm', dimension: 1 });
    return {
      keys,
      limiter: new RedisRateLimiter({ send: (args) => client.sendCommand(args), counterKey: (bucket, window) => keys.rateLimit(bucket, window), now }),
    };
  }

  it('makes the same decisions as the in-memory limiter across windows, including the wait', async () => {
    let now = 1_000_000_000;
    const clock = () => now;
    const { limiter: redis } = limiter(clock);
    const memory = new MemoryRateLimiter({ now: clock });
    const limit = { requests: 5, windowMs: 10_000 };
    // A fixed pseudo-random walk through time: bursts, pauses, window boundaries.
    let seed = 7;
    const seen = { allowed: 0, refused: 0 };
    for (let step = 0; step < 300; step++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      now += seed % 5 === 0 ? seed % 9_000 : seed % 400;
      const bucket = `route:${seed % 3}`;
      const decision = await memory.consume(bucket, limit);
      expect(await redis.consume(bucket, limit)).toEqual(decision);
      seen[decision.allowed ? 'allowed' : 'refused']++;
    }
    expect(seen.allowed).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
  });

  it('shares counts between limiters on different connections (different proxy instances)', async () => {
    const other = await connectAdmin(server.url);
    try {
      const now = () => 5_000_000;
      const first = limiter(now).limiter;
      const second = limiter(now, other).limiter;
      const limit = { requests: 3, windowMs: 60_000 };
      expect((await first.consume('r:t', limit)).allowed).toBe(true);
      expect((await second.consume('r:t', limit)).allowed).toBe(true);
      expect((await first.consume('r:t', limit)).allowed).toBe(true);
      expect((await second.consume('r:t', limit)).allowed).toBe(false);
      expect((await first.consume('r:t', limit)).allowed).toBe(false);
    } finally {
      other.destroy();
    }
  });

  it('reloads its script after the server forgot it (SCRIPT FLUSH, or a restart)', async () => {
    const { limiter: redis } = limiter(() => 9_000_000);
    const limit = { requests: 2, windowMs: 60_000 };
    await redis.consume('flushed', limit);
    await admin.sendCommand(['SCRIPT', 'FLUSH']);
    expect(await redis.consume('flushed', limit)).toEqual({ allowed: true });
    expect((await redis.consume('flushed', limit)).allowed).toBe(false);
  });

  it('keeps a window\'s counter for two windows and no longer, under the rate-limit key prefix', async () => {
    const { limiter: redis, keys } = limiter(() => 12_345_000);
    await redis.consume('expiring', { requests: 5, windowMs: 60_000 });
    const key = keys.rateLimit('expiring', Math.floor(12_345_000 / 60_000));
    expect(await admin.get(key)).toBe('1');
    const ttl = await admin.pTTL(key);
    expect(ttl).toBeGreaterThan(60_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
  });
});
