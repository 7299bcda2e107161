import type { WordVectorData } from '../../embedding/local/word-vectors.ts';
import { typingSlip } from './word-forms.ts';

/*
 * Known misspellings (DESIGN.md §1, "verify"): the typo rule accepts a misspelt form only when it is no word in
 * any language the embedder knows ("poisson" is French, not a typo of "poison"). But the embedder's vocabulary,
 * learnt from web text, holds the commonest misspellings too ("goverment", "occured", "accomodate"), which that
 * test refused. Built once with the lexicon: a vocabulary form that is no English word, one slip of typing from
 * an English word of the vocabulary (word-forms.ts typingSlip), and whose word vector lies close to that word's,
 * is that word misspelt. A word of another language sits elsewhere in the vector space: poisson/poison -0.02,
 * planing/planning 0.15, gato/gateau 0.19, against goverment/government 0.56 and occured/occurred 0.69.
 */

/** The cosine between the two words' vectors above which the form is that word misspelt. */
export const MISSPELLING_COSINE = 0.4;
/**
 * How many times rarer than its word a form must be (by the vectors' source frequency ranks) to be taken for it
 * misspelt: goverment is 507 times rarer than government, accomodate 12 times; variants of a name (phillip /
 * philip 3×, nicolas / nicholas 1×) and words of their own (discretely / discreetly 3×, sulfites / sulfates 1.5×)
 * are about as frequent as their look-alike.
 */
export const MISSPELLING_RARITY = 10;
/** Forms shorter than this are names and abbreviations as often as slips ("jon", "teh"). */
const MIN_LENGTH = 5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = 'aeiou';

/**
 * Pairs "misspelt\tword" among the vocabulary: `misspelt` is no English word (isWord), `word` is one, typingSlip
 * holds between them before their last two letters, `misspelt` is MISSPELLING_RARITY times rarer, and their
 * vectors' cosine is at least MISSPELLING_COSINE. A few seconds over 150k words, once.
 */
export function findMisspellings(vectors: WordVectorData, isWord: (word: string) => boolean): string[] {
  const index = new Map<string, number>();
  vectors.words.forEach((word, at) => index.set(word, at));
  const english = new Map<string, boolean>();
  const isEnglish = (word: string) => {
    let known = english.get(word);
    if (known === undefined) english.set(word, (known = isWord(word)));
    return known;
  };
  const cosine = vectorCosine(vectors);
  const pairs: string[] = [];
  for (const [at, form] of vectors.words.entries()) {
    if (form.length < MIN_LENGTH || !/^[a-z]+$/u.test(form) || isEnglish(form)) continue;
    let best: { word: string; cosine: number } | undefined;
    for (const candidate of slipsOf(form)) {
      const other = index.get(candidate);
      if (other === undefined || typingSlip(form, candidate) === undefined || !isEnglish(candidate)) continue;
      // A misspelling is far rarer than its word, and a slip in the last two letters is as often a suffix ("franchisee").
      if ((vectors.sourceRanks[at]! + 1) / (vectors.sourceRanks[other]! + 1) < MISSPELLING_RARITY || firstDifference(form, candidate) >= Math.min(form.length, candidate.length) - 2) continue;
      const similarity = cosine(at, other);
      if (similarity >= MISSPELLING_COSINE && (best === undefined || similarity > best.cosine)) best = { word: candidate, cosine: similarity };
    }
    if (best !== undefined) pairs.push(`${form}\t${best.word}`);
  }
  return pairs;
}

/** The cosine between two words of the vocabulary by their indexes (the int8 values; a word's scale cancels out). */
function vectorCosine(vectors: Pick<WordVectorData, 'words' | 'dimension' | 'values'>): (a: number, b: number) => number {
  const norms = new Float64Array(vectors.words.length);
  const { dimension, values } = vectors;
  const norm = (at: number) => {
    if (norms[at] === 0) {
      let sum = 0;
      for (let k = 0; k < dimension; k++) sum += values[at * dimension + k]! ** 2;
      norms[at] = Math.sqrt(sum) || Number.MIN_VALUE;
    }
    return norms[at]!;
  };
  return (a, b) => {
    let dot = 0;
    for (let k = 0; k < dimension; k++) dot += values[a * dimension + k]! * values[b * dimension + k]!;
    return dot / (norm(a) * norm(b));
  };
}

/** The words `form` may be a slip of: two letters swapped, a vowel for a vowel, a letter doubled or undoubled, a letter dropped. */
function* slipsOf(form: string): Generator<string> {
  for (let at = 0; at + 1 < form.length; at++) yield form.slice(0, at) + form[at + 1] + form[at] + form.slice(at + 2);
  // Only the slips typingSlip takes: a vowel inside a word of 8 letters or more, a dropped letter from one of 8 or more.
  for (let at = 1; at < form.length; at++) {
    if (form.length >= 8 && at < form.length - 3 && VOWELS.includes(form[at]!)) for (const vowel of VOWELS) if (vowel !== form[at]) yield form.slice(0, at) + vowel + form.slice(at + 1);
    if (form[at] === form[at - 1]) yield form.slice(0, at) + form.slice(at + 1);
    yield form.slice(0, at) + form[at - 1] + form.slice(at);
    if (form.length >= 7) for (const letter of LETTERS) yield form.slice(0, at) + letter + form.slice(at);
  }
}

