/**
 * Route option `placement: partition` on a real three-master Redis Cluster (issue 13), driven with the openai SDK:
 * every key of a partition-placed entry carries its partition's hash tag, so one partition lives on one master,
 * while exact hits, TTLs, admin delete / feedback / invalidate / flush and cross-instance coalescing work as for
 * spread entries. Debian's Redis has no Query Engine, so the KNN half (one master asked) is covered by the pure
 * planner test (test/unit/store/redis/per-master-index.test.ts) and the Query Engine cluster suite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster } from 'redis';
import { keySlot } from '../../src/store/redis/per-master-index.ts';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { planRedisCluster, startRedisCluster, type ClusterClient, type RedisClusterHarness } from '../helpers/redis-cluster-harness.ts';
import { randomKeyPrefix } from '../helpers/redis-harness.ts';
import { ask, discardLogs, uniqueQuestion, writesSettled } from './http/support.ts';

const plan = await planRedisCluster();
if (plan.kind === 'unavailable') console.warn(`[redis-cluster-placement] skipping: ${plan.reason}`);

const ADMIN_TOKEN = 'admin-token-placement-test';
const PLACED_ID = /^([0-9a-f]{8})-([0-9a-f]{32})$/;
const routes = (placement: 'spread' | 'partition') => [
  { name: 'tiny', match: { pathPrefix: '/tiny' }, placement },
  { name: 'wide', match: { pathPrefix: '/wide' } },
];

describe.skipIf(plan.kind === 'unavailable')('placement: partition on a three-master Redis Cluster', () => {
  let cluster: RedisClusterHarness;
  let client: ClusterClient;
  let upstream: MockUpstream;
  let a: RunningProxy;
  let b: RunningProxy;
  const prefix = randomKeyPrefix('placement');
  const config = (placement: 'spread' | 'partition') => ({
    store: { keyPrefix: prefix, lookupTimeout: '2s', writeTimeout: '5s' },
    routes: routes(placement),
  });

  beforeAll(async () => {
    cluster = await startRedisCluster({ masters: 3 });
    client = await cluster.client();
    upstream = await new MockUpstream().start();
    const env = { REDIS_URL: cluster.clusterUrl, SEMCACHE_ADMIN_TOKEN: ADMIN_TOKEN };
    [a, b] = await Promise.all([
      startProxy(upstream, config('partition'), { logDestination: discardLogs }, env),
      startProxy(upstream, config('partition'), { logDestination: discardLogs }, env),
    ]);
  });

  afterAll(async () => {
    upstream?.release();
    await Promise.all([a?.stop(), b?.stop()]);
    client?.destroy();
    await cluster?.stop();
    await upstream?.stop();
  });

  /** A client of `route` whose requests all fall in one partition per namespace. */
  const inPartition = (proxy: RunningProxy, namespace: string, route = 'tiny') =>
    proxy.client({ route, headers: { 'x-cache-namespace': namespace } });

  async function admin(proxy: RunningProxy, method: string, path: string, body?: unknown) {
    const response = await fetch(`${proxy.origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** Masters holding at least one key matching `pattern`, with how many each. */
  async function mastersHolding(pattern: string): Promise<Map<string, number>> {
    const holding = new Map<string, number>();
    for (const [master, keys] of await cluster.keysPerMaster(pattern)) if (keys.length > 0) holding.set(master, keys.length);
    return holding;
  }

  /** The entry key of a partition-placed id, as Redis names it (`…:entry:{tag}digest`), found by SCAN. */
  async function entryKeyOf(id: string): Promise<string | undefined> {
    const [, tag, digest] = PLACED_ID.exec(id)!;
    return [...(await cluster.keysPerMaster(`${prefix}:*:entry:{${tag}}${digest}`)).values()].flat()[0];
  }

  /** Asks `count` distinct questions in one partition; all miss, all get stored. */
  async function fillPartition(proxy: RunningProxy, namespace: string, count: number, route = 'tiny') {
    const asked = [];
    for (let i = 0; i < count; i++) {
      const question = uniqueQuestion(`Partition ${namespace} question ${i}`);
      const answer = await ask(inPartition(proxy, namespace, route), question);
      expect(answer.status).toBe('MISS');
      asked.push({ question, key: answer.key });
    }
    await writesSettled(proxy);
    return asked;
  }

  it('keeps every entry of one partition on one master, in one slot, with exact hits and TTLs as usual', async () => {
    const asked = await fillPartition(a, 'one-master', 12);
    const tags = new Set(asked.map(({ key }) => PLACED_ID.exec(key)?.[1]));
    expect(tags.size).toBe(1);
    const [tag] = [...tags] as string[];

    const holding = await mastersHolding(`${prefix}:*:entry:{${tag}}*`);
    expect([...holding.values()]).toEqual([12]);
    const owner = await cluster.ownerOf(keySlot(`{${tag}}`));
    expect([...holding.keys()]).toEqual([owner.address]);
    for (const { key, question } of asked) {
      const entryKey = await entryKeyOf(key);
      expect(entryKey).toBeDefined();
      // Redis's own slot of the key, not our CRC16: the tag's slot.
      expect(await client.sendCommand(entryKey!, true, ['CLUSTER', 'KEYSLOT', entryKey!])).toBe(keySlot(`{${tag}}`));
      expect(await client.pTTL(entryKey!)).toBeGreaterThan(0);
      const hit = await ask(inPartition(b, 'one-master'), question);
      expect([hit.status, hit.match, hit.key]).toEqual(['HIT', 'exact', key]);
    }
  });

  it('spreads a spread route\'s partition over the masters, and puts different partitions on different masters', async () => {
    // Spread: 12 entries of one partition on a single master would have probability 3 × (1/3)^12 ≈ 6e-6.
    const spread = await fillPartition(a, 'spread-partition', 12, 'wide');
    for (const { key } of spread) expect(key).toMatch(/^[0-9a-f]{32}$/);
    const spreadKeys = spread.map(({ key }) => `${prefix}:*:entry:${key}`);
    const spreadMasters = new Set<string>();
    for (const pattern of spreadKeys) for (const master of (await mastersHolding(pattern)).keys()) spreadMasters.add(master);
    expect(spreadMasters.size).toBeGreaterThan(1);

    // Partition: 12 partitions of two entries each; each on one master, and not all on the same one.
    const partitionMasters = new Set<string>();
    for (let p = 0; p < 12; p++) {
      const asked = await fillPartition(b, `many-${p}`, 2);
      const [tag] = new Set(asked.map(({ key }) => PLACED_ID.exec(key)![1]));
      const holding = await mastersHolding(`${prefix}:*:entry:{${tag}}*`);
      expect([...holding.values()]).toEqual([2]);
      partitionMasters.add([...holding.keys()][0]!);
    }
    expect(partitionMasters.size).toBeGreaterThan(1);
  });

  it('deletes a partition-placed entry by its X-Cache-Key with DELETE /admin/entries/{id}; the next request misses', async () => {
    const { question, key } = (await fillPartition(a, 'delete-me', 1))[0]!;
    expect(key).toMatch(PLACED_ID);
    expect(await entryKeyOf(key)).toBeDefined();
    expect(await admin(b, 'DELETE', `/admin/entries/${key}`)).toEqual({ status: 200, body: { id: key, deleted: true } });
    expect(await entryKeyOf(key)).toBeUndefined();
    expect((await ask(inPartition(a, 'delete-me'), question)).status).toBe('MISS');
  });

  it('records feedback in the partition\'s slot and deletes the entry it names', async () => {
    const { question, key } = (await fillPartition(a, 'feedback', 1))[0]!;
    const hit = await ask(inPartition(b, 'feedback'), question);
    expect(hit.status).toBe('HIT');
    const feedback = await admin(a, 'POST', '/admin/feedback', { entry: hit.key, query: hit.query });
    expect(feedback).toEqual({ status: 200, body: { entry: key, query: hit.query, deleted: true, rejected: true } });
    const [, tag] = PLACED_ID.exec(hit.query)!;
    const records = [...(await cluster.keysPerMaster(`${prefix}:*:feedback:*`)).values()].flat();
    expect(records).toHaveLength(1);
    expect(keySlot(records[0]!)).toBe(keySlot(`{${tag}}`));
    expect((await ask(inPartition(b, 'feedback'), question)).status).toBe('MISS');
  });

  it('coalesces identical misses of a partition-placed route across both instances, under a lock in the partition\'s slot', async () => {
    upstream.hold();
    const callsBefore = upstream.chatCalls.length;
    const question = uniqueQuestion('Coalesce me in one partition');
    const answers = Promise.all([a, b, a, b, a, b].map((proxy) => ask(inPartition(proxy, 'coalesce'), question)));
    await eventually(() => upstream.chatCalls.length === callsBefore + 1, 5_000, 'the leader to call the upstream');
    await eventually(() => a.semcache.coalescer.waiting + b.semcache.coalescer.waiting >= 4, 5_000, 'followers on both instances');
    const locks = [...(await cluster.keysPerMaster(`${prefix}:*:lock:*`)).values()].flat();
    upstream.release();
    const results = await answers;
    expect(upstream.chatCalls.length).toBe(callsBefore + 1);
    expect(results.filter((result) => result.status === 'MISS')).toHaveLength(1);
    expect(new Set(results.map((result) => result.key)).size).toBe(1);
    const [, tag, digest] = PLACED_ID.exec(results[0]!.key)!;
    const lock = locks.filter((key) => key.endsWith(`:lock:{${tag}}${digest}`));
    expect(lock).toHaveLength(1);
    expect(keySlot(lock[0]!)).toBe(keySlot(`{${tag}}`));
  });

  it('misses entries written under the other placement once a route switches (their ids differ), with no migration', async () => {
    const env = { REDIS_URL: cluster.clusterUrl, SEMCACHE_ADMIN_TOKEN: ADMIN_TOKEN };
    const spread = await startProxy(upstream, config('spread'), { logDestination: discardLogs }, env);
    try {
      const question = uniqueQuestion('Placement switch');
      const placed = await ask(inPartition(a, 'switch'), question);
      await writesSettled(a);
      const before = await ask(inPartition(spread, 'switch'), question);
      expect(before.status).toBe('MISS');
      expect(before.key).toBe(PLACED_ID.exec(placed.key)![2]);
      await writesSettled(spread);
      expect((await ask(inPartition(spread, 'switch'), question)).status).toBe('HIT');
      const back = await ask(inPartition(a, 'switch'), question);
      expect([back.status, back.key]).toEqual(['HIT', placed.key]);
    } finally {
      await spread.stop();
    }
  });

  it('finds partition-placed entries for invalidate by route and flush, on every master', async () => {
    await admin(a, 'POST', '/admin/flush', {});
    for (let p = 0; p < 4; p++) await fillPartition(a, `invalidate-${p}`, 3);
    await fillPartition(a, 'other-route', 2, 'wide');
    const stats = await admin(b, 'GET', '/admin/stats');
    expect(stats.body).toMatchObject({ store: expect.objectContaining({ entries: 14 }) });
    expect(await admin(b, 'POST', '/admin/invalidate', { route: 'tiny' })).toEqual({ status: 200, body: { deleted: 12 } });
    expect([...(await mastersHolding(`${prefix}:*:entry:{*`)).values()]).toEqual([]);
    for (let p = 0; p < 2; p++) await fillPartition(b, `flush-${p}`, 2);
    expect(await admin(a, 'POST', '/admin/flush', {})).toEqual({ status: 200, body: { deleted: 6 } });
    expect(await mastersHolding(`${prefix}:*:entry:*`)).toEqual(new Map());
  });
});

const stackSeeds = (process.env['REDIS_STACK_CLUSTER_URLS'] ?? '').split(',').map((url) => url.trim()).filter(Boolean);
if (stackSeeds.length === 0) console.warn('[redis-cluster-placement] skipping the Query Engine case: set REDIS_STACK_CLUSTER_URLS (seeds of a cluster whose masters load it)');

describe.skipIf(stackSeeds.length === 0)('placement: partition on a Redis Cluster with the Query Engine', () => {
  let upstream: MockUpstream;
  let proxy: RunningProxy;
  const prefix = randomKeyPrefix('placement-qe');

  beforeAll(async () => {
    upstream = await new MockUpstream().start();
    const config = { store: { keyPrefix: prefix, lookupTimeout: '2s', writeTimeout: '5s' }, routes: routes('partition') };
    proxy = await startProxy(upstream, config, { logDestination: discardLogs }, { REDIS_URL: stackSeeds.join(',') });
  });

  afterAll(async () => {
    await proxy?.semcache.store.flush().catch(() => 0);
    await proxy?.stop();
    await upstream?.stop();
    // Drop this test's per-master indexes (their names start with its random prefix).
    const admin = createCluster({ rootNodes: stackSeeds.map((url) => ({ url })), RESP: 2, defaults: { maintNotifications: 'disabled' } });
    admin.on('error', () => {});
    await admin.connect();
    for (const master of admin.masters) {
      const node = await admin.nodeClient(master);
      for (const name of await node.sendCommand<string[]>(['FT._LIST']).catch(() => [])) {
        if (name.startsWith(prefix)) await node.sendCommand(['FT.DROPINDEX', name]).catch(() => {});
      }
    }
    admin.destroy();
  });

  it('serves a paraphrase from a partition-placed route\'s partition', async () => {
    const client = proxy.client({ route: 'tiny' });
    const original = await ask(client, 'How do I reset my password?');
    expect(original.status).toBe('MISS');
    expect(original.key).toMatch(PLACED_ID);
    await writesSettled(proxy);
    const paraphrase = await ask(client, 'how do i reset my password');
    expect([paraphrase.status, paraphrase.match, paraphrase.key]).toEqual(['HIT', 'semantic', original.key]);
  });
});
