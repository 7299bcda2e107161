import { FUNCTION_WORDS } from './closed-lists.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './verify-tokens.ts';
import type { SharedWords } from './shared-words.ts';

/*
 * Reading a word's place in its sentence, for the verifier's sense checks (synonym-sense.ts): whether it stands
 * where a verb or a noun does, the noun it acts on or describes, and which of WordNet's lexicographer files that
 * noun's commonest senses are in. Each reader looks at most REACH words away, so a text of many checked words
 * stays linear.
 */

/** A word of a side's prepared tokens, at `at`, and the lexicon that reads it. */
export interface WordContext {
  tokens: readonly Token[];
  at: number;
  lexicon: Lexicon;
  /** The instructions and earlier turns the text is read in (VerifyContext.shared), for wordsInText. */
  shared?: SharedWords;
}

// WordNet's noun lexicographer files (see lexicon.ts).
export const ACT = 4;
export const ANIMAL = 5;
export const ARTIFACT = 6;
export const ATTRIBUTE = 7;
export const BODY = 8;
export const COGNITION = 9;
export const COMMUNICATION = 10;
export const EVENT = 11;
export const FOOD = 13;
export const GROUP = 14;
export const LOCATION = 15;
export const OBJECT = 17;
export const PERSON = 18;
export const PLANT = 20;
export const POSSESSION = 21;
export const PROCESS = 22;
export const QUANTITY = 23;
export const STATE = 26;
export const SUBSTANCE = 27;
export const TIME = 28;

export const lower = (token: Token | undefined): string | undefined => (token?.kind === 'word' ? token.key.toLowerCase() : undefined);

/** Words after which a listed verb is a noun ("the best build", "a deer hide", "my need"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that', 'these', 'those', 'some', 'any',
  'each', 'every', 'no', "'s", 'one', 'another', 'which', 'what', 'whose',
]);
/** Words a verb follows in its slot: "to fix", "I fix", "can you fix", "please fix", "how do I fix". */
export const VERB_SLOT_AFTER: ReadonlySet<string> = new Set([
  'to', 'i', 'you', 'we', 'they', 'he', 'she', 'it', 'please', 'can', 'could', 'should', 'would', 'will', 'must', 'do', 'does',
  'did', 'how', 'and', 'or', 'then', 'not', 'never', 'just', 'also', 'always', 'first', 'finally', 'still', 'shall', 'might',
  'may', 'let', 'lets', "let's", 'help', 'me', 'us', 'kindly', 'need', 'needs', 'needed', 'worth',
]);
/** Words before which a listed noun is a verb: "to film", "I film weddings", "you phone". */
export const STRICT_VERB_SLOT_AFTER: ReadonlySet<string> = new Set(['to', 'i', 'you', 'we', 'they', 'he', 'she', 'can', 'could', 'should', 'would', 'will', 'must', 'please', 'shall', 'might', 'may', "let's"]);

/**
 * Whether the word stands where a verb does: opening its sentence (an imperative), after a subject, modal, "to"
 * or "please", or as an -ing/-ed form that is no noun after a determiner. Not after a determiner or a noun
 * ("the best build", "a deer hide").
 */
