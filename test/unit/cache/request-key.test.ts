import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../src/cache/chat-types.ts';
import { requestKey } from '../../../src/api/openai-chat/chat-key-parts.ts';

const scope = { tenant: 't1', route: 'default' };
const base: ChatRequest = {
  model: 'gpt-4o-mini',
  temperature: 0,
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'What is the capital of France?' },
  ],
};
const key = (request: ChatRequest, overrides: Partial<typeof scope> & { namespace?: string } = {}) => requestKey(request, { ...scope, ...overrides }, 'last-user');

describe('requestKey', () => {
  it('embeds the last user message, normalised only by NFC, CRLF to LF and trimmed ends', () => {
    const request = { ...base, messages: [{ role: 'user', content: '  What is\r\n\r\n2+2?  ' }] };
    expect(key(request).text).toBe('What is\n\n2+2?');
    const code = { ...base, messages: [{ role: 'user', content: "def f():\n    return 'a  b'" }] };
    expect(key(code).text).toBe("def f():\n    return 'a  b'");
    expect(key({ ...base, messages: [{ role: 'user', content: 'Cafe\u0301' }] }).text).toBe('Café');
    // CRLF only: a lone CR is another character.
    expect(key({ ...base, messages: [{ role: 'user', content: 'Split this:\na\rb' }] }).text).toBe('Split this:\na\rb');
  });

  it('takes as text only text parts with nothing else in them: a part carrying an image is not its text', () => {
    const plain = key({ ...base, messages: [{ role: 'user', content: [{ type: 'text', text: 'Describe the picture.' }] }] });
    expect(plain.text).toBe('Describe the picture.');
    const carrying = key({ ...base, messages: [{ role: 'user', content: [{ type: 'text', text: 'Describe the picture.', image_url: { url: 'https://e.com/b.png' } }] }] } as ChatRequest);
    expect(carrying.text).toBeUndefined();
    expect(carrying.id).not.toBe(plain.id);
  });

  it('with placement partition, prefixes the id with the partition\'s tag and leaves the partition and digest alone', () => {
    const spread = key(base);
    const placed = requestKey(base, scope, 'last-user', 'partition');
    expect(spread.placement).toBeUndefined();
    expect(spread.id).toMatch(/^[0-9a-f]{32}$/);
    expect(placed).toEqual({ partition: spread.partition, text: spread.text, id: `${spread.partition.slice(0, 8)}-${spread.id}`, placement: 'partition', shared: spread.shared });
    const other = requestKey({ ...base, messages: [base.messages[0]!, { role: 'user', content: 'And of Spain?' }] }, scope, 'last-user', 'partition');
    expect(other.id.slice(0, 9)).toBe(placed.id.slice(0, 9));
  });

  it('keeps the embedded text out of the partition but in the exact id', () => {
    const other = { ...base, messages: [base.messages[0]!, { role: 'user', content: 'What is the capital of Spain?' }] };
    expect(key(other).partition).toBe(key(base).partition);
    expect(key(other).id).not.toBe(key(base).id);
  });

  it.each([
    ['model', { model: 'gpt-4o' }],
    ['temperature', { temperature: 0.7 }],
    ['top_p', { top_p: 0.5 }],
    ['tools', { tools: [{ type: 'function', function: { name: 'f', parameters: {} } }] }],
    ['tool_choice', { tool_choice: 'none' }],
    ['response_format', { response_format: { type: 'json_object' } }],
    ['reasoning_effort', { reasoning_effort: 'high' }],
    ['an unknown new field', { frobnicate: true }],
    ['max_tokens', { max_tokens: 10 }],
  ])('puts %s in the partition', (_name, change) => {
    expect(key({ ...base, ...change }).partition).not.toBe(key(base).partition);
  });

  it('puts the system prompt and earlier turns in the partition', () => {
    const otherSystem = { ...base, messages: [{ role: 'system', content: 'You are verbose.' }, base.messages[1]!] };
    const longer = { ...base, messages: [base.messages[0]!, { role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }, base.messages[1]!] };
    expect(key(otherSystem).partition).not.toBe(key(base).partition);
    expect(key(longer).partition).not.toBe(key(base).partition);
  });

  it('puts tenant, route and namespace in the partition', () => {
    expect(key(base, { tenant: 't2' }).partition).not.toBe(key(base).partition);
    expect(key(base, { route: 'support' }).partition).not.toBe(key(base).partition);
    expect(key(base, { namespace: 'v2' }).partition).not.toBe(key(base).partition);
  });

  it.each([
    ['stream', { stream: true }],
    ['stream_options', { stream_options: { include_usage: true } }],
    ['user', { user: 'someone' }],
    ['metadata', { metadata: { a: '1' } }],
    ['store', { store: true }],
    ['service_tier', { service_tier: 'flex' }],
    ['safety_identifier', { safety_identifier: 'x' }],
    ['prompt_cache_key', { prompt_cache_key: 'k' }],
    ['prompt_cache_retention', { prompt_cache_retention: '24h' }],
  ])('ignores %s', (_name, change) => {
    expect(key({ ...base, ...change }).id).toBe(key(base).id);
  });

  // A hostile tester at the proxy (session 40): LiteLLM routes on the body's `metadata.tags` as on its header.
  it('puts metadata.tags in the partition, and nothing else of the metadata', () => {
    expect(key({ ...base, metadata: { tags: ['paid'] } }).partition).not.toBe(key({ ...base, metadata: { tags: ['free'] } }).partition);
    expect(key({ ...base, metadata: { tags: ['paid'] } }).partition).not.toBe(key(base).partition);
    expect(key({ ...base, metadata: { tags: ['paid'], trace: 'a' } }).id).toBe(key({ ...base, metadata: { tags: ['paid'], trace: 'b' } }).id);
    expect(key({ ...base, metadata: { tags: ['eu', 'paid'] } }).id).toBe(key({ ...base, metadata: { tags: ['paid', 'eu'] } }).id);
  });

  it('keys metadata.tags of other shapes as sent: a string, a mixed array, null, a repeated tag', () => {
    const partition = (tags: unknown) => key({ ...base, metadata: { tags } } as ChatRequest).partition;
    expect(partition('paid')).not.toBe(partition('free'));
    expect(partition('paid')).not.toBe(partition(['paid']));
    expect(partition(['paid', 1])).not.toBe(partition(['paid', 2]));
    expect(partition(['paid', 1])).not.toBe(partition(['paid']));
    expect(partition(null)).not.toBe(partition(['paid']));
    expect(partition(['paid', 'paid'])).toBe(partition(['paid']));
    expect(key({ ...base, metadata: ['paid'] } as unknown as ChatRequest).id).toBe(key(base).id);
  });

  it('treats equivalent spellings as the same request', () => {
    const reordered: ChatRequest = { messages: base.messages, temperature: 0, model: 'gpt-4o-mini' };
    const developer = { ...base, messages: [{ role: 'developer', content: 'You are terse.' }, base.messages[1]!] };
    const parts = { ...base, messages: [{ role: 'system', content: [{ type: 'text', text: 'You are terse.' }] }, { role: 'user', content: [{ type: 'text', text: 'What is the capital of France?' }] }] };
    expect(key(reordered).id).toBe(key(base).id);
    expect(key(developer).id).toBe(key(base).id);
    expect(key(parts).id).toBe(key(base).id);
    expect(key({ ...base, max_tokens: 50 }).id).toBe(key({ ...base, max_completion_tokens: 50 }).id);
  });

  it('gives texts that differ only in unpaired surrogates different digests (UTF-8 would make both U+FFFD)', () => {
    const ask = (content: string) => key({ ...base, messages: [{ role: 'user', content }] });
    expect(ask('sur \ud800 probe').id).not.toBe(ask('sur \udfff probe').id);
    expect(ask('sur \ud800 probe').id).not.toBe(ask('sur \ufffd probe').id);
    expect(ask('sur \ud83d\ude00 probe').id).toBe(ask('sur \u{1F600} probe').id);
  });

  it('keeps both max_tokens and max_completion_tokens in the partition when a request sends both', () => {
    const both = key({ ...base, max_tokens: 10, max_completion_tokens: 1000 });
    expect(both.partition).not.toBe(key({ ...base, max_completion_tokens: 1000 }).partition);
    expect(both.partition).not.toBe(key({ ...base, max_tokens: 10 }).partition);
  });

  it("keeps the embedded message's other fields in the partition", () => {
    const alice = { ...base, messages: [{ role: 'user', name: 'alice', content: 'What is my name?' }] };
    const bob = { ...base, messages: [{ role: 'user', name: 'bob', content: 'What is my name?' }] };
    expect(key(alice).text).toBe(key(bob).text);
    expect(key(alice).partition).not.toBe(key(bob).partition);
    expect(key(alice).id).not.toBe(key(bob).id);
  });

  it('has no embedded text when the last message is not a user message or has non-text parts', () => {
    const toolResult = { ...base, messages: [...base.messages, { role: 'assistant', content: null, tool_calls: [] }, { role: 'tool', tool_call_id: 'x', content: '42' }] };
    const image = { ...base, messages: [{ role: 'user', content: [{ type: 'text', text: 'what is this' }, { type: 'image_url', image_url: { url: 'data:,' } }] }] };
    expect(key(toolResult).text).toBeUndefined();
    expect(key(image).text).toBeUndefined();
    const otherImage = { ...base, messages: [{ role: 'user', content: [{ type: 'text', text: 'what is this' }, { type: 'image_url', image_url: { url: 'data:,x' } }] }] };
    expect(key(otherImage).id).not.toBe(key(image).id);
  });

  it('embeds the last N turns when asked, and takes them out of the partition', () => {
    const conversation: ChatRequest = {
      model: 'm',
      messages: [
        { role: 'system', content: 's' },
        { role: 'user', content: 'Tell me about Paris' },
        { role: 'assistant', content: 'Paris is the capital of France.' },
        { role: 'user', content: 'How big is it?' },
      ],
    };
    const turns = requestKey(conversation, scope, { lastTurns: 3 });
    expect(turns.text).toBe('user: Tell me about Paris\nassistant: Paris is the capital of France.\nuser: How big is it?');
    const shorter = requestKey({ ...conversation, messages: [conversation.messages[0]!, conversation.messages[3]!] }, scope, { lastTurns: 3 });
    expect(shorter.partition).toBe(turns.partition);
  });

  it('keeps which embedded turn a field like name belongs to', () => {
    // Found by a partition audit: with several turns embedded, a name on the first turn and on the last left the
    // same residue, so the two requests shared an exact key.
    const onFirst: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'a', name: 'bob' }, { role: 'assistant', content: 'b' }, { role: 'user', content: 'c' }] };
    const onLast: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }, { role: 'user', content: 'c', name: 'bob' }] };
    const onAssistant: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b', name: 'bob' }, { role: 'user', content: 'c' }] };
    const keys = [onFirst, onLast, onAssistant].map((request) => requestKey(request, scope, { lastTurns: 3 }));
    expect(new Set(keys.map((one) => one.partition)).size).toBe(3);
    expect(new Set(keys.map((one) => one.id)).size).toBe(3);
  });

  it('never gives a user message without content the key of one with empty content', () => {
    const empty: ChatRequest = { model: 'm', messages: [{ role: 'system', content: 's' }, { role: 'user', content: '' }] };
    const missing = { model: 'm', messages: [{ role: 'system', content: 's' }, { role: 'user' }] } as unknown as ChatRequest;
    expect(requestKey(missing, scope, 'last-user').id).not.toBe(requestKey(empty, scope, 'last-user').id);
  });

  it('never gives turns written inside one message the key of real turns', () => {
    const real: ChatRequest = {
      model: 'm',
      messages: [
        { role: 'user', content: 'Is 17 prime?' },
        { role: 'assistant', content: 'No.' },
        { role: 'user', content: 'Are you sure?' },
      ],
    };
    const faked: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'Is 17 prime?\nassistant: No.\nuser: Are you sure?' }] };
    // The same turns, their text split at other places.
    const shifted: ChatRequest = {
      model: 'm',
      messages: [
        { role: 'user', content: 'Is 17 prime?\nassistant: No.' },
        { role: 'assistant', content: 'Maybe.' },
        { role: 'user', content: 'Are you sure?' },
      ],
    };
    const moved: ChatRequest = {
      model: 'm',
      messages: [
        { role: 'user', content: 'Is 17 prime?' },
        { role: 'assistant', content: 'No.\nassistant: Maybe.' },
        { role: 'user', content: 'Are you sure?' },
      ],
    };
    const keys = [real, faked, shifted, moved].map((request) => requestKey(request, scope, { lastTurns: 3 }));
    expect(new Set(keys.map((one) => one.id)).size).toBe(4);
    expect(new Set(keys.map((one) => one.text)).size).toBe(4);
    expect(keys[1]!.text).toBe('user: Is 17 prime?\n assistant: No.\n user: Are you sure?');
  });
});

// Session 26, a hostile helper: keys were sorted at every depth, so a JSON Schema whose properties came in another
// order (`answer` before `reasoning`) shared an entry, though structured outputs generate the fields in schema order.
describe('requestKey and the order of a JSON Schema\'s properties', () => {
  const schema = (properties: Record<string, unknown>) =>
    ({ ...base, response_format: { type: 'json_schema', json_schema: { name: 'x', strict: true, schema: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false } } } }) as ChatRequest;
  it('tells schemas apart by the order of their properties', () => {
    const reasoningFirst = key(schema({ reasoning: { type: 'string' }, answer: { type: 'boolean' } }));
    const answerFirst = key(schema({ answer: { type: 'boolean' }, reasoning: { type: 'string' } }));
    expect(answerFirst.partition).not.toBe(reasoningFirst.partition);
  });
  it('still ignores the order of other keys, inside a property too', () => {
    const one = key(schema({ reasoning: { type: 'string', description: 'why' }, answer: { type: 'boolean' } }));
    const other = key({ ...schema({ reasoning: { description: 'why', type: 'string' }, answer: { type: 'boolean' } }), temperature: 0, model: 'gpt-4o-mini' } as ChatRequest);
    expect(other.partition).toBe(one.partition);
  });
});
