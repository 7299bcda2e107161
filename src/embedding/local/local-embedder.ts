import type { EmbedContext, Embedder, Embedding } from '../embedder.ts';
import { americanSpellings } from '../../util/british-american.ts';
import { EmbedderError } from '../embedder-error.ts';
import { wordTokens } from '../tokenize.ts';
import { overlapKey } from './overlap-key.ts';
import { removeComponents, SifAverager } from './sif.ts';
import { addTokenHashVector } from './token-hash-vector.ts';
import { ensureWordVectors, loadWordVectors, type WordVectorFileOptions } from './word-vector-file.ts';
import type { WordVectors } from './word-vectors.ts';

export interface LocalEmbedderOptions extends WordVectorFileOptions {
  /** A word-vector binary to load as is. Default: the one ensureWordVectors builds or finds in the cache. */
  wordVectorsPath?: string;
}

/**
 * Offline embedder over GloVe word vectors: no network, no cost, tens of microseconds per prompt.
 *
 * The vector has two parts, each unit length, concatenated and normalised together:
 * - meaning (100 dims): the SIF-weighted mean of the known words' vectors with the common components
 *   removed (sif.ts, common-components.ts);
 * - lexical overlap (156 dims): a sum of per-token pseudo-random directions, SIF-weighted for known words
 *   (by a light stem, overlap-key.ts) and weighted 2 for unknown tokens (numbers, IDs, names, symbols). So
 *   templated prompts that differ only in "4711" / "4712" land apart, and the nearest candidate of a prompt
 *   is the one sharing its exact numbers and names.
 * Cosine of two embeddings = (cos_meaning + cos_overlap) / 2 when both parts are present. A British spelling is
 * read as its American one first (src/util/british-american.ts: tyre → tire, colour → color).
 * Measured on STS-B dev, Spearman×100: 78.5 (DESIGN §5 baselines: SIF with PC removal 72.4, mean 55.6);
 * parameters were tuned on STS-B train only. See bench/embedder-quality.ts.
 *
 * Text with no known word has only the overlap part (and coverage 0). Empty text, or text made only of
 * punctuation, embeds to one fixed unit vector with coverage 0, so the cache skips the semantic tier for it.
 *
 * @example const embedder = new LocalEmbedder(); await embedder.start(); await embedder.embed('hello');
 */
export class LocalEmbedder implements Embedder {
  readonly kind = 'local' as const;
  /** Changes whenever vectors of this embedder are no longer comparable with earlier ones. */
  readonly model = 'wink-glove-sif-lex-v1';
  readonly dimension = MEANING_DIMENSION + OVERLAP_DIMENSION;
  private readonly options: LocalEmbedderOptions;
  private vectors: WordVectors | undefined;
  private averager: SifAverager | undefined;
  // Reused by every embedSync call (synchronous, so never shared between two calls in flight).
  private readonly scratch = new Float64Array(MEANING_DIMENSION + OVERLAP_DIMENSION);
  private readonly meaningScratch = new Float64Array(MEANING_DIMENSION);

  constructor(options: LocalEmbedderOptions = {}) {
    this.options = options;
  }

  /** Loads the word vectors, building the binary first when it is missing (a few seconds, once). */
  async start(): Promise<void> {
    if (this.vectors !== undefined) return;
    const path = this.options.wordVectorsPath ?? (await ensureWordVectors(this.options));
    const vectors = await loadWordVectors(path);
    if (vectors.dimension !== MEANING_DIMENSION) {
      throw new EmbedderError(`${path}: word vectors have ${vectors.dimension} dimensions, expected ${MEANING_DIMENSION}`);
    }
    this.averager = new SifAverager(vectors);
    this.vectors = vectors;
  }

  async embed(text: string, _context?: EmbedContext): Promise<Embedding> {
    return this.embedSync(text);
  }

