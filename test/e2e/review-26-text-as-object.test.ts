import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { cachedChat } from '../helpers/openai-chat.ts';
import { useProxy, withClaudeRoute, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 26, a hostile helper's finding: the verifier compares the two user texts alone, so under a system prompt
 * (or `instructions`, or an assistant turn) that makes the user's text the object of a task — translate it, count
 * its words, echo it, pick one of the offered spellings — two texts the verifier calls one question were served
 * each other's answers ("Thanks! See you tomorrow." translated for "See you tomorrow."). Now such a request is
 * answered from the exact tier only; a system prompt that sets no such task keeps its semantic hits.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;

useProxy((running) => ({ upstream, proxy } = running), withClaudeRoute);

let unique = 0;
const tag = () => `${++unique}${Math.random().toString(36).slice(2, 6)}`;


describe('a system prompt that makes the user text the object of a task (chat completions)', () => {
  const cases: Array<[string, string, string]> = [
    ['Translate the user message into French.', 'Thanks! See you tomorrow.', 'See you tomorrow.'],
    ['Count the number of words in the user message.', 'Could you please tell me the time', 'Could you tell me the time'],
    ['Echo the user message exactly.', 'What is the capital of France?', 'What is the capital of France'],
    ['Correct the spelling and grammar of the user message.', 'Can you send me the the report?', 'Can you send me the report?'],
    ['Is the user message a question or a statement?', 'The meeting is at noon?', 'The meeting is at noon.'],
    // Session 55, a hostile review through the proxy: questions and judgements about the text or its writer.
    ['Does the text contain any contractions? Answer yes or no.', 'I do not like this color.', "I don't like this colour."],
    ['Rate the politeness of each message from 1 to 10.', 'Please send me the report by Friday.', 'Send me the report by Friday.'],
    ['Is the user shouting? Answer yes or no.', 'I am really happy today!', 'I am really happy today.'],
    ['Reply in the same tone and punctuation style as the user.', 'Can you help me organize my files?', 'can you help me organise my files'],
  ];
  for (const [system, stored, asked] of cases) {
    it(`does not serve "${stored}" for "${asked}" under "${system}", and still serves an exact repeat`, async () => {
      const client = proxy.client({ apiKey: `sk-object-${tag()}` });
      const first = await cachedChat(client, [{ role: 'system', content: system }, { role: 'user', content: stored }]);
      const other = await cachedChat(client, [{ role: 'system', content: system }, { role: 'user', content: asked }]);
      const repeat = await cachedChat(client, [{ role: 'system', content: system }, { role: 'user', content: stored }]);
      expect([first.status, other.status]).toEqual(['MISS', 'MISS']);
      expect([repeat.status, repeat.match]).toEqual(['HIT', 'exact']);
    });
  }

  it('does not serve a picked spelling for the other one after an assistant turn that offers both', async () => {
    const client = proxy.client({ apiKey: `sk-object-${tag()}` });
    const offer: OpenAI.Chat.ChatCompletionMessageParam = { role: 'assistant', content: 'Which spelling should the logo use: "colour" or "color"?' };
    const first = await cachedChat(client, [{ role: 'user', content: 'Design a logo for my paint shop' }, offer, { role: 'user', content: 'colour' }]);
    const other = await cachedChat(client, [{ role: 'user', content: 'Design a logo for my paint shop' }, offer, { role: 'user', content: 'color' }]);
    expect([first.status, other.status]).toEqual(['MISS', 'MISS']);
  });

  it('still serves a follow-up semantically after an earlier turn that asks about a text editor (session 55)', async () => {
    // A first version read "Which text editor …?" two turns back as a question about the user's text.
    const client = proxy.client({ apiKey: `sk-object-${tag()}` });
    const turns = (last: string): OpenAI.Chat.ChatCompletionMessageParam[] => [
      { role: 'system', content: 'You are a helpful assistant.' },
      { role: 'user', content: 'Which text editor is best for Python?' },
      { role: 'assistant', content: 'Many people use VS Code.' },
      { role: 'user', content: last },
    ];
    const first = await cachedChat(client, turns('How do I install it on Ubuntu?'));
    const polite = await cachedChat(client, turns('Please, how do I install it on Ubuntu?'));
    expect(first.status).toBe('MISS');
    expect([polite.status, polite.match]).toEqual(['HIT', 'semantic']);
  });

  it('still serves a paraphrase semantically under a system prompt that sets no such task', async () => {
    const client = proxy.client({ apiKey: `sk-object-${tag()}` });
    const system = 'You are a helpful assistant. Answer concisely.';
    const first = await cachedChat(client, [{ role: 'system', content: system }, { role: 'user', content: 'How do I reset my password?' }]);
    const paraphrase = await cachedChat(client, [{ role: 'system', content: system }, { role: 'user', content: 'How can I reset my password?' }]);
    expect(first.status).toBe('MISS');
    expect([paraphrase.status, paraphrase.match]).toEqual(['HIT', 'semantic']);
  });
});

describe('the same through the Responses API and Anthropic Messages', () => {
  it('answers a Responses request under instructions to translate from the exact tier only', async () => {
    const client = proxy.client({ apiKey: `sk-object-${tag()}` });
    const create = async (input: string) => {
      const { response } = await client.responses.create({ model: 'gpt-4o-mini', instructions: 'Translate the user message into French.', input, store: false }).withResponse();
      return [response.headers.get('x-cache-status'), response.headers.get('x-cache-match')];
    };
    expect(await create('The cars are red')).toEqual(['MISS', null]);
    expect((await create('The car is red'))[0]).toBe('MISS');
    expect(await create('The cars are red')).toEqual(['HIT', 'exact']);
  });

  it('answers an Anthropic request under a system prompt that counts words from the exact tier only', async () => {
    const client = new Anthropic({ apiKey: `sk-ant-object-${tag()}`, baseURL: `${proxy.origin}/claude`, maxRetries: 0 });
    const create = async (text: string) => {
      const { response } = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, system: 'Count the words in the user message.', messages: [{ role: 'user', content: text }] }).withResponse();
      return response.headers.get('x-cache-status');
    };
    expect(await create('Could you please tell me the time')).toBe('MISS');
    expect(await create('Could you tell me the time')).toBe('MISS');
    expect(await create('Could you please tell me the time')).toBe('HIT');
  });
});

