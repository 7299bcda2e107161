import { createAnthropic } from '@ai-sdk/anthropic';
import { generateText, jsonSchema, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../helpers/proxy.ts';

/** Audit 9: Anthropic Messages through @ai-sdk/anthropic. */

let upstream: MockUpstream;
let proxy: RunningProxy;
beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, {
    routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, cacheToolCalls: true, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' } }],
  });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const question = (text: string) => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;
const tools = { weather: tool({ description: 'The weather in a city', inputSchema: jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }) }) };
const callsWeather = { 'x-mock-behaviour': JSON.stringify({ kind: 'ok', toolCalls: [{ name: 'weather', arguments: '{"city":"Paris"}' }] }) };

describe('@ai-sdk/anthropic with tools, JSON and streamed', () => {
  // README ("Drop-in"): "the official SDKs and the Vercel AI SDK working on a hit exactly as on a miss";
  // chat/Responses/Anthropic sections: "An answer stored from a stream serves non-streaming requests and vice
  // versa"; Anthropic partition: a hint that "changes the bill, never the answer" (cache_control) is left out.
  // Regression: @ai-sdk/anthropic marks every tool `eager_input_streaming: true` when it streams (fine-grained tool
  // input streaming: it changes how tool input is chunked, never the answer) and not on generateText, and tools
  // were partitioned verbatim, so with tools streamText never hit what generateText stored (and with
  // cacheToolCalls the same tool call was paid for twice).
  it('streamText with tools hits the entry generateText stored for the same prompt, system and tools', async () => {
    const model = createAnthropic({ apiKey: 'sk-ant-audit-9', baseURL: `${proxy.origin}/claude/v1` })('claude-sonnet-4-5');
    const prompt = question('What is the weather in Paris?');
    const options = { model, prompt, system: 'Answer with a tool call.', tools, headers: callsWeather, maxRetries: 0 };
    const json = await generateText(options);
    expect(json.response.headers?.['x-cache-status']).toBe('MISS');
    await eventually(async () => (await generateText(options)).response.headers?.['x-cache-status'] === 'HIT', 5_000, 'the stored entry');

    const calls = upstream.messagesCalls.length;
    const streamed = streamText(options);
    const toolCalls = await streamed.toolCalls;
    expect(toolCalls.map((call) => [call.toolName, call.input])).toEqual([['weather', { city: 'Paris' }]]);
    expect((await streamed.response).headers?.['x-cache-status']).toBe('HIT');
    expect(upstream.messagesCalls.length).toBe(calls);
  });

  it('streamText without tools hits the entry generateText stored (no streaming-only field is sent)', async () => {
    const model = createAnthropic({ apiKey: 'sk-ant-audit-9', baseURL: `${proxy.origin}/claude/v1` })('claude-sonnet-4-5');
    const prompt = question('Name a famous bridge in Paris');
    const json = await generateText({ model, prompt, system: 'Be brief.', maxRetries: 0 });
    expect(json.response.headers?.['x-cache-status']).toBe('MISS');
    await eventually(async () => (await generateText({ model, prompt, system: 'Be brief.', maxRetries: 0 })).response.headers?.['x-cache-status'] === 'HIT', 5_000, 'the stored entry');
    const streamed = streamText({ model, prompt, system: 'Be brief.', maxRetries: 0 });
    expect(await streamed.text).toBe(json.text);
    expect((await streamed.response).headers?.['x-cache-status']).toBe('HIT');
  });
});
