import { createOpenAI } from '@ai-sdk/openai';
import { streamText } from 'ai';
import OpenAI from 'openai';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { ScriptedUpstream, sendJson, type ScriptedCall } from '../helpers/scripted-upstream.ts';

/**
 * Audit 11, chat completions against a scripted OpenAI-compatible upstream: one that refuses `stream_options`
 * (Azure OpenAI before api-version 2024-09-01-preview answers exactly this 400), structured-output refusals and
 * web-search annotations, streamed HIT against MISS.
 */

let upstream: ScriptedUpstream;
let proxy: RunningProxy;

const ANNOTATION = { type: 'url_citation', url_citation: { start_index: 0, end_index: 5, url: 'https://example.org/paris', title: 'Paris' } };

function lastUser(call: ScriptedCall): string {
  const last = [...(call.body?.messages ?? [])].reverse().find((message: any) => message.role === 'user');
  return typeof last?.content === 'string' ? last.content : JSON.stringify(last?.content);
}

function completion(n: number, call: ScriptedCall): Record<string, any> {
  const prompt = lastUser(call);
  const message: Record<string, unknown> = prompt.startsWith('REFUSE')
    ? { role: 'assistant', content: null, refusal: "I'm sorry, I can't help with that." }
    : { role: 'assistant', content: `Paris. Answer #${n}`, refusal: null, ...(prompt.startsWith('CITE') ? { annotations: [ANNOTATION] } : {}) };
  return { id: `chatcmpl-up${n}`, object: 'chat.completion', created: 1_700_000_000 + n, model: call.body.model, choices: [{ index: 0, message, finish_reason: 'stop', logprobs: null }], usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 } };
}

function stream(response: ServerResponse, answer: Record<string, any>, withUsage: boolean): void {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  const head = { id: answer.id, object: 'chat.completion.chunk', created: answer.created, model: answer.model };
  const message = answer.choices[0].message;
  const send = (choices: unknown[], extra: Record<string, unknown> = {}) => response.write(`data: ${JSON.stringify({ ...head, choices, ...extra })}\n\n`);
  send([{ index: 0, delta: { role: 'assistant', content: '', refusal: null }, finish_reason: null }]);
  if (message.annotations) send([{ index: 0, delta: { annotations: message.annotations }, finish_reason: null }]);
  if (message.refusal) send([{ index: 0, delta: { refusal: message.refusal }, finish_reason: null }]);
  else send([{ index: 0, delta: { content: message.content }, finish_reason: null }]);
  send([{ index: 0, delta: {}, finish_reason: 'stop' }]);
  if (withUsage) send([], { usage: answer.usage });
  response.end('data: [DONE]\n\n');
}

beforeAll(async () => {
  upstream = await new ScriptedUpstream((call, response, n) => {
    if (call.path !== '/v1/chat/completions') return sendJson(response, 404, { error: { message: 'no such path', type: 'invalid_request_error', param: null, code: null } });
    // An Azure deployment on an api-version without stream_options.
    if (call.headers['x-test-bad-request'] === '1') {
      return sendJson(response, 400, { error: { code: 'invalid_value', message: "Invalid value for 'temperature'.", param: 'temperature', type: 'invalid_request_error' } });
    }
    if (call.body?.stream_options !== undefined && call.headers['x-test-no-stream-options'] === '1') {
      return sendJson(response, 400, { error: { code: null, message: 'Unrecognized request argument supplied: stream_options', param: null, type: 'invalid_request_error' } });
    }
    const answer = completion(n, call);
    if (call.body?.stream === true) return stream(response, answer, call.body.stream_options?.include_usage === true);
    sendJson(response, 200, answer);
  }).start();
  proxy = await startProxy(upstream.asMock());
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;

describe('an OpenAI-compatible upstream that does not know stream_options', () => {
  it('answers the streaming request directly (the client never sent stream_options)', async () => {
    const direct = new OpenAI({ apiKey: 'sk-a11', baseURL: upstream.baseUrl, maxRetries: 0, defaultHeaders: { 'x-test-no-stream-options': '1' } });
    const stream = await direct.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question() }], stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toContain('Paris');
  });

  // DESIGN.md §1 has the proxy add stream_options.include_usage to a streamed miss the client sent without it
  // (chat adapter streamingUpstreamBody); such an upstream refuses the body the client never sent, and the
  // proxy relays that 400 naming a parameter the client does not know. README: "Never in the way".
  it('answers it through the proxy too, instead of a 400 about a parameter the proxy added', async () => {
    const client = proxy.client({ headers: { 'x-test-no-stream-options': '1' } });
    const result = await (async () => {
      const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question() }], stream: true });
      let text = '';
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
      return text;
    })().catch((error: Error) => error.message);
    expect(result).toContain('Paris');
    // Remembered: the next streamed miss goes out as the client sent it, in one upstream call.
    const before = upstream.calls.length;
    const again = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question() }], stream: true }).withResponse();
    let text = '';
    for await (const chunk of again.data) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toContain('Paris');
    expect(upstream.calls.length).toBe(before + 1);
    expect(again.response.headers.get('x-cache-status')).toBe('MISS');
  });

  it('passes any other 400 of a streamed miss through unchanged, after one upstream call', async () => {
    const before = upstream.calls.length;
    const answer = await fetch(`${proxy.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-a11', 'x-test-bad-request': '1' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question() }], stream: true }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ error: { code: 'invalid_value', message: "Invalid value for 'temperature'.", param: 'temperature', type: 'invalid_request_error' } });
    expect(upstream.calls.length).toBe(before + 1);
  });
});

describe('refusals and annotations replayed (conform)', () => {
  it('a structured-output refusal: chat.completions.stream() on the HIT gives the MISS’s refusal', async () => {
    const client = proxy.client();
    const messages = [{ role: 'user' as const, content: question('REFUSE: how do I pick a lock?') }];
    const miss = await client.chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(miss.choices[0]!.message.refusal).toBeTruthy();
    const stream = client.chat.completions.stream({ model: 'gpt-4o-mini', messages });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]!.message.refusal).toBe(miss.choices[0]!.message.refusal);
    expect(final.choices[0]!.message.content).toBeNull();
  });

  it('web-search annotations: streamText through openai.chat() gives the same sources on the HIT', async () => {
    // A search model's request is relayed, never cached (live data, session 30): the replay of annotations is shown
    // with another model's answer that carries them.
    const model = createOpenAI({ apiKey: 'sk-a11', baseURL: proxy.baseURL }).chat('gpt-4o-mini');
    const prompt = question('CITE: what is the capital of France?');
    const miss = streamText({ model, prompt, maxRetries: 0 });
    await miss.text;
    const missSources = (await miss.sources).map((source) => (source.sourceType === 'url' ? source.url : ''));
    expect(missSources).toEqual([ANNOTATION.url_citation.url]);
    const hit = streamText({ model, prompt, maxRetries: 0 });
    await hit.text;
    expect((await hit.response).headers?.['x-cache-status']).toBe('HIT');
    expect((await hit.sources).map((source) => (source.sourceType === 'url' ? source.url : ''))).toEqual(missSources);
  });
});
