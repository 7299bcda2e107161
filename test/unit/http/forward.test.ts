import { describe, expect, it } from 'vitest';
import { relayResponse } from '../../../src/http/forward.ts';
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
});
