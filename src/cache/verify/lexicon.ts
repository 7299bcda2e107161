import { FUNCTION_WORDS, NUMBER_WORDS } from './closed-lists.ts';
import { WordIndex } from './word-index.ts';
import type { WordnetTable } from './wordnet-table.ts';

/** How many of the vocabulary's most frequent words count as common (Lexicon.isCommon). */
const COMMON_WORDS = 15_000;

/** The three functions of `wink-lemmatizer` the lexicon uses (lowercase word in, lemma out). */
export interface Lemmatizer {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
}

export type WordRelation = 'synonym' | 'antonym' | 'hyponym' | 'sibling';

const LEMMA_MEMO_SIZE = 20_000;

/**
 * A noun's first sense counts as what the noun names only when SemCor tagged it at least NOUN_SENSE_TAGS times
 * and NOUN_SENSE_MARGIN times as often as the second: promotion (4 tags) and world (49 against 34) fail.
 * Measured on the must-hit corpus (no near-duplicate lost) and the red-team's 1,181 accepted pairs (README "How
 * hits are verified"). Verbs and adjectives are split into finer senses (fix: 9, 7, 6) and have no margin.
 */
const NOUN_SENSE_MARGIN = 2;
/** Tags a verb's or adjective's first sense needs in WordNet's tagged corpus to count for a synonym. */
const OTHER_SENSE_TAGS = 4;
const NOUN_SENSE_TAGS = 5;

