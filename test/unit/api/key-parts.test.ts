import { describe, expect, it } from 'vitest';
import { messagesKeyParts } from '../../../src/api/anthropic-messages/messages-key-parts.ts';
import { requestKey } from '../../../src/api/openai-chat/chat-key-parts.ts';
import { responsesKeyParts } from '../../../src/api/openai-responses/responses-key-parts.ts';
import { keyOf } from '../../../src/cache/request-key.ts';
import { buildConfig } from '../../../src/config/load-config.ts';

const scope = { tenant: 't', route: 'default' };
const noHeaders = () => undefined;

describe('Responses API key parts', () => {
  const key = (body: Record<string, unknown>) => keyOf(responsesKeyParts({ model: 'gpt-4o-mini', ...body }), scope);

  it('embeds the last user input; a string input and a one-message list of input_text parts are the same request', () => {
    const plain = key({ input: 'What is the capital of France?' });
    expect(plain.text).toBe('What is the capital of France?');
    expect(key({ input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'What is the capital of France?' }] }] }).id).toBe(plain.id);
    expect(key({ input: 'What is the capital of Spain?' }).partition).toBe(plain.partition);
  });

  it('keeps instructions, earlier items, tools, text format, reasoning and previous_response_id in the partition, not store or metadata', () => {
    const base = key({ input: 'Hi there' });
    for (const extra of [{ instructions: 'Be terse.' }, { tools: [{ type: 'function', name: 'f' }] }, { text: { format: { type: 'json_object' } } }, { reasoning: { effort: 'low' } }, { previous_response_id: 'resp_1' }, { prompt: { id: 'p', version: '2' } }, { max_output_tokens: 5 }]) {
      expect(key({ input: 'Hi there', ...extra }).partition).not.toBe(base.partition);
    }
    expect(key({ input: [{ role: 'user', content: 'Earlier' }, { role: 'user', content: 'Hi there' }] }).partition).not.toBe(base.partition);
    expect(key({ input: 'Hi there', store: false, metadata: { a: '1' }, stream: true, user: 'u' }).id).toBe(base.id);
    expect(key({ input: [{ role: 'developer', content: 'Rules' }, { role: 'user', content: 'Hi there' }] }).id).toBe(key({ input: [{ role: 'system', content: 'Rules' }, { role: 'user', content: 'Hi there' }] }).id);
  });

  it('leaves only the exact tier when an earlier item holds words it cannot read: a reference, an id alone, a system or developer file (a review, session 56)', () => {
    const last = { role: 'user', content: 'See you tomorrow.' };
    expect(key({ input: [last] }).text).toBe('See you tomorrow.');
    expect(key({ input: [{ type: 'item_reference', id: 'msg_setup_translator' }, last] }).text).toBeUndefined();
    expect(key({ input: [{ role: 'user', content: 'Translate what I send.' }, { id: 'msg_0a1b2c' }, last] }).text).toBeUndefined();
    expect(key({ input: [{ role: 'developer', content: [{ type: 'input_file', file_id: 'file-style-guide' }] }, last] }).text).toBeUndefined();
    expect(key({ input: [{ role: 'developer', content: [{ type: 'input_text', text: 'Follow the attached guide.' }, { type: 'input_file', file_id: 'file-guide' }] }, last] }).text).toBeUndefined();
    // Encrypted earlier items (session 57): a compaction item stands for the turns it replaced, which may have set a
    // task on what follows ("translate everything I send"); a reasoning item's encrypted content is unread too.
    expect(key({ input: [{ type: 'compaction', encrypted_content: 'gAAAAB…' }, last] }).text).toBeUndefined();
    expect(key({ input: [{ type: 'compaction', id: 'cmp_1', encrypted_content: 'gAAAAB…' }, last] }).text).toBeUndefined();
    expect(key({ input: [{ role: 'user', content: 'Hi' }, { type: 'reasoning', summary: [], encrypted_content: 'gAAAAB…' }, { role: 'assistant', content: 'Hello!' }, last] }).text).toBeUndefined();
    // A reasoning item of its summary alone is read as before.
    expect(key({ input: [{ role: 'user', content: 'Hi' }, { type: 'reasoning', summary: [] }, { role: 'assistant', content: 'Hello!' }, last] }).text).toBe('See you tomorrow.');
    // Readable earlier items keep the semantic tier: a system message of text, an assistant's output_text.
    expect(key({ input: [{ role: 'developer', content: [{ type: 'input_text', text: 'Be terse.' }] }, last] }).text).toBe('See you tomorrow.');
    expect(key({ input: [{ role: 'assistant', content: [{ type: 'output_text', text: 'Hello!' }] }, last] }).text).toBe('See you tomorrow.');
  });

  it('leaves only the exact tier when the last item is not a user text message', () => {
    expect(key({ input: [{ type: 'function_call_output', call_id: 'c', output: '42' }] }).text).toBeUndefined();
    expect(key({ input: [{ role: 'user', content: [{ type: 'input_image', image_url: 'https://x/y.png' }] }] }).text).toBeUndefined();
  });

  it("takes as text only parts of the role's own type with nothing else in them (an output_text part from the user, a text part carrying an image, are not the text)", () => {
    const plain = key({ input: 'Describe the picture.', store: false });
    const asOutput = key({ input: [{ role: 'user', content: [{ type: 'output_text', text: 'Describe the picture.' }] }] });
    const withImage = key({ input: [{ role: 'user', content: [{ type: 'input_text', text: 'Describe the picture.', image_url: 'https://e.com/b.png' }] }] });
    for (const other of [asOutput, withImage]) {
      expect(other.text).toBeUndefined();
      expect(other.id).not.toBe(plain.id);
    }
    // An assistant's earlier output_text parts are its text, as a string would be.
    const history = (content: unknown) => key({ input: [{ role: 'assistant', content }, { role: 'user', content: 'And then?' }] });
    expect(history([{ type: 'output_text', text: 'Once upon a time.' }]).id).toBe(history('Once upon a time.').id);
  });
});

