import { createRequire } from 'node:module';
import { streamSafe } from '../../util/stream-safe-nfc.ts';
import { BACKTICK_CODE } from './verify-tokens.ts';
import { trimEnds } from '../normalise-text.ts';

/**
 * A text as the verifier's rules read it, with what was folded to get there (see foldLookAlikes).
 * - `text`: the folded text;
 * - `disguises`: every character a fold changed or removed, each with its place (how many letters and digits come
 *   before it), in order of place;
 * - `unusual`: characters are left that no fold reads and that can disguise a word or carry hidden text.
 */
export interface FoldedText {
  text: string;
  disguises: string;
  unusual: boolean;
}

/**
 * One spelling for characters that look alike or are not seen, applied to both texts before the verifier's rules
 * read them (DESIGN.md §1, "verify"). Every rule matches words as typed on a keyboard ("because", "which",
 * "separated by"), so the same two prompts typed in full-width letters (a Chinese or Japanese input method), in
 * mathematical bold, with a Cyrillic "е" inside a Latin word or with zero-width characters between their letters
 * slipped past them: "Don't hire him because he is young." and "…, because he is young." were served each other's
 * answers once both were typed so. Folded, they reach the rules as the words they read as.
 *
 * Folding is for the rules, not evidence that two texts are the same: a look-alike is often the very question
 * ("Is раypal.com safe?" with a Cyrillic "р" and "а" asks about a fake domain; "How many bytes is 'ｈｅｌｌｏ'?";
 * "Why does 'café' == 'café' return False?" with one accent decomposed). So the verifier serves two texts only
 * when the same characters were folded at the same places on both sides and neither is `unusual`; else a judge
 * decides. The folds, outside code in backticks (compared as typed):
 * - NFC, stream-safe (accents typed decomposed; a Kelvin sign "K" and a Greek question mark ";" are canonically
 *   "K" and ";");
 * - invisible characters removed: zero-width spaces and word joiners, soft hyphens, byte-order marks,
 *   bidirectional marks, the invisible math operators, and between two letters a zero-width joiner or non-joiner
 *   and a variation selector (after an emoji they make the emoji: "🏳️‍🌈" is not "🏳🌈", and are left);
 * - an apostrophe look-alike between letters ("donʼt", "don´t", "Iꞌm") → "'" ("’" is left: the tokenizer reads it
 *   as an apostrophe in a word, and not in code: print('it’s') is no Python);
 * - full-width and half-width letters and digits, ligatures, letterlike, mathematical, circled, superscript and
 *   subscript letters and roman numerals ("𝐛𝐞𝐞𝐫", "ℎ", "ⅰ") → the letters or digits of their compatibility form
 *   (NFKC of those characters alone: NFKC of the whole text would read "x²" as "x2" and "№" as "No");
 * - in a Latin text typed in full-width letters, its full-width marks and spaces too ("ｎａｍｅ，ｅｍａｉｌ"); in a
 *   Chinese or Japanese text and elsewhere they are the tokenizer's, which reads "？" and "，" as punctuation ("东京塔有多高？" / "东京塔有多高"), and so are
 *   no-break and other spaces (it reads a no-break space in code as no space);
 * - letters of other scripts that look like one Latin letter (Cyrillic "а", Greek "Ο") → that letter, in a word
 *   that has a Latin letter ("bееr"), and in a word made of them alone only in a text that disguises Latin words
 *   so (see wordsOfLookAlikes). A Russian or Greek text keeps its letters.
 * The text's ends are trimmed, as the cache's own normalisation does (trimEnds: a first line's own indentation stays).
 * `unusual`: format characters left (tag characters, which carry text a model reads: "ASCII smuggling"; not the
 * emoji joiner, nor the tags of a flag), variation selectors beyond the emoji ones, blank look-alikes (braille
 * blank, Hangul fillers), small capitals and phonetic letters that pass for Latin ones ("ɑ", "ɡ", "ᴄ"), Lisu and
 * Cherokee letters, parenthesized and squared letters, a mark on an ASCII letter inside a word ("wh̲ich"; "x̄"
 * alone is a variable), a run of over 30 marks, and a word made only of look-alikes in a Latin text that shows no
 * other disguise ("What does сор mean in Russian?": the Russian word, or "cop" disguised; nothing tells).
 *
 * The look-alike table is Unicode's confusables list as packaged by `unhomoglyph` (nodeca); its full mapping is a
 * skeleton for comparing identifiers ("m" → "rn", "l" → "I"), so only letters of other scripts that map to one
 * ASCII letter are taken from it. (`decancer`, the other maintained package, lowercases all it returns, and case
 * is evidence here.)
 *
 * @example foldLookAlikes('Ｃａｎ Ｉ ｄｒｉｖｅ？') // { text: 'Can I drive?', disguises: '0:Ｃ…', unusual: false }
 * @example foldLookAlikes("don’t") // { text: "don’t", disguises: '', unusual: false }
 */
