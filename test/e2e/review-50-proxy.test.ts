import { connect } from 'node:net';
import { APIError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedUpstream } from '../helpers/scripted-upstream.ts';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, useProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 50, a hostile review of the proxy and a red team of the exact tier: request headers trickled a line at a time
 * held a connection for 88 s (Node's defaults); a stream request the upstream answered with one JSON body that then
 * broke off got `200 application/json` and a body of JSON followed by an SSE error event; and texts that differ in
 * whitespace that changes the answer (a first line's indentation above a line indented less, blank lines above a
 * shebang, spaces after a pasted value) had one exact key.
 */

describe('request headers that never finish', () => {
  let upstream: MockUpstream;
  let proxy: RunningProxy;
  beforeAll(async () => {
    upstream = await new MockUpstream().start();
    proxy = await startProxy(upstream, { server: { headersTimeout: '300ms' } });
  });
  afterAll(async () => {
    await proxy.stop();
    await upstream.stop();
  });

  it('get a 408 once server.headersTimeout has passed, and the connection is closed', async () => {
    const socket = connect(Number(new URL(proxy.origin).port), '127.0.0.1');
    socket.write('POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Trickle: 1\r\n');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    await new Promise<void>((resolve) => socket.on('close', () => resolve()));
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(upstream.chatCalls.length).toBe(0);
  });

  it('refuses a headersTimeout of zero at start', async () => {
    await expect(startProxy(upstream, { server: { headersTimeout: 0 } })).rejects.toThrow(/headersTimeout/);
  });
});

describe('a stream request answered with one JSON body', () => {
  let upstream: ScriptedUpstream;
  let proxy: RunningProxy;
  let breaks = true;
  beforeAll(async () => {
    upstream = await new ScriptedUpstream((_call, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      // The first part is written out before the connection breaks: the proxy has the headers and part of the body.
      response.write('{"id":"chatcmpl-1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"Hel', () => {
        if (breaks) response.socket?.destroy();
        else response.end('lo"},"finish_reason":"stop"}]}');
      });
    }).start();
    proxy = await startProxy(upstream.asMock());
  });
  afterAll(async () => {
    await proxy.stop();
    await upstream.stop();
  });

  const send = (content: string) =>
    fetch(`${proxy.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' }, body: JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content }] }) });

  it('that breaks off gets a 502 in the API\'s shape, not JSON followed by an SSE error event', async () => {
    breaks = true;
    const response = await send('Hello there, stream me an answer');
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_closed' } });
  });

  it('that completes is relayed as it came and never stored', async () => {
    breaks = false;
    const content = 'Hello again, stream me another answer';
    const first = await send(content);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await first.json()).toMatchObject({ choices: [{ message: { content: 'Hello' } }] });
    await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');
    const second = await send(content);
    expect(second.headers.get('x-cache-status')).toBe('MISS');
    await second.text();
  });
});

describe('whitespace that changes the answer, through the openai SDK (exact tier)', () => {
  let upstream: MockUpstream;
  let proxy: RunningProxy;
  useProxy((running) => ({ upstream, proxy } = running));
  const unique = () => Math.random().toString(36).slice(2);

  async function status(content: string): Promise<string | null> {
    const { response } = await proxy.client({ headers: { 'X-Cache-Namespace': 'review-50' } }).chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse();
    await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');
    return response.headers.get('x-cache-status');
  }

  it.each([
    ['an indented first line of code', (tag: string) => `    a, b = b, a\nprint(a, b)  # ${tag}\nWhat happens when I run this?`, (text: string) => text.trimStart()],
    ['blank lines above a shebang', (tag: string) => `\n#!/bin/bash\necho ${tag}\nWhy does ./run.sh fail with "Exec format error"?`, (text: string) => text.trimStart()],
    ['spaces after a pasted value', (tag: string) => `Count the characters in: ${tag}  `, (text: string) => text.trimEnd()],
  ])('keeps %s apart from the text without it', async (_name, make, strip) => {
    const text = make(unique());
    expect(await status(text)).toBe('MISS');
    expect(await status(text)).toBe('HIT');
    expect(await status(strip(text))).toBe('MISS');
    expect(upstream.chatCalls.at(-1)!.body.messages[0].content).toBe(strip(text));
  });

  it('still folds a trailing newline after an everyday question', async () => {
    const text = `What is the tallest tree species? ${unique()}`;
    expect(await status(`${text}\n`)).toBe('MISS');
    expect(await status(text)).toBe('HIT');
  });

  it('answers an invalid request with the API\'s error, not a crash', async () => {
    const error = await proxy.client().chat.completions.create({ model: 'gpt-4o-mini', messages: 'hi' as never }).catch((caught: unknown) => caught);
    expect((error as APIError).status).toBe(400);
  });
});
