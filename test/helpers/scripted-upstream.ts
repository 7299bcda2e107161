import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockUpstream } from './mock-upstream.ts';

/**
 * A small upstream whose answers a test scripts per request, so it can send exactly what the real OpenAI /
 * Anthropic APIs send for cases the shared mock does not model (reasoning summaries, annotations, item
 * references, refusals, Anthropic's thinking blocks…). Every call is recorded; a body that is no JSON is kept as
 * its text.
 */
export interface ScriptedCall {
  method: string;
  /** The request target as sent, query string included. */
  url: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
}

export type Handler = (call: ScriptedCall, response: ServerResponse, number: number) => void | Promise<void>;

export class ScriptedUpstream {
  readonly calls: ScriptedCall[] = [];
  #server: Server | undefined;
  #handler: Handler;
  #count = 0;

  constructor(handler: Handler) {
    this.#handler = handler;
  }

  setHandler(handler: Handler): void {
    this.#handler = handler;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}/v1`;
  }

  /** What startProxy reads of a MockUpstream. */
  asMock(): MockUpstream {
    return { baseUrl: this.baseUrl } as unknown as MockUpstream;
  }

  callsTo(path: string): ScriptedCall[] {
    return this.calls.filter((call) => call.path === path);
  }

  async start(): Promise<this> {
    this.#server = createServer((request, response) => void this.#handle(request, response));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const url = request.url ?? '';
    const call = { method: request.method ?? '', url, path: url.split('?')[0]!, headers: request.headers, body };
    this.calls.push(call);
    await this.#handler(call, response, ++this.#count);
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** Writes named SSE events (`{ type, ...fields }`), Responses-style sequence numbers when `sequence` is set. */
export function sendEvents(response: ServerResponse, events: Array<[string, Record<string, unknown>]>, options: { sequence?: boolean; done?: boolean } = {}): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  let sequence = 0;
  for (const [type, fields] of events) {
    const data = options.sequence ? { type, sequence_number: sequence++, ...fields } : { type, ...fields };
    response.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  }
  if (options.done) response.write('data: [DONE]\n\n');
  response.end();
}
