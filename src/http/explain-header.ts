import type { LookupOutcome } from '../cache/chat-cache.ts';
import type { Verdict } from '../cache/verify/verdict.ts';
import { formatSimilarity } from './cache-headers.ts';

/** Longest `X-Cache-Explain` value; verdict reasons quote the caller's tokens, which may be anything. */
export const EXPLAIN_MAX_LENGTH = 512;

/**
 * Why a lookup answered as it did, for `X-Cache-Explain` (DESIGN.md §2), before encoding:
 * - exact hit: `exact`;
 * - semantic hit: `similarity=0.9712; same: <accepted differences>` (`same` alone when there were none);
 * - miss whose nearest candidate was refused: `similarity=0.9712; different: antonym increase/decrease` (or
 *   `undecided: …`);
 * - miss whose nearest candidate was below the threshold: `similarity=0.8123; below-threshold 0.89`;
 * - `no-candidate` (the partition is empty), `exact-only` (the semantic tier did not run: route mode, a prompt
 *   the embedder barely knows, a last message that is not the user's), `no-servable-candidate` (candidates
 *   passed but had vanished or were rejected by feedback).
 * Candidates come from the caller's own partition only (the KNN is restricted to it), so the text quoted by a
 * verdict is the caller's own request and an entry stored for the same tenant and prompt context. On a route whose
 * tenant holds several API keys (`share`, a trusted tenant header) that entry may be another key's: there `quote` is
 * false and a verdict is named by its kind alone (a hostile review, session 53: a probe's miss quoted words of another
 * key's stored prompt, "reworded leukemia/diabetes").
 */
export function explainLookup(outcome: Exclude<LookupOutcome, { kind: 'error' }>, threshold: number, options: { quote?: boolean } = {}): string {
  const quote = options.quote ?? true;
  if (outcome.kind === 'hit') {
    if (outcome.match === 'exact') return 'exact';
    return `similarity=${formatSimilarity(outcome.similarity)}; ${explainVerdict(outcome.verdict, quote)}`;
  }
  if (outcome.rejected) return `similarity=${formatSimilarity(outcome.rejected.similarity)}; ${explainVerdict(outcome.rejected.verdict, quote)}`;
  if (outcome.nearestSimilarity === undefined) return outcome.embedding ? 'no-candidate' : 'exact-only';
  if (outcome.nearestSimilarity < threshold) return `similarity=${formatSimilarity(outcome.nearestSimilarity)}; below-threshold ${threshold}`;
  return `similarity=${formatSimilarity(outcome.nearestSimilarity)}; no-servable-candidate`;
}

/** The verdict with its notes or reason, which quote both texts' words; its kind alone where `quote` is false. */
function explainVerdict(verdict: Verdict, quote: boolean): string {
  if (!quote) return verdict.kind;
  if (verdict.kind === 'same') return verdict.accepted.length > 0 ? `same: ${verdict.accepted.join(', ')}` : 'same';
  return `${verdict.kind}: ${verdict.reason}`;
}

/**
 * A header-safe form of an explanation: printable ASCII only, `%` and everything outside 0x20–0x7E
 * percent-encoded as UTF-8 (so CR, LF and non-ASCII client text can neither break the header nor be
 * mangled), cut at EXPLAIN_MAX_LENGTH without splitting an escape, with `...` marking a cut.
 *
 * @example encodeExplanation('antonym größer/kleiner') === 'antonym gr%C3%B6%C3%9Fer/kleiner'
 */
export function encodeExplanation(text: string): string {
  let encoded = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const piece = code >= 0x20 && code <= 0x7e && character !== '%' ? character : percentEncode(character);
    if (encoded.length + piece.length > EXPLAIN_MAX_LENGTH - 3) return `${encoded}...`;
    encoded += piece;
  }
  return encoded;
}

function percentEncode(character: string): string {
  let escaped = '';
  for (const byte of Buffer.from(character, 'utf8')) escaped += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return escaped;
}
