import fc from 'fast-check';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import type { ChatCompletion, ChatCompletionChunk, FinishReason } from '../../../src/cache/chat-types.ts';
import { CompletionAssembler } from '../../../src/streaming/completion-assembler.ts';
import { messagesReplayEvents } from '../../../src/api/anthropic-messages/messages-replay.ts';
import { responsesReplayEvents } from '../../../src/api/openai-responses/responses-replay.ts';
import { MAX_PIECES, replayBody, replayChunks, replayStream, splitCodePoints } from '../../../src/streaming/replay.ts';
import type { StreamOutcome } from '../../../src/streaming/stream-outcome.ts';
import { decodeAll, joinBytes, splitAt, text, usage } from './sse-fixtures.ts';

const fresh = { id: 'chatcmpl-fresh', created: 1_800_000_000 };

function cachedAnswer(message: Partial<ChatCompletion['choices'][number]['message']>, finish: FinishReason = 'stop'): ChatCompletion {
  return {
    id: 'chatcmpl-original',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4o-2024-08-06',
    system_fingerprint: 'fp_1',
    choices: [
      { index: 0, message: { role: 'assistant', content: null, refusal: null, ...message }, logprobs: null, finish_reason: finish },
    ],
    usage,
  };
}

function assembleBody(parts: readonly Uint8Array[]): StreamOutcome {
  const assembler = new CompletionAssembler();
  for (const event of decodeAll(parts)) assembler.push(event);
  return assembler.finish();
}

/** The reference encoding of a chunk list, which `replayBody` must produce exactly. */
function encodeChunks(chunks: readonly ChatCompletionChunk[]): string {
  return chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('') + 'data: [DONE]\n\n';
}

async function collect(pieces: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const collected: Uint8Array[] = [];
  for await (const piece of pieces) collected.push(piece);
  return collected;
}

describe('splitCodePoints', () => {
  it('cuts by code points and never inside a surrogate pair', () => {
    expect(splitCodePoints('🌍🌍a🌍', 1)).toEqual(['🌍', '🌍', 'a', '🌍']);
    expect(splitCodePoints('héllo 🌍!', 3)).toEqual(['hél', 'lo ', '🌍!']);
    expect(splitCodePoints('', 3)).toEqual([]);
  });
});

// Session 29, a hostile tester: a 20 MB cached answer replayed at 32 characters a chunk made a 181 MB stream, built
// whole for each request (60 slow readers of it took the proxy to 8.6 GB).
describe('a long answer replayed', () => {
  it('is cut into at most MAX_PIECES pieces, so its stream stays close to its size, and assembles back whole', () => {
    const content = 'The quick brown fox 🦊 jumps. '.repeat(40_000);
    expect(splitCodePoints(content, 32).length).toBeLessThanOrEqual(MAX_PIECES);
    expect(splitCodePoints(content, 32).join('')).toBe(content);
    expect(splitCodePoints('a'.repeat(MAX_PIECES * 32), 32)).toHaveLength(MAX_PIECES);
    const answer = cachedAnswer({ content });
    const body = replayBody(answer, { ...fresh, includeUsage: false, chunkChars: 32 });
    expect(body.byteLength).toBeLessThan(Buffer.byteLength(JSON.stringify(answer)) * 1.3);
    const assembler = new CompletionAssembler();
    for (const event of decodeAll([body])) assembler.push(event);
    expect(assembler.finish()).toMatchObject({ kind: 'complete', completion: { choices: [{ message: { content } }] } });
  });

  it('is capped the same way in the Anthropic and Responses replays, surrogate pairs kept whole', () => {
    const text = '🦊 fox '.repeat(60_000);
    const deltas = (events: string[], type: string, field: string) =>
      events.filter((event) => event.startsWith(`event: ${type}\n`)).map((event) => JSON.parse(event.slice(event.indexOf('data: ') + 6)) as Record<string, any>).map((data) => field.split('.').reduce<any>((value, key) => value[key], data) as string);
    const anthropic = deltas(messagesReplayEvents({ id: 'm', type: 'message', role: 'assistant', model: 'c', content: [{ type: 'text', text }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } } as never, { chunkChars: 32 }), 'content_block_delta', 'delta.text');
    const responses = deltas(responsesReplayEvents({ id: 'r', object: 'response', created_at: 1, status: 'completed', model: 'm', output: [{ type: 'message', id: 'o', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [] }] }] } as never, { chunkChars: 32 }), 'response.output_text.delta', 'delta');
    for (const pieces of [anthropic, responses]) {
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.length).toBeLessThanOrEqual(MAX_PIECES);
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/u);
    }
  });
});

