import { describe, expect, it } from 'vitest';
import { responsesReplayEvents } from '../../../../src/api/openai-responses/responses-replay.ts';
import type { ResponseObject } from '../../../../src/api/openai-responses/responses-types.ts';

const entry = (token: string) => ({ token, logprob: -0.1, bytes: [...new TextEncoder().encode(token)], top_logprobs: [] });
const logprobs = ['Paris', ' is', ' the', ' capital', '.'].map(entry);
const text = 'Paris is the capital.';

function answerWith(part: Record<string, unknown>): ResponseObject {
  return {
    id: 'resp_1',
    object: 'response',
    created_at: 1_700_000_000,
    status: 'completed',
    model: 'gpt-4o-mini',
    output: [{ type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text, annotations: [], ...part }] }],
    usage: { input_tokens: 9, output_tokens: 5, total_tokens: 14 },
  };
}

/** The replay's events of one type, parsed. */
function eventsOf(response: ResponseObject, type: string, chunkChars: number): Array<Record<string, any>> {
  return responsesReplayEvents(response, { chunkChars })
    .map((event) => JSON.parse(event.split('\ndata: ')[1]!))
    .filter((event) => event.type === type);
}

describe('responsesReplayEvents with token logprobs', () => {
  it('sends each output_text delta with the logprobs of exactly its tokens', () => {
    const deltas = eventsOf(answerWith({ logprobs }), 'response.output_text.delta', 8);
    expect(deltas.map((delta) => delta.delta)).toEqual(['Paris is', ' the capital', '.']);
    expect(deltas.map((delta) => delta.logprobs)).toEqual([logprobs.slice(0, 2), logprobs.slice(2, 4), logprobs.slice(4)]);
  });

  it('sends all of the part logprobs on output_text.done and none yet on content_part.added', () => {
    const response = answerWith({ logprobs });
    expect(eventsOf(response, 'response.output_text.done', 8)).toMatchObject([{ text, logprobs }]);
    expect(eventsOf(response, 'response.content_part.added', 8)).toMatchObject([{ part: { type: 'output_text', text: '', logprobs: [] } }]);
    expect(eventsOf(response, 'response.content_part.done', 8)).toMatchObject([{ part: { text, logprobs } }]);
  });

  it('falls back to code-point chunks without logprobs when the tokens do not spell out the text, and keeps them on output_text.done', () => {
    const cut = logprobs.slice(0, 3);
    const response = answerWith({ logprobs: cut });
    const deltas = eventsOf(response, 'response.output_text.delta', 8);
    expect(deltas.map((delta) => delta.delta).join('')).toBe(text);
    expect(deltas.map((delta) => delta.delta)[0]).toBe('Paris is');
    expect(deltas.every((delta) => Array.isArray(delta.logprobs) && delta.logprobs.length === 0)).toBe(true);
    expect(eventsOf(response, 'response.output_text.done', 8)).toMatchObject([{ logprobs: cut }]);
  });

  it('sends empty logprobs when the part has none, as before', () => {
    for (const part of [{}, { logprobs: [] }]) {
      const response = answerWith(part);
      expect(eventsOf(response, 'response.output_text.delta', 8).map((delta) => delta.logprobs)).toEqual([[], [], []]);
      expect(eventsOf(response, 'response.output_text.done', 8)).toMatchObject([{ logprobs: [] }]);
    }
  });
});
