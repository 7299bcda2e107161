/**
 * Rate limits with the Redis store: counted in Redis, so proxy instances sharing a Redis share each tenant's
 * allowance; and when Redis is unreachable the limiter fails open (requests go through, a fault is counted).
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../../helpers/proxy.ts';
import { connectAdmin, deleteKeyspace, planRedis, randomKeyPrefix, startRedis, type RedisServer } from '../../helpers/redis-harness.ts';
import { sampleValue } from '../../unit/observability/prometheus-text.ts';
import { discardLogs, uniqueQuestion, writesSettled } from './support.ts';

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[rate-limit-redis] skipping: ${plan.reason}`);

const routes = [{ name: 'limited', match: { pathPrefix: '/limited' }, rateLimit: { requests: 3, window: '1h' } }];

async function post(proxy: RunningProxy, apiKey: string, content: string) {
  const response = await fetch(`${proxy.origin}/limited/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }),
  });
  return { status: response.status, cache: response.headers.get('x-cache-status'), retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
}

describe.skipIf(plan.kind === 'unavailable')('rate limits on Redis', () => {
  let upstream: MockUpstream;
  let server: RedisServer;
  const prefix = randomKeyPrefix('ratelimit-http');
  let first: RunningProxy;
  let second: RunningProxy;

  beforeAll(async () => {
    upstream = await new MockUpstream().start();
    server = await startRedis();
    const config = { store: { keyPrefix: prefix }, routes };
    first = await startProxy(upstream, config, { logDestination: discardLogs }, { REDIS_URL: server.url });
    second = await startProxy(upstream, config, { logDestination: discardLogs }, { REDIS_URL: server.url });
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    if (server) {
      const admin = await connectAdmin(server.url);
      await deleteKeyspace(admin, prefix);
      admin.destroy();
      await server.stop();
    }
    await upstream?.stop();
  });

  it('shares one allowance per tenant between two proxy instances', async () => {
    const apiKey = 'sk-shared-limit-one';
    expect((await post(first, apiKey, uniqueQuestion())).status).toBe(200);
    expect((await post(second, apiKey, uniqueQuestion())).status).toBe(200);
    expect((await post(first, apiKey, uniqueQuestion())).status).toBe(200);

    const refusedBySecond = await post(second, apiKey, uniqueQuestion());
    expect(refusedBySecond.status).toBe(429);
    expect(refusedBySecond.body.error).toMatchObject({ type: 'requests', code: 'rate_limit_exceeded' });
    expect(Number(refusedBySecond.retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await post(first, apiKey, uniqueQuestion())).status).toBe(429);
    // Another tenant is unaffected, on either instance.
    expect((await post(second, 'sk-shared-limit-two', uniqueQuestion())).status).toBe(200);
  });

  it('does not count hits served by either instance', async () => {
    const apiKey = 'sk-shared-limit-hits';
    const question = uniqueQuestion();
    expect((await post(first, apiKey, question)).cache).toBe('MISS');
    await writesSettled(first);
    // The exact tier on plain Redis serves the other instance too (shared tenant secret, shared store).
    for (let i = 0; i < 6; i++) {
      const hit = await post(i % 2 === 0 ? second : first, apiKey, question);
      expect([hit.status, hit.cache]).toEqual([200, 'HIT']);
    }
    expect((await post(second, apiKey, uniqueQuestion())).status).toBe(200);
    expect((await post(first, apiKey, uniqueQuestion())).status).toBe(200);
    expect((await post(second, apiKey, uniqueQuestion())).status).toBe(429);
  });
});

describe('rate limits with Redis unreachable', () => {
  it('fails open: requests go through (X-Cache-Status ERROR) and each failed check is counted as a fault', async () => {
    const upstream = await new MockUpstream().start();
    const port = await closedPort();
    const proxy = await startProxy(upstream, { routes }, { logDestination: discardLogs }, { REDIS_URL: `redis://127.0.0.1:${port}` });
    try {
      for (let i = 0; i < 5; i++) {
        const answer = await post(proxy, 'sk-redis-down', uniqueQuestion());
        expect(answer.status).toBe(200);
        expect(answer.cache).toBe('ERROR');
      }
      const metrics = await (await fetch(`${proxy.origin}/metrics`)).text();
      expect(sampleValue(metrics, 'semcache_store_errors_total', { stage: 'rate-limit' })).toBe(5);
      expect(sampleValue(metrics, 'semcache_rate_limited_total', { route: 'limited' }) ?? 0).toBe(0);
    } finally {
      await proxy.stop();
      await upstream.stop();
    }
  });
});

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
