/**
 * Requests refused before the app routes them (Node's HTTP parser: a malformed request, headers too large; the Node
 * adapter: a raw backslash in the path) are answered in the error shape of the route their request target names, like
 * every refusal after routing: `@anthropic-ai/sdk` reads `{"type":"error","error":{…}}`, not OpenAI's `{"error":{…}}`
 * (a proxy review, session 53: they all came in OpenAI's shape on the Anthropic route).
 * Raw bytes over a real socket, since no client sends these requests on purpose.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { useProxy, withClaudeRoute, type RunningProxy } from '../../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), withClaudeRoute);

interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

/** Writes `bytes` to a fresh connection and reads the answer until the proxy closes it (each refusal closes). */
function rawExchange(bytes: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(proxy.origin).port), '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      // An answer with a Content-Length is complete once its body is in, whether or not the socket closes.
      const end = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, end))?.[1];
      if (end !== -1 && length !== undefined && Buffer.byteLength(text.slice(end + 4)) >= Number(length)) socket.destroy();
    });
    socket.on('close', () => {
      const end = text.indexOf('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), head: text.slice(0, end), body: text.slice(end + 4) });
    });
    socket.on('error', reject);
    socket.write(bytes);
  });
}

const body = JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'Hello' }] });

/** Requests each refused before routing, as `[what, bytes for a request target]`. */
const refusedBeforeRouting: ReadonlyArray<[string, (target: string) => string, number]> = [
  ['Content-Length beside Transfer-Encoding', (target) => `POST ${target} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nTransfer-Encoding: chunked\r\n\r\n${body}`, 400],
  ['a folded header line', (target) => `POST ${target} HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\nContent-Length: ${body.length}\r\n\r\n${body}`, 400],
  ['headers over the limit', (target) => `POST ${target} HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\nContent-Length: ${body.length}\r\n\r\n${body}`, 431],
  ['a raw backslash in the path', (target) => `POST ${target.replace('/messages', '\\messages')} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`, 400],
];

describe('a request refused before routing', () => {
  it.each(refusedBeforeRouting)('(%s) under an Anthropic route is answered in Anthropic\'s error shape, with an id', async (_what, bytes, status) => {
    const calls = upstream.calls.length;
    const answer = await rawExchange(bytes('/claude/v1/messages'));
    expect(answer.status).toBe(status);
    expect(JSON.parse(answer.body)).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: expect.any(String) } });
    expect(answer.head).toMatch(/\r\nx-request-id: [0-9a-f-]{36}/i);
    expect(answer.head).toMatch(/\r\nrequest-id: /i);
    expect(upstream.calls.length).toBe(calls);
  });

  it.each(refusedBeforeRouting)('(%s) elsewhere keeps OpenAI\'s error shape', async (_what, bytes, status) => {
    const answer = await rawExchange(bytes('/v1/messages'));
    expect(answer.status).toBe(status);
    const parsed = JSON.parse(answer.body);
    expect(parsed.type).toBeUndefined();
    expect(parsed.error).toMatchObject({ type: 'invalid_request_error', message: expect.any(String) });
  });
});

describe('the request target read from refused bytes', () => {
  it('is the path of an absolute-form target the adapter refuses (a raw backslash)', async () => {
    const answer = await rawExchange(`POST http://127.0.0.1/claude/v1\\messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it('is the path of an absolute-form target, and is read after a lowercase method', async () => {
    for (const line of ['POST http://127.0.0.1/claude/v1/messages HTTP/1.1', 'post /claude/v1/messages HTTP/1.1']) {
      const answer = await rawExchange(`${line}\r\nHost: x\r\nContent-Length: ${body.length}\r\nTransfer-Encoding: chunked\r\n\r\n${body}`);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    }
  });
});

describe('a client that leaves during a refusal before routing', () => {
  it('costs the proxy nothing: a hundred such hang-ups, then a well-formed request is answered', async () => {
    const bad = refusedBeforeRouting[0]![1]('/claude/v1/messages');
    await Promise.all(Array.from({ length: 100 }, (_, index) => new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(proxy.origin).port), '127.0.0.1');
      socket.on('error', () => resolve());
      socket.on('close', () => resolve());
      // Half the bytes, or all of them, then gone before any answer can be read.
      socket.write(index % 2 === 0 ? bad : bad.slice(0, bad.length / 2), () => socket.destroy());
    })));
    const answer = await proxy.client().chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `after hang-ups ${Date.now()}` }] });
    expect(answer.choices[0]!.message.content).toMatch(/^Answer #/);
  });
});