export function foldLookAlikes(text: string): FoldedText {
  if (!NOT_ASCII.test(text)) return { text: trimEnds(text), disguises: '', unusual: false };
  const log = new DisguiseLog();
  const parts: Array<{ text: string; code: boolean; before: number }> = [];
  let from = 0;
  let before = 0;
  const addProse = (prose: string) => {
    parts.push({ text: foldCharacters(prose, log, before), code: false, before });
    before += lettersAndDigits(prose);
  };
  for (const match of text.matchAll(BACKTICK_CODE)) {
    addProse(text.slice(from, match.index));
    parts.push({ text: match[0], code: true, before });
    before += lettersAndDigits(match[0]);
    from = match.index + match[0].length;
  }
  addProse(text.slice(from));
  const prose = parts.filter((part) => !part.code).map((part) => part.text);
  const lookAlikeWords = wordsOfLookAlikes(prose);
  let folded = '';
  for (const part of parts) folded += part.code ? part.text : foldScriptLookAlikes(part.text, lookAlikeWords === 'fold', log, part.before);
  const unusual = lookAlikeWords === 'unusual' || prose.some((part) => UNUSUAL.test(part.replace(FLAG_TAGS, '')));
  return { text: trimEnds(folded), disguises: log.toString(), unusual };
}

const NOT_ASCII = /[^\x00-\x7f]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DECOMPOSED_CLUSTER = /\P{M}\p{M}+/gu;
const ANY_CHARACTER = /./gsu;
const INVISIBLE =
  /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\u200c\u200d\ufe0e\ufe0f](?<=\p{L}\p{M}*.)(?=[\p{L}\s]|$)/gu;
// Candidates for a compatibility fold: full-width letters and digits, half-width katakana and Hangul, ligatures,
// letterlike symbols and number forms, circled letters and digits, superscript and subscript letters, phonetic
// modifier letters, mathematical letters and digits; folded only a letter or digit whose NFKC is letters or digits
// (FOLDED_FORM): not "№" ("No"), "™", "⅓" or "⒜" ("(a)").
const COMPATIBILITY_FORMS =
  /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uffdc\ufb00-\ufb06\u2100-\u218f\u2460-\u24ff\u2071\u207f\u2090-\u209c\u1d2c-\u1d6a\u{1d400}-\u{1d7ff}]/gu;
const FOLDED_FORM = /^(?:[A-Za-z0-9]+|[\p{Script=Katakana}\p{Script=Hangul}\u3099\u309a]+)$/u;
const FULL_WIDTH_LETTER = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Full-width marks, symbols and the ideographic space; not "｀", which would open code.
const FULL_WIDTH_MARKS = /[\u3000\uff01-\uff0f\uff1a-\uff20\uff3b-\uff3f\uff5b-\uff65]/gu;
// A flag's tag characters (🏴 and the tags of "gbwls"): an emoji, not hidden text.
const FLAG_TAGS = /\u{1f3f4}[\u{e0020}-\u{e007e}]+\u{e007f}/gu;
const UNUSUAL =
  /(?!\u200d)\p{Cf}|[\ufe00-\ufe0d\u{e0100}-\u{e01ef}\u2800\u3164\uffa0\u115f\u1160\u1d00-\u1dbf\ua4d0-\ua4ff\u13a0-\u13ff\uab70-\uabbf\u249c-\u24e9\u{1f100}-\u{1f16f}\u{1f172}-\u{1f17d}\u{1f180}-\u{1f189}\u0251\u0261\u0262\u026a\u0274\u0280\u028f\u0299\u029c\u029f\ua730\ua731]|(?<=\p{L})[A-Za-z]\p{M}|[A-Za-z]\p{M}+(?=\p{L})|\p{M}{31}/u;

