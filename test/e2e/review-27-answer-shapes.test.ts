import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { ScriptedUpstream, sendJson, type ScriptedCall } from '../helpers/scripted-upstream.ts';

/**
 * Review 27, a hostile helper's finding: an upstream answer whose message a streamed replay cannot rebuild (an
 * OpenAI-compatible server's `content` as a list of parts, a GPT-5 `custom` tool call, a choice with no message)
 * was stored from a JSON MISS, and every streamed HIT on it then broke mid-body (the SDK threw "terminated") for
 * the entry's whole TTL. Such answers now pass through uncached, JSON and streamed alike.
 */

let upstream: ScriptedUpstream;
/** Gemini's OpenAI-compatible API puts this on a tool call and needs it back on the next turn. */
const SIGNATURE = { google: { thought_signature: 'c2lnbmF0dXJl' } };
let proxy: RunningProxy;

/** The scripted answer's message for the prompt (the prompt names the shape). */
function messageFor(prompt: string): Record<string, unknown> | undefined {
  if (prompt.startsWith('PARTS')) return { role: 'assistant', content: [{ type: 'thinking', thinking: [{ type: 'text', text: 'Simple sum.' }] }, { type: 'text', text: '4' }] };
  if (prompt.startsWith('CUSTOM')) return { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'custom', custom: { name: 'shell', input: 'ls' } }] };
  if (prompt.startsWith('NUMBER')) return { role: 'assistant', content: 42 };
  if (prompt.startsWith('NOMESSAGE')) return undefined;
  if (prompt.startsWith('SIGNED')) return { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"paris"}' }, extra_content: SIGNATURE }] };
  return { role: 'assistant', content: 'Four.', refusal: null };
}

function lastUser(call: ScriptedCall): string {
  const messages: Array<{ role: string; content: unknown }> = call.body?.messages ?? [];
  const last = [...messages].reverse().find((message) => message.role === 'user');
  return typeof last?.content === 'string' ? last.content : '';
}

beforeAll(async () => {
  upstream = await new ScriptedUpstream((call, response, n) => {
    if (call.path === '/v1/chat/completions') {
      const message = messageFor(lastUser(call));
      const choice = { index: 0, ...(message === undefined ? {} : { message }), finish_reason: message?.tool_calls ? 'tool_calls' : 'stop', logprobs: null };
      return sendJson(response, 200, { id: `chatcmpl-${n}`, object: 'chat.completion', created: 1_700_000_000, model: call.body.model, choices: [choice], usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 } });
    }
    sendJson(response, 404, { error: { message: 'no such path', type: 'invalid_request_error', param: null, code: null } });
  }).start();
  proxy = await startProxy(upstream.asMock(), {
    routes: [{ name: 'tools', match: { pathPrefix: '/tools' }, cacheToolCalls: true }],
  });
});

afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

async function chatStatus(client: OpenAI, prompt: string, stream: boolean): Promise<string | null> {
  const params = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: prompt }] };
  if (!stream) return (await client.chat.completions.create(params).withResponse()).response.headers.get('x-cache-status');
  const { data, response } = await client.chat.completions.create({ ...params, stream: true }).withResponse();
  for await (const _chunk of data); // throws "terminated" if the body is cut
  return response.headers.get('x-cache-status');
}

describe('answers a streamed replay cannot rebuild are not stored', () => {
  it.each([
    ['a message whose content is a list of parts', 'PARTS What is 2+2?', ''],
    ['a custom tool call', 'CUSTOM List the files.', '/tools'],
    ['a choice with no message', 'NOMESSAGE What is 2+2?', ''],
    ['content that is a number', 'NUMBER What is 2+2?', ''],
  ])('%s: a JSON MISS, then JSON and streamed requests are MISSes that complete', async (_name, prompt, prefix) => {
    const client = new OpenAI({ baseURL: `${proxy.origin}${prefix}/v1`, apiKey: 'sk-review-27-shapes', maxRetries: 0 });
    expect(await chatStatus(client, prompt, false)).toBe('MISS');
    const before = upstream.callsTo('/v1/chat/completions').length;
    expect(await chatStatus(client, prompt, true)).toBe('MISS');
    expect(await chatStatus(client, prompt, false)).toBe('MISS');
    expect(upstream.callsTo('/v1/chat/completions').length).toBe(before + 2);
  });

  it('a plain answer next to them is still stored and replayed both ways', async () => {
    const client = new OpenAI({ baseURL: `${proxy.origin}/v1`, apiKey: 'sk-review-27-shapes', maxRetries: 0 });
    expect(await chatStatus(client, 'What is 2+2, in words?', false)).toBe('MISS');
    expect(await chatStatus(client, 'What is 2+2, in words?', true)).toBe('HIT');
    expect(await chatStatus(client, 'What is 2+2, in words?', false)).toBe('HIT');
  });
});

describe("a tool call's own fields", () => {
  it("keep Gemini's thought signature on a streamed and a JSON hit (review 27, second hostile helper)", async () => {
    const client = new OpenAI({ baseURL: `${proxy.origin}/tools/v1`, apiKey: 'sk-review-27-shapes', maxRetries: 0 });
    const params = { model: 'gemini-3-pro', messages: [{ role: 'user' as const, content: 'SIGNED Look up Paris.' }] };
    const miss = await client.chat.completions.create(params).withResponse();
    expect(miss.response.headers.get('x-cache-status')).toBe('MISS');
    const calls = upstream.callsTo('/v1/chat/completions').length;
    const final = await client.chat.completions.stream(params).finalChatCompletion();
    expect(upstream.callsTo('/v1/chat/completions').length).toBe(calls); // the streamed request was a hit
    const signatureOf = (message: unknown) => (message as { tool_calls: Array<{ extra_content?: unknown }> }).tool_calls[0]!.extra_content;
    expect(signatureOf(final.choices[0]!.message)).toEqual(SIGNATURE);
    const hit = await client.chat.completions.create(params).withResponse();
    expect(hit.response.headers.get('x-cache-status')).toBe('HIT');
    expect(signatureOf(hit.data.choices[0]!.message)).toEqual(SIGNATURE);
  });
});