export function inVerbSlot({ tokens, at, lexicon }: WordContext): boolean {
  const previous = lower(tokens[at - 1]);
  if (at === 0 || tokens[at]!.sentenceStart || previous === undefined) return true;
  // A past form is a verb wherever it stands: "Who bought the house?", "My dad purchased a car".
  if (lexicon.isPastForm(lower(tokens[at])!) && !DETERMINERS.has(previous)) return true;
  if (DETERMINERS.has(previous)) return false;
  if (VERB_SLOT_AFTER.has(previous) || previous.endsWith('ly')) return true;
  const before = lower(tokens[at - 2]);
  // "When does the meeting start?": an auxiliary before the subject puts the verb after it.
  // Only a subject between them: a pronoun, or a noun after determiners ("where can I buy cow hide" has a verb between).
  for (let back = 2; back <= 6 && at - back >= 0; back++) {
    if (AUXILIARIES.has(lower(tokens[at - back]) ?? '')) {
      const between = tokens.slice(at - back + 1, at);
      // Determiners, names and words that are no verbs: "does the NBA season start", "does the Tour de France start".
      const subject = between.length === 1 || between.slice(0, -1).every((token) => {
        const word = lower(token) ?? '';
        return DETERMINERS.has(word) || POSSESSIVES.has(word) || /^\p{Lu}/u.test(token.text) || !lexicon.canBeVerb(word);
      });
      if (subject) return true;
      break;
    }
    if (tokens[at - back]!.sentenceStart) break;
  }
  if (before !== undefined && DETERMINERS.has(before)) return false;
  // "is being fixed", "get it repaired", "had it built": a participle after a form of be/get/have.
  return BE_GET_HAVE.has(previous) || (before !== undefined && BE_GET_HAVE.has(before) && (previous === 'it' || previous === 'them'));
}
export const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'might', 'may', 'must']);
/** The forms of "be" that agree with their subject's number. */
export const FORMS_OF_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
export const BE_GET_HAVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', 'getting', 'have', 'has', 'had']);

/** Whether a listed noun is used as one: not right after "to", a subject pronoun or a modal ("to film", "I film"). */
export function inNounSlot({ tokens, at }: WordContext): boolean {
  return !STRICT_VERB_SLOT_AFTER.has(lower(tokens[at - 1]) ?? '');
}

/**
 * The noun a verb acts on or an attributive adjective describes: the first noun after the word past
 * determiners and adjectives ("fix my old bike" → bike, "a hard math exam" → exam), the last of a run of nouns
 * ("repair my bike chain" → chain). Undefined when a preposition, a clause mark or the end comes first.
 */
export function nounAfter({ tokens, at, lexicon }: WordContext): string | undefined {
  let found: string | undefined;
  for (let index = at + 1; index < tokens.length && index <= at + 5; index++) {
    const token = tokens[index]!;
    const word = lower(token);
    if (word === undefined || token.sentenceStart) break;
    // A word of no English ("Ethereum", "Kia") is a name: the noun.
    if (found === undefined && !FUNCTION_WORDS.has(word) && !lexicon.isWord(word)) {
      found = word;
      continue;
    }
    if (DETERMINERS.has(word) || (found === undefined && !lexicon.canBeNoun(word) && !FUNCTION_WORDS.has(word))) continue;
    if (FUNCTION_WORDS.has(word) || !lexicon.canBeNoun(word)) break;
    // Past the first noun only nouns continue it ("bike chain"), not "now", "again", "online".
    if (found !== undefined && (lexicon.nounShare(word) ?? 0) < 0.5) break;
    found = word;
  }
  return found;
}

/** The noun a predicative adjective describes: the nearest noun before it in its sentence ("Is the water hard?"). */
export function nounBefore(context: WordContext): string | undefined {
  const at = nounIndexBefore(context);
  return at === undefined ? undefined : lower(context.tokens[at]);
}

/** Where nounBefore's noun stands. */
function nounIndexBefore({ tokens, at, lexicon }: WordContext): number | undefined {
  // Bounded: a text of many listed words must not be scanned back once per word.
  for (let index = at - 1; index >= 0 && index >= at - REACH; index--) {
    const word = lower(tokens[index]);
    if (word === undefined) return undefined;
    if (!FUNCTION_WORDS.has(word) && !LINKING.has(word) && lexicon.canBeNoun(word)) return index;
    if (tokens[index]!.sentenceStart) return undefined;
  }
  return undefined;
}
export const LINKING: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'seem', 'seems', 'look', 'looks', 'feel', 'feels', 'get', 'gets', 'so', 'too', 'very', 'really',
  'always', 'getting', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'must', 'might', 'may', 'not', 'never', 'usually',
]);
export const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
export const PRONOUN_OBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', 'these', 'those']);
export const PERSONAL_OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you']);

/**
 * Whether one of the noun's two commonest senses falls in `files`, and its commonest is in none of `refused`
 * (a printer is a machine first; "a person who prints" does not refuse it).
 */
