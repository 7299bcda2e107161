import { FUNCTION_WORDS } from './closed-lists.ts';

/**
 * Whether two texts differ in a full stop glued to a word inside an unfinished question, where it is part of the word
 * asked about ("Is report. a valid file name on Windows?" / "Is report a valid …", "Why does my link https://a.com/page.
 * give a 404?", "In Python, what is the type of 3. ?"; a third review, session 49: 196 of 230 such pairs served as
 * punctuation). A full stop that ends a sentence is followed by a capital or ends the line; one inside a question that
 * has not reached its verb's object is the literal's own.
 */
export function gluedPeriodsDiffer(query: string, candidate: string): boolean {
  return gluedPeriods(query) !== gluedPeriods(candidate);
}

/** The words, "|"-joined, that carry a full stop inside a question that goes on in lowercase after them. */
function gluedPeriods(text: string): string {
  if (text.length > GLUED_REACH || !text.includes('.')) return '';
  const found: string[] = [];
  GLUED.lastIndex = 0;
  for (let match = GLUED.exec(text); match !== null; match = GLUED.exec(text)) {
    const word = match[1]!;
    const bare = word.replace(/^["'“‘(]+/u, '').toLowerCase();
    // Not an initial ("J. k. rowling"), an abbreviation ("e.g.", "approx."), a function word.
    if (/^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare) || ABBREVIATIONS.has(bare) || FUNCTION_WORDS.has(bare)) continue;
    // The words from the sentence's start up to this one: a question opened by an auxiliary or a question word, short.
    const before = text.slice(0, match.index);
    const sentenceStart = Math.max(before.lastIndexOf('\n') + 1, ...['. ', '? ', '! '].map((mark) => (before.lastIndexOf(mark) === -1 ? 0 : before.lastIndexOf(mark) + mark.length)));
    const words = text.slice(sentenceStart, match.index).trim().split(/\s+/u).filter((piece) => piece.length > 0);
    // ("In Python, what is …": a phrase before the question word.)
    const opener = words.findIndex((piece) => QUESTION_OPENERS.has(piece.toLowerCase().replace(/[^\p{L}]/gu, '')));
    // The question word opens the sentence, or follows a phrase closed by a comma.
    if (opener === -1 || (opener > 0 && !(opener <= 3 && words[opener - 1]!.endsWith(','))) || words.length > QUESTION_WORDS) continue;
    found.push(word.toLowerCase());
  }
  return found.join('|');
}
/** A word and its full stop, then spaces and a lowercase letter, a digit, an "@", a "#" or a question mark. */
const GLUED = /(?<=^|\s)(\S{1,200}?)\.(?=[ \t]+(?:[\p{Ll}\d@#?]))/gu;
const GLUED_REACH = 20_000;
const QUESTION_WORDS = 8;
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'should', 'would', 'will', 'why', 'what', 'how', 'where', 'when', 'which', 'who', 'whats',
]);
/** Abbreviations written with a full stop inside a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'approx', 'no', 'fig', 'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'ltd', 'jr', 'sr', 'cf', 'al', 'ca', 'est', 'min', 'max',
  'sec', 'hr', 'hrs', 'lb', 'lbs', 'oz', 'ft', 'pt', 'vol', 'ch', 'pp', 'prof', 'gen', 'gov', 'dept', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'ave', 'blvd', 'rd', 'mt', 'vs', 'v', 'u.s',
]);
