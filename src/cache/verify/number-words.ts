import { FREQUENCY_AND_QUANTIFIERS, FUNCTION_WORDS, NUMBER_WORDS } from './closed-lists.ts';
import { aboutCode } from './identifier-position.ts';
import type { Lexicon } from './lexicon.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

/*
 * A small number in digits against the same number in words (DESIGN.md §1, "verify"): "Give me 5 tips" asks what
 * "Give me five tips" asks. classifyDifference accepts the pair (sameCardinal); the verifier then keeps it only
 * where the number counts things (countsInWords), since elsewhere the form is the question or a name: code
 * ("x = 5" / "x = five"), a title ("the movie 9" / "Nine"), a time ("five to ten"), a conversion ("Convert 7 to
 * binary").
 */

/** Whether `digits` is a number written in digits (no leading zero, sign or decimals) and `word` its cardinal in words. */
export function sameCardinal(digits: Token, word: Token): boolean {
  return digits.kind === 'number' && word.kind === 'word' && /^(?:0|[1-9]\d?)$/u.test(digits.text) && CARDINALS.get(word.text.toLowerCase()) === Number(digits.text);
}

/** The value of a cardinal in words, zero to twenty and the tens ("five" → 5, "fifty" → 50), or undefined. */
export function cardinalValue(word: string): number | undefined {
  return CARDINALS.get(word.toLowerCase());
}

/** The note classifyDifference gives an accepted sameCardinal pair. */
export const NUMBER_IN_WORDS_NOTE = 'number in words';

/**
 * Whether the changed stretch `start`..`end` of a side (one number) counts the plural noun after it in prose,
 * alone or after up to two lowercase words: "5 tips", "ten movies", "3 primary colors". Not a capitalised word ("Nine", a title), not next to a symbol or code ("x = 5",
 * "range(10)"); the caller rules out a text about how numbers are written (asksHowNumbersAreWritten).
 */
export function countsInWords(side: PreparedSide, start: number, end: number, lexicon: Lexicon): boolean {
  if (end !== start + 1) return false;
  const number = side.tokens[start]!;
  if (number.kind === 'word' && number.text !== number.text.toLowerCase()) return false;
  const raw = side.raw;
  const at = side.origin[start]!;
  const previous = raw[at - 1];
  // After a symbol, code or a keyword in capitals ("SELECT TOP 5 rows"): code, where the literal is the question.
  if (previous !== undefined && (previous.kind === 'symbol' || previous.kind === 'code' || /^\p{Lu}{2,}$/u.test(previous.text))) return false;
  // After a name, a version or a model ("Windows 10", "iPhone 15").
  if (previous !== undefined && previous.kind === 'word' && !previous.sentenceStart && /\p{Lu}/u.test(previous.text)) return false;
  // Or a name typed in lowercase that takes a version ("python 3 libraries" / "python three libraries", "windows 10
  // laptops": a red team on numbers, session 51: 16 of 17 served as a count).
  if (previous !== undefined && previous.kind === 'word' && VERSIONED_NAMES.has(previous.text.toLowerCase())) return false;
  // The counted plural, after up to two words that describe it: "3 primary colors".
  const lowercaseWord = (token: Token | undefined) => token !== undefined && token.kind === 'word' && token.text === token.text.toLowerCase();
  for (let offset = 1; offset <= 3; offset++) {
    const next = raw[at + offset];
    if (!lowercaseWord(next)) break;
    if (lexicon.singular(next!.text) !== undefined) return true;
  }
  // "one day", "one time" not after a preposition or a determiner is "someday", "once": no count ("Will I be rich one
  // day?" / "… 1 day?"; "in one day" counts; an attack on the verifier's acceptances, session 45).
  if (number.key.toLowerCase() === 'one' && someday(raw, at)) return false;
  const openWord = (token: Token | undefined) => lowercaseWord(token) && !FUNCTION_WORDS.has(token!.text) && !FREQUENCY_AND_QUANTIFIERS.has(token!.text) && !NUMBER_WORDS.has(token!.text);
  if (!openWord(raw[at + 1])) return false;
  // A measure ("1 hour", "a 3 day trip", "a 6 month old") or a singular noun that, with the number, describes the
  // noun after it ("a 4 line poem", "a 3 bedroom house"): it counts all the same.
  // Not in a text about code, where "1 day" may be a literal a parser reads ("Does Timedelta accept 1 day?").
  if (aboutCode(raw)) return false;
  const unit = raw[at + 1]!;
  const described = raw[at + 2];
  return lexicon.namesMeasure(unit.text) || (lexicon.canBeNoun(unit.text) && openWord(described) && lexicon.canBeNoun(described!.text));
}
/**
 * Whether "one" at `at` opens "one day" meaning "someday": closing its clause ("Will I be rich one day?"; not "one day
 * after surgery", "miss one day of the pill"), not after a word that counts it ("in one day", "is one day enough"), in a
 * question of what will or can be (a review, session 45: "Paris itinerary one day" counts a day).
 */
