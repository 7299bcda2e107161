import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { startProxy } from '../../helpers/proxy.ts';
import { FailingStore } from './failing-store.ts';
import { ask, LogCapture, uniqueQuestion, writesSettled } from './support.ts';

let upstream: MockUpstream;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
});
afterAll(async () => {
  await upstream?.stop();
});

const apiKey = 'sk-log-test-DO-NOT-LOG-8f3a9c';
const prompt = 'Describe the migratory habits of the arctic tern in detail';

function requestLines(capture: LogCapture) {
  return capture.lines.filter((line) => line.msg === 'request');
}

describe('request logs', () => {
  it('writes one JSON line per request with id, route, status, match, similarity, timings and upstream status', async () => {
    const capture = new LogCapture();
    const proxy = await startProxy(upstream, { routes: [{ name: 'support', match: { pathPrefix: '/support' } }] }, { logDestination: capture });
    try {
      const client = proxy.client({ apiKey, route: 'support' });
      await ask(client, 'How do I reset my password?', { headers: { 'x-request-id': 'req-miss' } });
      await writesSettled(proxy);
      const hit = await ask(client, 'how do i reset my password', { headers: { 'x-request-id': 'req-hit' } });
      expect(hit.match).toBe('semantic');

      const lines = requestLines(capture);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatchObject({ level: 'info', reqId: 'req-miss', route: 'support', model: 'gpt-4o-mini', cacheStatus: 'MISS', upstreamStatus: 200, stream: false });
      expect(Object.keys(lines[0]!.timingsMs)).toEqual(expect.arrayContaining(['lookup', 'upstream', 'total']));
      expect(lines[1]).toMatchObject({ reqId: 'req-hit', cacheStatus: 'HIT', match: 'semantic', similarity: Number(hit.similarity) });
      expect(lines[1]!.upstreamStatus).toBeUndefined();
      expect(typeof lines[1]!.time).toBe('string');
    } finally {
      await proxy.stop();
    }
  });

  it('never logs the API key, the prompt or the answer, for JSON, streamed, bypassed and failed requests', async () => {
    const capture = new LogCapture();
    const proxy = await startProxy(upstream, { logLevel: 'trace' }, { logDestination: capture });
    try {
      const client = proxy.client({ apiKey });
      await ask(client, prompt);
      await writesSettled(proxy);
      await ask(client, prompt);
      const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `${prompt} (streamed)` }], stream: true });
      for await (const _chunk of stream) {
        // drain
      }
      await ask(client, `${prompt} (bypassed)`, { headers: { 'cache-control': 'no-cache, no-store' } });
      const failing = { 'cache-control': 'no-cache', 'x-mock-behaviour': JSON.stringify({ kind: 'error', status: 500 }) };
      await expect(ask(client, `${prompt} (failed)`, { headers: failing })).rejects.toThrow(/500/);
      await writesSettled(proxy);

      expect(requestLines(capture).length).toBeGreaterThanOrEqual(5);
      expect(capture.lines.some((line) => line.level === 'debug' && line.msg === 'cache write')).toBe(true);
      for (const secret of [apiKey, 'DO-NOT-LOG', 'arctic tern', 'migratory', 'Answer #']) expect(capture.text).not.toContain(secret);
    } finally {
      await proxy.stop();
    }
  });

  it('logs the prompt only when logPrompts is on, and the key never', async () => {
    const capture = new LogCapture();
    const proxy = await startProxy(upstream, { logPrompts: true }, { logDestination: capture });
    try {
      await ask(proxy.client({ apiKey }), prompt);
      expect(requestLines(capture)[0]!.prompt).toBe(prompt);
      expect(capture.text).not.toContain(apiKey);
    } finally {
      await proxy.stop();
    }
  });

  it('follows LOG_LEVEL: at warn, requests write no lines', async () => {
    const capture = new LogCapture();
    const proxy = await startProxy(upstream, {}, { logDestination: capture }, { LOG_LEVEL: 'warn' });
    try {
      await ask(proxy.client(), uniqueQuestion());
      expect(requestLines(capture)).toHaveLength(0);
    } finally {
      await proxy.stop();
    }
  });

  it('logs each admin change, naming an invalidated tenant by its hash and never by its API key', async () => {
    const capture = new LogCapture();
    const proxy = await startProxy(upstream, {}, { logDestination: capture }, { SEMCACHE_ADMIN_TOKEN: 'admin-token-logs' });
    try {
      const response = await fetch(`${proxy.origin}/admin/invalidate`, {
        method: 'POST',
        headers: { authorization: 'Bearer admin-token-logs', 'content-type': 'application/json' },
        body: JSON.stringify({ apiKey }),
      });
      expect(response.status).toBe(200);
      const line = capture.lines.find((entry) => entry.msg === 'admin');
      expect(line).toMatchObject({ level: 'info', action: 'invalidate', deleted: 0, filter: { tenant: expect.stringMatching(/^[0-9a-f]{32}$/) } });
      expect(capture.text).not.toContain(apiKey);
      expect(capture.text).not.toContain('admin-token-logs');
    } finally {
      await proxy.stop();
    }
  });

  it('logs a failing store once per interval with a count of what it suppressed, and no key quoted in the error', async () => {
    const capture = new LogCapture();
    const proxy = await startProxy(upstream, {}, { store: new FailingStore(), logDestination: capture });
    try {
      for (let i = 0; i < 5; i++) expect((await ask(proxy.client({ apiKey }), uniqueQuestion())).status).toBe('ERROR');
      const faults = capture.lines.filter((line) => line.level === 'warn' && line.stage === 'lookup');
      expect(faults).toHaveLength(1);
      expect(faults[0]).toMatchObject({ suppressed: 0, error: { code: 'ECONNREFUSED' } });
      expect(faults[0]!.error.message).toContain('[redacted]');
      expect(capture.text).not.toContain('sk-leaked-in-error');
      expect(requestLines(capture).map((line) => line.cacheStatus)).toEqual(['ERROR', 'ERROR', 'ERROR', 'ERROR', 'ERROR']);
    } finally {
      await proxy.stop();
    }
  });
});

