import type { WordVectors } from './word-vectors.ts';

/**
 * Smooth inverse frequency weights (Arora, Liang & Ma, "A Simple but Tough-to-Beat Baseline for Sentence
 * Embeddings", ICLR 2017): weight(w) = a / (a + p(w)). The word vectors carry only a frequency rank, so p(w) is
 * Zipf's estimate 1 / (rank × H), H the harmonic number of GloVe 6B's 400k-word vocabulary.
 * `a` was chosen on STS-B train with the whole local embedder (Spearman×100): 1e-4 → 72.4, 3e-4 → 73.6,
 * 1e-3 → 73.7, 3e-3 → 73.2; 1e-3 also found the right GPTCache paraphrase most often. It is also the value
 * the SIF paper recommends. The common components depend on it: the word-vector binary records it and is
 * rebuilt when it changes.
 */
export const SIF_A = 1e-3;

const ZIPF_HARMONIC = Math.log(400_000) + 0.5772156649;

export function sifWeight(sourceRank: number): number {
  const probability = 1 / ((sourceRank + 1) * ZIPF_HARMONIC);
  return SIF_A / (SIF_A + probability);
}

/** Precomputes every word's SIF weight and averages word vectors with them. */
export class SifAverager {
  readonly weights: Float32Array;
  private readonly vectors: WordVectors;

  constructor(vectors: WordVectors) {
    this.vectors = vectors;
    this.weights = new Float32Array(vectors.size);
    for (let id = 0; id < vectors.size; id++) this.weights[id] = sifWeight(vectors.sourceRank(id));
  }

  /** Writes the weighted mean of the words' vectors into `out` (zeroed first); returns the total weight. */
  mean(ids: readonly number[], out: Float64Array): number {
    out.fill(0);
    let total = 0;
    for (const id of ids) {
      const weight = this.weights[id]!;
      this.vectors.addScaled(id, weight, out);
      total += weight;
    }
    if (total > 0) for (let d = 0; d < out.length; d++) out[d]! /= total;
    return total;
  }
}

/** Removes from `vector` its projection on each unit row of `components` (rows of vector.length). */
export function removeComponents(vector: Float64Array, components: Float32Array): void {
  const dimension = vector.length;
  for (let start = 0; start + dimension <= components.length; start += dimension) {
    let dot = 0;
    for (let d = 0; d < dimension; d++) dot += vector[d]! * components[start + d]!;
    for (let d = 0; d < dimension; d++) vector[d]! -= dot * components[start + d]!;
  }
}
