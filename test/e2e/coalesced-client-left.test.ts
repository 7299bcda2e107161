import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Coalesced requests whose clients hang up (a hostile reviewer, session 37): a follower whose client had left kept
 * waiting, could lead the next call and fail at once (its call cancelled with it), and sent the live followers
 * upstream one each (101 upstream calls for 201 requests when half hung up while waiting); a leader whose client left
 * did the same to all its followers. A follower whose client leaves stops waiting and never leads; the followers of a
 * leader whose client left make one new call together.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, { defaults: { mode: 'exact' } });
});
afterEach(() => upstream.release());
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const question = (label: string) => `Why do cats purr? (${label} ${++unique}-${Math.random().toString(36).slice(2, 8)})`;

interface Answer {
  status: number;
  cache: string | null;
  content?: string;
  aborted?: boolean;
}

/** Asks through the SDK; a request its caller aborted ends as `{ aborted: true }`. `firstChunk` resolves on a stream's first delta. */
async function ask(client: OpenAI, content: string, options: { stream?: boolean; signal?: AbortSignal; firstChunk?: () => void } = {}): Promise<Answer> {
  try {
    if (options.stream === true) {
      const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], stream: true }, { maxRetries: 0, signal: options.signal }).withResponse();
      let text = '';
      for await (const chunk of data) {
        text += chunk.choices[0]?.delta.content ?? '';
        options.firstChunk?.();
      }
      // The SDK ends a stream its caller aborted without an error.
      if (options.signal?.aborted === true) return { status: 0, cache: null, aborted: true };
      return { status: response.status, cache: response.headers.get('x-cache-status'), content: text };
    }
    const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }, { maxRetries: 0, signal: options.signal }).withResponse();
    return { status: response.status, cache: response.headers.get('x-cache-status'), content: data.choices[0]!.message.content ?? '' };
  } catch (error) {
    if (error instanceof OpenAI.APIUserAbortError) return { status: 0, cache: null, aborted: true };
    if (!(error instanceof OpenAI.APIError)) throw error;
    return { status: error.status ?? 0, cache: error.headers?.get('x-cache-status') ?? null };
  }
}

