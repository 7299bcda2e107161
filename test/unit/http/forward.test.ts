import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { refusalResponse, relayResponse } from '../../../src/http/forward.ts';
import { streamedBodyOf } from '../../../src/http/node-body-writer.ts';
import type { UpstreamResponse } from '../../../src/upstream/upstream-client.ts';

function upstreamWith(status: number, headers: Record<string, string>): UpstreamResponse {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('data: {}\n\n'));
    },
  });
  return { status, headers, body } as unknown as UpstreamResponse;
}

describe('relayResponse', () => {
  // @hono/node-server reads up to three chunks of a body whose response is not marked chunked, waiting a timer
  // between them, to give it a Content-Length: ~1 ms added to every streamed answer's first byte (bench/RESULTS.md).
  it('marks a streamed body without a length as chunked, so the Node adapter sends its first bytes at once', () => {
    const response = relayResponse(upstreamWith(200, { 'content-type': 'text/event-stream', 'transfer-encoding': 'chunked', connection: 'keep-alive' }), { 'x-cache-status': 'MISS' });
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('connection')).toBeNull(); // other hop-by-hop headers still stay behind
    expect(response.headers.get('x-cache-status')).toBe('MISS');
  });

  it('marks nothing when the body is bytes or the status has none; an upstream length is never relayed with a stream', () => {
    const relayed = relayResponse(upstreamWith(200, { 'content-length': '10' }));
    expect([relayed.headers.get('content-length'), relayed.headers.get('transfer-encoding')]).toEqual([null, 'chunked']);
    expect(relayResponse(upstreamWith(200, {}), {}, new Uint8Array([1, 2])).headers.get('transfer-encoding')).toBeNull();
    expect(relayResponse(upstreamWith(304, {})).headers.get('transfer-encoding')).toBeNull();
  });

  it("marks the upstream's own body to be written from its Node stream, never a body given instead", () => {
    const nodeBody = Readable.from([Buffer.from('data: {}\n\n')]);
    const upstream = (status: number) => ({ status, headers: { 'content-type': 'text/event-stream' }, nodeBody, get body() { throw new Error('not read'); } }) as unknown as UpstreamResponse;
    expect(streamedBodyOf(relayResponse(upstream(200)))?.source).toBe(nodeBody);
    expect(streamedBodyOf(relayResponse(upstream(200), {}, new Uint8Array([1, 2])))).toBeUndefined();
    expect(streamedBodyOf(relayResponse(upstream(304)))).toBeUndefined();
  });

  it("builds the web stream around the upstream's body only when an in-process caller reads it", async () => {
    let built = 0;
    const web = upstreamWith(200, {}).body;
    const upstream = { status: 200, headers: {}, nodeBody: Readable.from([]), get body() { built++; return web; } } as unknown as UpstreamResponse;
    const response = relayResponse(upstream);
    expect(built).toBe(0);
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: {}\n\n');
    expect(built).toBe(1);
    await reader.cancel();
  });
});

describe('refusalResponse', () => {
  it("hands on an upstream's refusal with its status, body and headers, but not a cookie set for the client that asked", async () => {
    const body = new TextEncoder().encode('{"error":{"message":"overloaded"}}');
    const response = refusalResponse(
      { status: 529, headers: { 'content-type': 'application/json', 'retry-after': '7', 'set-cookie': '__cf_bm=leader; path=/', 'access-control-allow-origin': '*', connection: 'keep-alive' }, body },
      { 'x-cache-status': 'MISS' },
    );
    expect(response.status).toBe(529);
    expect(await response.text()).toBe('{"error":{"message":"overloaded"}}');
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('x-cache-status')).toBe('MISS');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('connection')).toBeNull();
  });
});
