import { describe, expect, it } from 'vitest';
import type { LookupOutcome } from '../../../src/cache/chat-cache.ts';
import type { ChatCompletion } from '../../../src/cache/chat-types.ts';
import { answerText, shadowProbe, type ShadowComparison, type ShadowLookup } from '../../../src/cache/shadow.ts';
import type { CacheEntry } from '../../../src/store/vector-store.ts';

function completion(content: string | null, extra: Partial<ChatCompletion> = {}, toolCalls?: Array<[string, string]>): ChatCompletion {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, message: { role: 'assistant', content, ...(toolCalls ? { tool_calls: toolCalls.map(([name, args], i) => ({ id: `c${i}`, type: 'function' as const, function: { name, arguments: args } })) } : {}) }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    ...extra,
  };
}

function recorder() {
  const lookups: ShadowLookup[] = [];
  const comparisons: ShadowComparison[] = [];
  return { lookups, comparisons, observer: { shadowLookup: (_route: string, lookup: ShadowLookup) => lookups.push(lookup), shadowCompared: (_route: string, comparison: ShadowComparison) => comparisons.push(comparison) } };
}

const entryWith = (answer: ChatCompletion) => ({ id: 'e1', completion: answer }) as unknown as CacheEntry;

describe('answerText', () => {
  it('ignores ids, timestamps, usage and surrounding whitespace', () => {
    expect(answerText(completion('Paris.'))).toBe(answerText(completion(' Paris.\n', { id: 'chatcmpl-2', created: 99, usage: { prompt_tokens: 5, completion_tokens: 5, total_tokens: 10 } })));
  });

  it('tells different text or tool calls apart', () => {
    expect(answerText(completion('Paris.'))).not.toBe(answerText(completion('Berlin.')));
    expect(answerText(completion(null, {}, [['lookup', '{"city":"Paris"}']]))).not.toBe(answerText(completion(null, {}, [['lookup', '{"city":"Berlin"}']])));
  });
});

describe('shadowProbe', () => {
  it('records a would-be semantic hit and compares the fresh answer with the one it would have served', () => {
    const { lookups, comparisons, observer } = recorder();
    const outcome: LookupOutcome = { kind: 'hit', match: 'semantic', entry: entryWith(completion('Paris.')), similarity: 0.95, verdict: { kind: 'same', accepted: [] }, timings: {} };
    const probe = shadowProbe('support', outcome, observer)!;
    expect(probe.lookup).toBe('would-hit-semantic');
    expect(probe.compare!(completion('Paris. '))).toBe('same');
    expect(probe.compare!(completion('Lyon.'))).toBe('differed');
    expect(lookups).toEqual(['would-hit-semantic']);
    expect(comparisons).toEqual(['same', 'differed']);
  });

  it('records an exact would-be hit and a would-be miss (nothing to compare); a failed lookup is not a shadow outcome', () => {
    const { lookups, observer } = recorder();
    expect(shadowProbe('r', { kind: 'hit', match: 'exact', entry: entryWith(completion('x')), timings: {} }, observer)?.lookup).toBe('would-hit-exact');
    const miss = shadowProbe('r', { kind: 'miss', timings: {} }, observer);
    expect(miss).toEqual({ lookup: 'would-miss' });
    expect(shadowProbe('r', { kind: 'error', error: new Error('down'), timings: {} }, observer)).toBeUndefined();
    expect(lookups).toEqual(['would-hit-exact', 'would-miss']);
  });
});
