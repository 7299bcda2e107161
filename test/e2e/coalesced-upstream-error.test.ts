import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Followers of a coalesced leader whose upstream call failed (a hostile tester, session 37: 40 identical requests
 * behind a leader answered 500 made 40 more upstream calls at once, on an upstream that was failing every call).
 * After one refused leader the followers make one new call together; a second refusal in a row (a 429, a 5xx, whole)
 * is their answer, unchanged, and nothing is stored.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, { defaults: { mode: 'exact' }, routes: [{ name: 'shared', match: { pathPrefix: '/shared' }, share: true }] });
});
afterEach(() => upstream.release());
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const question = (label: string) => `Which stars end as white dwarfs? (${label} ${++unique}-${Math.random().toString(36).slice(2, 8)})`;

async function ask(client: OpenAI, content: string, stream: boolean, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ status: number; message: string; cache: string | null; coalesced?: string | null; content?: string }> {
  try {
    if (stream) {
      const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], stream: true, ...extra }, { maxRetries: 0, headers }).withResponse();
      let text = '';
      for await (const chunk of data) text += chunk.choices[0]?.delta.content ?? '';
      return { status: response.status, message: '', cache: response.headers.get('x-cache-status'), content: text };
    }
    const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], ...extra }, { maxRetries: 0, headers }).withResponse();
    return { status: response.status, message: '', cache: response.headers.get('x-cache-status'), content: data.choices[0]!.message.content ?? '' };
  } catch (error) {
    if (!(error instanceof OpenAI.APIError)) throw error;
    return { status: error.status ?? 0, message: error.message, cache: error.headers?.get('x-cache-status') ?? null, coalesced: error.headers?.get('x-cache-coalesced') ?? null };
  }
}

