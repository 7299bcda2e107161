import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { connectAdmin, planRedis, randomKeyPrefix, startRedis, stopRedisFixture, type AdminClient, type RedisServer } from '../helpers/redis-harness.ts';

/**
 * Audit 11: read-your-writes (DESIGN.md §1 Store: "a request that starts after a MISS response has finished sees
 * the entry") with Redis, for every API, JSON and streamed, on the same instance and on a second instance that
 * shares the Redis, with no pause between the two requests.
 */

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[audit-11-redis-ryw] skipping: ${plan.reason}`);

describe.skipIf(plan.kind === 'unavailable')('read-your-writes with Redis, no pause', () => {
  let server: RedisServer;
  let admin: AdminClient;
  let upstream: MockUpstream;
  let one: RunningProxy;
  let two: RunningProxy;
  const prefix = randomKeyPrefix('audit11');

  beforeAll(async () => {
    server = await startRedis();
    admin = await connectAdmin(server.url);
    upstream = await new MockUpstream().start();
    const config = {
      store: { keyPrefix: prefix },
      routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' } }],
    };
    const env = { REDIS_URL: server.url, SEMCACHE_TENANT_SECRET: 'audit11-secret' };
    one = await startProxy(upstream, config, {}, env);
    two = await startProxy(upstream, config, {}, env);
  });
  afterAll(() => stopRedisFixture({ proxies: [one, two], admin, prefix, upstream, server }));

  let unique = 0;
  const question = () => `What is the capital of France? (${++unique}${Math.random().toString(36).slice(2, 6)})`;

  type Asker = (proxy: RunningProxy, prompt: string, stream: boolean) => Promise<string | null>;
  const chat: Asker = async (proxy, prompt, stream) => {
    const client = proxy.client();
    if (!stream) return (await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }).withResponse()).response.headers.get('x-cache-status');
    const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }], stream: true }).withResponse();
    for await (const _chunk of data);
    return response.headers.get('x-cache-status');
  };
  const responses: Asker = async (proxy, prompt, stream) => {
    const client = proxy.client();
    if (!stream) return (await client.responses.create({ model: 'gpt-4o-mini', input: prompt }).withResponse()).response.headers.get('x-cache-status');
    const { data, response } = await client.responses.create({ model: 'gpt-4o-mini', input: prompt, stream: true }).withResponse();
    for await (const _event of data);
    return response.headers.get('x-cache-status');
  };
  const messages: Asker = async (proxy, prompt, stream) => {
    const client = new Anthropic({ apiKey: 'sk-ant-audit11', baseURL: `${proxy.origin}/claude`, maxRetries: 0 });
    const body = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: prompt }] };
    if (!stream) return (await client.messages.create(body).withResponse()).response.headers.get('x-cache-status');
    const { data, response } = await client.messages.create({ ...body, stream: true }).withResponse();
    for await (const _event of data);
    return response.headers.get('x-cache-status');
  };

  for (const [name, ask] of [['chat completions', chat], ['responses', responses], ['messages', messages]] as const) {
    for (const stream of [false, true]) {
      it(`${name}, ${stream ? 'streamed' : 'JSON'}: the next request hits, on this instance and on the other`, async () => {
        const statuses: Array<string | null> = [];
        for (let round = 0; round < 5; round++) {
          const prompt = question();
          expect(await ask(one, prompt, stream)).toBe('MISS');
          statuses.push(await ask(round % 2 === 0 ? two : one, prompt, stream));
        }
        expect(statuses).toEqual(Array(5).fill('HIT'));
      });
    }
  }
});

/**
 * DESIGN.md §1 "Entries hold the embedded text …, the answer, usage, model, route and timestamps — nothing else of
 * the request"; §6 "the request's other messages, system prompt and key are never stored (they exist only inside
 * the partition digest)". A Responses answer repeats request fields; the adapter blanks `instructions`, `user`,
 * `metadata`, `safety_identifier` and `prompt_cache_key` before storing (REQUEST_ECHOES in
 * openai-responses-adapter.ts), but not the echoed `prompt` (template id and its `variables`, request content
 * such as a customer's note) nor the echoed `tools` definitions.
 */
describe.skipIf(plan.kind === 'unavailable')('request content a Responses answer echoes, in Redis', () => {
  let server: RedisServer;
  let admin: AdminClient;
  let upstream: import('../helpers/scripted-upstream.ts').ScriptedUpstream;
  let proxy: RunningProxy;
  const prefix = randomKeyPrefix('audit11echo');

  beforeAll(async () => {
    const { ScriptedUpstream, sendJson } = await import('../helpers/scripted-upstream.ts');
    server = await startRedis();
    admin = await connectAdmin(server.url);
    upstream = await new ScriptedUpstream((call, response, n) => {
      const body = call.body ?? {};
      // What the Responses API returns: the answer, plus the request's settings echoed.
      sendJson(response, 200, {
        id: `resp_echo${n}`,
        object: 'response',
        created_at: 1_700_000_000,
        status: 'completed',
        error: null,
        incomplete_details: null,
        instructions: body.instructions ?? null,
        model: body.model,
        output: [{ id: `msg_echo${n}`, type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Your refund is on its way.', annotations: [] }] }],
        prompt: body.prompt ?? null,
        tools: body.tools ?? [],
        store: body.store !== false,
        text: body.text ?? { format: { type: 'text' } },
        usage: { input_tokens: 10, output_tokens: 6, total_tokens: 16 },
        user: body.user ?? null,
        metadata: body.metadata ?? {},
      });
    }).start();
    proxy = await startProxy(upstream.asMock(), { store: { keyPrefix: prefix } }, {}, { REDIS_URL: server.url });
  });
  afterAll(() => stopRedisFixture({ proxies: [proxy], admin, prefix, upstream, server }));

  it('stores neither the prompt template variables, the tool definitions nor the output schema of the request', async () => {
    const { dumpRedis } = await import('../helpers/redis-dump.ts');
    const note = `customer note: account 4411-VAULT-${Math.random().toString(36).slice(2, 8)}`;
    const toolSecret = `internal endpoint https://billing.internal/${Math.random().toString(36).slice(2, 8)}`;
    const instructions = `You are the refund desk ${Math.random().toString(36).slice(2, 8)}`;
    const schemaSecret = `refund ledger ${Math.random().toString(36).slice(2, 8)}`;
    const client = proxy.client();
    const request = {
      model: 'gpt-4o-mini',
      instructions,
      prompt: { id: 'pmpt_refunds', variables: { note } },
      tools: [{ type: 'function' as const, name: 'refund', description: toolSecret, parameters: { type: 'object', properties: {} }, strict: false }],
      input: 'Where is my refund?',
      text: { format: { type: 'json_schema' as const, name: 'refund', schema: { type: 'object', description: schemaSecret, properties: {} } } },
    };
    expect((await client.responses.create(request).withResponse()).response.headers.get('x-cache-status')).toBe('MISS');
    const hit = await client.responses.create(request).withResponse();
    expect(hit.response.headers.get('x-cache-status')).toBe('HIT');
    // The hit carries its own request's settings back, as the upstream's answer did.
    expect(hit.data.text).toEqual(request.text);
    expect(hit.data.tools).toEqual(request.tools);
    // The HIT's own writes (none) and the MISS's lock release are done once the coalescer holds nothing.
    await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');
    const stored = (await dumpRedis(admin, `${prefix}*`)).toString('latin1');
    expect(stored).toContain('Your refund is on its way.');
    expect(stored).not.toContain(instructions); // blanked today: the system prompt
    expect(stored).not.toContain(note);
    expect(stored).not.toContain(toolSecret);
    expect(stored).not.toContain(schemaSecret);
  });
});
