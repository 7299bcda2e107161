import OpenAI from 'openai';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Audit 10: streaming edge cases through the openai SDK, against a raw SSE upstream that writes bytes exactly as a
 * test scripts them (split inside UTF-8 characters, one byte per write, CRLF framing, thousands of chunks, parallel
 * tool calls with interleaved argument fragments, no [DONE]).
 */

type Script = (body: any, write: (bytes: Buffer | string) => Promise<void>) => Promise<void>;

class RawUpstream {
  calls: any[] = [];
  scripts = new Map<string, Script>();
  #server: Server | undefined;
  get baseUrl() {
    return `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}/v1`;
  }
  async start() {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return this;
  }
  async stop() {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server!.close(() => resolve()));
  }
  async #handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    this.calls.push(body);
    const prompt: string = body.messages.at(-1).content;
    const script = [...this.scripts.entries()].find(([marker]) => prompt.includes(marker))?.[1];
    if (!script) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.flushHeaders();
    const write = (bytes: Buffer | string) =>
      new Promise<void>((resolve) => {
        res.write(bytes, () => setImmediate(resolve));
      });
    await script(body, write);
    res.end();
  }
}

const base = { id: 'chatcmpl-raw', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'gpt-4o-mini', system_fingerprint: 'fp_raw' };
const event = (choices: unknown[], extra: Record<string, unknown> = {}) => `data: ${JSON.stringify({ ...base, choices, ...extra })}\n\n`;
const delta = (d: unknown, finish: string | null = null, index = 0) => ({ index, delta: d, finish_reason: finish, logprobs: null });
const usageEvent = (body: any) => (body.stream_options?.include_usage ? `data: ${JSON.stringify({ ...base, choices: [], usage: { prompt_tokens: 11, completion_tokens: 22, total_tokens: 33 } })}\n\n` : '');

let upstream: RawUpstream;
let proxy: RunningProxy;
beforeAll(async () => {
  upstream = await new RawUpstream().start();
  proxy = await startProxy({ baseUrl: upstream.baseUrl } as MockUpstream, { defaults: { mode: 'exact', cacheToolCalls: true } });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const marker = (label: string) => `${label}-${++unique}-${Math.random().toString(36).slice(2, 8)}`;

async function stream(client: OpenAI, content: string, extra: Record<string, unknown> = {}) {
  const { data, response } = await client.chat.completions
    .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], stream: true, ...extra } as OpenAI.Chat.ChatCompletionCreateParamsStreaming)
    .withResponse();
  const chunks: OpenAI.Chat.ChatCompletionChunk[] = [];
  for await (const chunk of data) chunks.push(chunk);
  const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
  return { chunks, text, status: response.headers.get('x-cache-status'), match: response.headers.get('x-cache-match') };
}

/** Until every answer in flight has been stored or dropped (a miss holds its lease until then). */
async function settle() {
  await eventually(() => proxy.semcache.coalescer.size === 0 && proxy.semcache.coalescer.waiting === 0, 5_000, 'writes');
}

describe('content split at awkward byte boundaries', () => {
  const answer = 'Grüße aus Köln — 東京は晴れ 🌧️→☀️ naïve café; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ok.';

  it('reassembles multi-byte characters split between network writes, and replays the same text', async () => {
    const key = marker('utf8-split');
    upstream.scripts.set(key, async (body, write) => {
      // One event per character, each event written byte by byte: every multi-byte character arrives in pieces.
      const bytes = Buffer.from(event([delta({ role: 'assistant', content: '' })]) + [...answer].map((ch) => event([delta({ content: ch })])).join('') + event([delta({}, 'stop')]) + usageEvent(body) + 'data: [DONE]\n\n');
      for (let i = 0; i < bytes.length; i += 7) await write(bytes.subarray(i, i + 7));
    });
    const client = proxy.client({ apiKey: 'sk-audit10-stream' });
    const miss = await stream(client, key);
    expect(miss.status).toBe('MISS');
    expect(miss.text).toBe(answer);
    await settle();
    const hit = await stream(client, key);
    expect(hit.status).toBe('HIT');
    expect(hit.text).toBe(answer);
    expect(hit.text).not.toContain('\uFFFD');
  });

  it('accepts CRLF framing, comments and `data:` without a space, and stores the answer', async () => {
    const key = marker('crlf');
    upstream.scripts.set(key, async (body, write) => {
      const crlf = (text: string) => text.replace(/\n/g, '\r\n');
      await write(': keep-alive\r\n\r\n');
      await write(crlf(event([delta({ role: 'assistant', content: '' })])));
      await write(`data:${JSON.stringify({ ...base, choices: [delta({ content: 'Hello ' })] })}\r\n\r\n`);
      await write(crlf(event([delta({ content: 'world' })])));
      await write(crlf(event([delta({}, 'stop')]) + usageEvent(body)));
      await write('data: [DONE]\r\n\r\n');
    });
    const client = proxy.client({ apiKey: 'sk-audit10-stream' });
    const miss = await stream(client, key);
    expect(miss.text).toBe('Hello world');
    await settle();
    const hit = await stream(client, key);
    expect(hit.status).toBe('HIT');
    expect(hit.text).toBe('Hello world');
  });
});

