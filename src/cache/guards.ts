/**
 * Checks run on a semantic candidate before it is served (DESIGN.md §1). Word vectors blur exactly the tokens
 * that decide many answers, so:
 * - tokens the embedder does not know (numbers, IDs, code, most names) must be the same multiset on both
 *   sides: "invoice 5" never serves "invoice 6";
 * - a negation on one side only blocks the hit: "is X safe" never serves "is X not safe".
 */
export interface GuardVocabulary {
  /** The tokenizer the embedder uses. */
  tokens(text: string): string[];
  knowsToken(token: string): boolean;
}

export type GuardVerdict = { pass: true } | { pass: false; reason: 'unknown-tokens-differ' | 'negation-differs' };

const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|nowhere|cannot|without)\b|n['’]t\b/iu;

export function checkGuards(query: string, candidate: string, vocabulary: GuardVocabulary): GuardVerdict {
  if (NEGATION.test(query) !== NEGATION.test(candidate)) return { pass: false, reason: 'negation-differs' };
  if (!sameMultiset(unknownTokens(query, vocabulary), unknownTokens(candidate, vocabulary))) {
    return { pass: false, reason: 'unknown-tokens-differ' };
  }
  return { pass: true };
}

function unknownTokens(text: string, vocabulary: GuardVocabulary): string[] {
  return vocabulary.tokens(text).filter((token) => !vocabulary.knowsToken(token));
}

function sameMultiset(left: string[], right: string[]): boolean {
  if (left.length !== right.length) return false;
  const counts = new Map<string, number>();
  for (const token of left) counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const token of right) {
    const count = counts.get(token);
    if (!count) return false;
    counts.set(token, count - 1);
  }
  return true;
}
