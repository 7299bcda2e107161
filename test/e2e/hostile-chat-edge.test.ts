import OpenAI from 'openai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy, useProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Chat completions fields the other suites leave alone, through the `openai` SDK: every request field that changes
 * the answer (reasoning_effort, verbosity, response_format schemas, tool_choice variants, parallel_tool_calls,
 * seed, prediction, web_search_options, logprobs, legacy functions, a message's name) keys apart; fields that do
 * not (store, metadata, user, service_tier, safety_identifier, prompt_cache_key) do not; non-text output and n > 1
 * bypass; a streamed hit carries the usage chunk exactly when the client asked for it, whatever shape the entry
 * was stored from.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running));

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;
type Params = Partial<OpenAI.Chat.ChatCompletionCreateParamsNonStreaming> & Record<string, unknown>;

async function ask(client: OpenAI, params: Params) {
  const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', ...params } as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming).withResponse();
  return { data, status: response.headers.get('x-cache-status') };
}
const statusOf = async (client: OpenAI, params: Params) => (await ask(client, params)).status;

/** A streamed request: its status, text, every chunk, and the usage-carrying chunks. */
async function streamed(client: OpenAI, params: Params) {
  const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', ...params, stream: true } as OpenAI.Chat.ChatCompletionCreateParamsStreaming).withResponse();
  const chunks: OpenAI.Chat.ChatCompletionChunk[] = [];
  for await (const chunk of data) chunks.push(chunk);
  const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
  return { status: response.headers.get('x-cache-status'), chunks, text, usageChunks: chunks.filter((chunk) => chunk.usage !== null && chunk.usage !== undefined) };
}

const user = (content: string): OpenAI.Chat.ChatCompletionMessageParam => ({ role: 'user', content });

describe('fields that change the answer key apart', () => {
  it('keys apart reasoning_effort, verbosity, response_format schemas, tool_choice variants, parallel_tool_calls, seed, prediction, web_search_options, logprobs, legacy functions', async () => {
    const client = proxy.client({ apiKey: 'sk-chat-edge-fields' });
    const tools: OpenAI.Chat.ChatCompletionTool[] = [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } } } } }];
    const schema = (name: string, strict: boolean, properties: Record<string, unknown>): OpenAI.ResponseFormatJSONSchema => ({ type: 'json_schema', json_schema: { name, strict, schema: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false } } });
    const base: Params = { messages: [user(question('Give me a city'))], tools, response_format: schema('city', true, { city: { type: 'string' } }) };
    expect(await statusOf(client, base)).toBe('MISS');
    expect(await statusOf(client, base)).toBe('HIT');
    const variants: Array<[string, Params]> = [
      ['reasoning_effort low', { ...base, reasoning_effort: 'low' }],
      ['reasoning_effort high', { ...base, reasoning_effort: 'high' }],
      ['verbosity', { ...base, verbosity: 'low' }],
      ['json_schema name', { ...base, response_format: schema('town', true, { city: { type: 'string' } }) }],
      ['json_schema strict', { ...base, response_format: schema('city', false, { city: { type: 'string' } }) }],
      ['json_schema property', { ...base, response_format: schema('city', true, { city: { type: 'string' }, country: { type: 'string' } }) }],
      ['json_object', { ...base, response_format: { type: 'json_object' } }],
      ['tool_choice auto', { ...base, tool_choice: 'auto' }],
      ['tool_choice none', { ...base, tool_choice: 'none' }],
      ['tool_choice required', { ...base, tool_choice: 'required' }],
      ['tool_choice named', { ...base, tool_choice: { type: 'function', function: { name: 'lookup' } } }],
      ['parallel_tool_calls', { ...base, parallel_tool_calls: false }],
      ['seed', { ...base, seed: 42 }],
      ['another seed', { ...base, seed: 43 }],
      ['prediction', { ...base, prediction: { type: 'content', content: 'Paris' } }],
      ['web_search_options', { ...base, web_search_options: { search_context_size: 'low' } }],
      ['logprobs', { ...base, logprobs: true }],
      ['top_logprobs', { ...base, logprobs: true, top_logprobs: 3 }],
      ['logit_bias', { ...base, logit_bias: { '1234': -100 } }],
      ['stop', { ...base, stop: ['\n'] }],
      ['presence_penalty', { ...base, presence_penalty: 0.5 }],
      ['temperature 0', { ...base, temperature: 0 }],
      ['functions (legacy)', { ...base, functions: [{ name: 'lookup', parameters: { type: 'object', properties: {} } }] }],
    ];
    for (const [name, params] of variants) {
      // Web search reads the web as it is now: never cached (session 30, reason live-data).
      expect({ name, status: await statusOf(client, params) }).toEqual({ name, status: name === 'web_search_options' ? 'BYPASS' : 'MISS' });
    }
  });

  it('keys apart the name of the last user message and of an earlier one', async () => {
    const client = proxy.client({ apiKey: 'sk-chat-edge-names' });
    const text = question('What is my name?');
    expect(await statusOf(client, { messages: [{ role: 'user', content: text, name: 'alice' }] })).toBe('MISS');
    expect(await statusOf(client, { messages: [{ role: 'user', content: text, name: 'alice' }] })).toBe('HIT');
    expect(await statusOf(client, { messages: [{ role: 'user', content: text, name: 'bob' }] })).toBe('MISS');
    expect(await statusOf(client, { messages: [{ role: 'user', content: text }] })).toBe('MISS');
  });

  it('keys an image in the last user message by its URL (exact tier only)', async () => {
    const client = proxy.client({ apiKey: 'sk-chat-edge-images' });
    const text = question('What is in this image?');
    const withImage = (url: string): Params => ({ messages: [{ role: 'user', content: [{ type: 'text', text }, { type: 'image_url', image_url: { url } }] }] });
    expect(await statusOf(client, withImage('https://example.com/cat.png'))).toBe('MISS');
    expect(await statusOf(client, withImage('https://example.com/cat.png'))).toBe('HIT');
    expect(await statusOf(client, withImage('https://example.com/dog.png'))).toBe('MISS');
    expect(await statusOf(client, { messages: [user(text)] })).toBe('MISS');
  });

  it('treats max_tokens and max_completion_tokens as one limit, and a different limit as another request', async () => {
    const client = proxy.client({ apiKey: 'sk-chat-edge-limits' });
    const messages = [user(question())];
    expect(await statusOf(client, { messages, max_tokens: 100 })).toBe('MISS');
    expect(await statusOf(client, { messages, max_completion_tokens: 100 })).toBe('HIT');
    expect(await statusOf(client, { messages, max_completion_tokens: 101 })).toBe('MISS');
    expect(await statusOf(client, { messages })).toBe('MISS');
  });
});

