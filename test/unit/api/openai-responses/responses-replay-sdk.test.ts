import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { responsesReplayEvents } from '../../../../src/api/openai-responses/responses-replay.ts';
import type { ResponseObject } from '../../../../src/api/openai-responses/responses-types.ts';

/**
 * The replayed event stream read by openai-node's own ResponseStream (its accumulator appends parts by index and
 * throws on a delta for a part never added): the final response it assembles is the stored one. Review of session 11:
 * a reasoning item with reasoning text of its own (gpt-oss and other open-weight models) made the SDK throw.
 */
async function streamedThroughSdk(response: ResponseObject): Promise<{ final: unknown; types: string[] }> {
  const body = responsesReplayEvents(response, { chunkChars: 7 }).join('');
  const client = new OpenAI({
    apiKey: 'sk-replay',
    baseURL: 'http://replay.invalid/v1',
    fetch: async () => new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }),
  });
  const stream = client.responses.stream({ model: response.model, input: 'q' });
  const types: string[] = [];
  for await (const event of stream) types.push(event.type);
  return { final: await stream.finalResponse(), types };
}

const base = { id: 'resp_1', object: 'response', created_at: 1_700_000_000, status: 'completed', model: 'gpt-oss-120b', usage: { input_tokens: 3, output_tokens: 9, total_tokens: 12 } } as const;
const message = { type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'Paris.', annotations: [] }] };

describe('a streamed reasoning item, read by openai-node', () => {
  it('assembles reasoning text of its own (content parts) and a summary part without text', async () => {
    const reasoning = {
      type: 'reasoning',
      id: 'rs_1',
      summary: [{ type: 'summary_text' }, { type: 'summary_text', text: 'The capital is asked.' }],
      content: [{ type: 'reasoning_text', text: 'France, capital: Paris.' }],
    };
    const response = { ...base, output: [reasoning, message] } as unknown as ResponseObject;
    const { final, types } = await streamedThroughSdk(response);
    expect(types).toContain('response.reasoning_text.delta');
    expect(types.filter((type) => type === 'response.reasoning_summary_part.added')).toHaveLength(2);
    expect(final).toMatchObject({ output: [reasoning, message] });
  });

  it('assembles citations from the annotation events', async () => {
    const annotation = { type: 'url_citation', url: 'https://example.com/paris', title: 'Paris', start_index: 0, end_index: 5 };
    const cited = { ...message, content: [{ type: 'output_text', text: 'Paris.', annotations: [annotation] }] };
    const { final, types } = await streamedThroughSdk({ ...base, output: [cited] } as unknown as ResponseObject);
    expect(types).toContain('response.output_text.annotation.added');
    expect(final).toMatchObject({ output: [{ content: [{ annotations: [annotation] }] }] });
  });
});
