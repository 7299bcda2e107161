import Anthropic from '@anthropic-ai/sdk';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { connectAdmin, planRedis, randomKeyPrefix, startRedis, stopRedisFixture, type AdminClient, type RedisServer } from '../helpers/redis-harness.ts';
import { ScriptedUpstream } from '../helpers/scripted-upstream.ts';

/**
 * A tool call whose input holds an integer beyond 2^53 (an order number) is served on a HIT with the digits the
 * upstream sent, whether the entry was stored from a JSON answer or a streamed one, and replayed as JSON or SSE: a
 * double would round `12345678901234567891` to `12345678901234567000` (a hostile review: refunding another order).
 * Both stores, since each writes the answer as JSON text and reads it back.
 */

const ORDER_ID = '12345678901234567891';

/**
 * A note that makes the tool input longer than the proxy parses keeping long integers (raw-json.ts, 128 KB): such an
 * answer is relayed as it came and never stored, since it could only be stored rounded.
 */
const LONG_NOTE = 'n'.repeat(200_000);

/** The upstream's answer as Anthropic writes it: raw text, since a JavaScript number cannot hold ORDER_ID. */
function answerJson(n: number, model: string, note: string): string {
  return `{"id":"msg_big${n}","type":"message","role":"assistant","model":"${model}","content":[{"type":"tool_use","id":"toolu_big${n}","name":"refund","input":{"order_id":${ORDER_ID},"amount":0.1${note ? `,"note":"${note}"` : ''}}}],"stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":5}}`;
}

function streamAnswer(response: ServerResponse, n: number, model: string, note: string): void {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  const event = (type: string, data: string) => response.write(`event: ${type}\ndata: ${data}\n\n`);
  event('message_start', `{"type":"message_start","message":{"id":"msg_big${n}","type":"message","role":"assistant","model":"${model}","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":1}}}`);
  event('content_block_start', `{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_big${n}","name":"refund","input":{}}}`);
  event('content_block_delta', `{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\\"order_id\\": ${ORDER_ID.slice(0, 9)}"}}`);
  event('content_block_delta', `{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"${ORDER_ID.slice(9)}, \\"amount\\": 0.1${note ? `, \\"note\\": \\"${note}\\"` : ''}}"}}`);
  event('content_block_stop', '{"type":"content_block_stop","index":0}');
  event('message_delta', '{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":5}}');
  event('message_stop', '{"type":"message_stop"}');
  response.end();
}

/**
 * The tool input as the client reads it from the raw body: a JSON answer's text, or a stream's `partial_json`
 * pieces joined (a replay splits them anywhere, digits included).
 */
function toolInputText(body: string, stream: boolean): string {
  if (!stream) return body;
  return body
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice(6)) as { delta?: { type?: string; partial_json?: string } })
    .filter((data) => data.delta?.type === 'input_json_delta')
    .map((data) => data.delta!.partial_json)
    .join('');
}

function suite(env: () => Record<string, string>, config: () => Record<string, unknown>) {
  let upstream: ScriptedUpstream;
  let proxy: RunningProxy;

  beforeAll(async () => {
    upstream = await new ScriptedUpstream((call, response, n) => {
      const note = JSON.stringify(call.body).includes('long note') ? LONG_NOTE : '';
      if (call.body?.stream === true) return streamAnswer(response, n, call.body.model, note);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(answerJson(n, call.body.model, note));
    }).start();
    proxy = await startProxy(upstream.asMock(), { ...config(), routes: [{ name: 'claudetools', match: { pathPrefix: '/claudetools' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' }, cacheToolCalls: true }] }, {}, env());
  });
  afterAll(async () => {
    await proxy?.stop();
    await upstream?.stop();
  });

  let unique = 0;
  async function ask(prompt: string, stream: boolean): Promise<{ status: string | null; input: string }> {
    const client = new Anthropic({ apiKey: 'sk-ant-long-integers', baseURL: `${proxy.origin}/claudetools`, maxRetries: 0, timeout: 15_000 });
    const body = { model: 'claude-test-refunds', max_tokens: 50, stream, tools: [{ name: 'refund', input_schema: { type: 'object' as const } }], messages: [{ role: 'user' as const, content: prompt }] };
    const response = await client.messages.create(body as never).asResponse();
    return { status: response.headers.get('x-cache-status'), input: toolInputText(await response.text(), stream) };
  }

  for (const storedFrom of ['JSON', 'SSE'] as const) {
    it(`keeps the digits of a long integer in a tool input stored from ${storedFrom}, on the MISS and on JSON and SSE hits`, async () => {
      const prompt = `Refund my order please (${storedFrom} ${++unique}${Math.random().toString(36).slice(2, 6)})`;
      const miss = await ask(prompt, storedFrom === 'SSE');
      expect(miss.status).toBe('MISS');
      expect(miss.input).toContain(ORDER_ID);
      await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'the cache write');
      for (const stream of [false, true]) {
        const hit = await ask(prompt, stream);
        expect({ stream, status: hit.status }).toEqual({ stream, status: 'HIT' });
        expect(hit.input).toMatch(/"order_id":\s?12345678901234567891\b/);
      }
    });
  }

  for (const storedFrom of ['JSON', 'SSE'] as const) {
    it(`relays, and does not store, an answer from ${storedFrom} too large to keep its long integers`, async () => {
      const prompt = `Refund my order, long note (${storedFrom} ${++unique}${Math.random().toString(36).slice(2, 6)})`;
      const miss = await ask(prompt, storedFrom === 'SSE');
      expect(miss.status).toBe('MISS');
      expect(miss.input).toContain(ORDER_ID);
      await eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'the cache write');
      const again = await ask(prompt, false);
      expect(again.status).toBe('MISS');
      expect(again.input).toContain(ORDER_ID);
    });
  }
}

describe('long integers in answers, embedded store', () => {
  suite(() => ({}), () => ({}));
});

const plan = await planRedis();
if (plan.kind === 'unavailable') console.warn(`[long-integers-in-answers] skipping Redis: ${plan.reason}`);

describe.skipIf(plan.kind === 'unavailable')('long integers in answers, Redis store', () => {
  let server: RedisServer;
  let admin: AdminClient;
  const prefix = randomKeyPrefix('long-integers');
  beforeAll(async () => {
    server = await startRedis();
    admin = await connectAdmin(server.url);
  });
  afterAll(() => stopRedisFixture({ proxies: [], admin, prefix, server }));
  suite(() => ({ REDIS_URL: server.url, SEMCACHE_TENANT_SECRET: 'long-integers-secret' }), () => ({ store: { keyPrefix: prefix } }));
});
