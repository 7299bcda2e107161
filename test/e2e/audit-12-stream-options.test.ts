import type { ServerResponse } from 'node:http';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { ScriptedUpstream, type ScriptedCall } from '../helpers/scripted-upstream.ts';

/**
 * Audit 12, the stream_options memo (8d812db, #refusesAddedField). README: "An OpenAI-compatible upstream that
 * refuses that field (a 400 naming `stream_options`, as Azure OpenAI before api-version 2024-09-01-preview answers)
 * gets the client's own bytes instead … the proxy remembers that upstream until it restarts, so later streamed
 * misses go out as the client sent them, in one call. Any other 400 passes through unchanged." DESIGN.md §1: "When
 * the client streams without include_usage, ask the upstream for usage anyway … so every entry carries usage."
 */

type Call = ScriptedCall;

type Refusal = (call: Call) => { status: number; body: unknown } | undefined;

/** An OpenAI-compatible chat upstream (JSON and SSE, usage when asked) whose 400s a test scripts. */
class ChatUpstream {
  refuse: Refusal = () => undefined;
  readonly #upstream = new ScriptedUpstream((call, response, n) => this.#answer(call, response, n));

  get calls(): Call[] {
    return this.#upstream.calls;
  }

  get baseUrl(): string {
    return this.#upstream.baseUrl;
  }

  async start(): Promise<this> {
    await this.#upstream.start();
    return this;
  }

  stop(): Promise<void> {
    return this.#upstream.stop();
  }

