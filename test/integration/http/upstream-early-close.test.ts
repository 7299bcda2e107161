/**
 * Issue #11, finding 9 (part): an upstream that closes the connection before its answer was reported as
 * "The upstream API could not be reached", although it was reached. The client now reads what happened.
 */
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running));

const ask = (content: string, at: 'before-headers' | 'before-body', stream: boolean, extraHeaders: Record<string, string> = {}) =>
  fetch(`${proxy.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-early', 'x-mock-behaviour': JSON.stringify({ kind: 'cut', at }), ...extraHeaders },
    body: JSON.stringify({ model: 'gpt-4o-mini', stream, messages: [{ role: 'user', content }] }),
  });

describe('an upstream that closes the connection early', () => {
  it.each(['before-headers', 'before-body'] as const)('closing %s is a 502 that says so (JSON)', async (at) => {
    const response = await ask(`early json ${at} ${Date.now()}`, at, false);
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: { message: 'The upstream closed the connection before sending a complete response.', type: 'upstream_error', param: null, code: 'upstream_closed' },
    });
  });

  // Issue #12: a BYPASS JSON answer is read whole before it is relayed, so a cut body is reported like a MISS's,
  // rather than as a 200 whose body breaks off.
  it('closing before the body of a BYPASS JSON answer is a 502 that says so, with its cache status', async () => {
    const response = await ask(`early bypass ${Date.now()}`, 'before-body', false, { 'cache-control': 'no-cache, no-store' });
    expect(response.status).toBe(502);
    expect(response.headers.get('x-cache-status')).toBe('BYPASS');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('upstream_closed');
  });

  it('closing before the first response byte of a stream is a 502 that says so', async () => {
    const response = await ask(`early stream headers ${Date.now()}`, 'before-headers', true);
    expect(response.status).toBe(502);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('upstream_closed');
  });

  it('closing a stream before its first event ends it with an SSE error the SDK raises with a precise text', async () => {
    const client = new OpenAI({ apiKey: 'sk-early', baseURL: proxy.baseURL, maxRetries: 0, defaultHeaders: { 'x-mock-behaviour': JSON.stringify({ kind: 'cut', at: 'before-body' }) } });
    const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: `early stream body ${Date.now()}` }] });
    const failure = await (async () => {
      try {
        for await (const _chunk of stream) void _chunk;
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(failure).toBeInstanceOf(OpenAI.APIError);
    expect((failure as InstanceType<typeof OpenAI.APIError>).error).toMatchObject({ code: 'upstream_closed', message: 'The upstream closed the connection before sending any event.' });
  });
});

// A hostile client, session 33: an upstream that answers a streamed request with JSON (a server that ignores
// `stream`). Whole, it reaches the client as it came and is not stored. (Cut mid-body, the client gets a 200 whose
// body ends with the stream's error event: reading it whole first would also hold back an SSE stream a server labels
// `application/json`, which streams and is cached today; README Known limitations.)
describe('a JSON answer to a streamed request', () => {
  const streamed = (content: string, behaviour: object) =>
    fetch(`${proxy.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-early', 'x-mock-behaviour': JSON.stringify(behaviour) },
      body: JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content }] }),
    });

  it('whole is relayed as it came and not stored', async () => {
    const content = `json to a stream, whole ${Date.now()}`;
    const first = await streamed(content, { kind: 'ok', ignoreStream: true, content: 'Paris.' });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache-status')).toBe('MISS');
    const text = await first.text();
    expect(JSON.parse(text)).toMatchObject({ object: 'chat.completion', choices: [{ message: { content: 'Paris.' } }] });
    const again = await streamed(content, { kind: 'ok', content: 'Paris.' });
    expect(again.headers.get('x-cache-status')).toBe('MISS');
    await again.text();
  });
});