function someday(raw: readonly Token[], at: number): boolean {
  const [previous, day, next] = [raw[at - 1], raw[at + 1], raw[at + 2]];
  if (day?.kind !== 'word' || !INDEFINITE_ONE.has(day.text.toLowerCase())) return false;
  if (next !== undefined && (next.kind === 'word' || next.kind === 'number') && !next.sentenceStart) return false;
  if (previous?.kind === 'word' && COUNTING_BEFORE.has(previous.text.toLowerCase())) return false;
  let start = at;
  while (start > 0 && !raw[start]!.sentenceStart) start--;
  return raw.slice(start, at).some((token) => token.kind === 'word' && FUTURE_WORDS.has(token.text.toLowerCase()));
}
const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'can', 'could', 'would', 'might', 'may', 'going', 'gonna', "i'll", "we'll", "you'll", 'want', 'hope', 'dream', 'wish']);
const INDEFINITE_ONE: ReadonlySet<string> = new Set(['day', 'time', 'night', 'morning', 'evening', 'afternoon']);
/** Words before "one day" that count it ("in one day", "is one day enough", "spend one day"). */
const COUNTING_BEFORE: ReadonlySet<string> = new Set([
  'in', 'for', 'within', 'per', 'over', 'under', 'than', 'only', 'just', 'about', 'around', 'exactly', 'every', 'each', 'first', 'last', 'take', 'takes',
  'took', 'lasts', 'is', 'was', 'spend', 'spending', 'spent', 'need', 'needs', 'with', 'after', 'by',
]);
/** Whether the text is about how a number is written: there "7" and "seven" are two answers (read once per verification). */
export function asksHowNumbersAreWritten(text: string): boolean {
  return NUMBER_FORM_TOPIC.test(text);
}
// Style guides, a sentence that starts with a number, and a text turned into another form (encoded, hashed: a red
// team on numbers, session 33) ("In APA style, do I write 5 participants?", "Can I start a sentence with 12 months?").
const NUMBER_FORM_TOPIC =
  /\b(?:digits?|numerals?|numbers? in words|in words|written out|spell\w*|binary|decimal|hex\w*|octal|roman|figures?|APA|MLA|AP style|Chicago style|style guide|styleguide|house style|(?:start|begin)\w*\s+(?:a|the|my)\s+sentences?\s+with\s+(?:an?\s+)?\d+|encod(?:e|ed|ing)|decod(?:e|ed|ing)|base ?64|hash(?:ed|ing)?(?! browns?)|sha-?\d+|md5|checksum|slugify|url-?encod\w*|rot-?13|leetspeak)\b/iu;

const CARDINALS: ReadonlyMap<string, number> = new Map(
  [
    'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
    'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  ]
    .map((word, value) => [word, value] as const)
    .concat(['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, index) => [word, 30 + 10 * index] as const)),
);

/** Names of languages, frameworks, systems and devices a number after which is a version or a model, typed in lowercase too. */
const VERSIONED_NAMES: ReadonlySet<string> = new Set([
  'python', 'java', 'php', 'html', 'css', 'es', 'ecmascript', 'angular', 'vue', 'react', 'bootstrap', 'boot', 'spring', 'web', 'windows',
  'android', 'ios', 'macos', 'ubuntu', 'debian', 'fedora', 'node', 'nodejs', 'django', 'rails', 'laravel', 'symfony', 'swift', 'kotlin', 'perl',
  'dotnet', 'jdk', 'openjdk', 'gcc', 'clang', 'llvm', 'webpack', 'vite', 'tailwind', 'iphone', 'ipad', 'pixel', 'galaxy', 'xbox', 'playstation',
  'ps', 'gpt', 'llama', 'version', 'v', 'vol', 'volume', 'chapter', 'level', 'season', 'episode', 'gen',
]);

/**
 * The numbers of a text made approximate by a hyphened word ("50-odd", "20-something", "40-ish", "100-plus"), in
 * order: where the hyphen is dropped as punctuation, "Print 50 odd numbers" (50 odd integers) / "Print 50-odd numbers"
 * (about 50 numbers) kept the same words (a red team on constraints, session 53: 21 such pairs served).
 */
export function approximateNumbers(text: string): string {
  if (!DASH.test(text)) return '';
  return (text.match(APPROXIMATE_NUMBER) ?? []).map((number) => number.replace(DASHES, '-')).join('|').toLowerCase();
}
const DASH = /[-‐‑–—]/u;
const DASHES = /[-‐‑–—]/gu;
/** A number, a hyphen or a dash of any kind, and a word that makes it approximate (any dash reads as one). */
// Anchored at the number's first digit: unanchored, a long run of digits was scanned from each of them (quadratic).
const APPROXIMATE_NUMBER = /(?<![\d,.])\d[\d,.]*[-‐‑–—](?:odd|plus|ish|something|some)(?![\p{L}])|(?<![\d,.])\d[\d,.]*[-‐‑–—]somethings\b/giu;