describe('Anthropic Messages key parts', () => {
  const key = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    keyOf(messagesKeyParts({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'Hi there' }], ...body }, 'last-user', (name) => headers[name]), scope);

  it('puts the anthropic-version and anthropic-beta headers, system, thinking and max_tokens in the partition', () => {
    const base = key({});
    expect(base.text).toBe('Hi there');
    expect(key({}, { 'anthropic-version': '2023-06-01' }).partition).not.toBe(base.partition);
    expect(key({}, { 'anthropic-beta': 'x' }).partition).not.toBe(base.partition);
    expect(key({ system: 'S' }).partition).not.toBe(base.partition);
    expect(key({ thinking: { type: 'enabled', budget_tokens: 1024 } }).partition).not.toBe(base.partition);
    expect(key({ max_tokens: 101 }).partition).not.toBe(base.partition);
    expect(key({ system: [{ type: 'text', text: 'S' }] }).id).toBe(key({ system: 'S' }).id);
    expect(key({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi there' }] }] }).id).toBe(base.id);
    expect(key({ metadata: { user_id: 'u' }, stream: true }).id).toBe(base.id);
  });

  it('leaves a valid request-level cache_control out, and reads anthropic-beta as a set of features', () => {
    const base = key({});
    expect(key({ cache_control: { type: 'ephemeral' } }).id).toBe(base.id);
    expect(key({ cache_control: { type: 'ephemeral', ttl: '1h' } }).id).toBe(base.id);
    expect(key({ cache_control: { type: 'persistent' } }).id).not.toBe(base.id);
    expect(key({}, { 'anthropic-beta': 'a,b' }).partition).toBe(key({}, { 'anthropic-beta': 'b, a' }).partition);
    expect(key({}, { 'anthropic-beta': 'a,b' }).partition).not.toBe(key({}, { 'anthropic-beta': 'a' }).partition);
  });

  it('keeps which embedded turn an unknown field belongs to', () => {
    const turns = (first: object, last: object) =>
      keyOf(messagesKeyParts({ model: 'm', max_tokens: 9, messages: [{ role: 'user', content: 'a', ...first }, { role: 'assistant', content: 'b' }, { role: 'user', content: 'c', ...last }] } as never, { lastTurns: 3 }, () => undefined), scope);
    expect(turns({ x: 1 }, {}).id).not.toBe(turns({}, { x: 1 }).id);
    expect(turns({}, {}).partition).toBe(keyOf(messagesKeyParts({ model: 'm', max_tokens: 9, messages: [{ role: 'user', content: 'c' }] }, { lastTurns: 3 }, () => undefined), scope).partition);
  });

  it("leaves a tool's eager_input_streaming and valid cache_control out of the partition, and keeps the tool", () => {
    const weather = { name: 'weather', input_schema: { type: 'object' } };
    const plain = key({ tools: [weather] });
    expect(key({ tools: [{ ...weather, eager_input_streaming: true }] }).id).toBe(plain.id);
    expect(key({ tools: [{ ...weather, eager_input_streaming: false, cache_control: { type: 'ephemeral' } }] }).id).toBe(plain.id);
    expect(key({ tools: [{ ...weather, eager_input_streaming: 'yes' }] }).id).not.toBe(plain.id);
    expect(key({ tools: [{ ...weather, name: 'forecast', eager_input_streaming: true }] }).id).not.toBe(plain.id);
  });
});

describe('the shared text: instructions and earlier turns the embedded text is read in (RequestKey.shared, session 57)', () => {
  const CONTEXT = 'Tickets: kids 3-12 $8, a child under 3 free.';
  it('is the system prompt and the earlier turns as typed, in no digest, for each API', () => {
    const chat = (messages: Array<{ role: string; content: string }>) => requestKey({ model: 'gpt-4o-mini', messages } as never, scope, 'last-user');
    const withContext = chat([{ role: 'system', content: CONTEXT }, { role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello!' }, { role: 'user', content: 'How much is a kid ticket?' }]);
    expect(withContext.shared).toBe(`${CONTEXT}\nHi\nHello!`);
    expect(chat([{ role: 'user', content: 'How much is a kid ticket?' }]).shared).toBeUndefined();
    const responses = keyOf(responsesKeyParts({ model: 'gpt-4o-mini', instructions: CONTEXT, input: 'How much is a kid ticket?' }), scope);
    expect(responses.shared).toBe(CONTEXT);
    const messages = keyOf(messagesKeyParts({ model: 'claude-sonnet-4-5', max_tokens: 9, system: [{ type: 'text', text: CONTEXT }], messages: [{ role: 'user', content: 'How much is a kid ticket?' }] }, 'last-user', () => undefined), scope);
    expect(messages.shared).toBe(CONTEXT);
    // Not in the exact id: the partition holds it already.
    const parts = responsesKeyParts({ model: 'gpt-4o-mini', instructions: CONTEXT, input: 'x' });
    expect(parts.shared).toBe(CONTEXT);
    expect(keyOf(parts, scope).id).toBe(keyOf({ ...parts, shared: undefined }, scope).id);
  });

  it("holds what tools returned: a chat tool message, a Responses function call's output, an Anthropic tool_result", () => {
    const chat = requestKey({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Prices?' }, { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'prices', arguments: '{}' } }] }, { role: 'tool', tool_call_id: 'c1', content: CONTEXT }, { role: 'user', content: 'How much is a kid ticket?' }] } as never, scope, 'last-user');
    expect(chat.shared).toContain(CONTEXT);
    const responses = keyOf(responsesKeyParts({ model: 'gpt-4o-mini', input: [{ type: 'function_call', call_id: 'c1', name: 'prices', arguments: '{}' }, { type: 'function_call_output', call_id: 'c1', output: CONTEXT }, { role: 'user', content: 'How much is a kid ticket?' }] }), scope);
    expect(responses.shared).toBe(CONTEXT);
    const messages = keyOf(messagesKeyParts({ model: 'claude-sonnet-4-5', max_tokens: 9, messages: [{ role: 'user', content: 'Prices?' }, { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'prices', input: {} }] }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: CONTEXT }] }, { role: 'assistant', content: 'Here they are.' }, { role: 'user', content: 'How much is a kid ticket?' }] } as never, 'last-user', () => undefined), scope);
    expect(messages.shared).toContain(CONTEXT);
  });

  it('holds retrieved text: Anthropic document and search_result blocks, Responses MCP and file search outputs (a review, session 57)', () => {
    const messages = keyOf(messagesKeyParts({ model: 'claude-sonnet-4-5', max_tokens: 9, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: CONTEXT } }, { type: 'search_result', source: 'https://x', title: 'Prices', content: [{ type: 'text', text: 'Adults $14' }] }, { type: 'text', text: 'Read these.' }] }, { role: 'assistant', content: 'Done.' }, { role: 'user', content: 'How much is a kid ticket?' }] } as never, 'last-user', () => undefined), scope);
    expect(messages.shared).toContain(CONTEXT);
    expect(messages.shared).toContain('Adults $14');
    const responses = keyOf(responsesKeyParts({ model: 'gpt-4o-mini', input: [{ type: 'mcp_call', id: 'mcp_1', name: 'prices', arguments: '{}', output: CONTEXT }, { type: 'file_search_call', id: 'fs_1', queries: ['prices'], results: [{ file_id: 'f', text: 'Adults $14' }] }, { role: 'user', content: 'How much is a kid ticket?' }] }), scope);
    expect(responses.shared).toContain(CONTEXT);
    expect(responses.shared).toContain('Adults $14');
    // Not a base64 document's bytes.
    const pdf = keyOf(messagesKeyParts({ model: 'claude-sonnet-4-5', max_tokens: 9, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0xLjQK' } }, { type: 'text', text: 'Read it.' }] }, { role: 'assistant', content: 'Done.' }, { role: 'user', content: 'Summarise it.' }] } as never, 'last-user', () => undefined), scope);
    expect(pdf.shared ?? '').not.toContain('JVBERi0xLjQK');
  });

  it('is what stays in the partition: not the turns embedded with lastTurns (a review, session 57)', () => {
    const messages = [{ role: 'system', content: CONTEXT }, { role: 'user', content: 'I raise goats.' }, { role: 'assistant', content: 'Nice!' }, { role: 'user', content: 'How much milk does a kid need?' }];
    const key = requestKey({ model: 'gpt-4o-mini', messages } as never, scope, { lastTurns: 3 });
    expect(key.shared).toBe(CONTEXT);
    const anthropic = keyOf(messagesKeyParts({ model: 'claude-sonnet-4-5', max_tokens: 9, system: CONTEXT, messages: messages.slice(1) } as never, { lastTurns: 3 }, () => undefined), scope);
    expect(anthropic.shared).toBe(CONTEXT);
  });

  it('is absent where only the exact tier applies (no embedded text)', () => {
    const key = keyOf(responsesKeyParts({ model: 'gpt-4o-mini', instructions: CONTEXT, input: [{ role: 'user', content: [{ type: 'input_image', image_url: 'https://x/y.png' }] }] }), scope);
    expect(key.text).toBeUndefined();
    expect(key.shared).toBeUndefined();
  });
});

