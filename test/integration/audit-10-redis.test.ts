import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { connectAdmin, deleteKeyspace, planRedis, randomKeyPrefix, startRedis, type AdminClient, type RedisServer } from '../helpers/redis-harness.ts';
import { dumpRedis } from '../helpers/redis-dump.ts';
import { ask, discardLogs, uniqueQuestion, writesSettled } from './http/support.ts';

/**
 * Audit 10: the Redis store seen through the proxy. What lands in Redis (credentials of every kind never do),
 * entry TTLs (route ttl, X-Cache-TTL, maxTtl, slideTtl), admin invalidation by tenant / route / model, and the
 * keyed tenant hash across proxy restarts.
 */

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[audit-10-redis] skipping: ${plan.reason}`);

const ADMIN_TOKEN = 'audit10-admin-token';

describe.skipIf(plan.kind === 'unavailable')('the Redis store through the proxy', () => {
  let server: RedisServer;
  let admin: AdminClient;
  let upstream: MockUpstream;
  const prefixes: string[] = [];
  const running: RunningProxy[] = [];

  beforeAll(async () => {
    server = await startRedis();
    admin = await connectAdmin(server.url);
    upstream = await new MockUpstream().start();
  });
  afterAll(async () => {
    for (const proxy of running) await proxy.stop().catch(() => {});
    if (admin) {
      for (const prefix of prefixes) await deleteKeyspace(admin, prefix);
      admin.destroy();
    }
    await upstream?.stop();
    await server?.stop();
  });

  // What these tests check is where entries land, not the store's time budgets: a write that outlasts the default
  // 1 s while the machine runs other suites is dropped (by design), which read as a missing entry here.
  const LOADED_MACHINE_TIMEOUTS = { lookupTimeout: '10s', writeTimeout: '30s' };
  async function proxyWith(config: Record<string, unknown>, env: Record<string, string> = {}, prefix = randomKeyPrefix('audit10')) {
    prefixes.push(prefix);
    const proxy = await startProxy(upstream, { ...config, store: { keyPrefix: prefix, ...LOADED_MACHINE_TIMEOUTS } }, { logDestination: discardLogs }, { REDIS_URL: server.url, SEMCACHE_ADMIN_TOKEN: ADMIN_TOKEN, ...env });
    running.push(proxy);
    return { proxy, prefix };
  }

  async function keysUnder(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, page] = await admin.sendCommand<[string, string[]]>(['SCAN', cursor, 'MATCH', `${prefix}*`, 'COUNT', '1000']);
      cursor = next;
      keys.push(...page);
    } while (cursor !== '0');
    return keys;
  }

  async function entryKey(prefix: string, id: string): Promise<string> {
    const keys = (await keysUnder(prefix)).filter((key) => key.endsWith(`:entry:${id}`));
    expect(keys).toHaveLength(1);
    return keys[0]!;
  }

  const adminCall = async (proxy: RunningProxy, path: string, body?: unknown) => {
    const response = await fetch(`${proxy.origin}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  describe('what is stored', () => {
    it('leaves no credential of any kind (Bearer, x-api-key, api-key, query key, organization) in any key or value', async () => {
      const secrets = {
        bearer: `sk-proj-${randomBytes(16).toString('hex')}`,
        anthropic: `sk-ant-api03-${randomBytes(16).toString('hex')}`,
        azure: `azk${randomBytes(16).toString('hex')}`,
        query: `qk${randomBytes(16).toString('hex')}`,
        organization: `org-${randomBytes(12).toString('hex')}`,
      };
      const { proxy, prefix } = await proxyWith({
        events: {},
        defaults: { rateLimit: { requests: 1_000, window: '1h' } },
        routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' } }],
      });
      const openai = new OpenAI({ apiKey: secrets.bearer, organization: secrets.organization, baseURL: proxy.baseURL, maxRetries: 0, defaultHeaders: { 'api-key': secrets.azure }, defaultQuery: { 'api-key': secrets.query } });
      const anthropic = new Anthropic({ apiKey: secrets.anthropic, baseURL: `${proxy.origin}/claude`, maxRetries: 0 });
      const chatText = uniqueQuestion('Which gases make up the air we breathe?');
      const responsesText = uniqueQuestion('What is the boiling point of water at sea level?');
      const messagesText = uniqueQuestion('How many moons does Mars have?');
      for (let round = 0; round < 2; round++) {
        const chat = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: chatText }] }).withResponse();
        const chatStream = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `${chatText} streamed` }], stream: true });
        for await (const _ of chatStream) {
          // drain
        }
        const responses = await openai.responses.create({ model: 'gpt-4o-mini', input: responsesText }).withResponse();
        const messages = await anthropic.messages.create({ model: 'claude-audit-model', max_tokens: 100, messages: [{ role: 'user', content: messagesText }] }).withResponse();
        await writesSettled(proxy);
        if (round === 1) {
          expect([chat.response.headers.get('x-cache-status'), responses.response.headers.get('x-cache-status'), messages.response.headers.get('x-cache-status')]).toEqual(['HIT', 'HIT', 'HIT']);
          // feedback and invalidate by apiKey too, so their records land in Redis
          const feedback = await adminCall(proxy, '/admin/feedback', { entry: chat.response.headers.get('x-cache-key'), query: chat.response.headers.get('x-cache-query') });
          expect(feedback.status).toBe(200);
          await adminCall(proxy, '/admin/invalidate', { apiKey: secrets.anthropic, model: 'not-a-model' });
        }
      }
      await eventually(async () => (await admin.exists(`${prefix}:events`)) === 1, 5_000, 'events');
      const dump = await dumpRedis(admin, `${prefix}*`);
      expect(dump.includes(Buffer.from(responsesText))).toBe(true);
      expect(dump.includes(Buffer.from(messagesText))).toBe(true);
      for (const [kind, secret] of Object.entries(secrets)) {
        for (const piece of [secret, secret.slice(-20)]) expect(dump.includes(Buffer.from(piece)), `Redis holds the ${kind} credential`).toBe(false);
      }
    });

    it('gives every key it writes an expiry, except the tenant secret, the event stream and the index', async () => {
      const { proxy, prefix } = await proxyWith({ defaults: { rateLimit: { requests: 1_000, window: '1h' } } });
      const client = proxy.client({ apiKey: 'sk-audit10-ttl-scan' });
      const text = uniqueQuestion('Name the planets of the solar system');
      const missed = await ask(client, text);
      await writesSettled(proxy);
      await adminCall(proxy, '/admin/feedback', { entry: missed.key, query: missed.query });
      const keys = await keysUnder(prefix);
      expect(keys.length).toBeGreaterThan(1);
      const persistent: string[] = [];
      for (const key of keys) if ((await admin.pTTL(key)) === -1 && key !== `${prefix}:tenant-secret`) persistent.push(key);
      expect(persistent).toEqual([]);
    });
  });

  describe('entry lifetimes', () => {
    it("sets an entry's expiry from the route's ttl, from X-Cache-TTL, capped by maxTtl", async () => {
      const { proxy, prefix } = await proxyWith({ defaults: { ttl: '2h', maxTtl: '3h' } });
      const client = proxy.client({ apiKey: 'sk-audit10-lifetimes' });
      const plain = await ask(client, uniqueQuestion('What is a neutron star?'));
      const short = await ask(client, uniqueQuestion('What is a white dwarf?'), { headers: { 'X-Cache-TTL': '600' } });
      const long = await ask(client, uniqueQuestion('What is a red giant?'), { headers: { 'X-Cache-TTL': String(30 * 86_400) } });
      await writesSettled(proxy);
      const seconds = async (id: string) => Math.round((await admin.pTTL(await entryKey(prefix, id))) / 1_000);
      expect(await seconds(plain.key)).toBeGreaterThan(7_200 - 60);
      expect(await seconds(plain.key)).toBeLessThanOrEqual(7_200);
      expect(await seconds(short.key)).toBeGreaterThan(600 - 60);
      expect(await seconds(short.key)).toBeLessThanOrEqual(600);
      expect(await seconds(long.key)).toBeGreaterThan(10_800 - 60);
      expect(await seconds(long.key)).toBeLessThanOrEqual(10_800);
    });

    it('pushes the expiry out again on a hit with slideTtl, and not without it', async () => {
      const { proxy, prefix } = await proxyWith({ routes: [{ name: 'slide', match: { pathPrefix: '/slide' }, slideTtl: true, ttl: '1h' }], defaults: { ttl: '1h' } });
      for (const [route, slides] of [['slide', true], [undefined, false]] as const) {
        const client = proxy.client({ apiKey: 'sk-audit10-slide', route });
        const text = uniqueQuestion('What is a pulsar?');
        const missed = await ask(client, text);
        await writesSettled(proxy);
        const key = await entryKey(prefix, missed.key);
        await admin.pExpire(key, 60_000);
        expect((await ask(client, text)).status).toBe('HIT');
        await eventually(async () => !slides || (await admin.pTTL(key)) > 3_000_000, 5_000, 'the slide');
        const ttl = await admin.pTTL(key);
        if (slides) expect(ttl).toBeGreaterThan(3_000_000);
        else expect(ttl).toBeLessThanOrEqual(60_000);
      }
    });
  });

  describe('admin invalidation on Redis', () => {
    it('deletes by API key, tenant hash, model and route, each only what matches', async () => {
      const { proxy, prefix } = await proxyWith({ routes: [{ name: 'support', match: { pathPrefix: '/support' } }] });
      const alice = proxy.client({ apiKey: 'sk-audit10-alice' });
      const bob = proxy.client({ apiKey: 'sk-audit10-bob' });
      const support = proxy.client({ apiKey: 'sk-audit10-bob', route: 'support' });
      const texts = { a1: uniqueQuestion('What is a comet?'), a2: uniqueQuestion('What is an asteroid?'), b1: uniqueQuestion('What is a meteor?'), b2: uniqueQuestion('What is a quasar?'), s1: uniqueQuestion('What is a nebula?') };
      await ask(alice, texts.a1);
      await ask(alice, texts.a2, { model: 'gpt-4o' });
      await ask(bob, texts.b1);
      const bobMini = await ask(bob, texts.b2, { model: 'gpt-4o' });
      await ask(support, texts.s1);
      await writesSettled(proxy);
      const entryCount = async () => (await keysUnder(prefix)).filter((key) => key.includes(':entry:')).length;
      expect(await entryCount()).toBe(5);

      // By API key the answer also says which way of sending the key held what (the bearer, here).
      expect(await adminCall(proxy, '/admin/invalidate', { apiKey: 'sk-audit10-alice', model: 'gpt-4o' })).toMatchObject({ status: 200, body: { deleted: 1, byCredential: { authorization: 1 } } });
      expect(await adminCall(proxy, '/admin/invalidate', { route: 'support' })).toEqual({ status: 200, body: { deleted: 1 } });
      const tenant = await admin.hGet(await entryKey(prefix, bobMini.key), 'tenant');
      expect(await adminCall(proxy, '/admin/invalidate', { tenant })).toEqual({ status: 200, body: { deleted: 2 } });
      expect(await entryCount()).toBe(1);
      expect((await ask(alice, texts.a1)).status).toBe('HIT');
      expect((await ask(alice, texts.a2, { model: 'gpt-4o' })).status).toBe('MISS');
      expect((await ask(bob, texts.b1)).status).toBe('MISS');
    });
  });

  describe('the keyed tenant hash across restarts', () => {
    it('serves the same key its entries after a restart with the same SEMCACHE_TENANT_SECRET, and not with another secret', async () => {
      const prefix = randomKeyPrefix('audit10-secret');
      const text = uniqueQuestion('What causes the seasons on Earth?');
      const askWith = async (env: Record<string, string>) => {
        const { proxy } = await proxyWith({}, env, prefix);
        try {
          const answer = await ask(proxy.client({ apiKey: 'sk-audit10-restart' }), text);
          await writesSettled(proxy);
          return answer;
        } finally {
          await proxy.stop();
        }
      };
      const first = await askWith({ SEMCACHE_TENANT_SECRET: 'secret-one' });
      const again = await askWith({ SEMCACHE_TENANT_SECRET: 'secret-one' });
      const other = await askWith({ SEMCACHE_TENANT_SECRET: 'secret-two' });
      expect([first.status, again.status, other.status]).toEqual(['MISS', 'HIT', 'MISS']);
      expect(again.key).toBe(first.key);
      expect(other.key).not.toBe(first.key);
      // Without a configured secret, the one created in Redis survives proxy restarts too.
      const generated = await askWith({});
      const generatedAgain = await askWith({});
      expect([generated.status, generatedAgain.status]).toEqual(['MISS', 'HIT']);
      expect(generated.key).not.toBe(first.key);
    });
  });
});