  /** The same as `embed`, synchronously (it never waits for anything once started). */
  embedSync(text: string): Embedding {
    const { vectors, averager } = this.started();
    const tokens = wordTokens(text);
    const american = americanSpellings();
    const knownIds: number[] = [];
    const vector = this.scratch.fill(0);
    let known = 0;
    for (const written of tokens) {
      // One word in two spellings is one token: "tyre" embeds as "tire", so British and American prompts meet.
      const token = american.get(written) ?? written;
      const id = vectors.idOf(token);
      if (id === undefined && WORDS_WITHOUT_VECTORS.has(token)) {
        known++;
      } else if (id === undefined) {
        addTokenHashVector(token, UNKNOWN_TOKEN_WEIGHT, vector, MEANING_DIMENSION, OVERLAP_DIMENSION);
      } else {
        known++;
        knownIds.push(id);
        addTokenHashVector(overlapKey(token), averager.weights[id]!, vector, MEANING_DIMENSION, OVERLAP_DIMENSION);
      }
    }

    const meaning = this.meaningScratch;
    averager.mean(knownIds, meaning);
    removeComponents(meaning, vectors.data.components);
    const meaningNorm = norm(meaning, 0, MEANING_DIMENSION);
    const overlapNorm = norm(vector, MEANING_DIMENSION, this.dimension);
    if (meaningNorm > 0) for (let d = 0; d < MEANING_DIMENSION; d++) vector[d] = meaning[d]! / meaningNorm;
    if (overlapNorm > 0) {
      const scale = OVERLAP_WEIGHT / overlapNorm;
      for (let d = MEANING_DIMENSION; d < this.dimension; d++) vector[d]! *= scale;
    }
    if (meaningNorm === 0 && overlapNorm === 0) addTokenHashVector(EMPTY_TEXT_TOKEN, 1, vector, 0, this.dimension);

    return {
      vector: toUnitFloat32(vector),
      coverage: tokens.length === 0 ? 0 : known / tokens.length,
      billedTokens: 0,
    };
  }

  /** Whether `token` (lowercase, as produced by wordTokens) is a word of the vocabulary. */
  knowsToken(token: string): boolean {
    return this.started().vectors.idOf(token) !== undefined || WORDS_WITHOUT_VECTORS.has(token);
  }

  private started(): { vectors: WordVectors; averager: SifAverager } {
    if (this.vectors === undefined || this.averager === undefined) {
      throw new EmbedderError('LocalEmbedder used before start() resolved');
    }
    return { vectors: this.vectors, averager: this.averager };
  }
}

const MEANING_DIMENSION = 100;
// 156 makes 256 in all; the overlap part is a similarity signal, not an index of tokens, so collisions between
// two tokens' directions (cosine s.d. 0.08) only add noise. 64…256 measured within 0.1 on STS-B.
const OVERLAP_DIMENSION = 156;
// Chosen on STS-B train (Spearman×100): none → 66.1, 0.6 → 72.2, 0.8 → 73.3, 1 → 73.7, 1.3 → 73.5.
const OVERLAP_WEIGHT = 1;
// An unknown token (number, ID, name, symbol) counts twice as much as the rarest known word: it is what
// tells templated prompts apart. STS-B train: 1 → 72.3, 1.5 → 73.3, 2 → 73.7, 3 → 73.5.
const UNKNOWN_TOKEN_WEIGHT = 2;
// The source has no one-letter words at all, so these two — 5% of all tokens in STS-B and the GPTCache
// paraphrases — would count as unknown: the guards would then demand the same "a" and "I" in a query and its
// cached prompt. They are known words that carry no meaning of their own (SIF gives them ~2% weight anyway).
// Other single letters ("option b", "x") stay unknown and must match exactly.
const WORDS_WITHOUT_VECTORS: ReadonlySet<string> = new Set(['a', 'i']);
// Not a token wordTokens can produce, so no text collides with the empty text's vector by accident.
const EMPTY_TEXT_TOKEN = '\u0000empty';

function norm(vector: Float64Array, start: number, end: number): number {
  let sum = 0;
  for (let d = start; d < end; d++) sum += vector[d]! * vector[d]!;
  return Math.sqrt(sum);
}

function toUnitFloat32(vector: Float64Array): Float32Array {
  const length = norm(vector, 0, vector.length);
  const out = new Float32Array(vector.length);
  for (let d = 0; d < vector.length; d++) out[d] = vector[d]! / length;
  return out;
}
