/**
 * Per-route rate limits with the embedded store (counted in process): the 429 a client sees, what counts
 * against the limit (misses and everything else that reaches the upstream; hits only with countHits), and
 * per-tenant allowances.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../../helpers/proxy.ts';
import { sampleValue } from '../../unit/observability/prometheus-text.ts';
import { ask, discardLogs, uniqueQuestion, writesSettled } from './support.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(
    upstream,
    {
      routes: [
        { name: 'limited', match: { pathPrefix: '/limited' }, rateLimit: { requests: 2, window: '1h' } },
        { name: 'counted', match: { pathPrefix: '/counted' }, rateLimit: { requests: 2, window: '1h', countHits: true } },
      ],
    },
    { logDestination: discardLogs },
  );
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let keys = 0;
/** A fresh API key per test: each tenant has its own allowance. */
const freshKey = () => `sk-rate-${++keys}-${Math.random().toString(36).slice(2, 8)}`;

async function post(route: string, apiKey: string, content: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${proxy.origin}/${route}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

/** Asks and waits for the answer to be stored, so the next identical request is a plain hit. */
async function miss(route: string, apiKey: string, content: string) {
  const answer = await post(route, apiKey, content);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('x-cache-status')).toBe('MISS');
  await writesSettled(proxy);
  return answer;
}

describe('rate limits (in-memory)', () => {
  it('refuses the request over the limit with an OpenAI-shaped 429 and Retry-After, without calling the upstream', async () => {
    const apiKey = freshKey();
    await miss('limited', apiKey, uniqueQuestion());
    await miss('limited', apiKey, uniqueQuestion());
    const callsBefore = upstream.chatCalls.length;
    const entriesBefore = (await proxy.semcache.store.stats()).entries;

    const refused = await post('limited', apiKey, uniqueQuestion());
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      error: { message: expect.stringContaining('2 requests per 1h'), type: 'requests', param: null, code: 'rate_limit_exceeded' },
    });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2 * 3_600);
    expect(Number(refused.headers.get('retry-after-ms'))).toBeLessThanOrEqual(retryAfter * 1_000);
    expect(upstream.chatCalls.length).toBe(callsBefore);
    expect((await proxy.semcache.store.stats()).entries).toBe(entriesBefore);
  });

  it('surfaces as the openai SDK\'s RateLimitError', async () => {
    const client = proxy.client({ apiKey: freshKey(), route: 'limited' });
    await ask(client, uniqueQuestion());
    await ask(client, uniqueQuestion());
    const error = await ask(client, uniqueQuestion()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).code).toBe('rate_limit_exceeded');
  });

  it('does not count hits by default: a tenant over its limit is still served from the cache', async () => {
    const apiKey = freshKey();
    const cachedQuestion = uniqueQuestion();
    await miss('limited', apiKey, cachedQuestion);
    for (let i = 0; i < 5; i++) expect((await post('limited', apiKey, cachedQuestion)).headers.get('x-cache-status')).toBe('HIT');
    await miss('limited', apiKey, uniqueQuestion());
    expect((await post('limited', apiKey, uniqueQuestion())).status).toBe(429);
    const hit = await post('limited', apiKey, cachedQuestion);
    expect(hit.status).toBe(200);
    expect(hit.headers.get('x-cache-status')).toBe('HIT');
  });

  it('counts hits on a route with countHits', async () => {
    const apiKey = freshKey();
    const cachedQuestion = uniqueQuestion();
    await miss('counted', apiKey, cachedQuestion);
    expect((await post('counted', apiKey, cachedQuestion)).headers.get('x-cache-status')).toBe('HIT');
    const refused = await post('counted', apiKey, cachedQuestion);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limit_exceeded');
  });

  it('counts bypassed and refreshed requests, which reach the upstream', async () => {
    const apiKey = freshKey();
    const cachedQuestion = uniqueQuestion();
    await miss('limited', apiKey, cachedQuestion);
    const refreshed = await post('limited', apiKey, cachedQuestion, { 'cache-control': 'no-cache' });
    expect(refreshed.headers.get('x-cache-status')).toBe('REFRESH');
    const bypassed = await post('limited', apiKey, cachedQuestion, { 'cache-control': 'no-cache, no-store' });
    expect(bypassed.status).toBe(429);
  });

  it('gives every API key its own allowance', async () => {
    const first = freshKey();
    await miss('limited', first, uniqueQuestion());
    await miss('limited', first, uniqueQuestion());
    expect((await post('limited', first, uniqueQuestion())).status).toBe(429);
    expect((await post('limited', freshKey(), uniqueQuestion())).status).toBe(200);
  });

  it('counts and limits pass-through requests too, on any path that reaches the upstream', async () => {
    // Embeddings, models, images, another case (a `;` in a segment is refused as a path since session 30): all reach the upstream, none was counted.
    const apiKey = freshKey();
    const pass = (method: string, path: string, body?: string) =>
      fetch(`${proxy.origin}/limited/v1/${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body });
    const embeddings = await pass('POST', 'embeddings', JSON.stringify({ model: 'text-embedding-3-small', input: 'hello' }));
    expect(embeddings.status).toBe(200);
    await embeddings.arrayBuffer();
    const models = await pass('GET', 'models');
    expect(models.status).toBe(200);
    await models.arrayBuffer();
    const callsBefore = upstream.calls.length;
    for (const [method, path] of [['POST', 'images/generations'], ['POST', 'Chat/Completions'], ['GET', 'Models'], ['POST', 'embeddings']] as const) {
      const refused = await pass(method, path, method === 'POST' ? '{}' : undefined);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refused.json()).toEqual({ error: { message: expect.stringContaining('2 requests per 1h'), type: 'requests', param: null, code: 'rate_limit_exceeded' } });
    }
    expect(upstream.calls.length).toBe(callsBefore);
    // One allowance for cached and passed-through requests alike.
    expect((await post('limited', apiKey, uniqueQuestion())).status).toBe(429);
    expect((await pass('GET', 'models', undefined)).status).toBe(429);
    const other = await fetch(`${proxy.origin}/limited/v1/models`, { headers: { authorization: `Bearer ${freshKey()}` } });
    expect(other.status).toBe(200);
  });

  it('leaves routes without a rateLimit unlimited', async () => {
    const apiKey = freshKey();
    const client = proxy.client({ apiKey });
    for (let i = 0; i < 5; i++) expect((await ask(client, uniqueQuestion())).status).toBe('MISS');
  });

  it('counts refusals in semcache_rate_limited_total by route', async () => {
    const apiKey = freshKey();
    const scrape = async () => (await fetch(`${proxy.origin}/metrics`)).text();
    const before = sampleValue(await scrape(), 'semcache_rate_limited_total', { route: 'limited' }) ?? 0;
    await miss('limited', apiKey, uniqueQuestion());
    await miss('limited', apiKey, uniqueQuestion());
    await post('limited', apiKey, uniqueQuestion());
    await post('limited', apiKey, uniqueQuestion());
    expect(sampleValue(await scrape(), 'semcache_rate_limited_total', { route: 'limited' })).toBe(before + 2);
  });
});
