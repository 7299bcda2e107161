import { createHash } from 'node:crypto';
import type { EmbedContext, Embedder, Embedding } from './embedder.ts';

export interface CachingEmbedderOptions {
  /**
   * Most embeddings kept; the least recently used one is dropped beyond it. Default 10,000: ~10 MB with the
   * local embedder (256 floats each), ~60 MB with a 1536-dimension hosted model.
   */
  maxEntries?: number;
}

/**
 * Remembers embeddings per text (DESIGN §5: "embeddings are cached per text with a bound"), so a prompt that
 * is asked again, or asked by many clients at once, is embedded (and, for a hosted model, paid for) once.
 *
 * The key is a SHA-256 digest of the text alone: an embedding depends only on the text, never on who asked,
 * so no credential is part of the key or the cache (and a long prompt is not kept twice in memory).
 * Concurrent calls for the same text share one call to the wrapped embedder; a failed call is not cached.
 * A cached embedding reports `billedTokens: 0`: nothing was billed for it. Returned vectors are shared
 * between callers and must not be modified.
 *
 * @example const embedder = new CachingEmbedder(new LocalEmbedder(), { maxEntries: 50_000 });
 */
export class CachingEmbedder implements Embedder {
  readonly kind: Embedder['kind'];
  readonly model: string;
  readonly dimension: number;
  private readonly inner: Embedder;
  private readonly maxEntries: number;
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently used entry first.
  private readonly entries = new Map<string, Embedding>();
  private readonly inFlight = new Map<string, Promise<Embedding>>();

  constructor(inner: Embedder, options: CachingEmbedderOptions = {}) {
    const maxEntries = options.maxEntries ?? 10_000;
    if (!(Number.isInteger(maxEntries) && maxEntries >= 0)) throw new RangeError('maxEntries must be an integer ≥ 0');
    this.inner = inner;
    this.kind = inner.kind;
    this.model = inner.model;
    this.dimension = inner.dimension;
    this.maxEntries = maxEntries;
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  /** How many embeddings are cached (for metrics and tests). */
  get size(): number {
    return this.entries.size;
  }

  async embed(text: string, context?: EmbedContext): Promise<Embedding> {
    const key = createHash('sha256').update(text).digest('base64');
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return { ...cached, billedTokens: 0 };
    }
    // Calls made with and without the caller's credential are not shared: one made without it may fail where the
    // other would not (a hosted embedder refuses an unauthenticated call).
    const flight = context?.authorization === undefined ? `-${key}` : `+${key}`;
    const pending = this.inFlight.get(flight);
    if (pending !== undefined) return { ...(await pending), billedTokens: 0 };

    const call = this.inner.embed(text, context);
    this.inFlight.set(flight, call);
    try {
      const embedding = await call;
      this.remember(key, embedding);
      return embedding;
    } finally {
      this.inFlight.delete(flight);
    }
  }

  knowsToken(token: string): boolean {
    return this.inner.knowsToken(token);
  }

  callableFor(context: EmbedContext): boolean {
    return this.inner.callableFor?.(context) ?? true;
  }

  private remember(key: string, embedding: Embedding): void {
    if (this.maxEntries === 0) return;
    this.entries.set(key, embedding);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
