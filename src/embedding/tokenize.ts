import { streamSafeNfc } from '../util/stream-safe-nfc.ts';

/**
 * The local embedder's word tokenizer. (The verifier has its own, which keeps case and symbols:
 * cache/verify/verify-tokens.ts.)
 *
 * `wordTokens` lowercases (the word vectors are lowercase; the embedded text itself is never case-folded) and
 * splits English text into:
 * - words, with contractions expanded so that "don't", "dont" and "do not" all give `do not`, "can't" and
 *   "cannot" give `can not`, "it's" gives `it is`, and a possessive "'s" is dropped ("anna's" → `anna`);
 * - numbers and identifiers as one token each: `4711`, `3.14`, `1,000`, `10:30`, `v1.2.3`, `user_id`, `4o`;
 * - symbols that change meaning, one token per character: `+ * / = < > % $ € # @ & | ^ ~ \` and emoji; `-` only
 *   next to a digit ("-5", "5-3", "gpt-4"), since between letters it joins words ("state-of-the-art" →
 *   `state of the art`, as the vocabulary has no hyphenated words) and between spaces it is a prose dash.
 * Sentence punctuation (`. , ; : ! ? " ' ( ) [ ] { }` and dashes) is dropped. Abbreviations written with dots
 * lose them ("e.g." → `eg`, "U.S." → `us`).
 *
 * Negation words are always kept (never treated as stop words), see `isNegation`.
 *
 * @example wordTokens("Don't summarise ticket #4711, it's urgent!")
 *   // → ['do', 'not', 'summarise', 'ticket', '#', '4711', 'it', 'is', 'urgent']
 */
export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  const normalised = streamSafeNfc(text).toLowerCase().replace(APOSTROPHES, "'");
  for (const match of normalised.matchAll(TOKEN)) {
    const [, abbreviation, word, symbol] = match;
    if (abbreviation !== undefined) tokens.push(abbreviation.replaceAll('.', ''));
    else if (word !== undefined) pushWord(tokens, word);
    else if (symbol !== undefined && keepsSymbol(symbol, normalised, match.index)) tokens.push(symbol);
  }
  return tokens;
}

/**
 * Whether a token (as produced by `wordTokens`) negates: a negation present on one side of a semantic match
 * only must block the hit, because word vectors place "is" and "is not" almost on top of each other.
 */
export function isNegation(token: string): boolean {
  return NEGATIONS.has(token);
}

/** The tokens `isNegation` accepts. Contractions are expanded by `wordTokens`, so `n't` never appears. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'none',
  'nothing',
  'nobody',
  'nowhere',
  'without',
]);

// Typographic apostrophes and the modifier letter apostrophe, so "don’t" tokenises like "don't".
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/gu;

// Alternatives, in order: a dotted abbreviation ("e.g.", "u.s.a."); a word or number, with digit groups joined
// by '.', ':' or a thousands ',' ("3.14", "10:30", "1,000") and apostrophe suffixes ("don't"); a single symbol
// or punctuation character. Linear time: no alternative can match the same text two ways, and the
// abbreviation is bounded ({2,4}), because an unbounded one backtracks over the whole rest of "a.a.a.…a.b" at
// every position (200k characters took 67 s).
const TOKEN =
  /(?<![\p{L}\p{N}])((?:\p{L}\.){2,4})(?![\p{L}\p{N}])|([\p{L}\p{M}\p{N}_]+(?:(?<=\p{N})(?:[.:]|,(?=\p{N}{3}(?!\p{N})))\p{N}+)*(?:'\p{L}+)*)|([^\s\p{L}\p{M}\p{N}_])/gu;

// Punctuation that carries meaning in prompts ("2*3", "a/b", "50%", "#12", "@user", "a & b") is kept along
// with every \p{S} character (math, currency, emoji); the rest of \p{P} is sentence punctuation.
const MEANINGFUL_PUNCTUATION = new Set(['#', '@', '&', '*', '/', '\\', '%']);
const SYMBOL = /\p{S}/u;
const DIGIT = /\p{N}/u;

function keepsSymbol(symbol: string, text: string, index: number): boolean {
  if (symbol === '-') {
    return DIGIT.test(text[index - 1] ?? '') || DIGIT.test(text[index + 1] ?? '');
  }
  return MEANINGFUL_PUNCTUATION.has(symbol) || SYMBOL.test(symbol);
}

function pushWord(tokens: string[], word: string): void {
  const apostrophe = word.indexOf("'");
  if (apostrophe === -1) {
    const expansion = CONTRACTIONS_WITHOUT_APOSTROPHE.get(word);
    if (expansion === undefined) tokens.push(word);
    else tokens.push(...expansion);
    return;
  }
  if (word.endsWith("n't")) {
    const stem = word.slice(0, -3);
    tokens.push(IRREGULAR_NEGATED_STEMS.get(stem) ?? stem, 'not');
    return;
  }
  const stem = word.slice(0, apostrophe);
  const suffix = word.slice(apostrophe + 1);
  const expanded = suffix === 's' ? expandApostropheS(stem) : SUFFIXES.get(suffix);
  if (expanded === undefined) {
    // Not a contraction ("o'brien", "rock'n'roll"): the parts are words of their own.
    for (const part of word.split("'")) if (part !== '') tokens.push(part);
  } else {
    tokens.push(stem);
    if (expanded !== '') tokens.push(expanded);
  }
}

// "'s" is "is" after these words and a possessive (dropped) after any other.
function expandApostropheS(stem: string): string {
  if (stem === 'let') return 'us';
  return IS_CONTRACTING_STEMS.has(stem) ? 'is' : '';
}

const IS_CONTRACTING_STEMS = new Set([
  'it', 'that', 'what', 'he', 'she', 'there', 'here', 'who', 'where', 'how', 'when', 'why', 'this', 'everything',
  'nothing', 'something', 'everyone', 'someone',
]);

const SUFFIXES = new Map([
  ['re', 'are'],
  ['m', 'am'],
  ['ve', 'have'],
  ['ll', 'will'],
  ['d', 'would'],
]);

const IRREGULAR_NEGATED_STEMS = new Map([
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
  ['ai', 'is'],
]);

// Negative contractions typed without an apostrophe are common in prompts; "cannot" is expanded so that it
// matches "can not" and "can't".
const CONTRACTIONS_WITHOUT_APOSTROPHE: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    cannot: ['can', 'not'],
    dont: ['do', 'not'],
    doesnt: ['does', 'not'],
    didnt: ['did', 'not'],
    isnt: ['is', 'not'],
    arent: ['are', 'not'],
    wasnt: ['was', 'not'],
    werent: ['were', 'not'],
    cant: ['can', 'not'],
    couldnt: ['could', 'not'],
    wouldnt: ['would', 'not'],
    shouldnt: ['should', 'not'],
    wont: ['will', 'not'],
    hasnt: ['has', 'not'],
    havent: ['have', 'not'],
    hadnt: ['had', 'not'],
    aint: ['is', 'not'],
    mustnt: ['must', 'not'],
    neednt: ['need', 'not'],
  }),
);
