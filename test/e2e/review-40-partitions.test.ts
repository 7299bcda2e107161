import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 40, a hostile tester at the proxy with the official SDKs: requests whose right answers differ were served
 * each other's answer through what the key leaves out or folds: LiteLLM's tags in the body's `metadata`, Azure's
 * routing headers, a fine-tuned model on a route shared by several keys, and a question about a text's own
 * characters or line endings whose text NFC or CRLF folding made equal.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), (mock) => ({
  routes: [
    { name: 'shared', match: { pathPrefix: '/shared' }, share: true },
    { name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: mock.baseUrl, api: 'anthropic' } },
  ],
}));

const unique = () => Math.random().toString(36).slice(2);

async function ask(body: Record<string, unknown>, options: { apiKey?: string; route?: string; headers?: Record<string, string> } = {}) {
  const { data, response } = await proxy
    .client({ apiKey: options.apiKey, route: options.route, headers: options.headers })
    .chat.completions.create({ model: 'gpt-4o-mini', messages: [], ...body } as OpenAI.ChatCompletionCreateParamsNonStreaming)
    .withResponse();
  return { status: response.headers.get('x-cache-status'), text: data.choices[0]!.message.content };
}

describe('what a gateway or the upstream routes on', () => {
  it('keeps apart requests whose LiteLLM tags in the body differ, and serves a repeat whatever else the metadata says', async () => {
    const messages = [{ role: 'user', content: `Hello, how are you? (${unique()})` }];
    expect((await ask({ messages, metadata: { tags: ['free'] } })).status).toBe('MISS');
    expect((await ask({ messages, metadata: { tags: ['paid'] } })).status).toBe('MISS');
    expect((await ask({ messages, metadata: { tags: ['paid'], trace: 'run-2' } })).status).toBe('HIT');
  });

  it.each([
    ['azureml-model-deployment', 'blue', 'green'],
    ['extra-parameters', 'drop', 'pass-through'],
  ])('keeps apart requests whose %s header differs', async (name, first, second) => {
    const messages = [{ role: 'user', content: `Name a prime number. (${unique()})` }];
    expect((await ask({ messages, top_k: 1 }, { headers: { [name]: first } })).status).toBe('MISS');
    expect((await ask({ messages, top_k: 1 }, { headers: { [name]: second } })).status).toBe('MISS');
    expect((await ask({ messages, top_k: 1 }, { headers: { [name]: second } })).status).toBe('HIT');
  });

  it('serves a fine-tuned model’s answer on a shared route only to the key that asked', async () => {
    const body = { model: 'ft:gpt-4o-mini-2024-07-18:acme-corp::AbC123xy', messages: [{ role: 'user', content: `What is our internal discount code? (${unique()})` }] };
    expect((await ask(body, { apiKey: 'sk-r40-acme', route: 'shared' })).status).toBe('MISS');
    expect((await ask(body, { apiKey: 'sk-r40-other', route: 'shared' })).status).toBe('MISS');
    expect((await ask(body, { apiKey: 'sk-r40-acme', route: 'shared' })).status).toBe('HIT');
    const shared = { messages: [{ role: 'user', content: `What is a discount code? (${unique()})` }] };
    expect((await ask(shared, { apiKey: 'sk-r40-acme', route: 'shared' })).status).toBe('MISS');
    expect((await ask(shared, { apiKey: 'sk-r40-other', route: 'shared' })).status).toBe('HIT');
  });
});

describe('a question about a text’s own characters', () => {
  it.each([
    ['composed and decomposed', 'Is the string "\u00c5" in Unicode NFC or NFD form?', 'Is the string "A\u030a" in Unicode NFC or NFD form?'],
    ['code points', 'How many characters are in the word "caf\u00e9"? Count Unicode code points.', 'How many characters are in the word "cafe\u0301"? Count Unicode code points.'],
    ['CRLF and LF', 'Does this text use Windows (CRLF) or Unix (LF) line endings?\r\nline one\r\nline two', 'Does this text use Windows (CRLF) or Unix (LF) line endings?\nline one\nline two'],
  ])('is not served the answer for the other way of writing it (%s)', async (_label, first, second) => {
    const tag = ` (${unique()})`;
    const one = await ask({ messages: [{ role: 'user', content: first + tag }] });
    const other = await ask({ messages: [{ role: 'user', content: second + tag }] });
    expect([one.status, other.status]).toEqual(['MISS', 'MISS']);
    expect(other.text).not.toBe(one.text);
  });

  it('is not served across CRLF and LF on Anthropic Messages either, while other text still meets its CRLF copy', async () => {
    const claude = new Anthropic({ apiKey: 'sk-ant-r40', baseURL: `${proxy.origin}/claude`, maxRetries: 0 });
    const send = async (content: string) => (await claude.messages.create({ model: 'claude-haiku-4-5', max_tokens: 64, messages: [{ role: 'user', content }] }).withResponse()).response.headers.get('x-cache-status');
    const tag = ` (${unique()})`;
    expect(await send(`Which line endings does this use?\r\nline one\r\nline two${tag}`)).toBe('MISS');
    expect(await send(`Which line endings does this use?\nline one\nline two${tag}`)).toBe('MISS');
    expect(await send(`Summarise this:\r\nThe meeting moved to Friday.${tag}`)).toBe('MISS');
    expect(await send(`Summarise this:\nThe meeting moved to Friday.${tag}`)).toBe('HIT');
  });
});