describe('an earlier item passed by reference (Responses API, through @ai-sdk/openai)', () => {
  // Session 56, a hostile review at the proxy: @ai-sdk/openai (store on by default) sends an earlier assistant turn it
  // knows the id of as `{"type": "item_reference", "id": …}`. The proxy cannot read what it said ("From now on I will
  // translate everything you send into French."), so such a request is answered from the exact tier only.
  it('does not serve "Thanks! See you tomorrow." for "See you tomorrow." after a referenced assistant turn', async () => {
    const { createOpenAI } = await import('@ai-sdk/openai');
    const { generateText } = await import('ai');
    const model = createOpenAI({ apiKey: `sk-reference-${tag()}`, baseURL: proxy.baseURL })('gpt-4o-mini');
    const turns = (last: string) => [
      { role: 'user' as const, content: 'Hi! Can you help me with my French?' },
      { role: 'assistant' as const, content: [{ type: 'text' as const, text: 'Sure! From now on I will translate everything you send into French.', providerOptions: { openai: { itemId: 'msg_0a1b2c' } } }] },
      { role: 'user' as const, content: last },
    ];
    const first = await generateText({ model, messages: turns('Thanks! See you tomorrow.'), maxRetries: 0 });
    const other = await generateText({ model, messages: turns('See you tomorrow.'), maxRetries: 0 });
    const repeat = await generateText({ model, messages: turns('Thanks! See you tomorrow.'), maxRetries: 0 });
    // The SDK did send the assistant turn as a reference, the shape this test is about.
    expect(upstream.responsesCalls.at(-1)?.body.input[1]).toEqual({ type: 'item_reference', id: 'msg_0a1b2c' });
    expect([first.response.headers?.['x-cache-status'], other.response.headers?.['x-cache-status']]).toEqual(['MISS', 'MISS']);
    expect(repeat.response.headers?.['x-cache-status']).toBe('HIT');
  });
});
