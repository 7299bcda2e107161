import { describe, expect, it } from 'vitest';
import type { ChatCompletion } from '../../../../src/cache/chat-types.ts';
import { isStorable } from '../../../../src/api/openai-chat/chat-storable.ts';

const completion = (finish: ChatCompletion['choices'][number]['finish_reason'], toolCalls = false): ChatCompletion => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1,
  model: 'gpt-4o-mini',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: toolCalls ? null : 'hi', ...(toolCalls ? { tool_calls: [{ id: 'call_0', type: 'function' as const, function: { name: 'f', arguments: '{}' } }] } : {}) },
      finish_reason: finish,
    },
  ],
});
const off = { cacheToolCalls: false, cacheTruncated: false };
const on = { cacheToolCalls: true, cacheTruncated: false };

describe('isStorable', () => {
  it('stores a plain answer that stopped, never a filtered or unfinished one', () => {
    expect(isStorable(completion('stop'), off)).toBe(true);
    expect(isStorable(completion('content_filter'), on)).toBe(false);
    expect(isStorable(completion(null), on)).toBe(false);
  });

  it('treats a forced function call (tool_calls with finish_reason stop) as a tool call', () => {
    expect(isStorable(completion('stop', true), off)).toBe(false);
    expect(isStorable(completion('stop', true), on)).toBe(true);
    expect(isStorable(completion('tool_calls', true), off)).toBe(false);
  });
});

describe('isStorable: only what a streamed replay can rebuild', () => {
  const withMessage = (message: unknown): ChatCompletion => ({ ...completion('stop'), choices: [{ index: 0, message, finish_reason: 'stop' }] } as unknown as ChatCompletion);

  it('refuses content as a list of parts, as a number, a custom tool call, arguments that are no string, a choice without a message', () => {
    expect(isStorable(withMessage({ role: 'assistant', content: [{ type: 'text', text: '4' }] }), off)).toBe(false);
    expect(isStorable(withMessage({ role: 'assistant', content: 42 }), off)).toBe(false);
    expect(isStorable(withMessage({ role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'custom', custom: { name: 'shell', input: 'ls' } }] }), on)).toBe(false);
    expect(isStorable(withMessage({ role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: {} } }] }), on)).toBe(false);
    expect(isStorable(withMessage(undefined), off)).toBe(false);
  });

  it('stores text, an empty answer, a refusal, a function call and the legacy function_call', () => {
    expect(isStorable(withMessage({ role: 'assistant', content: '' }), off)).toBe(true);
    expect(isStorable(withMessage({ role: 'assistant', content: 'Four.', refusal: null, annotations: [] }), off)).toBe(true);
    expect(isStorable(withMessage({ role: 'assistant', content: null, refusal: "I can't help with that." }), off)).toBe(true);
    expect(isStorable(withMessage({ role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } }] }), on)).toBe(true);
    expect(isStorable(withMessage({ role: 'assistant', content: null, function_call: { name: 'f', arguments: '{}' } }), on)).toBe(true);
  });
});

describe('isStorable: choices and calls a stream can address (a helper told to break the change)', () => {
  const withChoices = (choices: unknown[]): ChatCompletion => ({ ...completion('stop'), choices } as unknown as ChatCompletion);
  const message = (content: string) => ({ role: 'assistant', content });

  it('refuses two choices under one index (they stream as one "AB") and a negative index (the SDK throws)', () => {
    expect(isStorable(withChoices([{ index: 0, message: message('A'), finish_reason: 'stop' }, { index: 0, message: message('B'), finish_reason: 'stop' }]), off)).toBe(false);
    expect(isStorable(withChoices([{ index: -1, message: message('A'), finish_reason: 'stop' }]), off)).toBe(false);
    expect(isStorable(withChoices([{ index: 0, message: message('A'), finish_reason: 'stop' }, { index: 1, message: message('B'), finish_reason: 'stop' }]), off)).toBe(true);
  });

  it('refuses a tool call with an empty id or name (the SDK makes up an id, the assembler gives up)', () => {
    const call = (id: string, name: string) => withChoices([{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name, arguments: '{}' } }] }, finish_reason: 'tool_calls' }]);
    expect(isStorable(call('', 'f'), on)).toBe(false);
    expect(isStorable(call('call_1', ''), on)).toBe(false);
    expect(isStorable(call('call_1', 'f'), on)).toBe(true);
  });
});

describe('isStorable: an answer that carries an error (a hostile review, session 55)', () => {
  it('refuses a completion with an error beside its choices, and stores one whose error is null', () => {
    expect(isStorable({ ...completion('stop'), error: { message: 'upstream overloaded', type: 'server_error' } } as unknown as ChatCompletion, off)).toBe(false);
    expect(isStorable({ ...completion('stop'), error: null } as unknown as ChatCompletion, off)).toBe(true);
  });
});
