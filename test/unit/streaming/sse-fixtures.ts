import type { ChatCompletionChunk, ChatCompletionChunkChoice } from '../../../src/cache/chat-types.ts';
import { SseDecoder } from '../../../src/streaming/sse-decoder.ts';
import type { SseEvent } from '../../../src/streaming/sse-decoder.ts';

/** Shared builders for the streaming tests: chunk streams as OpenAI sends them. */

const encoder = new TextEncoder();

export function bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

export function text(data: Uint8Array): string {
  return new TextDecoder().decode(data);
}

export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** Cuts `data` at the given (ascending) byte offsets. */
export function splitAt(data: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let start = 0;
  for (const offset of offsets) {
    parts.push(data.slice(start, offset));
    start = offset;
  }
  parts.push(data.slice(start));
  return parts;
}

export function decodeAll(parts: readonly Uint8Array[]): SseEvent[] {
  const decoder = new SseDecoder();
  const events = parts.flatMap((part) => decoder.decode(part));
  const last = decoder.flush();
  if (last !== undefined) events.push(last);
  return events;
}

export function chunk(
  choices: Array<Partial<ChatCompletionChunkChoice> & { delta: ChatCompletionChunkChoice['delta'] }>,
  extra: Partial<ChatCompletionChunk> = {},
): ChatCompletionChunk {
  return {
    id: 'chatcmpl-abc',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'gpt-4o-2024-08-06',
    system_fingerprint: 'fp_1',
    choices: choices.map((choice) => ({ index: 0, logprobs: null, finish_reason: null, ...choice })),
    ...extra,
  };
}

export const usage = { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 };

export function usageChunk(): ChatCompletionChunk {
  return chunk([], { usage });
}

/** `data: {json}\n\n` for each chunk, then `data: [DONE]\n\n` unless `done` is false. */
export function sseBody(chunks: readonly unknown[], { done = true, newline = '\n' } = {}): string {
  const events = chunks.map((value) => `data: ${JSON.stringify(value)}${newline}${newline}`);
  if (done) events.push(`data: [DONE]${newline}${newline}`);
  return events.join('');
}

/** A text answer "héllo 🌍" streamed in three pieces, with the usage chunk. */
export function textAnswerChunks(): ChatCompletionChunk[] {
  return [
    chunk([{ delta: { role: 'assistant', content: '', refusal: null } }]),
    chunk([{ delta: { content: 'hé' } }]),
    chunk([{ delta: { content: 'llo ' } }]),
    chunk([{ delta: { content: '🌍' } }]),
    chunk([{ delta: {}, finish_reason: 'stop' }]),
    usageChunk(),
  ];
}
