import { createAnthropic } from '@ai-sdk/anthropic';
import { generateText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { cachedChat } from '../helpers/openai-chat.ts';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 58, through the real proxy with the official SDKs: what the session's key and verifier changes do for a client
 * that sends text in parts, a role-play system prompt, pasted ends and common typos, and what a careless or hostile
 * client gets from them.
 */

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

describe('text sent in parts', () => {
  it('keeps parts apart from one string holding their text joined by a newline, and still hits a repeat of the parts', async () => {
    const client = proxy.client({ apiKey: 'sk-review58-parts' });
    const parts = [{ type: 'text' as const, text: 'Reverse this string exactly: ab' }, { type: 'text' as const, text: 'cd' }];
    const first = await cachedChat(client, [{ role: 'user', content: parts }]);
    const joined = await cachedChat(client, [{ role: 'user', content: 'Reverse this string exactly: ab\ncd' }]);
    const again = await cachedChat(client, [{ role: 'user', content: parts }]);
    expect([first.status, joined.status, again.status]).toEqual(['MISS', 'MISS', 'HIT']);
  });

  it('serves a near-duplicate question after the same document that @ai-sdk/anthropic merges into one message of parts', async () => {
    const model = createAnthropic({ apiKey: 'sk-ant-review58', baseURL: `${proxy.origin}/claude/v1` })('claude-sonnet-4-5');
    const doc = 'Our store is open 9am-5pm Monday to Friday and 10am-2pm on Saturday. Returns are accepted within 30 days.';
    const ask = (question: string) => generateText({ model, maxRetries: 0, messages: [{ role: 'user', content: doc }, { role: 'user', content: question }] });
    const first = await ask('What time do you open on Saturday?');
    const second = await ask('What time do you open on Saturday');
    expect(first.response.headers?.['x-cache-status']).toBe('MISS');
    expect(second.response.headers?.['x-cache-status']).toBe('HIT');
    // The SDK sent one user message of two text blocks (its own merge), not two messages.
    const sent = anthropic.messagesCalls.at(-1)!.body as { messages: Array<{ content: unknown }> };
    expect(sent.messages).toHaveLength(1);
  });
});

describe('a system prompt that makes the assistant a program', () => {
  it('serves no command another command\'s output under the linux-terminal prompt, and still hits an exact repeat', async () => {
    const client = proxy.client({ apiKey: 'sk-review58-terminal' });
    const system = { role: 'system' as const, content: 'I want you to act as a linux terminal. I will type commands and you will reply with what the terminal should show.' };
    const dot = await cachedChat(client, [system, { role: 'user', content: 'echo Done.' }]);
    const bare = await cachedChat(client, [system, { role: 'user', content: 'echo Done' }]);
    const repeat = await cachedChat(client, [system, { role: 'user', content: 'echo Done.' }]);
    expect([dot.status, bare.status, repeat.status]).toEqual(['MISS', 'MISS', 'HIT']);
    expect(repeat.match).toBe('exact');
  });
});

describe('the ends of pasted text', () => {
  it('keeps a typeset trailing space apart, and takes a no-break space pasted at the end for none', async () => {
    const client = proxy.client({ apiKey: 'sk-review58-ends' });
    const spaced = await cachedChat(client, [{ role: 'user', content: 'Name the last code point in: x\u2003' }]);
    const plain = await cachedChat(client, [{ role: 'user', content: 'Name the last code point in: x' }]);
    expect([spaced.status, plain.status]).toEqual(['MISS', 'MISS']);
    const question = await cachedChat(client, [{ role: 'user', content: 'How do I reset my router password?' }]);
    const pasted = await cachedChat(client, [{ role: 'user', content: 'How do I reset my router password?\u00a0' }]);
    expect([question.status, pasted.status]).toEqual(['MISS', 'HIT']);
  });
});

describe('common misspellings', () => {
  it('serves a common misspelling of a word in running text, and not where the text makes its letters the question', async () => {
    const client = proxy.client({ apiKey: 'sk-review58-typos' });
    const right = await cachedChat(client, [{ role: 'user', content: 'How do I separate first and last names in a list?' }]);
    const typo = await cachedChat(client, [{ role: 'user', content: 'How do I seperate first and last names in a list?' }]);
    expect([right.status, typo.status]).toEqual(['MISS', 'HIT']);
    expect(typo.match).toBe('semantic');
    const word = await cachedChat(client, [{ role: 'user', content: 'Is argument considered a mistake in an essay?' }]);
    const misspelt = await cachedChat(client, [{ role: 'user', content: 'Is arguement considered a mistake in an essay?' }]);
    expect([word.status, misspelt.status]).toEqual(['MISS', 'MISS']);
  });
});
