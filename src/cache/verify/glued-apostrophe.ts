/**
 * An apostrophe glued to one end of a name with no quote to pair it, typed in prose: code's, not a quotation's. Rust's
 * lifetime (`'static`, `T: 'a`), Haskell's prime (`foldl'`), Lisp's quote (`'x`), ML's type variable (`'a list`),
 * Excel's text prefix (`'0123`). Without it the name is another thing, so the verifier's reading of it as a stray
 * quotation mark served "What does 'static mean in Rust?" for "What does static mean in Rust?" (a red team on code,
 * session 37: 296 of 584 such pairs; the same in backticks or a fence was refused already).
 *
 * Not a quotation's mark that pairs with another in the text ("the 'static' keyword"), nor the apostrophes of
 * everyday English: an elision ("'til", "'em", "rock 'n' roll", "'90s"), a dropped g ("goin'"), a plural possessive
 * ("the students' books").
 */
export function gluedApostrophesDiffer(left: string, right: string): boolean {
  if (!APOSTROPHE.test(left) && !APOSTROPHE.test(right)) return false;
  return glued(left) !== glued(right);
}

/** The text's unpaired apostrophes glued to a name, each with its name, in order. */
function glued(text: string): string {
  if (text.length > MAX_CHARACTERS) return '';
  const found: string[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    // A quotation pairs an opening mark with a closing one: a sentence with both kinds is read as quoting, and only one
    // whose glued apostrophes all open names ("'a -> 'a") or all close them ("foldl'") is read as code's.
    // An elision is the name where the sentence asks about a word ("What does 'cause mean?" / "… cause …"), and two
    // digits are a year, not a decade, without an "s" ("the year '79" is 1979, "the year 79" AD 79; a red team on
    // numbers, session 57: 406 of 406 such pairs served).
    const asksWord = WORD_ASKED.test(sentence);
    const openings = Array.from(sentence.matchAll(OPENING), (match) => ({ name: match[2]!, next: sentence[match.index + match[0].length] ?? '' }))
      .filter(({ name, next }) => !ELISIONS.test(name) || asksWord || (/^\d\d$/u.test(name) && !/[sS'’]/u.test(next)))
      .map(({ name }) => name);
    // The name before a closing mark is read backwards from it (a pattern starting at the name would rescan a long run
    // of letters from each of its positions).
    const closingAt = Array.from(sentence.matchAll(CLOSING), (match) => match.index);
    const closings = closingAt.map((at) => NAME_BEFORE.exec(sentence.slice(Math.max(0, at - MAX_NAME), at))![0]).filter((name) => !/(?:s|in)$/iu.test(name));
    const openingMarks = openings.length === 0 ? (sentence.match(OPENING)?.length ?? 0) : 1;
    const closingMarks = closingAt.length;
    if (openingMarks > 0 && closingMarks === 0) found.push(...openings.map((name) => `'${name}`));
    if (closingMarks > 0 && openingMarks === 0) found.push(...closings.map((name) => `${name}'`));
  }
  return found.join(' ');
}

const APOSTROPHE = /['‘’]/u;
const MAX_CHARACTERS = 64 * 1024;
const SENTENCE_END = /(?<=[.!?])\s+|\n/u;
/** An apostrophe opening a name: start, space or a bracket before it. */
const OPENING = /(^|[\s([{<:,])['‘’]([\p{L}_][\p{L}\p{N}_]*|\p{N}[\p{N}_]*)/gu;
/** An apostrophe closing a name, before a space, a bracket, a mark or the end. */
const CLOSING = /(?<=[\p{L}\p{N}_])['’](?=$|[\s)\]}>,.;:?!])/gu;
/** The name a closing apostrophe ends, up to MAX_NAME characters back. */
const NAME_BEFORE = /[\p{L}\p{N}_]+$/u;
const MAX_NAME = 64;
/** Words of a sentence that asks about a word: its meaning, its spelling, what it stands for. */
const WORD_ASKED = /(?<![\p{L}])(?:mean|means|meaning|define|definition|spell|spelled|spelt|spelling|word|slang|abbreviation|stand for|stands for|short for|pronounce|etymology|origin|in a sentence|translate|synonym|synonyms|antonym|rhymes?)(?![\p{L}])/iu;
/** Everyday elisions an apostrophe opens: 'til, 'em, 'cause, 'bout, 'n', 'tis, 'twas, 'round, a decade ('90s). */
const ELISIONS = /^(?:til|till|em|cause|cos|bout|n|tis|twas|round|nother|sup|kay|\d\d)$/iu;
