import type { Embedder } from '../embedding/embedder.ts';
import { isNegation, wordTokens } from '../embedding/tokenize.ts';
import type { CandidateVerifier } from './verify/verdict.ts';

/**
 * Checks run on a semantic candidate before it is served (DESIGN.md §1). Word vectors blur exactly the tokens
 * that decide many answers, so:
 * - tokens the embedder does not know (numbers, IDs, code, most names) must be the same multiset on both
 *   sides: "invoice 5" never serves "invoice 6";
 * - a negation on one side only blocks the hit: "is X safe" never serves "is X not safe".
 */
export interface GuardVocabulary {
  /** The tokenizer the embedder uses (contractions expanded, so "don't" gives a `not` token). */
  tokens(text: string): string[];
  knowsToken(token: string): boolean;
  isNegation(token: string): boolean;
}

export type GuardVerdict = { pass: true } | { pass: false; reason: 'unknown-tokens-differ' | 'negation-differs' };

export function checkGuards(query: string, candidate: string, vocabulary: GuardVocabulary): GuardVerdict {
  const queryTokens = vocabulary.tokens(query);
  const candidateTokens = vocabulary.tokens(candidate);
  const negated = (tokens: string[]) => tokens.some((token) => vocabulary.isNegation(token));
  if (negated(queryTokens) !== negated(candidateTokens)) return { pass: false, reason: 'negation-differs' };
  const unknown = (tokens: string[]) => tokens.filter((token) => !vocabulary.knowsToken(token));
  if (!sameMultiset(unknown(queryTokens), unknown(candidateTokens))) return { pass: false, reason: 'unknown-tokens-differ' };
  return { pass: true };
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

/** The guard vocabulary of an embedder: its tokenizer, its known words and the negation list. */
export function vocabularyOf(embedder: Pick<Embedder, 'knowsToken'>): GuardVocabulary {
  return { tokens: wordTokens, knowsToken: (token) => embedder.knowsToken(token), isNegation };
}

/**
 * The guards as a CandidateVerifier. A stand-in until the structural verifier of src/cache/verify/ replaces it:
 * it never says `undecided`.
 */
export function guardsVerifier(vocabulary: GuardVocabulary): CandidateVerifier {
  return {
    verify(query, candidate) {
      const verdict = checkGuards(query, candidate, vocabulary);
      return verdict.pass ? { kind: 'same', accepted: [] } : { kind: 'different', reason: verdict.reason };
    },
  };
}
