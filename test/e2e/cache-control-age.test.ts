import Anthropic from '@anthropic-ai/sdk';
import OpenAI, { APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, useProxy, withClaudeRoute, type RunningProxy } from '../helpers/proxy.ts';

/**
 * `Cache-Control: max-age=N` and `only-if-cached` on a request (RFC 9111 §5.2.1): an entry stored longer than N seconds
 * ago is not served (max-age=0 skips the lookup, as no-cache does), and only-if-cached answers from the cache or with a
 * 504, never calling the upstream. Before session 50 both directives were ignored: a max-age=60 request was served a
 * day-old answer, and only-if-cached went upstream.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), withClaudeRoute);

const unique = () => Math.random().toString(36).slice(2);

async function ask(content: string, cacheControl?: string) {
  const client = proxy.client(cacheControl === undefined ? {} : { headers: { 'Cache-Control': cacheControl } });
  const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse();
  await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');
  return { status: response.headers.get('x-cache-status'), key: response.headers.get('x-cache-key')!, text: data.choices[0]!.message.content };
}

/** Rewrites a stored entry as if it had been stored `seconds` ago, through the store's own API. */
async function age(id: string, seconds: number): Promise<void> {
  const entry = await proxy.semcache.store.get(id);
  expect(entry).toBeDefined();
  await proxy.semcache.store.put({ ...entry!, createdAt: Date.now() - seconds * 1_000 }, 3_600_000);
}

describe('Cache-Control: max-age', () => {
  it('serves an entry younger than max-age and not one older (exact tier)', async () => {
    const prompt = `What is the tallest mountain in Europe? ${unique()}`;
    const stored = await ask(prompt);
    expect(stored.status).toBe('MISS');
    await age(stored.key, 120);
    expect((await ask(prompt, 'max-age=600')).status).toBe('HIT');
    const calls = upstream.chatCalls.length;
    const fresh = await ask(prompt, 'max-age=60');
    expect(fresh.status).toBe('MISS');
    expect(upstream.chatCalls.length).toBe(calls + 1);
    // The fresh answer replaced the old entry: a later max-age=60 request is served it.
    expect((await ask(prompt, 'max-age=60')).status).toBe('HIT');
  });

  it('passes over an old semantic candidate too', async () => {
    const tag = unique();
    const stored = await ask(`What is the boiling point of water at sea level? ${tag}`);
    await age(stored.key, 3_600);
    expect((await ask(`what is the boiling point of water at sea level ${tag}`, 'max-age=60')).status).toBe('MISS');
    expect((await ask(`Please, what is the boiling point of water at sea level? ${tag}`, 'max-age=7200')).status).toBe('HIT');
  });

  it('max-age=0 skips the lookup and stores the fresh answer, as no-cache does', async () => {
    const prompt = `Name three primary colours. ${unique()}`;
    await ask(prompt);
    expect((await ask(prompt)).status).toBe('HIT');
    const calls = upstream.chatCalls.length;
    expect((await ask(prompt, 'max-age=0')).status).toBe('REFRESH');
    expect(upstream.chatCalls.length).toBe(calls + 1);
    expect((await ask(prompt)).status).toBe('HIT');
  });

  it('reads a max-age too large to hold as 2^31 seconds (RFC 9111 §1.2.2)', async () => {
    const prompt = `Name the largest ocean. ${unique()}`;
    await ask(prompt);
    expect((await ask(prompt, 'max-age=99999999999999')).status).toBe('HIT');
  });

  it.each(['max-age=soon', 'max-age=-1', 'max-age', 'max-age=10, max-age=20'])('refuses %j with a 400 naming the header', async (value) => {
    const error = await ask(`Hello ${unique()}`, value).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(400);
    expect((error as APIError).param).toBe('Cache-Control');
  });
});

describe('Cache-Control: only-if-cached', () => {
  it('answers a cached prompt and gives a 504 in the API\'s shape for an uncached one, without calling the upstream', async () => {
    const prompt = `List the planets of the solar system. ${unique()}`;
    await ask(prompt);
    expect((await ask(prompt, 'only-if-cached')).status).toBe('HIT');
    const calls = upstream.chatCalls.length;
    const error = await ask(`List the moons of Mars. ${unique()}`, 'only-if-cached').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(504);
    expect((error as APIError).code).toBe('not_cached');
    expect((error as APIError).headers?.get('x-cache-status')).toBe('MISS');
    // The SDKs retry a 5xx twice unless told not to: another try would find the same.
    expect((error as APIError).headers?.get('x-should-retry')).toBe('false');
    expect(upstream.chatCalls.length).toBe(calls);
  });

  it('is one request with the SDK\'s default retries', async () => {
    let requests = 0;
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: proxy.baseURL, defaultHeaders: { 'Cache-Control': 'only-if-cached' }, fetch: (url, init) => (requests++, fetch(url, init)) });
    const error = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Uncached ${unique()}` }] }).catch((caught: unknown) => caught);
    expect((error as APIError).status).toBe(504);
    expect(requests).toBe(1);
  });

  it('gives a 504 on a path the cache passes through, without calling the upstream', async () => {
    const response = await fetch(`${proxy.baseURL}/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test', 'cache-control': 'only-if-cached' }, body: JSON.stringify({ model: 'text-embedding-3-small', input: 'hello' }) });
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ error: { code: 'not_cached' } });
    expect(upstream.calls.filter((call) => call.path.endsWith('/embeddings'))).toHaveLength(0);
  });

  it('with max-age, gives a 504 for an entry that is too old', async () => {
    const prompt = `What is the speed of light? ${unique()}`;
    const stored = await ask(prompt);
    await age(stored.key, 300);
    const calls = upstream.chatCalls.length;
    const error = await ask(prompt, 'only-if-cached, max-age=60').catch((caught: unknown) => caught);
    expect((error as APIError).status).toBe(504);
    expect(upstream.chatCalls.length).toBe(calls);
  });

  it('never calls the upstream on a request the policy would pass through', async () => {
    const calls = upstream.chatCalls.length;
    const client = proxy.client({ headers: { 'Cache-Control': 'only-if-cached, no-cache' } });
    const error = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Hi ${unique()}` }] }).catch((caught: unknown) => caught);
    expect((error as APIError).status).toBe(504);
    const bypass = await client.chat.completions.create({ model: 'gpt-4o-mini', n: 2, messages: [{ role: 'user', content: `Hi ${unique()}` }] }).catch((caught: unknown) => caught);
    expect((bypass as APIError).status).toBe(504);
    expect((bypass as APIError).headers?.get('x-cache-status')).toBe('BYPASS');
    expect(upstream.chatCalls.length).toBe(calls);
  });

  it('answers the Anthropic SDK with its own error shape', async () => {
    const claude = new Anthropic({ apiKey: 'sk-ant-test', baseURL: `${proxy.origin}/claude`, maxRetries: 0, defaultHeaders: { 'Cache-Control': 'only-if-cached' } });
    const calls = upstream.messagesCalls.length;
    const error = await claude.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 50, messages: [{ role: 'user', content: `Hello ${unique()}` }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect((error as InstanceType<typeof Anthropic.APIError>).status).toBe(504);
    expect((error as InstanceType<typeof Anthropic.APIError>).error).toMatchObject({ type: 'error', error: { message: expect.stringContaining('only-if-cached') } });
    expect(upstream.messagesCalls.length).toBe(calls);
  });
});
