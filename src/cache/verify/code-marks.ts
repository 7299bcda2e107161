import { QUESTION_OPENERS, QUESTION_WORDS } from './closed-lists.ts';
import { namesProgramming } from './identifier-position.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

/**
 * Marks the rules must compare as typed, though elsewhere they are loose punctuation: in a text about programming,
 * the kind of quotation marks around a literal ("In Rust, is 'x' a char or a string?" / "… \"x\" …": a char or a
 * string), a keyword quoted or bare ("In Python, is \"None\" falsy?" / "… is None falsy?": a string or the value),
 * and a "!" or "?" typed onto a name at a question's end ("… declare a property as String!" / "… String?" in Swift,
 * "create!" / "create?" in Rails); in any text, a closing mark that stands as the object of the last word ("Is it
 * rude to end a text with !" / "… with ?"). Returns the reason, or undefined.
 */
export function codeMarkChanged(query: string, candidate: string, before: PreparedSide, after: PreparedSide): string | undefined {
  const [left, right] = [closingMarks(query), closingMarks(candidate)];
  const marksDiffer = left.marks !== '' && right.marks !== '' && left.marks !== right.marks;
  // A question's own mark after the one asked about adds nothing ("… ends a text with ..." / "… with ...?").
  const objectDiffers = marksDiffer && !left.marks.startsWith(right.marks) && !right.marks.startsWith(left.marks);
  if (objectDiffers && !left.attached && !right.attached && OBJECT_TAKERS.has(left.word) && left.word === right.word) return 'mark as the object';
  if (!programming(before) && !programming(after)) return undefined;
  // In Python and JavaScript 'x' and "x" are one string. Elsewhere one quoted character is a char or a string (C,
  // Java, Rust, Go); any quoted text in JSON or SQL is a string or not. Curly quotes are straight ones autocorrected.
  const oneStringQuote = sameStringQuotes(before) || sameStringQuotes(after);
  const everyQuote = quotesAreSyntax(before) || quotesAreSyntax(after);
  const [leftQuotes, rightQuotes] = [openingQuotes(query, oneStringQuote, everyQuote), openingQuotes(candidate, oneStringQuote, everyQuote)];
  if (leftQuotes.length === rightQuotes.length && leftQuotes !== rightQuotes) return 'quotation marks in code';
  if (literals(before) !== literals(after)) return 'literal quoted in code';
  // "!" against "?" on a name at a question's end ("String!" / "String?"); a question closed by "!" does not
  // otherwise end with one.
  if (objectDiffers && left.attached && right.attached && left.word === right.word && left.marks.includes('!') !== right.marks.includes('!') && (asks(before) || asks(after))) return 'mark on a name in code';
  return undefined;
}

/** The closing marks of a text: the run of ! ? . … after its last word, whether they touch it, and that word. */
function closingMarks(text: string): { marks: string; attached: boolean; word: string } {
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && CLOSING_MARKS.has(text[start - 1]!)) start--;
  let wordEnd = start;
  while (wordEnd > 0 && /\s/u.test(text[wordEnd - 1]!)) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && wordStart > wordEnd - MAX_WORD && WORD_CHARACTER.test(text[wordStart - 1]!)) wordStart--;
  if (start === end || wordStart === wordEnd) return { marks: '', attached: false, word: '' };
  return { marks: text.slice(start, end), attached: wordEnd === start, word: text.slice(wordStart, wordEnd).toLowerCase() };
}
const CLOSING_MARKS: ReadonlySet<string> = new Set(['!', '?', '.', '…']);
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
/** The longest last word read (a longer run of letters is no word any list holds). */
const MAX_WORD = 40;
/** Words whose object a closing mark can be ("end a text with !", "methods ending in ?", "when do I use ?"). */
const OBJECT_TAKERS: ReadonlySet<string> = new Set(['with', 'in', 'use', 'using', 'type', 'typing', 'add', 'adding', 'put', 'like', 'as', 'of', 'means', 'mean']);