export function nounIn(noun: string | undefined, lexicon: Lexicon, files: readonly number[], refused: readonly number[] = []): boolean {
  if (noun === undefined) return false;
  const found = lexicon.nounFiles(noun);
  if (!files.some((file) => found.has(file))) return false;
  const first = lexicon.nounFiles(noun, 1);
  return !refused.some((file) => first.has(file));
}

/** Whether the noun's commonest sense falls in one of `files` ("my boyfriend": a person; not "computer"). */
export function firstSenseIn(noun: string | undefined, lexicon: Lexicon, files: readonly number[]): boolean {
  if (noun === undefined) return false;
  const first = lexicon.nounFiles(noun, 1);
  return files.some((file) => first.has(file));
}

/** The object of a verb, or a pronoun standing for one. */
export function objectIn(context: WordContext, files: readonly number[], refused: readonly number[] = []): boolean {
  const next = lower(context.tokens[context.at + 1]);
  if (next !== undefined && PRONOUN_OBJECTS.has(next)) return true;
  return nounIn(nounAfter(context), context.lexicon, files, refused);
}

/** "start to run", "start running", "try to sleep", "hard to learn". */
export function takesClause({ tokens, at }: WordContext): boolean {
  const next = lower(tokens[at + 1]);
  return next === 'to' || (next !== undefined && next.endsWith('ing') && next.length > 4);
}

/** The subject of a predicative adjective, and whether a determiner or possessive comes before it. */
export function subjectBefore(context: WordContext): { noun: string; determined: boolean } | undefined {
  const at = nounIndexBefore(context);
  if (at === undefined) return undefined;
  const previous = lower(context.tokens[at - 1]) ?? '';
  return { noun: lower(context.tokens[at])!, determined: DETERMINERS.has(previous) || POSSESSIVES.has(previous) };
}

/** The noun an adjective describes, after it or (predicative) before it. */
export function describedNoun(context: WordContext): string | undefined {
  return nounAfter(context) ?? nounBefore(context);
}

/** How far from the listed word its context is read, each way. */
export const REACH = 12;
/** Whether one of `words` stands in the listed word's sentence, within REACH of it. */
export function wordsIn({ tokens, at }: WordContext, words: ReadonlySet<string>): boolean {
  let start = at;
  while (start > Math.max(0, at - REACH) && !tokens[start]!.sentenceStart) start--;
  let end = at + 1;
  while (end < Math.min(tokens.length, at + REACH + 1) && !tokens[end]!.sentenceStart) end++;
  return tokens.slice(start, end).some((token) => words.has(token.key.toLowerCase()));
}

/**
 * Whether one of `words` stands within TEXT_REACH tokens either side of the word, in another sentence too (a goat named
 * before "kid", a camera before "film"); `counts` may set a found word aside ("goat cheese").
 */
export function wordsInText({ tokens, at, shared }: WordContext, words: ReadonlySet<string>, counts: (tokens: readonly Token[], index: number) => boolean = anyPlace, readShared = false): boolean {
  for (let index = Math.max(0, at - TEXT_REACH); index < Math.min(tokens.length, at + TEXT_REACH); index++) {
    if (words.has(tokens[index]!.key.toLowerCase()) && counts(tokens, index)) return true;
  }
  // Or, where the gate asks (`readShared`), in the instructions or earlier turns the text is read in: "You are GoatHelp,
  // an assistant for small goat farms." and "How much milk does a kid need?" (a red team, session 57). Not for words that
  // let a pair through: "see" or "about" anywhere in a system prompt made film a movie (a review, session 57).
  return readShared && shared !== undefined && shared.wordsWhere(words, counts);
}
const anyPlace = () => true;
const TEXT_REACH = 30;

/** An adjective standing for a noun: "a large in US sizes", "the main" (a water main), "a fast". */
export const usedAsNoun = (context: WordContext): boolean => DETERMINERS.has(lower(context.tokens[context.at - 1]) ?? '') && nounAfter(context) === undefined;

export const objectWord = (context: WordContext): string | undefined => {
  const next = lower(context.tokens[context.at + 1]);
  return next !== undefined && DETERMINERS.has(next) ? lower(context.tokens[context.at + 2]) : next;
};
