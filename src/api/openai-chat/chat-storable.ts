import type { RouteSettings } from '../../config/schema.ts';
import type { ChatCompletion, FinishReason } from '../../cache/chat-types.ts';

/**
 * Whether a completed upstream answer may be stored (DESIGN.md §1): every choice finished with `stop`, or with
 * `tool_calls` / `length` where the route allows it; never `content_filter` or an unfinished choice.
 */
export function isStorable(completion: ChatCompletion, settings: Pick<RouteSettings, 'cacheToolCalls' | 'cacheTruncated'>): boolean {
  if (completion.object !== 'chat.completion' || !Array.isArray(completion.choices) || completion.choices.length === 0) return false;
  return completion.choices.every((choice) => allowedFinish(choice.finish_reason, settings));
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
