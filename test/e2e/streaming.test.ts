import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, useProxy, type RunningProxy } from '../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { defaults: { mode: 'exact' } });
afterEach(() => upstream.release());

let unique = 0;
const question = () => `Explain the water cycle, variant ${++unique}-${Math.random().toString(36).slice(2, 6)}`;
const params = (text: string) => ({ model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: text }] });

/** Streams through the SDK and returns the text it reassembled plus the response headers. */
async function streamed(client: OpenAI, text: string, extra: Record<string, unknown> = {}) {
  const { data: stream, response } = await client.chat.completions.create({ ...params(text), ...extra, stream: true }).withResponse();
  let content = '';
  let usage: OpenAI.CompletionUsage | undefined | null;
  let chunks = 0;
  for await (const chunk of stream) {
    chunks++;
    content += chunk.choices[0]?.delta.content ?? '';
    if (chunk.usage) usage = chunk.usage;
  }
  return { content, usage, chunks, status: response.headers.get('x-cache-status'), headers: response.headers };
}

async function json(client: OpenAI, text: string) {
  const { data, response } = await client.chat.completions.create(params(text)).withResponse();
  return { content: data.choices[0]!.message.content, usage: data.usage, status: response.headers.get('x-cache-status'), headers: response.headers };
}

describe('streaming', () => {
  it('streams a miss, then replays the identical text as a streaming hit', async () => {
    const client = proxy.client();
    const text = question();
    const miss = await streamed(client, text);
    const hit = await streamed(client, text);
    expect(miss.status).toBe('MISS');
    expect(miss.content).toMatch(/^Answer #\d+ to: Explain the water cycle/);
    expect(hit.status).toBe('HIT');
    expect(hit.headers.get('x-cache-match')).toBe('exact');
    expect(hit.content).toBe(miss.content);
    expect(hit.chunks).toBeGreaterThan(2);
  });

  it('sends the usage chunk only to clients that asked for it, though every entry carries usage', async () => {
    const client = proxy.client();
    const text = question();
    const miss = await streamed(client, text);
    expect(miss.usage).toBeUndefined();
    expect(upstream.chatCalls.at(-1)!.body.stream_options).toEqual({ include_usage: true });
    const hit = await streamed(client, text, { stream_options: { include_usage: true } });
    expect(hit.status).toBe('HIT');
    expect(hit.usage).toMatchObject({ prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number) });
    const jsonHit = await json(client, text);
    expect(jsonHit.usage).toEqual(hit.usage);
  });

  it('forwards the first chunk before the upstream has finished', async () => {
    upstream.hold();
    const client = proxy.client();
    const stream = await client.chat.completions.create({ ...params(question()), stream: true });
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    expect(first.value.choices[0]?.delta.role).toBe('assistant');
    upstream.release();
    let rest = '';
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) rest += next.value.choices[0]?.delta.content ?? '';
    expect(rest).toMatch(/^Answer #/);
  });

  it('serves a JSON request from an entry stored by a stream, and a stream from a JSON entry', async () => {
    const client = proxy.client();
    const fromStream = question();
    const streamedMiss = await streamed(client, fromStream);
    const jsonHit = await json(client, fromStream);
    expect(jsonHit.status).toBe('HIT');
    expect(jsonHit.content).toBe(streamedMiss.content);

    const fromJson = question();
    const jsonMiss = await json(client, fromJson);
    const streamedHit = await streamed(client, fromJson);
    expect(streamedHit.status).toBe('HIT');
    expect(streamedHit.content).toBe(jsonMiss.content);
  });

  it.each([
    ['an upstream that closes early', { kind: 'broken-stream', afterChunks: 2 }],
    ['a stream without [DONE]', { kind: 'no-done' }],
    ['malformed data', { kind: 'malformed' }],
    ['an error event mid-stream', { kind: 'error-event' }],
  ] as const)('stores nothing after %s', async (_name, behaviour) => {
    const client = proxy.client();
    const text = question();
    upstream.enqueue(behaviour);
    await streamed(client, text).catch(() => undefined);
    const again = await streamed(client, text);
    expect(again.status).toBe('MISS');
  });

  it('tells a streaming client that the upstream broke with an error the SDK raises', async () => {
    upstream.hold(); // so the break comes after the headers and first chunk have reached the client
    upstream.enqueue({ kind: 'broken-stream', afterChunks: 2 });
    const stream = await proxy.client().chat.completions.create({ ...params(question()), stream: true });
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value.choices[0]?.delta.role).toBe('assistant');
    upstream.release();
    const error = await (async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next());
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).error).toMatchObject({ code: 'upstream_stream_failed', type: 'upstream_error' });
  });

  it('aborts the upstream request when the client hangs up, and stores nothing', async () => {
    upstream.hold();
    const client = proxy.client();
    const text = question();
    const abortedBefore = upstream.abortedStreams;
    const controller = new AbortController();
    const stream = await client.chat.completions.create({ ...params(text), stream: true }, { signal: controller.signal });
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    controller.abort();
    await eventually(() => upstream.abortedStreams > abortedBefore, 5_000, 'the upstream to see the abort');
    upstream.release();
    expect((await streamed(client, text)).status).toBe('MISS');
  });
});

