import { QUESTION_OPENERS, QUESTION_WORDS } from './closed-lists.ts';
import { languageAfterIntroducer, namesProgramming } from './identifier-position.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

/**
 * Marks the rules must compare as typed, though elsewhere they are loose punctuation: in a text about programming,
 * the kind of quotation marks around a literal ("In Rust, is 'x' a char or a string?" / "… \"x\" …": a char or a
 * string), a keyword quoted or bare ("In Python, is \"None\" falsy?" / "… is None falsy?": a string or the value),
 * and a "!" typed onto a name at a question's end ("… declare a property as String!" / "… String?" in Swift,
 * "map!?" / "map?" in Ruby); in any text, a closing mark that stands as the object of the last word ("Is it rude to
 * end a text with !" / "… with ?"), and a spaced "." or ".." before the question's mark, a command's path ("rm -rf
 * .?" / "rm -rf ..?"). Returns the reason, or undefined.
 */
export function codeMarkChanged(query: string, candidate: string, before: PreparedSide, after: PreparedSide): string | undefined {
  const [left, right] = [closingMarksOf(query, before), closingMarksOf(candidate, after)];
  const marksDiffer = left.marks !== '' && right.marks !== '' && left.marks !== right.marks;
  // A question's own mark after the one asked about adds nothing ("… ends a text with ..." / "… with ...?").
  const objectDiffers = marksDiffer && !left.marks.startsWith(right.marks) && !right.marks.startsWith(left.marks);
  // A separator is the object however it is typed: spaced or not, full-width or Arabic ("separated by ;" / "… by,"
  // / "… by ，"); another mark only when spaced apart ("end a text with !").
  const apart = (marks: ClosingMarks) => !marks.attached || SEPARATORS.test(marks.marks);
  if (objectDiffers && apart(left) && apart(right) && OBJECT_TAKERS.has(left.word) && left.word === right.word) return 'mark as the object';
  // A separator asked for dropped, its word left without an object ("separated by ;" / "separated by"); not a
  // question's or a sentence's own mark typed apart ("What should I pair salmon with ?", "… work with :").
  const dropped = (one: ClosingMarks, other: ClosingMarks) => SEPARATORS.test(one.marks) && other.marks === '' && OBJECT_TAKERS.has(one.word) && one.word === other.word;
  if (dropped(left, right) || dropped(right, left)) return 'mark as the object';
  // A spaced "." or ".." before the question's mark after a command or a flag is the command's path argument ("rm
  // -rf .?" / "rm -rf ..?", "git checkout .?" / "git checkout?"); not an ellipsis after a word of the question ("Any
  // ideas ..?", "… learn SQL ..?").
  const pathArgument = (marks: ClosingMarks, text: string) => !marks.attached && PATH_ARGUMENT.test(marks.marks) && (PATH_COMMANDS.has(marks.word) || FLAG_BEFORE_PATH.test(text));
  if ((pathArgument(left, query) || pathArgument(right, candidate)) && left.marks !== right.marks) return 'path argument';
  if (!programming(before) && !programming(after) && !languageNamedInLowercase(before, query) && !languageNamedInLowercase(after, candidate)) return undefined;
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
  // A "!" kept on a name of code before the question's mark, named as such ("In Ruby, when should I use map!?" / "…
  // map?"), not on a language's name or a word of the sentence, where it is emphasis ("… in Java!?", "Why is my
  // Python code so slow!?").
  const bangThenAsked = (one: string, other: string) => /^!+\?+$/u.test(one) && /^\?+$/u.test(other);
  const bangOnName = left.attached && right.attached && left.word === right.word && (bangThenAsked(left.marks, right.marks) || bangThenAsked(right.marks, left.marks));
  if (bangOnName && left.before !== undefined && NAME_INTRODUCERS.has(left.before) && !LANGUAGE_NAMES.has(left.word) && !namesProgramming({ kind: 'word', text: left.word, key: left.word, sentenceStart: false, expanded: false })) return 'mark on a name in code';
  return undefined;
}

/** closingMarks, once per text (its raw tokens are the key, shared by every prepared copy of the side). */
function closingMarksOf(text: string, side: PreparedSide): ClosingMarks {
  let marks = CLOSING_MARKS_OF.get(side.raw);
  if (marks === undefined) CLOSING_MARKS_OF.set(side.raw, (marks = closingMarks(text)));
  return marks;
}
interface ClosingMarks {
  marks: string;
  attached: boolean;
  word: string;
  /** The word before `word`, lowercase, if a word stands there. */
  before?: string;
}
const CLOSING_MARKS_OF = new WeakMap<readonly Token[], ClosingMarks>();

