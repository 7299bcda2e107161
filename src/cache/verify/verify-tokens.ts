/**
 * The verifier's tokenizer (DESIGN.md §1, "verify"). Unlike the embedder's (src/embedding/tokenize.ts) it keeps
 * everything that can change an answer: case, digits, operators and brackets are tokens, and inside code spans
 * and blocks whitespace is a token too (Python indentation, `'a  b'`).
 *
 * Kinds:
 * - `word`: letters, maybe with inner hyphens or apostrophes; contractions are expanded ("don't" → `do not`,
 *   "I'm" → `I am`), so a contraction never counts as a difference;
 * - `number`: any run containing a digit, with its separators (`3.14`, `03/04`, `10:30`, `1,000`, `v1.2`, `4o`);
 * - `code`: inside backticks, URLs, paths, e-mail addresses and identifiers (`user_id`, `maxValue`,
 *   `MAX_VALUE`, `obj.method`): matched exactly, no rule about word forms applies;
 * - `symbol`: operators as one token (`!==`, `-=`, `=>`), brackets, currency and other symbols;
 * - `punct`: sentence punctuation (`. , ; : ! ?`, quotes, dashes) that only ends or separates clauses.
 *
 * `key` is what alignment compares: the text, except that a capitalised first word of a sentence is
 * lowercased ("What is" = "what is"), while "US" and "MAX" keep their case anywhere.
 * Linear time: no alternative fails after consuming a run that a shorter alternative then re-scans from the
 * next character (a lookahead after a greedy run made "a1a1…a1/" quadratic: 100 KB took minutes).
 */
export type TokenKind = 'word' | 'number' | 'code' | 'symbol' | 'punct' | 'space';

export interface Token {
  text: string;
  key: string;
  kind: TokenKind;
  /** First word of a sentence (its case is not evidence). */
  sentenceStart: boolean;
  /** Produced by expanding a contraction ("don't" → do, not). */
  expanded: boolean;
}

// Code blocks, code spans, and quoted text: inside quotes the words are the user's verbatim text ("Translate
// 'please be seated'"), so like code every character counts, whitespace included. A single quote opens only
// where no letter precedes it and closes only where none follows, so apostrophes ("don't") never do.
const CODE_BLOCK = /```[\s\S]*?(?:```|$)|`[^`\n]+`|(?<![\p{L}\p{N}])'[^'\n]+'(?![\p{L}\p{N}])|"[^"\n]+"|“[^”\n]+”|‘[^’\n]+’/gu;

// In prose, in order: URL, e-mail, path (a slash between word characters or a leading ./ ~/ /x), dotted or
// snake/camel identifier, number-ish run, word, operator run, single character.
const PROSE =
  /(https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]])|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|((?:~|\.{1,2})?\/[\w.-]+(?:\/[\w.-]*)*|[\w.-]+(?:\/[\w.-]+)+)|(\p{L}[\p{L}\p{N}_]*(?:\.\p{L}[\p{L}\p{N}_]*)+\(?\)?|[\p{L}\p{N}]*_[\p{L}\p{N}_]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)|([\p{N}][\p{L}\p{N}]*(?:[.,:/-]\p{N}+)*\p{L}*|\p{L}+\p{N}[\p{L}\p{N}]*(?:[.,:/-]\p{N}+)*)|(\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)|([=!<>+\-*/%&|^~?:]+)|(\S)/gu;
// Characters that make quoted text code rather than prose (shell variables, escapes, braces, operators).
const CODE_CHARACTERS = /[$\\{}()[\]<>=|&*%#@^~`;]/u;
const DATE_LIKE = /^[\p{N}./:-]+$/u; // "03/04/2025" is a date, not a path
const CODE = /([\p{L}\p{N}_]+)|(\s+)|(\S)/gu;
const SENTENCE_END = /[.!?]/u;
const PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '"', '“', '”', '‘', '’', "'", '…', '—', '–', '-', '!?', '?!', '...', '..', '!!', '??', '¿', '¡']);

/**
 * The verifier's tokens of `text`. `plainWordShortcut: false` runs PROSE on every token instead of cutting plain
 * ASCII words itself (see plainWordEnd): the two must give the same tokens, and a test compares them.
 */
export function verifyTokens(text: string, options: { plainWordShortcut?: boolean } = {}): Token[] {
  plainWordShortcut = options.plainWordShortcut ?? true;
  const tokens: Token[] = [];
  let cursor = 0;
  for (const match of text.matchAll(CODE_BLOCK)) {
    proseTokens(text.slice(cursor, match.index), tokens);
    const quoted = !match[0].startsWith('`');
    const inner = quoted ? match[0].slice(1, -1) : match[0];
    // The quote marks themselves are punctuation ('x' = "x"); only what they enclose is verbatim. Around code
    // they are code too: `echo "$HOME"` and `echo '$HOME'` print different things.
    const marks = CODE_CHARACTERS.test(inner) ? 'code' : 'punct';
    if (quoted) push(tokens, match[0][0]!, marks);
    for (const part of inner.matchAll(CODE)) push(tokens, part[0], part[2] === undefined ? 'code' : 'space');
    if (quoted) push(tokens, match[0].at(-1)!, marks);
    cursor = match.index + match[0].length;
  }
  proseTokens(text.slice(cursor), tokens);
  return tokens;
}

