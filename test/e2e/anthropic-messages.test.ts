import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, {
    routes: [
      { name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' }, rateLimit: { requests: 1000, window: '1m' } },
      { name: 'claude-tools', match: { pathPrefix: '/claude-tools' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' }, cacheToolCalls: true },
      { name: 'claude-only', match: { pathPrefix: '/claude-only', model: 'claude-*' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' } },
    ],
  });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;
const claude = (apiKey = 'sk-ant-test-one', route = 'claude') => new Anthropic({ apiKey, baseURL: `${proxy.origin}/${route}`, maxRetries: 0, timeout: 15_000 });
const MODEL = 'claude-sonnet-4-5';

async function create(client: Anthropic, params: Omit<Anthropic.MessageCreateParamsNonStreaming, 'model' | 'max_tokens'> & { max_tokens?: number }, headers?: Record<string, string>) {
  const { data, response } = await client.messages.create({ model: MODEL, max_tokens: 256, ...params }, { headers }).withResponse();
  return { data, headers: response.headers, status: response.headers.get('x-cache-status') };
}

describe('Anthropic Messages through @anthropic-ai/sdk', () => {
  it("refuses a model its prefix's routes do not match rather than send the Anthropic key to default's OpenAI upstream", async () => {
    const calls = upstream.calls.length;
    const served = await create(claude('sk-ant-only', 'claude-only'), { messages: [{ role: 'user', content: question() }] });
    expect(served.status).toBe('MISS');
    const refused = create(claude('sk-ant-only', 'claude-only'), { model: 'gpt-4o', messages: [{ role: 'user', content: question() }] } as never);
    await expect(refused).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    await expect(refused).rejects.toMatchObject({ error: { type: 'error', error: { type: 'not_found_error' } } });
    expect(upstream.calls.length).toBe(calls + 1);
  });

  it('misses, then serves the identical request from the cache with a fresh id, the same content and the original usage', async () => {
    const client = claude();
    const messages = [{ role: 'user' as const, content: question() }];
    const calls = upstream.messagesCalls.length;
    const first = await create(client, { messages });
    const second = await create(client, { messages });
    expect(first.status).toBe('MISS');
    expect(second.status).toBe('HIT');
    expect(second.data.content).toEqual(first.data.content);
    expect(second.data.id).toMatch(/^msg_[A-Za-z0-9]{24}$/); // shaped as Anthropic's own: no '-' or '_'
    expect(second.data.id).not.toBe(first.data.id);
    expect(second.data.usage).toEqual(first.data.usage);
    expect(upstream.messagesCalls).toHaveLength(calls + 1);
    // The credential went upstream; the request went to the route's own upstream with the join rule.
    const sent = upstream.messagesCalls.at(-1)!.headers;
    expect(sent['x-api-key'] ?? sent.authorization).toMatch(/sk-ant-test-one$/);
  });

  it('streams a miss, then replays the hit so messages.stream() and finalMessage() give the same message', async () => {
    const client = claude();
    const messages = [{ role: 'user' as const, content: question('Tell me a short story about a lighthouse keeper and the sea') }];
    const miss = client.messages.stream({ model: MODEL, max_tokens: 256, messages });
    let missText = '';
    miss.on('text', (text) => (missText += text));
    let missStartUsage: unknown;
    miss.on('streamEvent', (event) => {
      if (event.type === 'message_start') missStartUsage = { ...event.message.usage }; // the SDK goes on counting into it
    });
    const missFinal = await miss.finalMessage();

    const { data: raw, response } = await client.messages.create({ model: MODEL, max_tokens: 256, messages, stream: true }).withResponse();
    expect(response.headers.get('x-cache-status')).toBe('HIT');
    const types: string[] = [];
    let hitStartUsage: unknown;
    for await (const event of raw) {
      types.push(event.type);
      if (event.type === 'message_start') hitStartUsage = event.message.usage;
    }
    expect(types[0]).toBe('message_start');
    // As Anthropic starts a stream: one output token counted so far (a hostile SDK tester, session 35: the hit said 0).
    expect(hitStartUsage).toEqual(missStartUsage);
    expect(types).toContain('content_block_start');
    expect(types).toContain('content_block_delta');
    expect(types).toContain('content_block_stop');
    expect(types.slice(-2)).toEqual(['message_delta', 'message_stop']);

    const hit = client.messages.stream({ model: MODEL, max_tokens: 256, messages });
    let hitText = '';
    hit.on('text', (text) => (hitText += text));
    const hitFinal = await hit.finalMessage();
    expect(hitText).toBe(missText);
    expect(hitFinal.content).toEqual(missFinal.content);
    expect(hitFinal.stop_reason).toBe('end_turn');
    expect(hitFinal.usage.output_tokens).toBe(missFinal.usage.output_tokens);
    expect(hitFinal.usage.input_tokens).toBe(missFinal.usage.input_tokens);

    const json = await create(client, { messages });
    expect(json.status).toBe('HIT');
    expect(json.data.content).toEqual(missFinal.content);
  });

  it('keeps system, sampling, max_tokens and the anthropic-beta header in the partition, and keys apart', async () => {
    const client = claude();
    const messages = [{ role: 'user' as const, content: question() }];
    expect((await create(client, { messages, system: 'Be terse.' })).status).toBe('MISS');
    expect((await create(client, { messages, system: [{ type: 'text', text: 'Be terse.' }] })).status).toBe('HIT');
    expect((await create(client, { messages, system: 'Be verbose.' })).status).toBe('MISS');
    expect((await create(client, { messages, system: 'Be terse.', stop_sequences: ['END'] })).status).toBe('MISS');
    expect((await create(client, { messages, system: 'Be terse.', max_tokens: 64 })).status).toBe('MISS');
    expect((await create(client, { messages, system: 'Be terse.' }, { 'anthropic-beta': 'some-beta-2025-01-01' })).status).toBe('MISS');
    expect((await create(claude('sk-ant-test-two'), { messages, system: 'Be terse.' })).status).toBe('MISS');
    // Anthropic's own credential header identifies the tenant too.
    const raw = (apiKey: string) =>
      fetch(`${proxy.origin}/claude/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': apiKey }, body: JSON.stringify({ model: MODEL, max_tokens: 256, messages }) });
    expect((await raw('sk-ant-raw-one')).headers.get('x-cache-status')).toBe('MISS');
    expect((await raw('sk-ant-raw-one')).headers.get('x-cache-status')).toBe('HIT');
    expect((await raw('sk-ant-raw-two')).headers.get('x-cache-status')).toBe('MISS');
  });

  it('stores tool_use only where the route allows it', async () => {
    const tools = [{ name: 'weather', description: 'Weather for a city', input_schema: { type: 'object' as const, properties: { city: { type: 'string' } } } }];
    for (const [route, second] of [['claude', 'MISS'], ['claude-tools', 'HIT']] as const) {
      const client = claude(undefined, route);
      const messages = [{ role: 'user' as const, content: question('Weather in Paris?') }];
      upstream.enqueue({ kind: 'ok', toolCalls: [{ name: 'weather', arguments: '{"city":"Paris"}' }] });
      const first = await create(client, { messages, tools });
      expect(first.data.stop_reason).toBe('tool_use');
      if (second === 'MISS') upstream.enqueue({ kind: 'ok', toolCalls: [{ name: 'weather', arguments: '{"city":"Paris"}' }] });
      const again = await create(client, { messages, tools });
      expect(again.status).toBe(second);
      // Ids of tool_use blocks are the upstream's; a fresh upstream call makes new ones.
      const withoutIds = (content: Anthropic.ContentBlock[]) => content.map((block) => ({ ...block, id: undefined }));
      expect(withoutIds(again.data.content)).toEqual(withoutIds(first.data.content));
      if (second === 'HIT') expect(again.data.content).toEqual(first.data.content);
    }
  });

  it('answers errors in Anthropic shape: bad input 400, upstream errors passed through typed and never cached', async () => {
    const client = claude();
    const calls = upstream.messagesCalls.length;
    const bad = await fetch(`${proxy.origin}/claude/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'k' }, body: JSON.stringify({ model: MODEL, max_tokens: 5, messages: 'hi' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    await expect(client.messages.create({ model: MODEL, max_tokens: 5, messages: [{ role: 'system' as 'user', content: 'x' }] })).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    expect(upstream.messagesCalls).toHaveLength(calls);

    const messages = [{ role: 'user' as const, content: question() }];
    upstream.enqueue({ kind: 'error', status: 529 });
    await expect(create(client, { messages })).rejects.toBeInstanceOf(Anthropic.APIError);
    expect((await create(client, { messages })).status).toBe('MISS');
  });

  it('never stores a stream that broke or ended without message_stop', async () => {
    const client = claude();
    const messages = [{ role: 'user' as const, content: question('Write three sentences about the moon and its phases please') }];
    upstream.enqueue({ kind: 'broken-stream', afterChunks: 2 });
    await expect(client.messages.stream({ model: MODEL, max_tokens: 256, messages }).finalMessage()).rejects.toThrow();
    upstream.enqueue({ kind: 'no-done' });
    for await (const _event of await client.messages.create({ model: MODEL, max_tokens: 256, messages, stream: true })) void _event;
    expect((await create(client, { messages })).status).toBe('MISS');
  });

  it('passes other paths of an Anthropic route to its upstream, with proxy errors in Anthropic shape', async () => {
    const models = await fetch(`${proxy.origin}/claude/v1/models`, { headers: { 'x-api-key': 'k' } });
    expect(models.status).toBe(200);
    const unknown = await fetch(`${proxy.origin}/claude/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it('answers a malformed or unknown path under an Anthropic route in Anthropic shape too', async () => {
    for (const path of ['/claude/v1/messages/', '/claude/v1//messages', '/claude/v1/%2e%2e/messages', '/claude/messages']) {
      const answer = await fetch(`${proxy.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'k' }, body: '{}' });
      expect([400, 404]).toContain(answer.status);
      expect(await answer.json()).toMatchObject({ type: 'error', error: { type: expect.any(String), message: expect.any(String) } });
    }
    // An OpenAI path keeps OpenAI's shape.
    const openAi = await fetch(`${proxy.origin}/v1//chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await openAi.json()).toMatchObject({ error: { code: 'invalid_path' } });
  });
});

// Session 34, an audit of request parameters: OpenAI's fields that change no answer were left out of an Anthropic
// request's partition too, so one Anthropic refuses with a 400 got another request's cached answer.
describe("OpenAI's answer-neutral fields in an Anthropic request", () => {
  it('keeps user, store, prompt_cache_key, safety_identifier and stream_options in the partition (Anthropic refuses them), and metadata and service_tier out', async () => {
    const text = question();
    expect((await create(claude(), { messages: [{ role: 'user', content: text }] })).status).toBe('MISS');
    for (const field of [{ user: 'u1' }, { store: true }, { prompt_cache_key: 'k' }, { safety_identifier: 's' }, { stream_options: { include_usage: true } }]) {
      expect((await create(claude(), { messages: [{ role: 'user', content: text }], ...field } as never)).status).toBe('MISS');
    }
    expect((await create(claude(), { messages: [{ role: 'user', content: text }], metadata: { user_id: 'abc' }, service_tier: 'auto' })).status).toBe('HIT');
  });
});
