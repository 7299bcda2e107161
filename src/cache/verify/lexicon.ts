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
 * A shared synset makes a synonym only when it is the first sense of one word and at most this rank (0-based)
 * of the other. 0: the first sense of both. thin/lean share lean's first adjective sense but only thin's
 * second, and lean pork is not thin pork; measured on the must-hit corpus (README "How hits are verified").
 */
const SYNONYM_OTHER_RANK = 0;

const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'did', 'had', 'been']);
const PRESENT_FORMS: ReadonlySet<string> = new Set(['am', 'are', 'is', 'be', 'being', 'has', 'have', 'do', 'does']);

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
  readonly #properOnly: ReadonlySet<string>;
  // One string ("\nword\nword\n"), not a Set of 150k strings: the typo rule asks rarely, and one object costs
  // the garbage collector nothing per collection (a Set of 150k strings slowed major GCs of the serving process).
  readonly #vocabulary: string;
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
    this.#properOnly = new Set(table.properOnly);
    this.#vocabulary = `\n${table.vocabulary}\n`;
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

  /** Whether the lowercase word is a word of any language the embedder knows (GloVe: "poisson", "gato", "jon"). */
  isKnownAnywhere(word: string): boolean {
    const lower = word.toLowerCase();
    return this.isWord(lower) || (!lower.includes('\n') && this.#vocabulary.includes(`\n${lower}\n`));
  }

  /**
   * Whether the lowercase form of a word has a sense of its own that is not a name ("reading", "windows",
   * "turkey", "may"): then its capital inside a sentence is evidence (a town, a product, a country).
   */
  hasCommonSense(word: string): boolean {
    const lower = word.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || NUMBER_WORDS.has(lower)) return true;
    return this.lemmas(lower).some((lemma) => this.#senses.has(lemma) && !this.#properOnly.has(lemma));
  }

  /**
   * Whether a word is a past-tense or past-participle form ("was", "did", "opened", "went"): a change between
   * past and present is a different question ("When did the store open" / "When does the store open").
   */
  isPastForm(word: string): boolean {
    const lower = word.toLowerCase();
    if (PAST_AUXILIARIES.has(lower)) return true;
    if (PRESENT_FORMS.has(lower)) return false;
    const lemma = this.#lemmatizer.verb(lower);
    if (lemma === lower || !this.#senses.has(lemma)) return false;
    return !lower.endsWith('s') && !lower.endsWith('ing');
  }

  /**
   * A plural that WordNet lists as a word of its own with senses the singular lacks: glasses (spectacles),
   * arms (weapons), goods, customs, manners. Such a plural is another word, not an inflection.
   */
  isLexicalisedPlural(left: string, right: string): boolean {
    const check = (plural: string, singular: string) => {
      if (!plural.endsWith('s') || !this.#senses.has(plural) || this.#lemmatizer.noun(plural) !== singular) return false;
      // Another sense than the singular's, or another first sense (customs: duties; custom: a tradition).
      const singularCodes = this.#senses.get(singular) ?? [];
      const singularSenses = new Set(singularCodes.map((code) => Math.floor(code / 4)));
      const singularFirst = new Set(singularCodes.filter((code) => code % 4 === 0).map((code) => Math.floor(code / 4)));
      const pluralCodes = this.#senses.get(plural) ?? [];
      if (pluralCodes.some((code) => !singularSenses.has(Math.floor(code / 4)))) return true;
      return !pluralCodes.some((code) => code % 4 === 0 && singularFirst.has(Math.floor(code / 4)));
    };
    const lower = [left.toLowerCase(), right.toLowerCase()] as const;
    return check(lower[0], lower[1]) || check(lower[1], lower[0]);
  }

  /** Two different words that are forms of one lemma (spider/spiders, run/running, man/men). */
  sameLemma(left: string, right: string): boolean {
    if (left.toLowerCase() === right.toLowerCase()) return false;
    const rightLemmas = new Set(this.lemmas(right));
    return this.lemmas(left).some((lemma) => rightLemmas.has(lemma));
  }

  /**
   * How WordNet relates two words (or phrases joined with `_`), using common senses only: a synonym shares a
   * synset that is the first sense of both words (SYNONYM_OTHER_RANK); siblings share a
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
      if (rightRank !== undefined && Math.min(leftRank, rightRank) === 0 && Math.max(leftRank, rightRank) <= SYNONYM_OTHER_RANK) return 'synonym';
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
