import { FUNCTION_WORDS, SENTENCE_ABBREVIATIONS } from './closed-lists.ts';

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
  if (!text.includes('.')) return '';
  const found: string[] = [];
  GLUED.lastIndex = 0;
  for (let match = GLUED.exec(text); match !== null; match = GLUED.exec(text)) {
    const word = match[1]!;
    const bare = word.replace(/^["'“‘(]+/u, '').toLowerCase();
    // Not an initial ("J. k. rowling"), an abbreviation ("e.g.", "approx."), a function word.
    if (/^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare) || ABBREVIATIONS.has(bare) || FUNCTION_WORDS.has(bare)) continue;
    // What follows opens a clause of its own: the full stop ends a sentence typed in lowercase ("how do i reset my router.
    // i mean really", "Is it safe. i mean really?"; a review, session 49).
    const next = /^[ \t]+([\p{L}']+)/u.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 40))?.[1]?.toLowerCase();
    if (next !== undefined && SENTENCE_STARTERS.has(next.replace(/'/gu, ''))) continue;
    // The words from the sentence's start up to this one: a question opened by an auxiliary or a question word, short;
    // a bounded stretch before the word is read, not the whole text before it.
    const before = text.slice(Math.max(0, match.index - SENTENCE_REACH), match.index);
    const sentenceStart = Math.max(before.lastIndexOf('\n') + 1, ...['. ', '? ', '! '].map((mark) => {
      const at = before.lastIndexOf(mark);
      return at === -1 ? 0 : at + mark.length;
    }));
    const words = before.slice(sentenceStart).trim().split(/\s+/u).filter((piece) => piece.length > 0);
    // ("In Python, what is …": a phrase before the question word.)
    const opener = words.findIndex((piece) => QUESTION_OPENERS.has(piece.toLowerCase().replace(/[^\p{L}]/gu, '')));
    // The question word opens the sentence, or follows a phrase closed by a comma.
    if (opener === -1 || (opener > 0 && !(opener <= 3 && words[opener - 1]!.endsWith(','))) || words.length > QUESTION_WORDS) continue;
    // After "is", "does", "can" the word asked about comes within three words ("Is report. a valid …"); after "how",
    // "what", "why" only a word with a literal's marks counts ("… my link https://a.com/page. give a 404?", "the type of
    // 3. ?"): not "how do i cancel my netflix subscription. asking for a friend" (a review, session 49).
    const auxiliary = !WH_WORDS.has(words[opener]!.toLowerCase().replace(/[^\p{L}]/gu, ''));
    if (auxiliary ? words.length - opener > 4 : !/[^\p{L}]/u.test(bare)) continue;
    found.push(word.toLowerCase());
  }
  return found.join('|');
}
/** A word and its full stop, then spaces and a lowercase letter, a digit, an "@", a "#" or a question mark (linear: the word is at most 200 characters). */
const GLUED = /(?<=^|\s)(\S{1,200}?)\.(?=[ \t]+(?:[\p{Ll}\d@#?]))/gu;
const SENTENCE_REACH = 200;
const WH_WORDS: ReadonlySet<string> = new Set(['why', 'what', 'how', 'where', 'when', 'which', 'who', 'whats']);
/** Words that open a clause of their own after a full stop typed in lowercase. */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'i', 'im', 'ive', 'ill', 'id', 'you', 'he', 'she', 'it', 'its', 'we', 'they', 'this', 'that', 'there', 'what', 'how', 'why', 'when', 'where', 'who',
  'and', 'but', 'so', 'or', 'also', 'thanks', 'thank', 'thx', 'please', 'pls', 'ok', 'okay', 'like', 'just', 'btw', 'then', 'now', 'because', 'if',
  'my', 'me', 'is', 'are', 'can', 'do', 'does', 'should', 'would', 'could', 'will', 'any', 'not', 'no', 'yes', 'well', 'hmm', 'lol', 'sorry',
]);
const QUESTION_WORDS = 8;
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'should', 'would', 'will', 'why', 'what', 'how', 'where', 'when', 'which', 'who', 'whats',
]);
/** Abbreviations written with a full stop inside a sentence: the shared ones, and those of units, months and days. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...SENTENCE_ABBREVIATIONS, 'inc', 'ltd', 'ca', 'est', 'min', 'max', 'sec', 'hr', 'hrs', 'lb', 'lbs', 'oz', 'ft',
  'pt', 'vol', 'ch', 'pp', 'prof', 'gen', 'gov', 'dept', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'ave', 'blvd', 'rd', 'mt', 'v',
  'u.s', 'tbsp', 'tsp', 'avg', 'yrs', 'yr', 'apt', 'diff', 'mo', 'mos', 'wk', 'wks', 'pg', 'pgs', 'info', 'temp', 'ok',
  'qty', 'incl', 'excl', 'govt', 'misc', 'ref', 'req', 'resp', 'tel', 'ext', 'hwy', 'sq', 'cu', 'km', 'kg', 'mg', 'ml',
  'cm', 'mm', 'in', 'mins', 'secs',
]);