function firstDifference(left: string, right: string): number {
  let at = 0;
  while (at < left.length && left[at] === right[at]) at++;
  return at;
}

/** How many of the vocabulary's most frequent words are read for anagrams of a listed form's word. */
const ANAGRAM_WORDS = 60_000;
/** A word's letters in order: the same for its anagrams. */
function lettersOf(word: string): string {
  return [...word].sort().join('');
}

/** The shortest listed misspelling taken: shorter forms are abbreviations and names as often as slips ("teh" aside). */
const LISTED_MIN_LENGTH = 5;
/**
 * A listed form the vocabulary holds is taken only when its vector is this close to the word's: the list's forms in
 * the vocabulary are misspellings ("seperate" 0.27, "independant" 0.19, "neccessary" 0.35), words of other languages
 * mostly meaning the word ("internacional" 0.20), or names and words of their own, far from it ("villegas"/villages
 * -0.13, "tigger"/trigger 0.04, "chanel"/channel -0.01, "frome"/from -0.08; 323 of the list's forms, read one by one).
 */
const LISTED_VOCABULARY_COSINE = 0.15;

/**
 * Pairs "misspelt\tword" from a curated list of common English misspellings (npm `@cspell/dict-en-common-misspellings`:
 * Wikipedia's list of common misspellings and the `typos` project's, "seperate->separate"), for the slips the vectors
 * cannot vouch for: forms too rare for a vector of their own ("pronounciation", "arguement", "begginer") and forms
 * whose vector sits far from the word's ("seperate"/"separate" 0.27, "neccessary" 0.35: MISSPELLING_COSINE is 0.4). A
 * blind over-refusal study, session 58: 18 of the 21 everyday typos refused are listed.
 *
 * Taken only where the list is sure and the form is no word: one correction, a single word of English (`isWord`); the
 * form all lowercase letters, LISTED_MIN_LENGTH or longer, no English word, no word of SCOWL's lists (`isOtherWord`)
 * and no name; and, where the vocabulary holds the form too, MISSPELLING_RARITY times rarer than its word and its vector
 * no farther than LISTED_VOCABULARY_COSINE (a word of another language or a name is about as frequent as its
 * look-alike, or stands elsewhere).
 */
export function listedMisspellings(entries: readonly string[], vectors: WordVectorData, isWord: (word: string) => boolean, isOtherWord: (word: string) => boolean): string[] {
  const index = new Map<string, number>();
  vectors.words.forEach((word, at) => index.set(word, at));
  const cosine = vectorCosine(vectors);
  // The vocabulary's common English words by their letters: a form whose letters are its word's letters in another
  // order may be another word's shuffled as well ("convseration": conversation, though the list says conservation; a
  // review of the first version).
  const byLetters = new Map<string, string[]>();
  for (const word of vectors.words.slice(0, ANAGRAM_WORDS)) {
    if (!/^[a-z]+$/u.test(word) || !isWord(word)) continue;
    const key = lettersOf(word);
    const words = byLetters.get(key);
    if (words === undefined) byLetters.set(key, [word]);
    else words.push(word);
  }
  const pairs: string[] = [];
  for (const entry of entries) {
    const arrow = entry.indexOf('->');
    if (arrow === -1) continue;
    const form = entry.slice(0, arrow).trim();
    const corrections = entry.slice(arrow + 2).split(',').map((correction) => correction.trim());
    const word = corrections[0]!;
    if (corrections.length !== 1 || form.length < LISTED_MIN_LENGTH || !/^[a-z]+$/u.test(form) || !/^[a-z]+$/u.test(word)) continue;
    // Nor a plural of a word ("afterwords" is afterword's, not afterwards misspelt).
    if (!isWord(word) || isWord(form) || isOtherWord(form) || (form.endsWith('s') && isWord(form.slice(0, -1)))) continue;
    if (lettersOf(form) === lettersOf(word) && (byLetters.get(lettersOf(word)) ?? []).some((other) => other !== word)) continue;
    const [formAt, wordAt] = [index.get(form), index.get(word)];
    if (formAt !== undefined && (wordAt === undefined || (vectors.sourceRanks[formAt]! + 1) / (vectors.sourceRanks[wordAt]! + 1) < MISSPELLING_RARITY || cosine(formAt, wordAt) < LISTED_VOCABULARY_COSINE)) continue;
    pairs.push(`${form}\t${word}`);
  }
  return pairs;
}
