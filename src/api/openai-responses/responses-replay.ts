import { tokenAlignedGroups, type LogprobGroup } from '../../streaming/logprob-chunks.ts';
import { splitCodePoints } from '../../streaming/replay.ts';
import { namedEvent } from '../pace-events.ts';
import type { FunctionCallItem, OutputContentPart, OutputItem, OutputMessage, ReasoningItem, ResponseObject } from './responses-types.ts';

/**
 * The event sequence the Responses API streams for `response`, as openai-node's ResponseStream and the Vercel AI
 * SDK consume it: `response.created`, `response.in_progress`, then per output item `response.output_item.added`,
 * its parts (`response.content_part.added`, text deltas, `response.output_text.done`,
 * `response.content_part.done`, with `response.output_text.annotation.added` per citation), its function-call
 * argument deltas, or its reasoning summary (`response.reasoning_summary_part.added`, summary text deltas, …) and
 * reasoning text, `response.output_item.done`; finally
 * `response.completed` (or `response.incomplete`) carrying the whole response. `sequence_number` counts from 0.
 *
 * @example
 * responsesReplayEvents(answer, { chunkChars: 32 }) // → ['event: response.created\ndata: {…}\n\n', …]
 */
export function responsesReplayEvents(response: ResponseObject, options: { chunkChars: number }): string[] {
  const events: string[] = [];
  const emit = (type: string, fields: Record<string, unknown>) => events.push(namedEvent(type, { type, sequence_number: events.length, ...fields }));
  const pending = { ...response, status: 'in_progress', output: [], incomplete_details: null, usage: null };
  emit('response.created', { response: pending });
  emit('response.in_progress', { response: pending });
  response.output.forEach((item, outputIndex) => {
    if (item.type === 'message' && Array.isArray(item.content)) replayMessage(item as OutputMessage, outputIndex, emit, options.chunkChars);
    else if (item.type === 'function_call') replayFunctionCall(item as FunctionCallItem, outputIndex, emit, options.chunkChars);
    else if (item.type === 'reasoning' && typeof item.id === 'string') replayReasoning(item as ReasoningItem, outputIndex, emit, options.chunkChars);
    else if (item.type === 'code_interpreter_call' && typeof item.id === 'string' && typeof item.code === 'string') replayCodeInterpreterCall(item as OutputItem & { id: string; code: string }, outputIndex, emit, options.chunkChars);
    else if (item.type === 'custom_tool_call' && typeof item.id === 'string' && typeof item.input === 'string') replayCustomToolCall(item as OutputItem & { id: string; input: string }, outputIndex, emit, options.chunkChars);
    else if ((item.type === 'web_search_call' || item.type === 'file_search_call') && typeof item.id === 'string') replaySearchCall(item as OutputItem & { id: string }, outputIndex, emit);
    else {
      emit('response.output_item.added', { output_index: outputIndex, item });
      emit('response.output_item.done', { output_index: outputIndex, item });
    }
  });
  emit(response.status === 'incomplete' ? 'response.incomplete' : 'response.completed', { response });
  return events;
}

type Emit = (type: string, fields: Record<string, unknown>) => void;

function replayMessage(message: OutputMessage, outputIndex: number, emit: Emit, chunkChars: number): void {
  const itemId = message.id;
  emit('response.output_item.added', { output_index: outputIndex, item: { ...message, status: 'in_progress', content: [] } });
  message.content.forEach((part, contentIndex) => {
    const at = { item_id: itemId, output_index: outputIndex, content_index: contentIndex };
    if (part.type === 'output_text' && typeof part.text === 'string') {
      replayOutputText(part as OutputTextPart, at, emit, chunkChars);
    } else if (part.type === 'refusal' && typeof part.refusal === 'string') {
      emit('response.content_part.added', { ...at, part: { ...part, refusal: '' } });
      for (const delta of splitCodePoints(part.refusal, chunkChars)) emit('response.refusal.delta', { ...at, delta });
      emit('response.refusal.done', { ...at, refusal: part.refusal });
    } else {
      emit('response.content_part.added', { ...at, part: part as OutputContentPart });
    }
    emit('response.content_part.done', { ...at, part });
  });
  emit('response.output_item.done', { output_index: outputIndex, item: message });
}

type OutputTextPart = OutputContentPart & { type: 'output_text'; text: string };

/**
 * An `output_text` part's events. OpenAI sends each token's logprob on the delta that carries the token (with
 * `include: ["message.output_text.logprobs"]`), all of them on `response.output_text.done`, and none yet on the
 * added part; openai-node's ResponseStream and the Vercel AI SDK collect them from the deltas, so a hit does the same.
 */
function replayOutputText(part: OutputTextPart, at: Record<string, unknown>, emit: Emit, chunkChars: number): void {
  const logprobs = Array.isArray(part.logprobs) ? part.logprobs : undefined;
  const added = logprobs ? { ...part, text: '', annotations: [], logprobs: [] } : { ...part, text: '', annotations: [] };
  emit('response.content_part.added', { ...at, part: added });
  for (const delta of outputTextDeltas(part.text, logprobs, chunkChars)) emit('response.output_text.delta', { ...at, delta: delta.text, logprobs: delta.entries });
  // Citations (web or file search): the Vercel AI SDK makes its `source` parts of these events only.
  const annotations = Array.isArray(part.annotations) ? part.annotations : [];
  annotations.forEach((annotation, annotationIndex) => emit('response.output_text.annotation.added', { ...at, annotation_index: annotationIndex, annotation }));
  emit('response.output_text.done', { ...at, text: part.text, logprobs: logprobs ?? [] });
}

