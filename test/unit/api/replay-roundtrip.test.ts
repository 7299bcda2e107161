import { describe, expect, it } from 'vitest';
import { MessagesAssembler } from '../../../src/api/anthropic-messages/messages-assembler.ts';
import { messagesReplayEvents } from '../../../src/api/anthropic-messages/messages-replay.ts';
import type { AnthropicMessage } from '../../../src/api/anthropic-messages/messages-types.ts';
import { ResponsesAssembler } from '../../../src/api/openai-responses/responses-assembler.ts';
import { responsesReplayEvents } from '../../../src/api/openai-responses/responses-replay.ts';
import type { ResponseObject } from '../../../src/api/openai-responses/responses-types.ts';
import { SseDecoder } from '../../../src/streaming/sse-decoder.ts';
import type { StreamAssembler } from '../../../src/streaming/stream-outcome.ts';
import type { CachedAnswer } from '../../../src/cache/cached-answer.ts';

const message: AnthropicMessage = {
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'claude-sonnet-4-5',
  content: [
    { type: 'thinking', thinking: 'The user wants the weather. 🌦️ Let me call the tool.', signature: 'sig-abc' },
    { type: 'text', text: 'Checking the weather in Zürich — one moment.' },
    { type: 'tool_use', id: 'toolu_1', name: 'weather', input: { city: 'Zürich', days: [1, 2] } },
  ],
  stop_reason: 'tool_use',
  stop_sequence: null,
  usage: { input_tokens: 42, output_tokens: 17, cache_creation_input_tokens: 0, cache_read_input_tokens: 5 },
};

const response: ResponseObject = {
  id: 'resp_1',
  object: 'response',
  created_at: 1_700_000_000,
  status: 'completed',
  model: 'gpt-4o-mini',
  output: [
    { type: 'reasoning', id: 'rs_1', summary: [] },
    { type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'Paris is the capital. 🇫🇷', annotations: [] }] },
    { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'lookup', arguments: '{"q":"Paris"}', status: 'completed' },
  ],
  incomplete_details: null,
  usage: { input_tokens: 10, output_tokens: 8, total_tokens: 18 },
};

/** Feeds `body` to a decoder split at `at` and returns what the assembler made of it. */
function assemble<A extends CachedAnswer>(body: string, at: number, assembler: StreamAssembler<A>) {
  const bytes = new TextEncoder().encode(body);
  const decoder = new SseDecoder();
  for (const part of [bytes.subarray(0, at), bytes.subarray(at)]) for (const event of decoder.decode(part)) assembler.push(event);
  const last = decoder.flush();
  if (last) assembler.push(last);
  return assembler.finish();
}

describe('replay then assembly gives back the cached answer, at every byte split', () => {
  it('Anthropic messages: thinking with its signature, text, tool input, stop reason and usage', () => {
    const body = messagesReplayEvents(message, { chunkChars: 5 }).join('');
    const length = new TextEncoder().encode(body).length;
    for (let at = 0; at <= length; at += 7) expect(assemble(body, at, new MessagesAssembler())).toEqual({ kind: 'complete', completion: message });
  });

  it('Responses: the terminal event carries the whole response; sequence numbers count from 0', () => {
    const events = responsesReplayEvents(response, { chunkChars: 4 });
    const body = events.join('');
    const length = new TextEncoder().encode(body).length;
    for (let at = 0; at <= length; at += 11) expect(assemble(body, at, new ResponsesAssembler())).toEqual({ kind: 'complete', completion: response });
    const sequence = events.map((event) => JSON.parse(event.split('\ndata: ')[1]!).sequence_number);
    expect(sequence).toEqual(events.map((_, index) => index));
  });

  // A hostile review (session 47): a response.completed with `output: []` after streamed text was stored, and a hit replayed an empty answer.
  it('a Responses stream whose final response lacks the items it streamed is not whole', () => {
    const events = responsesReplayEvents(response, { chunkChars: 5 });
    const emptied = events.map((event) => {
      if (!event.startsWith('event: response.completed')) return event;
      const data = JSON.parse(event.split('\ndata: ')[1]!);
      data.response.output = [];
      return `event: response.completed\ndata: ${JSON.stringify(data)}\n\n`;
    });
    expect(emptied.join('')).not.toBe(events.join(''));
    expect(assemble(emptied.join(''), 0, new ResponsesAssembler())).toMatchObject({ kind: 'incomplete', reason: 'malformed' });
  });

  it('a stream cut before its terminal event is incomplete', () => {
    const anthropic = messagesReplayEvents(message, { chunkChars: 5 });
    expect(assemble(anthropic.slice(0, -1).join(''), 0, new MessagesAssembler())).toMatchObject({ kind: 'incomplete', reason: 'no-done' });
    const responses = responsesReplayEvents(response, { chunkChars: 5 });
    expect(assemble(responses.slice(0, -1).join(''), 0, new ResponsesAssembler())).toMatchObject({ kind: 'incomplete', reason: 'no-done' });
  });
});
