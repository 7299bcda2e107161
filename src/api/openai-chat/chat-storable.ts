import type { RouteSettings } from '../../config/schema.ts';
import type { ChatCompletion, ChatCompletionChoice, FinishReason } from '../../cache/chat-types.ts';

/**
 * Whether a completed upstream answer may be stored (DESIGN.md §1): every choice finished with `stop`, or with
 * `tool_calls` / `length` where the route allows it; never `content_filter` or an unfinished choice. A choice
 * that calls tools is a tool call whatever its `finish_reason`: with a named `tool_choice` (a forced function)
 * OpenAI answers `stop` beside the `tool_calls`.
 */
export function isStorable(completion: ChatCompletion, settings: Pick<RouteSettings, 'cacheToolCalls' | 'cacheTruncated'>): boolean {
  if (completion.object !== 'chat.completion' || !Array.isArray(completion.choices) || completion.choices.length === 0) return false;
  return completion.choices.every((choice) => allowedFinish(choice.finish_reason, settings) && (settings.cacheToolCalls || !callsTools(choice)));
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