function expectOneAnswer(answers: Answer[]): void {
  for (const answer of answers) expect(answer).toMatchObject({ status: 200, content: expect.stringMatching(/^Answer #\d+ to: /) });
  expect(new Set(answers.map((answer) => answer.content)).size).toBe(1);
}

describe('coalesced requests whose clients leave', () => {
  it('a follower whose client left stops waiting and never leads the next call: the live followers make one call together', async () => {
    const client = proxy.client({ apiKey: 'sk-coalesced-left-follower' });
    const text = question('followers leave');
    const before = upstream.chatCalls.length;
    upstream.hold();
    upstream.enqueue({ kind: 'error', status: 503 });
    const leader = ask(client, text);
    await eventually(() => upstream.chatCalls.length > before, 5_000, 'the leader upstream');
    // The leavers follow first, so they would be the first to race for the next call.
    const leaving = Array.from({ length: 4 }, () => new AbortController());
    const leavers = leaving.map((controller) => ask(client, text, { signal: controller.signal }));
    await eventually(() => proxy.semcache.coalescer.waiting === 4, 5_000, '4 leaving followers');
    const staying = Array.from({ length: 4 }, (_, i) => ask(client, text, { stream: i % 2 === 1 }));
    await eventually(() => proxy.semcache.coalescer.waiting === 8, 5_000, '8 followers');
    for (const controller of leaving) controller.abort();
    // Their requests stop waiting as soon as the proxy sees them go.
    await eventually(() => proxy.semcache.coalescer.waiting === 4, 5_000, 'the leavers gone');
    upstream.release();
    expect((await leader).status).toBe(503);
    for (const left of await Promise.all(leavers)) expect(left.aborted).toBe(true);
    expectOneAnswer(await Promise.all(staying));
    // The refused leader's call and the one new call the live followers made together.
    expect(upstream.chatCalls.length - before).toBe(2);
  });

  it.each([
    ['JSON', false],
    ['streamed', true],
  ])('the followers of leaders whose clients left (the %s leader of their next call too) make one new call together, answered to all', async (_label, streamed) => {
    const text = question(`leaders leave ${streamed}`);
    const before = upstream.chatCalls.length;
    upstream.hold();
    // Each request says who it is in a header the key leaves out, so the test can tell which one leads a call.
    const client = (who: string) => proxy.client({ apiKey: `sk-coalesced-left-leader-${streamed}`, headers: { 'x-test-client': who } });
    const leaving = new Map<string, AbortController>();
    const send = (who: string, stream: boolean, firstChunk?: () => void) => {
      const controller = new AbortController();
      leaving.set(who, controller);
      return ask(client(who), text, { stream, signal: controller.signal, firstChunk });
    };
    const leader = send('leader', false);
    await eventually(() => upstream.chatCalls.length > before, 5_000, 'the leader upstream');
    let firstChunk!: () => void;
    const chunked = new Promise<void>((resolve) => (firstChunk = resolve));
    // Every follower streams in the streamed case, so the one that leads the next call streams.
    const followers = new Map<string, Promise<Answer>>(Array.from({ length: 6 }, (_, i) => [`follower-${i}`, send(`follower-${i}`, streamed, firstChunk)] as const));
    await eventually(() => proxy.semcache.coalescer.waiting === 6, 5_000, '6 followers');
    leaving.get('leader')!.abort();
    expect((await leader).aborted).toBe(true);
    // One follower leads the next call (held by the mock) and the other five follow it; then its client leaves too.
    await eventually(() => upstream.chatCalls.length - before === 2 && proxy.semcache.coalescer.waiting === 5, 5_000, 'a second call, five followers');
    const second = String(upstream.chatCalls.at(-1)!.headers['x-test-client']);
    expect(followers.has(second)).toBe(true);
    if (streamed) await chunked;
    leaving.get(second)!.abort();
    expect((await followers.get(second)!).aborted).toBe(true);
    await eventually(() => upstream.chatCalls.length - before === 3 && proxy.semcache.coalescer.waiting === 4, 5_000, 'a third call, four followers');
    upstream.release();
    expectOneAnswer(await Promise.all([...followers].filter(([who]) => who !== second).map(([, answer]) => answer)));
    expect(upstream.chatCalls.length - before).toBe(3);
    // The answer was stored: the next request is a hit.
    await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'the slot freed');
    expect(await ask(client('later'), text)).toMatchObject({ status: 200, cache: 'HIT' });
  });

  // A hostile reviewer (session 38): the follow deadline was one for all of a request's waits, so when a leader's client
  // left late the followers' new call had only what was left of it (a leader leaving at 55 s: the 20 followers gave up
  // on the new call at 60 s and called one each). The call they make together is waited for as long as the first.
  it('wait for the new call they make together as long as for the first, however late the leader left', async () => {
    const followMs = 1_500;
    const impatient = await startProxy(upstream, { defaults: { mode: 'exact' } }, { followTimeoutMs: followMs });
    try {
      const client = impatient.client({ apiKey: 'sk-coalesced-left-late' });
      const text = question('leader leaves late');
      const before = upstream.chatCalls.length;
      upstream.hold();
      const leaving = new AbortController();
      const leader = ask(client, text, { signal: leaving.signal });
      await eventually(() => upstream.chatCalls.length > before, 5_000, 'the leader upstream');
      const followers = Array.from({ length: 5 }, () => ask(client, text));
      await eventually(() => impatient.semcache.coalescer.waiting === 5, 5_000, '5 followers');
      const followed = performance.now();
      // The leader's client leaves two thirds into the followers' wait; the new call is answered after their first
      // deadline has passed, within the second.
      await new Promise((resolve) => setTimeout(resolve, followMs * (2 / 3)));
      leaving.abort();
      expect((await leader).aborted).toBe(true);
      await eventually(() => upstream.chatCalls.length - before === 2 && impatient.semcache.coalescer.waiting === 4, 5_000, 'a second call, four followers');
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, followed + followMs * 1.2 - performance.now())));
      upstream.release();
      expectOneAnswer(await Promise.all(followers));
      expect(upstream.chatCalls.length - before).toBe(2);
    } finally {
      await impatient.stop();
    }
  });
});
