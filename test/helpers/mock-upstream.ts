import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { json, responsesAnswer, sendMessages, sendResponses, type MockAnswer } from './mock-apis.ts';

/**
 * A local stand-in for the paid OpenAI and Anthropic APIs: chat completions, the Responses API (which remembers
 * the ids it issued with `store`, for `GET /v1/responses/{id}` and `previous_response_id`, and 404s unknown
 * ones) and Anthropic's `/v1/messages`, each JSON and SSE; embeddings, models, and an echo path for
 * pass-through tests. Strict about paths, so a `/v1/v1/` join bug gets a 404. Each completion's
 * content names the call number, so a test can tell a cached answer from a fresh one.
 *
 * Behaviour per request: `mock.enqueue(behaviour)` scripts the next chat calls in order; a request header
 * `x-mock-behaviour: <json>` overrides for that request (useful with concurrent requests).
 */
export type MockBehaviour =
  /** `ignoreUsage`: a stream without the usage chunk, although `stream_options.include_usage` asked for it. */
  /** `ignoreStream`: a JSON answer to a streamed request, as a server that ignores `stream` sends. */
  | { kind: 'ok'; content?: string; finishReason?: string; toolCalls?: Array<{ name: string; arguments: string }>; delayMs?: number; ignoreUsage?: boolean; ignoreStream?: boolean }
  | { kind: 'error'; status: number; body?: unknown }
  /** Streams `afterChunks` content chunks, then destroys the socket (no [DONE]). */
  | { kind: 'broken-stream'; afterChunks: number }
  /** Streams everything but `data: [DONE]`, then ends the response cleanly. */
  | { kind: 'no-done' }
  /** Sends a chunk that is not JSON. */
  | { kind: 'malformed' }
  /** Sends an `error` object mid-stream. */
  | { kind: 'error-event' }
  /** A JSON answer: status 200 and half the body, then the socket is destroyed. */
  | { kind: 'broken-json' }
  /**
   * Stops answering: before the response headers, or for a stream after `afterChunks` content chunks. The
   * connection stays open until the client gives up (the proxy's upstream timeout) or the mock stops.
   */
  | { kind: 'hang'; afterChunks?: number; afterHeaders?: boolean }
  /** Closes the connection before the response headers, or after a 200's headers but before any body byte. */
  | { kind: 'cut'; at: 'before-headers' | 'before-body' };

/**
 * How the mock answers an LLM judge call (a chat completion for `options.judgeModel`): a reply text (`yes`,
 * `no`, anything), a reply after a delay, or an HTTP error.
 */
export type JudgeBehaviour = { reply: string; delayMs?: number } | { status: number };

export interface MockCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
  rawBody: Buffer;
}

export interface MockUpstreamOptions {
  /** Delay before the first byte (ms). */
  ttftMs?: number;
  /** Delay between streamed chunks (ms). */
  chunkDelayMs?: number;
  /** Send OpenAI's own `x-request-id` and `access-control-allow-origin: *` on chat answers. */
  providerHeaders?: boolean;
  /** Chat calls for this model are LLM judge calls: answered from `enqueueJudge` (default reply `no`), not counted in chatCalls. */
  judgeModel?: string;
}

export class MockUpstream {
  readonly calls: MockCall[] = [];
  /** Streaming responses whose connection closed before they finished (client or proxy abort). */
  abortedStreams = 0;
  /** Held (`hang`) or delayed answers whose connection the proxy closed before the mock answered. */
  abandonedAnswers = 0;
  options: MockUpstreamOptions;
  #server: Server | undefined;
  #queue: MockBehaviour[] = [];
  #judgeQueue: JudgeBehaviour[] = [];
  #chatCalls = 0;
  #gates: Array<() => void> = [];
  #gated = false;

  constructor(options: MockUpstreamOptions = {}) {
    this.options = options;
  }

