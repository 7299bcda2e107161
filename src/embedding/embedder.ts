/**
 * Turns text into a unit-length vector whose cosine similarity with another embedding says how close two
 * prompts are in meaning. Implementations: `local` (offline word vectors) and `upstream` (an
 * OpenAI-compatible `/v1/embeddings` endpoint).
 */
export interface Embedder {
  readonly kind: EmbedderKind;
  /** Model name, part of the store's keyspace so vectors of different models never mix. */
  readonly model: string;
  readonly dimension: number;
  /** Builds whatever the embedder needs (e.g. loads the word-vector binary). Called once before serving. */
  start(): Promise<void>;
  embed(text: string, context?: EmbedContext): Promise<Embedding>;
  /**
   * False when this embedder cannot be called for a request with this context: a hosted embedder with no key of
   * its own, whose caller's credential may not go to it (another upstream's key). The cache then answers that
   * request from the exact tier only. Absent: always callable.
   */
  callableFor?(context: EmbedContext): boolean;
  /**
   * Whether the embedder's vocabulary carries the meaning of this token. Tokens it does not know (numbers,
   * IDs, code, most names) get a vector of their own (DESIGN.md §5);
   * the verifier (cache/verify/) judges them exactly.
   */
  knowsToken(token: string): boolean;
}

export type EmbedderKind = 'local' | 'upstream';

export interface Embedding {
  /** Unit length (L2 norm 1), `dimension` entries. */
  vector: Float32Array;
  /**
   * Share of the text's word tokens that the embedder's vocabulary covers, 0..1. Hosted embedders report 1.
   * Below the configured minimum the semantic tier is skipped for that request (exact tier only).
   */
  coverage: number;
  /** Tokens billed by a hosted embedder (0 for local), for net cost accounting. */
  billedTokens: number;
}

export interface EmbedContext {
  /**
   * The caller's `Authorization` header, used by a hosted embedder without a key of its own, and only when the
   * embedder's base URL is `audience` (see src/upstream/caller-credential.ts).
   */
  authorization?: string;
  /** The identity of the upstream the caller's credential was sent for (the route's upstream). */
  audience?: string;
  signal?: AbortSignal;
}