describe('fields that do not change the answer are ignored', () => {
  it('store, metadata, user, service_tier, safety_identifier and prompt_cache_key do not partition', async () => {
    const client = proxy.client({ apiKey: 'sk-chat-edge-ignored' });
    const messages = [user(question())];
    expect(await statusOf(client, { messages, store: true, metadata: { customer: 'a' } })).toBe('MISS');
    expect(await statusOf(client, { messages, store: true, metadata: { customer: 'b' } })).toBe('HIT');
    expect(await statusOf(client, { messages, store: false })).toBe('HIT');
    expect(await statusOf(client, { messages, user: 'someone', service_tier: 'flex', safety_identifier: 'sid-1', prompt_cache_key: 'pck-1' })).toBe('HIT');
    expect(await statusOf(client, { messages, stream_options: null })).toBe('HIT');
  });
});

describe('requests that are never cached', () => {
  it('bypasses audio output (modalities or an audio parameter), JSON and streamed, and stores nothing', async () => {
    const client = proxy.client({ apiKey: 'sk-chat-edge-audio' });
    const messages = [user(question('Say hello'))];
    const audio = { voice: 'alloy', format: 'wav' };
    for (const params of [{ messages, modalities: ['text', 'audio'], audio }, { messages, audio }, { messages, modalities: ['audio'] }] as Params[]) {
      const calls = upstream.chatCalls.length;
      expect(await statusOf(client, params)).toBe('BYPASS');
      expect(await statusOf(client, params)).toBe('BYPASS');
      expect((await streamed(client, params)).status).toBe('BYPASS');
      expect(upstream.chatCalls.length).toBe(calls + 3);
    }
    // Text output named explicitly is cached.
    expect(await statusOf(client, { messages, modalities: ['text'] })).toBe('MISS');
    expect(await statusOf(client, { messages, modalities: ['text'] })).toBe('HIT');
  });

  it('bypasses n: 2 streamed as well as JSON, and caches n: 1', async () => {
    const client = proxy.client({ apiKey: 'sk-chat-edge-n' });
    const messages = [user(question())];
    expect((await streamed(client, { messages, n: 2 })).status).toBe('BYPASS');
    expect((await streamed(client, { messages, n: 2 })).status).toBe('BYPASS');
    expect(await statusOf(client, { messages, n: 1 })).toBe('MISS');
    expect(await statusOf(client, { messages, n: 1 })).toBe('HIT');
  });
});