/**
 * A `reasoning` item as OpenAI streams it: each summary part added, its text in deltas, done; then each part of its
 * own reasoning text (`content`, open-weight models) as a content part with `response.reasoning_text.*` deltas.
 * Every part is emitted, in order, even one without text: openai-node's accumulator appends parts by index and
 * throws on a gap or on a delta for a part never added. The Vercel AI SDK (`reasoningText`) reads the deltas.
 */
function replayReasoning(item: ReasoningItem, outputIndex: number, emit: Emit, chunkChars: number): void {
  const summary = Array.isArray(item.summary) ? item.summary : [];
  const content = Array.isArray(item.content) ? item.content : undefined;
  emit('response.output_item.added', { output_index: outputIndex, item: { ...item, summary: [], ...(content ? { content: [] } : {}) } });
  summary.forEach((part, summaryIndex) => {
    const text = typeof part.text === 'string' ? part.text : '';
    const at = { item_id: item.id, output_index: outputIndex, summary_index: summaryIndex };
    emit('response.reasoning_summary_part.added', { ...at, part: { ...part, text: '' } });
    for (const delta of splitCodePoints(text, chunkChars)) emit('response.reasoning_summary_text.delta', { ...at, delta });
    emit('response.reasoning_summary_text.done', { ...at, text });
    emit('response.reasoning_summary_part.done', { ...at, part });
  });
  content?.forEach((part, contentIndex) => {
    const at = { item_id: item.id, output_index: outputIndex, content_index: contentIndex };
    if (part.type !== 'reasoning_text' || typeof part.text !== 'string') {
      emit('response.content_part.added', { ...at, part });
      emit('response.content_part.done', { ...at, part });
      return;
    }
    emit('response.content_part.added', { ...at, part: { ...part, text: '' } });
    for (const delta of splitCodePoints(part.text, chunkChars)) emit('response.reasoning_text.delta', { ...at, delta });
    emit('response.reasoning_text.done', { ...at, text: part.text });
    emit('response.content_part.done', { ...at, part });
  });
  emit('response.output_item.done', { output_index: outputIndex, item });
}

/**
 * The text in groups of whole tokens, each with its tokens' logprobs (streaming/logprob-chunks.ts, as chat
 * completions replay them); when there are none, or they do not spell out the text, code-point chunks without
 * logprobs (`output_text.done` still carries them all).
 */
function outputTextDeltas(text: string, logprobs: unknown, chunkChars: number): LogprobGroup[] {
  return tokenAlignedGroups(logprobs, text, chunkChars) ?? splitCodePoints(text, chunkChars).map((piece) => ({ text: piece, entries: [] }));
}

function replayFunctionCall(call: FunctionCallItem, outputIndex: number, emit: Emit, chunkChars: number): void {
  emit('response.output_item.added', { output_index: outputIndex, item: { ...call, arguments: '', status: 'in_progress' } as OutputItem });
  for (const delta of splitCodePoints(call.arguments, chunkChars)) emit('response.function_call_arguments.delta', { item_id: call.id, output_index: outputIndex, delta });
  emit('response.function_call_arguments.done', { item_id: call.id, output_index: outputIndex, arguments: call.arguments });
  emit('response.output_item.done', { output_index: outputIndex, item: call });
}

/**
 * A `code_interpreter_call` as OpenAI streams it: added with no code, in progress, its code in deltas, done,
 * interpreting, completed, then the whole item. The Vercel AI SDK makes its tool call of `code_interpreter_call_code.done`
 * only: replayed as added-and-done alone, a hit's `streamText` had no call (a review of hits' fidelity, session 33).
 */
function replayCodeInterpreterCall(item: OutputItem & { id: string; code: string }, outputIndex: number, emit: Emit, chunkChars: number): void {
  const at = { item_id: item.id, output_index: outputIndex };
  emit('response.output_item.added', { output_index: outputIndex, item: { ...item, status: 'in_progress', code: '', outputs: null } });
  emit('response.code_interpreter_call.in_progress', at);
  for (const delta of splitCodePoints(item.code, chunkChars)) emit('response.code_interpreter_call_code.delta', { ...at, delta });
  emit('response.code_interpreter_call_code.done', { ...at, code: item.code });
  emit('response.code_interpreter_call.interpreting', at);
  emit('response.code_interpreter_call.completed', at);
  emit('response.output_item.done', { output_index: outputIndex, item });
}

/** A `custom_tool_call` (a tool of free-form input): added with no input, its input in deltas, done, the whole item. */
function replayCustomToolCall(item: OutputItem & { id: string; input: string }, outputIndex: number, emit: Emit, chunkChars: number): void {
  const at = { item_id: item.id, output_index: outputIndex };
  emit('response.output_item.added', { output_index: outputIndex, item: { ...item, status: 'in_progress', input: '' } });
  for (const delta of splitCodePoints(item.input, chunkChars)) emit('response.custom_tool_call_input.delta', { ...at, delta });
  emit('response.custom_tool_call_input.done', { ...at, input: item.input });
  emit('response.output_item.done', { output_index: outputIndex, item });
}

/** A web or file search call: added, in progress, searching, completed, done (the events carry no content). */
function replaySearchCall(item: OutputItem & { id: string }, outputIndex: number, emit: Emit): void {
  const at = { item_id: item.id, output_index: outputIndex };
  const kind = item.type as 'web_search_call' | 'file_search_call';
  emit('response.output_item.added', { output_index: outputIndex, item: { ...item, status: 'in_progress', ...(kind === 'file_search_call' ? { results: null } : {}) } });
  emit(`response.${kind}.in_progress`, at);
  emit(`response.${kind}.searching`, at);
  emit(`response.${kind}.completed`, at);
  emit('response.output_item.done', { output_index: outputIndex, item });
}
