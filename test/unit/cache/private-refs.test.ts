import { describe, expect, it } from 'vitest';
import { referencesPrivateObjects } from '../../../src/cache/private-refs.ts';

describe('referencesPrivateObjects', () => {
  it('finds a previous response, a file, an item reference, a vector store and a reusable prompt anywhere in the body', () => {
    expect(referencesPrivateObjects({ previous_response_id: 'resp_1', input: 'x' })).toBe(true);
    expect(referencesPrivateObjects({ messages: [{ role: 'user', content: [{ type: 'file', file: { file_id: 'file-1' } }] }] })).toBe(true);
    expect(referencesPrivateObjects({ messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'file', file_id: 'file-1' } }] }] })).toBe(true);
    expect(referencesPrivateObjects({ input: [{ type: 'item_reference', id: 'msg_1' }] })).toBe(true);
    expect(referencesPrivateObjects({ tools: [{ type: 'file_search', vector_store_ids: ['vs_1'] }] })).toBe(true);
    expect(referencesPrivateObjects({ prompt: { id: 'pmpt_1', version: '2' }, input: 'hello' })).toBe(true);
  });

  // A hostile helper (session 26): an item reference may omit its type, and a body past the reading budget hid a file.
  it('finds an item reference without its type', () => {
    expect(referencesPrivateObjects({ input: [{ id: 'msg_alice_1' }, { role: 'user', content: 'What did that say?' }] })).toBe(true);
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