describe('long streams', () => {
  it('forwards and stores a 5,000-chunk stream written in tiny writes, replayed identically', async () => {
    const key = marker('long');
    const pieces = Array.from({ length: 5_000 }, (_, i) => `w${i} `);
    upstream.scripts.set(key, async (body, write) => {
      await write(event([delta({ role: 'assistant', content: '' })]));
      let buffered = '';
      for (const piece of pieces) {
        buffered += event([delta({ content: piece })]);
        if (buffered.length > 3_000) {
          await write(buffered);
          buffered = '';
        }
      }
      await write(buffered + event([delta({}, 'stop')]) + usageEvent(body) + 'data: [DONE]\n\n');
    });
    const client = proxy.client({ apiKey: 'sk-audit10-stream' });
    const miss = await stream(client, key, { stream_options: { include_usage: true } });
    expect(miss.status).toBe('MISS');
    expect(miss.text).toBe(pieces.join(''));
    expect(miss.chunks.at(-1)!.usage).toEqual({ prompt_tokens: 11, completion_tokens: 22, total_tokens: 33 });
    await settle();
    const hit = await stream(client, key, { stream_options: { include_usage: true } });
    expect(hit.status).toBe('HIT');
    expect(hit.text).toBe(pieces.join(''));
    expect(hit.chunks.at(-1)!.usage).toEqual({ prompt_tokens: 11, completion_tokens: 22, total_tokens: 33 });
    const json = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: key }] });
    expect(json.choices[0]!.message.content).toBe(pieces.join(''));
  });
});

describe('parallel tool calls streamed', () => {
  it('replays two interleaved tool calls with the same ids, names and arguments (cacheToolCalls: true)', async () => {
    const key = marker('tools');
    upstream.scripts.set(key, async (body, write) => {
      await write(event([delta({ role: 'assistant', content: null })]));
      await write(event([delta({ tool_calls: [{ index: 0, id: 'call_A', type: 'function', function: { name: 'weather', arguments: '' } }] })]));
      await write(event([delta({ tool_calls: [{ index: 1, id: 'call_B', type: 'function', function: { name: 'time', arguments: '' } }] })]));
      for (const [index, fragment] of [[0, '{"ci'], [1, '{"zone":'], [0, 'ty":"Pa'], [1, '"CET"}'], [0, 'ris"}']] as const) {
        await write(event([delta({ tool_calls: [{ index, function: { arguments: fragment } }] })]));
      }
      await write(event([delta({}, 'tool_calls')]) + usageEvent(body) + 'data: [DONE]\n\n');
    });
    const tools = [
      { type: 'function' as const, function: { name: 'weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } },
      { type: 'function' as const, function: { name: 'time', parameters: { type: 'object', properties: { zone: { type: 'string' } } } } },
    ];
    const client = proxy.client({ apiKey: 'sk-audit10-stream' });
    const collect = async () => {
      const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: key }], tools, stream: true }).withResponse();
      const runner = data;
      const calls: Record<number, { id?: string; name?: string; arguments: string }> = {};
      let finish: string | null = null;
      for await (const chunk of runner) {
        for (const call of chunk.choices[0]?.delta.tool_calls ?? []) {
          const slot = (calls[call.index] ??= { arguments: '' });
          if (call.id) slot.id = call.id;
          if (call.function?.name) slot.name = call.function.name;
          slot.arguments += call.function?.arguments ?? '';
        }
        finish = chunk.choices[0]?.finish_reason ?? finish;
      }
      return { calls, finish, status: response.headers.get('x-cache-status') };
    };
    const miss = await collect();
    expect(miss.calls).toEqual({ 0: { id: 'call_A', name: 'weather', arguments: '{"city":"Paris"}' }, 1: { id: 'call_B', name: 'time', arguments: '{"zone":"CET"}' } });
    await settle();
    const hit = await collect();
    expect(hit.status).toBe('HIT');
    expect(hit.calls).toEqual(miss.calls);
    expect(hit.finish).toBe('tool_calls');
    const json = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: key }], tools });
    expect(json.choices[0]!.message.tool_calls).toEqual([
      { id: 'call_A', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
      { id: 'call_B', type: 'function', function: { name: 'time', arguments: '{"zone":"CET"}' } },
    ]);
  });
});

describe('a stream that ends without [DONE]', () => {
  it('reaches the client whole but is not stored (DESIGN §1 Store: "SSE that ended with data: [DONE]")', async () => {
    const key = marker('no-done');
    upstream.scripts.set(key, async (body, write) => {
      await write(event([delta({ role: 'assistant', content: '' })]) + event([delta({ content: 'complete but unterminated' })]) + event([delta({}, 'stop')]) + usageEvent(body));
    });
    const client = proxy.client({ apiKey: 'sk-audit10-stream' });
    const first = await stream(client, key);
    expect(first.text).toBe('complete but unterminated');
    await settle();
    const calls = upstream.calls.length;
    const second = await stream(client, key);
    expect(second.status).toBe('MISS');
    expect(upstream.calls.length).toBe(calls + 1);
  });
});

describe('n > 1 streamed', () => {
  it('is a BYPASS and the client sees both choices', async () => {
    const key = marker('n2');
    upstream.scripts.set(key, async (body, write) => {
      await write(event([delta({ role: 'assistant', content: '' }, null, 0), delta({ role: 'assistant', content: '' }, null, 1)]));
      await write(event([delta({ content: 'first' }, null, 0)]) + event([delta({ content: 'second' }, null, 1)]));
      await write(event([delta({}, 'stop', 0), delta({}, 'stop', 1)]) + usageEvent(body) + 'data: [DONE]\n\n');
    });
    const client = proxy.client({ apiKey: 'sk-audit10-stream' });
    const { data, response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: key }], n: 2, stream: true }).withResponse();
    const texts = ['', ''];
    for await (const chunk of data) for (const choice of chunk.choices) texts[choice.index] += choice.delta.content ?? '';
    expect(response.headers.get('x-cache-status')).toBe('BYPASS');
    expect(texts).toEqual(['first', 'second']);
  });
});