describe('replay', () => {
  it('streams a role chunk, content deltas, a finish chunk and [DONE], with the fresh id and created', () => {
    const chunks = replayChunks(cachedAnswer({ content: 'Hello there, world' }), { ...fresh, includeUsage: false, chunkChars: 8 });
    expect(chunks.map((chunk) => chunk.choices[0]?.delta)).toEqual([
      { role: 'assistant', content: '', refusal: null },
      { content: 'Hello th' },
      { content: 'ere, wor' },
      { content: 'ld' },
      {},
    ]);
    expect(chunks.map((chunk) => chunk.choices[0]?.finish_reason)).toEqual([null, null, null, null, 'stop']);
    for (const chunk of chunks) {
      expect(chunk).toMatchObject({ ...fresh, object: 'chat.completion.chunk', model: 'gpt-4o-2024-08-06', system_fingerprint: 'fp_1' });
      expect(chunk).not.toHaveProperty('usage');
    }
    const body = text(replayBody(cachedAnswer({ content: 'Hello there, world' }), { ...fresh, includeUsage: false }));
    expect(body.endsWith('}\n\ndata: [DONE]\n\n')).toBe(true);
  });

  it('sends the usage chunk, and usage: null on the others, only when the client asked for usage', () => {
    const chunks = replayChunks(cachedAnswer({ content: 'Hi' }), { ...fresh, includeUsage: true });
    const last = chunks.at(-1) as ChatCompletionChunk;
    expect(last.choices).toEqual([]);
    expect(last.usage).toEqual(usage);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.usage).toBeNull();
  });

  it('streams tool calls as deltas: id and name first, then the arguments in pieces', () => {
    const answer = cachedAnswer(
      { tool_calls: [{ id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Zürich"}' } }] },
      'tool_calls',
    );
    const deltas = replayChunks(answer, { ...fresh, includeUsage: false, chunkChars: 10 }).map((chunk) => chunk.choices[0]?.delta);
    expect(deltas).toEqual([
      { role: 'assistant', content: null, refusal: null },
      { tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } }] },
      { tool_calls: [{ index: 0, function: { arguments: '{"city":"Z' } }] },
      { tool_calls: [{ index: 0, function: { arguments: 'ürich"}' } }] },
      {},
    ]);
  });

  it('yields the whole body in one piece without pacing, and one event per piece with pacing', async () => {
    const answer = cachedAnswer({ content: 'one two three four five' });
    const options = { ...fresh, includeUsage: true, chunkChars: 5 };
    const unpaced = await collect(replayStream(answer, options));
    expect(unpaced).toEqual([replayBody(answer, options)]);

    const paced = await collect(replayStream(answer, { ...options, delayMs: 1 }));
    expect(paced.length).toBe(replayChunks(answer, options).length + 1);
    expect(joinBytes(paced)).toEqual(replayBody(answer, options));
    for (const piece of paced) expect(decodeAll([piece])).toHaveLength(1);
  });

  it('keeps unknown fields: reasoning text, logprobs and provider fields come back after assembly', () => {
    const answer: ChatCompletion = {
      ...cachedAnswer({ content: 'Yes', reasoning_content: 'Thinking about it' }),
      service_tier: 'default',
      prompt_filter_results: [{ prompt_index: 0 }],
    };
    answer.choices[0]!.logprobs = { content: [{ token: 'Yes', logprob: -0.1, bytes: [89, 101, 115], top_logprobs: [] }], refusal: null };
    const body = replayBody(answer, { ...fresh, includeUsage: true });
    expect(text(body)).toBe(encodeChunks(replayChunks(answer, { ...fresh, includeUsage: true })));
    expect(decodeAll([body]).filter((event) => event.data.includes('prompt_filter_results'))).toHaveLength(1);
    const outcome = assembleBody([body]);
    expect(outcome).toEqual({ kind: 'complete', completion: { ...answer, ...fresh } });
  });

  it("keeps a tool call's own fields (Gemini's thought signature) through replay, assembly and the openai SDK", async () => {
    const signed = { google: { thought_signature: 'c2lnbmF0dXJl' } };
    const answer = cachedAnswer({ tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"paris"}' }, extra_content: signed } as never] }, 'tool_calls');
    const body = replayBody(answer, { ...fresh, includeUsage: true, chunkChars: 4 });
    // A streamed MISS is stored from its assembly: the field must survive it too.
    expect(assembleBody(splitAt(body, [7, 50, 120]))).toEqual({ kind: 'complete', completion: { ...answer, ...fresh } });
    const sdk = new OpenAI({ apiKey: 'sk-test', baseURL: 'http://upstream.invalid/v1', fetch: async () => new Response(body, { headers: { 'content-type': 'text/event-stream' } }) });
    const final = await sdk.chat.completions.stream({ model: 'gemini-3-pro', messages: [{ role: 'user', content: 'hi' }], stream_options: { include_usage: true } }).finalChatCompletion();
    expect((final.choices[0]?.message.tool_calls?.[0] as unknown as { extra_content: unknown }).extra_content).toEqual(signed);
  });

  it('is accepted by the openai SDK, which accumulates it into the cached answer', async () => {
    const answer = cachedAnswer({ content: 'Grüße 🌍 from the cache' });
    const body = replayBody(answer, { ...fresh, includeUsage: true, chunkChars: 4 });
    const sdk = new OpenAI({
      apiKey: 'sk-test',
      baseURL: 'http://upstream.invalid/v1',
      fetch: async () => new Response(body, { headers: { 'content-type': 'text/event-stream' } }),
    });
    const stream = sdk.chat.completions.stream({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      stream_options: { include_usage: true },
    });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]?.message.content).toBe('Grüße 🌍 from the cache');
    expect(final.choices[0]?.finish_reason).toBe('stop');
    expect(final.usage).toEqual(usage);
    expect(final.id).toBe(fresh.id);
  });

  it('round-trips any answer: replay, split anywhere, decode and assemble give back the same completion', () => {
    const toolCall = fc.record({
      id: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme-ascii' }),
      type: fc.constant('function' as const),
      function: fc.record({
        name: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme-ascii' }),
        arguments: fc.string({ maxLength: 80, unit: 'binary' }),
      }),
    });
    const answer = fc
      .record({
        content: fc.option(fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), fc.string({ maxLength: 200, unit: 'grapheme' }))),
        refusal: fc.option(fc.string({ maxLength: 40, unit: 'grapheme' })),
        toolCalls: fc.array(toolCall, { maxLength: 3 }),
        finish: fc.constantFrom<FinishReason>('stop', 'length', 'tool_calls', 'content_filter'),
        usage: fc.record({ prompt_tokens: fc.nat(), completion_tokens: fc.nat(), total_tokens: fc.nat() }),
      })
      .map(({ content, refusal, toolCalls, finish, usage }) => ({
        ...cachedAnswer({ content, refusal, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) }, finish),
        usage,
      }));

    fc.assert(
      fc.property(
        answer,
        fc.boolean(),
        fc.integer({ min: 1, max: 48 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (completion, includeUsage, chunkChars, cuts) => {
          const body = replayBody(completion, { ...fresh, includeUsage, chunkChars });
          expect(text(body)).toBe(encodeChunks(replayChunks(completion, { ...fresh, includeUsage, chunkChars })));
          const offsets = cuts.map((cut) => cut % (body.length + 1)).sort((a, b) => a - b);
          const outcome = assembleBody(splitAt(body, offsets));
          const expected: ChatCompletion = { ...completion, ...fresh };
          if (!includeUsage) delete expected.usage;
          expect(outcome).toEqual({ kind: 'complete', completion: expected });
        },
      ),
      { numRuns: 500 },
    );
  });
});
