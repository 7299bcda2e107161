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
