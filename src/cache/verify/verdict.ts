/**
 * What the verification stage says about one semantic candidate (DESIGN.md §1, "verify"). The embedding search
 * only proposes candidates; a verdict decides whether one may be served for the query.
 *
 * - `same`: every difference between query and candidate keeps the meaning; `accepted` names them
 *   (e.g. `politeness please`, `inflection spider/spiders`) for `X-Cache-Explain`.
 * - `different`: a blocking change (e.g. `antonym increase/decrease`, `order`, `number 3/10`).
 * - `undecided`: reworded, words added or removed that no rule explains; the route's LLM judge decides when it
 *   has one, else it is a MISS.
 *
 * Reasons and accepted differences name only tokens of the caller's own query and its own partition's entry.
 */
export type Verdict =
  | { kind: 'same'; accepted: readonly string[] }
  | { kind: 'different'; reason: string }
  | { kind: 'undecided'; reason: string };

export type VerdictKind = Verdict['kind'];

/** Who is asking: the verifier may act differently per route (an LLM judge is configured per route). */
export interface VerifyContext {
  route: string;
  /** Digest of the query (partition + text) and the candidate's entry id: the key of a cached judge verdict. */
  queryId: string;
  entryId: string;
  /**
   * The readable instructions and earlier turns both texts are read in (RequestKey.shared), when the request has any:
   * the same for the query and every candidate, since they are part of the partition.
   */
  shared?: string;
  /** The caller's credentials, for a judge with no key of its own. Passed through, never stored or logged. */
  credentials?: { authorization?: string; audience?: string };
}

/**
 * Decides whether a stored entry's text may answer a query's text. Implementations: the structural verifier
 * (rules over aligned tokens, synchronous, no I/O) and the judged verifier (structural first, then the route's
 * LLM judge for `undecided`).
 */
export interface CandidateVerifier {
  verify(query: string, candidate: string, context: VerifyContext): Verdict | Promise<Verdict>;
}
