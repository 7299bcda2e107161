import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { useProxy, withClaudeRoute, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 29, a red team driving the proxy with the SDKs: a translator or a text tool whose system prompt never
 * says "translate" nor "into <language>" ("You are a Spanish interpreter.", "Respond only with the Spanish
 * equivalent of whatever the user writes.", "Generate a URL slug for the given title.") had its users' texts
 * served each other's output: "See you tomorrow." got the translation of "Thanks! See you tomorrow." (semantic
 * hit, similarity 0.87). So did a bot that set the task in its opening turn, two assistant turns back, and a report
 * whose table, aligned with spaces, had a value moved to another column (similarity 1.0). All are MISSes now, and
 * each request is still served again when repeated exactly.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;

useProxy((running) => ({ upstream, proxy } = running), withClaudeRoute);

let unique = 0;
const tag = () => `${++unique}${Math.random().toString(36).slice(2, 6)}`;

async function chat(client: OpenAI, messages: OpenAI.Chat.ChatCompletionMessageParam[]) {
  const { response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages }).withResponse();
  return [response.headers.get('x-cache-status'), response.headers.get('x-cache-match')];
}

describe('a task on the user text worded without a translating verb', () => {
  it('chat completions: an interpreter persona is answered from the exact tier only', async () => {
    const client = proxy.client({ apiKey: `sk-tasks-${tag()}` });
    const system = { role: 'system' as const, content: 'You are a Spanish interpreter.' };
    expect(await chat(client, [system, { role: 'user', content: 'Thanks! See you tomorrow.' }])).toEqual(['MISS', null]);
    expect((await chat(client, [system, { role: 'user', content: 'See you tomorrow.' }]))[0]).toBe('MISS');
    expect(await chat(client, [system, { role: 'user', content: 'Thanks! See you tomorrow.' }])).toEqual(['HIT', 'exact']);
  });

  it('Anthropic Messages: "the Spanish equivalent of whatever the user writes" in the system prompt', async () => {
    const client = new Anthropic({ apiKey: `sk-ant-tasks-${tag()}`, baseURL: `${proxy.origin}/claude`, maxRetries: 0 });
    const create = async (text: string) => {
      const { response } = await client.messages
        .create({ model: 'claude-sonnet-4-5', max_tokens: 64, system: 'Respond only with the Spanish equivalent of whatever the user writes.', messages: [{ role: 'user', content: text }] })
        .withResponse();
      return response.headers.get('x-cache-status');
    };
    expect(await create('Please close the door.')).toBe('MISS');
    expect(await create('Close the door.')).toBe('MISS');
  });

  it('Responses API: a slug generator in `instructions`', async () => {
    const client = proxy.client({ apiKey: `sk-tasks-${tag()}` });
    const create = async (input: string) => {
      const { response } = await client.responses.create({ model: 'gpt-4o-mini', input, store: false, instructions: 'Generate a URL slug for the given title.' }).withResponse();
      return response.headers.get('x-cache-status');
    };
    expect(await create('The colour of the sky')).toBe('MISS');
    expect(await create('The color of the sky')).toBe('MISS');
  });

  it('chat completions: the task set in the bot\'s opening turn, two assistant turns back', async () => {
    const client = proxy.client({ apiKey: `sk-tasks-${tag()}` });
    const opening: OpenAI.Chat.ChatCompletionMessageParam[] = [
      { role: 'assistant', content: "Hi! I'm TranslateBot. Type anything in English and I'll translate it into Spanish." },
      { role: 'user', content: 'Good morning' },
      { role: 'assistant', content: 'Buenos días' },
    ];
    expect((await chat(client, [...opening, { role: 'user', content: 'Thanks! See you tomorrow.' }]))[0]).toBe('MISS');
    expect((await chat(client, [...opening, { role: 'user', content: 'See you tomorrow.' }]))[0]).toBe('MISS');
  });

  it('chat completions: a table aligned with spaces, a value moved to another column', async () => {
    const client = proxy.client({ apiKey: `sk-tasks-${tag()}` });
    const report = (northwind: number, contoso: number) =>
      `Delivery report, Q3.\nSupplier          On time   Late\nNorthwind${' '.repeat(northwind)}14\nContoso${' '.repeat(contoso)}9\nWhich supplier delivered late most often this quarter?`;
    expect((await chat(client, [{ role: 'user', content: report(9, 21) }]))[0]).toBe('MISS');
    expect((await chat(client, [{ role: 'user', content: report(19, 11) }]))[0]).toBe('MISS');
    expect(await chat(client, [{ role: 'user', content: report(9, 21) }])).toEqual(['HIT', 'exact']);
  });
});
