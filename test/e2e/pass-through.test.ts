import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { routes: [{ name: 'support', match: { pathPrefix: '/support' } }] });

describe('pass-through', () => {
  it('lists models through the openai SDK, on the default route and under a route prefix', async () => {
    const models = await proxy.client().models.list();
    expect(models.data.map((model) => model.id)).toEqual(['gpt-4o-mini']);
    const viaRoute = await proxy.client({ route: 'support' }).models.list();
    expect(viaRoute.data).toHaveLength(1);
    expect(upstream.calls.at(-1)!.path).toBe('/v1/models');
  });

  it('forwards method, path, query, headers and body intact, minus hop-by-hop headers', async () => {
    const body = Buffer.from(Array.from({ length: 70_000 }, (_, index) => index % 251));
    // node:http, because fetch refuses to send hop-by-hop headers at all.
    const response = await new Promise<{ status: number; headers: Record<string, unknown>; text: string }>((resolve, reject) => {
      const outgoing = request(`${proxy.origin}/support/v1/echo/files?purpose=batch`, {
        method: 'PUT',
        headers: { authorization: 'Bearer sk-pass', 'x-custom': 'kept', 'content-type': 'application/octet-stream', connection: 'keep-alive, x-hop', 'x-hop': 'dropped', 'keep-alive': 'timeout=5', 'x-cache-ttl': '60' },
      });
      outgoing.on('response', async (incoming) => {
        let text = '';
        for await (const chunk of incoming) text += chunk;
        resolve({ status: incoming.statusCode!, headers: incoming.headers, text });
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    expect(response.status).toBe(200);
    expect(response.headers['x-echo']).toBe('yes');
    expect(response.headers['x-cache-status']).toBeUndefined();
    const echoed = JSON.parse(response.text) as { method: string; url: string; headers: Record<string, string>; bodyBase64: string };
    expect(echoed.method).toBe('PUT');
    expect(echoed.url).toBe('/v1/echo/files?purpose=batch');
    expect(echoed.headers).toMatchObject({ authorization: 'Bearer sk-pass', 'x-custom': 'kept' });
    expect(echoed.headers['keep-alive']).toBeUndefined();
    expect(echoed.headers['x-hop']).toBeUndefined();
    expect(echoed.headers['x-cache-ttl']).toBeUndefined();
    expect(Buffer.from(echoed.bodyBase64, 'base64').equals(body)).toBe(true);
  });

  it('accepts a client that sends Expect: 100-continue (curl does, for large uploads)', async () => {
    const body = Buffer.alloc(2_000_000, 7);
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(`${proxy.origin}/v1/echo/upload`, { method: 'POST', headers: { expect: '100-continue', 'content-type': 'application/octet-stream', 'content-length': body.length } });
      outgoing.on('continue', () => outgoing.end(body));
      outgoing.on('response', (incoming) => {
        incoming.resume();
        resolve(incoming.statusCode!);
      });
      outgoing.on('error', reject);
    });
    expect(status).toBe(200);
    expect(upstream.calls.at(-1)!.rawBody.length).toBe(body.length);
  });

  it("forwards a large upload with the client's Content-Length, streamed rather than re-chunked", async () => {
    // Upload endpoints (S3-style presigned targets, some gateways) refuse a chunked body: the length must survive.
    const body = Buffer.alloc(2_000_000, 3);
    const upload = (headers: Record<string, string | number>, write: (outgoing: ReturnType<typeof request>) => void) =>
      new Promise<number>((resolve, reject) => {
        const outgoing = request(`${proxy.origin}/v1/echo/upload`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers } });
        outgoing.on('response', (incoming) => {
          incoming.resume();
          resolve(incoming.statusCode!);
        });
        outgoing.on('error', reject);
        write(outgoing);
      });

    expect(await upload({ 'content-length': body.length }, (outgoing) => outgoing.end(body))).toBe(200);
    const sized = upstream.calls.at(-1)!;
    expect(sized.headers['content-length']).toBe(String(body.length));
    expect(sized.headers['transfer-encoding']).toBeUndefined();
    expect(sized.rawBody.equals(body)).toBe(true);

    // A client that streams without a length is forwarded without one it did not declare (undici may measure a
    // body that has fully arrived already; then it sends that length), body intact.
    expect(
      await upload({ 'transfer-encoding': 'chunked' }, (outgoing) => {
        outgoing.write(body.subarray(0, 1_000));
        outgoing.end(body.subarray(1_000, 3_000));
      }),
    ).toBe(200);
    const chunked = upstream.calls.at(-1)!;
    expect(chunked.headers['content-length'] ?? '3000').toBe('3000');
    expect(chunked.rawBody.equals(body.subarray(0, 3_000))).toBe(true);
  });

  it('returns the upstream status and body as they are', async () => {
    const response = await fetch(`${proxy.baseURL}/no/such/thing`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('mock upstream: no such path GET /v1/no/such/thing');
  });

  it('answers 404 in OpenAI shape for a path outside /v1 or an unknown route prefix', async () => {
    for (const path of ['/nope', '/unknown/v1/chat/completions']) {
      const response = await fetch(`${proxy.origin}${path}`, { method: 'POST' });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'not_found' } });
    }
  });

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${proxy.origin}/healthz`)).status).toBe(200);
    const ready = await fetch(`${proxy.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'embedded', semantic: true, reachable: true });
  });
});