describe('coalescing', () => {
  it('makes one upstream call for 20 concurrent identical misses', async () => {
    upstream.hold();
    const callsBefore = upstream.chatCalls.length;
    const client = proxy.client();
    const text = question();
    const requests = Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? json(client, text) : streamed(client, text)));
    await eventually(() => proxy.semcache.coalescer.waiting === 19, 10_000, '19 followers');
    upstream.release();
    const results = await Promise.all(requests);
    expect(upstream.chatCalls.length - callsBefore).toBe(1);
    expect(results.filter((result) => result.status === 'MISS')).toHaveLength(1);
    const followers = results.filter((result) => result.status === 'HIT');
    expect(followers).toHaveLength(19);
    for (const follower of followers) expect(follower.headers.get('x-cache-match')).toBe('coalesced');
    expect(new Set(results.map((result) => result.content)).size).toBe(1);
  });

  // A hostile helper, session 34: the follower waited for the stalled leader before its lookup, after it and after
  // losing the race for the lead, each wait with a deadline of its own (3× the timeout).
  it('stops waiting for a stalled leader after the follow timeout in all, and calls the upstream itself', async () => {
    const timeoutMs = 500;
    const impatient = await startProxy(upstream, { defaults: { mode: 'exact' } }, { followTimeoutMs: timeoutMs });
    try {
      upstream.hold();
      const callsBefore = upstream.chatCalls.length;
      const client = impatient.client();
      const text = question();
      const leader = json(client, text);
      await upstream.waitForChatCalls(callsBefore + 1);
      const started = performance.now();
      const follower = json(client, text);
      await upstream.waitForChatCalls(callsBefore + 2); // the follower gave up waiting and went upstream
      const waited = performance.now() - started;
      upstream.release();
      const results = await Promise.all([leader, follower]);
      expect(results.map((result) => result.status)).toEqual(['MISS', 'MISS']);
      // One timeout and the lookup between; three timeouts would be 1,500 ms or more.
      expect(waited).toBeGreaterThanOrEqual(timeoutMs - 50);
      expect(waited).toBeLessThan(timeoutMs * 2.6);
    } finally {
      await impatient.stop();
    }
  });

  // A hostile helper, session 34: a refresh (Cache-Control: no-cache) that found an earlier call in flight went upstream
  // unslotted; a request after the refresh finished waited for the earlier call and got its older answer, whose
  // write then replaced the refreshed entry.
  it('lets a refresh take over an earlier call in flight: later requests get the refreshed answer, which stays stored', async () => {
    const client = proxy.client();
    const text = question();
    const slow = client.chat.completions.create(params(text), { headers: { 'x-mock-behaviour': JSON.stringify({ kind: 'ok', delayMs: 1_500 }) } }).withResponse();
    await eventually(() => proxy.semcache.coalescer.size === 1, 5_000, 'the slow call to lead');
    const refreshed = await client.chat.completions.create(params(text), { headers: { 'cache-control': 'no-cache' } }).withResponse();
    expect(refreshed.response.headers.get('x-cache-status')).toBe('REFRESH');
    const fresh = refreshed.data.choices[0]!.message.content;

    const after = await json(client, text);
    expect(after.status).toBe('HIT');
    expect(after.content).toBe(fresh);

    const earlier = await slow;
    expect(earlier.data.choices[0]!.message.content).not.toBe(fresh);
    await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'the slow call to settle');
    const later = await json(client, text);
    expect(later.status).toBe('HIT');
    expect(later.content).toBe(fresh);
  });

  // A hostile helper on that takeover: a second refresh that took over a first and then failed threw the first's
  // answer away, so the entry from before both refreshes stayed.
  it('stores a refresh whose answer came first when a later refresh that took it over fails', async () => {
    const client = proxy.client();
    const text = question();
    const before = (await json(client, text)).content;
    const calls = upstream.chatCalls.length;
    const first = client.chat.completions.create(params(text), { headers: { 'cache-control': 'no-cache', 'x-mock-behaviour': JSON.stringify({ kind: 'ok', delayMs: 600 }) } });
    await upstream.waitForChatCalls(calls + 1);
    const aborted = new AbortController();
    const second = client.chat.completions.create(params(text), { headers: { 'cache-control': 'no-cache', 'x-mock-behaviour': JSON.stringify({ kind: 'ok', delayMs: 5_000 }) }, signal: aborted.signal }).catch((error: unknown) => error);
    await upstream.waitForChatCalls(calls + 2);
    const refreshed = (await first).choices[0]!.message.content;
    expect(refreshed).not.toBe(before);
    aborted.abort();
    expect(await second).toBeInstanceOf(Error);
    await eventually(() => proxy.semcache.coalescer.size === 0, 10_000, 'both refreshes to settle');
    const later = await json(client, text);
    expect(later.status).toBe('HIT');
    expect(later.content).toBe(refreshed);
  });

  it('sends followers to the upstream themselves when the leader fails', async () => {
    upstream.hold();
    upstream.enqueue({ kind: 'error', status: 500 });
    const client = proxy.client();
    const text = question();
    const requests = Array.from({ length: 5 }, () => json(client, text).catch((error: unknown) => error));
    await eventually(() => proxy.semcache.coalescer.waiting === 4, 10_000, '4 followers');
    upstream.release();
    const results = await Promise.all(requests);
    const failures = results.filter((result) => result instanceof OpenAI.InternalServerError);
    expect(failures).toHaveLength(1);
    const answers = results.filter((result): result is Awaited<ReturnType<typeof json>> => !(result instanceof Error));
    expect(answers).toHaveLength(4);
    for (const answer of answers) expect(answer.content).toMatch(/^Answer #/);
  });
});