/** Sends a raw request over its own socket (node:http: fetch refuses oversized headers and declared lengths it does not send). */
function rawRequest(origin: string, options: { method: string; path: string; headers?: Record<string, string | number>; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // The target as given: a URL string would have its dot segments resolved before it is sent.
    const { hostname, port } = new URL(origin);
    const outgoing = request({ host: hostname, port, path: options.path, method: options.method, headers: options.headers, agent: false }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: text }));
    });
    outgoing.on('error', reject);
    // A declared length the proxy refuses at once: nothing more is sent.
    outgoing.end(options.body);
  });
}

describe('request logs of requests no cache outcome describes', () => {
  it('writes one line for each pass-through request and each request the proxy refuses, with no key and no body', async () => {
    const capture = new LogCapture();
    const proxy = await startProxy(
      upstream,
      { routes: [{ name: 'limited', match: { pathPrefix: '/limited' }, rateLimit: { requests: 1, window: '1h' } }], server: { bodyLimit: 8_192, uploadBytesInFlight: 4_096 } },
      { logDestination: capture },
    );
    const auth = { authorization: `Bearer ${apiKey}` };
    const chat = (headers: Record<string, string>, body: string, path = '/v1/chat/completions') =>
      fetch(`${proxy.origin}${path}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', ...headers }, body });
    try {
      expect((await fetch(`${proxy.origin}/v1/models`, { headers: { ...auth, 'x-request-id': 'req-pass' } })).status).toBe(200);
      expect((await chat({ 'x-request-id': 'req-bad-json' }, '{"model": "gpt-4o-mini", "messages": [arctic tern')).status).toBe(400);
      expect((await chat({ 'x-request-id': 'req-too-large' }, JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `migratory ${'x'.repeat(10_000)}` }] }))).status).toBe(413);
      expect((await rawRequest(proxy.origin, { method: 'GET', path: '/v1/%2e%2e/admin', headers: { ...auth, 'x-request-id': 'req-bad-path' } })).status).toBe(400);
      expect((await rawRequest(proxy.origin, { method: 'POST', path: '/v1/chat/completions', headers: { ...auth, 'x-request-id': 'req-over-capacity', 'content-type': 'application/json', 'content-length': 6_000 } })).status).toBe(503);
      expect((await fetch(`${proxy.origin}/limited/v1/models`, { headers: { ...auth, 'x-request-id': 'req-limit-1' } })).status).toBe(200);
      expect((await fetch(`${proxy.origin}/limited/v1/models`, { headers: { ...auth, 'x-request-id': 'req-limit-2' } })).status).toBe(429);
      expect((await rawRequest(proxy.origin, { method: 'GET', path: '/v1/models', headers: { ...auth, 'x-huge': 'h'.repeat(20_000) } })).status).toBe(431);

      const lines = requestLines(capture);
      const byId = (id: string) => lines.filter((line) => line.reqId === id);
      expect(byId('req-pass')).toEqual([expect.objectContaining({ level: 'info', route: 'default', method: 'GET', path: '/v1/models', outcome: 'pass-through', status: 200, upstreamStatus: 200 })]);
      expect(typeof byId('req-pass')[0]!.timingsMs.total).toBe('number');
      expect(byId('req-bad-json')).toEqual([expect.objectContaining({ api: 'openai-chat', method: 'POST', path: '/v1/chat/completions', outcome: 'refused', status: 400 })]);
      expect(byId('req-too-large')).toEqual([expect.objectContaining({ api: 'openai-chat', outcome: 'refused', status: 413, reason: 'request_too_large' })]);
      expect(byId('req-bad-path')).toEqual([expect.objectContaining({ method: 'GET', outcome: 'refused', status: 400, reason: 'invalid_path' })]);
      expect(byId('req-over-capacity')).toEqual([expect.objectContaining({ outcome: 'refused', status: 503, reason: 'uploads_over_capacity' })]);
      expect(byId('req-limit-1')).toEqual([expect.objectContaining({ route: 'limited', outcome: 'pass-through', status: 200 })]);
      expect(byId('req-limit-2')).toEqual([expect.objectContaining({ route: 'limited', outcome: 'refused', status: 429, reason: 'rate_limit_exceeded' })]);
      expect(lines.filter((line) => line.status === 431)).toEqual([expect.objectContaining({ outcome: 'refused', reason: 'request_header_fields_too_large' })]);
      for (const line of lines) expect(line.cacheStatus).toBeUndefined();
      for (const secret of [apiKey, 'DO-NOT-LOG', 'arctic tern', 'migratory', 'hhhhhhhh']) expect(capture.text).not.toContain(secret);
    } finally {
      await proxy.stop();
    }
  });

  it('answers headers too large on a kept-alive connection with a 431, as Node does, and logs it once', async () => {
    const capture = new LogCapture();
    const proxy = await startProxy(upstream, {}, { logDestination: capture });
    try {
      const { hostname, port } = new URL(proxy.origin);
      const socket = connect(Number(port), hostname);
      const received: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => received.push(chunk));
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      const firstAnswered = new Promise<void>((resolve) => {
        const check = () => (Buffer.concat(received).toString('latin1').includes('\r\n\r\n') ? resolve() : socket.once('data', check));
        socket.once('data', check);
      });
      socket.write(`GET /v1/models HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${apiKey}\r\nX-Request-Id: req-first\r\n\r\n`);
      await firstAnswered;
      socket.write(`GET /v1/models HTTP/1.1\r\nHost: ${hostname}\r\nX-Huge: ${'h'.repeat(20_000)}\r\n\r\n`);
      await closed;
      const text = Buffer.concat(received).toString('latin1');
      expect(text.startsWith('HTTP/1.1 200')).toBe(true);
      expect(text).toContain('HTTP/1.1 431');
      expect(requestLines(capture).filter((line) => line.status === 431)).toEqual([expect.objectContaining({ outcome: 'refused', reason: 'request_header_fields_too_large' })]);
    } finally {
      await proxy.stop();
    }
  });
});
