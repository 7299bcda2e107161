import { FUNCTION_WORDS, NUMBER_WORDS } from './closed-lists.ts';
import type { WordnetTable } from './wordnet-table.ts';

/** The three functions of `wink-lemmatizer` the lexicon uses (lowercase word in, lemma out). */
export interface Lemmatizer {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
}

export type WordRelation = 'synonym' | 'antonym' | 'sibling';

const LEMMA_MEMO_SIZE = 20_000;

/**
 * Lexical facts for the verifier, from WordNet (synonyms, antonyms, siblings) and a lemmatizer (inflection).
 * Lookups take any token safely (`constructor`, `__proto__`): only own properties of the table are read.
 *
 * @example lexicon.relation('fix', 'repair') // 'synonym'
 */
export class Lexicon {
  readonly #senses: OwnLookup<number[]>;
  readonly #parents: OwnLookup<number[]>;
  readonly #antonyms: OwnLookup<string[]>;
  readonly #similar: OwnLookup<number[]>;
  readonly #lemmatizer: Lemmatizer;
  // Lemmatizing is the costliest step of a comparison and prompts repeat their words; bounded by clearing.
  readonly #lemmaMemo = new Map<string, string[]>();

  // The parsed JSON objects are used as they are (copying 150k entries into Maps doubled start-up time and
  // memory); every read goes through OwnLookup, which only sees own properties.
  constructor(table: WordnetTable, lemmatizer: Lemmatizer) {
    this.#senses = new OwnLookup(table.senses);
    this.#parents = new OwnLookup(table.parents);
    this.#antonyms = new OwnLookup(table.antonyms);
    this.#similar = new OwnLookup(table.similar);
    this.#lemmatizer = lemmatizer;
  }

  /** The word itself and its lemmas as noun, verb and adjective (lowercase). */
  lemmas(word: string): string[] {
    const lower = word.toLowerCase();
    const known = this.#lemmaMemo.get(lower);
    if (known !== undefined) return known;
    const forms = new Set([lower]);
    for (const lemma of [this.#lemmatizer.noun(lower), this.#lemmatizer.verb(lower), this.#lemmatizer.adjective(lower)]) {
      if (lemma !== lower && this.#senses.has(lemma)) forms.add(lemma);
    }
    if (this.#lemmaMemo.size >= LEMMA_MEMO_SIZE) this.#lemmaMemo.clear();
    const lemmas = [...forms];
    this.#lemmaMemo.set(lower, lemmas);
    return lemmas;
  }

  /** Whether the lowercase word is an English word: in WordNet, a form of a WordNet lemma, or a function word. */
  isWord(word: string): boolean {
    const lower = word.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || NUMBER_WORDS.has(lower) || this.#senses.has(lower)) return true;
    return this.lemmas(lower).some((lemma) => this.#senses.has(lemma));
  }

  /** Two different words that are forms of one lemma (spider/spiders, run/running, man/men). */
  sameLemma(left: string, right: string): boolean {
    if (left.toLowerCase() === right.toLowerCase()) return false;
    const rightLemmas = new Set(this.lemmas(right));
    return this.lemmas(left).some((lemma) => rightLemmas.has(lemma));
  }

  /**
   * How WordNet relates two words (or phrases joined with `_`), using common senses only: a synonym shares a
   * synset that is the first sense of one word and among the first three of the other; siblings share a
   * hypernym within two steps of their two most common senses. An adjective satellite is a synonym of its head
   * when both are first senses (quick/fast).
   */
  relation(left: string, right: string): WordRelation | undefined {
    const leftLemmas = this.lemmas(left);
    const rightLemmas = this.lemmas(right);
    for (const leftLemma of leftLemmas) {
      const antonyms = this.#antonyms.get(leftLemma);
      if (antonyms && rightLemmas.some((lemma) => antonyms.includes(lemma))) return 'antonym';
    }
    for (const rightLemma of rightLemmas) {
      const antonyms = this.#antonyms.get(rightLemma);
      if (antonyms && leftLemmas.some((lemma) => antonyms.includes(lemma))) return 'antonym';
    }
    const leftSenses = this.#rankedSenses(leftLemmas);
    const rightSenses = this.#rankedSenses(rightLemmas);
    for (const [synset, leftRank] of leftSenses) {
      const rightRank = rightSenses.get(synset);
      if (rightRank !== undefined && Math.min(leftRank, rightRank) === 0) return 'synonym';
    }
    // An adjective satellite and its head, both the words' first senses: quick/fast, huge/large.
    const firstSenses = (senses: Map<number, number>) => [...senses].filter(([, rank]) => rank === 0).map(([synset]) => synset);
    const leftFirst = firstSenses(leftSenses);
    const rightFirst = firstSenses(rightSenses);
    for (const synset of leftFirst) if (this.#similar.get(String(synset))?.some((head) => rightFirst.includes(head))) return 'synonym';
    for (const synset of rightFirst) if (this.#similar.get(String(synset))?.some((head) => leftFirst.includes(head))) return 'synonym';
    const leftAncestors = this.#ancestors(leftSenses);
    for (const synset of this.#ancestors(rightSenses)) if (leftAncestors.has(synset)) return 'sibling';
    return undefined;
  }

  /** Whether a word or phrase (joined with `_`) is a WordNet lemma. */
  hasLemma(phrase: string): boolean {
    return this.#senses.has(phrase.toLowerCase());
  }

  #rankedSenses(lemmas: string[]): Map<number, number> {
    const ranked = new Map<number, number>();
    for (const lemma of lemmas) {
      for (const code of this.#senses.get(lemma) ?? []) {
        const synset = Math.floor(code / 4);
        const rank = code % 4;
        ranked.set(synset, Math.min(rank, ranked.get(synset) ?? rank));
      }
    }
    return ranked;
  }

  #ancestors(senses: Map<number, number>): Set<number> {
    const ancestors = new Set<number>();
    for (const [synset, rank] of senses) {
      if (rank > 1) continue;
      for (const parent of this.#parents.get(String(synset)) ?? []) {
        ancestors.add(parent);
        for (const grandparent of this.#parents.get(String(parent)) ?? []) ancestors.add(grandparent);
      }
    }
    return ancestors;
  }
}

/** Reads a JSON object's own properties only: `get('__proto__')` or `get('constructor')` is undefined. */
class OwnLookup<T> {
  readonly #object: Record<string, T>;

  constructor(object: Record<string, T>) {
    this.#object = object;
  }

  get(key: string): T | undefined {
    return Object.hasOwn(this.#object, key) ? this.#object[key] : undefined;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.#object, key);
  }
}
