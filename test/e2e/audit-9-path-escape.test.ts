import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Audit 9: request targets that try to leave `/v1` with dot segments, sent byte for byte over a socket (fetch and
 * the SDKs resolve `..` before sending, so only a raw client shows what the proxy does with them).
 */

const ADMIN_TOKEN = 'audit-9-admin-token';
let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, {}, {}, { SEMCACHE_ADMIN_TOKEN: ADMIN_TOKEN });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

/** One request with the target exactly as given (no URL normalisation on the client side). */
function rawRequest(target: string, method: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: Number(new URL(proxy.origin).port), path: target, method, headers, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        let json: any;
        try {
          json = JSON.parse(text);
        } catch {
          json = text;
        }
        resolve({ status: response.statusCode!, json });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

describe('dot segments never lead out of /v1', () => {
  // DESIGN.md §6: "Paths are canonical before anything else looks at them: decoded once; control characters,
  // backslashes, encoded separators and dot segments are a 400". Regression: the admin API, /metrics and /healthz
  // were matched by Hono on the URL-parsed path (which has already resolved `..`) before the catch-all that
  // canonicalised, so GET /v1/../admin/stats was answered by the admin API and POST /v1/%2e%2e/admin/flush flushed
  // the cache.
  it('answers GET /v1/../admin/stats, /v1/%2e%2e/metrics and /v1/./../healthz with a 400 invalid_path, not the endpoint', async () => {
    for (const target of ['/v1/../admin/stats', '/v1/%2e%2e/admin/stats', '/v1/%2e%2e/metrics', '/v1/./../healthz']) {
      const answer = await rawRequest(target, 'GET', admin);
      expect({ target, status: answer.status, code: answer.json?.error?.code }).toEqual({ target, status: 400, code: 'invalid_path' });
    }
  });

  it('does not flush the cache for POST /v1/%2e%2e/admin/flush', async () => {
    const client = proxy.client({ apiKey: 'sk-audit-9-paths' });
    const content = `What is the tallest mountain in Europe? (${Math.random()})`;
    const first = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse();
    expect(first.response.headers.get('x-cache-status')).toBe('MISS');
    const key = first.response.headers.get('x-cache-key')!;
    await eventually(async () => (await proxy.semcache.store.get(key)) !== undefined, 5_000, 'the entry');

    const answer = await rawRequest('/v1/%2e%2e/admin/flush', 'POST', admin);
    // Still stored: the dot segment was refused before anything looked at the path.
    expect(await proxy.semcache.store.get(key)).toBeDefined();
    expect(answer.status).toBe(400);
    expect(answer.json.error.code).toBe('invalid_path');
  });

  it('refuses the same dot segments on the proxied API paths with an OpenAI-shaped 400, sending nothing upstream', async () => {
    const calls = upstream.calls.length;
    for (const target of ['/v1/../v1/chat/completions', '/v1/%2e%2e/v1/responses', '/v1/chat/completions/..']) {
      const answer = await rawRequest(target, 'POST', { 'content-type': 'application/json', authorization: 'Bearer sk-audit-9-paths' }, JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }));
      expect(answer.status).toBe(400);
      expect(answer.json.error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_path' });
    }
    expect(upstream.calls.length).toBe(calls);
  });
});
