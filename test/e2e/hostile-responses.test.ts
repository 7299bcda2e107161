import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, useProxy, type RunningProxy } from '../helpers/proxy.ts';
import { textAndJson } from '../helpers/response-body.ts';

/**
 * Hostile and careless clients of the Responses API: sockets closed mid-stream (a MISS and a replayed HIT),
 * request echoes (`instructions`, `user`, `metadata`, …) of odd types, `conversation` and `tools` in every
 * shape, concurrent look-alike requests, and prefixed requests that would fall to another upstream. Each checks
 * that nothing is stored for bad input or aborted streams, that the proxy keeps serving, and that no answer
 * carries another request's identifiers.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), {
  routes: [{ name: 'slow-replay', match: { pathPrefix: '/slow' }, replay: { chunkChars: 1, delayMs: 5 } }],
});

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;
const LONG_ANSWER = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');

interface Answer {
  status: number;
  cache: string | null;
  key: string | null;
  text: string;
  json: any;
}

async function responses(body: unknown, options: { prefix?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(`${proxy.origin}${options.prefix ?? ''}/v1/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-hostile-responses', ...options.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const { text, json } = await textAndJson(response);
  return { status: response.status, cache: response.headers.get('x-cache-status'), key: response.headers.get('x-cache-key'), text, json };
}

/** A raw streaming request that destroys its socket after the first body chunk; resolves with what it saw. */
function streamThenHangUp(path: string, body: unknown): Promise<{ status?: number; cache?: string; firstChunk: string }> {
  return new Promise((resolve) => {
    const outcome: { status?: number; cache?: string; firstChunk: string } = { firstChunk: '' };
    const client = httpRequest({ host: '127.0.0.1', port: Number(new URL(proxy.origin).port), path, method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: 'Bearer sk-hostile-responses' } });
    client.on('error', () => resolve(outcome));
    client.on('response', (response) => {
      outcome.status = response.statusCode;
      outcome.cache = response.headers['x-cache-status'] as string | undefined;
      response.once('data', (chunk: Buffer) => {
        outcome.firstChunk = chunk.toString('utf8');
        client.destroy();
        resolve(outcome);
      });
      response.on('error', () => resolve(outcome));
    });
    client.end(JSON.stringify(body));
  });
}

async function stillServes(): Promise<void> {
  const input = question('Are you still there?');
  expect((await responses({ model: 'gpt-4o-mini', input })).cache).toBe('MISS');
  await eventually(async () => (await responses({ model: 'gpt-4o-mini', input })).cache === 'HIT', 5_000, 'the follow-up hit');
}

async function storedText(key: string | null): Promise<string> {
  expect(key).not.toBeNull();
  return JSON.stringify((await proxy.semcache.store.get(key!))?.completion ?? null);
}

const SECRETS = { instructions: 'SECRET-INSTR-A', user: 'alice@corp-a.example', metadata: { customer: 'corp-a-meta' }, safety_identifier: 'alice-safety', prompt_cache_key: 'alice-pck' };
const SECRET_VALUES = ['alice@corp-a.example', 'corp-a-meta', 'alice-safety', 'alice-pck'];

describe('sockets closed mid-response', () => {
  it('a streamed MISS the client hangs up on aborts the upstream stream and stores nothing partial', async () => {
    const input = question('Tell me a long story');
    const aborted = upstream.abortedStreams;
    upstream.options.chunkDelayMs = 10;
    try {
      upstream.enqueue({ kind: 'ok', content: LONG_ANSWER });
      const cut = await streamThenHangUp('/v1/responses', { model: 'gpt-4o-mini', input, stream: true });
      expect(cut.status).toBe(200);
      expect(cut.cache).toBe('MISS');
      await eventually(() => upstream.abortedStreams > aborted, 5_000, 'the upstream stream to be aborted');
    } finally {
      upstream.options.chunkDelayMs = 0;
    }
    const again = await responses({ model: 'gpt-4o-mini', input });
    expect(again.cache).toBe('MISS');
    await stillServes();
  });

  it('a streamed HIT replay the client hangs up on leaves the entry intact and the proxy serving', async () => {
    const input = question('Describe the sea');
    const body = { model: 'gpt-4o-mini', input, ...SECRETS };
    upstream.enqueue({ kind: 'ok', content: LONG_ANSWER });
    const primed = await responses(body, { prefix: '/slow' });
    expect(primed.cache).toBe('MISS');
    await eventually(async () => (await proxy.semcache.store.get(primed.key!)) !== undefined, 5_000, 'the stored entry');
    const cuts = await Promise.all(Array.from({ length: 5 }, () => streamThenHangUp('/slow/v1/responses', { ...body, stream: true, user: 'bob' })));
    for (const cut of cuts) expect(cut.cache).toBe('HIT');
    const whole = await responses(body, { prefix: '/slow' });
    expect(whole.cache).toBe('HIT');
    expect(whole.json.output[0].content[0].text).toBe(LONG_ANSWER);
    await stillServes();
  });
});