describe('usage on streamed hits', () => {
  it('a stream hit of a JSON entry sends the usage chunk exactly when include_usage is true, last and with the stored usage', async () => {
    const client = proxy.client({ apiKey: 'sk-chat-edge-usage' });
    const messages = [user(question('Explain photosynthesis briefly'))];
    const miss = await ask(client, { messages });
    expect(miss.status).toBe('MISS');

    const asked = await streamed(client, { messages, stream_options: { include_usage: true } });
    expect(asked.status).toBe('HIT');
    expect(asked.text).toBe(miss.data.choices[0]!.message.content);
    expect(asked.usageChunks).toHaveLength(1);
    expect(asked.chunks.at(-1)!.usage).toEqual(miss.data.usage);
    expect(asked.chunks.at(-1)!.choices).toEqual([]);

    for (const params of [{ messages, stream_options: { include_usage: false } }, { messages }, { messages, stream_options: {} }] as Params[]) {
      const quiet = await streamed(client, params);
      expect(quiet.status).toBe('HIT');
      expect(quiet.usageChunks).toHaveLength(0);
      expect(quiet.chunks.every((chunk) => chunk.choices.length > 0)).toBe(true);
      expect(quiet.text).toBe(miss.data.choices[0]!.message.content);
    }
  });

  it('a streamed miss with include_usage false sends no usage chunk, yet the entry serves usage to JSON and include_usage clients', async () => {
    const client = proxy.client({ apiKey: 'sk-chat-edge-usage-2' });
    const messages = [user(question('Explain the tides briefly'))];
    const miss = await streamed(client, { messages, stream_options: { include_usage: false } });
    expect(miss.status).toBe('MISS');
    expect(miss.usageChunks).toHaveLength(0);
    expect(upstream.chatCalls.at(-1)!.body.stream_options).toEqual({ include_usage: true });
    const json = await ask(client, { messages });
    expect(json.status).toBe('HIT');
    expect(json.data.choices[0]!.message.content).toBe(miss.text);
    expect(json.data.usage).toMatchObject({ prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number), total_tokens: expect.any(Number) });
    const asked = await streamed(client, { messages, stream_options: { include_usage: true } });
    expect(asked.usageChunks).toHaveLength(1);
    expect(asked.usageChunks[0]!.usage).toEqual(json.data.usage);
  });
});

describe('an upstream that breaks off in the middle of a chunk', () => {
  let cutting: Server;
  let cutProxy: RunningProxy;
  beforeAll(async () => {
    // Two whole chunks, then 30 bytes of a third, then the connection drops.
    cutting = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        const chunk = (content: string) => `data: ${JSON.stringify({ id: 'chatcmpl-cut', object: 'chat.completion.chunk', created: 1, model: 'gpt-4o-mini', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
        const third = chunk('and more');
        response.write(chunk('Hello ') + chunk('world ') + third.slice(0, 30), () => setTimeout(() => response.socket?.destroy(), 20));
      });
    });
    await new Promise<void>((resolve) => cutting.listen(0, '127.0.0.1', resolve));
    cutProxy = await startProxy(upstream, { routes: [{ name: 'cut', match: { pathPrefix: '/cut' }, upstream: { baseUrl: `http://127.0.0.1:${(cutting.address() as AddressInfo).port}/v1` } }] });
  });
  afterAll(async () => {
    await cutProxy?.stop();
    cutting?.closeAllConnections();
    await new Promise<void>((resolve) => cutting?.close(() => resolve()) ?? resolve());
  });

  it('stores nothing and the client sees an error', async () => {
    const client = cutProxy.client({ route: 'cut' });
    const messages = [user(question())];
    await expect(streamed(client, { messages })).rejects.toThrow();
    await expect(streamed(client, { messages })).rejects.toThrow(); // no entry: the upstream is asked (and breaks) again
  });

  it('raises the typed APIError in the openai SDK, with the proxy\'s upstream_stream_failed code', async () => {
    const client = cutProxy.client({ route: 'cut' });
    const failed = streamed(client, { messages: [user(question())] });
    await expect(failed).rejects.toBeInstanceOf(OpenAI.APIError);
    await expect(failed).rejects.toMatchObject({ code: 'upstream_stream_failed' });
  });

  // Regression (hostile review, session 9). Before the fix: the test above passes only because, without include_usage, the proxy forwards whole events (drop-usage
  // mode holds an event's bytes until it is complete). A client that asks for include_usage gets upstream chunks
  // as they come (src/streaming/stream-capture.ts #accept), so the truncated chunk's first bytes are already sent and
  // OPENAI_STREAM_FAILED.midway (src/api/openai-chat/openai-chat-adapter.ts), which begins with a blank line,
  // completes it: the openai SDK parses `data: {"id":"chatcmpl-cut",…` and throws a JSON SyntaxError before the
  // proxy's error event. Expected: OpenAI.APIError with code upstream_stream_failed, as without include_usage;
  // observed: SyntaxError. The same on every Anthropic stream (test/e2e/hostile-anthropic.test.ts).
  it('raises the typed APIError in the openai SDK when the client asked for include_usage too', async () => {
    const client = cutProxy.client({ route: 'cut' });
    const failed = streamed(client, { messages: [user(question())], stream_options: { include_usage: true } });
    await expect(failed).rejects.toBeInstanceOf(OpenAI.APIError);
  });
});
