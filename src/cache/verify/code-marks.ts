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
  // One quoted character is a char or a string in C, Java, Rust or Go (not Python or JavaScript, where 'x' and
  // "x" are one string); there and in JSON or SQL a quoted key or value is a string or not ("my JSON key 'id'",
  // "WHERE name = 'John'", "std::string s = 'hello';"). Curly quotes are straight ones autocorrected.
  const chars = namesAny(before, CHAR_LANGUAGES) || namesAny(after, CHAR_LANGUAGES);
  const values = chars || namesAny(before, QUOTE_SYNTAX_NAMES) || namesAny(after, QUOTE_SYNTAX_NAMES);
  const [leftQuotes, rightQuotes] = [openingQuotes(query, chars, values), openingQuotes(candidate, chars, values)];
  if (leftQuotes.length === rightQuotes.length && leftQuotes !== rightQuotes) return 'quotation marks in code';
  if ((valueAsked(before) || valueAsked(after)) && literals(before) !== literals(after)) return 'literal quoted in code';
  // "!" against "?" on a name at a question's end ("String!" / "String?"): a question does not otherwise end with
  // "!" alone ("… in Java!?" is a question's mark, like "?").
  const bang = (marks: string) => /^!+$/u.test(marks);
  const asked = (marks: string) => /^\?+$/u.test(marks);
  const bangAgainstQuery = (bang(left.marks) && asked(right.marks)) || (asked(left.marks) && bang(right.marks));
  if (bangAgainstQuery && left.attached && right.attached && left.word === right.word && (asks(before) || asks(after))) return 'mark on a name in code';
  return undefined;
}

/** The closing marks of a text: the run of ! ? . … ; after its last word, whether they touch it, and that word. */
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
const CLOSING_MARKS: ReadonlySet<string> = new Set(['!', '?', '.', '…', ';']);
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
 * The text's opening quotation marks in order, each as single (s) or double (d): those around one character (with
 * `chars`), and those after "=", ":" or a word for a key or a column (with `values`). An opening mark follows the
 * start, a space or a bracket and touches what it quotes, so an apostrophe ("don't", "users'") is none. Backticks
 * are left out: they mark code in Markdown, not a string.
 */
function openingQuotes(text: string, chars: boolean, values: boolean): string {
  let kinds = '';
  for (const match of text.matchAll(OPENING_QUOTE)) {
    const kind = QUOTE_KINDS[match[1]!]!;
    const at = match.index + match[0].length;
    const quoted = [...text.slice(at, at + 4)]; // one character may be two code units
    const oneCharacter = chars && CLOSING_QUOTE_KINDS[quoted[1] ?? ''] === kind;
    const value = values && VALUE_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index + match[0].length - 1));
    if (oneCharacter || value) kinds += kind;
  }
  return kinds;
}
const CLOSING_QUOTE_KINDS: Readonly<Record<string, string>> = { '"': 'd', "'": 's', '”': 'd', '’': 's' };
/** What comes before a quoted key or value: "= ", ": ", "key ", "column ". */
const VALUE_BEFORE = /(?:[=:]|\b(?:keys?|values?|columns?|fields?|tables?))\s*$/iu;
/** Whether a side names one of `names` ("C", "Java", "JSON"). */
function namesAny(side: PreparedSide, names: ReadonlySet<string>): boolean {
  return side.tokens.some((token) => token.kind === 'word' && names.has(token.key.toLowerCase()));
}
/** Languages where one quoted character is a char and the same in double quotes a string. */
const CHAR_LANGUAGES: ReadonlySet<string> = new Set(['c', 'cpp', 'csharp', 'java', 'rust', 'go', 'golang', 'haskell', 'kotlin', 'scala', 'ocaml', 'elm', 'swift', 'dart']);
const QUOTE_SYNTAX_NAMES: ReadonlySet<string> = new Set(['json', 'sql', 'mysql', 'postgres', 'postgresql', 'sqlite']);
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
const LITERALS: ReadonlySet<string> = new Set(['none', 'null', 'nil', 'undefined', 'true', 'false', 'nan', 'infinity']);
/**
 * Whether a side asks what a value is or does ("is \"None\" falsy?", "does \"false\" evaluate to false?"), where a
 * quoted keyword is a string; naming the keyword ("what does 'this' refer to?", "what is 'null'?") quotes it as a word.
 */
function valueAsked(side: PreparedSide): boolean {
  return side.tokens.some((token) => VALUE_WORDS.has(token.key.toLowerCase()));
}
const VALUE_WORDS: ReadonlySet<string> = new Set(['falsy', 'falsey', 'truthy', 'evaluate', 'evaluates', 'equal', 'equals', '==', '===', '!=', '!==', 'return', 'returns', 'compare', 'compares']);

/**
 * Whether a side is a question by its words: a question word anywhere, or an auxiliary among its first words
 * ("In Swift, can I …", "In Rails does it …").
 */
function asks(side: PreparedSide): boolean {
  return side.tokens.some((token: Token, index) => token.kind === 'word' && (QUESTION_WORDS.has(token.key.toLowerCase()) || (index < OPENING_WORDS && QUESTION_OPENERS.has(token.key.toLowerCase()))));
}
/** How far into a text an auxiliary still opens its question ("In Ruby on Rails, should I …"). */
const OPENING_WORDS = 6;
