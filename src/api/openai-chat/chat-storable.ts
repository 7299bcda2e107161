import type { RouteSettings } from '../../config/schema.ts';
import type { ChatCompletion, ChatCompletionChoice, FinishReason } from '../../cache/chat-types.ts';

/**
 * Whether a completed upstream answer may be stored (DESIGN.md §1): every choice finished with `stop`, or with
 * `tool_calls` / `length` where the route allows it; never `content_filter`, an unfinished choice, or an answer that
 * carries an `error`. A choice
 * that calls tools is a tool call whatever its `finish_reason`: with a named `tool_choice` (a forced function)
 * OpenAI answers `stop` beside the `tool_calls`.
 */
export function isStorable(completion: ChatCompletion, settings: Pick<RouteSettings, 'cacheToolCalls' | 'cacheTruncated'>): boolean {
  if (!isReplayable(completion) || completion.choices.length === 0) return false;
  // An answer that carries an error beside its choices is an upstream's failure, not an answer (a hostile review,
  // session 55: a 200 with both `choices` and `error` was stored and served).
  if ((completion as { error?: unknown }).error !== undefined && (completion as { error?: unknown }).error !== null) return false;
  return completion.choices.every((choice) => allowedFinish(choice.finish_reason, settings) && (settings.cacheToolCalls || !callsTools(choice)));
}

/**
 * Whether an answer has the shape a JSON and a streamed hit can both give back (src/streaming/replay.ts): every
 * choice a message whose `content` is a string or null, `refusal` a string or null, tool calls of type
 * `function` with a non-empty id and name and string arguments, each choice under its own index. Other shapes (content as a list of parts, as some OpenAI-compatible
 * servers send; a `custom` tool call; a choice with no message) pass through uncached: a streamed replay could not
 * rebuild them, and a stored one would fail every streamed hit.
 */
export function isReplayable(completion: unknown): completion is ChatCompletion {
  if (!isObject(completion) || completion.object !== 'chat.completion' || !Array.isArray(completion.choices)) return false;
  // Each choice its own index, as a stream addresses its deltas by it (two choices at 0 stream as one "AB").
  const indices = new Set<unknown>();
  return completion.choices.every((choice: unknown) => {
    if (!isObject(choice) || !Number.isInteger(choice.index) || (choice.index as number) < 0 || indices.has(choice.index)) return false;
    indices.add(choice.index);
    return isReplayableMessage(choice.message);
  });
}

function isReplayableMessage(message: unknown): boolean {
  if (!isObject(message)) return false;
  const { content, refusal, tool_calls: calls, function_call: call } = message;
  if (!(content === null || content === undefined || typeof content === 'string')) return false;
  if (!(refusal === null || refusal === undefined || typeof refusal === 'string')) return false;
  if (!(calls === null || calls === undefined || (Array.isArray(calls) && calls.every(isFunctionCall)))) return false;
  return call === null || call === undefined || isFunction(call);
}

function isFunctionCall(call: unknown): boolean {
  // A stream names a call by its id and name: empty, the SDK makes up an id and the assembler gives up.
  return isObject(call) && typeof call.id === 'string' && call.id !== '' && call.type === 'function' && isFunction(call.function) && (call.function as { name: string }).name !== '';
}

function isFunction(value: unknown): boolean {
  return isObject(value) && typeof value.name === 'string' && typeof value.arguments === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function allowedFinish(reason: FinishReason | null, settings: Pick<RouteSettings, 'cacheToolCalls' | 'cacheTruncated'>): boolean {
  switch (reason) {
    case 'stop':
      return true;
    case 'tool_calls':
      return settings.cacheToolCalls;
    case 'length':
      return settings.cacheTruncated;
    default:
      return false;
  }
}

// `function_call` is the deprecated single-function form of the same thing.
function callsTools(choice: ChatCompletionChoice): boolean {
  const calls = choice.message?.tool_calls;
  return (Array.isArray(calls) && calls.length > 0) || (choice.message?.function_call !== undefined && choice.message?.function_call !== null);
}