  /** Base URL as UPSTREAM_BASE_URL expects it (ends in /v1). */
  get baseUrl(): string {
    const address = this.#server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/v1`;
  }

  get chatCalls(): MockCall[] {
    return this.calls.filter((call) => call.path === '/v1/chat/completions' && !this.#isJudgeCall(call.body));
  }

  /** LLM judge calls received (see `options.judgeModel`). */
  get judgeCalls(): MockCall[] {
    return this.calls.filter((call) => call.path === '/v1/chat/completions' && this.#isJudgeCall(call.body));
  }

  /** Scripts the next judge calls in order. */
  enqueueJudge(...behaviours: JudgeBehaviour[]): void {
    this.#judgeQueue.push(...behaviours);
  }

  #isJudgeCall(body: any): boolean {
    return this.options.judgeModel !== undefined && body?.model === this.options.judgeModel;
  }

  get responsesCalls(): MockCall[] {
    return this.calls.filter((call) => call.path === '/v1/responses' && call.method === 'POST');
  }

  get messagesCalls(): MockCall[] {
    return this.calls.filter((call) => call.path === '/v1/messages');
  }

  /** Responses stored upstream (`store` not false), by id. */
  readonly storedResponses = new Map<string, Record<string, unknown>>();

  enqueue(...behaviours: MockBehaviour[]): void {
    this.#queue.push(...behaviours);
  }

  /** Holds every JSON chat response and error, and every streamed one after its first chunk, until `release()`. */
  hold(): void {
    this.#gated = true;
  }

  release(): void {
    this.#gated = false;
    for (const open of this.#gates.splice(0)) open();
  }

  async start(): Promise<this> {
    // A body the mock cannot read (a hostile test's `content: 42`) is a 500 from the mock, not a crash of the test process.
    this.#server = createServer((request, response) =>
      void this.#handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: `mock upstream: ${String(error)}`, type: 'server_error' } }));
      }),
    );
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.release();
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  /** Resolves once `count` chat calls have arrived (bounded by the test timeout). */
  async waitForChatCalls(count: number): Promise<void> {
    while (this.chatCalls.length < count) await new Promise((resolve) => setImmediate(resolve));
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks);
    const path = (request.url ?? '').split('?')[0]!;
    let body: any;
    try {
      body = rawBody.length > 0 && String(request.headers['content-type']).includes('json') ? JSON.parse(rawBody.toString('utf8')) : undefined;
    } catch {
      body = undefined;
    }
    this.calls.push({ method: request.method ?? '', path, headers: request.headers, body, rawBody });

