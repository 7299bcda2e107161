import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tenantOf } from '../../../src/cache/tenant.ts';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../../helpers/proxy.ts';
import { FailingStore } from './failing-store.ts';
import { ask, discardLogs, uniqueQuestion, writesSettled } from './support.ts';

const TOKEN = 'admin-token-for-tests-31b7';
const TENANT_SECRET = 'tenant-secret-for-admin-tests';

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(
    upstream,
    { routes: [{ name: 'support', match: { pathPrefix: '/support' } }, { name: 'tiny', match: { pathPrefix: '/tiny' }, placement: 'partition' }] },
    { logDestination: discardLogs },
    { SEMCACHE_ADMIN_TOKEN: TOKEN, SEMCACHE_TENANT_SECRET: TENANT_SECRET },
  );
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});
beforeEach(async () => {
  await proxy.semcache.store.flush();
});

/** Calls the admin API with the right token unless `token` says otherwise (null = no header). */
async function admin(path: string, options: { method?: string; body?: unknown; rawBody?: string; token?: string | null; target?: RunningProxy } = {}) {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? TOKEN : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${(options.target ?? proxy).origin}${path}`, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  return { status: response.status, body: (await response.json()) as any };
}

/** Asks `question` and waits for the answer to be stored. */
async function cached(client: ReturnType<RunningProxy['client']>, question: string) {
  const answer = await ask(client, question);
  expect(answer.status).toBe('MISS');
  await writesSettled(proxy);
  return answer;
}

describe('admin API authentication', () => {
  it('answers 401 in OpenAI shape without a token and with a wrong one', async () => {
    for (const token of [null, 'wrong-token', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      const response = await admin('/admin/stats', { token });
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ error: { message: expect.any(String), type: 'invalid_request_error', param: null, code: expect.stringMatching(/_admin_token$/) } });
    }
    for (const [method, path] of [['DELETE', '/admin/entries/0123456789abcdef'], ['POST', '/admin/flush'], ['POST', '/admin/invalidate'], ['POST', '/admin/feedback']] as const) {
      expect((await admin(path, { method, token: 'wrong-token' })).status).toBe(401);
    }
  });

  it('is not there (404) when SEMCACHE_ADMIN_TOKEN is unset', async () => {
    const disabled = await startProxy(upstream, {}, { logDestination: discardLogs });
    try {
      const client = disabled.client();
      await ask(client, uniqueQuestion());
      for (const [method, path] of [['GET', '/admin/stats'], ['POST', '/admin/flush']] as const) {
        const response = await admin(path, { method, target: disabled });
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({ error: { type: 'invalid_request_error' } });
      }
      expect((await disabled.semcache.store.stats()).entries).toBe(1);
    } finally {
      await disabled.stop();
    }
  });
});

describe('GET /admin/stats', () => {
  it('reports the store and the traffic since start', async () => {
    const client = proxy.client();
    const question = uniqueQuestion();
    await cached(client, question);
    await ask(client, question);
    const { status, body } = await admin('/admin/stats');
    expect(status).toBe(200);
    expect(body.store).toMatchObject({ kind: 'embedded', semantic: true, reachable: true, breakerOpen: false, entries: 1 });
    expect(body.store.bytes).toBeGreaterThan(0);
    expect(body.requests.HIT).toBeGreaterThanOrEqual(1);
    expect(body.requests.MISS).toBeGreaterThanOrEqual(1);
    expect(body.hits.exact).toBeGreaterThanOrEqual(1);
    expect(body.hitRatio).toBeGreaterThan(0);
    expect(body.tokensSaved.prompt).toBeGreaterThan(0);
    expect(body.costSavedUsd).toBeGreaterThan(0);
    expect(typeof body.since).toBe('string');
  });

  it('still answers when the store is down, saying so', async () => {
    const broken = await startProxy(upstream, {}, { store: new FailingStore(), logDestination: discardLogs }, { SEMCACHE_ADMIN_TOKEN: TOKEN });
    try {
      const { status, body } = await admin('/admin/stats', { target: broken });
      expect(status).toBe(200);
      expect(body.store).toMatchObject({ kind: 'redis', reachable: false, breakerOpen: true, entries: null });
      expect(body.store.error).not.toContain('sk-leaked');
      const flush = await admin('/admin/flush', { method: 'POST', target: broken });
      expect(flush.status).toBe(503);
      expect(flush.body).toMatchObject({ error: { type: 'server_error', code: 'store_unavailable' } });
    } finally {
      await broken.stop();
    }
  });
});

describe('DELETE /admin/entries/{id}', () => {
  it('deletes the entry named by X-Cache-Key, so the next identical request misses', async () => {
    const client = proxy.client();
    const question = uniqueQuestion();
    const first = await cached(client, question);
    expect((await ask(client, question)).status).toBe('HIT');

    const deleted = await admin(`/admin/entries/${first.key}`, { method: 'DELETE' });
    expect(deleted).toEqual({ status: 200, body: { id: first.key, deleted: true } });
    expect((await ask(client, question)).status).toBe('MISS');
  });

  it('takes the <tag>-<digest> id of a partition-placed route (the embedded store just treats it as an id)', async () => {
    const client = proxy.client({ route: 'tiny' });
    const question = uniqueQuestion();
    const first = await cached(client, question);
    expect(first.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{32}$/);
    expect(first.query).toBe(first.key);
    expect((await ask(client, question)).status).toBe('HIT');

    expect(await admin(`/admin/entries/${first.key}`, { method: 'DELETE' })).toEqual({ status: 200, body: { id: first.key, deleted: true } });
    expect((await ask(client, question)).status).toBe('MISS');
    for (const malformed of [`${first.key.slice(1)}`, `${first.key}-0`, `%7B${first.key.slice(0, 8)}%7D${first.key.slice(9)}`, first.key.toUpperCase()]) {
      const invalid = await admin(`/admin/entries/${malformed}`, { method: 'DELETE' });
      expect(invalid.status, malformed).toBe(400);
    }
  });

  it('answers 404 for an absent entry and 400 for something that is not an id', async () => {
    const absent = await admin('/admin/entries/00000000000000000000000000000000', { method: 'DELETE' });
    expect(absent.status).toBe(404);
    expect(absent.body).toMatchObject({ error: { code: 'entry_not_found', type: 'invalid_request_error' } });
    const invalid = await admin('/admin/entries/not-an-id', { method: 'DELETE' });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ error: { param: 'id', type: 'invalid_request_error' } });
  });
});

describe('POST /admin/invalidate', () => {
  it('deletes one route\'s entries and leaves the others', async () => {
    const question = uniqueQuestion();
    await cached(proxy.client({ route: 'support' }), question);
    await cached(proxy.client(), question);

    const response = await admin('/admin/invalidate', { body: { route: 'support' } });
    expect(response).toEqual({ status: 200, body: { deleted: 1 } });
    expect((await ask(proxy.client({ route: 'support' }), question)).status).toBe('MISS');
    expect((await ask(proxy.client(), question)).status).toBe('HIT');
  });

  it('deletes one tenant\'s entries, named by API key or by tenant hash', async () => {
    const question = uniqueQuestion();
    const alice = proxy.client({ apiKey: 'sk-alice-key' });
    const bob = proxy.client({ apiKey: 'sk-bob-key' });
    await cached(alice, question);
    await cached(bob, question);

    expect(await admin('/admin/invalidate', { body: { apiKey: 'sk-alice-key' } })).toMatchObject({ status: 200, body: { deleted: 1, byCredential: { authorization: 1, 'x-api-key': 0 } } });
    expect((await ask(alice, question)).status).toBe('MISS');
    expect((await ask(bob, question)).status).toBe('HIT');

    // By tenant hash: HMAC of the key with the tenant secret, as requests compute it.
    const carol = proxy.client({ apiKey: 'sk-carol-key' });
    await cached(carol, question);
    const carolTenant = tenantOf({ header: (name) => (name === 'authorization' ? 'Bearer sk-carol-key' : undefined), headers: { authorization: 'Bearer sk-carol-key' } }, { share: false, trustTenantHeader: false }, TENANT_SECRET);
    expect(await admin('/admin/invalidate', { body: { tenant: carolTenant } })).toEqual({ status: 200, body: { deleted: 1 } });
    expect((await ask(carol, question)).status).toBe('MISS');
    expect((await ask(bob, question)).status).toBe('HIT');
  });

  it('deletes one model\'s entries', async () => {
    const question = uniqueQuestion();
    const client = proxy.client();
    const mini = await ask(client, question, { model: 'gpt-4o-mini' });
    const big = await ask(client, question, { model: 'gpt-4o' });
    expect([mini.status, big.status]).toEqual(['MISS', 'MISS']);
    await writesSettled(proxy);
    expect(await admin('/admin/invalidate', { body: { model: 'gpt-4o' } })).toEqual({ status: 200, body: { deleted: 1 } });
    expect((await ask(client, question, { model: 'gpt-4o' })).status).toBe('MISS');
    expect((await ask(client, question, { model: 'gpt-4o-mini' })).status).toBe('HIT');
  });

  it('rejects empty, unknown, ambiguous or malformed filters with 400', async () => {
    for (const [body, param] of [
      [{}, null],
      [{ rout: 'support' }, 'rout'],
      [{ route: 42 }, 'route'],
      [{ route: '' }, 'route'],
      [{ tenant: 'abc', apiKey: 'sk-x' }, 'tenant'],
      [['route'], null],
    ] as const) {
      const response = await admin('/admin/invalidate', { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body).toMatchObject({ error: { type: 'invalid_request_error', param } });
    }
    const malformed = await admin('/admin/invalidate', { rawBody: '{"route":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { code: 'invalid_json' } });
  });
});

describe('POST /admin/flush', () => {
  it('deletes every entry', async () => {
    const questions = [uniqueQuestion(), uniqueQuestion()];
    for (const question of questions) await cached(proxy.client(), question);
    await cached(proxy.client({ route: 'support' }), questions[0]!);

    expect(await admin('/admin/flush', { method: 'POST' })).toEqual({ status: 200, body: { deleted: 3 } });
    expect((await admin('/admin/stats')).body.store.entries).toBe(0);
    for (const question of questions) expect((await ask(proxy.client(), question)).status).toBe('MISS');
  });
});

describe('POST /admin/feedback', () => {
  it('deletes a wrong semantic hit and never serves that entry for that query again', async () => {
    const client = proxy.client();
    const original = await cached(client, 'How do I reset my password?');
    const paraphrase = await ask(client, 'how do i reset my password');
    expect([paraphrase.status, paraphrase.match]).toEqual(['HIT', 'semantic']);
    expect(paraphrase.key).toBe(original.key);

    const feedback = await admin('/admin/feedback', { body: { entry: paraphrase.key, query: paraphrase.query } });
    expect(feedback).toEqual({ status: 200, body: { entry: paraphrase.key, query: paraphrase.query, deleted: true, rejected: true } });

    // The original question is answered afresh and stored again under the same id...
    expect((await cached(client, 'How do I reset my password?')).key).toBe(original.key);
    // ...but the paraphrase that was served it wrongly never gets it again.
    const again = await ask(client, 'how do i reset my password', { headers: { 'cache-control': 'no-store' } });
    expect(again.status).toBe('MISS');
    // Other paraphrases still do: the rejection is for that query only.
    const other = await ask(client, 'How do I reset my password');
    expect([other.status, other.key]).toEqual(['HIT', original.key]);
  });

  it('keeps the pair apart both ways: the wrongly served query\'s own answer is not served for the entry\'s text (session 57)', async () => {
    const client = proxy.client({ apiKey: 'sk-feedback-both-ways' });
    const stored = await cached(client, 'How do I water a cactus?');
    const wrong = await ask(client, 'how do i water a cactus');
    expect([wrong.status, wrong.key]).toEqual(['HIT', stored.key]);
    expect((await admin('/admin/feedback', { body: { entry: wrong.key, query: wrong.query } })).status).toBe(200);
    // The query misses and stores its own answer; the entry's text, asked again, is not served it.
    expect((await cached(client, 'how do i water a cactus')).status).toBe('MISS');
    const reversed = await ask(client, 'How do I water a cactus?', { headers: { 'cache-control': 'no-store' } });
    expect(reversed.status).toBe('MISS');
  });

  it('validates the entry and query ids', async () => {
    for (const [body, param] of [
      [{ entry: 'abc' }, 'query'],
      [{ query: '0123456789abcdef0123456789abcdef' }, 'entry'],
      [{ entry: 'not hex', query: '0123456789abcdef0123456789abcdef' }, 'entry'],
      [{ entry: '0123456789abcdef0123456789abcdef', query: 'X-Cache-Query' }, 'query'],
      [{ entry: '0123456789abcdef0123456789abcdef', query: '0123456789abcdef0123456789abcdef', extra: 1 }, 'extra'],
    ] as const) {
      const response = await admin('/admin/feedback', { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body).toMatchObject({ error: { type: 'invalid_request_error', param } });
    }
  });
});