// The leading whitespace of a line after the first: Python blocks and YAML nesting live in it.
const INDENTED_LINE = /\n([ \t]+)(?=\S)/gu;

function proseTokens(text: string, tokens: Token[]): void {
  let cursor = 0;
  for (const indentation of text.matchAll(INDENTED_LINE)) {
    linesTokens(text.slice(cursor, indentation.index), tokens);
    push(tokens, indentation[1]!, 'space');
    cursor = indentation.index + indentation[0].length;
  }
  linesTokens(text.slice(cursor), tokens);
}

// A line break starts a sentence whatever ends the line before it ("cost?\nContext" = "cost\nContext").
function linesTokens(text: string, tokens: Token[]): void {
  let cursor = 0;
  let lineStart = -1;
  const lineTokens = (line: string, into: Token[]) => {
    lineProseTokens(line, into);
    const first = into[lineStart];
    if (first !== undefined && lineStart !== -1 && first.kind === 'word' && !first.sentenceStart) into[lineStart] = sentenceStartToken(first);
  };
  for (const lineBreak of text.matchAll(/\n/gu)) {
    lineTokens(text.slice(cursor, lineBreak.index), tokens);
    lineStart = tokens.length;
    cursor = lineBreak.index + 1;
  }
  lineTokens(text.slice(cursor), tokens);
}

const SPACES = /\s+/uy;
/** Set by each (synchronous) verifyTokens call. */
let plainWordShortcut = true;

function lineProseTokens(text: string, tokens: Token[]): void {
  let at = 0;
  for (;;) {
    SPACES.lastIndex = at;
    if (SPACES.test(text)) at = SPACES.lastIndex;
    if (at >= text.length) return;
    const end = plainWordShortcut ? plainWordEnd(text, at) : -1;
    if (end !== -1) {
      pushWord(tokens, text.slice(at, end));
      at = end;
      continue;
    }
    // PROSE matches at `at`: its last alternative takes any non-space character.
    PROSE.lastIndex = at;
    const match = PROSE.exec(text)!;
    const [whole, url, email, path, identifier, number, word, operator] = match;
    at = match.index + whole.length;
    if (number !== undefined || (path !== undefined && DATE_LIKE.test(path))) push(tokens, whole, 'number');
    else if (url !== undefined || email !== undefined || path !== undefined || identifier !== undefined) push(tokens, whole, 'code');
    else if (word !== undefined) pushWord(tokens, word.replaceAll('’', "'"));
    else if (operator !== undefined) {
      const next = text[match.index + whole.length];
      // "100!" and "n!" are factorials: a "!" attached to a number, a symbol or a lone letter is an operator.
      const previous = text.slice(0, match.index);
      const operand = whole.startsWith('!') && /(?:[\p{N})\]]|(?:^|\s)\p{L})$/u.test(previous);
      const endsClause = !operand && /^[!?:]+$/u.test(whole) && (next === undefined || /[\s"')\]]/u.test(next));
      const prose = !betweenNumbers(text, match.index, whole.length) && (endsClause || (whole === '-' && !/\p{N}/u.test(next ?? '')));
      push(tokens, whole, prose ? 'punct' : 'symbol');
    } else push(tokens, whole, PUNCTUATION.has(whole) && !betweenNumbers(text, match.index, whole.length) ? 'punct' : 'symbol');
  }
}

/**
 * Most prose tokens are plain ASCII words followed by a space or a clause mark; for those, PROSE would pick its
 * word alternative, so they are cut here without running it (PROSE took 80% of tokenising). Returns where the
 * word at `start` ends, or -1 when PROSE must decide: a run of ASCII letters followed by the end, a space, tab
 * or one of `, ? ! ; ) "` (or `:` unless the run is "http"/"https") is a word unless it opens with lowercase
 * letters followed by a capital (camelCase, PROSE's identifier). Any other neighbour (a digit, `.`, `_`, `@`,
 * `/`, `-`, an apostrophe, a non-ASCII letter or mark) can make PROSE's earlier alternatives match instead.
 */
function plainWordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isLowerAscii(text.charCodeAt(end))) end++;
  if (end > start && end < text.length && isUpperAscii(text.charCodeAt(end))) return -1;
  while (end < text.length && (isLowerAscii(text.charCodeAt(end)) || isUpperAscii(text.charCodeAt(end)))) end++;
  if (end === start) return -1;
  if (end === text.length) return end;
  const next = text.charCodeAt(end);
  if (next === COLON) return end - start <= 5 && /^https?$/u.test(text.slice(start, end)) ? -1 : end;
  return WORD_FOLLOWERS.has(next) ? end : -1;
}

const COLON = 0x3a;
// space, tab, ! " ) , ; ?
const WORD_FOLLOWERS = new Set([0x20, 0x09, 0x21, 0x22, 0x29, 0x2c, 0x3b, 0x3f]);
const isLowerAscii = (code: number) => code >= 0x61 && code <= 0x7a;
const isUpperAscii = (code: number) => code >= 0x41 && code <= 0x5a;

// A mark between two numbers is an operator or a separator of values ("10 - 3", "5 . 3"), never sentence
// punctuation: dropping it would make "10 - 3" read as "10 3".
function betweenNumbers(text: string, start: number, length: number): boolean {
  return /\p{N}\s*$/u.test(text.slice(Math.max(0, start - 8), start)) && /^\s*\p{N}/u.test(text.slice(start + length, start + length + 8));
}

function sentenceStartToken(token: Token): Token {
  const capitalised = /^\p{Lu}\p{Ll}*$/u.test(token.text) && token.text !== 'I';
  return { ...token, sentenceStart: true, key: capitalised ? token.text.toLowerCase() : token.key };
}

function push(tokens: Token[], text: string, kind: TokenKind, expanded = false): void {
  const previous = tokens.at(-1);
  const sentenceStart = kind === 'word' && (previous === undefined || (previous.kind === 'punct' && SENTENCE_END.test(previous.text)) || previous.kind === 'space');
  const capitalised = sentenceStart && /^\p{Lu}\p{Ll}*$/u.test(text) && text !== 'I';
  tokens.push({ text, key: capitalised ? text.toLowerCase() : text, kind, sentenceStart, expanded });
}

function pushWord(tokens: Token[], word: string): void {
  const lower = word.toLowerCase();
  const whole = WHOLE_CONTRACTIONS.get(lower);
  if (whole !== undefined) return pushExpansion(tokens, word, whole);
  const apostrophe = lower.indexOf("'");
  if (apostrophe === -1) return push(tokens, word, 'word');
  if (lower.endsWith("n't")) {
    const stem = lower.slice(0, -3);
    return pushExpansion(tokens, word, [NEGATED_STEMS.get(stem) ?? stem, 'not']);
  }
  const suffix = SUFFIXES.get(lower.slice(apostrophe + 1));
  const stem = lower.slice(0, apostrophe);
  if (suffix === 'is' && !IS_STEMS.has(stem)) {
    // A possessive: the 's stays a token of its own ("Anna's" ≠ "Anna").
    push(tokens, word.slice(0, apostrophe), 'word');
    return push(tokens, "'s", 'word');
  }
  if (suffix === undefined) return push(tokens, word, 'word');
  pushExpansion(tokens, word, [stem, suffix]);
}

// Expanded words keep the case of the original's first letter ("Don't" → "Do not").
function pushExpansion(tokens: Token[], original: string, words: readonly string[]): void {
  const upper = /^\p{Lu}/u.test(original);
  words.forEach((word, index) => {
    const text = index === 0 && upper ? word[0]!.toUpperCase() + word.slice(1) : word === 'i' ? 'I' : word;
    push(tokens, text, 'word', true);
  });
}

const SUFFIXES = new Map([['s', 'is'], ['re', 'are'], ['m', 'am'], ['ve', 'have'], ['ll', 'will'], ['d', 'would']]);
const NEGATED_STEMS = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall'], ['ai', 'is']]);
const IS_STEMS = new Set(['it', 'that', 'what', 'he', 'she', 'there', 'here', 'who', 'where', 'how', 'when', 'why', 'this', 'everything', 'nothing', 'something', 'everyone', 'someone', 'let']);
const WHOLE_CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cannot', ['can', 'not']],
  ["let's", ['let', 'us']],
  ['dont', ['do', 'not']],
  ['doesnt', ['does', 'not']],
  ['didnt', ['did', 'not']],
  ['isnt', ['is', 'not']],
  ['arent', ['are', 'not']],
  ['wasnt', ['was', 'not']],
  ['werent', ['were', 'not']],
  ['cant', ['can', 'not']],
  ['couldnt', ['could', 'not']],
  ['wouldnt', ['would', 'not']],
  ['shouldnt', ['should', 'not']],
  ['wont', ['will', 'not']],
  ['hasnt', ['has', 'not']],
  ['havent', ['have', 'not']],
  ['im', ['i', 'am']],
  ['ive', ['i', 'have']],
  ['whats', ['what', 'is']],
  ['hows', ['how', 'is']],
]);