const fullPlan = await planRedis({ args: ['--maxmemory', '3mb', '--maxmemory-policy', 'noeviction'] });

describe.skipIf(fullPlan.kind === 'unavailable')('a Redis that is full and does not evict (noeviction, the server default)', () => {
  it('answers every request from the upstream (MISS or ERROR), never fails one, and keeps serving what it stored', async () => {
    const server = await startRedis({ args: ['--maxmemory', '3mb', '--maxmemory-policy', 'noeviction'] });
    const upstream = await new MockUpstream().start();
    const proxy = await startProxy(upstream, { defaults: { mode: 'exact' }, store: { keyPrefix: randomKeyPrefix('audit10-full') } }, { logDestination: discardLogs }, { REDIS_URL: server.url });
    try {
      const client = proxy.client({ apiKey: 'sk-audit10-full' });
      const first = uniqueQuestion('What is the first thing stored?');
      expect((await ask(client, first)).status).toBe('MISS');
      await writesSettled(proxy);
      const statuses = new Set<string>();
      for (let i = 0; i < 60; i++) {
        upstream.enqueue({ kind: 'ok', content: `${i} ${'y'.repeat(100 * 1024)}` });
        const answer = await ask(client, uniqueQuestion(`Filler question ${i}`));
        expect(answer.data.choices[0]!.message.content).toMatch(new RegExp(`^${i} y+$`));
        statuses.add(answer.status!);
        await writesSettled(proxy);
      }
      expect([...statuses].every((status) => status === 'MISS' || status === 'ERROR')).toBe(true);
      const errors = await (await fetch(`${proxy.origin}/metrics`)).text();
      expect(errors).toMatch(/semcache_store_errors_total(\{[^}]*\})? [1-9]/);
    } finally {
      await proxy.stop();
      await upstream.stop();
      await server.stop();
    }
  }, 60_000);
});
