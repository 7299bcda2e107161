import type { LookupOutcome } from './chat-cache.ts';
import type { CachedAnswer } from './cached-answer.ts';
import type { ChatCompletion } from './chat-types.ts';

/**
 * Shadow mode (route `mode: shadow`): the lookup and the verifier run as usual, but the cache never answers; the
 * upstream does, and the proxy reports what the cache would have done. That lets an operator measure a route's
 * would-be hit rate, and how often a would-be hit's answer differs from the fresh one, before serving from it.
 */
export type ShadowLookup = 'would-hit-exact' | 'would-hit-semantic' | 'would-miss';

/** A would-be hit's cached answer against the fresh one: the same text (and tool calls), or not. */
export type ShadowComparison = 'same' | 'differed';

/** Receives shadow-mode outcomes (metrics implement it). */
export interface ShadowObserver {
  shadowLookup(route: string, lookup: ShadowLookup): void;
  shadowCompared(route: string, comparison: ShadowComparison): void;
}

/** What a shadow route's lookup found, and how to compare the fresh answer with it when there was a would-be hit. */
export interface ShadowProbe {
  lookup: ShadowLookup;
  /** Call with the fresh answer once it completed (undefined for a would-be miss: nothing to compare). */
  compare?: (fresh: CachedAnswer) => ShadowComparison;
}

/**
 * Records a shadow route's lookup outcome. A lookup that failed (store fault) is not a shadow outcome: it is
 * reported as a cache fault like on any route.
 *
 * @example const probe = shadowProbe('support', outcome, metrics); … probe?.compare?.(freshCompletion)
 */
export function shadowProbe(route: string, outcome: LookupOutcome, observer: ShadowObserver, textOf: (answer: CachedAnswer) => string = (answer) => answerText(answer as ChatCompletion)): ShadowProbe | undefined {
  if (outcome.kind === 'error') return undefined;
  if (outcome.kind === 'miss') {
    observer.shadowLookup(route, 'would-miss');
    return { lookup: 'would-miss' };
  }
  const lookup: ShadowLookup = outcome.match === 'exact' ? 'would-hit-exact' : 'would-hit-semantic';
  observer.shadowLookup(route, lookup);
  const cached = outcome.entry.completion;
  return {
    lookup,
    compare(fresh) {
      const comparison: ShadowComparison = textOf(cached) === textOf(fresh) ? 'same' : 'differed';
      observer.shadowCompared(route, comparison);
      return comparison;
    },
  };
}

/**
 * The part of an answer a user sees: each choice's text and tool calls, in choice order, ends trimmed. Ids,
 * timestamps, usage and fingerprints differ on every call and say nothing about the answer.
 */
export function answerText(completion: ChatCompletion): string {
  const choices = [...(completion.choices ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  return JSON.stringify(
    choices.map((choice) => {
      const content = typeof choice.message?.content === 'string' ? choice.message.content.trim() : null;
      const toolCalls = (choice.message?.tool_calls ?? []).map((call) => [call.function.name, call.function.arguments]);
      return toolCalls.length > 0 ? [content, toolCalls] : [content];
    }),
  );
}
