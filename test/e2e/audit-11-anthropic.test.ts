import { createAnthropic } from '@ai-sdk/anthropic';
import Anthropic from '@anthropic-ai/sdk';
import { generateText, streamText } from 'ai';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';
import { ScriptedUpstream, sendEvents, sendJson, type ScriptedCall } from '../helpers/scripted-upstream.ts';

/**
 * Audit 11, Anthropic Messages through the Vercel AI SDK and @anthropic-ai/sdk: extended thinking (signature,
 * redacted thinking), stop sequences, images, and what a streamed HIT gives the SDKs compared with the MISS.
 */

let upstream: ScriptedUpstream;
let proxy: RunningProxy;

const THINKING = 'The user wants the capital of France. That is Paris.';
const SIGNATURE = 'EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds';

function lastUserText(call: ScriptedCall): string {
  const last = [...(call.body?.messages ?? [])].reverse().find((message: any) => message.role === 'user');
  if (typeof last?.content === 'string') return last.content;
  return (last?.content ?? []).map((block: any) => block.text ?? '').join('\n');
}

function answer(n: number, call: ScriptedCall): Record<string, any> {
  const body = call.body;
  const content: Array<Record<string, unknown>> = [];
  if (body.thinking?.type === 'enabled') {
    content.push({ type: 'thinking', thinking: THINKING, signature: SIGNATURE });
    content.push({ type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH4mPnZ5sQ7vB5URj' });
  }
  const stopSequence = Array.isArray(body.stop_sequences) ? body.stop_sequences[0] : undefined;
  content.push({ type: 'text', text: `Answer #${n} to: ${lastUserText(call)}` });
  return {
    id: `msg_up${n}`,
    type: 'message',
    role: 'assistant',
    model: body.model,
    content,
    stop_reason: stopSequence ? 'stop_sequence' : 'end_turn',
    stop_sequence: stopSequence ?? null,
    usage: { input_tokens: 30, output_tokens: 50, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
  };
}

function stream(response: ServerResponse, message: Record<string, any>): void {
  const events: Array<[string, Record<string, unknown>]> = [['message_start', { message: { ...message, content: [], stop_reason: null, stop_sequence: null, usage: { ...message.usage, output_tokens: 1 } } }]];
  message.content.forEach((block: Record<string, any>, index: number) => {
    if (block.type === 'thinking') {
      events.push(['content_block_start', { index, content_block: { type: 'thinking', thinking: '', signature: '' } }]);
      events.push(['content_block_delta', { index, delta: { type: 'thinking_delta', thinking: block.thinking.slice(0, 12) } }]);
      events.push(['content_block_delta', { index, delta: { type: 'thinking_delta', thinking: block.thinking.slice(12) } }]);
      events.push(['content_block_delta', { index, delta: { type: 'signature_delta', signature: block.signature } }]);
    } else if (block.type === 'text') {
      events.push(['content_block_start', { index, content_block: { type: 'text', text: '' } }]);
      events.push(['content_block_delta', { index, delta: { type: 'text_delta', text: block.text } }]);
    } else {
      events.push(['content_block_start', { index, content_block: block }]);
    }
    events.push(['content_block_stop', { index }]);
  });
  events.push(['message_delta', { delta: { stop_reason: message.stop_reason, stop_sequence: message.stop_sequence }, usage: { output_tokens: message.usage.output_tokens } }]);
  events.push(['message_stop', {}]);
  sendEvents(response, events);
}

beforeAll(async () => {
  upstream = await new ScriptedUpstream((call, response, n) => {
    if (call.path !== '/v1/messages') return sendJson(response, 404, { type: 'error', error: { type: 'not_found_error', message: 'no such path' } });
    const message = answer(n, call);
    if (call.body.stream === true) return stream(response, message);
    sendJson(response, 200, message, { 'request-id': `req_up${n}` });
  }).start();
  proxy = await startProxy(upstream.asMock(), {
    routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' } }],
  });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;
const model = () => createAnthropic({ apiKey: 'sk-ant-a11', baseURL: `${proxy.origin}/claude/v1` })('claude-sonnet-4-5');
const thinking = { anthropic: { thinking: { type: 'enabled', budgetTokens: 1024 } } };

describe('extended thinking through the Vercel AI SDK', () => {
  it('streamText: the HIT gives the same text, reasoning, signature and redacted data as the MISS', async () => {
    const prompt = question();
    const miss = streamText({ model: model(), prompt, maxRetries: 0, providerOptions: thinking });
    const missText = await miss.text;
    const missReasoning = await miss.reasoning;
    expect((await miss.response).headers?.['x-cache-status']).toBe('MISS');
    const hit = streamText({ model: model(), prompt, maxRetries: 0, providerOptions: thinking });
    expect(await hit.text).toBe(missText);
    expect((await hit.response).headers?.['x-cache-status']).toBe('HIT');
    const hitReasoning = await hit.reasoning;
    expect(hitReasoning.map((part) => ('text' in part ? part.text : undefined))).toEqual(missReasoning.map((part) => ('text' in part ? part.text : undefined)));
    expect(hitReasoning.map((part) => part.providerMetadata)).toEqual(missReasoning.map((part) => part.providerMetadata));
    expect(await hit.reasoningText).toBe(THINKING);
  });

  it('generateText JSON HIT of a streamed MISS keeps the reasoning and the signature', async () => {
    const prompt = question('Which city is the capital of France?');
    const miss = streamText({ model: model(), prompt, maxRetries: 0, providerOptions: thinking });
    await miss.text;
    const hit = await generateText({ model: model(), prompt, maxRetries: 0, providerOptions: thinking });
    expect(hit.response.headers?.['x-cache-status']).toBe('HIT');
    expect(hit.reasoningText).toBe(await miss.reasoningText);
    expect(hit.reasoning.map((part) => part.providerMetadata)).toEqual((await miss.reasoning).map((part) => part.providerMetadata));
  });

  it('a thinking request and a plain one never share an entry', async () => {
    const prompt = question('Name the capital of France');
    await generateText({ model: model(), prompt, maxRetries: 0, providerOptions: thinking });
    const plain = await generateText({ model: model(), prompt, maxRetries: 0 });
    expect(plain.response.headers?.['x-cache-status']).toBe('MISS');
    expect(plain.reasoningText).toBeUndefined();
  });
});

describe('stop sequences, images and system blocks through @anthropic-ai/sdk', () => {
  const claude = () => new Anthropic({ apiKey: 'sk-ant-a11', baseURL: `${proxy.origin}/claude`, maxRetries: 0 });

  it('stores a stop_sequence answer and replays stop_reason and stop_sequence, streamed and JSON', async () => {
    const body = { model: 'claude-sonnet-4-5', max_tokens: 64, stop_sequences: ['###'], messages: [{ role: 'user' as const, content: question() }] };
    const miss = await claude().messages.create(body);
    expect(miss.stop_reason).toBe('stop_sequence');
    const { data, response } = await claude().messages.create(body).withResponse();
    expect(response.headers.get('x-cache-status')).toBe('HIT');
    expect([data.stop_reason, data.stop_sequence]).toEqual(['stop_sequence', '###']);
    const streamed = claude().messages.stream(body);
    const final = await streamed.finalMessage();
    expect([final.stop_reason, final.stop_sequence]).toEqual(['stop_sequence', '###']);
    expect(final.content).toEqual(miss.content);
    const other = await claude().messages.create({ ...body, stop_sequences: ['@@@'] }).withResponse();
    expect(other.response.headers.get('x-cache-status')).toBe('MISS');
  });

  it('keys an image in the last user message by its bytes (exact tier only), and a system given as blocks like a string', async () => {
    const png = (byte: number) => Buffer.from([0x89, 0x50, 0x4e, 0x47, byte]).toString('base64');
    const ask = (data: string, system: Anthropic.MessageCreateParams['system']) =>
      claude()
        .messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, system, messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data } }, { type: 'text', text: 'What is in this image?' }] }] })
        .withResponse();
    const systemText = question('You are a vision assistant.');
    expect((await ask(png(1), systemText)).response.headers.get('x-cache-status')).toBe('MISS');
    expect((await ask(png(1), [{ type: 'text', text: systemText }])).response.headers.get('x-cache-status')).toBe('HIT');
    expect((await ask(png(2), systemText)).response.headers.get('x-cache-status')).toBe('MISS');
    expect((await ask(png(1), `${systemText} Be brief.`)).response.headers.get('x-cache-status')).toBe('MISS');
  });
});