describe('the API shape', () => {
  it('is part of the partition: the same prompt in two APIs never shares an entry', () => {
    const same = { partitionBody: { model: 'm' }, text: 'Hi' };
    const chat = keyOf({ api: 'openai-chat', ...same }, scope);
    const responses = keyOf({ api: 'openai-responses', ...same }, scope);
    expect(keyOf({ api: 'openai-chat', ...same }, scope)).toEqual(chat);
    expect(chat.partition).not.toBe(responses.partition);
  });
});

describe('route upstream configuration', () => {
  it('accepts an Anthropic upstream per route and rejects an unknown protocol', () => {
    const config = buildConfig({ routes: [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl: 'https://api.anthropic.com/v1/', api: 'anthropic' } }] }, {});
    expect(config.routes[0]).toMatchObject({ name: 'claude', upstreamApi: 'anthropic', upstreamBaseUrl: 'https://api.anthropic.com/v1' });
    expect(config.routes[1]).toMatchObject({ name: 'default', upstreamApi: 'openai', upstreamBaseUrl: undefined });
    expect(() => buildConfig({ routes: [{ name: 'x', match: { pathPrefix: '/x' }, upstream: { baseUrl: 'https://h/v1', api: 'gemini' } }] }, {})).toThrow(/upstream\.api/);
  });
});

