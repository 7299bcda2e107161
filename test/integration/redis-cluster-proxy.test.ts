/**
 * The proxy on a real three-master Redis Cluster (issue 13), driven with the openai SDK: entries spread over every
 * master and are served from whichever holds them, and every Redis feature (TTL, shared tenant secret, coalescing
 * lock, rate limits, event stream, admin stats / invalidation / flush) works across slots. Debian's Redis has no
 * Query Engine, so the semantic tier is off here, with the reason in /readyz.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { planRedisCluster, pollUntil, startRedisCluster, type ClusterClient, type RedisClusterHarness } from '../helpers/redis-cluster-harness.ts';
import { randomKeyPrefix } from '../helpers/redis-harness.ts';
import { ask, discardLogs, uniqueQuestion, writesSettled } from './http/support.ts';

const plan = await planRedisCluster();
if (plan.kind === 'unavailable') console.warn(`[redis-cluster-proxy] skipping: ${plan.reason}`);

const ADMIN_TOKEN = 'admin-token-cluster-test';
const routes = [
  { name: 'limited', match: { pathPrefix: '/limited' }, rateLimit: { requests: 3, window: '1h' } },
  { name: 'support', match: { pathPrefix: '/support' } },
];

describe.skipIf(plan.kind === 'unavailable')('the proxy on a three-master Redis Cluster', () => {
  let cluster: RedisClusterHarness;
  let client: ClusterClient;
  let upstream: MockUpstream;
  let a: RunningProxy;
  let b: RunningProxy;
  const prefix = randomKeyPrefix('cluster');
  const entryPattern = `${prefix}:*:entry:*`;

  beforeAll(async () => {
    cluster = await startRedisCluster({ masters: 3 });
    client = await cluster.client();
    upstream = await new MockUpstream().start();
    // Generous budgets: these tests check behaviour, and a loaded CI box must not turn lookups into ERROR statuses.
    const config = { store: { keyPrefix: prefix, lookupTimeout: '2s', writeTimeout: '5s' }, routes, events: { maxLen: 1_000 } };
    const env = { REDIS_URL: cluster.clusterUrl, SEMCACHE_ADMIN_TOKEN: ADMIN_TOKEN };
    [a, b] = await Promise.all([
      startProxy(upstream, config, { logDestination: discardLogs }, env),
      startProxy(upstream, config, { logDestination: discardLogs }, env),
    ]);
  });

  afterAll(async () => {
    upstream?.release();
    await Promise.all([a?.stop(), b?.stop()]);
    client?.destroy();
    await cluster?.stop();
    await upstream?.stop();
  });

  async function admin(proxy: RunningProxy, path: string, body?: unknown) {
    const response = await fetch(`${proxy.origin}${path}`, {
      method: body === undefined && path === '/admin/stats' ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function entryCount(): Promise<number> {
    let count = 0;
    for (const keys of (await cluster.keysPerMaster(entryPattern)).values()) count += keys.length;
    return count;
  }

  it('says in /readyz that it runs in cluster mode on three masters, and why the semantic tier is off', async () => {
    const response = await fetch(`${a.origin}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ready', store: 'redis', mode: 'cluster', masters: 3, semantic: false, reachable: true,
      semanticOff: expect.stringMatching(/master 127\.0\.0\.1:\d+: the server has no Query Engine/),
    });
  });

  it('serves exact hits from entries spread over every master, to either instance', async () => {
    // Ids are digests, so 30 entries leave a master empty with probability 3 × (2/3)^30 ≈ 1.5e-5.
    const questions = Array.from({ length: 30 }, () => uniqueQuestion('Where does this entry live?'));
    for (const question of questions) expect((await ask(a.client(), question)).status).toBe('MISS');
    await writesSettled(a);
    for (const [i, question] of questions.entries()) {
      const hit = await ask((i % 2 === 0 ? a : b).client(), question);
      expect([hit.status, hit.match]).toEqual(['HIT', 'exact']);
    }
    const perMaster = await cluster.keysPerMaster(entryPattern);
    expect(perMaster.size).toBe(3);
    for (const keys of perMaster.values()) expect(keys.length).toBeGreaterThan(0);
  });

  it('shares one tenant secret: a single key every instance reads, so both derive the same tenants', async () => {
    const secret = await client.get(`${prefix}:tenant-secret`);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const question = uniqueQuestion('Tenant secret across instances');
    expect((await ask(b.client({ apiKey: 'sk-cluster-tenant' }), question)).status).toBe('MISS');
    await writesSettled(b);
    expect((await ask(a.client({ apiKey: 'sk-cluster-tenant' }), question)).status).toBe('HIT');
    // Another key is another tenant, on the other instance as well.
    expect((await ask(a.client({ apiKey: 'sk-cluster-other' }), question)).status).toBe('MISS');
  });

  it('gives each entry its own expiry (X-Cache-TTL) and misses once it has expired', async () => {
    const question = uniqueQuestion('Short-lived answer');
    const miss = await ask(a.client(), question, { headers: { 'x-cache-ttl': '1' } });
    expect(miss.status).toBe('MISS');
    await writesSettled(a);
    const [entryKey] = [...(await cluster.keysPerMaster(`${prefix}:*:entry:${miss.key}`)).values()].flat();
    expect(entryKey).toBeDefined();
    const ttl = await client.pTTL(entryKey!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1_000);
    await pollUntil(async () => (await client.exists(entryKey!)) === 0, 'the entry to expire', 10_000);
    expect((await ask(a.client(), question)).status).toBe('MISS');
  });

  it('coalesces identical misses across both instances: one upstream call in total', async () => {
    upstream.hold();
    const callsBefore = upstream.chatCalls.length;
    const question = uniqueQuestion('Coalesce me across the cluster');
    const answers = Promise.all([a, b, a, b, a, b].map((proxy) => ask(proxy.client(), question)));
    await eventually(() => upstream.chatCalls.length === callsBefore + 1, 5_000, 'the leader to call the upstream');
    await eventually(() => a.semcache.coalescer.waiting + b.semcache.coalescer.waiting >= 4, 5_000, 'followers on both instances');
    upstream.release();
    const results = await answers;
    expect(upstream.chatCalls.length).toBe(callsBefore + 1);
    expect(results.filter((result) => result.status === 'MISS')).toHaveLength(1);
    expect(new Set(results.map((result) => result.data.choices[0]!.message.content)).size).toBe(1);
  });

  it('shares one rate-limit allowance per tenant between the instances (both windows in one slot)', async () => {
    const post = (proxy: RunningProxy) => fetch(`${proxy.origin}/limited/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-cluster-limited', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: uniqueQuestion('limited') }] }),
    });
    expect((await post(a)).status).toBe(200);
    expect((await post(b)).status).toBe(200);
    expect((await post(a)).status).toBe(200);
    const refused = await post(b);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-cache-status')).toBeNull();
  });

  it('appends hit and miss events to the stream', async () => {
    const stream = `${prefix}:events`;
    const before = await client.xLen(stream);
    const question = uniqueQuestion('Event me');
    await ask(a.client(), question);
    await writesSettled(a);
    await ask(b.client(), question);
    await pollUntil(async () => (await client.xLen(stream)) >= before + 3, 'miss, store and hit events');
    const last = await client.xRevRange(stream, '+', '-', { COUNT: 1 });
    expect(last?.[0]?.message).toMatchObject({ type: 'hit' });
  });

  it('counts entries over every master in /admin/stats, and invalidates and flushes on every master', async () => {
    for (let i = 0; i < 6; i++) await ask(a.client({ route: 'support' }), uniqueQuestion('Support question'));
    await writesSettled(a);
    const total = await entryCount();
    const stats = await admin(a, '/admin/stats');
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ store: expect.objectContaining({ mode: 'cluster', masters: 3, entries: total }) });

    const invalidated = await admin(b, '/admin/invalidate', { route: 'support' });
    expect(invalidated).toEqual({ status: 200, body: { deleted: 6 } });
    expect(await entryCount()).toBe(total - 6);

    const flushed = await admin(a, '/admin/flush', {});
    expect(flushed).toEqual({ status: 200, body: { deleted: total - 6 } });
    expect(await entryCount()).toBe(0);
    expect(await client.get(`${prefix}:tenant-secret`)).not.toBeNull();
  });
});