/** Whether a side names a language, framework or tool of programming (read once per side). */
function programming(side: PreparedSide): boolean {
  let found = PROGRAMMING.get(side);
  if (found === undefined) PROGRAMMING.set(side, (found = side.tokens.some((token) => namesProgramming(token) || (token.kind === 'word' && DATA_AND_MARKUP.has(token.key.toLowerCase())))));
  return found;
}
const PROGRAMMING = new WeakMap<PreparedSide, boolean>();
/** Formats and short names where quotation marks are syntax too ("my JSON key 'id'", "In JS, is \"undefined\" falsy?"). */
const DATA_AND_MARKUP: ReadonlySet<string> = new Set(['json', 'js', 'yaml', 'toml', 'xml', 'html', 'css', 'regex', 'cpp', 'csharp']);

/**
 * The text's opening quotation marks in order, each as single (s) or double (d): those around one character, or
 * all of them (`everyQuote`). An opening mark follows the start, a space or a bracket and touches what it quotes,
 * so an apostrophe ("don't", "users'") is none. Backticks are left out: they mark code in Markdown, not a string.
 */
function openingQuotes(text: string, oneStringQuote: boolean, everyQuote: boolean): string {
  let kinds = '';
  for (const match of text.matchAll(OPENING_QUOTE)) {
    const kind = QUOTE_KINDS[match[1]!]!;
    const at = match.index + match[0].length;
    const quoted = [...text.slice(at, at + 4)]; // one character may be two code units
    const oneCharacter = CLOSING_QUOTE_KINDS[quoted[1] ?? ''] === kind;
    if (everyQuote || oneCharacter) kinds += oneStringQuote ? 'd' : kind;
  }
  return kinds;
}
const CLOSING_QUOTE_KINDS: Readonly<Record<string, string>> = { '"': 'd', "'": 's', '”': 'd', '’': 's' };
/** Whether a side names a format or language where any quoted text is a string by its marks (JSON keys, SQL). */
function quotesAreSyntax(side: PreparedSide): boolean {
  return side.tokens.some((token) => token.kind === 'word' && QUOTE_SYNTAX_NAMES.has(token.key.toLowerCase()));
}
const QUOTE_SYNTAX_NAMES: ReadonlySet<string> = new Set(['json', 'sql', 'mysql', 'postgres', 'postgresql', 'sqlite']);
/** Whether a side names a language whose single and double quotes make the same string. */
function sameStringQuotes(side: PreparedSide): boolean {
  return side.tokens.some((token) => token.kind === 'word' && ONE_STRING_QUOTE_LANGUAGES.has(token.key.toLowerCase()));
}
const ONE_STRING_QUOTE_LANGUAGES: ReadonlySet<string> = new Set(['python', 'javascript', 'js', 'typescript', 'ts', 'node', 'nodejs', 'lua', 'coffeescript']);
const OPENING_QUOTE = /(?:^|[\s([{,:=])(["'“‘])(?=\S)/gu;
const QUOTE_KINDS: Readonly<Record<string, string>> = { '"': 'd', "'": 's', '“': 'd', '‘': 's' };

/** The keyword literals of a side, each marked quoted (a code token) or bare, in order: "q:none b:false". */
function literals(side: PreparedSide): string {
  let found = '';
  for (const token of side.tokens) {
    const key = token.key.toLowerCase();
    if ((token.kind === 'code' || token.kind === 'word') && LITERALS.has(key)) found += `${token.kind === 'code' ? 'q' : 'b'}:${key} `;
  }
  return found;
}
const LITERALS: ReadonlySet<string> = new Set(['none', 'null', 'nil', 'undefined', 'true', 'false', 'nan', 'infinity', 'self', 'this']);

/**
 * Whether a side is a question by its words: a question word anywhere, or an auxiliary among its first words
 * ("In Swift, can I …", "In Rails does it …").
 */
function asks(side: PreparedSide): boolean {
  return side.tokens.some((token: Token, index) => token.kind === 'word' && (QUESTION_WORDS.has(token.key.toLowerCase()) || (index < OPENING_WORDS && QUESTION_OPENERS.has(token.key.toLowerCase()))));
}
/** How far into a text an auxiliary still opens its question ("In Ruby on Rails, should I …"). */
const OPENING_WORDS = 6;
