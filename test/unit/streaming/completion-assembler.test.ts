import { describe, expect, it } from 'vitest';
import { CompletionAssembler } from '../../../src/streaming/completion-assembler.ts';
import type { StreamOutcome } from '../../../src/streaming/stream-outcome.ts';
import { bytes, chunk, decodeAll, sseBody, textAnswerChunks, usage, usageChunk } from './sse-fixtures.ts';

function assemble(body: string): StreamOutcome {
  const assembler = new CompletionAssembler();
  for (const event of decodeAll([bytes(body)])) assembler.push(event);
  return assembler.finish();
}

function completionOf(outcome: StreamOutcome) {
  if (outcome.kind !== 'complete') throw new Error(`expected a complete outcome, got ${JSON.stringify(outcome)}`);
  return outcome.completion;
}

describe('CompletionAssembler', () => {
  it('assembles streamed content into the non-streaming completion, with the usage chunk', () => {
    expect(assemble(sseBody(textAnswerChunks()))).toEqual({
      kind: 'complete',
      completion: {
        id: 'chatcmpl-abc',
        object: 'chat.completion',
        created: 1_700_000_000,
        model: 'gpt-4o-2024-08-06',
        system_fingerprint: 'fp_1',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: 'héllo 🌍', refusal: null },
            logprobs: null,
            finish_reason: 'stop',
          },
        ],
        usage,
      },
    });
  });

  it('merges parallel tool calls by index and concatenates their arguments', () => {
    const body = sseBody([
      chunk([{ delta: { role: 'assistant', content: null } }]),
      chunk([{ delta: { tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } }] } }]),
      chunk([{ delta: { tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] } }]),
      chunk([{ delta: { tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '{"tz"' } }] } }]),
      chunk([{ delta: { tool_calls: [{ index: 0, function: { arguments: '"Zürich"}' } }] } }]),
      chunk([{ delta: { tool_calls: [{ index: 1, function: { arguments: ':"CET"}' } }] } }]),
      chunk([{ delta: {}, finish_reason: 'tool_calls' }]),
    ]);
    const completion = completionOf(assemble(body));
    expect(completion.choices[0]?.message).toEqual({
      role: 'assistant',
      content: null,
      refusal: null,
      tool_calls: [
        { id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Zürich"}' } },
        { id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '{"tz":"CET"}' } },
      ],
    });
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
    expect(completion.usage).toBeUndefined();
  });

  it('accepts tool call deltas without an index: a new id starts a new call, pieces continue the last one', () => {
    const body = sseBody([
      chunk([{ delta: { tool_calls: [{ id: 'call_a', type: 'function', function: { name: 'f', arguments: '{"a"' } }] } as never }]),
      chunk([{ delta: { tool_calls: [{ function: { arguments: ':' } }] } as never }]),
      chunk([{ delta: { tool_calls: [{ id: 'call_a', function: { arguments: '1}' } }] } as never }]),
      chunk([{ delta: { tool_calls: [{ id: 'call_b', type: 'function', function: { name: 'g', arguments: '{}' } }] } as never }]),
      chunk([{ delta: {}, finish_reason: 'tool_calls' }]),
    ]);
    expect(completionOf(assemble(body)).choices[0]?.message.tool_calls).toEqual([
      { id: 'call_a', type: 'function', function: { name: 'f', arguments: '{"a":1}' } },
      { id: 'call_b', type: 'function', function: { name: 'g', arguments: '{}' } },
    ]);
  });

  it('concatenates a refusal', () => {
    const body = sseBody([
      chunk([{ delta: { role: 'assistant', content: null, refusal: null } }]),
      chunk([{ delta: { refusal: "I can't " } }]),
      chunk([{ delta: { refusal: 'help with that.' } }]),
      chunk([{ delta: {}, finish_reason: 'stop' }]),
    ]);
    expect(completionOf(assemble(body)).choices[0]?.message).toEqual({
      role: 'assistant',
      content: null,
      refusal: "I can't help with that.",
    });
  });

  it('reports which event was the usage-only chunk, so a forwarder can drop it', () => {
    const assembler = new CompletionAssembler();
    const kinds = decodeAll([bytes(sseBody(textAnswerChunks()))]).map((event) => assembler.push(event));
    expect(kinds).toEqual(['chunk', 'chunk', 'chunk', 'chunk', 'chunk', 'usage-chunk', 'done']);
  });

  it('takes header fields from the first chunk that has them and keeps unknown fields (Azure, DeepSeek)', () => {
    const body = sseBody([
      { id: '', object: '', created: 0, model: '', choices: [], prompt_filter_results: [{ prompt_index: 0 }] },
      chunk([{ delta: { role: 'assistant', content: '', reasoning_content: 'Think' } as never }], { service_tier: 'default', obfuscation: 'x1' }),
      chunk([{ delta: { reasoning_content: 'ing…', content: null } as never }], { obfuscation: 'x2' }),
      chunk([{ delta: { content: 'Answer' } }]),
      chunk([{ delta: {}, finish_reason: 'stop' }]),
    ]);
    const completion = completionOf(assemble(body));
    expect(completion).toMatchObject({
      id: 'chatcmpl-abc',
      created: 1_700_000_000,
      model: 'gpt-4o-2024-08-06',
      service_tier: 'default',
      prompt_filter_results: [{ prompt_index: 0 }],
    });
    expect(completion).not.toHaveProperty('obfuscation');
    expect(completion.choices[0]?.message).toMatchObject({ content: 'Answer', reasoning_content: 'Thinking…' });
  });

  it('keeps a `__proto__` field as a plain field instead of changing a prototype', () => {
    const body = sseBody(textAnswerChunks()).replace('"id":"chatcmpl-abc"', '"__proto__":{"polluted":true},"id":"chatcmpl-abc"');
    const completion = completionOf(assemble(body));
    expect(Object.getPrototypeOf(completion)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(completion, '__proto__')?.value).toEqual({ polluted: true });
    expect((completion as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('is incomplete without [DONE], however whole the answer looks', () => {
    expect(assemble(sseBody(textAnswerChunks(), { done: false }))).toMatchObject({ kind: 'incomplete', reason: 'no-done' });
  });

  it('is incomplete when [DONE] comes before any finish_reason', () => {
    const body = sseBody(textAnswerChunks().filter((each) => each.choices[0]?.finish_reason !== 'stop'));
    expect(assemble(body)).toMatchObject({ kind: 'incomplete', reason: 'no-finish-reason' });
  });

  it('is incomplete when [DONE] comes without any choice', () => {
    expect(assemble(sseBody([usageChunk()]))).toMatchObject({ kind: 'incomplete', reason: 'no-choices' });
  });

  it('fails on malformed JSON and ignores everything after it, without quoting the payload', () => {
    const [first, ...rest] = textAnswerChunks();
    const body = sseBody([first]).replace('data: [DONE]\n\n', '') + 'data: {"choices": [secret\n\n' + sseBody(rest);
    const outcome = assemble(body);
    expect(outcome).toEqual({ kind: 'incomplete', reason: 'malformed', detail: 'event data is not JSON' });
  });

  it('fails on chunks of the wrong shape', () => {
    expect(assemble(sseBody([{ choices: {} }]))).toMatchObject({ reason: 'malformed' });
    expect(assemble(sseBody([chunk([{ delta: { content: 42 as never } }])]))).toMatchObject({ reason: 'malformed' });
    expect(assemble(sseBody(['just a string']))).toMatchObject({ reason: 'malformed' });
  });

  it('fails when a provider sends an error object mid-stream', () => {
    const [first, second] = textAnswerChunks();
    const body = sseBody([first, second, { error: { message: 'overloaded', type: 'server_error' } }]);
    expect(assemble(body)).toMatchObject({ kind: 'incomplete', reason: 'error-event' });
  });

  it('fails on an SSE event of type error', () => {
    const body = sseBody(textAnswerChunks().slice(0, 2), { done: false }) + 'event: error\ndata: {"message":"boom"}\n\n' + 'data: [DONE]\n\n';
    expect(assemble(body)).toMatchObject({ kind: 'incomplete', reason: 'error-event' });
  });

  it('ignores events after [DONE]', () => {
    const body = sseBody(textAnswerChunks()) + 'data: not json\n\n';
    expect(completionOf(assemble(body)).choices[0]?.message.content).toBe('héllo 🌍');
  });

  it('keeps the finish reason as sent, including content_filter and length', () => {
    for (const reason of ['length', 'content_filter'] as const) {
      const body = sseBody([chunk([{ delta: { role: 'assistant', content: 'x' } }]), chunk([{ delta: {}, finish_reason: reason }])]);
      expect(completionOf(assemble(body)).choices[0]?.finish_reason).toBe(reason);
    }
  });
});

describe('CompletionAssembler: list fields streamed in pieces', () => {
  it('appends a provider field that streams as lists, on the message and on a tool call, without touching the decoded events', () => {
    const events = decodeAll([bytes(
      'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":null,"p":[1],"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":""},"q":["a"]}]},"finish_reason":null}]}\n\n' +
        'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"p":[2],"tool_calls":[{"index":0,"function":{"arguments":"{}"},"q":["b"]}]},"finish_reason":null}]}\n\n' +
        'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}\n\ndata: [DONE]\n\n',
    )]);
    const firstEvent = JSON.stringify(events[0]);
    const assembler = new CompletionAssembler();
    for (const event of events) assembler.push(event);
    const outcome = assembler.finish();
    expect(outcome.kind).toBe('complete');
    const message = (outcome as Extract<StreamOutcome, { kind: 'complete' }>).completion.choices[0]!.message as unknown as { p: number[]; tool_calls: Array<{ q: string[] }> };
    expect(message.p).toEqual([1, 2]);
    expect(message.tool_calls[0]!.q).toEqual(['a', 'b']);
    expect(JSON.stringify(events[0])).toBe(firstEvent);
  });
});