const require = createRequire(import.meta.url);
const CONFUSABLES = require('unhomoglyph/data.json') as Record<string, string>;

// Marks that look like an apostrophe, and the Latin saltillo "ꞌ"; not the backtick (it opens code), nor the modifier
// letters that spell sounds ("Hawaiʻi", "Qurʾan"), nor IPA stress marks, nor "’" (see foldLookAlikes).
const APOSTROPHE_SOURCES = [
  ...Object.keys(CONFUSABLES).filter((source) => CONFUSABLES[source] === "'" && /^\p{Script=Common}$/u.test(source) && !'`\uff40\u1fef\u02bb\u02bd\u02be\u02c8\u02cb\u2019'.includes(source)),
  '\ua78c',
];
const APOSTROPHE_BETWEEN_LETTERS = new RegExp(`(?<=\\p{L})[${APOSTROPHE_SOURCES.join('')}](?=\\p{L})`, 'gu');

/** Letters of other scripts that look like one ASCII letter: Cyrillic "а" → "a", Greek "Ο" → "O". */
const LATIN_LOOK_ALIKES = new Map<string, string>();
for (const [source, target] of Object.entries(CONFUSABLES)) {
  if ([...source].length !== 1 || !/^[A-Za-z]$/u.test(target)) continue;
  if (!/^\p{L}$/u.test(source) || /^[\p{Script=Latin}\p{Script=Common}]$/u.test(source)) continue;
  // The list's one prototype for I, l and 1 is "l": a capital that looks like it ("І", Cyrillic) is an "I".
  LATIN_LOOK_ALIKES.set(source, target === 'l' && source !== source.toLowerCase() ? 'I' : target);
}
const HAS_LOOK_ALIKE = new RegExp(`[${[...LATIN_LOOK_ALIKES.keys()].join('')}]`, 'u');
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;
const MARK = /^\p{M}$/u;
// A Greek letter alone is a symbol ("What is ρ in fluid dynamics?"), not a disguised word.
const GREEK_SYMBOL = /^\p{Script=Greek}\p{M}*$/u;

/**
 * The folds of a text, each at its place: the number of letters and digits before it in the whole text. Places
 * are counted in the text a fold reads; the folds before it keep that count (they remove marks and invisible
 * characters, or turn one letter into one letter), but for a ligature or a Hangul syllable typed as jamo, and
 * those count the same on both sides of a pair typed alike.
 */
class DisguiseLog {
  readonly #entries: Array<{ place: number; typed: string }> = [];
  #text = '';
  #scanned = 0;
  #count = 0;

  /** Starts a pass over `text`, a part of the whole with `before` letters and digits before it. */
  pass(text: string, before: number): void {
    this.#text = text;
    this.#scanned = 0;
    this.#count = before;
  }

