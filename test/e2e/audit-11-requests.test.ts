import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Audit 11: requests the official SDKs send that the proxy must accept (or refuse in the API's own shape, sending
 * nothing upstream and storing nothing), and the cache headers and controls on the Responses and Messages APIs.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, {
    routes: [
      { name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' } },
      { name: 'cool', match: { pathPrefix: '/cool' }, maxTemperature: 0.5 },
      { name: 'coolclaude', match: { pathPrefix: '/coolclaude' }, maxTemperature: 0.5, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' } },
    ],
  });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;
const claude = (prefix = 'claude') => new Anthropic({ apiKey: 'sk-ant-audit11', baseURL: `${proxy.origin}/${prefix}`, maxRetries: 0 });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${proxy.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-audit11', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('a Responses request built from a stored prompt template, without `model`', () => {
  // openai-node types `model?:` as optional on responses.create (a stored prompt names its model), and the README
  // lists `prompt` (template id, version, variables) among the partitioned fields; validate-responses-request.ts
  // calls expectModel and answers 400 "'model' is required", sending nothing upstream.
  it('is forwarded to the upstream rather than refused with a 400', async () => {
    const before = upstream.responsesCalls.length;
    const client = proxy.client();
    const result = await client.responses
      .create({ prompt: { id: 'pmpt_audit11', variables: { city: 'Paris' } }, input: question() } as OpenAI.Responses.ResponseCreateParamsNonStreaming)
      .then(() => 'answered', (error: InstanceType<typeof OpenAI.APIError>) => `${error.status} ${error.message}`);
    expect(result).toBe('answered');
    expect(upstream.responsesCalls.length).toBe(before + 1);
  });

  it('is cached under its template (the partition holds the prompt), and without either still gets the 400', async () => {
    const client = proxy.client();
    const input = question();
    const ask = (variables: Record<string, string>) =>
      client.responses.create({ prompt: { id: 'pmpt_audit11', variables }, input } as OpenAI.Responses.ResponseCreateParamsNonStreaming).withResponse();
    expect((await ask({ city: 'Paris' })).response.headers.get('x-cache-status')).toBe('MISS');
    expect((await ask({ city: 'Paris' })).response.headers.get('x-cache-status')).toBe('HIT');
    expect((await ask({ city: 'Rome' })).response.headers.get('x-cache-status')).toBe('MISS');
    const before = upstream.responsesCalls.length;
    const refused = await post('/v1/responses', { input });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { param: string } }).error.param).toBe('model');
    expect(upstream.responsesCalls.length).toBe(before);
  });
});

describe('bad input gets each API’s own error shape and status, reaches no upstream, and stores nothing', () => {
  it('chat completions and responses: OpenAI shape with param and code', async () => {
    const before = upstream.calls.length;
    const cases: Array<[string, unknown]> = [
      ['/v1/chat/completions', { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 42 }] }],
      ['/v1/chat/completions', { model: 'gpt-4o-mini', messages: [] }],
      ['/v1/chat/completions', { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }], stream: 'yes' }],
      ['/v1/chat/completions', '{"model":'],
      ['/v1/responses', { model: 'gpt-4o-mini', input: 42 }],
      ['/v1/responses', { model: 'gpt-4o-mini', input: 'x', temperature: 'hot' }],
    ];
    for (const [path, body] of cases) {
      const response = await post(path, body);
      expect(response.status).toBe(400);
      const json = (await response.json()) as { error: Record<string, unknown> };
      expect(Object.keys(json)).toEqual(['error']);
      expect(Object.keys(json.error).sort()).toEqual(['code', 'message', 'param', 'type']);
      expect(json.error.type).toBe('invalid_request_error');
      expect(response.headers.get('x-request-id')).toBeTruthy();
    }
    expect(upstream.calls.length).toBe(before);
  });

  it('messages: Anthropic shape, which @anthropic-ai/sdk raises as BadRequestError', async () => {
    const before = upstream.calls.length;
    const client = claude();
    for (const body of [
      { model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'system', content: 'x' }] },
      { model: 'claude-sonnet-4-5', max_tokens: '10', messages: [{ role: 'user', content: 'x' }] },
      { model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 7 }] },
      { max_tokens: 10, messages: [{ role: 'user', content: 'x' }] },
    ]) {
      const error = await client.messages.create(body as never).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Anthropic.BadRequestError);
      expect((error as InstanceType<typeof Anthropic.BadRequestError>).error).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    }
    const raw = await post('/claude/v1/messages', '{"model":', { 'x-api-key': 'sk-ant-audit11', 'anthropic-version': '2023-06-01' });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(upstream.calls.length).toBe(before);
  });

  it('invalid cache control headers: 400 in the route’s shape', async () => {
    const openai = await post('/v1/responses', { model: 'gpt-4o-mini', input: 'x' }, { 'x-cache-ttl': '-5' });
    expect(openai.status).toBe(400);
    expect(((await openai.json()) as { error: { param: string } }).error.param).toBe('X-Cache-TTL');
    const anthropic = await post('/claude/v1/messages', { model: 'claude-sonnet-4-5', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }, { 'x-cache-threshold': 'high', 'x-api-key': 'k' });
    expect(anthropic.status).toBe(400);
    expect(await anthropic.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });
});

