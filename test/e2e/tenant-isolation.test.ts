/**
 * Tenant isolation (DESIGN.md §6) through the openai SDK over a real socket: API keys never share entries (exactly,
 * semantically or through a coalesced in-flight call) unless the route says `share: true`; a trusted tenant header
 * partitions instead of the key; the tenant secret comes from SEMCACHE_TENANT_SECRET, else from Redis (`SET NX`,
 * shared by every instance), else is random per process. With the Redis store, a scan of every key and value, the
 * logs and the metrics finds neither the API key nor the parts of the request that are not embedded.
 */
import { randomBytes } from 'node:crypto';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { connectAdmin, deleteKeyspace, planRedis, randomKeyPrefix, startRedis, type AdminClient, type RedisServer } from '../helpers/redis-harness.ts';
import { dumpRedis } from '../helpers/redis-dump.ts';

const discard = { write() {} };
let unique = 0;
const question = (text = 'What is the tallest mountain in Europe?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;
const user = (content: string): OpenAI.Chat.ChatCompletionMessageParam => ({ role: 'user', content });

async function ask(client: OpenAI, messages: OpenAI.Chat.ChatCompletionMessageParam[], headers?: Record<string, string>) {
  const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages }, { headers }).withResponse();
  return {
    content: data.choices[0]!.message.content,
    status: response.headers.get('x-cache-status'),
    match: response.headers.get('x-cache-match'),
    key: response.headers.get('x-cache-key'),
  };
}

/** Until every answer written after a MISS has landed. */
const settled = (proxy: RunningProxy) => eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');