describe('text parts: their boundaries are the partition\'s (a red team at the proxy, session 58)', () => {
  // Joined by "\n" for the text, as no upstream is bound to: ["…: ab", "cd"] may ask to reverse "abcd".
  const split = [{ type: 'text', text: 'Reverse this string exactly: ab' }, { type: 'text', text: 'cd' }];
  const joined = 'Reverse this string exactly: ab\ncd';

  it('keeps several parts apart from one string holding their text, in chat completions', () => {
    const parts = requestKey({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: split }] } as never, scope, 'last-user');
    const string = requestKey({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: joined }] } as never, scope, 'last-user');
    const onePart = requestKey({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: [{ type: 'text', text: joined }] }] } as never, scope, 'last-user');
    expect(parts.text).toBe(string.text);
    expect(parts.partition).not.toBe(string.partition);
    expect(parts.id).not.toBe(string.id);
    // One part is the string it holds.
    expect(onePart).toEqual(string);
  });

  it('keeps a near-duplicate question after the same document in one partition (the last part\'s length is not kept)', () => {
    const doc = { type: 'text', text: 'Our store is open 9am-5pm Monday to Friday and 10am-2pm on Saturday.' };
    const ask = (question: string) => requestKey({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: [doc, { type: 'text', text: question }] }] } as never, scope, 'last-user');
    expect(ask('What time do you open on Saturday?').partition).toBe(ask('What time do you open on Saturday').partition);
    expect(ask('What time do you open on Saturday?').id).toBe(ask('What time do you open on Saturday?\n').id);
  });

  it('does so in the Responses API and in Anthropic messages and system blocks', () => {
    const responses = (content: unknown) => keyOf(responsesKeyParts({ model: 'gpt-4o-mini', input: [{ role: 'user', content }] } as never), scope);
    expect(responses(split.map((part) => ({ ...part, type: 'input_text' }))).id).not.toBe(responses(joined).id);
    const messages = (system: unknown, content: unknown) => keyOf(messagesKeyParts({ model: 'claude-sonnet-4-5', max_tokens: 9, system, messages: [{ role: 'user', content }] } as never, 'last-user', noHeaders), scope);
    expect(messages('Be brief.', split).id).not.toBe(messages('Be brief.', joined).id);
    expect(messages([{ type: 'text', text: 'The secret word is straw' }, { type: 'text', text: 'berry. Reply with it.' }], 'Go').partition).not.toBe(messages('The secret word is straw\nberry. Reply with it.', 'Go').partition);
    expect(messages([{ type: 'text', text: 'Be brief.' }], 'Go')).toEqual(messages('Be brief.', 'Go'));
  });
});
