import { describe, expect, it } from 'vitest';
import { openAiResponsesAdapter } from '../../../../src/api/openai-responses/openai-responses-adapter.ts';

/**
 * What an entry keeps of the `text` a response repeats, and what a hit gives back (session 35): the settings the
 * upstream filled in are kept, a structured output's schema is request content and never stored, and an upstream that
 * echoes something odd in `text` (a nested object, a non-object) stores nothing of it.
 */
const answer = (text: unknown) => ({
  id: 'resp_1',
  object: 'response',
  created_at: 1,
  status: 'completed',
  model: 'gpt-5-mini',
  output: [{ type: 'message', id: 'msg_1', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Paris.', annotations: [] }] }],
  text,
});
const textOf = (value: unknown) => (value as { text?: unknown }).text;
const replay = (stored: unknown, requestText: unknown) =>
  JSON.parse(
    openAiResponsesAdapter.replayJson(stored as never, {
      request: { body: { model: 'gpt-5-mini', input: 'Capital of France?', ...(requestText === undefined ? {} : { text: requestText }) } } as never,
      originalIds: false,
      now: 0,
      chunkChars: 64,
      delayMs: 0,
    }),
  );

describe('the text settings a Responses entry keeps and a hit repeats', () => {
  it('keeps scalar settings the upstream filled in, never a schema or a nested object it echoed', () => {
    const schema = { type: 'json_schema', name: 'city', schema: { type: 'object', description: 'SCHEMA-SECRET' } };
    const stored = openAiResponsesAdapter.storedForm!(answer({ format: schema, verbosity: 'medium', odd: { nested: 'NESTED-SECRET' } }) as never);
    expect(JSON.stringify(stored)).not.toContain('SECRET');
    expect(textOf(stored)).toEqual({ format: { type: 'text' }, verbosity: 'medium' });
    // A hit takes its own request's format and settings over the stored ones.
    expect(replay(stored, { format: schema, verbosity: 'low' }).text).toEqual({ format: schema, verbosity: 'low' });
    expect(replay(stored, undefined).text).toEqual({ format: { type: 'text' }, verbosity: 'medium' });
  });

  it('stores the plain-text default when the upstream echoed no object, and a careless request with text null gets it', () => {
    for (const text of [null, 'text', 42, []]) {
      const stored = openAiResponsesAdapter.storedForm!(answer(text) as never);
      expect(textOf(stored)).toEqual({ format: { type: 'text' } });
      expect(replay(stored, null).text).toEqual({ format: { type: 'text' } });
    }
  });
});