const AGREEMENT_FORMS_OF_BE: ReadonlySet<string> = new Set(['am', 'are', 'is', 'was', 'were']);
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
  readonly #counts: OwnLookup<number[]>;
  readonly #partUsage: OwnLookup<number[]>;
  readonly #partStarts: readonly number[];
  readonly #nounFiles: readonly number[];
  readonly #properOnly: ReadonlySet<string>;
  /** Known misspellings of the vocabulary: misspelt form → the word (misspellings.ts). */
  readonly #misspellings: Map<string, string>;
  /** Common misspellings of a curated list: misspelt form → the word (misspellings.ts listedMisspellings). */
  readonly #listedMisspellings: Map<string, string>;
  /** The embedder's vocabulary (any language it knows), as one string indexed by WordIndex. */
  readonly #vocabularyIndex: WordIndex;
  readonly #commonEnd: number;
  readonly #lemmatizer: Lemmatizer;
  // Lemmatizing is the costliest step of a comparison and prompts repeat their words; bounded by clearing.
  readonly #lemmaMemo = new Map<string, string[]>();
  // Whether a word is English is asked of every word of every prepared text (non-articles.ts, language.ts): a
  // lookup in the 150k-key table costs more than the memo's, and prompts repeat their words. Bounded by clearing.
  readonly #wordMemo = new Map<string, boolean>();
  readonly #otherWords: WordIndex;

  // The parsed JSON objects are used as they are (copying 150k entries into Maps doubled start-up time and
  // memory); every read goes through OwnLookup, which only sees own properties.
  constructor(table: WordnetTable, lemmatizer: Lemmatizer) {
    this.#senses = new OwnLookup(table.senses);
    this.#parents = new OwnLookup(table.parents);
    this.#antonyms = new OwnLookup(table.antonyms);
    this.#similar = new OwnLookup(table.similar);
    this.#counts = new OwnLookup(table.counts);
    this.#partUsage = new OwnLookup(table.partUsage);
    this.#partStarts = table.partStarts;
    this.#nounFiles = table.nounFiles;
    this.#properOnly = new Set(table.properOnly);
    this.#vocabularyIndex = new WordIndex(`\n${table.vocabulary}\n`);
    // The vocabulary is in GloVe's order, most frequent first: the offset where its COMMON_WORDS-th word starts.
    let commonEnd = 0;
    for (let count = 0; count <= COMMON_WORDS && commonEnd !== -1; count++) commonEnd = table.vocabulary.indexOf('\n', commonEnd + 1);
    this.#commonEnd = commonEnd === -1 ? Number.MAX_SAFE_INTEGER : commonEnd;
    this.#lemmatizer = lemmatizer;
    this.#misspellings = new Map((table.misspellings ?? []).map((pair) => pair.split('\t') as [string, string]));
    this.#listedMisspellings = new Map((table.listedMisspellings ?? []).map((pair) => pair.split('\t') as [string, string]));
    this.#otherWords = new WordIndex(`\n${table.otherWords ?? ''}\n`);
  }

  /**
   * Whether the lowercase word is an English word of SCOWL's large list that WordNet and the vocabulary lack
   * (WordnetTable.otherWords: "contactor", "millage", "retuning"): no slip of typing of another word.
   */
  isDictionaryWord(word: string): boolean {
    return this.#otherWords.has(word.toLowerCase());
  }

  /** Whether `misspelt` is a known misspelling of `word` (misspellings.ts): "goverment" of "government". */
  isKnownMisspelling(misspelt: string, word: string): boolean {
    return this.#misspellings.get(misspelt.toLowerCase()) === word.toLowerCase();
  }

  /**
   * Whether `misspelt` is one of people's common misspellings of `word` by a curated list ("seperate" of "separate";
   * misspellings.ts listedMisspellings): evidence of the form only, so callers keep the guards of a slip's place.
   */
  isListedMisspelling(misspelt: string, word: string): boolean {
    return this.#listedMisspellings.get(misspelt.toLowerCase()) === word.toLowerCase();
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
    const known = this.#wordMemo.get(lower);
    if (known !== undefined) return known;
    const english = FUNCTION_WORDS.has(lower) || NUMBER_WORDS.has(lower) || this.#senses.has(lower) || this.lemmas(lower).some((lemma) => this.#senses.has(lemma));
    if (this.#wordMemo.size >= LEMMA_MEMO_SIZE) this.#wordMemo.clear();
    this.#wordMemo.set(lower, english);
    return english;
  }

  /** Whether the lowercase word is a word of any language the embedder knows (GloVe: "poisson", "gato", "jon"). */
  isKnownAnywhere(word: string): boolean {
    const lower = word.toLowerCase();
    return this.isWord(lower) || this.#vocabularyIndex.has(lower);
  }

  /**
   * Whether the lowercase word is among the COMMON_WORDS most frequent of the embedder's vocabulary ("length",
   * "definitely", "balance"; not "titration", "leftover", "reformer"): the words a slip of typing is taken to be.
   */
  isCommon(word: string): boolean {
    const offset = this.#vocabularyIndex.offsetOf(word.toLowerCase());
    return offset !== -1 && offset < this.#commonEnd;
  }

  /**
   * Where the word stands in the embedder's vocabulary, which is in frequency order: a smaller number is a more frequent
   * word (an offset into the vocabulary, not a count of words); Infinity when it is not there.
   */
  frequencyRank(word: string): number {
    const offset = this.#vocabularyIndex.offsetOf(word.toLowerCase());
    return offset === -1 ? Number.POSITIVE_INFINITY : offset;
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
   * A form's tense for comparing two different verbs ("happened"/"occurs", "bought"/"purchases"): undefined when
   * a past form is also a verb of its own ("rent": rend's past or to rent; "found", "saw"), so either reading
   * may be meant.
   */
  tense(word: string): 'past' | 'present' | undefined {
    const lower = word.toLowerCase();
    if (!this.isPastForm(lower)) return 'present';
    if (PAST_AUXILIARIES.has(lower)) return 'past';
    return this.#hasPart(lower, 1) ? undefined : 'past';
  }

  /** Whether WordNet lists the lemma in the part of speech (0 noun, 1 verb, 2 adjective, 3 adverb). */
  #hasPart(lemma: string, part: number): boolean {
    return (this.#senses.get(lemma) ?? []).some((code) => this.#partOf(code) === part);
  }

  /**
   * A plural that WordNet lists as a word of its own with senses the singular lacks: glasses (spectacles),
   * arms (weapons), goods, customs, manners; or with "the" ("the States", "the pits"). Such a plural is another
   * word, not an inflection.
   */
  isLexicalisedPlural(left: string, right: string): boolean {
    const check = (plural: string, singular: string) => {
      if (!plural.endsWith('s')) return this.#isOtherWordIrregular(plural, singular);
      if (this.#lemmatizer.noun(plural) !== singular) return false;
      if (this.#senses.has(`the_${plural}`) || FINANCIAL_PLURALS.has(plural) || OTHER_SENSE_PLURALS.has(plural)) return true;
      if (!this.#senses.has(plural)) return false;
      // Another sense than the singular's, or another first sense (customs: duties; custom: a tradition).
      const singularCodes = this.#senses.get(singular) ?? [];
      const singularSenses = new Set(singularCodes.map((code) => Math.floor(code / 4)));
      const singularFirst = new Set(singularCodes.filter((code) => code % 4 === 0).map((code) => Math.floor(code / 4)));
      const pluralCodes = this.#senses.get(plural) ?? [];
      if (pluralCodes.some((code) => !singularSenses.has(Math.floor(code / 4)))) return true;
      return !pluralCodes.some((code) => code % 4 === 0 && singularFirst.has(Math.floor(code / 4)));
    };
    const lower = [left.toLowerCase(), right.toLowerCase()] as const;
    if (OTHER_SENSE_IRREGULAR.get(lower[0]) === lower[1] || OTHER_SENSE_IRREGULAR.get(lower[1]) === lower[0]) return true;
    return check(lower[0], lower[1]) || check(lower[1], lower[0]);
  }

  /**
   * An irregular plural that is an everyday word of its own, none of whose senses the singular has: WordNet's
   * exceptions read "cola" as colon's plural, "dive" as diva's, "stamina" as stamen's, "trivia" as trivium's,
   * "stigmata" as stigma's (a word-form red team, session 36: "What is a colon?" was served "What is a cola?").
   * Not the plurals read as the singular's (EVERYDAY_IRREGULAR_PLURALS), nor a verb's "-ing" form.
   */
  #isOtherWordIrregular(plural: string, singular: string): boolean {
    if (plural.endsWith('ing') || EVERYDAY_IRREGULAR_PLURALS.has(plural) || this.#lemmatizer.noun(plural) !== singular) return false;
    const pluralCodes = this.#senses.get(plural);
    if (pluralCodes === undefined) return false;
    const singularSenses = new Set((this.#senses.get(singular) ?? []).map((code) => Math.floor(code / 4)));
    return !pluralCodes.some((code) => singularSenses.has(Math.floor(code / 4)));
  }

  /** Two different words that are forms of one lemma (spider/spiders, run/running, man/men, late/later). */
  sameLemma(left: string, right: string): boolean {
    if (left.toLowerCase() === right.toLowerCase()) return false;
    const rightLemmas = new Set(this.lemmas(right));
    return this.lemmas(left).some((lemma) => rightLemmas.has(lemma));
  }

  /** Whether WordNet lists the word only as a noun, through any of its lemmas ("vitamin", "hepatitis"; not "class", "plan"). */
  isOnlyNoun(word: string): boolean {
    const lemmas = this.lemmas(word);
    return lemmas.some((lemma) => this.#hasPart(lemma, 0)) && !lemmas.some((lemma) => this.#hasPart(lemma, 1) || this.#hasPart(lemma, 2) || this.#hasPart(lemma, 3));
  }

  /**
   * Whether the word, as a noun, names both a substance or food and a countable thing in its two commonest
   * senses (WordNet's lexicographer files): "iron" (a metal, an appliance), "paper" (a material, an essay),
   * "chicken" (a meat, an animal), "light" (a phenomenon, a lamp). With such a noun "a" is the question: "Is an
   * iron good for anemia?" asks about the appliance, "Is iron good for anemia?" about the metal. Not "recipe",
   * "car", "job", nor "potato" (the plant and the food are one question).
   */
  namesStuffAndThing(word: string): boolean {
    let stuff: number | undefined;
    let thing: number | undefined;
    for (const lemma of this.lemmas(word)) {
      for (const code of this.#senses.get(lemma) ?? []) {
        const file = this.#nounFiles[Math.floor(code / 4)];
        if (file === undefined || code % 4 > 1) continue;
        if (STUFF_FILES.has(file)) stuff = file;
        else if (THING_FILES.has(file) && (thing === undefined || file === ARTIFACT)) thing = file;
      }
    }
    // A phenomenon is stuff only against a made thing: light and a light; a response, an exchange are one thing.
    return stuff !== undefined && thing !== undefined && (stuff !== PHENOMENON || thing === ARTIFACT);
  }

  /**
   * How the word's bare singular reads uncounted against its plural: 'thing' where a substance is also a made thing
   * or a possession ("nickel" / "nickels" the coins, "tin" / "tins", "acid" / "acids"), 'meat' where it names both
   * an animal and its meat ("chicken" / "chickens"); undefined otherwise (a fruit's or an oil's plural is more of
   * the same: "calories in apple", "best oil for frying" / "best oils").
   */
  massReading(word: string): 'thing' | 'meat' | undefined {
    const listed = OTHER_THING_PLURALS.get(word.toLowerCase());
    if (listed !== undefined) return listed;
    const files = new Set<number>();
    for (const lemma of this.lemmas(word)) {
      for (const code of this.#senses.get(lemma) ?? []) {
        const file = this.#nounFiles[Math.floor(code / 4)];
        if (file !== undefined) files.add(file);
      }
    }
    if (files.has(SUBSTANCE) && (files.has(ARTIFACT) || files.has(POSSESSION))) return 'thing';
    return files.has(FOOD) && files.has(ANIMAL) ? 'meat' : undefined;
  }

  /** Whether a stored noun sense of the word is a time (noun.time: "fall", "time") and another an event or an act ("a fall", "a time"). */
  namesTimeAndEvent(word: string): boolean {
    let time = false;
    let event = false;
    for (const lemma of this.lemmas(word)) {
      for (const code of this.#senses.get(lemma) ?? []) {
        const file = this.#nounFiles[Math.floor(code / 4)];
        time ||= file === TIME;
        event ||= file === ACT || file === EVENT;
      }
    }
    return time && event;
  }

  /** Whether one of the word's two commonest noun senses is a state (noun.state: a cold, a high, an illness). */
  namesState(word: string): boolean {
    return this.#hasNounFile(word, STATE);
  }

  /** Whether one of the word's two commonest noun senses is a place (WordNet's noun.location: Germany, Texas, Paris). */
  namesPlace(word: string): boolean {
    return this.#hasNounFile(word, LOCATION);
  }

  /** Whether the word's commonest noun sense is an artifact (noun.artifact: a building, a tool; "Kremlin", "office"). */
  namesArtifactFirst(word: string): boolean {
    return this.nounFiles(word, 1).has(ARTIFACT);
  }

  /** Whether one of the word's two commonest noun senses is a natural object (noun.object: a river, a mountain). */
  namesNaturalObject(word: string): boolean {
    return this.#hasNounFile(word, OBJECT);
  }

  /** Whether one of the word's two commonest noun senses is a person (noun.person: brother, boss, teacher). */
  namesPerson(word: string): boolean {
    return this.#hasNounFile(word, PERSON);
  }

  /** Whether the word's commonest noun sense is a person or an animal ("bird", "child"; not "phone"). */
  namesLivingBeing(word: string): boolean {
    const files = this.nounFiles(word, 1);
    return files.has(PERSON) || files.has(ANIMAL);
  }

  /**
   * Whether the noun's commonest sense is a cognition or a communication (noun.cognition, noun.communication: an
   * example, an idea, a summary, a recipe): information one asks for. Not a raise, a refund or a hug.
   */
  namesKnowledge(word: string): boolean {
    const files = this.nounFiles(word, 1);
    return files.has(COGNITION) || files.has(COMMUNICATION);
  }

  /**
   * Whether the noun's commonest sense is a span of time or an amount (noun.time, noun.quantity: a week, a night, a
   * semester, a mile, a teaspoon): counted by "a", one of it is another amount than several.
   */
  namesMeasure(word: string): boolean {
    const files = this.nounFiles(word, 1);
    return files.has(TIME) || files.has(QUANTITY);
  }

  /** Whether one of the word's two commonest noun senses is a group of people or things (noun.group: team, class, family). */
  namesGroup(word: string): boolean {
    return this.#hasNounFile(word, GROUP);
  }

  /**
   * WordNet's lexicographer files of the word's two commonest noun senses through its lemmas (bike: 6, artifact),
   * or of its commonest one only (`senses` 1: computer is an artifact first, a person — one who computes — second).
   */
  nounFiles(word: string, senses: 1 | 2 = 2): Set<number> {
    const files = new Set<number>();
    for (const lemma of this.lemmas(word)) {
      for (const code of this.#senses.get(lemma) ?? []) {
        const file = this.#nounFiles[Math.floor(code / 4)];
        if (file !== undefined && code % 4 < senses) files.add(file);
      }
      // The commonest sense is the word's own where it has one ("physics", not "physic").
      if (senses === 1 && files.size > 0) break;
    }
    return files;
  }

  /**
   * Whether one of the word's two commonest noun senses is a food ("rice", "sauce", "chips"), or, with `orSource`, a
   * plant or an animal a food is named after ("corn", "peanut", "fish", "egg"): the two nouns of a food's compound name.
   */
  namesFood(word: string, orSource = false): boolean {
    const files = this.nounFiles(word);
    return files.has(FOOD) || (orSource && (files.has(PLANT) || files.has(ANIMAL)));
  }

  #hasNounFile(word: string, file: number): boolean {
    return this.nounFiles(word).has(file);
  }


  /**
   * The share of the word's uses that WordNet's tagged corpus tags as a noun (0 to 1), through its commonest
   * lemma; undefined when the corpus never tags it ("bottle" 1, "cost" 0.6, "good" 0.05).
   */
  nounShare(word: string): number | undefined {
    return this.#partShares(word)?.[0];
  }

  /** Like nounShare, for adjectives and adverbs together ("cold" mostly an adjective, "fast" too; "iron" not). */
  modifierShare(word: string): number | undefined {
    const shares = this.#partShares(word);
    return shares === undefined ? undefined : shares[2]! + shares[3]!;
  }

  /** The shares of the word's tagged uses as noun, verb, adjective and adverb, through its commonest lemma. */
  #partShares(word: string): number[] | undefined {
    let best: number[] | undefined;
    for (const lemma of this.lemmas(word)) {
      const codes = this.#senses.get(lemma);
      if (codes === undefined) continue;
      let tags = this.#partUsage.get(lemma);
      if (tags === undefined) {
        const counts = this.#counts.get(lemma);
        const summed = [0, 0, 0, 0];
        codes.forEach((code, index) => (summed[this.#partOf(code)]! += counts?.[index] ?? 0));
        tags = summed;
      }
      if (best === undefined || sum(tags) > sum(best)) best = tags;
    }
    if (best === undefined) return undefined;
    const total = sum(best);
    return total === 0 ? undefined : best.map((count) => count / total);
  }

  /** Whether WordNet lists the word as a verb, through any of its lemmas ("prints", "skip", "learn"; not "password"). */
  canBeVerb(word: string): boolean {
    return this.lemmas(word).some((lemma) => this.#hasPart(lemma, 1));
  }

  /** Whether WordNet lists the word as a noun, through any of its lemmas ("rule", "skip"; not "learn"). */
  canBeNoun(word: string): boolean {
    return this.lemmas(word).some((lemma) => this.#hasPart(lemma, 0));
  }

  /** The singular of a plural noun form (spiders: spider, men: man), or undefined when the word is none. */
  singular(word: string): string | undefined {
    const lower = word.toLowerCase();
    // No plural ends in -ss ("bosses" does): the lemmatizer strips the s of boss, glass, class ("bos").
    if (lower.endsWith('ss')) return undefined;
    const singular = this.#lemmatizer.noun(lower);
    return singular !== lower && this.#hasPart(singular, 0) ? singular : undefined;
  }

  /**
   * Whether two forms of one lemma differ only in noun number or verb agreement: spider/spiders, man/men,
   * does/do, is/are. Never a participle, a gerund or a degree: dressing/dress, training/train, later/late and
   * highest/high name other things ("a dressing" is no dress), and tense is isPastForm's.
   */
  isInflection(left: string, right: string): boolean {
    const a = left.toLowerCase();
    const b = right.toLowerCase();
    if (a === b) return false;
    if (this.singular(a) === b || this.singular(b) === a) return true;
    // Verb agreement: a third-person form in -s and its base (does/do, has/have, goes/go), or forms of "be" of one tense.
    if (AGREEMENT_FORMS_OF_BE.has(a) && AGREEMENT_FORMS_OF_BE.has(b)) return this.isPastForm(a) === this.isPastForm(b);
    const person = (third: string, base: string) => third.endsWith('s') && !this.isPastForm(third) && this.#lemmatizer.verb(third) === base && this.#hasPart(base, 1);
    return person(a, b) || person(b, a);
  }

  /**
   * How WordNet relates two words (or phrases joined with `_`), using common senses only: a hyponym's first sense
   * is a kind of the other's (crimson/red, two steps up at most); a synonym shares a
   * synset that is the first sense of both words in the part of speech each is mostly used in, attested in
   * WordNet's tagged corpus (#synonymSenses); siblings share a hypernym within two steps of their two most common
   * senses. An adjective satellite is a synonym of its head when both are such first senses (quick/fast).
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
    // One word's first sense a kind of the other's, though they may share a synset elsewhere: crimson is a red.
    if (this.#isKindOf(leftSenses, rightSenses) || this.#isKindOf(rightSenses, leftSenses)) return 'hyponym';
    const leftFirst = this.#synonymSenses(leftLemmas);
    const rightFirst = this.#synonymSenses(rightLemmas);
    if (leftFirst.some((synset) => rightFirst.includes(synset))) return 'synonym';
    // An adjective satellite and its head, both the words' first senses: quick/fast, huge/large.
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

  /**
   * Whether two spellings of a word share a sense (colour/color, organise/organize): WordNet lists the British
   * spelling in the same synsets. timbre/timber and mourning/morning share none.
   */
  sharesSense(left: string, right: string): boolean {
    const rightSenses = this.#rankedSenses(this.lemmas(right));
    return [...this.#rankedSenses(this.lemmas(left)).keys()].some((synset) => rightSenses.has(synset));
  }

  /**
   * Whether every sense of one word is a sense of the other (WordNet lists a variant spelling in the synsets
   * of the main one: anaemia/anemia, foetus/fetus). daemon (also a demigod) and demon (also an ogre), aether and
   * ether (also a solvent) each name something the other does not.
   */
  nestsSenses(left: string, right: string): boolean {
    const senses = (word: string) => new Set((this.#senses.get(word) ?? this.lemmas(word).flatMap((lemma) => this.#senses.get(lemma) ?? [])).map((code) => Math.floor(code / 4)));
    const [a, b] = [senses(left), senses(right)];
    return [...a].every((synset) => b.has(synset)) || [...b].every((synset) => a.has(synset));
  }

  /**
   * The senses through which the word may be a synonym: per lemma (never a name: "Carlos", "Maine"), the first
   * sense in the part of speech the lemma is mostly used in, when WordNet's tagged corpus attests it. "dog" is a
   * noun (tagged 42 times; the verb "to dog", 2), so the verb's first sense (chase, tail) does not count; senses
   * never tagged are in no meaningful order, so "first" says nothing (gaming/gambling, transactions/minutes). A
   * noun's first sense must also be clearly its most frequent (NOUN_SENSE_MARGIN): a noun names a thing, and
   * world (the universe, the Earth, people: 49, 34, 31), class or stage name several things about equally.
   */
  #synonymSenses(lemmas: string[]): number[] {
    const synsets: number[] = [];
    for (const lemma of lemmas) {
      const codes = this.#senses.get(lemma);
      const counts = this.#counts.get(lemma);
      if (codes === undefined || counts === undefined || this.#properOnly.has(lemma)) continue;
      const usage = this.#partUsage.get(lemma);
      codes.forEach((code, index) => {
        const count = counts[index] ?? 0;
        const part = this.#partOf(code);
        if (code % 4 !== 0 || count === 0 || (usage !== undefined && usage[part]! < Math.max(...usage))) return;
        const second = codes[index + 1] !== undefined && codes[index + 1]! % 4 === 1 ? (counts[index + 1] ?? 0) : 0;
        if (part === 0 && (count < NOUN_SENSE_MARGIN * second || count < NOUN_SENSE_TAGS)) return;
        // A verb's or adjective's first sense tagged a few times only is no evidence of its common use either
        // (mediate/arbitrate, curly/wavy, drugged/drunk, anxious/eager rest on 1–3 tags).
        if (part !== 0 && count < OTHER_SENSE_TAGS) return;
        synsets.push(Math.floor(code / 4));
      });
    }
    return synsets;
  }

  /** The part of speech (0 noun, 1 verb, 2 adjective, 3 adverb) of a sense code. */
  #partOf(code: number): number {
    const synset = Math.floor(code / 4);
    let part = 0;
    while (part + 1 < this.#partStarts.length && synset >= this.#partStarts[part + 1]!) part++;
    return part;
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

  /** Whether a first sense of `narrow` has a first sense of `broad` among its hypernyms, two steps up at most. */
  #isKindOf(narrow: Map<number, number>, broad: Map<number, number>): boolean {
    for (const [synset, rank] of narrow) {
      if (rank !== 0) continue;
      for (const parent of this.#parents.get(String(synset)) ?? []) {
        if (broad.get(parent) === 0) return true;
        for (const grandparent of this.#parents.get(String(parent)) ?? []) if (broad.get(grandparent) === 0) return true;
      }
    }
    return false;
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

// WordNet's noun lexicographer files: foods, substances and natural phenomena (mass nouns: chicken, iron, light)
// against animals, artifacts, body parts, communications, groups, places and natural objects (things one counts:
// a chicken, an iron, a light, a paper, a wood, a rock).
const ARTIFACT = 6;
const COGNITION = 9;
const COMMUNICATION = 10;
const GROUP = 14;
const LOCATION = 15;
const OBJECT = 17;
const PERSON = 18;
const PHENOMENON = 19;
const QUANTITY = 23;
const TIME = 28;
const ACT = 4;
const EVENT = 11;
const STUFF_FILES: ReadonlySet<number> = new Set([13, PHENOMENON, 27]);
/**
 * Bare singulars whose plural counts another thing that WordNet's stored senses do not tell apart: the spice and
 * the vegetables ("pepper" / "peppers"), the herb and the sweets ("mint" / "mints"), the mineral and the fruit
 * ("lime" / "limes"), the drug and the pans ("pot" / "pots"), the metal and the sales contacts ("lead" / "leads"),
 * wild meat and matches ("game" / "games"), and meats whose food sense is not stored ("lamb", "goat", "turkey").
 */
const OTHER_THING_PLURALS: ReadonlyMap<string, 'thing' | 'meat'> = new Map([
  ...['pepper', 'mint', 'lime', 'pot', 'lead', 'game'].map((word) => [word, 'thing'] as const),
  ...['lamb', 'goat', 'turkey', 'duck', 'venison'].map((word) => [word, 'meat'] as const),
]);
const ANIMAL = 5;
const FOOD = 13;
const PLANT = 20;
const POSSESSION = 21;
const STATE = 26;
const SUBSTANCE = 27;
const THING_FILES: ReadonlySet<number> = new Set([5, ARTIFACT, 8, 10, 14, 15, 17, 21]);

const sum = (numbers: readonly number[]) => numbers.reduce((total, number) => total + number, 0);

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

/**
 * Plurals of finance that name instruments, which WordNet lists only under their singular's other senses:
 * "securities law" is not "security law", "are equities safe" not "is equity safe" (a red team, session 17), "the
 * futures price" (a contract's) not "the future price" (session 19).
 */
const FINANCIAL_PLURALS: ReadonlySet<string> = new Set(['securities', 'equities', 'treasuries', 'futures']);
/**
 * Plurals whose commonest use WordNet's stored senses do not tell from the singular's: "graduate with honors" (a
 * distinction, not honour), "join the forces" (the armed forces, not the police). Not "stitches" (sutures, or a
 * cramp in the side): "a cross stitch" / "cross stitches" is one thing.
 */
const OTHER_SENSE_PLURALS: ReadonlySet<string> = new Set(['honors', 'honours', 'forces', 'goods']);
/**
 * Plurals not made with "s" whose singular names another thing: "What is media?" / "What is medium?" (a look-alike red
 * team, session 32; its "proceeds"/"holdings"/"utilities" were slips of number as often, a review found: "the utilities
 * bill" / "the utility bill").
 */
const OTHER_SENSE_IRREGULAR: ReadonlyMap<string, string> = new Map([['media', 'medium'], ['data', 'datum']]);
/** Irregular plurals WordNet lists as words of their own (a workforce, a kingdom) that are read as the singular's plural. */
const EVERYDAY_IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['men', 'teeth', 'oxen', 'fungi', 'brethren']);
