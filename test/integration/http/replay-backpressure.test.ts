/**
 * A hit's SSE replay was built and encoded whole, then written in one piece: a client that stopped reading held
 * the whole replay in the socket's buffer, and building it for many clients at once stalled the event loop (a
 * hostile tester, session 30: 100 paused readers of a 5 MB answer took the proxy from 456 MB to 1.43 GB and held
 * every request 7.8 s). The replay is now built and written in pieces of whole events as the client takes them.
 * Over a real socket, with a client that reads the first bytes and then stops.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { writeStreamedBodies } from '../../../src/http/node-body-writer.ts';
import { jsonHitResponse } from '../../../src/http/streamed-responses.ts';
import { writeStreamedBody } from '../../../src/http/node-body-writer.ts';
import { replayBody, replayStream, REPLAY_BATCH_CHARACTERS } from '../../../src/streaming/replay.ts';
import type { ChatCompletion } from '../../../src/cache/chat-types.ts';
import { paceEvents } from '../../../src/api/pace-events.ts';
import { eventually } from '../../helpers/proxy.ts';

let server: Server | undefined;
let client: Socket | undefined;
afterEach(async () => {
  client?.destroy();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const answer = (content: string): ChatCompletion => ({
  id: 'chatcmpl-big',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'gpt-4o-mini',
  choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
  usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 },
});
const options = { id: 'chatcmpl-replay', created: 1_700_000_001, includeUsage: false };

/** Counts what a source has produced so far. */
function counted(source: AsyncIterable<Uint8Array>): { source: AsyncIterable<Uint8Array>; produced: () => number } {
  let produced = 0;
  return {
    produced: () => produced,
    source: (async function* () {
      for await (const piece of source) {
        produced += piece.byteLength;
        yield piece;
      }
    })(),
  };
}

/** Serves `source` to one client that reads the response's first bytes, then stops reading. */
async function servedToPausedClient(source: AsyncIterable<Uint8Array>): Promise<ServerResponse> {
  return pausedClientOf((response) => void writeStreamedBody(response, 200, { 'content-type': 'text/event-stream' }, { source }));
}

/** Answers one client with `handle`; the client reads the response's first bytes, then stops reading. */
async function pausedClientOf(handle: (response: ServerResponse, request: IncomingMessage) => void): Promise<ServerResponse> {
  let served: ServerResponse | undefined;
  server = createServer((request, response) => {
    served = response;
    handle(response, request);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
  client = socket;
  socket.write('GET /json HTTP/1.1\r\nHost: x\r\n\r\n');
  await new Promise<void>((resolve) => socket.once('data', () => resolve()));
  socket.pause();
  await eventually(() => served !== undefined && served.writableNeedDrain, 10_000, 'the writer to wait for the paused client');
  return served!;
}

describe('a replay to a client that stops reading', () => {
  it('chat completions: only pieces of whole events are built and written while the client pauses', async () => {
    const big = answer('All work and no play makes a long answer. '.repeat(800_000));
    const total = replayBody(big, options).byteLength;
    const replay = counted(replayStream(big, options));
    await servedToPausedClient(replay.source);
    expect(total).toBeGreaterThan(30_000_000);
    expect(replay.produced()).toBeLessThan(total / 2);
  });

  it('the Responses API and Anthropic Messages (ready-made events): the same', async () => {
    const event = `event: response.output_text.delta\ndata: ${JSON.stringify({ delta: 'x'.repeat(1_000) })}\n\n`;
    const events = Array.from({ length: 32_000 }, () => event);
    const total = events.join('').length;
    const replay = counted(paceEvents(events, 0));
    await servedToPausedClient(replay.source);
    expect(replay.produced()).toBeLessThan(total / 2);
  });

  it('a JSON hit: written in pieces as the client reads, as the proxy serves it (through Hono and the body writer)', async () => {
    const app = new Hono();
    app.use(writeStreamedBodies);
    const json = JSON.stringify(answer('All work and no play makes a long answer. '.repeat(600_000)));
    app.get('/json', () => jsonHitResponse(json, { 'x-cache-status': 'HIT' }));
    const listener = getRequestListener(app.fetch);
    const served = await pausedClientOf((response, request) => void listener(request, response));
    expect(json.length).toBeGreaterThan(20_000_000);
    expect(served.writableLength).toBeLessThan(json.length / 2);
  });

  it('an ordinary answer is still one piece', async () => {
    const pieces: Uint8Array[] = [];
    for await (const piece of replayStream(answer('Paris is the capital of France.'), options)) pieces.push(piece);
    expect(pieces).toHaveLength(1);
    expect(new TextDecoder().decode(pieces[0])).toBe(new TextDecoder().decode(replayBody(answer('Paris is the capital of France.'), options)));
    const many: Uint8Array[] = [];
    const long = answer('word '.repeat(200_000));
    for await (const piece of replayStream(long, options)) many.push(piece);
    expect(many.length).toBeGreaterThan(1);
    expect(Math.max(...many.slice(0, -1).map((piece) => piece.byteLength))).toBeLessThan(REPLAY_BATCH_CHARACTERS * 2);
    expect(Buffer.concat(many).toString()).toBe(Buffer.from(replayBody(long, options)).toString());
  });
});
