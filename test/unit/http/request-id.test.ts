import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRequestId } from '../../../src/http/request-id.ts';

// A real upstream whose answers carry their own X-Request-Id; `fetch` gives Responses with immutable headers.
let upstream: Server;
let upstreamUrl: string;
beforeAll(async () => {
  upstream = createServer((_, res) => res.writeHead(200, { 'x-request-id': 'UPSTREAM', 'content-type': 'text/plain' }).end('ok'));
  await new Promise<void>((ready) => upstream.listen(0, '127.0.0.1', ready));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((done) => upstream.close(() => done())));

function app() {
  const hono = new Hono<{ Variables: { requestId: string } }>();
  hono.use(assignRequestId);
  hono.get('/fetched', () => fetch(upstreamUrl));
  hono.get('/built', (c) => c.text(c.get('requestId')));
  return hono;
}

describe('assignRequestId', () => {
  it('puts the proxy\'s id on an answer with immutable headers, keeping the upstream\'s as X-Upstream-Request-Id', async () => {
    const response = await app().request('/fetched', { headers: { 'x-request-id': 'MINE' } });
    expect(response.headers.get('x-request-id')).toBe('MINE');
    expect(response.headers.get('x-upstream-request-id')).toBe('UPSTREAM');
    expect(await response.text()).toBe('ok');
  });

  it('sets the id on an answer built by the handler, and replaces a hostile client id by a UUID', async () => {
    const kept = await app().request('/built', { headers: { 'x-request-id': 'MINE' } });
    expect(kept.headers.get('x-request-id')).toBe('MINE');
    expect(await kept.text()).toBe('MINE');
    const replaced = await app().request('/built', { headers: { 'x-request-id': 'x'.repeat(129) } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