describe('cache headers and request controls on Responses and Messages', () => {
  it('MISS then HIT with X-Cache-Key, X-Cache-Query, Age and X-Request-Id echoed; no-cache REFRESHes and replaces the entry', async () => {
    const client = proxy.client({ headers: { 'x-request-id': 'audit11-req-1' } });
    const input = question();
    const miss = await client.responses.create({ model: 'gpt-4o-mini', input }).withResponse();
    expect(miss.response.headers.get('x-cache-status')).toBe('MISS');
    expect(miss.response.headers.get('x-request-id')).toBe('audit11-req-1');
    const hit = await client.responses.create({ model: 'gpt-4o-mini', input }).withResponse();
    expect(hit.response.headers.get('x-cache-status')).toBe('HIT');
    expect(hit.response.headers.get('x-cache-match')).toBe('exact');
    expect(hit.response.headers.get('x-cache-key')).toBe(miss.response.headers.get('x-cache-key'));
    expect(hit.response.headers.get('age')).toMatch(/^\d+$/);
    expect(hit.response.headers.get('x-request-id')).toBe('audit11-req-1');
    const refreshed = await client.responses.create({ model: 'gpt-4o-mini', input }, { headers: { 'cache-control': 'no-cache' } }).withResponse();
    expect(refreshed.response.headers.get('x-cache-status')).toBe('REFRESH');
    expect(refreshed.data.output_text).not.toBe(miss.data.output_text);
    const after = await client.responses.create({ model: 'gpt-4o-mini', input }).withResponse();
    expect(after.data.output_text).toBe(refreshed.data.output_text);
  });

  it('Pragma: no-cache with Cache-Control: no-store bypasses Anthropic requests; no-store alone stores nothing', async () => {
    const client = claude();
    const content = question();
    const body = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content }] };
    const bypass = await client.messages.create(body, { headers: { pragma: 'no-cache', 'cache-control': 'no-store' } }).withResponse();
    expect(bypass.response.headers.get('x-cache-status')).toBe('BYPASS');
    const noStore = await client.messages.create(body, { headers: { 'cache-control': 'no-store' } }).withResponse();
    expect(noStore.response.headers.get('x-cache-status')).toBe('MISS');
    expect((await client.messages.create(body).withResponse()).response.headers.get('x-cache-status')).toBe('MISS');
    expect((await client.messages.create(body).withResponse()).response.headers.get('x-cache-status')).toBe('HIT');
  });

  it('maxTemperature applies to Responses and Messages; an omitted temperature is cached', async () => {
    const client = proxy.client({ route: 'cool' });
    const input = question();
    expect((await client.responses.create({ model: 'gpt-4o-mini', input, temperature: 0.9 }).withResponse()).response.headers.get('x-cache-status')).toBe('BYPASS');
    expect((await client.responses.create({ model: 'gpt-4o-mini', input }).withResponse()).response.headers.get('x-cache-status')).toBe('MISS');
    const anthropic = claude('coolclaude');
    const body: Anthropic.MessageCreateParamsNonStreaming = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: question() }] };
    expect((await anthropic.messages.create({ ...body, temperature: 0.9 } as Anthropic.MessageCreateParamsNonStreaming).withResponse()).response.headers.get('x-cache-status')).toBe('BYPASS');
    expect((await anthropic.messages.create({ ...body, temperature: 0.2 } as Anthropic.MessageCreateParamsNonStreaming).withResponse()).response.headers.get('x-cache-status')).toBe('MISS');
  });
});

describe('upstream errors and non-final answers are never stored', () => {
  it('a 429 with retry-after reaches the SDK as RateLimitError with its header, and the retry misses', async () => {
    const client = proxy.client();
    const input = question();
    upstream.enqueue({ kind: 'error', status: 429, body: { error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' } } });
    const error = await client.responses.create({ model: 'gpt-4o-mini', input }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((await client.responses.create({ model: 'gpt-4o-mini', input }).withResponse()).response.headers.get('x-cache-status')).toBe('MISS');
  });

  it('chat: length and content_filter finishes are not stored; max_tokens truncation on Anthropic neither', async () => {
    const client = proxy.client();
    for (const finishReason of ['length', 'content_filter']) {
      const content = question();
      upstream.enqueue({ kind: 'ok', finishReason });
      await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] });
      expect((await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse()).response.headers.get('x-cache-status')).toBe('MISS');
    }
    const anthropic = claude();
    const body = { model: 'claude-sonnet-4-5', max_tokens: 3, messages: [{ role: 'user' as const, content: question() }] };
    upstream.enqueue({ kind: 'ok', finishReason: 'length' });
    expect((await anthropic.messages.create(body)).stop_reason).toBe('max_tokens');
    expect((await anthropic.messages.create(body).withResponse()).response.headers.get('x-cache-status')).toBe('MISS');
  });
});
