/**
 * The event stream (config `events`) against a real Redis: one entry per hit, miss, store and admin invalidation,
 * with identifiers and no prompt text unless `includePrompts`; and a warning, not a failure, with the embedded store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../../helpers/proxy.ts';
import { connectAdmin, deleteKeyspace, planRedis, randomKeyPrefix, startRedis, type AdminClient, type RedisServer } from '../../helpers/redis-harness.ts';
import { ask, discardLogs, LogCapture, writesSettled } from './support.ts';

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[events] skipping: ${plan.reason}`);

const ADMIN_TOKEN = 'admin-token-events-test';
const API_KEY = 'sk-events-test-key-7d1e0b';
const HEX32 = /^[0-9a-f]{32}$/;

type StreamEntry = { id: string; fields: Record<string, string> };

async function readStream(admin: AdminClient, key: string): Promise<StreamEntry[]> {
  const reply = await admin.sendCommand<Array<[string, string[]]>>(['XRANGE', key, '-', '+']);
  return reply.map(([id, flat]) => {
    const fields: Record<string, string> = {};
    for (let i = 0; i < flat.length; i += 2) fields[flat[i]!] = flat[i + 1]!;
    return { id, fields };
  });
}

describe.skipIf(plan.kind === 'unavailable')('event stream on Redis', () => {
  let upstream: MockUpstream;
  let server: RedisServer;
  let admin: AdminClient;
  const prefix = randomKeyPrefix('events');
  const proxies: RunningProxy[] = [];

  beforeAll(async () => {
    upstream = await new MockUpstream().start();
    server = await startRedis();
    admin = await connectAdmin(server.url);
  });
  afterAll(async () => {
    for (const proxy of proxies) await proxy.stop();
    if (admin) {
      await deleteKeyspace(admin, prefix);
      admin.destroy();
    }
    await server?.stop();
    await upstream?.stop();
  });

  async function proxyWith(events: Record<string, unknown>, logDestination: { write(line: string): void } = discardLogs): Promise<RunningProxy> {
    const proxy = await startProxy(
      upstream,
      { store: { keyPrefix: prefix }, events },
      { logDestination },
      { REDIS_URL: server.url, SEMCACHE_ADMIN_TOKEN: ADMIN_TOKEN },
    );
    proxies.push(proxy);
    return proxy;
  }

  async function adminCall(proxy: RunningProxy, path: string, body?: unknown) {
    const response = await fetch(`${proxy.origin}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status).toBe(200);
  }

  it('appends a miss, a store, a hit and admin invalidations with identifiers and no prompt text', async () => {
    const proxy = await proxyWith({ maxLen: 1_000 });
    const stream = `${prefix}:events`;
    const prompt = 'Which lighthouse keeper wrote the violet ledger of storms?';
    const client = proxy.client({ apiKey: API_KEY });

    const missed = await ask(client, prompt, { headers: { 'x-request-id': 'req-event-miss' } });
    await writesSettled(proxy);
    const hit = await ask(client, prompt, { headers: { 'x-request-id': 'req-event-hit' } });
    expect([missed.status, hit.status]).toEqual(['MISS', 'HIT']);
    await adminCall(proxy, '/admin/invalidate', { apiKey: API_KEY });
    await adminCall(proxy, '/admin/flush');
    // An invalidation by API key invalidates (and reports) the tenant of each way a client sends a key: nine.
    const byKey = 9;
    await eventually(async () => (await admin.xLen(stream)) >= 4 + byKey, 5_000, 'every event');

    const entries = await readStream(admin, stream);
    expect(entries.map((entry) => entry.fields.type)).toEqual(['miss', 'store', 'hit', ...Array(byKey).fill('invalidate'), 'invalidate']);
    const [miss, store, served, ...admins] = entries.map((entry) => entry.fields);
    const flushed = admins.pop();
    const invalidated = admins.find((event) => event?.tenant === miss!.tenant);
    expect(admins.filter((event) => event !== invalidated).every((event) => event?.action === 'invalidate' && HEX32.test(event.tenant ?? '') && event.deleted === '0')).toBe(true);
    expect(miss).toEqual({
      type: 'miss',
      ts: expect.stringMatching(/^\d{13}$/),
      requestId: 'req-event-miss',
      route: 'default',
      model: 'gpt-4o-mini',
      tenant: expect.stringMatching(HEX32),
      entry: missed.key,
      query: missed.query,
      stream: '0',
      status: 'MISS',
      upstreamStatus: '200',
    });
    expect(store).toEqual({ type: 'store', ts: expect.any(String), route: 'default', model: 'gpt-4o-mini', tenant: miss!.tenant, entry: missed.key });
    expect(served).toMatchObject({
      type: 'hit',
      requestId: 'req-event-hit',
      tenant: miss!.tenant,
      entry: missed.key,
      query: hit.query,
      match: 'exact',
      savedPromptTokens: String(missed.data.usage!.prompt_tokens),
      savedCompletionTokens: String(missed.data.usage!.completion_tokens),
    });
    expect(invalidated).toEqual({ type: 'invalidate', ts: expect.any(String), action: 'invalidate', tenant: miss!.tenant, deleted: '1' });
    expect(flushed).toEqual({ type: 'invalidate', ts: expect.any(String), action: 'flush', deleted: '0' });

    const dump = JSON.stringify(entries);
    for (const secret of [prompt, 'lighthouse', API_KEY, 'Answer #']) expect(dump).not.toContain(secret);
  });

  it('caps a 4 MiB model name and a long request id before they reach an event or a log line', async () => {
    const stream = `${prefix}:bounded`;
    const capture = new LogCapture();
    const proxy = await proxyWith({ stream, includePrompts: true }, capture);
    const model = `gpt-${'m'.repeat(4 * 1024 * 1024)}`;
    const longPrompt = `Summarise this: ${'lorem ipsum '.repeat(100_000)}`;
    const response = await fetch(`${proxy.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', 'x-request-id': 'r'.repeat(8_000) },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: longPrompt }] }),
    });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    await eventually(async () => (await admin.xLen(stream)) >= 1, 5_000, 'the miss event');

    const events = await readStream(admin, stream);
    for (const event of events) expect(Buffer.byteLength(JSON.stringify(event.fields))).toBeLessThan(8 * 1024);
    expect(events[0]!.fields.model).toMatch(/^gpt-m+…\[\+\d+ chars\]$/);
    const requestLine = capture.lines.find((line) => line.msg === 'request');
    expect(requestLine?.model).toMatch(/^gpt-m+…\[\+\d+ chars\]$/);
    expect(requestLine?.reqId).not.toContain('rrrr');
    for (const line of capture.raw) expect(Buffer.byteLength(line)).toBeLessThan(4 * 1024);
  });

  it('puts the embedded text in hit and miss events with includePrompts, on the configured stream', async () => {
    const stream = `${prefix}:audit`;
    const proxy = await proxyWith({ stream, includePrompts: true });
    const prompt = 'Name the seven bridges of the amber canal district';
    await ask(proxy.client({ apiKey: API_KEY }), prompt);
    await eventually(async () => (await admin.xLen(stream)) >= 2, 5_000, 'miss and store events');
    const [miss, store] = (await readStream(admin, stream)).map((entry) => entry.fields);
    expect(miss).toMatchObject({ type: 'miss', prompt });
    expect(store!.type).toBe('store');
    expect(store!.prompt).toBeUndefined();
  });
});

describe('event stream with the embedded store', () => {
  it('warns at start that events need Redis, and serves normally', async () => {
    const upstream = await new MockUpstream().start();
    const capture = new LogCapture();
    const proxy = await startProxy(upstream, { events: {} }, { logDestination: capture });
    try {
      expect(capture.lines.some((line) => line.level === 'warn' && /event stream needs the Redis store/.test(line.msg))).toBe(true);
      expect((await ask(proxy.client(), 'Is the event stream off here?')).status).toBe('MISS');
    } finally {
      await proxy.stop();
      await upstream.stop();
    }
  });
});
