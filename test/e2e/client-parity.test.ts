/**
 * HIT = MISS for clients (issue #11 finding 9), through the proxy over a real socket: the `openai` SDK sees a
 * request id on a HIT too; a configured CORS policy applies alike to hits, misses, proxy errors and preflights
 * (the upstream's own CORS headers are never relayed); a forced function call (named `tool_choice`) follows
 * `cacheToolCalls`; a streaming HIT replays logprobs with their tokens.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream, type MockBehaviour } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';

const ORIGIN = 'https://app.example';
let upstream: MockUpstream;
let proxy: RunningProxy;
let unique = 0;
const prompt = (text: string) => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;
const settled = () => eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');

beforeAll(async () => {
  upstream = await new MockUpstream({ providerHeaders: true }).start();
  proxy = await startProxy(upstream, { server: { cors: { origins: [ORIGIN], maxAge: '10m' } } });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

describe('request ids', () => {
  it('gives the SDK a request id on a HIT as on a MISS: the client\'s own, or one the proxy made', async () => {
    const client = proxy.client();
    const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [{ role: 'user', content: prompt('Name a prime number') }];
    const miss = await client.chat.completions.create({ model: 'gpt-4o-mini', messages }).withResponse();
    await settled();
    const hit = await client.chat.completions.create({ model: 'gpt-4o-mini', messages }).withResponse();
    expect([miss.response.headers.get('x-cache-status'), hit.response.headers.get('x-cache-status')]).toEqual(['MISS', 'HIT']);
    expect(hit.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(miss.request_id).toMatch(/^[0-9a-f-]{36}$/);
    // The upstream's own id is kept beside it, for its support.
    expect(miss.response.headers.get('x-upstream-request-id')).toMatch(/^req_mock\d+$/);

    const own = await client.chat.completions.create({ model: 'gpt-4o-mini', messages }, { headers: { 'x-request-id': 'client-id-42' } }).withResponse();
    expect(own.response.headers.get('x-cache-status')).toBe('HIT');
    expect(own.request_id).toBe('client-id-42');
  });

  it('replaces a client request id too long or not printable, and still answers with one', async () => {
    const response = await fetch(`${proxy.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'x'.repeat(10_000) },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('CORS (server.cors)', () => {
  const corsHeaders = (response: Response) =>
    Object.fromEntries([...response.headers.entries()].filter(([name]) => name.startsWith('access-control-')));
  const post = (body: string) =>
    fetch(`${proxy.baseURL}/chat/completions`, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json', authorization: 'Bearer sk-cors' }, body });

  it('sends the same CORS headers on a MISS, a HIT and a proxy error, and none of the upstream\'s', async () => {
    const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt('What is CORS?') }] });
    const miss = await post(body);
    await miss.arrayBuffer();
    await settled();
    const hit = await post(body);
    await hit.arrayBuffer();
    const error = await post('{not json');
    expect([miss.headers.get('x-cache-status'), hit.headers.get('x-cache-status'), error.status]).toEqual(['MISS', 'HIT', 400]);
    expect(corsHeaders(hit)['access-control-allow-origin']).toBe(ORIGIN);
    expect(corsHeaders(hit)['access-control-expose-headers']).toContain('x-cache-status');
    expect(corsHeaders(hit)['access-control-expose-headers']).toContain('x-request-id');
    // Every X-Cache-* header a response can carry is readable by browser code, X-Cache-Shadow included.
    expect(corsHeaders(hit)['access-control-expose-headers']).toContain('x-cache-shadow');
    expect(corsHeaders(miss)).toEqual(corsHeaders(hit));
    expect(corsHeaders(error)).toEqual(corsHeaders(hit));
  });

  it('sends them on the 400 of a path refused before any route is known, as on every other proxy error', async () => {
    const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt('What is CORS?') }] });
    const reference = await post('{not json');
    await reference.arrayBuffer();
    // fetch resolves dot segments itself; an empty segment reaches the proxy as sent and is refused there.
    const badPath = await fetch(`${proxy.origin}/v1//chat/completions`, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json' }, body });
    expect(badPath.status).toBe(400);
    expect(((await badPath.json()) as { error: { code: string } }).error.code).toBe('invalid_path');
    expect(corsHeaders(badPath)['access-control-allow-origin']).toBe(ORIGIN);
    expect(corsHeaders(badPath)).toEqual(corsHeaders(reference));
  });

  it('answers a preflight, and gives other origins nothing', async () => {
    const preflight = await fetch(`${proxy.baseURL}/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, x-stainless-os' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-stainless-os');
    expect(preflight.headers.get('access-control-max-age')).toBe('600');
    expect(upstream.calls.some((call) => call.method === 'OPTIONS')).toBe(false);

    const stranger = await fetch(`${proxy.baseURL}/chat/completions`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{not json' });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('forced function calls', () => {
  it('never caches a named tool_choice answer on a route without cacheToolCalls, although it finished with stop', async () => {
    const client = proxy.client();
    const request: OpenAI.Chat.ChatCompletionCreateParamsNonStreaming = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: prompt('What is the weather in Oslo?') }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
    };
    // OpenAI answers a forced function with finish_reason "stop" beside the tool call.
    const forced: MockBehaviour = { kind: 'ok', toolCalls: [{ name: 'get_weather', arguments: '{"city":"Oslo"}' }], finishReason: 'stop' };
    upstream.enqueue(forced, forced);
    const first = await client.chat.completions.create(request).withResponse();
    await settled();
    const second = await client.chat.completions.create(request).withResponse();
    const call = first.data.choices[0]!.message.tool_calls?.[0];
    expect(call?.type === 'function' ? call.function.name : undefined).toBe('get_weather');
    expect([first.response.headers.get('x-cache-status'), second.response.headers.get('x-cache-status')]).toEqual(['MISS', 'MISS']);
  });
});

describe('streamed logprobs', () => {
  it('replays each token\'s logprob in the chunk that carries the token on a streaming HIT, as the MISS streamed them', async () => {
    const client = proxy.client();
    const request: OpenAI.Chat.ChatCompletionCreateParamsStreaming = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: prompt('Tell me about logprobs in a few words please') }],
      logprobs: true,
      stream: true,
    };
    const collect = async () => {
      const { data: stream, response } = await client.chat.completions.create(request).withResponse();
      const chunks: Array<{ content: string; tokens: string[] }> = [];
      for await (const chunk of stream) {
        const choice = chunk.choices[0];
        if (!choice) continue;
        chunks.push({ content: choice.delta.content ?? '', tokens: (choice.logprobs?.content ?? []).map((entry) => entry.token) });
      }
      return { status: response.headers.get('x-cache-status'), chunks };
    };
    const miss = await collect();
    await settled();
    const hit = await collect();
    expect([miss.status, hit.status]).toEqual(['MISS', 'HIT']);
    const withText = hit.chunks.filter((chunk) => chunk.content !== '');
    expect(withText.length).toBeGreaterThan(1);
    // Every chunk's text is exactly its tokens, and no chunk carries logprobs without their text.
    for (const chunk of hit.chunks) expect(chunk.tokens.join('')).toBe(chunk.content);
    expect(hit.chunks.flatMap((chunk) => chunk.tokens)).toEqual(miss.chunks.flatMap((chunk) => chunk.tokens));
  });
});
