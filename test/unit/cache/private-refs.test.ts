import { describe, expect, it } from 'vitest';
import { referencesPrivateObjects } from '../../../src/cache/private-refs.ts';

describe('referencesPrivateObjects', () => {
  it('finds a previous response, a file, an item reference, a vector store and a reusable prompt anywhere in the body', () => {
    expect(referencesPrivateObjects({ previous_response_id: 'resp_1', input: 'x' })).toBe(true);
    expect(referencesPrivateObjects({ messages: [{ role: 'user', content: [{ type: 'file', file: { file_id: 'file-1' } }] }] })).toBe(true);
    expect(referencesPrivateObjects({ messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'file', file_id: 'file-1' } }] }] })).toBe(true);
    // A Gemini context cache, as OpenAI-compatible clients and Gemini's own shape send it (a hostile review, session 53).
    expect(referencesPrivateObjects({ model: 'gemini-2.5-flash', messages: [{ role: 'user', content: 'Summarise it' }], extra_body: { google: { cached_content: 'cachedContents/abc123' } } })).toBe(true);
    expect(referencesPrivateObjects({ contents: [{ role: 'user', parts: [{ text: 'Summarise it' }] }], cachedContent: 'cachedContents/abc123' })).toBe(true);
    expect(referencesPrivateObjects({ input: [{ type: 'item_reference', id: 'msg_1' }] })).toBe(true);
    // Encrypted reasoning passed back without its id, which only the organisation that received it can use (a hostile review, session 54).
    expect(referencesPrivateObjects({ store: false, input: [{ role: 'user', content: 'Pick a number.' }, { type: 'reasoning', summary: [], encrypted_content: 'gAAAAB…' }, { role: 'user', content: 'Double it.' }] })).toBe(true);
    expect(referencesPrivateObjects({ store: false, input: [{ type: 'compaction', encrypted_content: 'gAAAAB…' }, { role: 'user', content: 'Go on.' }] })).toBe(true);
    expect(referencesPrivateObjects({ tools: [{ type: 'file_search', vector_store_ids: ['vs_1'] }] })).toBe(true);
    expect(referencesPrivateObjects({ prompt: { id: 'pmpt_1', version: '2' }, input: 'hello' })).toBe(true);
  });

  // A hostile helper (session 26): an item reference may omit its type, and a body past the reading budget hid a file.
  it('finds an item reference without its type', () => {
    expect(referencesPrivateObjects({ input: [{ id: 'msg_alice_1' }, { role: 'user', content: 'What did that say?' }] })).toBe(true);
  });
  // A hostile tester (session 36): an earlier response's output items passed back carry their ids, which the upstream
  // looks up in what the key stored (404 for another key), as it does an item reference.
  it('finds a Responses input item passed back with its id', () => {
    expect(referencesPrivateObjects({ input: [{ role: 'user', content: 'Pick a number.' }, { type: 'reasoning', id: 'rs_abc', summary: [] }, { role: 'user', content: 'Double it.' }] })).toBe(true);
    expect(referencesPrivateObjects({ input: [{ type: 'message', role: 'assistant', id: 'msg_abc', content: [{ type: 'output_text', text: '7', annotations: [] }] }, { role: 'user', content: 'Double it.' }] })).toBe(true);
    expect(referencesPrivateObjects({ input: [{ type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'f', arguments: '{}' }, { type: 'function_call_output', call_id: 'call_1', output: '3' }] })).toBe(true);
  });
  it('finds no private object in ids that are the client\'s own (chat tool calls, Anthropic tool uses)', () => {
    expect(referencesPrivateObjects({ messages: [{ role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }] }, { role: 'tool', tool_call_id: 'call_1', content: '3' }] })).toBe(false);
    expect(referencesPrivateObjects({ messages: [{ role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'f', input: {} }] }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '3' }] }] })).toBe(false);
    expect(referencesPrivateObjects({ input: [{ type: 'function_call_output', call_id: 'call_1', output: '3' }, { role: 'user', content: 'Go on.' }] })).toBe(false);
  });
  // A hostile tester at the proxy (session 40): a fine-tuned model is its organisation's; another key is answered 404.
  it('finds a fine-tuned model, and no private object in a base model', () => {
    expect(referencesPrivateObjects({ model: 'ft:gpt-4o-mini-2024-07-18:acme-corp::AbC123xy', messages: [] })).toBe(true);
    expect(referencesPrivateObjects({ model: 'davinci:ft-acme-2023-01-01-00-00-00', prompt: 'x' })).toBe(true);
    expect(referencesPrivateObjects({ model: 'openai/FT:gpt-4o-mini-2024-07-18:acme::AbC123xy', messages: [] })).toBe(true);
    expect(referencesPrivateObjects({ model: 'accounts/acme/models/support-bot', messages: [] })).toBe(true);
    expect(referencesPrivateObjects({ model: 'arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan/abc', messages: [] })).toBe(true);
    expect(referencesPrivateObjects({ model: 'tunedModels/acme-support-42', messages: [] })).toBe(true);
    expect(referencesPrivateObjects({ model: 'gpt-4o-mini-2024-07-18', messages: [] })).toBe(false);
    expect(referencesPrivateObjects({ model: 'accounts/fireworks/models/llama-v3p1-8b-instruct', messages: [] })).toBe(false);
  });
  it('takes a body too large to read through as naming such an object', () => {
    const enumeration = Array.from({ length: 100_000 }, (_, index) => `v${index}`);
    const body = { messages: [{ role: 'user', content: [{ type: 'file', file: { file_id: 'file-alice' } }] }], tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: { a: { enum: enumeration } } } } }] };
    expect(referencesPrivateObjects(body)).toBe(true);
  });
  it('finds nothing in a plain request, nor in empty or null references', () => {
    expect(referencesPrivateObjects({ model: 'm', messages: [{ role: 'user', content: 'What is the capital of France?' }], metadata: { id: 7 } })).toBe(false);
    expect(referencesPrivateObjects({ previous_response_id: null, file_ids: [], vector_store_ids: [], file_id: '' })).toBe(false);
  });
});