/** The closing marks of a text: the run of ! ? . … ; after its last word, whether they touch it, and that word. */
function closingMarks(text: string): ClosingMarks {
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && CLOSING_MARKS.has(text[start - 1]!)) start--;
  let wordEnd = start;
  while (wordEnd > 0 && /\s/u.test(text[wordEnd - 1]!)) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && wordStart > wordEnd - MAX_WORD && WORD_CHARACTER.test(text[wordStart - 1]!)) wordStart--;
  if (wordStart === wordEnd) return { marks: '', attached: false, word: '' };
  if (start === end) return { marks: '', attached: false, word: text.slice(wordStart, wordEnd).toLowerCase() };
  let previousEnd = wordStart;
  while (previousEnd > 0 && text[previousEnd - 1] === ' ') previousEnd--;
  let previousStart = previousEnd;
  while (previousStart > 0 && previousStart > previousEnd - MAX_WORD && WORD_CHARACTER.test(text[previousStart - 1]!)) previousStart--;
  const before = previousStart < previousEnd && previousEnd < wordStart ? text.slice(previousStart, previousEnd).toLowerCase() : undefined;
  return { marks: text.slice(start, end), attached: wordEnd === start, word: text.slice(wordStart, wordEnd).toLowerCase(), ...(before === undefined ? {} : { before }) };
}
const CLOSING_MARKS: ReadonlySet<string> = new Set(['!', '?', '.', '…', ';', ',', ':', '|', '，', '；', '、', '،', '؛', '｜']);
const PATH_ARGUMENT = /^\.{1,2}[?!]+$/u;
/** Marks that are separators, not a sentence's end: ";", ",", "|", and their full-width and Arabic forms. */
const SEPARATORS = /^[;,|，；、،؛｜]+$/u;
/** Commands whose argument may be "." or "..". */
const PATH_COMMANDS: ReadonlySet<string> = new Set([
  'add', 'checkout', 'restore', 'build', 'ls', 'cd', 'rm', 'cp', 'mv', 'find', 'code', 'open', 'diff', 'stash', 'clean', 'black', 'prettier', 'eslint',
  'chmod', 'chown', 'du', 'tar', 'zip', 'grep', 'install', 'run', 'mount',
]);
/** A flag right before the closing dots: "rm -rf .?". */
const FLAG_BEFORE_PATH = /\s-{1,2}[\p{L}\d-]+\s+\.{1,2}[?!]+\s*$/u;
/** Words that present the next one as a name of code: "use map!", "call save!", "the macro println!". */
const NAME_INTRODUCERS: ReadonlySet<string> = new Set(['use', 'using', 'call', 'calling', 'method', 'function', 'macro', 'operator', 'keyword', 'with', 'of', 'does']);
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
/** The longest last word read (a longer run of letters is no word any list holds). */
const MAX_WORD = 40;
/** Words whose object a closing mark can be ("end a text with !", "methods ending in ?", "when do I use ?"). */
const OBJECT_TAKERS: ReadonlySet<string> = new Set(['with', 'in', 'use', 'using', 'type', 'typing', 'add', 'adding', 'put', 'like', 'as', 'of', 'means', 'mean', 'by', 'on']);

/** Names of languages an emphatic "!" may follow, lowercase: besides namesProgramming's, those it reads only capitalised. */
const LANGUAGE_NAMES: ReadonlySet<string> = new Set(['go', 'rust', 'swift', 'ruby', 'dart', 'julia', 'c', 'r', 'elixir', 'crystal', 'node', 'java', 'kotlin', 'python']);

/**
 * Whether a text names a language as a question about code does, in lowercase too: "in c, what is the type of 'a'?",
 * "using rust", "c: why does …" (namesProgramming reads "c", "go", "rust" as languages only capitalised; a red team,
 * session 32).
 */
function languageNamedInLowercase(side: PreparedSide, text: string): boolean {
  return LANGUAGE_LABEL.test(text) || languageAfterIntroducer(side.tokens);
}
/** A language's name opening the text as a label: "c: why does …", "rust - is 'a' …". */
const LANGUAGE_LABEL = /^\s*(?:c|go|golang|rust|swift|dart|java|kotlin|c#|c\+\+)\s*[:-]/iu;

/** Whether a side names a language, framework or tool of programming (read once per text: a folded copy shares its raw tokens). */
function programming(side: PreparedSide): boolean {
  let found = PROGRAMMING.get(side.raw);
  if (found === undefined) PROGRAMMING.set(side.raw, (found = side.tokens.some((token) => namesProgramming(token) || (token.kind === 'word' && DATA_AND_MARKUP.has(token.key.toLowerCase())))));
  return found;
}
const PROGRAMMING = new WeakMap<readonly Token[], boolean>();
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
