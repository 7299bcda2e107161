import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { connect } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { textAndJson } from '../helpers/response-body.ts';

/**
 * Request bodies sent compressed (`Content-Encoding: gzip`, `deflate`, `br`): they were parsed as they came, so
 * every one got a 400 "invalid JSON" although the upstream APIs read them. They are decoded now, keyed and forwarded
 * decoded (without the header), and a compressed and a plain copy of one request share one entry. What cannot be
 * decoded is refused in the API's own error shape, with nothing sent upstream and nothing stored; a small body that
 * inflates past the body limit is a 413.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
const BODY_LIMIT = 64 * 1024;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, {
    routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' } }],
    server: { bodyLimit: BODY_LIMIT },
  });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;

/** A fetch that sends every request body gzipped, as a client wrapping its transport might. */
const gzippingFetch: typeof fetch = async (input, init) => {
  if (typeof init?.body !== 'string') return fetch(input, init);
  const headers = new Headers(init.headers);
  headers.set('content-encoding', 'gzip');
  headers.delete('content-length');
  return fetch(input, { ...init, headers, body: gzipSync(init.body) });
};

async function post(path: string, body: Uint8Array | string, headers: Record<string, string>) {
  const response = await fetch(`${proxy.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-compressed', ...headers }, body });
  const { json } = await textAndJson(response);
  return { status: response.status, cache: response.headers.get('x-cache-status'), json };
}

describe('compressed request bodies', () => {
  it('serves a gzipped chat request through the openai SDK, forwards it decoded, and a plain copy of it hits', async () => {
    const content = question();
    const zipped = new OpenAI({ apiKey: 'sk-compressed', baseURL: proxy.baseURL, maxRetries: 0, fetch: gzippingFetch });
    const calls = upstream.chatCalls.length;
    const { data, response } = await zipped.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse();
    expect(response.headers.get('x-cache-status')).toBe('MISS');
    expect(data.choices[0]!.message.content).toEqual(expect.any(String));
    expect(upstream.chatCalls).toHaveLength(calls + 1);
    const sent = upstream.chatCalls.at(-1)!;
    expect(sent.headers['content-encoding']).toBeUndefined();
    expect(sent.body).toMatchObject({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] });

    const plain = new OpenAI({ apiKey: 'sk-compressed', baseURL: proxy.baseURL, maxRetries: 0 });
    await eventually(async () => (await plain.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse()).response.headers.get('x-cache-status') === 'HIT', 5_000, 'the plain copy to hit');
    const again = await zipped.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }).withResponse();
    expect(again.response.headers.get('x-cache-status')).toBe('HIT');
    expect(again.data.choices[0]!.message.content).toBe(data.choices[0]!.message.content);
    expect(upstream.chatCalls).toHaveLength(calls + 1);
  });

  it.each([
    ['br', (bytes: Buffer) => brotliCompressSync(bytes)],
    ['deflate', (bytes: Buffer) => deflateSync(bytes)],
    ['deflate', (bytes: Buffer) => deflateRawSync(bytes)],
    ['gzip, br', (bytes: Buffer) => brotliCompressSync(gzipSync(bytes))],
    ['identity', (bytes: Buffer) => bytes],
  ])('reads a Responses API body sent as Content-Encoding: %s', async (encoding, encode) => {
    const input = question();
    const calls = upstream.responsesCalls.length;
    const answer = await post('/v1/responses', encode(Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', input }))), { 'content-encoding': encoding });
    expect(answer.status).toBe(200);
    expect(answer.cache).toBe('MISS');
    expect(upstream.responsesCalls).toHaveLength(calls + 1);
    expect(upstream.responsesCalls.at(-1)!.body).toMatchObject({ model: 'gpt-4o-mini', input });
    expect(upstream.responsesCalls.at(-1)!.headers['content-encoding']).toBeUndefined();
  });

  it('refuses an encoding it cannot read with a 415 in OpenAI shape, sending and storing nothing', async () => {
    const input = question();
    const calls = upstream.responsesCalls.length;
    const body = JSON.stringify({ model: 'gpt-4o-mini', input });
    const answer = await post('/v1/responses', body, { 'content-encoding': 'compress' });
    expect(answer.status).toBe(415);
    expect(answer.json).toMatchObject({ error: { type: 'invalid_request_error', code: 'unsupported_content_encoding', message: expect.stringContaining('compress') } });
    expect(upstream.responsesCalls).toHaveLength(calls);
    // Nothing was stored for it: the same request sent plainly is a MISS.
    expect((await post('/v1/responses', body, {})).cache).toBe('MISS');
  });

  it('refuses more than two codings with a 415 (each layer may grow to the limit), sending nothing upstream', async () => {
    const calls = upstream.responsesCalls.length;
    const body = gzipSync(gzipSync(gzipSync(Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', input: question() })))));
    const answer = await post('/v1/responses', body, { 'content-encoding': 'gzip, gzip, gzip' });
    expect(answer.status).toBe(415);
    expect(answer.json).toMatchObject({ error: { code: 'unsupported_content_encoding' } });
    expect(upstream.responsesCalls).toHaveLength(calls);
  });

  it('refuses bytes that are not what the header says with a 400 in OpenAI shape, sending nothing upstream', async () => {
    const calls = upstream.chatCalls.length;
    const answer = await post('/v1/chat/completions', JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question() }] }), { 'content-encoding': 'gzip' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_content_encoding' } });
    expect(upstream.chatCalls).toHaveLength(calls);
  });

  it('refuses a small body that inflates past the body limit with a 413, sending nothing upstream', async () => {
    const calls = upstream.chatCalls.length;
    const padded = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question() }], metadata: { pad: ' '.repeat(BODY_LIMIT * 16) } });
    const bomb = gzipSync(padded);
    expect(bomb.byteLength).toBeLessThan(BODY_LIMIT / 8);
    const answer = await post('/v1/chat/completions', bomb, { 'content-encoding': 'gzip' });
    expect(answer.status).toBe(413);
    expect(answer.json).toMatchObject({ error: { code: 'request_too_large' } });
    expect(upstream.chatCalls).toHaveLength(calls);
  });

  it('refuses an empty body declared gzip with a 400 in OpenAI shape, sending nothing upstream', async () => {
    const calls = upstream.chatCalls.length;
    const answer = await post('/v1/chat/completions', '', { 'content-encoding': 'gzip' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_content_encoding' } });
    expect(upstream.chatCalls).toHaveLength(calls);
  });

  it('survives a client that trickles half a gzipped body and hangs up, sending and storing nothing, and serves the next', async () => {
    const content = question();
    const zipped = gzipSync(JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }));
    const calls = upstream.chatCalls.length;
    const { port } = new URL(proxy.origin);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nAuthorization: Bearer sk-compressed\r\nContent-Length: ${zipped.byteLength}\r\n\r\n`);
        // Byte by byte, then gone before the body is whole.
        const half = zipped.subarray(0, zipped.byteLength >> 1);
        let at = 0;
        const trickle = () => {
          if (at < half.byteLength) socket.write(half.subarray(at, ++at), trickle);
          else socket.destroy();
        };
        trickle();
      });
      socket.on('close', () => resolve());
      socket.on('error', reject);
    });
    // The same request sent whole afterwards is a MISS (nothing was stored for the cut one) and reaches the upstream once.
    const whole = await post('/v1/chat/completions', zipped, { 'content-encoding': 'gzip' });
    expect([whole.status, whole.cache]).toEqual([200, 'MISS']);
    expect(upstream.chatCalls).toHaveLength(calls + 1);
  });

  it('serves a gzipped Anthropic request through @anthropic-ai/sdk, and refuses an unknown encoding in Anthropic shape', async () => {
    const content = question();
    const claude = new Anthropic({ apiKey: 'sk-ant-compressed', baseURL: `${proxy.origin}/claude`, maxRetries: 0, fetch: gzippingFetch });
    const calls = upstream.messagesCalls.length;
    const { response } = await claude.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content }] }).withResponse();
    expect(response.headers.get('x-cache-status')).toBe('MISS');
    expect(upstream.messagesCalls).toHaveLength(calls + 1);
    expect(upstream.messagesCalls.at(-1)!.body).toMatchObject({ messages: [{ role: 'user', content }] });
    expect(upstream.messagesCalls.at(-1)!.headers['content-encoding']).toBeUndefined();

    const refused = await post('/claude/v1/messages', JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: question() }] }), { 'content-encoding': 'lz4', 'anthropic-version': '2023-06-01' });
    expect(refused.status).toBe(415);
    expect(refused.json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: expect.stringContaining('lz4') } });
    expect(upstream.messagesCalls).toHaveLength(calls + 1);
  });
});