  /** Records that `typed`, at `offset` of this pass's text, was folded (offsets grow within a pass). */
  add(typed: string, offset: number): void {
    while (this.#scanned < offset) {
      const character = String.fromCodePoint(this.#text.codePointAt(this.#scanned)!);
      if (LETTER_OR_DIGIT.test(character)) this.#count++;
      this.#scanned += character.length;
    }
    this.#entries.push({ place: this.#count, typed });
  }

  toString(): string {
    return this.#entries
      .sort((a, b) => a.place - b.place || (a.typed < b.typed ? -1 : a.typed > b.typed ? 1 : 0))
      .map((entry) => `${entry.place}:${entry.typed}`)
      .join('\u0000');
  }
}

function lettersAndDigits(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** The folds of single characters, on prose (not code in backticks), with `before` letters and digits before it. */
function foldCharacters(prose: string, log: DisguiseLog, before: number): string {
  if (!NOT_ASCII.test(prose)) return prose;
  const replace = (text: string, pattern: RegExp, fold: (typed: string) => string) => {
    log.pass(text, before);
    return text.replace(pattern, (typed: string, offset: number) => {
      const folded = fold(typed);
      if (folded !== typed) log.add(typed, offset);
      return folded;
    });
  };
  let folded = streamSafe(prose);
  // Accents typed decomposed, cluster by cluster; then what else NFC changes, character by character; then, if
  // the text is still not composed (Hangul typed as jamo), the whole of it.
  if (folded.normalize('NFC') !== folded) {
    folded = replace(folded, DECOMPOSED_CLUSTER, (cluster) => cluster.normalize('NFC'));
    folded = replace(folded, ANY_CHARACTER, (character) => character.normalize('NFC'));
    folded = replace(folded, /^[\s\S]+$/u, (whole) => whole.normalize('NFC'));
  }
  folded = replace(folded, INVISIBLE, () => '');
  folded = replace(folded, APOSTROPHE_BETWEEN_LETTERS, () => "'");
  folded = replace(folded, COMPATIBILITY_FORMS, (form) => {
    const compatible = form.normalize('NFKC');
    return LETTER_OR_DIGIT.test(form) && FOLDED_FORM.test(compatible) ? compatible : form;
  });
  // A Latin text typed in full-width letters: its marks and spaces are the input method's too. (In a Chinese or
  // Japanese text they are the language's own, and the tokenizer's.)
  if (FULL_WIDTH_LETTER.test(prose) && !CJK.test(prose)) folded = replace(folded, FULL_WIDTH_MARKS, (mark) => mark.normalize('NFKC'));
  return folded;
}

/**
 * How a text's words made only of look-alikes of Latin letters are read. In a text that disguises Latin words with
 * letters of other scripts (a word of Latin letters and look-alikes, "bееr" with Cyrillic "е"s, and more words with
 * a Latin letter than words of another script's own letters) they are Latin too ("а" for "a"): `fold`. In a Latin
 * text without such a word they may be a word of that script ("What does сор mean in Russian?") or a disguise, and
 * nothing tells which: `unusual`. Else (a Russian text) they are that script's: `keep`.
 */
function wordsOfLookAlikes(prose: readonly string[]): 'fold' | 'keep' | 'unusual' {
  let mixedWords = 0;
  let latinWords = 0;
  let otherWords = 0;
  let lookAlikeWords = 0;
  for (const part of prose) {
    if (!HAS_LOOK_ALIKE.test(part)) continue;
    for (const [word] of part.matchAll(WORD)) {
      if (LATIN_LETTER.test(word)) {
        latinWords++;
        if (HAS_LOOK_ALIKE.test(word)) mixedWords++;
      } else if (!madeOfLookAlikes(word)) otherWords++;
      else if (!GREEK_SYMBOL.test(word)) lookAlikeWords++;
    }
  }
  if (lookAlikeWords === 0 || latinWords <= otherWords) return 'keep';
  return mixedWords > 0 ? 'fold' : 'unusual';
}

/** Look-alike letters of other scripts in a Latin word, and in a word made only of them in a disguised text. */
function foldScriptLookAlikes(prose: string, foldWhole: boolean, log: DisguiseLog, before: number): string {
  if (!HAS_LOOK_ALIKE.test(prose)) return prose;
  log.pass(prose, before);
  return prose.replace(WORD, (word: string, offset: number) => {
    if (!HAS_LOOK_ALIKE.test(word)) return word;
    if (!LATIN_LETTER.test(word) && !(foldWhole && madeOfLookAlikes(word) && !GREEK_SYMBOL.test(word))) return word;
    let folded = '';
    let index = 0;
    for (const letter of word) {
      const latin = LATIN_LOOK_ALIKES.get(letter);
      if (latin !== undefined) log.add(letter, offset + index);
      folded += latin ?? letter;
      index += letter.length;
    }
    return folded;
  });
}

function madeOfLookAlikes(word: string): boolean {
  for (const letter of word) if (!LATIN_LOOK_ALIKES.has(letter) && !MARK.test(letter)) return false;
  return true;
}
