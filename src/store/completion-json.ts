import type { CachedAnswer } from '../cache/cached-answer.ts';
import { hasRoundedIntegers, parseJsonText, stringifyExactly } from '../util/raw-json.ts';

/**
 * How a stored answer is written as text and read back, by every store. An answer holds its integers beyond 2^53
 * as their digits (an order number in a tool call's input, raw-json.ts): read back with a plain JSON.parse, a hit
 * would serve `12345678901234567891` as `12345678901234567000`.
 */

/** The answer as JSON text, or undefined when it could not be read back exactly (so it is not stored). */
export function completionToJson(completion: CachedAnswer): string | undefined {
  return stringifyExactly(completion);
}

/** The answer in stored JSON text, or undefined when reading it would round its integers (the entry is then a miss). */
export function completionFromJson(json: string): CachedAnswer | undefined {
  const completion = parseJsonText(json);
  return hasRoundedIntegers(completion) ? undefined : (completion as CachedAnswer);
}