describe('tenant isolation (embedded store)', () => {
  let upstream: MockUpstream;
  let proxy: RunningProxy;

  beforeAll(async () => {
    upstream = await new MockUpstream().start();
    proxy = await startProxy(upstream, {
      defaults: { threshold: { local: 0.9 } },
      routes: [
        { name: 'shared', match: { pathPrefix: '/shared' }, share: true },
        { name: 'gateway', match: { pathPrefix: '/gateway' }, tenantHeader: 'X-Tenant', trustTenantHeader: true },
      ],
    });
  });
  afterAll(async () => {
    await proxy?.stop();
    await upstream?.stop();
  });

  it('never serves one API key\'s entry to another, exactly or semantically, and each gets its own answer', async () => {
    const alice = proxy.client({ apiKey: 'sk-tenant-alice' });
    const bob = proxy.client({ apiKey: 'sk-tenant-bob' });
    const text = question();
    const aliceFirst = await ask(alice, [user(text)]);
    await settled(proxy);
    const bobFirst = await ask(bob, [user(text)]);
    await settled(proxy);
    expect([aliceFirst.status, bobFirst.status]).toEqual(['MISS', 'MISS']);
    expect(bobFirst.key).not.toBe(aliceFirst.key);

    const aliceAgain = await ask(alice, [user(text)]);
    const bobAgain = await ask(bob, [user(text)]);
    expect([aliceAgain.status, bobAgain.status]).toEqual(['HIT', 'HIT']);
    expect(aliceAgain.content).toBe(aliceFirst.content);
    expect(bobAgain.content).toBe(bobFirst.content);
    expect(aliceFirst.content).not.toBe(bobFirst.content);

    await ask(alice, [user('How do I reset my password on the billing portal?')]);
    await settled(proxy);
    expect((await ask(bob, [user('How can I reset my password on the billing portal?')])).status).toBe('MISS');
    // The same paraphrase is a semantic hit for the key that stored it: the miss above is isolation, not distance.
    const paraphrase = await ask(alice, [user('How can I reset my password on the billing portal?')]);
    expect([paraphrase.status, paraphrase.match]).toEqual(['HIT', 'semantic']);
  });

  it('never coalesces concurrent identical requests of two API keys into one upstream call', async () => {
    const text = question();
    const callsBefore = upstream.chatCalls.length;
    upstream.hold();
    try {
      const alice = ask(proxy.client({ apiKey: 'sk-tenant-alice' }), [user(text)]);
      const bob = ask(proxy.client({ apiKey: 'sk-tenant-bob' }), [user(text)]);
      await upstream.waitForChatCalls(callsBefore + 2);
      upstream.release();
      const answers = await Promise.all([alice, bob]);
      expect(answers.map((answer) => answer.status)).toEqual(['MISS', 'MISS']);
      expect(answers[0].content).not.toBe(answers[1].content);
    } finally {
      upstream.release();
    }
  });

  it('shares entries between API keys on a route with share: true', async () => {
    const text = question();
    const first = await ask(proxy.client({ apiKey: 'sk-tenant-alice', route: 'shared' }), [user(text)]);
    await settled(proxy);
    const second = await ask(proxy.client({ apiKey: 'sk-tenant-bob', route: 'shared' }), [user(text)]);
    expect([first.status, second.status]).toEqual(['MISS', 'HIT']);
    expect(second.content).toBe(first.content);
  });

  it('partitions by a trusted tenant header instead of the API key, falling back to the key without it', async () => {
    const text = question();
    const acmeAlice = await ask(proxy.client({ apiKey: 'sk-tenant-alice', route: 'gateway' }), [user(text)], { 'x-tenant': 'acme' });
    await settled(proxy);
    const acmeBob = await ask(proxy.client({ apiKey: 'sk-tenant-bob', route: 'gateway' }), [user(text)], { 'x-tenant': 'acme' });
    const globexAlice = await ask(proxy.client({ apiKey: 'sk-tenant-alice', route: 'gateway' }), [user(text)], { 'x-tenant': 'globex' });
    const noHeader = await ask(proxy.client({ apiKey: 'sk-tenant-alice', route: 'gateway' }), [user(text)]);
    expect([acmeAlice.status, acmeBob.status, globexAlice.status, noHeader.status]).toEqual(['MISS', 'HIT', 'MISS', 'MISS']);
    expect(acmeBob.content).toBe(acmeAlice.content);
  });

  // A hit may come from another key there (its project would not know the id): a store: false request gets it
  // with a fresh id; a store: true one (the default), which continues from its id, is answered for its own key.
  it('serves Responses hits across keys on a trusted-header route only to store: false requests, with fresh ids', async () => {
    const input = question();
    const create = (apiKey: string, store?: boolean) =>
      proxy.client({ apiKey, route: 'gateway' }).responses.create({ model: 'gpt-4o-mini', input, ...(store === undefined ? {} : { store }) }, { headers: { 'x-tenant': 'acme' } }).withResponse();
    const first = await create('sk-project-one');
    await settled(proxy);
    const unstored = await create('sk-project-two', false);
    expect(unstored.response.headers.get('x-cache-status')).toBe('HIT');
    expect(unstored.data.output_text).toBe(first.data.output_text);
    expect(unstored.data.id).not.toBe(first.data.id);
    const stored = await create('sk-project-two');
    expect(stored.response.headers.get('x-cache-status')).toBe('MISS');
    expect(stored.data.id).not.toBe(first.data.id);
  });

  it('ignores a tenant header on a route that does not trust one', async () => {
    const text = question();
    await ask(proxy.client({ apiKey: 'sk-tenant-alice' }), [user(text)], { 'x-tenant': 'acme' });
    await settled(proxy);
    expect((await ask(proxy.client({ apiKey: 'sk-tenant-bob' }), [user(text)], { 'x-tenant': 'acme' })).status).toBe('MISS');
  });

  it('keys tenants with SEMCACHE_TENANT_SECRET when set (same on every instance), else with a random secret per process', async () => {
    const text = question();
    const entryKey = async (env: Record<string, string>) => {
      const instance = await startProxy(upstream, {}, { logDestination: discard }, env);
      try {
        return (await ask(instance.client({ apiKey: 'sk-tenant-alice' }), [user(text)])).key;
      } finally {
        await instance.stop();
      }
    };
    const configured = { SEMCACHE_TENANT_SECRET: 'a-configured-tenant-secret' };
    expect(await entryKey(configured)).toBe(await entryKey(configured));
    expect(await entryKey({})).not.toBe(await entryKey({}));
  });
});

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[tenant-isolation] skipping the Redis part: ${plan.reason}`);

describe.skipIf(plan.kind === 'unavailable')('tenant isolation (Redis store)', () => {
  let upstream: MockUpstream;
  let server: RedisServer;
  let admin: AdminClient;
  const prefixes: string[] = [];

  beforeAll(async () => {
    upstream = await new MockUpstream().start();
    server = await startRedis();
    admin = await connectAdmin(server.url);
  });
  afterAll(async () => {
    if (admin) {
      for (const prefix of prefixes) await deleteKeyspace(admin, prefix);
      admin.destroy();
    }
    await server?.stop();
    await upstream?.stop();
  });

  function keyPrefix(label: string): string {
    const prefix = randomKeyPrefix(label);
    prefixes.push(prefix);
    return prefix;
  }

  it('creates one tenant secret in Redis (SET NX) that every instance derives the same tenants from', async () => {
    const prefix = keyPrefix('tenant-secret');
    const config = { store: { keyPrefix: prefix } };
    const first = await startProxy(upstream, config, { logDestination: discard }, { REDIS_URL: server.url });
    const second = await startProxy(upstream, config, { logDestination: discard }, { REDIS_URL: server.url });
    try {
      const secret = await admin.get(`${prefix}:tenant-secret`);
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      const text = question();
      const missed = await ask(first.client({ apiKey: 'sk-tenant-alice' }), [user(text)]);
      await settled(first);
      const served = await ask(second.client({ apiKey: 'sk-tenant-alice' }), [user(text)]);
      const other = await ask(second.client({ apiKey: 'sk-tenant-bob' }), [user(text)]);
      expect([missed.status, served.status, other.status]).toEqual(['MISS', 'HIT', 'MISS']);
      expect(served.key).toBe(missed.key);
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  it('writes no secret to Redis when SEMCACHE_TENANT_SECRET is configured', async () => {
    const prefix = keyPrefix('configured-secret');
    const proxy = await startProxy(upstream, { store: { keyPrefix: prefix } }, { logDestination: discard }, { REDIS_URL: server.url, SEMCACHE_TENANT_SECRET: 'configured' });
    try {
      await ask(proxy.client(), [user(question())]);
      await settled(proxy);
      expect(await admin.exists(`${prefix}:tenant-secret`)).toBe(0);
    } finally {
      await proxy.stop();
    }
  });

  it('leaves no API key and no non-embedded request part in any Redis key or value, log line or metric', async () => {
    const prefix = keyPrefix('leak-scan');
    const apiKey = `sk-secret-${randomBytes(12).toString('hex')}`;
    const systemPrompt = `You are the quartz-zebra concierge ${randomBytes(4).toString('hex')}; never reveal the vault code.`;
    const earlierTurn = `My vault code is VAULT-${randomBytes(4).toString('hex')}`;
    const prompt = `Summarise the heliotrope tariff schedule ${randomBytes(4).toString('hex')}`;
    const lines: string[] = [];
    const proxy = await startProxy(
      upstream,
      {
        store: { keyPrefix: prefix },
        logLevel: 'trace',
        events: {},
        defaults: { rateLimit: { requests: 1_000, window: '1h' } },
      },
      { logDestination: { write: (line: string) => void lines.push(line) } },
      { REDIS_URL: server.url, SEMCACHE_ADMIN_TOKEN: 'admin-token-leak-scan' },
    );
    try {
      const client = proxy.client({ apiKey });
      const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
        { role: 'system', content: systemPrompt },
        user(earlierTurn),
        { role: 'assistant', content: 'Noted.' },
        user(prompt),
      ];
      const missed = await ask(client, messages);
      await settled(proxy);
      const hit = await ask(client, messages);
      expect([missed.status, hit.status]).toEqual(['MISS', 'HIT']);
      const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [...messages.slice(0, 3), user(`${prompt} (streamed)`)], stream: true });
      for await (const _chunk of stream) {
        // drain
      }
      await settled(proxy);
      const invalidated = await fetch(`${proxy.origin}/admin/invalidate`, {
        method: 'POST',
        headers: { authorization: 'Bearer admin-token-leak-scan', 'content-type': 'application/json' },
        body: JSON.stringify({ route: 'nothing-matches' }),
      });
      expect(invalidated.status).toBe(200);
      const metrics = await (await fetch(`${proxy.origin}/metrics`)).text();
      await eventually(async () => (await admin.xLen(`${prefix}:events`)) >= 5, 5_000, 'events');

      const dump = await dumpRedis(admin, server.owned ? '*' : `${prefix}*`);
      // The dump is real: the entries hold the embedded text and the answer, the stream its events.
      expect(dump.includes(Buffer.from(prompt))).toBe(true);
      expect(dump.includes(Buffer.from(hit.content!))).toBe(true);
      expect(dump.includes(Buffer.from(`${prefix}:events`))).toBe(true);
      expect(dump.includes(Buffer.from(`${prefix}:ratelimit:`))).toBe(true);

      const logs = lines.join('');
      expect(logs).toContain('"msg":"request"');
      for (const secret of [apiKey, apiKey.slice('sk-secret-'.length), systemPrompt, 'quartz-zebra', earlierTurn, 'VAULT-']) {
        expect(dump.includes(Buffer.from(secret)), `Redis holds ${secret}`).toBe(false);
        expect(logs, 'logs').not.toContain(secret);
        expect(metrics, 'metrics').not.toContain(secret);
      }
      for (const text of [prompt, 'heliotrope']) {
        expect(logs, 'logs').not.toContain(text);
        expect(metrics, 'metrics').not.toContain(text);
      }
    } finally {
      await proxy.stop();
    }
  });
});

