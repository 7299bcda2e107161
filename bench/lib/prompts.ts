import { loadParaphrases, loadStsb, seededRandom, shuffled } from './datasets.ts';

/**
 * Distinct, realistic prompts for miss-path traffic: the sentences of STS-B and the GPTCache set, shuffled
 * once with a fixed seed; once they run out, pairs of them joined ("<a> <b>"), which are distinct too.
 */
export class PromptSource {
  readonly #sentences: string[];
  readonly #random = seededRandom(7);
  #next = 0;
  #seen = new Set<string>();

  private constructor(sentences: string[]) {
    this.#sentences = sentences;
  }

  /**
   * `withoutParaphrases`: leave the GPTCache sentences out, alone and inside joined prompts, for a run that
   * measures those paraphrases as semantic hits (a stored copy would make one an exact hit, and joined prompts
   * containing it would crowd its true origin out of the nearest candidates).
   */
  static async load(datasets: string, seed = 1, options: { withoutParaphrases?: boolean } = {}): Promise<PromptSource> {
    const sentences = new Set<string>();
    for (const split of ['train', 'dev'] as const) {
      for (const pair of await loadStsb(datasets, split)) sentences.add(pair.first).add(pair.second);
    }
    const paraphrases = await loadParaphrases(datasets);
    if (options.withoutParaphrases) {
      for (const pair of paraphrases) {
        sentences.delete(pair.origin);
        sentences.delete(pair.similar);
      }
    } else {
      for (const pair of paraphrases) sentences.add(pair.origin).add(pair.similar);
    }
    return new PromptSource(shuffled([...sentences], seededRandom(seed)));
  }

  get size(): number {
    return this.#sentences.length;
  }

  /** A prompt not returned before by this source. */
  next(): string {
    for (;;) {
      const index = this.#next++;
      const prompt =
        index < this.#sentences.length
          ? this.#sentences[index]!
          : `${this.#pick()} ${this.#pick()}`;
      if (this.#seen.has(prompt)) continue;
      this.#seen.add(prompt);
      return prompt;
    }
  }

  #pick(): string {
    return this.#sentences[Math.floor(this.#random() * this.#sentences.length)]!;
  }
}
