import { FUNCTION_WORDS, NATIVE_LANGUAGE_NAMES } from './closed-lists.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

/** The lexicon's one fact this module needs (Lexicon.isWord): whether a lowercase word is an English word. */
export interface EnglishWords {
  isWord(word: string): boolean;
}
/** Without a lexicon: English is its function words only. */
export const FUNCTION_WORDS_ONLY: EnglishWords = { isWord: (word) => FUNCTION_WORDS.has(word) };

/**
 * Whether a side's text looks English, once per prepared side: elsewhere a word that happens to be spelled like an
 * English one is no English inflection ("¿Qué come?" / "¿Qué comes?" is "what does he eat" / "what do you eat"),
 * and "把 apples 翻译成德语" asks about the word as typed. Not English:
 * - a Spanish inverted mark;
 * - function words of another language outnumbering English ones ("O que come ao almoço?", "Como come?"), or
 * - words of another language (another script, a letter English does not use, a foreign function word)
 *   outnumbering English words, function words or words the lexicon knows ("Was heißt das?", "ML क्या है?").
 * A word no list knows counts with another language's when typed in lowercase ("bedeutet", "giapponese") and for
 * neither when capitalised inside a sentence (a name); acronyms count for neither ("MIT license"). Technical
 * English keeps enough English words around its jargon to stay English ("centre a div", "kubectl get pods").
 */
export function looksEnglish(side: PreparedSide, lexicon: EnglishWords): boolean {
  let english = LOOKS_ENGLISH.get(side);
  if (english === undefined) {
    english = !mostlyForeign(side.raw, lexicon);
    LOOKS_ENGLISH.set(side, english);
  }
  return english;
}
const LOOKS_ENGLISH = new WeakMap<PreparedSide, boolean>();

/**
 * Whether the text is mostly not English once the tokens from `skipStart` to `skipEnd` are left out (the words a
 * rule is deciding about, such as an English "thank you" in "Was heißt thank you?"); see looksEnglish.
 * `evenCounts`: as many words of another language as English ones make it foreign too ("Ne demek thank you?").
 * `ignoreInverted`: a Spanish "¿" alone does not make it foreign (an English question quoting '¿Qué tal?').
 */
export function mostlyForeign(tokens: readonly Token[], lexicon: EnglishWords, skipStart = 0, skipEnd = 0, evenCounts = false, ignoreInverted = false): boolean {
  const counts = languageCounts(tokens, lexicon);
  let { english, foreign, englishFunction, foreignFunction } = counts;
  for (let index = skipStart; index < Math.min(skipEnd, counts.sampled); index++) {
    const language = counts.languages[index];
    if (language === ENGLISH_FUNCTION) englishFunction--;
    if (language === ENGLISH || language === ENGLISH_FUNCTION) english--;
    if (language === FOREIGN_FUNCTION) foreignFunction--;
    if (language === FOREIGN || language === FOREIGN_FUNCTION || language === UNKNOWN) foreign--;
  }
  return (counts.inverted && !ignoreInverted) || foreignFunction > englishFunction || foreign > english || (evenCounts && foreign > 0 && foreign === english);
}

/**
 * Whether a side not looking English shows another language for sure, as a typo's judgement needs: a Spanish "¿" or
 * "¡", a French or Italian elision ("qu'un", "l'eau", "cos'è"), or a function word of another language typed in
 * lowercase outside a name ("pour", "es", "el"; not "Los Angeles", "Tour de France", "Lana Del Rey"). A keyword
 * query with a name and a typo ("Modi goverment policies") has none (a review, session 29).
 */
export function showsAnotherLanguage(side: PreparedSide, lexicon: EnglishWords): boolean {
  if (looksEnglish(side, lexicon)) return false;
  let shows = SHOWS_ANOTHER.get(side);
  if (shows === undefined) SHOWS_ANOTHER.set(side, (shows = anotherLanguageShown(side.raw)));
  return shows;
}
const SHOWS_ANOTHER = new WeakMap<PreparedSide, boolean>();

