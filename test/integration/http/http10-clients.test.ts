import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../../helpers/proxy.ts';

/**
 * A hostile client, session 33: an HTTP/1.0 client of a streamed MISS or a streamed pass-through got chunked framing
 * ("563\r\ndata: …"), which HTTP/1.0 does not have; its body must end with the connection instead.
 */
let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running));

/** Sends one HTTP/1.0 request over a raw socket and returns everything the proxy wrote until it closed. */
function http10(path: string, body: string, extraHeaders = ''): Promise<string> {
  const { hostname, port } = new URL(proxy.baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`POST ${path} HTTP/1.0\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nAuthorization: Bearer sk-http10\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extraHeaders}\r\n${body}`);
    });
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(received).toString('utf8')));
    socket.on('error', reject);
  });
}

describe('an HTTP/1.0 client of a stream', () => {
  it('gets a streamed MISS without chunked framing, whole, its body ending with the connection', async () => {
    const basePath = new URL(proxy.baseURL).pathname.replace(/\/$/u, '');
    const raw = await http10(`${basePath}/chat/completions`, JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: `http 1.0 ${Date.now()}` }] }));
    const [head, body] = [raw.slice(0, raw.indexOf('\r\n\r\n')), raw.slice(raw.indexOf('\r\n\r\n') + 4)];
    expect(head).toMatch(/^HTTP\/1\.[01] 200/u);
    expect(head.toLowerCase()).not.toContain('transfer-encoding');
    expect(body.startsWith('data: ')).toBe(true);
    expect(body.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(upstream.chatCalls.length).toBeGreaterThan(0);
  });

  // A hostile helper, session 33: Node chunks a 1.0 response when the request sent "TE: chunked".
  it('gets no chunked framing when it sends "TE: chunked" either', async () => {
    const basePath = new URL(proxy.baseURL).pathname.replace(/\/$/u, '');
    const raw = await http10(`${basePath}/chat/completions`, JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: `http 1.0 te ${Date.now()}` }] }), 'TE: chunked\r\n');
    const [head, body] = [raw.slice(0, raw.indexOf('\r\n\r\n')), raw.slice(raw.indexOf('\r\n\r\n') + 4)];
    expect(head.toLowerCase()).not.toContain('transfer-encoding');
    expect(body.startsWith('data: ')).toBe(true);
    expect(body.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });
});
