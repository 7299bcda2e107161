import Anthropic from '@anthropic-ai/sdk';
import { createAnthropic } from '@ai-sdk/anthropic';
import { generateText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { cachedChat } from '../helpers/openai-chat.ts';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 57. A hostile review at the proxy: with the shipped layout (root → OpenAI, `/claude` → Anthropic) an
 * Anthropic client given the root as its base URL had its `sk-ant-…` key passed through to the OpenAI upstream. A red
 * team on shared contexts: the verifier read the last user message alone, so a system prompt that names two listed
 * synonyms as two things ("kids 3-12 $8, a child under 3 free") did not keep "kid ticket" from "child ticket".
 */

const ANTHROPIC_KEY = 'sk-ant-review57-secret';
let openAi: MockUpstream;
let anthropic: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  openAi = await new MockUpstream().start();
  anthropic = await new MockUpstream().start();
  proxy = await startProxy(openAi, { routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: anthropic.baseUrl, api: 'anthropic' } }] });
});
afterAll(async () => {
  await proxy?.stop();
  await anthropic?.stop();
  await openAi?.stop();
});

/** Calls that reached the OpenAI upstream carrying the Anthropic key. */
const leakedToOpenAi = () => openAi.calls.filter((call) => JSON.stringify(call.headers).includes(ANTHROPIC_KEY));

describe('an Anthropic client given the root as its base URL', () => {
  it('is refused in Anthropic\'s shape (messages, count_tokens), and its key never reaches the OpenAI upstream', async () => {
    const client = new Anthropic({ apiKey: ANTHROPIC_KEY, baseURL: proxy.origin, maxRetries: 0, timeout: 15_000 });
    const message = client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'Hi there' }] });
    await expect(message).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    await expect(message).rejects.toMatchObject({ error: { type: 'error', error: { type: 'not_found_error', message: expect.stringContaining('/claude') } } });
    await expect(client.messages.countTokens({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'Hi there' }] })).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    expect(leakedToOpenAi()).toEqual([]);
    expect(openAi.calls.filter((call) => call.path.startsWith('/v1/messages'))).toEqual([]);
  });

  it('is refused through the AI SDK (x-api-key, base URL …/v1), and its key never reaches the OpenAI upstream', async () => {
    const provider = createAnthropic({ apiKey: ANTHROPIC_KEY, baseURL: `${proxy.origin}/v1` });
    await expect(generateText({ model: provider('claude-sonnet-4-5'), prompt: 'Hi there', maxRetries: 0 })).rejects.toMatchObject({ statusCode: 404 });
    expect(leakedToOpenAi()).toEqual([]);
  });

  it('is refused on a raw call carrying an Anthropic key without anthropic-version (a review of the first fix)', async () => {
    for (const headers of [{ 'x-api-key': ANTHROPIC_KEY }, { authorization: `Bearer ${ANTHROPIC_KEY}` }] as Array<Record<string, string>>) {
      const response = await fetch(`${proxy.origin}/v1/models`, { headers });
      expect(response.status).toBe(404);
    }
    expect(leakedToOpenAi()).toEqual([]);
  });

  it('is refused on an OpenAI prefix where the root itself serves Anthropic (a review of the first fix)', async () => {
    const other = await startProxy(openAi, { routes: [{ name: 'default', upstream: { baseUrl: anthropic.baseUrl, api: 'anthropic' } }, { name: 'gpt', match: { pathPrefix: '/gpt' }, upstream: { baseUrl: openAi.baseUrl, api: 'openai' } }] });
    try {
      const client = new Anthropic({ apiKey: ANTHROPIC_KEY, baseURL: `${other.origin}/gpt`, maxRetries: 0, timeout: 15_000 });
      await expect(client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'Hi there' }] })).rejects.toBeInstanceOf(Anthropic.NotFoundError);
      expect(leakedToOpenAi()).toEqual([]);
    } finally {
      await other.stop();
    }
  });

  it('still reaches Anthropic under /claude, and OpenAI clients still use the root', async () => {
    const client = new Anthropic({ apiKey: ANTHROPIC_KEY, baseURL: `${proxy.origin}/claude`, maxRetries: 0, timeout: 15_000 });
    const { response } = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'Hello from review 57' }] }).withResponse();
    expect(response.headers.get('x-cache-status')).toBe('MISS');
    expect(anthropic.messagesCalls.length).toBeGreaterThan(0);
    const chat = await cachedChat(proxy.client({ apiKey: 'sk-review57-openai' }), [{ role: 'user', content: 'Hello from review 57' }]);
    expect(chat.status).toBe('MISS');
  });
});

describe('a system prompt both texts are read in', () => {
  it('keeps two synonyms apart where the system prompt names them as two things, and serves them where it does not', async () => {
    const client = proxy.client({ apiKey: 'sk-review57-shared' });
    const system = { role: 'system' as const, content: 'Answer from this price list only.\nRiverside Cinema tickets: adults $14, kids 3-12 $8, a child under 3 on a lap is free.' };
    const kid = await cachedChat(client, [system, { role: 'user', content: 'How much is a kid ticket?' }]);
    const child = await cachedChat(client, [system, { role: 'user', content: 'How much is a child ticket?' }]);
    expect([kid.status, child.status]).toEqual(['MISS', 'MISS']);
    // Without such a list the two are one question.
    const plain = { role: 'system' as const, content: 'You are a helpful assistant for a family cinema.' };
    const first = await cachedChat(client, [plain, { role: 'user', content: 'How much is a kid ticket?' }]);
    const second = await cachedChat(client, [plain, { role: 'user', content: 'How much is a child ticket?' }]);
    expect([first.status, second.status]).toEqual(['MISS', 'HIT']);
  });

  it('keeps two synonyms apart where a tool returned the list that names them as two things', async () => {
    const client = proxy.client({ apiKey: 'sk-review57-tool' });
    const history = [
      { role: 'user' as const, content: 'What are the ticket prices?' },
      { role: 'assistant' as const, content: null, tool_calls: [{ id: 'call_1', type: 'function' as const, function: { name: 'prices', arguments: '{}' } }] },
      { role: 'tool' as const, tool_call_id: 'call_1', content: '| Ticket | Ages | Price |\n|---|---|---|\n| Kid | 3-12 | $8 |\n| Child | under 3 | free |' },
      { role: 'assistant' as const, content: 'Here are the prices.' },
    ];
    const kid = await cachedChat(client, [...history, { role: 'user', content: 'How much is a kid ticket?' }]);
    const child = await cachedChat(client, [...history, { role: 'user', content: 'How much is a child ticket?' }]);
    expect([kid.status, child.status]).toEqual(['MISS', 'MISS']);
  });

  it('tells a one-word reply by its case where the assistant asked which was meant', async () => {
    const client = proxy.client({ apiKey: 'sk-review57-case' });
    const asked = [
      { role: 'user' as const, content: 'Tell me about it' },
      { role: 'assistant' as const, content: 'Do you mean Turkey the country or the turkey you cook?' },
    ];
    const country = await cachedChat(client, [...asked, { role: 'user', content: 'Turkey' }]);
    const bird = await cachedChat(client, [...asked, { role: 'user', content: 'turkey' }]);
    expect([country.status, bird.status]).toEqual(['MISS', 'MISS']);
  });
});