function anotherLanguageShown(tokens: readonly Token[]): boolean {
  const capitalised = (token: Token | undefined) => token?.kind === 'word' && /^\p{Lu}/u.test(token.text);
  return tokens.some((token, index) => {
    if (token.text === '¿' || token.text === '¡') return true;
    if (token.kind !== 'word') return false;
    if (ELISION.test(token.text)) return true;
    return token.text === token.text.toLowerCase() && FOREIGN_FUNCTION_WORDS.has(token.text) && !(capitalised(tokens[index - 1]) && capitalised(tokens[index + 1]));
  });
}
const ELISION = /^(?:qu|d|l|j|n|s|c|m|t|cos|dov|com)['’]\p{L}/iu;

/** Whether the token is a word of another language than English (see looksEnglish), judged alone. */
export function isForeignWord(tokens: readonly Token[], index: number, lexicon: EnglishWords): boolean {
  const counts = languageCounts(tokens, lexicon);
  const language = index < counts.sampled ? counts.languages[index] : wordLanguage(tokens[index]!, lexicon);
  return language === FOREIGN || language === FOREIGN_FUNCTION;
}

const NEITHER = 0;
const ENGLISH = 1;
const ENGLISH_FUNCTION = 2;
const FOREIGN = 3;
const FOREIGN_FUNCTION = 4;
/** A word no list knows: counted with another language's, but no proof on its own (isForeignWord). */
const UNKNOWN = 5;

interface LanguageCounts {
  /** Per sampled token, its language (NEITHER … FOREIGN_FUNCTION). */
  languages: Uint8Array;
  sampled: number;
  english: number;
  foreign: number;
  englishFunction: number;
  foreignFunction: number;
  inverted: boolean;
}

/** Counted once per token list: a prepared side is compared with many candidates. */
function languageCounts(tokens: readonly Token[], lexicon: EnglishWords): LanguageCounts {
  let counts = COUNTS.get(tokens);
  if (counts !== undefined) return counts;
  const sampled = Math.min(tokens.length, SAMPLE_TOKENS);
  counts = { languages: new Uint8Array(sampled), sampled, english: 0, foreign: 0, englishFunction: 0, foreignFunction: 0, inverted: false };
  for (let index = 0; index < sampled; index++) {
    const token = tokens[index]!;
    if (token.text === '¿' || token.text === '¡') counts.inverted = true;
    const language = wordLanguage(token, lexicon);
    counts.languages[index] = language;
    if (language === ENGLISH_FUNCTION) counts.englishFunction++;
    if (language === ENGLISH || language === ENGLISH_FUNCTION) counts.english++;
    if (language === FOREIGN_FUNCTION) counts.foreignFunction++;
    if (language === FOREIGN || language === FOREIGN_FUNCTION || language === UNKNOWN) counts.foreign++;
  }
  COUNTS.set(tokens, counts);
  return counts;
}
const COUNTS = new WeakMap<readonly Token[], LanguageCounts>();

function wordLanguage(token: Token, lexicon: EnglishWords): number {
  if (token.kind !== 'word' || !/\p{L}/u.test(token.text)) return NEITHER;
  if (OTHER_SCRIPT.test(token.text)) return FOREIGN;
  // An acronym is of no language: "MIT license" is no German "mit".
  if (/^\p{Lu}{2,}$/u.test(token.text)) return NEITHER;
  const lower = token.text.toLowerCase();
  if (BOTH_LANGUAGES.has(lower)) return NEITHER;
  if (FUNCTION_WORDS.has(lower)) return ENGLISH_FUNCTION;
  if (FOREIGN_FUNCTION_WORDS.has(lower) || NATIVE_LANGUAGE_NAMES.has(lower)) return FOREIGN_FUNCTION;
  if (lexicon.isWord(lower)) return ENGLISH;
  // A letter English does not use, in a word English does not know: "heißt", "japonés", "où".
  if (NON_ASCII.test(lower)) return FOREIGN;
  // A lowercase word English does not know ("bedeutet", "giapponese", "kelimesini") is mostly another
  // language's; a capitalised one inside a sentence is a name. Alone it proves little (jargon: "kubectl").
  return /^\p{L}+$/u.test(token.text) && (token.sentenceStart || token.text === lower) ? UNKNOWN : NEITHER;
}
/** A letter of another script than Latin: Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, Hangul, Kana… */
/** A letter of a script other than Latin: of a language other than English for sure. */
export const OTHER_SCRIPT = /(?![\p{Script=Latin}])\p{L}/u;
const NON_ASCII = /[^\x00-\x7f]/u;

/**
 * Words as common in a neighbouring language as in English ("Was heißt …", "Come si dice in …", "ins
 * Italienische", "till tyska"): they say nothing of the text's language.
 */
const BOTH_LANGUAGES: ReadonlySet<string> = new Set(['a', 'was', 'also', 'an', 'am', 'in', 'as', 'no', 'per', 'come', 'si', 'dice', 'ins', 'till', 'man', 'hat', 'ne', 'son']);

/**
 * Function words of the languages written in Latin letters that English-speaking traffic mixes in most (Spanish,
 * Portuguese, French, Italian, German, Dutch, the Nordic languages, Polish, Turkish, Indonesian, Hindi written in
 * Latin letters), none of them an English function word too.
 */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'el', 'la', 'los', 'las', 'del', 'al', 'de', 'que', 'qué', 'en', 'es', 'está', 'por', 'para', 'con', 'una', 'uno', 'como', 'cómo', 'cuál', 'cuánto', 'cuándo', 'cuando', 'dónde', 'donde',
  'porque', 'pero', 'muy', 'más', 'y', 'mi', 'mí', 'tu', 'tú', 'te', 'ti', 'yo', 'él', 'ella', 'su', 'se', 'lo', 'le', 'hoy', 'siempre', 'también', 'nunca',
  'o', 'ao', 'os', 'as', 'da', 'das', 'dos', 'um', 'uma', 'não', 'é', 'em', 'na', 'no', 'com', 'ou', 'você',
  'les', 'des', 'est', 'une', 'et', 'avec', 'pour', 'dans', 'pas', 'ce', 'cette', 'qui', 'je', 'il', 'elle', 'vous', 'nous', 'sur', 'où',
  'che', 'di', 'per', 'non', 'gli', 'della', 'sono', 'questo',
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'ich', 'sie', 'sich', 'wie', 'was', 'für', 'auf', 'zu',
  // Not "van", "hoe", "dan", "apa", "er", "og", "af": English words, names or abbreviations too ("van rental", "APA style").
  'het', 'een', 'naar', 'niet', 'wat', 'ik', 'zijn', 'voor', 'ook', 'maar',
  'och', 'är', 'det', 'att', 'jag', 'på', 'vad', 'hur', 'inte', 'ikke', 'hvad', 'hvordan',
  'jak', 'się', 'nie', 'jest', 'czy', 'po', 'co',
  'bir', 'bu', 'için', 'nasıl', 'nedir',
  'yang', 'ini', 'itu', 'bagaimana', 'dengan', 'untuk', 'tidak', 'adalah',
  'kya', 'hai', 'hain', 'ko', 'mein', 'ka', 'ki', 'kaise', 'nahi', 'kyun',
].filter((word) => !FUNCTION_WORDS.has(word)));
/** Tokens looked at: the start of a 100 KB document says enough of its language. */
const SAMPLE_TOKENS = 1_600;