describe('request echoes on stored answers', () => {
  it('a streamed replay carries the current request echoes in every event, and none of the first request', async () => {
    const input = question();
    const first = await responses({ model: 'gpt-4o-mini', input, ...SECRETS });
    expect(first.cache).toBe('MISS');
    await eventually(async () => (await responses({ model: 'gpt-4o-mini', input, instructions: SECRETS.instructions })).cache === 'HIT', 5_000, 'the hit');
    const replay = await responses({ model: 'gpt-4o-mini', input, instructions: SECRETS.instructions, stream: true });
    expect(replay.cache).toBe('HIT');
    for (const secret of SECRET_VALUES) expect(replay.text).not.toContain(secret);
    const responseEvents = replay.text
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => JSON.parse(line.slice(6)))
      .filter((event) => event.response);
    expect(responseEvents.map((event) => event.type)).toEqual(expect.arrayContaining(['response.created', 'response.completed']));
    for (const event of responseEvents) {
      expect(event.response).toMatchObject({ instructions: SECRETS.instructions, user: null, metadata: {}, safety_identifier: null, prompt_cache_key: null });
    }
  });

  it('concurrent look-alike requests: a coalesced follower gets its own identifiers, not the leader’s', async () => {
    const input = question('Concurrent question');
    const calls = upstream.responsesCalls.length;
    upstream.hold();
    let leader: Promise<Answer>;
    let follower: Promise<Answer>;
    let streamedFollower: Promise<Answer>;
    try {
      leader = responses({ model: 'gpt-4o-mini', input, ...SECRETS });
      await eventually(() => upstream.responsesCalls.length > calls, 5_000, 'the leader upstream');
      const waiting = proxy.semcache.coalescer.waiting;
      follower = responses({ model: 'gpt-4o-mini', input, instructions: SECRETS.instructions, user: 'bob', metadata: { customer: 'corp-b' } });
      streamedFollower = responses({ model: 'gpt-4o-mini', input, instructions: SECRETS.instructions, stream: true });
      await eventually(() => proxy.semcache.coalescer.waiting === waiting + 2, 5_000, 'two followers');
    } finally {
      upstream.release();
    }
    const [lead, follow, streamed] = await Promise.all([leader!, follower!, streamedFollower!]);
    expect(lead.json.user).toBe(SECRETS.user);
    expect(upstream.responsesCalls).toHaveLength(calls + 1);
    expect([follow.cache, streamed.cache]).toEqual(['HIT', 'HIT']);
    expect(follow.json).toMatchObject({ user: 'bob', metadata: { customer: 'corp-b' }, safety_identifier: null, prompt_cache_key: null });
    for (const secret of SECRET_VALUES) {
      expect(follow.text).not.toContain(secret);
      expect(streamed.text).not.toContain(secret);
    }
  });

  it('a user given as a number and metadata not an object are neither stored nor served to another request', async () => {
    const input = question();
    const first = await responses({ model: 'gpt-4o-mini', input, user: 424242, metadata: 'corp-a-meta-string' });
    expect(first.cache).toBe('MISS');
    await eventually(async () => (await proxy.semcache.store.get(first.key!)) !== undefined, 5_000, 'the stored entry');
    const stored = await storedText(first.key);
    expect(stored).not.toContain('424242');
    expect(stored).not.toContain('corp-a-meta-string');
    const plain = await responses({ model: 'gpt-4o-mini', input });
    expect(plain.cache).toBe('HIT');
    expect(plain.json).toMatchObject({ user: null, metadata: {} });
    const odd = await responses({ model: 'gpt-4o-mini', input, user: 7, metadata: ['x'], safety_identifier: { nested: true } });
    expect(odd.cache).toBe('HIT');
    expect(odd.json).toMatchObject({ user: 7, metadata: ['x'], safety_identifier: { nested: true } });
    const nulls = await responses({ model: 'gpt-4o-mini', input, user: null, metadata: null });
    expect(nulls.json).toMatchObject({ user: null, metadata: {} });
  });

  it('instructions given as an array of items: kept apart by content, never stored, given back on a hit', async () => {
    const input = question();
    const items = (text: string) => [{ role: 'developer', content: [{ type: 'input_text', text }] }];
    const first = await responses({ model: 'gpt-4o-mini', input, instructions: items('SECRET-ARRAY-INSTR one') });
    expect(first.cache).toBe('MISS');
    expect((await responses({ model: 'gpt-4o-mini', input, instructions: items('SECRET-ARRAY-INSTR two') })).cache).toBe('MISS');
    await eventually(async () => (await proxy.semcache.store.get(first.key!)) !== undefined, 5_000, 'the stored entry');
    expect(await storedText(first.key)).not.toContain('SECRET-ARRAY-INSTR');
    const hit = await responses({ model: 'gpt-4o-mini', input, instructions: items('SECRET-ARRAY-INSTR one') });
    expect(hit.cache).toBe('HIT');
    expect(hit.json.instructions).toEqual(items('SECRET-ARRAY-INSTR one'));
    expect((await responses({ model: 'gpt-4o-mini', input })).cache).toBe('MISS');
  });
});