describe('integers beyond 2^53 in a request', () => {
  const send = (body: string) =>
    fetch(`${proxy.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test-key-one' }, body });

  it('reach the upstream with the digits the client sent when the proxy adds include_usage to a stream', async () => {
    const response = await send(`{"model":"gpt-4o-mini","stream":true,"seed":12345678901234567891,"messages":[{"role":"user","content":${JSON.stringify(question())}}]}`);
    expect(response.status).toBe(200);
    await response.text();
    const sent = upstream.chatCalls.at(-1)!.rawBody.toString('utf8');
    expect(sent).toContain('"seed":12345678901234567891');
    expect(sent).toContain('"include_usage":true');
  });

  it('in a body too large to parse again exactly (over 128 KB), send its bytes upstream untouched and cache nothing', async () => {
    const text = `${question()} ${'context '.repeat(20_000)}`;
    const body = `{"model":"gpt-4o-mini","seed":12345678901234567891,"messages":[{"role":"user","content":${JSON.stringify(text)}}]}`;
    const first = await send(body);
    await first.json();
    const again = await send(body);
    await again.json();
    expect([first.headers.get('x-cache-status'), again.headers.get('x-cache-status')]).toEqual(['BYPASS', 'BYPASS']);
    expect(upstream.chatCalls.at(-1)!.rawBody.toString('utf8')).toBe(body);
  });

  it('are two requests when they differ beyond what a double holds', async () => {
    const body = (seed: string, text: string) => `{"model":"gpt-4o-mini","seed":${seed},"messages":[{"role":"user","content":${JSON.stringify(text)}}]}`;
    const text = question();
    const first = await send(body('9007199254740993', text));
    await first.json();
    const repeat = await send(body('9007199254740993', text));
    await repeat.json();
    const other = await send(body('9007199254740992', text));
    await other.json();
    expect([first.headers.get('x-cache-status'), repeat.headers.get('x-cache-status'), other.headers.get('x-cache-status')]).toEqual(['MISS', 'HIT', 'MISS']);
  });
});
