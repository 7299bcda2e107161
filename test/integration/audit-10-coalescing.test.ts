import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { connectAdmin, deleteKeyspace, planRedis, randomKeyPrefix, startRedis, type AdminClient, type RedisServer } from '../helpers/redis-harness.ts';

/**
 * Audit 10: 50 identical concurrent misses on the embedded store and on Redis make one upstream call (README "How a
 * request is answered" 7); a leader whose upstream stream breaks, or whose client aborts, leaves its followers an
 * answer and stores nothing.
 */

interface Answer { status: string | null; match: string | null; content: string }

async function json(client: OpenAI, content: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }, { headers }).withResponse();
  return { status: response.headers.get('x-cache-status'), match: response.headers.get('x-cache-match'), content: data.choices[0]!.message.content ?? '' };
}

async function streamed(client: OpenAI, content: string, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Answer> {
  const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], stream: true }, { headers, signal }).withResponse();
  let text = '';
  for await (const chunk of data) text += chunk.choices[0]?.delta.content ?? '';
  return { status: response.headers.get('x-cache-status'), match: response.headers.get('x-cache-match'), content: text };
}

let unique = 0;
const question = (label: string) => `Describe the lifecycle of a ${label} star, variant ${++unique}-${Math.random().toString(36).slice(2, 8)}`;

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[audit-10-coalescing] skipping the Redis part: ${plan.reason}`);

const stores = [
  { name: 'embedded store', redis: false },
  { name: 'Redis store', redis: true },
] as const;

for (const { name, redis } of stores) {
  describe.skipIf(redis && plan.kind === 'unavailable')(`coalescing on the ${name}`, () => {
    let upstream: MockUpstream;
    let proxy: RunningProxy;
    let server: RedisServer | undefined;
    let admin: AdminClient | undefined;
    const prefix = randomKeyPrefix('audit10-coalesce');

    beforeAll(async () => {
      upstream = await new MockUpstream().start();
      let env: Record<string, string> = {};
      if (redis) {
        server = await startRedis();
        admin = await connectAdmin(server.url);
        env = { REDIS_URL: server.url };
      }
      proxy = await startProxy(upstream, { defaults: { mode: 'exact' }, store: { keyPrefix: prefix } }, {}, env);
    });
    afterEach(() => upstream.release());
    afterAll(async () => {
      await proxy?.stop();
      if (admin) {
        await deleteKeyspace(admin, prefix);
        admin.destroy();
      }
      await server?.stop();
      await upstream?.stop();
    });

    const settled = () => eventually(() => proxy.semcache.coalescer.waiting === 0, 5_000, 'followers');

    /** Every follower got a whole answer, and whatever was stored is whole: a repeat is served whole. */
    async function expectWholeAnswers(followers: Array<Promise<unknown>>, repeat: () => Promise<Answer>, label: string): Promise<void> {
      for (const result of await Promise.all(followers)) {
        expect(result).not.toBeInstanceOf(Error);
        expect((result as Answer).content).toMatch(/^Answer #\d+ to: Describe the lifecycle/);
      }
      await settled();
      expect((await repeat()).content).toMatch(new RegExp(`^Answer #\\d+ to: Describe the lifecycle of a ${label} star, variant [\\w-]+$`));
    }

    it('makes one upstream call for 50 identical concurrent misses, JSON and streamed', async () => {
      const client = proxy.client({ apiKey: 'sk-audit10-coalesce-fifty' });
      const text = question('fifty');
      const before = upstream.chatCalls.length;
      upstream.hold();
      const requests = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? json(client, text) : streamed(client, text)));
      await eventually(() => upstream.chatCalls.length > before && proxy.semcache.coalescer.waiting === 49, 15_000, '49 followers');
      upstream.release();
      const results = await Promise.all(requests);
      expect(upstream.chatCalls.length - before).toBe(1);
      expect(results.filter((r) => r.status === 'MISS')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'HIT' && r.match === 'coalesced')).toHaveLength(49);
      expect(new Set(results.map((r) => r.content)).size).toBe(1);
      await settled();
      expect(await json(client, text)).toMatchObject({ status: 'HIT', match: 'exact' });
    });

    it('gives the followers of a leader whose upstream stream breaks mid-way an answer, and stores nothing partial', async () => {
      const client = proxy.client({ apiKey: 'sk-audit10-coalesce-broken' });
      const text = question('broken');
      const before = upstream.chatCalls.length;
      upstream.hold();
      const leader = streamed(client, text, { 'x-mock-behaviour': JSON.stringify({ kind: 'broken-stream', afterChunks: 2 }) }).catch((error: unknown) => error);
      await eventually(() => upstream.chatCalls.length > before, 5_000, 'the leader upstream');
      const followers = Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? json(client, text) : streamed(client, text)).catch((error: unknown) => error));
      await eventually(() => proxy.semcache.coalescer.waiting === 6, 5_000, '6 followers');
      upstream.release();
      const leaderResult = await leader;
      expect(leaderResult).toBeInstanceOf(Error);
      await expectWholeAnswers(followers, () => json(client, text), 'broken');
    });

    it("gives the followers of a leader whose client hangs up mid-stream an answer, and stores nothing partial", async () => {
      const client = proxy.client({ apiKey: 'sk-audit10-coalesce-abort' });
      const text = question('aborted');
      const before = upstream.chatCalls.length;
      upstream.hold();
      const controller = new AbortController();
      const leader = (async () => {
        const { data } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }], stream: true }, { signal: controller.signal }).withResponse();
        for await (const _chunk of data) {
          // read until the test aborts
        }
      })().catch((error: unknown) => error);
      await eventually(() => upstream.chatCalls.length > before, 5_000, 'the leader upstream');
      const followers = Array.from({ length: 4 }, (_, i) => (i % 2 === 0 ? json(client, text) : streamed(client, text)).catch((error: unknown) => error));
      await eventually(() => proxy.semcache.coalescer.waiting === 4, 5_000, '4 followers');
      controller.abort();
      upstream.release();
      await leader;
      await expectWholeAnswers(followers, () => json(client, text), 'aborted');
    });
  });
}