describe('conversation and tools in every shape', () => {
  it('bypasses conversation as an object or an empty string, every time, and caches conversation: null', async () => {
    for (const conversation of [{ id: 'conv_x' }, '', 'conv_y', 0, false]) {
      const input = question();
      const calls = upstream.responsesCalls.length;
      const first = await responses({ model: 'gpt-4o-mini', input, conversation });
      const second = await responses({ model: 'gpt-4o-mini', input, conversation });
      expect([first.cache, second.cache]).toEqual(['BYPASS', 'BYPASS']);
      expect(first.key).toBeNull();
      expect(upstream.responsesCalls).toHaveLength(calls + 2);
    }
    const input = question();
    expect((await responses({ model: 'gpt-4o-mini', input, conversation: null })).cache).toBe('MISS');
    await eventually(async () => (await responses({ model: 'gpt-4o-mini', input, conversation: null })).cache === 'HIT', 5_000, 'the hit');
  });

  it('bypasses an image_generation tool among odd entries (null, strings) and never answers a 500 for tools not an array', async () => {
    const withImage = await responses({ model: 'gpt-4o-mini', input: question('Draw'), tools: [null, 'x', 42, { type: 'image_generation' }] });
    expect(withImage.cache).toBe('BYPASS');
    for (const tools of [{ type: 'image_generation' }, 'image_generation', 42, { 0: { type: 'image_generation' }, length: 1 }]) {
      const answer = await responses({ model: 'gpt-4o-mini', input: question('Draw'), tools });
      expect(answer.status).toBeLessThan(500);
      if (answer.status >= 400) expect(answer.json).toMatchObject({ error: { type: 'invalid_request_error' } });
    }
    await stillServes();
  });

  it('answers bad Responses bodies with a 400 in OpenAI shape and sends nothing upstream', async () => {
    const calls = upstream.responsesCalls.length;
    for (const body of ['[]', 'null', '"text"', '{"model":"gpt-4o-mini","input":{"role":"user"}}', '{"model":42,"input":"x"}', '{"model":"gpt-4o-mini","input":[null]}', '{"model":"gpt-4o-mini","input":"x","stream":"yes"}', '{"model":"gpt-4o-mini","input":"x","temperature":"1e400"}', '{"model":"gpt-4o-mini","input":"x"', '']) {
      const answer = await responses(body);
      expect(answer.status, body).toBe(400);
      expect(answer.json, body).toMatchObject({ error: { type: 'invalid_request_error', message: expect.any(String) } });
    }
    expect(upstream.responsesCalls).toHaveLength(calls);
    await stillServes();
  });
});

describe('a prefixed request no route of its prefix matches', () => {
  let other: MockUpstream;
  let mixed: RunningProxy;
  let main: MockUpstream;
  beforeAll(async () => {
    main = await new MockUpstream().start();
    other = await new MockUpstream().start();
    mixed = await startProxy(main, {
      routes: [
        { name: 'special', match: { pathPrefix: '/special', model: 'special-*' }, upstream: { baseUrl: other.baseUrl } },
        { name: 'claude', match: { pathPrefix: '/claude', model: 'claude-*' }, upstream: { baseUrl: other.baseUrl, api: 'anthropic' } },
      ],
    });
  });
  afterAll(async () => {
    await mixed?.stop();
    await other?.stop();
    await main?.stop();
  });

  const send = (path: string, body: unknown) =>
    fetch(`${mixed.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-special', 'x-api-key': 'sk-ant-special' }, body: JSON.stringify(body) });

  it('is refused with a 404 in the route API’s shape, JSON or streamed, reaching neither upstream, with the model bounded', async () => {
    const huge = `gpt-${'x'.repeat(20_000)}\r\nx-injected: yes`;
    for (const stream of [false, true]) {
      const openai = await send('/special/v1/responses', { model: huge, input: 'hi', stream });
      expect(openai.status).toBe(404);
      const error = (await openai.json()) as { error: { message: string } };
      expect(error).toMatchObject({ error: { type: 'invalid_request_error', code: 'route_not_found' } });
      expect(error.error.message.length).toBeLessThan(1_000);
      expect(openai.headers.get('x-injected')).toBeNull();

      const anthropic = await send('/claude/v1/messages', { model: 'gpt-4o', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }], stream });
      expect(anthropic.status).toBe(404);
      expect(await anthropic.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
    }
    expect(main.calls).toHaveLength(0);
    expect(other.calls).toHaveLength(0);
    // The prefix's own models still go through.
    const served = await send('/special/v1/responses', { model: 'special-1', input: 'hi' });
    expect(served.status).toBe(200);
    expect(other.responsesCalls).toHaveLength(1);
  });
});
