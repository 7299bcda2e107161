import type { Token } from './verify-tokens.ts';

/**
 * Whether some token of a list passes `test`, read once per token list and kept in `cache`. The rules ask such
 * questions of a whole text for every difference they look at; a text of many differences must not be scanned once
 * for each (a 256 KB text of repeated units made several rules quadratic before their scans were kept).
 */
export function someTokenOnce(tokens: readonly Token[], cache: WeakMap<readonly Token[], boolean>, test: (token: Token, index: number, tokens: readonly Token[]) => boolean): boolean {
  let found = cache.get(tokens);
  if (found === undefined) cache.set(tokens, (found = tokens.some(test)));
  return found;
}

/** Whether a word of `words` (lower case) stands anywhere in a token list, in any case; once per token list and set. */
export function mentionsAny(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  let bySet = MENTIONS.get(tokens);
  if (bySet === undefined) MENTIONS.set(tokens, (bySet = new Map()));
  let found = bySet.get(words);
  if (found === undefined) bySet.set(words, (found = tokens.some((token) => token.kind === 'word' && words.has(token.key.toLowerCase()))));
  return found;
}
const MENTIONS = new WeakMap<readonly Token[], Map<ReadonlySet<string>, boolean>>();
