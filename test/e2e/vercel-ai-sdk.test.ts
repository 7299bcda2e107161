import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { APICallError, generateText, streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, {
    routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' } }],
  });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;

/** Each provider as a new user would configure it; `openai(model)` is the Responses API. */
const providers = () => ({
  openai: createOpenAI({ apiKey: 'sk-vercel-test', baseURL: proxy.baseURL })('gpt-4o-mini'),
  anthropic: createAnthropic({ apiKey: 'sk-ant-vercel-test', baseURL: `${proxy.origin}/claude/v1` })('claude-sonnet-4-5'),
});

describe('the Vercel AI SDK', () => {
  for (const name of ['openai', 'anthropic'] as const) {
    describe(name, () => {
      it('generateText misses, then hits with the same text and usage', async () => {
        const model = providers()[name];
        const prompt = question();
        // The default OpenAI provider speaks the Responses API; Anthropic's speaks /v1/messages.
        const calls = () => (name === 'openai' ? upstream.responsesCalls : upstream.messagesCalls).length;
        const before = calls();
        const first = await generateText({ model, prompt, maxRetries: 0 });
        const second = await generateText({ model, prompt, maxRetries: 0 });
        expect(first.response.headers?.['x-cache-status']).toBe('MISS');
        expect(second.response.headers?.['x-cache-status']).toBe('HIT');
        expect(second.text).toBe(first.text);
        expect(second.text).toContain('Answer #');
        expect(second.usage.inputTokens).toBe(first.usage.inputTokens);
        expect(second.usage.outputTokens).toBeGreaterThan(0);
        expect(calls()).toBe(before + 1);
      });

      it('streamText misses, then replays the hit with the same text, finish reason and usage', async () => {
        const model = providers()[name];
        const prompt = question('Tell me a short story about a lighthouse keeper and the sea');
        const miss = streamText({ model, prompt, maxRetries: 0 });
        const missText = await miss.text;
        const hit = streamText({ model, prompt, maxRetries: 0 });
        expect((await hit.response).headers?.['x-cache-status']).toBe('HIT');
        expect(await hit.text).toBe(missText);
        expect(await hit.finishReason).toBe('stop');
        expect((await hit.usage).outputTokens).toBe((await miss.usage).outputTokens);
      });

      it('raises a typed APICallError for an upstream error, which is not cached', async () => {
        const model = providers()[name];
        const prompt = question();
        upstream.enqueue({ kind: 'error', status: 400 });
        const failure = await generateText({ model, prompt, maxRetries: 0 }).catch((error: unknown) => error);
        expect(APICallError.isInstance(failure)).toBe(true);
        expect((failure as APICallError).statusCode).toBe(400);
        const after = await generateText({ model, prompt, maxRetries: 0 });
        expect(after.response.headers?.['x-cache-status']).toBe('MISS');
      });
    });
  }
});
