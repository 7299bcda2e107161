import { describe, expect, it } from 'vitest';
import { openAiResponsesAdapter } from '../../../../src/api/openai-responses/openai-responses-adapter.ts';
import type { ResponseObject } from '../../../../src/api/openai-responses/responses-types.ts';

const settings = { cacheToolCalls: false, cacheTruncated: false } as Parameters<typeof openAiResponsesAdapter.isStorable>[1];
const response = (fields: Record<string, unknown>): ResponseObject =>
  ({ id: 'resp_1', object: 'response', created_at: 1, status: 'completed', model: 'm', output: [{ type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'Paris.', annotations: [] }] }], ...fields }) as ResponseObject;

describe('the Responses adapter stores no answer that carries an error (a hostile review, session 55)', () => {
  it('refuses a completed response with an error object, and stores one whose error is null', () => {
    expect(openAiResponsesAdapter.isStorable(response({ error: { code: 'server_error', message: 'overloaded' } }), settings)).toBe(false);
    expect(openAiResponsesAdapter.isStorable(response({ error: null }), settings)).toBe(true);
    expect(openAiResponsesAdapter.isStorable(response({}), settings)).toBe(true);
  });
});