/**
 * Whether a text is mostly in another language beyond doubt: mostlyForeign, and it has a letter outside ASCII or two
 * function words of another language that are none of English's. A headline whose short words another language shares
 * ("32 die in Bangladesh protest") stays English.
 */
export function clearlyForeign(tokens: readonly Token[], lexicon: EnglishWords): boolean {
  // Once per token list: a lookup reads the query's against each of its candidates.
  let known = CLEARLY_FOREIGN.get(tokens);
  if (known === undefined) CLEARLY_FOREIGN.set(tokens, (known = readsClearlyForeign(tokens, lexicon)));
  return known;
}
const CLEARLY_FOREIGN = new WeakMap<readonly Token[], boolean>();
function readsClearlyForeign(tokens: readonly Token[], lexicon: EnglishWords): boolean {
  if (!mostlyForeign(tokens, lexicon, 0, 0, false, true)) return false;
  let functionWords = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (LETTER_OUTSIDE_ASCII.test(token.text)) return true;
    if (token.text === token.text.toLowerCase() && FOREIGN_FUNCTION_WORDS.has(token.text) && ++functionWords >= 2) return true;
  }
  return false;
}
/** A letter outside ASCII ("é", "ł", "ж"); not a curly apostrophe beside ASCII letters ("don’t"). */
const LETTER_OUTSIDE_ASCII = /(?![\x00-\x7f])\p{L}/u;