describe('followers of a leader whose upstream call failed', () => {
  it.each([429, 500, 503])('are answered the upstream\'s second %i in a row, after two calls in all; a later request calls again', async (status) => {
    const client = proxy.client({ apiKey: `sk-coalesced-error-${status}` });
    const text = question(`status ${status}`);
    const before = upstream.chatCalls.length;
    upstream.hold();
    const refusal = { kind: 'error', status, body: { error: { message: `mock refusal ${status}`, type: 'server_error', param: null, code: null } } } as const;
    upstream.enqueue(refusal, refusal);
    // Streamed and JSON requests alike (their bytes differ, so each kind is handed only its own kind's refusal).
    const streamed = status === 429;
    const leader = ask(client, text, streamed);
    await eventually(() => upstream.chatCalls.length > before, 5_000, 'the leader upstream');
    const followers = Array.from({ length: 10 }, () => ask(client, text, streamed));
    await eventually(() => proxy.semcache.coalescer.waiting === 10, 5_000, '10 followers');
    upstream.release();
    const results = await Promise.all([leader, ...followers]);
    // The first leader's call, and the one new call its followers made behind the first of them.
    expect(upstream.chatCalls.length - before).toBe(2);
    for (const result of results) {
      expect(result.status).toBe(status);
      expect(result.message).toContain(`mock refusal ${status}`);
    }
    // The leader and the one that led the second call had their own; the other eight were handed it, and say so.
    expect(results.filter((result) => result.coalesced === 'leader-refused')).toHaveLength(9);
    expect(results.every((result) => result.cache === 'MISS')).toBe(true);
    // Nothing was stored: the next request calls the upstream, which answers now.
    await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'the slot freed');
    const again = await ask(client, text, false);
    expect(again).toMatchObject({ status: 200, cache: 'MISS' });
    expect(upstream.chatCalls.length - before).toBe(3);
  });

  it('make one new call together after a single refusal, and are all answered by it', async () => {
    const client = proxy.client({ apiKey: 'sk-coalesced-error-once' });
    const text = question('one 503');
    const before = upstream.chatCalls.length;
    upstream.hold();
    upstream.enqueue({ kind: 'error', status: 503 });
    const leader = ask(client, text, false);
    await eventually(() => upstream.chatCalls.length > before, 5_000, 'the leader upstream');
    const followers = Array.from({ length: 6 }, (_, i) => ask(client, text, i % 2 === 1));
    await eventually(() => proxy.semcache.coalescer.waiting === 6, 5_000, '6 followers');
    upstream.release();
    expect((await leader).status).toBe(503);
    const answers = await Promise.all(followers);
    for (const answer of answers) expect(answer).toMatchObject({ status: 200, content: expect.stringMatching(/^Answer #\d+ to: /) });
    expect(new Set(answers.map((answer) => answer.content)).size).toBe(1);
    expect(upstream.chatCalls.length - before).toBe(2);
  });

  it('leave a 400 to each follower\'s own call (a refusal of the leader\'s body may not be theirs)', async () => {
    const client = proxy.client({ apiKey: 'sk-coalesced-error-400' });
    const text = question('status 400');
    const before = upstream.chatCalls.length;
    upstream.hold();
    upstream.enqueue({ kind: 'error', status: 400 });
    const leader = ask(client, text, false);
    await eventually(() => upstream.chatCalls.length > before, 5_000, 'the leader upstream');
    const followers = Array.from({ length: 4 }, () => ask(client, text, false));
    await eventually(() => proxy.semcache.coalescer.waiting === 4, 5_000, '4 followers');
    upstream.release();
    expect((await leader).status).toBe(400);
    const answers = await Promise.all(followers);
    for (const answer of answers) expect(answer).toMatchObject({ status: 200 });
    // One of them led the new call and the others followed it.
    expect(upstream.chatCalls.length - before).toBe(2);
  });

  // A hostile reviewer (session 37): a refusal was handed to followers whose requests differed in what the key leaves
  // out (a flex tier's 429 served to default-tier requests) or, on a route that shares answers, came with another key
  // (one key's exhausted quota served to every other key).
  it.each([
    ['a field the key leaves out', (client: OpenAI, text: string) => ask(client, text, false, { service_tier: 'default' }), () => proxy.client({ apiKey: 'sk-coalesced-error-tier' })],
    ['another key on a route that shares', (_client: OpenAI, text: string) => ask(proxy.client({ apiKey: 'sk-coalesced-error-other-key', route: 'shared' }), text, false), () => proxy.client({ apiKey: 'sk-coalesced-error-first-key', route: 'shared' })],
    // A gateway may limit by a header the key leaves out (a second hostile review).
    ['a header forwarded upstream', (client: OpenAI, text: string) => ask(client, text, false, { service_tier: 'flex' }, { 'helicone-user-id': 'another-user' }), () => proxy.client({ apiKey: 'sk-coalesced-error-header' })],
  ])('are never handed a refusal of a request that differs in %s', async (_label, follower, leaderClient) => {
    const client = leaderClient();
    const text = question('scoped refusal');
    const before = upstream.chatCalls.length;
    upstream.hold();
    const refusal = { kind: 'error', status: 429, body: { error: { message: 'mock refusal of the first', type: 'requests', param: null, code: null } } } as const;
    upstream.enqueue(refusal, refusal);
    // The first two lead and follow with the same bytes and key: the second is refused too, in its own call or handed on.
    const first = ask(client, text, false, { service_tier: 'flex' });
    await eventually(() => upstream.chatCalls.length > before, 5_000, 'the leader upstream');
    const same = ask(client, text, false, { service_tier: 'flex' });
    const others = Array.from({ length: 4 }, () => follower(client, text));
    await eventually(() => proxy.semcache.coalescer.waiting === 5, 5_000, '5 followers');
    upstream.release();
    const [firstAnswer, sameAnswer, ...otherAnswers] = await Promise.all([first, same, ...others]);
    expect(firstAnswer.status).toBe(429);
    expect(sameAnswer.status).toBe(429);
    for (const answer of otherAnswers) expect(answer.coalesced ?? null).toBeNull();
    expect(otherAnswers.filter((answer) => answer.status === 200)).not.toHaveLength(0);
  });
});