    if (path === '/v1/chat/completions' && request.method === 'POST') return this.#chat(request, response, body);
    if (path === '/v1/responses' && request.method === 'POST') return this.#otherApi('responses', request, response, body);
    if (path.startsWith('/v1/responses/') && request.method === 'GET') {
      const stored = this.storedResponses.get(path.slice('/v1/responses/'.length));
      if (stored) return json(response, 200, stored);
      return json(response, 404, { error: { message: `No response found with id '${path.slice(14)}'.`, type: 'invalid_request_error', param: null, code: null } });
    }
    if (path === '/v1/messages' && request.method === 'POST') return this.#otherApi('messages', request, response, body);
    if (path === '/v1/embeddings' && request.method === 'POST') return this.#embeddings(response, body);
    if (path === '/v1/models' && request.method === 'GET') return json(response, 200, { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model' }] });
    if (path.startsWith('/v1/echo')) {
      response.writeHead(200, { 'content-type': 'application/json', 'x-echo': 'yes' });
      return void response.end(JSON.stringify({ method: request.method, url: request.url, headers: request.headers, bodyBase64: rawBody.toString('base64') }));
    }
    json(response, 404, { error: { message: `mock upstream: no such path ${request.method} ${path}`, type: 'invalid_request_error', param: null, code: 'not_found' } });
  }

  async #chat(request: IncomingMessage, response: ServerResponse, body: any): Promise<void> {
    if (this.#isJudgeCall(body)) return this.#judge(response, body);
    const header = request.headers['x-mock-behaviour'];
    const behaviour: MockBehaviour = typeof header === 'string' ? JSON.parse(header) : (this.#queue.shift() ?? { kind: 'ok' });
    const call = ++this.#chatCalls;
    const abandoned = () => {
      if (!response.headersSent) this.abandonedAnswers++;
    };
    response.once('close', abandoned);
    await delay(this.options.ttftMs ?? 0);
    if (behaviour.kind === 'ok' && behaviour.delayMs) await delay(behaviour.delayMs);
    if (behaviour.kind === 'hang' && behaviour.afterHeaders && body?.stream !== true) {
      // A JSON answer whose headers came and whose body never does.
      response.writeHead(200, { 'content-type': 'application/json' });
      response.flushHeaders();
      return new Promise<void>((resolve) => response.once('close', resolve));
    }
    if (behaviour.kind === 'hang' && (behaviour.afterChunks === undefined || body?.stream !== true)) {
      return new Promise<void>((resolve) => response.once('close', resolve));
    }
    if (response.destroyed) return;
    if (behaviour.kind === 'cut') {
      if (behaviour.at === 'before-body') {
        response.writeHead(200, { 'content-type': body?.stream === true ? 'text/event-stream' : 'application/json' });
        response.flushHeaders();
      }
      return void setImmediate(() => response.socket?.destroy());
    }
    if (behaviour.kind === 'error') {
      if (this.#gated) await new Promise<void>((resolve) => this.#gates.push(resolve));
      return json(response, behaviour.status, behaviour.body ?? { error: { message: `mock upstream error ${behaviour.status}`, type: 'server_error', param: null, code: null } });
    }
    const lastUser = [...(body?.messages ?? [])].reverse().find((message: any) => message.role === 'user');
    const prompt = typeof lastUser?.content === 'string' ? lastUser.content : JSON.stringify(lastUser?.content ?? '');
    const content = behaviour.kind === 'ok' && behaviour.content !== undefined ? behaviour.content : `Answer #${call} to: ${prompt}`;
    const finishReason = behaviour.kind === 'ok' && behaviour.finishReason ? behaviour.finishReason : behaviour.kind === 'ok' && behaviour.toolCalls ? 'tool_calls' : 'stop';
    const toolCalls = behaviour.kind === 'ok' ? behaviour.toolCalls : undefined;
    const usage = { prompt_tokens: 10 + prompt.length, completion_tokens: content.length, total_tokens: 10 + prompt.length + content.length };
    const id = `chatcmpl-mock${call}`;
    const created = 1_700_000_000 + call;
    const model = body?.model ?? 'unknown';
    // `logprobs: true`: one entry per whitespace-separated piece, each piece a "token" (what OpenAI streams per chunk).
    const wantsLogprobs = body?.logprobs === true && !toolCalls;
    const tokenPieces: string[] = content.match(/\S+\s*/g) ?? [''];
    const logprobOf = (token: string, index: number) => ({ token, logprob: -0.01 * (index + 1), bytes: [...Buffer.from(token)], top_logprobs: [] });
    if (this.options.providerHeaders) {
      // Like OpenAI: its own request id and permissive CORS on every answer.
      response.setHeader('x-request-id', `req_mock${call}`);
      response.setHeader('access-control-allow-origin', '*');
    }

    if (behaviour.kind === 'broken-json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.write(`{"id":"${id}","object":"chat.completion","choices":[{"index":0,"mess`, () => response.destroy());
    }
    if (body?.stream !== true || (behaviour.kind === 'ok' && behaviour.ignoreStream === true)) {
      if (this.#gated) await new Promise<void>((resolve) => this.#gates.push(resolve));
      return json(response, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: toolCalls ? null : content, refusal: null, ...(toolCalls ? { tool_calls: toolCalls.map((tool, index) => ({ id: `call_${index}`, type: 'function', function: tool })) } : {}) }, finish_reason: finishReason, logprobs: wantsLogprobs ? { content: tokenPieces.map(logprobOf), refusal: null } : null }],
        usage,
        system_fingerprint: 'fp_mock',
        // The tier that served the request, as the API reports it; only when one was asked for.
        ...(typeof body?.service_tier === 'string' ? { service_tier: body.service_tier === 'auto' ? 'default' : body.service_tier } : {}),
      });
    }

    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    let finished = false;
    response.on('close', () => {
      if (!finished) this.abortedStreams++;
    });
    const send = (data: unknown) => response.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
    const tier = typeof body?.service_tier === 'string' ? { service_tier: body.service_tier === 'auto' ? 'default' : body.service_tier } : {};
    const chunk = (delta: object, finish: string | null = null, logprobs: unknown = null) => ({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_mock', ...tier, choices: [{ index: 0, delta, finish_reason: finish, logprobs }] });
    send(chunk({ role: 'assistant', content: '' }));
    const pieces = toolCalls ? [] : (content.match(/\S+\s*/g) ?? ['']);
    for (const [index, piece] of pieces.entries()) {
      if (this.#gated) await new Promise<void>((resolve) => this.#gates.push(resolve));
      else await delay(this.options.chunkDelayMs ?? 0);
      if (response.destroyed) return;
      if (behaviour.kind === 'hang' && index === behaviour.afterChunks) {
        await new Promise<void>((resolve) => response.once('close', resolve));
        return;
      }
      if (behaviour.kind === 'broken-stream' && index === behaviour.afterChunks) {
        finished = true;
        response.destroy();
        return;
      }
      if (behaviour.kind === 'malformed' && index === 1) send('{"choices": [ this is not json');
      if (behaviour.kind === 'error-event' && index === 1) send({ error: { message: 'mock mid-stream error', type: 'server_error' } });
      send(chunk({ content: piece }, null, wantsLogprobs ? { content: [logprobOf(piece, index)], refusal: null } : null));
    }
    if (toolCalls) {
      for (const [index, tool] of toolCalls.entries()) {
        send(chunk({ tool_calls: [{ index, id: `call_${index}`, type: 'function', function: { name: tool.name, arguments: '' } }] }));
        send(chunk({ tool_calls: [{ index, function: { arguments: tool.arguments } }] }));
      }
    }
    send(chunk({}, finishReason));
    if (body?.stream_options?.include_usage && !(behaviour.kind === 'ok' && behaviour.ignoreUsage)) send({ id, object: 'chat.completion.chunk', created, model, choices: [], usage });
    if (behaviour.kind !== 'no-done') send('[DONE]');
    finished = true;
    response.end();
  }

  /** The Responses API and Anthropic's Messages API: behaviours ok, error, broken-stream, no-done and hang. */
  async #otherApi(api: 'responses' | 'messages', request: IncomingMessage, response: ServerResponse, body: any): Promise<void> {
    const header = request.headers['x-mock-behaviour'];
    const behaviour: MockBehaviour = typeof header === 'string' ? JSON.parse(header) : (this.#queue.shift() ?? { kind: 'ok' });
    const call = ++this.#chatCalls;
    await delay(this.options.ttftMs ?? 0);
    if (behaviour.kind === 'ok' && behaviour.delayMs) await delay(behaviour.delayMs);
    if (this.#gated) await new Promise<void>((resolve) => this.#gates.push(resolve));
    if (behaviour.kind === 'hang') return new Promise<void>((resolve) => response.once('close', resolve));
    if (behaviour.kind === 'error') {
      const fallback = api === 'messages'
        ? { type: 'error', error: { type: behaviour.status === 429 ? 'rate_limit_error' : behaviour.status >= 500 ? 'api_error' : 'invalid_request_error', message: `mock upstream error ${behaviour.status}` } }
        : { error: { message: `mock upstream error ${behaviour.status}`, type: 'server_error', param: null, code: null } };
      return json(response, behaviour.status, behaviour.body ?? fallback);
    }
    if (api === 'responses' && typeof body?.previous_response_id === 'string' && !this.storedResponses.has(body.previous_response_id)) {
      return json(response, 404, { error: { message: `Previous response with id '${body.previous_response_id}' not found.`, type: 'invalid_request_error', param: 'previous_response_id', code: 'previous_response_not_found' } });
    }
    const prompt = api === 'responses' ? responsesPrompt(body?.input) : messagesPrompt(body?.messages);
    const answer: MockAnswer = {
      call,
      model: body?.model ?? 'unknown',
      prompt,
      content: behaviour.kind === 'ok' && behaviour.content !== undefined ? behaviour.content : `Answer #${call} to: ${prompt}`,
      finishReason: behaviour.kind === 'ok' && behaviour.finishReason ? behaviour.finishReason : 'stop',
      toolCalls: behaviour.kind === 'ok' ? behaviour.toolCalls : undefined,
      stream: body?.stream === true,
      noTerminal: behaviour.kind === 'no-done',
      breakAfter: behaviour.kind === 'broken-stream' ? behaviour.afterChunks : undefined,
      chunkDelayMs: this.options.chunkDelayMs ?? 0,
      onAborted: () => this.abortedStreams++,
    };
    if (api === 'messages') return sendMessages(response, answer);
    const store = body?.store !== false;
    if (store) this.storedResponses.set(`resp_mock${call}`, responsesAnswer(answer, store, body ?? {}));
    return sendResponses(response, answer, store, body ?? {});
  }

  async #judge(response: ServerResponse, body: any): Promise<void> {
    const behaviour = this.#judgeQueue.shift() ?? { reply: 'no' };
    if ('status' in behaviour) {
      return json(response, behaviour.status, { error: { message: 'Incorrect API key provided: sk-te***one', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
    }
    await delay(behaviour.delayMs ?? 0);
    if (response.destroyed) return;
    const usage = { prompt_tokens: 120, completion_tokens: 1, total_tokens: 121 };
    json(response, 200, {
      id: 'chatcmpl-judge',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content: behaviour.reply, refusal: null }, finish_reason: 'length', logprobs: null }],
      usage,
    });
  }

  #embeddings(response: ServerResponse, body: any): void {
    const inputs: string[] = Array.isArray(body?.input) ? body.input : [body?.input ?? ''];
    const dimension = body?.dimensions ?? 8;
    json(response, 200, {
      object: 'list',
      model: body?.model,
      data: inputs.map((input, index) => ({ object: 'embedding', index, embedding: fakeVector(String(input), dimension) })),
      usage: { prompt_tokens: inputs.join(' ').length, total_tokens: inputs.join(' ').length },
    });
  }
}

/** A deterministic vector from text: same text, same vector. */
export function fakeVector(text: string, dimension: number): number[] {
  const bytes = createHash('sha256').update(text).digest();
  return Array.from({ length: dimension }, (_, index) => (bytes[index % bytes.length]! - 128) / 128);
}

/** The last user text of a Responses `input`. */
function responsesPrompt(input: any): string {
  if (typeof input === 'string') return input;
  const last = [...(Array.isArray(input) ? input : [])].reverse().find((item: any) => item.role === 'user');
  if (typeof last?.content === 'string') return last.content;
  return (last?.content ?? []).map((part: any) => part.text ?? '').join('\n');
}

/** The last user text of Anthropic `messages`. */
function messagesPrompt(messages: any): string {
  const last = [...(Array.isArray(messages) ? messages : [])].reverse().find((message: any) => message.role === 'user');
  if (typeof last?.content === 'string') return last.content;
  return (last?.content ?? []).map((block: any) => block.text ?? '').join('\n');
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
