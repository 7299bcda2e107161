import { createHash, createHmac } from 'node:crypto';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { dumpRedis } from '../helpers/redis-dump.ts';
import { connectAdmin, planRedis, randomKeyPrefix, startRedis, stopRedisFixture, type AdminClient, type RedisServer } from '../helpers/redis-harness.ts';
import { KeyedUpstream } from './audit-12-keyed-upstream.ts';

/**
 * Audit 12 with a real redis-server shared by two instances: the entry's keeper in Redis (a keyed hash, never the
 * key), entries written the old way (no keeper field), the lock coalescer's stored-elsewhere path, and whether a
 * store: true request on the second instance is ever served ids its key cannot continue from.
 */

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[audit-12-redis] skipping: ${plan.reason}`);

const SECRET = 'audit12-secret';

describe.skipIf(plan.kind === 'unavailable')('ids and keepers with Redis, two instances', () => {
  let server: RedisServer;
  let admin: AdminClient;
  let upstream: KeyedUpstream;
  let one: RunningProxy;
  let two: RunningProxy;
  const logs: string[] = [];
  const prefix = randomKeyPrefix('audit12');

  beforeAll(async () => {
    server = await startRedis();
    admin = await connectAdmin(server.url);
    upstream = await new KeyedUpstream().start();
    const config = { store: { keyPrefix: prefix }, routes: [{ name: 'shared', match: { pathPrefix: '/shared' }, share: true }] };
    const env = { REDIS_URL: server.url, SEMCACHE_TENANT_SECRET: SECRET };
    const logDestination = { write: (line: string) => void logs.push(line) };
    one = await startProxy({ baseUrl: upstream.baseUrl } as never, config, { logDestination }, env);
    two = await startProxy({ baseUrl: upstream.baseUrl } as never, config, { logDestination }, env);
  });
  afterAll(() => stopRedisFixture({ proxies: [one, two], admin, prefix, upstream, server }));

  let unique = 0;
  const tag = () => `${++unique}${Math.random().toString(36).slice(2, 6)}`;
  const settled = () => eventually(() => one.semcache.coalescer.size === 0 && two.semcache.coalescer.size === 0, 5_000, 'cache writes');

  async function respond(proxy: RunningProxy, apiKey: string, body: Record<string, unknown>, route?: string) {
    const { data, response } = await proxy.client({ apiKey, route }).responses.create({ model: 'gpt-4o-mini', ...body } as never).withResponse();
    const result = data as unknown as OpenAI.Responses.Response;
    return { id: result.id, status: response.headers.get('x-cache-status'), match: response.headers.get('x-cache-match'), key: response.headers.get('x-cache-key') };
  }

  async function nextTurn(proxy: RunningProxy, apiKey: string, id: string, route?: string): Promise<string> {
    return proxy
      .client({ apiKey, route })
      .responses.create({ model: 'gpt-4o-mini', input: `Continue ${tag()}`, previous_response_id: id })
      .then(() => 'answered', (error: InstanceType<typeof OpenAI.APIError>) => `${error.status}`);
  }

  async function entryKey(id: string): Promise<string> {
    const keys = await admin.keys(`${prefix}*entry*${id}`);
    expect(keys).toHaveLength(1);
    return keys[0]!;
  }

  it('(4) records the keeper as a keyed hash: Redis, logs and metrics never hold the key (conforms)', async () => {
    const apiKey = `sk-a12-secret-${tag()}`;
    const miss = await respond(one, apiKey, { input: `Suggest a name for an owl (${tag()})` }, 'shared');
    await settled();
    const keeper = await admin.hGet(await entryKey(miss.key!), 'keeper');
    expect(keeper).toMatch(/^[0-9a-f]{32}$/);
    // Not an unkeyed digest of the key (a dictionary of leaked keys would find it), but the HMAC with the secret.
    expect(keeper).not.toBe(createHash('sha256').update(apiKey).digest('hex').slice(0, 32));
    expect(keeper).not.toBe(createHash('sha256').update(`Bearer ${apiKey}`).digest('hex').slice(0, 32));
    expect(createHmac('sha256', 'another-secret').update(apiKey).digest('hex').slice(0, 32)).not.toBe(keeper);
    const dump = (await dumpRedis(admin, `${prefix}*`)).toString('latin1');
    expect(dump).not.toContain(apiKey);
    expect(dump).not.toContain(apiKey.slice(3));
    const metrics = (await (await fetch(`${one.origin}/metrics`)).text()) + (await (await fetch(`${two.origin}/metrics`)).text());
    expect(metrics).not.toContain(apiKey.slice(3));
    expect(metrics).not.toContain(keeper);
    expect(logs.join('')).not.toContain(apiKey.slice(3));
  });

  it('(3) an entry written without keeper (the old way) is not served with its ids on a share route, to any key (conforms)', async () => {
    const input = `Suggest a name for a newt (${tag()})`;
    const alice = await respond(one, 'sk-a12-alice', { input }, 'shared');
    await settled();
    const key = await entryKey(alice.key!);
    expect(await admin.hDel(key, 'keeper')).toBe(1);
    expect(await admin.hGet(key, 'upstream')).toBe('1');
    const bob = await respond(two, 'sk-a12-bob', { input }, 'shared');
    expect(bob.status).toBe('MISS');
    expect(bob.id).not.toBe(alice.id);
    expect(await nextTurn(two, 'sk-a12-bob', bob.id, 'shared')).toBe('answered');
  });

  it('(3) an entry written without keeper on a route that does not share is served to its own key with its ids (conforms)', async () => {
    const input = `Suggest a name for a toad (${tag()})`;
    const alice = await respond(one, 'sk-a12-alice', { input });
    await settled();
    expect(await admin.hDel(await entryKey(alice.key!), 'keeper')).toBe(1);
    const again = await respond(two, 'sk-a12-alice', { input });
    expect([again.status, again.id]).toEqual(['HIT', alice.id]);
    expect(await nextTurn(two, 'sk-a12-alice', again.id)).toBe('answered');
  });

  it('(3) an entry a store: false request wrote is never served with ids to a store: true request on the other instance (conforms)', async () => {
    const input = `Suggest a name for a mole (${tag()})`;
    const unstored = await respond(one, 'sk-a12-alice', { input, store: false });
    await settled();
    const stored = await respond(two, 'sk-a12-alice', { input });
    expect([unstored.status, stored.status]).toEqual(['MISS', 'MISS']);
    expect(await nextTurn(two, 'sk-a12-alice', stored.id)).toBe('answered');
  });

  // A store: true entry's id holds its key on a share route (KeyScope.keeper): bob neither waits for alice's call
  // on the other instance nor takes its answer, whose ids are alice's.
  it('(2) another key\'s store: true call on the other instance is no leader to wait for or take ids from (share route)', async () => {
    const input = `Suggest a name for a lynx (${tag()})`;
    upstream.hold();
    const leader = respond(one, 'sk-a12-alice', { input }, 'shared');
    await eventually(() => upstream.posts.some((call) => call.body?.input === input), 5_000, 'leader call');
    const follower = respond(two, 'sk-a12-bob', { input }, 'shared');
    await eventually(() => upstream.posts.filter((call) => call.body?.input === input).length === 2, 5_000, "bob's own upstream call");
    expect(two.semcache.coalescer.waiting).toBe(0);
    upstream.release();
    const [a, b] = await Promise.all([leader, follower]);
    expect(a.status).toBe('MISS');
    expect(b.id).not.toBe(a.id);
    expect(await nextTurn(two, 'sk-a12-bob', b.id, 'shared')).toBe('answered');
  });

  it('(2) stored-elsewhere: the same key\'s answer is served as coalesced with the original id (conforms)', async () => {
    const input = `Suggest a name for a puma (${tag()})`;
    upstream.hold();
    const leader = respond(one, 'sk-a12-alice', { input }, 'shared');
    await eventually(() => upstream.posts.some((call) => call.body?.input === input), 5_000, 'leader call');
    const follower = respond(two, 'sk-a12-alice', { input }, 'shared');
    await eventually(() => two.semcache.coalescer.waiting > 0, 5_000, 'waiting on the other instance');
    upstream.release();
    const [a, b] = await Promise.all([leader, follower]);
    expect([a.status, b.status, b.match, b.id]).toEqual(['MISS', 'HIT', 'coalesced', a.id]);
  });

  // README (Running with Redis): "concurrent identical misses on different instances make one upstream call; the
  // others get X-Cache-Match: coalesced". When the key already holds an entry the requests cannot use (here one a
  // store: false request wrote), #waitForOtherLeader returns that entry on its first poll (it reads "an entry under
  // the digest", not the leader's), #idsUsable refuses it, and the second instance calls the upstream too.
  it('(2) makes one upstream call for concurrent store: true misses on two instances when the key holds an unusable entry', async () => {
    const input = `Suggest a name for a bison (${tag()})`;
    await respond(one, 'sk-a12-alice', { input, store: false });
    await settled();
    const callsFor = () => upstream.posts.filter((call) => call.body?.input === input && call.body?.store !== false).length;
    upstream.hold();
    const leader = respond(one, 'sk-a12-alice', { input });
    await eventually(() => callsFor() === 1, 5_000, 'leader call');
    const follower = respond(two, 'sk-a12-alice', { input });
    // With the bug the follower took the unusable entry at once and called upstream; now it waits for the leader.
    await eventually(() => two.semcache.coalescer.waiting > 0, 5_000, 'the follower waiting for the other instance');
    expect(callsFor()).toBe(1);
    upstream.release();
    const [a, b] = await Promise.all([leader, follower]);
    expect([b.status, b.match, b.id === a.id, callsFor()]).toEqual(['HIT', 'coalesced', true, 1]);
  });
});
