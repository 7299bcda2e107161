import type { ServerResponse } from 'node:http';
import { ScriptedUpstream, sendEvents, sendJson, type ScriptedCall } from '../helpers/scripted-upstream.ts';

/**
 * Audit 12: an upstream that keeps what OpenAI keeps, per API key: a Responses answer (and its output items) and a
 * chat completion requested with `store` (Responses: unless store: false; chat: store: true). `retrieve`,
 * `previous_response_id`, `item_reference` and an output item passed back with its id resolve only for the key that
 * stored them, as upstream. Answers can be
 * held (hold/release) so a test can make concurrent requests meet in the coalescer.
 */
export class KeyedUpstream {
  readonly server: ScriptedUpstream;
  /** Ids kept upstream, by Authorization header. */
  readonly kept = new Map<string, Set<string>>();
  #held = false;
  #gates: Array<() => void> = [];
  /** Answers a POST before the default behaviour when it returns true (e.g. a scripted 400). */
  intercept: ((call: ScriptedCall, response: ServerResponse) => boolean) | undefined;

  constructor() {
    this.server = new ScriptedUpstream((call, response, n) => this.#handle(call, response, n));
  }

  async start(): Promise<this> {
    await this.server.start();
    return this;
  }

  stop(): Promise<void> {
    this.release();
    return this.server.stop();
  }

  get baseUrl(): string {
    return this.server.baseUrl;
  }

  /** POSTs to chat completions and responses (not GETs), in order. */
  get posts(): ScriptedCall[] {
    return this.server.calls.filter((call) => call.method === 'POST');
  }

  hold(): void {
    this.#held = true;
  }

  release(): void {
    this.#held = false;
    for (const open of this.#gates.splice(0)) open();
  }

  keeps(apiKey: string, id: string): boolean {
    return this.kept.get(`Bearer ${apiKey}`)?.has(id) === true;
  }

  #keep(call: ScriptedCall, ...ids: string[]): void {
    const key = String(call.headers.authorization ?? '');
    const set = this.kept.get(key) ?? new Set<string>();
    for (const id of ids) set.add(id);
    this.kept.set(key, set);
  }

  #has(call: ScriptedCall, id: string): boolean {
    return this.kept.get(String(call.headers.authorization ?? ''))?.has(id) === true;
  }

  async #handle(call: ScriptedCall, response: ServerResponse, n: number): Promise<void> {
    const notFound = (message: string, param: string | null = null, code: string | null = null) => sendJson(response, 404, { error: { message, type: 'invalid_request_error', param, code } });
    const got = /^\/v1\/(responses|chat\/completions)\/([\w-]+)$/.exec(call.path);
    if (got && call.method === 'GET') {
      if (!this.#has(call, got[2]!)) return notFound(`No ${got[1]} found with id '${got[2]}'.`);
      return sendJson(response, 200, { id: got[2], object: got[1] === 'responses' ? 'response' : 'chat.completion' });
    }
    if (call.method !== 'POST') return notFound(`no ${call.method} ${call.path}`);
    if (this.intercept?.(call, response)) return;
    if (this.#held) await new Promise<void>((resolve) => this.#gates.push(resolve));
    const body = call.body ?? {};
    if (call.path === '/v1/responses') {
      if (typeof body.previous_response_id === 'string' && !this.#has(call, body.previous_response_id)) {
        return notFound(`Previous response with id '${body.previous_response_id}' not found.`, 'previous_response_id', 'previous_response_not_found');
      }
      for (const item of Array.isArray(body.input) ? body.input : []) {
        if (item?.type === 'item_reference' && !this.#has(call, item.id)) return notFound(`Item with id '${item.id}' not found.`, 'input');
        // An output item passed back with its id is looked up too (its reasoning, its place in the conversation).
        if (typeof item?.id === 'string' && !this.#has(call, item.id)) return notFound(`Item with id '${item.id}' not found. Items are not persisted when \`store\` is set to false.`, 'input');
      }
      const final = responseObject(n, body);
      if (body.store !== false) this.#keep(call, final.id, ...final.output.map((item: any) => item.id));
      if (body.stream === true) return streamResponse(response, final);
      return sendJson(response, 200, final);
    }
    if (call.path === '/v1/chat/completions') {
      const id = `chatcmpl-k${n}`;
      if (body.store === true) this.#keep(call, id);
      const content = `Answer #${n} to: ${lastUserText(body.messages)}`;
      const usage = { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 };
      if (body.stream !== true) {
        return sendJson(response, 200, { id, object: 'chat.completion', created: 1_700_000_000 + n, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }], usage });
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = (delta: object, finish: string | null = null) => ({ id, object: 'chat.completion.chunk', created: 1_700_000_000 + n, model: body.model, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] });
      const send = (data: unknown) => response.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
      send(chunk({ role: 'assistant', content: '' }));
      send(chunk({ content }));
      send(chunk({}, 'stop'));
      if (body.stream_options?.include_usage === true) send({ id, object: 'chat.completion.chunk', created: 1_700_000_000 + n, model: body.model, choices: [], usage });
      send('[DONE]');
      return void response.end();
    }
    return notFound(`no ${call.path}`);
  }
}

export function lastUserText(input: unknown): string {
  if (typeof input === 'string') return input;
  const items = Array.isArray(input) ? input : [];
  const last = [...items].reverse().find((item: any) => item.role === 'user');
  if (typeof last?.content === 'string') return last.content;
  return (last?.content ?? []).map((part: any) => part.text ?? '').join('\n');
}

function responseObject(n: number, body: any): Record<string, any> {
  return {
    id: `resp_k${n}`,
    object: 'response',
    created_at: 1_700_000_000 + n,
    status: 'completed',
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    model: body.model,
    output: [{ id: `msg_k${n}`, type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: `Answer #${n} to: ${lastUserText(body.input)}`, annotations: [], logprobs: [] }] }],
    store: body.store !== false,
    text: { format: { type: 'text' } },
    tools: [],
    usage: { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: 9, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 21 },
    user: null,
    metadata: {},
  };
}

function streamResponse(response: ServerResponse, final: Record<string, any>): void {
  const pending = { ...final, status: 'in_progress', output: [], usage: null };
  const message = final.output[0];
  const text: string = message.content[0].text;
  const at = { item_id: message.id, output_index: 0, content_index: 0 };
  sendEvents(
    response,
    [
      ['response.created', { response: pending }],
      ['response.in_progress', { response: pending }],
      ['response.output_item.added', { output_index: 0, item: { ...message, status: 'in_progress', content: [] } }],
      ['response.content_part.added', { ...at, part: { type: 'output_text', text: '', annotations: [], logprobs: [] } }],
      ['response.output_text.delta', { ...at, delta: text, logprobs: [] }],
      ['response.output_text.done', { ...at, text, logprobs: [] }],
      ['response.content_part.done', { ...at, part: message.content[0] }],
      ['response.output_item.done', { output_index: 0, item: message }],
      ['response.completed', { response: final }],
    ],
    { sequence: true },
  );
}
