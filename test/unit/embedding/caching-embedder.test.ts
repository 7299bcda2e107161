import { describe, expect, it } from 'vitest';
import { CachingEmbedder } from '../../../src/embedding/caching-embedder.ts';
import type { EmbedContext, Embedder, Embedding } from '../../../src/embedding/embedder.ts';

/** Counts calls; embeds every text as a unit vector in 2 dimensions and bills 7 tokens. */
class CountingEmbedder implements Embedder {
  readonly kind = 'upstream' as const;
  readonly model = 'counting';
  readonly dimension = 2;
  calls: string[] = [];
  contexts: Array<EmbedContext | undefined> = [];
  failNext = false;
  pending: Array<() => void> = [];
  hold = false;

  async start(): Promise<void> {}

  async embed(text: string, context?: EmbedContext): Promise<Embedding> {
    this.calls.push(text);
    this.contexts.push(context);
    if (this.hold) await new Promise<void>((resolve) => this.pending.push(resolve));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('boom');
    }
    const angle = text.length;
    return { vector: Float32Array.of(Math.cos(angle), Math.sin(angle)), coverage: 1, billedTokens: 7 };
  }

  knowsToken(token: string): boolean {
    return token === 'known';
  }
}

describe('CachingEmbedder', () => {
  it('reports the wrapped embedder as its own', () => {
    const caching = new CachingEmbedder(new CountingEmbedder());
    expect([caching.kind, caching.model, caching.dimension]).toEqual(['upstream', 'counting', 2]);
    expect(caching.knowsToken('known')).toBe(true);
    expect(caching.knowsToken('other')).toBe(false);
  });

  it('embeds a text once and serves repeats from memory, billing nothing for them', async () => {
    const inner = new CountingEmbedder();
    const caching = new CachingEmbedder(inner);
    const first = await caching.embed('hello');
    const second = await caching.embed('hello');
    expect(inner.calls).toEqual(['hello']);
    expect(Array.from(second.vector)).toEqual(Array.from(first.vector));
    expect(first.billedTokens).toBe(7);
    expect(second.billedTokens).toBe(0);
  });

  it('keys by text only: callers with different credentials share the embedding', async () => {
    const inner = new CountingEmbedder();
    const caching = new CachingEmbedder(inner);
    await caching.embed('hello', { authorization: 'Bearer sk-a' });
    await caching.embed('hello', { authorization: 'Bearer sk-b' });
    expect(inner.calls).toHaveLength(1);
    expect(inner.contexts[0]?.authorization).toBe('Bearer sk-a');
  });

  it('drops the least recently used text beyond maxEntries', async () => {
    const inner = new CountingEmbedder();
    const caching = new CachingEmbedder(inner, { maxEntries: 2 });
    await caching.embed('a');
    await caching.embed('b');
    await caching.embed('a'); // a is now the most recently used
    await caching.embed('c'); // evicts b
    expect(caching.size).toBe(2);
    await caching.embed('a');
    await caching.embed('c');
    expect(inner.calls).toEqual(['a', 'b', 'c']);
    await caching.embed('b');
    expect(inner.calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('shares one call between concurrent requests for the same text', async () => {
    const inner = new CountingEmbedder();
    inner.hold = true;
    const caching = new CachingEmbedder(inner);
    const both = Promise.all([caching.embed('same'), caching.embed('same')]);
    await Promise.resolve();
    for (const release of inner.pending) release();
    const [first, second] = await both;
    expect(inner.calls).toEqual(['same']);
    expect(first.billedTokens + second.billedTokens).toBe(7);
  });

  it('does not cache a failure', async () => {
    const inner = new CountingEmbedder();
    const caching = new CachingEmbedder(inner);
    inner.failNext = true;
    await expect(caching.embed('hello')).rejects.toThrow('boom');
    await expect(caching.embed('hello')).resolves.toMatchObject({ billedTokens: 7 });
    expect(inner.calls).toEqual(['hello', 'hello']);
  });

  it('caches nothing with maxEntries 0 and rejects a negative bound', async () => {
    const inner = new CountingEmbedder();
    const caching = new CachingEmbedder(inner, { maxEntries: 0 });
    await caching.embed('x');
    await caching.embed('x');
    expect(inner.calls).toEqual(['x', 'x']);
    expect(() => new CachingEmbedder(inner, { maxEntries: -1 })).toThrow(RangeError);
  });
});
