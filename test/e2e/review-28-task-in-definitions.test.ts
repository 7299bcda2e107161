import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';

/**
 * Session 28, a hostile tester's finding: a structured-output or tool-based app often states its task only in the
 * output schema or a tool's definition ("Translate the user's message into French" as a JSON schema's
 * description), with no system prompt. The check that keeps such requests on the exact tier read system prompts,
 * `instructions` and earlier turns only, so "See you tomorrow." was served the translation of "Thanks! See you
 * tomorrow." (semantic hit, similarity 0.88–0.93). Schemas and tool definitions are read now; one that sets no such
 * task keeps its semantic hits.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, { routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: upstream.baseUrl, api: 'anthropic' }, cacheToolCalls: true }] });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

let unique = 0;
const tag = () => `${++unique}${Math.random().toString(36).slice(2, 6)}`;

const translation = (name: string): OpenAI.ResponseFormatJSONSchema => ({
  type: 'json_schema',
  json_schema: {
    name,
    strict: true,
    schema: { type: 'object', description: "Translate the user's message into French, keeping its tone.", properties: { french: { type: 'string' } }, required: ['french'], additionalProperties: false },
  },
});

async function chat(client: OpenAI, content: string, extra: Partial<OpenAI.Chat.ChatCompletionCreateParamsNonStreaming>) {
  const { response } = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], ...extra }).withResponse();
  return [response.headers.get('x-cache-status'), response.headers.get('x-cache-match')];
}

describe('a task stated only in a structured-output schema or a tool definition', () => {
  it('chat completions: a response_format schema that translates the user message is answered from the exact tier only', async () => {
    const client = proxy.client({ apiKey: `sk-defs-${tag()}` });
    const extra = { response_format: translation('french_translation') };
    expect(await chat(client, 'Thanks! See you tomorrow.', extra)).toEqual(['MISS', null]);
    expect((await chat(client, 'See you tomorrow.', extra))[0]).toBe('MISS');
    expect(await chat(client, 'Thanks! See you tomorrow.', extra)).toEqual(['HIT', 'exact']);
  });

  it('chat completions: a tool named for the task (translate_text), with no description, is read too', async () => {
    const client = proxy.client({ apiKey: `sk-defs-${tag()}` });
    const extra = { tools: [{ type: 'function' as const, function: { name: 'translate_text', parameters: { type: 'object', properties: { text: { type: 'string' } } } } }] };
    expect((await chat(client, 'Hi, can you help me?', extra))[0]).toBe('MISS');
    expect((await chat(client, 'Can you help me?', extra))[0]).toBe('MISS');
  });

  it('chat completions: a schema that sets no task on the text keeps its semantic hits', async () => {
    const client = proxy.client({ apiKey: `sk-defs-${tag()}` });
    const extra = {
      response_format: {
        type: 'json_schema' as const,
        json_schema: { name: 'answer', strict: true, schema: { type: 'object', description: 'The answer to the question asked, with a confidence.', properties: { answer: { type: 'string' }, confidence: { type: 'number' } }, required: ['answer', 'confidence'], additionalProperties: false } },
      },
    };
    expect((await chat(client, 'How do I reset my password?', extra))[0]).toBe('MISS');
    expect(await chat(client, 'How can I reset my password?', extra)).toEqual(['HIT', 'semantic']);
  });

  it('Responses API: a text.format schema that translates the input is answered from the exact tier only', async () => {
    const client = proxy.client({ apiKey: `sk-defs-${tag()}` });
    const create = async (input: string) => {
      const { response } = await client.responses
        .create({ model: 'gpt-4o-mini', input, store: false, text: { format: { type: 'json_schema', name: 'FrenchTranslation', strict: true, schema: { type: 'object', properties: { french: { type: 'string', description: "The user's message translated into French" } }, required: ['french'], additionalProperties: false } } } })
        .withResponse();
      return [response.headers.get('x-cache-status'), response.headers.get('x-cache-match')];
    };
    expect(await create('Please send me the report.')).toEqual(['MISS', null]);
    expect((await create('Send me the report.'))[0]).toBe('MISS');
    expect(await create('Please send me the report.')).toEqual(['HIT', 'exact']);
  });

  it('Anthropic Messages: a forced tool that corrects the text is answered from the exact tier only', async () => {
    const client = new Anthropic({ apiKey: `sk-ant-defs-${tag()}`, baseURL: `${proxy.origin}/claude`, maxRetries: 0 });
    const create = async (text: string) => {
      const { response } = await client.messages
        .create({
          model: 'claude-sonnet-4-5',
          max_tokens: 64,
          tools: [{ name: 'record_correction', description: 'Correct the spelling and grammar of the user message and record the result.', input_schema: { type: 'object', properties: { corrected: { type: 'string' } } } }],
          tool_choice: { type: 'tool', name: 'record_correction' },
          messages: [{ role: 'user', content: text }],
        })
        .withResponse();
      return response.headers.get('x-cache-status');
    };
    expect(await create('Can you send me the the report?')).toBe('MISS');
    expect(await create('Can you send me the report?')).toBe('MISS');
  });
});
