import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder, Embedding } from '../../src/embedding/embedder.ts';

/**
 * The conformance suite every Embedder passes (DESIGN §9): deterministic unit vectors of the reported
 * dimension, defined results for empty and very long input, and a paraphrase closer than an unrelated
 * sentence.
 *
 * @param makeEmbedder builds the embedder (not yet started); the suite calls start().
 */
export function describeEmbedderContract(name: string, makeEmbedder: () => Embedder | Promise<Embedder>): void {
  describe(`Embedder contract: ${name}`, () => {
    let embedder: Embedder;

    beforeAll(async () => {
      embedder = await makeEmbedder();
      await embedder.start();
    }, 120_000);

    it('reports its kind, model name and dimension, and returns vectors of that dimension', async () => {
      expect(['local', 'upstream']).toContain(embedder.kind);
      expect(embedder.model).toMatch(/\S/);
      expect(Number.isInteger(embedder.dimension) && embedder.dimension > 0).toBe(true);
      const embedding = await embedder.embed('How do I reset my password?');
      expect(embedding.vector).toBeInstanceOf(Float32Array);
      expect(embedding.vector.length).toBe(embedder.dimension);
    });

    it('returns unit-length vectors with coverage in 0..1 and a non-negative billed token count', async () => {
      for (const text of ['How do I reset my password?', 'summarise ticket 4711', 'a', '2+2', 'Ünïcødé façade café']) {
        const embedding = await embedder.embed(text);
        expectUnitVector(embedding);
        expect(embedding.coverage).toBeGreaterThanOrEqual(0);
        expect(embedding.coverage).toBeLessThanOrEqual(1);
        expect(embedding.billedTokens).toBeGreaterThanOrEqual(0);
      }
    });

    it('is deterministic: the same text gives the same vector', async () => {
      const first = await embedder.embed('What is the capital of France?');
      const second = await embedder.embed('What is the capital of France?');
      expect(Array.from(second.vector)).toEqual(Array.from(first.vector));
    });

    it('gives different texts different vectors', async () => {
      const first = await embedder.embed('What is the capital of France?');
      const second = await embedder.embed('How tall is Mount Everest?');
      expect(cosine(first.vector, second.vector)).toBeLessThan(0.99);
    });

    it('handles empty and whitespace-only input with a defined unit vector', async () => {
      for (const text of ['', '   ', '\n\t']) {
        const embedding = await embedder.embed(text);
        expect(embedding.vector.length).toBe(embedder.dimension);
        expectUnitVector(embedding);
        expect(embedding.coverage).toBeGreaterThanOrEqual(0);
        expect(embedding.coverage).toBeLessThanOrEqual(1);
      }
    });

    it('handles very long input (200,000 characters)', async () => {
      const text = 'The quick brown fox jumps over the lazy dog near ticket 4711. '.repeat(3300).slice(0, 200_000);
      const embedding = await embedder.embed(text);
      expect(embedding.vector.length).toBe(embedder.dimension);
      expectUnitVector(embedding);
    });

    it('places a paraphrase closer than an unrelated sentence', async () => {
      const cases = [
        ['How do I reset my password?', 'How can I reset my password?', 'What is the best recipe for banana bread?'],
        ['A man is playing a guitar.', 'A man is playing the guitar on stage.', 'The stock market fell sharply today.'],
      ] as const;
      for (const [query, paraphrase, unrelated] of cases) {
        const q = (await embedder.embed(query)).vector;
        const p = (await embedder.embed(paraphrase)).vector;
        const u = (await embedder.embed(unrelated)).vector;
        expect(cosine(q, p)).toBeGreaterThan(cosine(q, u));
      }
    });

    it('treats numbers as tokens it does not know, and plain words as known', () => {
      expect(embedder.knowsToken('4711')).toBe(false);
      expect(embedder.knowsToken('house')).toBe(true);
    });
  });
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += a[d]! * b[d]!;
  return dot;
}

function expectUnitVector(embedding: Embedding): void {
  let sum = 0;
  for (const value of embedding.vector) {
    expect(Number.isFinite(value)).toBe(true);
    sum += value * value;
  }
  expect(Math.abs(Math.sqrt(sum) - 1)).toBeLessThan(1e-5);
}