  #answer(call: Call, response: ServerResponse, n: number): void {
    const body = call.body ?? {};
    const refusal = this.refuse(call);
    if (refusal) {
      response.writeHead(refusal.status, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify(refusal.body));
    }
    if (call.url.startsWith('/v1/responses')) {
      const final = { id: `resp_so${n}`, object: 'response', created_at: 1_700_000_000, status: 'completed', model: body.model, output: [{ id: `msg_so${n}`, type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: `Answer #${n}`, annotations: [] }] }], usage: { input_tokens: 5, output_tokens: 3, total_tokens: 8 } };
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      let sequence = 0;
      for (const [type, fields] of [['response.created', { response: { ...final, status: 'in_progress', output: [] } }], ['response.completed', { response: final }]] as const) {
        response.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...fields })}\n\n`);
      }
      return void response.end();
    }
    const id = `chatcmpl-so${n}`;
    const content = `Answer #${n}`;
    const usage = { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 };
    if (body.stream !== true) {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify({ id, object: 'chat.completion', created: 1_700_000_000, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage }));
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const chunk = (delta: object, finish: string | null = null) => ({ id, object: 'chat.completion.chunk', created: 1_700_000_000, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] });
    response.write(`data: ${JSON.stringify(chunk({ role: 'assistant', content }))}\n\n`);
    response.write(`data: ${JSON.stringify(chunk({}, 'stop'))}\n\n`);
    if (body.stream_options?.include_usage === true) response.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 1_700_000_000, model: body.model, choices: [], usage })}\n\n`);
    response.write('data: [DONE]\n\n');
    response.end();
  }
}

/** Azure OpenAI before 2024-09-01-preview: stream_options is an unknown argument. */
const AZURE_REFUSAL = { error: { message: 'Unrecognized request argument supplied: stream_options', type: 'invalid_request_error', param: null, code: null } };

let unique = 0;
const prompt = () => `What is the capital of France? (${++unique}${Math.random().toString(36).slice(2, 6)})`;

async function stream(client: OpenAI, content: string, extra: Record<string, unknown> = {}): Promise<{ status: string | null; error?: number }> {
  try {
    const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], stream: true, ...extra } as never).withResponse();
    for await (const _chunk of data as unknown as AsyncIterable<unknown>);
    return { status: response.headers.get('x-cache-status') };
  } catch (error) {
    return { status: null, error: (error as { status?: number }).status };
  }
}

function clientFor(proxy: RunningProxy, apiKey: string, query?: Record<string, string>, route?: string): OpenAI {
  return new OpenAI({ apiKey, baseURL: route ? `${proxy.origin}/${route}/v1` : proxy.baseURL, maxRetries: 0, defaultQuery: query });
}

const settled = (proxy: RunningProxy) => eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');

/** A fresh upstream and proxy per test: the memo lives as long as the process. */
function fixture(refuse: Refusal, config: Record<string, unknown> = {}) {
  const state: { upstream: ChatUpstream; other: ChatUpstream; proxy: RunningProxy } = {} as never;
  beforeAll(async () => {
    state.upstream = await new ChatUpstream().start();
    state.upstream.refuse = refuse;
    state.other = await new ChatUpstream().start();
    state.proxy = await startProxy({ baseUrl: state.upstream.baseUrl } as never, { routes: [{ name: 'other', match: { pathPrefix: '/other' }, upstream: { baseUrl: state.other.baseUrl } }], ...config });
  });
  afterAll(async () => {
    await state.proxy?.stop();
    await state.upstream?.stop();
    await state.other?.stop();
  });
  return state;
}

describe('an upstream that refuses stream_options (Azure before 2024-09-01-preview)', () => {
  const state = fixture((call) => (call.body.stream_options !== undefined ? { status: 400, body: AZURE_REFUSAL } : undefined));

  it('resends once with the client\'s bytes, then sends later streamed misses once, as the client sent them (conforms)', async () => {
    const { upstream, proxy } = state;
    const client = clientFor(proxy, 'sk-a12-so-one');
    expect(await stream(client, prompt())).toEqual({ status: 'MISS' });
    expect(upstream.calls.length).toBe(2);
    expect(await stream(client, prompt())).toEqual({ status: 'MISS' });
    expect(upstream.calls.length).toBe(3);
    expect(upstream.calls[2]!.body.stream_options).toBeUndefined();
  });

  // Review of the fix: the client's "no stream_options of its own" check was a substring test of its body bytes.
  it('resends a request that names "stream_options" only inside a tool schema, not as a field of its own', async () => {
    const { proxy } = state;
    const client = clientFor(proxy, 'sk-a12-so-text', { 'api-version': 'schema-mention' });
    const tools = [{ type: 'function', function: { name: 'configure', parameters: { type: 'object', properties: { stream_options: { type: 'string' } } } } }];
    expect(await stream(client, prompt(), { tools })).toEqual({ status: 'MISS' });
  });

  it('leaves another upstream (another route\'s base URL) alone (conforms)', async () => {
    const { proxy, other } = state;
    const client = clientFor(proxy, 'sk-a12-so-one', undefined, 'other');
    const text = prompt();
    expect(await stream(client, text)).toEqual({ status: 'MISS' });
    await settled(proxy);
    expect(await stream(client, text)).toEqual({ status: 'HIT' });
    expect(other.calls[0]!.body.stream_options).toEqual({ include_usage: true });
  });
});

describe('a 400 about a stream_options field the client sent wrong', () => {
  // The upstream accepts include_usage; the client's own include_obfuscation has the wrong type. Its 400 names
  // stream_options, so the pipeline takes it for a refusal of the field it added: sends the request again and
  // pins the memo for the whole upstream.
  const refuseBadObfuscation: Refusal = (call) =>
    call.body.stream_options?.include_obfuscation !== undefined && typeof call.body.stream_options.include_obfuscation !== 'boolean'
      ? { status: 400, body: { error: { message: "Invalid type for 'stream_options.include_obfuscation': expected a boolean, but got a string instead.", type: 'invalid_request_error', param: 'stream_options.include_obfuscation', code: 'invalid_type' } } }
      : undefined;

  describe('the request itself', () => {
    const state = fixture(refuseBadObfuscation);
    it('is one upstream call whose 400 passes through unchanged', async () => {
      const result = await stream(clientFor(state.proxy, 'sk-a12-so-mallory'), prompt(), { stream_options: { include_obfuscation: 'no' } });
      expect(result.error).toBe(400);
      expect(state.upstream.calls.length).toBe(1);
    });
  });

  describe('every other tenant afterwards', () => {
    const state = fixture(refuseBadObfuscation);
    it('still has its streamed answers stored (the upstream never refused the usage request)', async () => {
      const { proxy } = state;
      expect((await stream(clientFor(proxy, 'sk-a12-so-mallory'), prompt(), { stream_options: { include_obfuscation: 'no' } })).error).toBe(400);
      const alice = clientFor(proxy, 'sk-a12-so-alice');
      const text = prompt();
      expect(await stream(alice, text)).toEqual({ status: 'MISS' });
      await settled(proxy);
      expect(await stream(alice, text)).toEqual({ status: 'HIT' });
    });
  });
});

describe('a 400 for another reason whose message quotes the request (vLLM / pydantic style)', () => {
  // OpenAI-compatible servers built on pydantic echo the offending input in validation errors; for a body-level
  // error that input is the whole body, which holds the stream_options the proxy added.
  const refuseBadRole: Refusal = (call) =>
    typeof call.body.top_p === 'number' && call.body.top_p > 1
      ? { status: 400, body: { object: 'error', type: 'BadRequestError', code: 400, message: `1 validation error for ChatCompletionRequest: Value error, top_p must be in (0, 1], got ${call.body.top_p}. [type=value_error, input_value=${JSON.stringify(call.body)}]` } }
      : undefined;
  const state = fixture(refuseBadRole);

  it('passes the 400 through in one call and does not stop storing streamed answers', async () => {
    const { proxy, upstream } = state;
    const bad = await clientFor(proxy, 'sk-a12-so-bob')
      .chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt() }], top_p: 7, stream: true })
      .then(() => 200, (error: { status?: number }) => error.status);
    expect(bad).toBe(400);
    const calls = upstream.calls.length;
    const alice = clientFor(proxy, 'sk-a12-so-alice');
    const text = prompt();
    await stream(alice, text);
    await settled(proxy);
    expect({ callsForBad: calls, second: (await stream(alice, text)).status }).toEqual({ callsForBad: 1, second: 'HIT' });
  });
});

describe('Azure: the refusal depends on the api-version of the request, not on the upstream', () => {
  // The api-version is the client's query string (in the partition: "a different ?api-version= can change the
  // answer"); the memo is per base URL. One client on an old api-version turns usage off for clients on a new one.
  const state = fixture((call) => {
    const version = new URL(call.url, 'http://x').searchParams.get('api-version') ?? '';
    return call.body.stream_options !== undefined && version < '2024-09-01' ? { status: 400, body: AZURE_REFUSAL } : undefined;
  });

  it('keeps storing streamed answers of clients whose api-version accepts stream_options', async () => {
    const { proxy } = state;
    expect(await stream(clientFor(proxy, 'sk-a12-az-old', { 'api-version': '2024-06-01' }), prompt())).toEqual({ status: 'MISS' });
    const current = clientFor(proxy, 'sk-a12-az-new', { 'api-version': '2024-10-21' });
    const text = prompt();
    expect(await stream(current, text)).toEqual({ status: 'MISS' });
    await settled(proxy);
    expect(await stream(current, text)).toEqual({ status: 'HIT' });
  });

  it('a client on a current api-version alone is cached (conforms; control for the test above)', async () => {
    const upstream = await new ChatUpstream().start();
    upstream.refuse = state.upstream.refuse;
    const proxy = await startProxy({ baseUrl: upstream.baseUrl } as never);
    try {
      const current = clientFor(proxy, 'sk-a12-az-new', { 'api-version': '2024-10-21' });
      const text = prompt();
      expect(await stream(current, text)).toEqual({ status: 'MISS' });
      await settled(proxy);
      expect(await stream(current, text)).toEqual({ status: 'HIT' });
    } finally {
      await proxy.stop();
      await upstream.stop();
    }
  });
});
