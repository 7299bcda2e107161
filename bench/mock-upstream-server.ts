/**
 * A stand-in for an OpenAI-compatible upstream, run as its own process by the benchmarks so its work never
 * shares an event loop with the proxy or the load generator.
 *
 *   node bench/mock-upstream-server.ts [--port 0] [--ttft-ms 400] [--chunk-delay-ms 30]
 *                                      [--json-latency-ms <ttft + chunks × chunk delay>] [--completion-tokens 60]
 *
 * Prints one line `mock-upstream listening on <port>` once it accepts connections.
 *
 * - `POST /v1/chat/completions`: JSON after `--json-latency-ms`, or SSE: headers and a role chunk after
 *   `--ttft-ms`, then one chunk per answer token every `--chunk-delay-ms` (scheduled from the first chunk, so
 *   timer lateness does not add up), the finish chunk, a usage chunk when `stream_options.include_usage`, and
 *   `data: [DONE]`. Usage is counted with tiktoken (o200k_base): prompt tokens of the messages as sent,
 *   completion tokens of the answer.
 * - Every answer's `system_fingerprint` is `fp_` + a digest of its prompt (promptFingerprint), so a client can
 *   tell which prompt a (cached) answer was generated for.
 * - `GET /v1/models`: a model list; `GET /mock/stats`: `{ chatCalls }` so far; any other path: an OpenAI-shaped 404.
 *
 * Why not test/helpers/mock-upstream.ts: it records every call with its body (memory grows with every request
 * of a long run), reports characters as usage tokens, and its answer length follows the prompt's.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { promptFingerprint } from './lib/prompt-fingerprint.ts';
import { chatPromptTokens, textTokens } from './lib/tokens.ts';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'ttft-ms': { type: 'string', default: '400' },
    'chunk-delay-ms': { type: 'string', default: '30' },
    'json-latency-ms': { type: 'string' },
    'completion-tokens': { type: 'string', default: '60' },
  },
});

const ttftMs = Number(args['ttft-ms']);
const chunkDelayMs = Number(args['chunk-delay-ms']);
const pieces = answerPieces(Number(args['completion-tokens']));
const content = pieces.join('');
const completionTokens = textTokens(content);
const jsonLatencyMs = args['json-latency-ms'] !== undefined ? Number(args['json-latency-ms']) : ttftMs + pieces.length * chunkDelayMs;
let calls = 0;

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    if (!response.headersSent) sendJson(response, 500, { error: { message: String(error), type: 'server_error', param: null, code: null } });
    else response.destroy();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(args.port), args.host, () => {
  process.stdout.write(`mock-upstream listening on ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const path = (request.url ?? '').split('?')[0];
  if (path === '/mock/stats' && request.method === 'GET') return sendJson(response, 200, { chatCalls: calls });
  if (path === '/v1/models' && request.method === 'GET') {
    return sendJson(response, 200, { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', owned_by: 'mock' }] });
  }
  if (path !== '/v1/chat/completions' || request.method !== 'POST') {
    return sendJson(response, 404, { error: { message: `mock upstream: no such path ${request.method} ${path}`, type: 'invalid_request_error', param: null, code: 'not_found' } });
  }
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    model?: string;
    messages?: Array<{ role: string; content: unknown }>;
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
  };
  const call = ++calls;
  const promptTokens = chatPromptTokens(body.messages ?? []);
  const usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
  const id = `chatcmpl-mock${call}`;
  const created = Math.floor(Date.now() / 1000);
  const model = body.model ?? 'gpt-4o-mini';
  const fingerprint = promptFingerprint(body.messages ?? []);

  if (body.stream !== true) {
    await sleep(jsonLatencyMs);
    return sendJson(response, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
      usage,
      system_fingerprint: fingerprint,
    });
  }

  await sleep(ttftMs);
  if (response.destroyed) return;
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const chunk = (delta: object, finishReason: string | null = null) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: fingerprint, choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }] })}\n\n`;
  response.write(chunk({ role: 'assistant', content: '', refusal: null }));
  const started = performance.now();
  for (const [index, piece] of pieces.entries()) {
    if (chunkDelayMs > 0) await sleep(started + (index + 1) * chunkDelayMs - performance.now());
    if (response.destroyed) return;
    response.write(chunk({ content: piece }));
  }
  let tail = chunk({}, 'stop');
  if (body.stream_options?.include_usage === true) {
    tail += `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: fingerprint, choices: [], usage })}\n\n`;
  }
  response.end(`${tail}data: [DONE]\n\n`);
}

/** An answer of `tokens` word pieces (" word"), each one token in o200k_base for these common words. */
function answerPieces(tokens: number): string[] {
  const words = 'the cache answers this question with a short and plain reply so that every benchmark sees the same amount of text'.split(' ');
  return Array.from({ length: Math.max(1, tokens) }, (_, index) => (index === 0 ? 'The' : ` ${words[index % words.length]}`));
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
