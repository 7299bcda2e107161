/**
 * Streamed answers go from their async iterable straight to Node's ServerResponse (issue #12, "a thin hop"), after
 * every middleware has set its headers; the web stream a Response carries for in-process calls is never read.
 * Over a real socket, through @hono/node-server as the proxy serves.
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { withStreamedBody, writeStreamedBodies, type StreamedBody } from '../../../src/http/node-body-writer.ts';

const encoder = new TextEncoder();
const failure = { beforeFirstEvent: encoder.encode('event: error\ndata: before\n\n'), midway: encoder.encode('event: error\ndata: midway\n\n') };

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Serves one route whose answer is `body`, behind a middleware that adds a header after the handler ran. */
async function serve(body: () => StreamedBody, headers = new Headers()): Promise<{ origin: string; webStreamRead: () => boolean }> {
  let pulled = false;
  const app = new Hono();
  app.use(writeStreamedBodies);
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('x-added-after', 'yes');
  });
  app.get('/stream', () => {
    const web = new ReadableStream<Uint8Array>({ pull: () => void (pulled = true) }, { highWaterMark: 0 });
    const answerHeaders = new Headers(headers);
    answerHeaders.set('content-type', 'text/event-stream');
    return withStreamedBody(new Response(web, { status: 200, headers: answerHeaders }), body());
  });
  server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, webStreamRead: () => pulled };
}

async function* chunks(...texts: string[]): AsyncGenerator<Uint8Array> {
  for (const text of texts) yield encoder.encode(text);
}

describe('writeStreamedBodies', () => {
  it('writes the source to the socket with every middleware\'s headers, never reading the web stream', async () => {
    const { origin, webStreamRead } = await serve(() => ({ source: chunks('data: 1\n\n', 'data: 2\n\n', 'data: [DONE]\n\n') }));
    const response = await fetch(`${origin}/stream`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('x-added-after')).toBe('yes');
    expect(await response.text()).toBe('data: 1\n\ndata: 2\n\ndata: [DONE]\n\n');
    expect(webStreamRead()).toBe(false);
  });

  it('keeps every set-cookie header', async () => {
    const headers = new Headers();
    headers.append('set-cookie', '__cf_bm=a; Path=/');
    headers.append('set-cookie', '_cfuvid=b; Path=/');
    const { origin } = await serve(() => ({ source: chunks('x') }), headers);
    const response = await fetch(`${origin}/stream`);
    expect(response.headers.getSetCookie()).toEqual(['__cf_bm=a; Path=/', '_cfuvid=b; Path=/']);
    await response.text();
  });

  it('ends a source that fails with the failure event that says whether anything was sent', async () => {
    async function* failsAfter(text?: string): AsyncGenerator<Uint8Array> {
      if (text !== undefined) yield encoder.encode(text);
      throw new Error('upstream broke');
    }
    const midway = await serve(() => ({ source: failsAfter('data: 1\n\n'), failureEvents: failure }));
    expect(await (await fetch(`${midway.origin}/stream`)).text()).toBe('data: 1\n\nevent: error\ndata: midway\n\n');
    server!.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const before = await serve(() => ({ source: failsAfter(), failureEvents: failure }));
    expect(await (await fetch(`${before.origin}/stream`)).text()).toBe('event: error\ndata: before\n\n');
  });

  it('breaks the connection when a source without failure events fails', async () => {
    async function* fails(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('data: 1\n\n');
      throw new Error('upstream broke');
    }
    const { origin } = await serve(() => ({ source: fails() }));
    const response = await fetch(`${origin}/stream`);
    await expect(response.text()).rejects.toThrow();
  });

  it('stops reading a source that waits for its next chunk once the client has left', async () => {
    let stopped!: () => void;
    const stoppedReading = new Promise<void>((resolve) => (stopped = resolve));
    let firstSent!: () => void;
    const sentFirst = new Promise<void>((resolve) => (firstSent = resolve));
    // Yields once, then waits for a chunk that never comes: only return() from the writer ends it.
    let sent = false;
    const source: AsyncIterableIterator<Uint8Array> = {
      [Symbol.asyncIterator]: () => source,
      next: () => {
        if (sent) return new Promise<IteratorResult<Uint8Array>>(() => {});
        sent = true;
        firstSent();
        return Promise.resolve({ value: encoder.encode('data: 1\n\n'), done: false });
      },
      return: async () => {
        stopped();
        return { value: undefined, done: true };
      },
    };
    const { origin } = await serve(() => ({ source }));
    const controller = new AbortController();
    const response = await fetch(`${origin}/stream`, { signal: controller.signal });
    const reader = response.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    await sentFirst;
    controller.abort();
    await stoppedReading; // the test times out if the writer never calls return()
  });

  it('answers a HEAD with headers only and keeps the connection for the request behind it', async () => {
    const { origin } = await serve(() => ({ source: chunks('data: 1\n\n') }));
    const socket = connect(Number(new URL(origin).port), '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (data: Buffer) => received.push(data));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write('HEAD /stream HTTP/1.1\r\nHost: x\r\n\r\nGET /stream HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    await closed;
    const text = Buffer.concat(received).toString('latin1');
    expect(text.match(/HTTP\/1\.1 200/g)).toHaveLength(2);
    expect(text).toContain('data: 1');
  });
});
