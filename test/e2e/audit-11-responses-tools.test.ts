import { createOpenAI } from '@ai-sdk/openai';
import { generateText, jsonSchema, streamText, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import type { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Audit 11: the Responses API on routes that store tool calls (`cacheToolCalls`) and truncated answers
 * (`cacheTruncated`), through the Vercel AI SDK, JSON and streamed, HIT against MISS.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), {
  routes: [
    { name: 'tools', match: { pathPrefix: '/tools' }, cacheToolCalls: true },
    { name: 'cut', match: { pathPrefix: '/cut' }, cacheTruncated: true },
  ],
});

let unique = 0;
const question = (text: string) => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;
const weather = tool({ description: 'Weather in a city', inputSchema: jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false }) });

describe('function calls on a cacheToolCalls route', () => {
  it('streamText HIT of a generateText MISS gives the same tool calls and finish reason', async () => {
    const model = createOpenAI({ apiKey: 'sk-a11-tools', baseURL: `${proxy.origin}/tools/v1` })('gpt-4o-mini');
    const prompt = question('What is the weather in Paris and in Rome?');
    upstream.enqueue({ kind: 'ok', toolCalls: [{ name: 'weather', arguments: '{"city":"Paris"}' }, { name: 'weather', arguments: '{"city":"Rome"}' }] });
    const miss = await generateText({ model, prompt, tools: { weather }, maxRetries: 0 });
    expect(miss.response.headers?.['x-cache-status']).toBe('MISS');
    expect(miss.toolCalls.map((call) => call.input)).toEqual([{ city: 'Paris' }, { city: 'Rome' }]);
    const hit = streamText({ model, prompt, tools: { weather }, maxRetries: 0 });
    const calls = await hit.toolCalls;
    expect((await hit.response).headers?.['x-cache-status']).toBe('HIT');
    expect(calls.map((call) => [call.toolCallId, call.toolName, call.input])).toEqual(miss.toolCalls.map((call) => [call.toolCallId, call.toolName, call.input]));
    expect(await hit.finishReason).toBe(miss.finishReason);
  });

  it('a tool call is not stored on a route without cacheToolCalls', async () => {
    const model = createOpenAI({ apiKey: 'sk-a11-tools', baseURL: proxy.baseURL })('gpt-4o-mini');
    const prompt = question('What is the weather in Oslo?');
    upstream.enqueue({ kind: 'ok', toolCalls: [{ name: 'weather', arguments: '{"city":"Oslo"}' }] });
    await generateText({ model, prompt, tools: { weather }, maxRetries: 0 });
    const again = await generateText({ model, prompt, tools: { weather }, maxRetries: 0 });
    expect(again.response.headers?.['x-cache-status']).toBe('MISS');
  });
});

describe('a truncated answer (max_output_tokens) on a cacheTruncated route', () => {
  it('streamed MISS then streamed and JSON HITs give the same text and the length finish reason', async () => {
    const model = createOpenAI({ apiKey: 'sk-a11-cut', baseURL: `${proxy.origin}/cut/v1` })('gpt-4o-mini');
    const prompt = question('Write a long essay about lighthouses');
    upstream.enqueue({ kind: 'ok', finishReason: 'length', content: 'Lighthouses have guided sailors for' });
    const miss = streamText({ model, prompt, maxOutputTokens: 16, maxRetries: 0 });
    const missText = await miss.text;
    expect(await miss.finishReason).toBe('length');
    const hit = streamText({ model, prompt, maxOutputTokens: 16, maxRetries: 0 });
    expect(await hit.text).toBe(missText);
    expect((await hit.response).headers?.['x-cache-status']).toBe('HIT');
    expect(await hit.finishReason).toBe('length');
    const json = await generateText({ model, prompt, maxOutputTokens: 16, maxRetries: 0 });
    expect(json.response.headers?.['x-cache-status']).toBe('HIT');
    expect([json.text, json.finishReason]).toEqual([missText, 'length']);
    // Another limit is another request.
    upstream.enqueue({ kind: 'ok', finishReason: 'length', content: 'Lighthouses' });
    const other = await generateText({ model, prompt, maxOutputTokens: 8, maxRetries: 0 });
    expect(other.response.headers?.['x-cache-status']).toBe('MISS');
  });
});
