import Anthropic from '@anthropic-ai/sdk';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy, useProxy, type RunningProxy } from '../helpers/proxy.ts';
import { ScriptedUpstream, sendEvents } from '../helpers/scripted-upstream.ts';

/**
 * Session 47, a hostile review of the proxy through its HTTP API: a header the client names in `Connection` is for
 * this hop only and never reaches the upstream, yet the partition was computed with it, so an answer made without it
 * was stored under the partition that says it was there and served to other keys on a shared route.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { routes: [{ name: 'team', match: { pathPrefix: '/team' }, share: true }] });

const unique = () => Math.random().toString(36).slice(2);

/** A chat completion over node:http (fetch may not set `Connection`); resolves to the cache status. */
function post(path: string, body: unknown, headers: Record<string, string>): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const sent = request(`${proxy.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve(response.headers['x-cache-status'] as string | undefined) : reject(new Error(`status ${response.statusCode}`))));
    });
    sent.on('error', reject);
    sent.end(JSON.stringify(body));
  });
}

describe('headers named in Connection', () => {
  it('are not part of the partition: the upstream never saw them, so the answer is not stored as if it had', async () => {
    const body = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Draft a reply to this customer (${unique()})` }] };
    const config = { 'x-portkey-config': 'pc-guardrailed-prod' };
    const calls = upstream.chatCalls.length;
    expect(await post('/team/v1/chat/completions', body, { authorization: 'Bearer sk-attacker', ...config, connection: 'keep-alive, x-portkey-config' })).toBe('MISS');
    expect(upstream.chatCalls.at(-1)!.headers['x-portkey-config']).toBeUndefined();
    // Another key that sends the header honestly gets an answer made with it, not the one made without.
    expect(await post('/team/v1/chat/completions', body, { authorization: 'Bearer sk-victim', ...config })).toBe('MISS');
    expect(upstream.chatCalls.at(-1)!.headers['x-portkey-config']).toBe('pc-guardrailed-prod');
    // The first answer is the one of a request without the header.
    expect(await post('/team/v1/chat/completions', body, { authorization: 'Bearer sk-victim' })).toBe('HIT');
    expect(upstream.chatCalls.length).toBe(calls + 2);
  });
});

describe('calls to one upstream at once', () => {
  // A fixed pool of 256 sockets queued the 257th call behind answers that may stream for minutes, and 257 stalled
  // pass-through uploads held every other tenant's requests.
  it('are not capped at 256: 300 calls the upstream holds all reach it', async () => {
    const calls = upstream.chatCalls.length;
    upstream.hold();
    const client = proxy.client({ headers: { 'cache-control': 'no-cache, no-store' } });
    const answers = Array.from({ length: 300 }, (_, index) => client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Question ${index} (${unique()})` }] }));
    try {
      await upstream.waitForChatCalls(calls + 300);
    } finally {
      upstream.release();
    }
    expect((await Promise.all(answers)).length).toBe(300);
  }, 30_000);
});

describe('an Anthropic stream with an event after message_stop', () => {
  let scripted: ScriptedUpstream;
  let claude: RunningProxy;
  beforeAll(async () => {
    scripted = await new ScriptedUpstream((call, response, number) => {
      const after: Array<[string, Record<string, unknown>]> = call.body.messages[0].content.startsWith('late error') ? [['error', { error: { type: 'api_error', message: 'late' } }]] : [['ping', {}]];
      sendEvents(response, [
        ['message_start', { message: { id: `msg_${number}`, type: 'message', role: 'assistant', model: call.body.model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 5, output_tokens: 1 } } }],
        ['content_block_start', { index: 0, content_block: { type: 'text', text: '' } }],
        ['content_block_delta', { index: 0, delta: { type: 'text_delta', text: `Answer ${number}` } }],
        ['content_block_stop', { index: 0 }],
        ['message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 3 } }],
        ['message_stop', {}],
        ...after,
      ]);
    }).start();
    claude = await startProxy(scripted.asMock(), { routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: scripted.baseUrl, api: 'anthropic' } }] });
  });
  afterAll(async () => {
    await claude?.stop();
    await scripted?.stop();
  });

  async function ask(content: string): Promise<{ status: string | null; error?: unknown }> {
    const client = new Anthropic({ apiKey: 'sk-ant-review-47', baseURL: `${claude.origin}/claude`, maxRetries: 0 });
    const { data, response } = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content }], stream: true }).withResponse();
    try {
      for await (const _event of data);
      return { status: response.headers.get('x-cache-status') };
    } catch (error) {
      return { status: response.headers.get('x-cache-status'), error };
    }
  }

  // A hostile review (session 47): the SDK threw on the late error, and the same request was then a HIT of that answer.
  it('is not stored when the event is an error: the SDK throws, and the next request calls the upstream again', async () => {
    const content = `late error ${unique()}`;
    const first = await ask(content);
    expect(first.status).toBe('MISS');
    expect(first.error).toBeDefined();
    expect((await ask(content)).status).toBe('MISS');
    expect(scripted.calls.filter((call) => call.body.messages[0].content === content)).toHaveLength(2);
  });

  it('is stored when the event is a ping, which clients ignore', async () => {
    const content = `late ping ${unique()}`;
    expect(await ask(content)).toEqual({ status: 'MISS' });
    expect(await ask(content)).toEqual({ status: 'HIT' });
  });
});
