import { FUNCTION_WORDS, NEGATIONS_BEFORE_COMMA, QUESTION_OPENERS, QUESTION_WORDS, REQUEST_VERBS } from './closed-lists.ts';
import { codeCueEnds, codeFollowsWord, endsCodeOperand, FUNCTION_DEFINITION } from './code-stretch.ts';
import { type DataBlock, dataBlocks } from './data-block.ts';
import { pastedText } from './pasted-text.ts';
import { asksAboutTone, asksIdentifier, asksTypeOrTruth, asksWhyItFails, BracketDepth, isAboutCode, isAboutSql, namesCharLanguage, namesConfigFormat, namesQuoteStyleFormat, quoteMarkKey, quoteMarks, type TextCues } from './quoted-literal.ts';
import { casedUnitAtSentenceStart } from './cased-units.ts';

/**
 * The verifier's tokenizer (DESIGN.md §1, "verify"). Unlike the embedder's (src/embedding/tokenize.ts) it keeps
 * everything that can change an answer: case, digits, operators and brackets are tokens, and inside code spans
 * and blocks whitespace is a token too (Python indentation, `'a  b'`).
 *
 * Kinds:
 * - `word`: letters, maybe with inner hyphens or apostrophes; contractions are expanded ("don't" → `do not`,
 *   "I'm" → `I am`), so a contraction never counts as a difference — except 'd (did, had or would), a token of
 *   its own, and "cant"/"wont", words of their own;
 * - `number`: any run containing a digit, with its separators (`3.14`, `03/04`, `10:30`, `1,000`, `v1.2`, `4o`);
 * - `code`: inside backticks, URLs, paths, e-mail addresses, identifiers (`user_id`, `maxValue`,
 *   `MAX_VALUE`, `obj.method`) and command-line flags (`-a`, `--force`): matched exactly, no rule about word
 *   forms applies;
 * - `symbol`: operators as one token (`!==`, `-=`, `=>`), minus signs, brackets, currency and other symbols,
 *   and marks that are the subject rather than punctuation (`??`, `$?`, `cd ..`; see markKind);
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
  /**
   * A mark standing alone between spaces inside a line ("What does ?? do", "cd - do", "tent - which"): a symbol
   * that must match, unless the other text separates the same two tokens with clause punctuation there
   * ("tent - which" = "tent, which"; see StructuralVerifier), or it sits next to removed filler.
   */
  loose?: boolean;
  /**
   * An "a", "an" or "the" that is no English article here (set by the verifier from the whole text): the letter
   * A ("hepatitis A"), "a few"/"a little", or a word of a text that is not English ("a domani").
   */
  notArticle?: boolean;
  /** Part of a text an instruction is about (see pasted-text.ts): no sign that the prompt is about code. */
  verbatim?: boolean;
  /**
   * The whitespace before the token when it is not one space: '' (attached), a run of spaces or tabs as typed,
   * or one "\n" per line break; only with verifyTokens' `gaps` option, for a verdict about layout
   * (see StructuralVerifier).
   */
  gap?: string;
  /** The first token of a line after a line break in prose ("- ", "[09:02]", a word): where a chat's or a list's line starts. */
  lineStart?: true;
}

/** Code blocks and code spans in backticks (a block left open runs to the end). */
export const BACKTICK_CODE = /```[\s\S]*?(?:```|$)|`[^`\n]+`/gu;

// Code blocks, code spans, and quoted text: inside quotes the words are the user's verbatim text ("Translate
// 'please be seated'"), so like code every character counts, whitespace included. A single quote opens only
// where no letter precedes it and closes only where none follows, so apostrophes ("don't") never do, and one
// between letters inside it does not close it ("'sorry, I'm late'": a red team, session 29, found the words of such
// a quotation read as prose, its courtesy set aside). Mismatched marks quote too, as a phone or a paste leaves them
// ("“please advise\"", "'my car’"), German single marks ‚ ‘, and marks that close as they open (Swedish ”…”,
// »…», full-width ＂…＂ and 〝…〞 of Chinese and Japanese input methods). The quotation
// marks of other languages quote too: « » and ‹ › (French, and » « in German and Danish), „ “ (German, Polish),
// 「 」 and 『 』 (Japanese), 《 》 (Chinese titles): "Übersetze „apples“" asks about that word as typed.
// A quotation whose closing mark differs from its opening one is at most 200 characters: a line of openers
// with no closer ("“a“a“a…") made each opener scan to the line's end, quadratic (150 s on 256 KB).
// A string literal's prefix in code (Python's f'…', r'…', b'…', u'…'; SQL Server's N'…', PostgreSQL's E'…'; not a
// derivative's prime, "f'(x)"), a quoting sigil (Ruby's %q(…), Perl's q(…), Elixir's ~s(…)), a LaTeX command's
// argument (\emph{…}), an HTML element's text inside a sentence (<b>…</b>; not a label's, "<b>User:</b>", nor a block's
// that holds the prompt, "<p>…</p>"), and an escaped quote inside double quotes ("Note: \"hi\""): their text is the
// literal's, verbatim (a red team on code, session 43: 2,461 such pairs served as prose). Bounded like the quotations
// below: an opener with no closer scans to the line's end.
const STRING_PREFIX = String.raw`(?:[fFrRbBuU]|[rR][bBfF]|[bBfF][rR]|[NE])`;
const QUOTING_SIGIL = String.raw`(?<![\p{L}\p{N}_])(?:%[qQwWiI]?|~[sScCwW]|qq?|qw)\([^()\n]{1,200}\)|\\[a-zA-Z]+\{[^{}\n]{1,200}\}|(?<=[^\s][ \t]{1,3})<(?!(?:p|div|li|ul|ol|td|th|tr|table|body|html|section|article|question|query|document|context|instructions|input|user|prompt|task|message)\b)(?<tag>[a-z][a-z0-9]{0,10})(?:\s[^<>\n]{0,100})?>[^<>\n]{0,199}[^<>\n:]<\/\k<tag>>`;
const CODE_BLOCK = new RegExp(
  String.raw`${BACKTICK_CODE.source}|(?<![\p{L}\p{N}_])${STRING_PREFIX}'(?!\()(?:[^'\n]|(?<=[\p{L}\p{N}])'(?=\p{L})){1,200}'(?![\p{L}\p{N}])|${QUOTING_SIGIL}|(?<![\p{L}\p{N}])'(?:[^'’\n]|(?<=[\p{L}\p{N}])['’](?=\p{L}))+['’](?![\p{L}\p{N}])|"(?:[^"\\\n]|\\.){1,400}"|"[^"\n]+"|"[^"”\n]{1,200}”|“[^”\n]{1,200}”|“[^”"\n]{1,200}"|‘(?:[^’'\n]|(?<=[\p{L}\p{N}])['’](?=\p{L})){1,200}['’](?![\p{L}\p{N}])|‚[^‘’\n]{1,200}[‘’]|”[^”\n]{1,200}”|“[^“”\n]{1,200}“|＂[^＂\n]{1,200}＂|〝[^〞〟\n]{1,200}[〞〟]|«[^»\n]{1,200}»|«[^«»\n]{1,200}«|»[^«»\n]{1,200}«|»[^«»\n]{1,200}»|‹[^›\n]{1,200}›|„[^“”\n]{1,200}[“”]|「[^」\n]{1,200}」|『[^』\n]{1,200}』|《[^》\n]{1,200}》`,
  'gu',
);
// Quotation marks typeset with a space inside (« cars », French): the space is the typesetter's, not the text's.
const SPACED_QUOTES = /^[«»‹]$/u;

// In prose, in order: URL, e-mail, path (a slash between word characters or a leading ./ ~/ /x), a Ruby symbol or a
// Swift member after a space or a bracket (":tags", ".title": a red team on code, session 43, "has_many :tag" / ":tags"
// served as an inflection), dotted or snake/camel identifier, number-ish run, word, operator run, run of dots ("cd ..",
// "..."), single character.
const PROSE =
  /(https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]])|((?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|((?:~|\.{1,2})?\/[\w.-]+(?:\/[\w.-]*)*|(?<![\w.-])[\w.-]+(?:\/[\w.-]+)+)|((?<![^\s(\[{,])[:.][\p{Ll}_][\p{L}\p{N}_]*(?![\p{L}\p{N}_:(]|\.[\p{L}\p{N}_])|\p{L}[\p{L}\p{N}_]*(?:\.\p{L}[\p{L}\p{N}_]*)+\(?\)?|[\p{L}\p{N}]*_[\p{L}\p{N}_]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)|([\p{N}][\p{L}\p{N}]*(?:[.,:/-]\p{N}+)*\p{L}*|\p{L}+\p{N}[\p{L}\p{N}]*(?:[.,:/-]\p{N}+)*)|(\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)|([=!<>+\-*/%&|^~?:]+)|(\.{2,}|\S)/gu;
const DATE_LIKE = /^[\p{N}./:-]+$/u; // "03/04/2025" is a date, not a path
const CODE = /([\p{L}\p{N}_]+)|(\s+)|(\S)/gu;
const SENTENCE_END = /[.!?。？！؟]/u;
// Characters of sentence punctuation; a mark made of others (`$?`, `(?)`, `*`) is a symbol.
const PUNCTUATION_CHARACTERS = /^[.,;:!?"“”‘’‚＂〝〞〟'…—–\-¿¡«»‹›„「」『』《》。，、；：？！؟،]+$/u;
// Marks that open a quotation or a Spanish question: attached before a word they are still punctuation.
const OPENING_MARKS = /^["“‘‚＂〝'¿¡«‹„「『《]+$/u;
// Hyphen, en and em dash: a clause dash, a minus sign or the start of a command-line flag.
const DASHES = /^[-–—]+$/u;
const FLAG = /[\p{L}\p{N}][\p{L}\p{N}_-]*/uy;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

/**
 * The verifier's tokens of `text`. `plainWordShortcut: false` runs PROSE on every token instead of cutting plain
 * ASCII words itself (see plainWordEnd): the two must give the same tokens, and a test compares them.
 */
export function verifyTokens(text: string, options: { plainWordShortcut?: boolean; gaps?: boolean } = {}): Token[] {
  plainWordShortcut = options.plainWordShortcut ?? true;
  recordGaps = options.gaps ?? false;
  pendingGap = '';
  definesFunction = DEFINER_WORD.test(text) && FUNCTION_DEFINITION.test(text);
  namesBangLanguage = BANG_LANGUAGE.test(text);
  wholeText = text;
  namesCodeTopic = undefined;
  namesPatternTopic = undefined;
  rendersMarkdown = options.gaps === true && MARKDOWN_TOPIC.test(text);
  const tokens: Token[] = [];
  const pasted = pastedText(text);
  if (pasted === undefined) proseAndCodeTokens(text, tokens, false);
  else {
    proseAndCodeTokens(text.slice(0, pasted.start), tokens, false);
    verbatimTokens(text.slice(pasted.start, pasted.end), tokens, pasted.exact, firstLineIndentation(text, pasted.start));
    const glued = pasted.end > 0 && !SPACE.test(text[pasted.end - 1]!);
    const after = tokens.length;
    proseAndCodeTokens(text.slice(pasted.end), tokens, glued);
    // A closing instruction starts a sentence after the text it judges: "…\n\nIs this ready?" is "…\n\nis this ready".
    const first = tokens[after];
    if (!glued && first?.kind === 'word' && !first.sentenceStart) tokens[after] = sentenceStartToken(first);
  }
  return initialsFolded(invertedNegations(negationsWithoutApostrophe(hasOrIsBeforeTransfer(wouldAfterPronouns(tokens)))));
}

/**
 * A capital letter standing alone before a word opens a sentence with a key, a flag or a name whose case is its
 * meaning ("G in vim" moves to the end, "g in vim" does not; "X in printf", "G: what is its value?"), so it keeps
 * its case there; before a full stop it is an initial ("E. coli", "T. rex"), whose sentence-start capital says nothing.
 */
function initialsFolded(tokens: Token[]): Token[] {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.sentenceStart && token.kind === 'word' && isLoneCapital(token.text) && tokens[index + 1]?.text === '.') tokens[index] = { ...token, key: token.text.toLowerCase() };
  }
  return tokens;
}

/** A capital letter standing alone, not the article or "I". */
export function isLoneCapital(text: string): boolean {
  return text.length === 1 && text !== 'A' && text !== 'I' && /^\p{Lu}$/u.test(text);
}

/** Prose with code spans, code blocks and quotations, which are verbatim. `glued`: it follows a verbatim text directly. */
function proseAndCodeTokens(text: string, tokens: Token[], glued: boolean): void {
  let cursor = 0;
  const depth = new BracketDepth(text);
  let sql: boolean | undefined;
  const aboutSql = () => (sql ??= isAboutSql(text));
  let code: boolean | undefined;
  const aboutCode = () => (code ??= isAboutCode(text));
  let fails: boolean | undefined;
  let charLanguage: boolean | undefined;
  let typeQuestion: boolean | undefined;
  let tone: boolean | undefined;
  let styleFormat: boolean | undefined;
  let config: boolean | undefined;
  let identifier: boolean | undefined;
  const cues: TextCues = {
    typeQuestion: () => (typeQuestion ??= asksTypeOrTruth(text)),
    sql: aboutSql,
    code: aboutCode,
    fails: () => (fails ??= asksWhyItFails(text)),
    charLanguage: () => (charLanguage ??= namesCharLanguage(text)),
    tone: () => (tone ??= asksAboutTone(text)),
    styleFormat: () => (styleFormat ??= namesQuoteStyleFormat(text)),
    config: () => (config ??= namesConfigFormat(text)),
    identifier: () => (identifier ??= asksIdentifier(text)),
  };
  // Whether the quotation before the prose being cut was a literal of code.
  let afterLiteral = false;
  const linePrefix = (at: number) => {
    if (at === 0) return '';
    const before = text.slice(Math.max(0, at - LINE_PREFIX_REACH), at);
    return before.slice(before.lastIndexOf('\n') + 1);
  };
  for (const match of verbatimSpans(text)) {
    const first = tokens.length;
    // The prose between quotations and code spans is cut on its own, inside the brackets open around it.
    segmentLinePrefix = linePrefix(cursor);
    proseTokens(text.slice(cursor, match.index), tokens, cursor > 0 || glued, depth.at(cursor));
    const quoted = !match.data && !match[0].startsWith('`');
    const inner = !quoted ? match[0] : SPACED_QUOTES.test(match[0][0]!) ? match[0].slice(1, -1).trim() : match[0].slice(1, -1);
    const end = match.index + match[0].length;
    // Only what a quotation encloses is verbatim; its marks are punctuation in prose and code around a literal
    // of code (see quoted-literal.ts).
    const marks = quoted ? quoteMarks(text, match.index, end, depth, cues) : undefined;
    if (marks?.kind === 'code') operatorBeforeLiteral(tokens, first, text.slice(cursor, match.index), afterLiteral);
    depth.skipTo(end);
    const pushMark = (mark: string) => (marks!.kind === 'punct' ? push(tokens, mark, 'punct') : push(tokens, mark, 'code', false, false, quoteMarkKey(mark, marks!.key)));
    if (quoted) pushMark(match[0][0]!);
    for (const part of inner.matchAll(CODE)) {
      // In a quotation in prose an apostrophe between letters is one whatever its style: 'it's' as ‘it’s’.
      const apostrophe = marks?.kind === 'punct' && part[0] === '’' && /\p{L}/u.test(inner[part.index - 1] ?? '') && /\p{L}/u.test(inner[part.index + 1] ?? '');
      push(tokens, part[0], part[2] === undefined ? 'code' : 'space', false, false, apostrophe ? "'" : undefined);
    }
    if (quoted) pushMark(match[0].at(-1)!);
    afterLiteral = marks?.kind === 'code';
    cursor = end;
  }
  segmentLinePrefix = linePrefix(cursor);
  proseTokens(text.slice(cursor), tokens, cursor > 0 || glued, depth.at(cursor));
  segmentLinePrefix = '';
}

/**
 * The code blocks, code spans and quotations of `text` (CODE_BLOCK), and its unfenced blocks of data (data-block.ts),
 * which are verbatim like a code block; a quotation inside a block of data is the block's.
 */
function verbatimSpans(text: string): Iterable<{ 0: string; index: number; data?: boolean }> {
  const blocks = dataBlocks(text);
  // Most texts hold no block of data: their code spans and quotations as they are matched.
  return blocks.length === 0 ? text.matchAll(CODE_BLOCK) : withDataBlocks(text, blocks);
}

function* withDataBlocks(text: string, blocks: readonly DataBlock[]): Generator<{ 0: string; index: number; data: boolean }> {
  let next = 0;
  let covered = 0;
  for (const match of text.matchAll(CODE_BLOCK)) {
    while (next < blocks.length && blocks[next]!.index < match.index) {
      const block = blocks[next++]!;
      if (block.index < covered) continue;
      yield { 0: text.slice(block.index, block.end), index: block.index, data: true };
      covered = block.end;
    }
    if (match.index < covered) continue;
    yield { 0: match[0], index: match.index, data: false };
    covered = match.index + match[0].length;
  }
  for (; next < blocks.length; next++) {
    const block = blocks[next]!;
    if (block.index >= covered) yield { 0: text.slice(block.index, block.end), index: block.index, data: true };
  }
}

/**
 * Marks next to a literal of code are code's, though the prose around the quotation is cut on its own and so sees
 * no operand: the separator between literals outside brackets ("'a' . 'b'" a concatenation, "for x in 'a' 'b'", "('a'
 * ..'e')" a range) and an operator glued to one ("!!'x'", "0 ?? 'x'"); inside brackets the line's depth says it.
 * Not a clause's mark typed after a word before it ("Output of: 'a' + 'b'"). The tokens of the prose `segment` before
 * the literal start at `first`; `afterLiteral`: a literal of code ends right before the segment.
 */
function operatorBeforeLiteral(tokens: Token[], first: number, segment: string, afterLiteral: boolean): void {
  const mark = tokens.at(-1);
  if (tokens.length <= first || mark?.kind !== 'punct') return;
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith(mark.text)) return;
  const before = trimmed[trimmed.length - mark.text.length - 1];
  const gluedToWord = before !== undefined && /[\p{L}\p{N}_]/u.test(before) && CLAUSE_MARK.test(mark.text);
  const onlyMark = tokens.length === first + 1 && trimmed.trimStart() === mark.text;
  if ((afterLiteral && onlyMark) || !gluedToWord) tokens[tokens.length - 1] = { ...mark, kind: 'symbol' };
}
const CLAUSE_MARK = /^[.,;:?!…]$/u;

/**
 * A text an instruction is about (see pasted-text.ts): verbatim like a quotation, its spaces and line breaks
 * included (code, YAML and poems live in them), and marked `verbatim`. Unless the question is about its surface,
 * the full stop that ends it is free ("Translate to German: I love you" / "… I love you.").
 */
function verbatimTokens(text: string, tokens: Token[], exact: boolean, indentation: string): void {
  const trimmed = text.trim();
  // A final full stop is the sentence's, not the text's; not a float's point in code ("    return 6." returns 6.0; a
  // red team's generated mutations, session 30).
  const body = exact || !trimmed.endsWith('.') || (/\p{N}\.$/u.test(trimmed) && isFloatPoint(trimmed, trimmed.length - 1)) ? trimmed : trimmed.slice(0, -1);
  if (indentation !== '' && body !== '') {
    push(tokens, indentation, 'space');
    tokens.at(-1)!.verbatim = true;
  }
  for (const part of body.matchAll(CODE)) {
    push(tokens, part[0], part[2] === undefined ? 'code' : 'space');
    tokens.at(-1)!.verbatim = true;
  }
}

/**
 * The indentation of the pasted text's first line when a line break comes before it ("Fix this Python:\n    x = 1"):
 * content like any line's (an IndentationError, a YAML list nested or not), though the instruction's boundary ate it.
 */
function firstLineIndentation(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < MAX_INDENTATION && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return from < start && from > 0 && text[from - 1] === '\n' ? text.slice(from, start) : '';
}
const MAX_INDENTATION = 64;

// The leading whitespace of a line after the first: Python blocks and YAML nesting live in it.
const INDENTED_LINE = /\n([ \t]+)(?=\S)/gu;

// `glued`: the text follows a code span or quotation directly (`"x".` — the "." is attached to it). `openDepth`:
// brackets opened before the text on its first line, outside it ("{'a', x, y}": the prose ", x, y}" is inside one).
function proseTokens(text: string, tokens: Token[], glued: boolean, openDepth = 0): void {
  let cursor = 0;
  for (const indentation of text.matchAll(INDENTED_LINE)) {
    linesTokens(text.slice(cursor, indentation.index), tokens, glued && cursor === 0, cursor > 0, cursor === 0 ? openDepth : 0);
    if (recordGaps) pendingGap += '\n';
    push(tokens, indentation[1]!, 'space');
    cursor = indentation.index + indentation[0].length;
  }
  linesTokens(text.slice(cursor), tokens, glued && cursor === 0, cursor > 0, cursor === 0 ? openDepth : 0);
}

// A line break starts a sentence whatever ends the line before it ("cost?\nContext" = "cost\nContext").
// `afterBreak`: the text's first line follows a line break (an indented line).
function linesTokens(text: string, tokens: Token[], glued: boolean, afterBreak: boolean, openDepth: number): void {
  let cursor = 0;
  let lineStart = -1;
  const lineTokens = (line: string, into: Token[]) => {
    lineProseTokens(line, into, glued && cursor === 0, afterBreak || cursor > 0, cursor === 0 ? openDepth : 0);
    const first = into[lineStart];
    if (first !== undefined && lineStart !== -1 && first.kind === 'word' && !first.sentenceStart) into[lineStart] = sentenceStartToken(first);
    if (lineStart !== -1 && into[lineStart] !== undefined) into[lineStart]!.lineStart = true;
  };
  for (const lineBreak of text.matchAll(/\n/gu)) {
    lineTokens(text.slice(cursor, lineBreak.index), tokens);
    if (recordGaps) pendingGap += '\n';
    lineStart = tokens.length;
    cursor = lineBreak.index + 1;
  }
  lineTokens(text.slice(cursor), tokens);
}

const SPACES = /\s+/uy;
/** Set by each (synchronous) verifyTokens call. */
let plainWordShortcut = true;
/**
 * Whether tokens record the whitespace before them (Token.gap), and the whitespace met since the last token
 * pushed; set by each verifyTokens call. Off on the common path: only a verdict about layout needs it.
 */
let recordGaps = false;
let pendingGap = '';
/**
 * The start of the line the next prose segment continues after a quotation or code span (at most LINE_PREFIX_REACH
 * characters): taken by the segment's first line, so a line of code is read whole ("for ch in 'banana':").
 */
let segmentLinePrefix = '';
const LINE_PREFIX_REACH = 200;
/** A word FUNCTION_DEFINITION needs, found before it is run. */
const DEFINER_WORD = /def|fn|func/u;
/** Whether the text being cut defines a function (see endsCodeOperand); set by each verifyTokens call. */
let definesFunction = false;
/** Whether it names a language whose methods may end in "!" (see bangEndsName); set by each verifyTokens call. */
let namesBangLanguage = false;
const BANG_LANGUAGE = /\b(?:ruby|rails|elixir|julia|clojure|racket|scheme|swift|kotlin|typescript|dart)\b/iu;
/**
 * Whether a "!" at `start`, glued to the word before it, ends a method's or a macro's name rather than a sentence: after
 * a method called on a name ("user.save!", "arr.uniq!"; not a site's, "node.js!") or, in a text that names Ruby, Rails,
 * Elixir, Julia, a Lisp, or Swift, Kotlin, TypeScript or Dart (a force unwrap, "try!": a red team, session 57), after a word that a verb of explaining or using names at a line's end ("In Ruby, explain
 * map!" / "… map": map! changes the array; a red team on code, session 43: 462 such pairs served). Not "!=" (an operator
 * run of its own) nor a "!" a space parts from the word; not any word's ("In Ruby, how do I read a CSV? I'm stuck!").
 */
function bangEndsName(text: string, start: number, endsLine: boolean): boolean {
  const before = text.slice(Math.max(0, start - BANG_NAME_REACH), start);
  const name = CODE_NAME_BEFORE.exec(before);
  if (name !== null) return !NAME_ENDINGS.has(name[1]!.toLowerCase());
  // In a text about such a language, a word a verb of explaining or using names ("explain map!", "call sort!").
  const word = namesBangLanguage && endsLine ? NAMED_WORD_BEFORE.exec(before) : null;
  return word !== null && !EXCLAIMED_WORDS.has(word[2]!);
}
const NAMED_WORD_BEFORE = /(?<![\p{L}\p{N}_])(explain|describe|use|using|call|calling|called|method|methods|function|vs|versus)[ \t]+([\p{Ll}_][\p{Ll}\p{N}_]*)$/u;
/** A name's last part that ends a site's or a file's name, not a method's: "node.js!", "amazon.com!", "socket.io!". */
const NAME_ENDINGS: ReadonlySet<string> = new Set(['js', 'io', 'com', 'org', 'net', 'ai', 'dev', 'app', 'co', 'uk', 'py', 'ts', 'rb', 'md', 'json', 'html', 'css', 'txt', 'me', 'tv', 'gg', 'so', 'sh', 'ly', 'xyz', 'info', 'edu', 'gov']);
/** Words a "!" is typed after in prose: a courtesy, an interjection ("In Ruby, how do I sort an array? thanks!"). */
const EXCLAIMED_WORDS: ReadonlySet<string> = new Set([
  'thanks', 'thank', 'you', 'thx', 'ty', 'please', 'pls', 'plz', 'hi', 'hello', 'hey', 'cheers', 'wow', 'yes', 'no', 'ok', 'okay', 'great',
  'awesome', 'cool', 'nice', 'help', 'urgent', 'asap', 'guys', 'everyone', 'all', 'again', 'lol', 'advance', 'much', 'lot', 'there',
]);
const BANG_NAME_REACH = 40;
const CODE_NAME_BEFORE = /[\p{L}\p{N}_)]\.([\p{L}_][\p{L}\p{N}_]*)$/u;

/**
 * Whether a "!" or "?" glued to a word is part of a keyword of code written inline, code after it: Swift's `try!`,
 * `try?`, `as!`, `as?` ("explain x as! Int", "try? JSONDecoder().decode(…)"), F#'s `let!`, `return!`, `yield!`,
 * `use!`, `match!`, `do!` ("return! Async.Sleep 100"), a Rust macro typed with a space before its brackets ("vec!
 * [1, 2]", "panic! (\"bad\")"). A red team on code, session 44: 470 of 2,188 such pairs served as punctuation. Only
 * with what follows read as code (a call, a member, a type, a binding, brackets holding a value), so "Should I try?
 * Maybe" stays a question.
 */
function marksCodeKeyword(text: string, start: number, end: number): boolean {
  const keyword = KEYWORD_BEFORE_MARK.exec(text.slice(Math.max(0, start - KEYWORD_REACH), start))?.[1];
  if (keyword === undefined) return false;
  const after = text.slice(end, end + KEYWORD_REACH);
  if (keyword === 'try') return TRIED_CODE.test(after);
  if (keyword === 'as') return text[end - 1] !== '?' || CAST_TYPE.test(after) ? CAST_TYPE.test(after) : false;
  if (F_SHARP_KEYWORDS.has(keyword)) return text[end - 1] === '!' && (TRIED_CODE.test(after) || BINDING.test(after));
  return text[end - 1] === '!' && MACRO_ARGUMENTS.test(after);
}
const KEYWORD_REACH = 40;
/** A lowercase name glued to the mark, after a space, a bracket or the text's start. */
const KEYWORD_BEFORE_MARK = /(?:^|[\s([{=,])([\p{Ll}_][\p{Ll}\p{N}_]*)$/u;
/** Code after `try!`/`try?`: `await`, or a name called or read as a member ("Data(", "FileManager.default"). */
const TRIED_CODE = /^[ \t]+(?:await\b|[\p{L}_][\p{L}\p{N}_]*[(\[]|[\p{L}_][\p{L}\p{N}_]+\.[\p{L}_])/u;
/** A type after `as!`/`as?`: a capitalised name or a bracket ("as! Int", "as? [String: Any]"). */
const CAST_TYPE = /^[ \t]+(?:\[|\p{Lu}[\p{L}\p{N}_]*(?![\p{L}\p{N}_]*[ \t]+\p{Ll}{3,}[ \t]+\p{Ll}))/u;
/** A binding after F#'s `let!`/`use!` ("let! data = fetch url"). */
const BINDING = /^[ \t]+[\p{Ll}_][\p{L}\p{N}_]*[ \t]*=(?!=)/u;
const F_SHARP_KEYWORDS: ReadonlySet<string> = new Set(['let', 'return', 'yield', 'use', 'match', 'do', 'and']);
/** A macro's brackets after a space, holding a value or nothing: "vec! [1, 2]", "panic! (\"bad\")", "todo! ()". */
// A quotation ends the line's segment before its mark: "panic! (" then the quoted "bad".
const MACRO_ARGUMENTS = /^[ \t]+[([{][ \t]*(?:[)\]}]|["'\p{N}]|$)/u;

/**
 * Whether a "?" or "!" before a lowercase word closes a question in a line typed all in lowercase, where a lowercase
 * word opening the next sentence says nothing: "what is the capital of peru? answer briefly." is "What is the capital
 * of Peru? Answer briefly." (an over-refusal study, session 44: 383 such near-duplicates refused as a symbol added).
 * Only a sentence that opens with a question's or a request's word and holds three words or more, before a word that
 * opens an instruction or a follow-up; not "do", which may be code's next word as in "what does ab? do".
 */
function closesLowercaseQuestion(line: Line, start: number, end: number): boolean {
  const { text } = line;
  if (!(line.lowercase ??= !UPPERCASE.test(text))) return false;
  const next = /^ +([\p{Ll}']+)/u.exec(text.slice(end, end + 24))?.[1];
  if (next === undefined || !FOLLOW_UP_OPENERS.has(next)) return false;
  // Not in a line about a language whose names end in "?" ("what does int? in c# mean", "include? in ruby": a review).
  if ((line.namesMarkedNames ??= MARKED_NAMES_LANGUAGE.test(text))) return false;
  // The sentence before the mark, read back a bounded way (unbounded, each mark of a long line rescanned it).
  const before = text.slice(Math.max(0, start - LOWERCASE_SENTENCE_REACH), start);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'), before.lastIndexOf(':'));
  const words = before.slice(cut + 1).match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.length >= 3 && (QUESTION_OPENERS.has(words[0]!) || REQUEST_VERBS.has(words[0]!));
}
const UPPERCASE = /\p{Lu}/u;
const LOWERCASE_SENTENCE_REACH = 400;
/** Words that open an instruction or a follow-up after a question typed in lowercase. */
// Not words that go on a clause about code ("int? and int", "empty? with a block", "try? in swift", "include? when").
const FOLLOW_UP_OPENERS: ReadonlySet<string> = new Set([
  'answer', 'explain', 'keep', 'be', 'give', 'list', 'write', 'tell', 'show', 'please', 'pls', 'thanks', 'thank', 'thx', 'also', "i'm", 'im',
  'my', 'what', 'how', 'why', 'where', 'which', 'who', 'can', 'could', 'would', 'should', 'any', 'reply', 'respond', 'only', 'describe',
  'summarize', 'summarise', 'limit', 'ideally', 'preferably',
]);
/** Languages whose names may end in "?" (nullable types, predicates, Swift's try?). */
const MARKED_NAMES_LANGUAGE = /(?:\bc#|\b(?:kotlin|swift|ruby|rails|dart|typescript|ts|crystal|elixir|nullable|null|optional|predicate)\b)/u;

/** A line being cut, and the run of marks (no space, letter or digit) its current mark token belongs to. */
interface Line {
  text: string;
  /** Position 0 is attached to the code span or quotation before it. */
  glued: boolean;
  /** Where the line's last non-space character ends. */
  contentEnd: number;
  runStart: number;
  runEnd: number;
  /** The run is made of sentence punctuation characters only (not "$?", "(?)"). */
  runPunctuation: boolean;
  /** The run is a sentence's end (SENTENCE_RUN), "!" alone, and where its leading primes and its leading dots end. */
  runSentence?: boolean;
  runBangs?: boolean;
  runPrimesEnd?: number;
  runDotsEnd?: number;
  /** Brackets open before `depthAt` (scanned once, left to right, as marks are met; opened before the line's text too). */
  depth: number;
  depthAt: number;
  /** Where the line's list of items or SQL columns begins (see isListOrCodeMark), once a comma asks. */
  list?: { start: number; sql: boolean };
  /** Where the line's assignments' `=` stand, in order, found once a comma asks (see isGroupingComma). */
  assignments?: number[];
  /** Where the line's code cues end, found once a mark asks (see endsCodeOperand). */
  codeCues?: number[];
  /** The line speaks of styles, SQL or Python (see isCodeListComma), read once a comma asks. */
  cssTopic?: boolean;
  shellTopic?: boolean;
  sqlTopic?: boolean;
  pythonTopic?: boolean;
  /** The line has no capital letter, and names a language whose names may end in "?" (see closesLowercaseQuestion), read once a mark asks. */
  lowercase?: boolean;
  namesMarkedNames?: boolean;
  /** The line reads as a statement of code (isCodeLine), read once a mark ending it asks. */
  codeLine?: boolean;
  /** The start of the physical line before this segment, when the segment follows a quotation or code span on it. */
  prefix: string;
}

function lineProseTokens(text: string, tokens: Token[], glued: boolean, ownLine: boolean, openDepth: number): void {
  const line: Line = { text, glued, contentEnd: text.trimEnd().length, runStart: 0, runEnd: 0, runPunctuation: false, depth: openDepth, depthAt: 0, prefix: segmentLinePrefix };
  segmentLinePrefix = '';
  const firstToken = tokens.length;
  let at = 0;
  // A capitalised word opening a sentence or this line before code keeps its case: "Ls -la", "Double d = null;".
  const codeCase = (start: number, end: number) => {
    const word = tokens.at(-1)!;
    const opensLine = ownLine && tokens.length === firstToken + 1;
    if (word.kind !== 'word' || word.expanded || (!word.sentenceStart && !opensLine) || !CAPITALISED.test(word.text) || word.text.length !== end - start) return;
    if (!codeFollowsWord(text, end, opensLine)) return;
    word.key = word.text;
    CODE_CASE.add(word);
  };
  for (;;) {
    SPACES.lastIndex = at;
    if (SPACES.test(text)) {
      if (recordGaps) pendingGap += text.slice(at, SPACES.lastIndex);
      at = SPACES.lastIndex;
    }
    if (at >= text.length) return;
    const end = plainWordShortcut ? plainWordEnd(text, at) : -1;
    if (end !== -1) {
      if (isTagName(text, at, end)) push(tokens, text.slice(at, end), 'code');
      else {
        pushWord(tokens, text.slice(at, end));
        codeCase(at, end);
      }
      at = end;
      continue;
    }
    // PROSE matches at `at`: its last alternative takes any non-space character.
    PROSE.lastIndex = at;
    const match = PROSE.exec(text)!;
    const [whole, url, email, path, identifier, number, word] = match;
    at = match.index + whole.length;
    if (number !== undefined || (path !== undefined && DATE_LIKE.test(path))) push(tokens, whole, 'number');
    else if (url !== undefined || email !== undefined || path !== undefined || identifier !== undefined) push(tokens, whole, 'code');
    else if (word !== undefined && isTagName(text, match.index, at)) push(tokens, word, 'code');
    else if (word !== undefined) {
      pushWord(tokens, word.replaceAll('’', "'"));
      codeCase(match.index, at);
    }
    else if (isFlagStart(line, match.index, whole)) {
      // A command-line flag ("ls -a", "git add -A", "--force"): one code token, so "-a" is no article.
      FLAG.lastIndex = at;
      FLAG.test(text);
      push(tokens, text.slice(match.index, FLAG.lastIndex), 'code');
      at = FLAG.lastIndex;
    } else if (whole.length > 2 && whole.startsWith('++') && MARKS_AFTER_LANGUAGE.test(whole.slice(2)) && afterLanguageName(text, match.index + 2)) {
      // "C++?": the language's "++", then the sentence's mark, read on its own.
      push(tokens, '++', 'symbol');
      at = match.index + 2;
    } else {
      const kind = markKind(line, match.index, whole);
      push(tokens, whole, kind === 'loose' ? 'symbol' : kind, false, kind === 'loose', kind === 'symbol' && signOfNextNumber(text, match.index, at) ? SIGN_KEY : undefined);
    }
  }
}

/**
 * What a mark (a run of operator characters, dots, or one other character) is. Only a mark that ends a clause
 * or is attached to the end of a word (or opens a quotation, `¿`/`¡`) is sentence punctuation; a mark between
 * two numbers, a factorial, a minus sign, a mark attached after a symbol (`$?`) or before a word (`!important`)
 * is a symbol; one standing alone between spaces inside a line ("What does ?? do", "cd .. ", "tent - which")
 * is `loose`: a symbol that the verifier lets other clause punctuation stand for.
 */
/**
 * Whether a line reads as a statement of code: a keyword opening it with code's marks or few words, an assignment, or
 * the mark or two left of a line after its code span.
 */
function isCodeLine(line: Line): boolean {
  if (line.codeLine === undefined) {
    // The rest of a line after a quoted string or code span is read with the line's start: "for ch in 'banana':".
    const content = line.prefix + line.text.slice(0, line.contentEnd);
    const keyword = CODE_LINE_KEYWORD.exec(content);
    line.codeLine = (keyword !== null && (CODE_LINE_MARKS.test(content) || content.split(/\s+/u).filter(Boolean).length <= 4)) || CODE_LINE_ASSIGNMENT.test(content);
  }
  return line.codeLine;
}
const CODE_LINE_KEYWORD = /^\s*(?:else|elif|if|for|while|def|class|try|except|finally|with|switch|case|default|catch|do|function|return|int|char|float|double|long|bool|var|let|const|String|public|private|protected|static|void|struct|enum|import|from|fn|func)\b/u;
const CODE_LINE_MARKS = /[=()[\]{}<>'"]/u;
const CODE_LINE_ASSIGNMENT = /^\s*[\p{L}_][\w.[\]]*\s*(?:[-+*/%]?=|:=)\s*\S/u;

/**
 * A comma that groups an expression: before an operator word after a number ("10 - 4, divided by 2" is 3, "10 -
 * 4 divided by 2" is 8; "2 + 3, times 4"), or near the `=` of an assignment ("a, b = b, a").
 */
function isGroupingComma(line: Line, start: number, end: number): boolean {
  const { text } = line;
  if (/[\p{N})]\s*$/u.test(text.slice(Math.max(0, start - 4), start)) && OPERATOR_WORD_AFTER.test(text.slice(end, end + 24))) return true;
  // Found once per line: a line of many commas must not be scanned once per comma.
  const assignments = (line.assignments ??= Array.from(text.matchAll(ASSIGNMENTS_IN_LINE), (match) => match.index));
  // The first `=` at or after the comma's reach, by bisection: is it within reach on the other side?
  let low = 0;
  let high = assignments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (assignments[middle]! < start - ASSIGNMENT_REACH) low = middle + 1;
    else high = middle;
  }
  return low < assignments.length && assignments[low]! <= start + ASSIGNMENT_REACH;
}
const OPERATOR_WORD_AFTER = /^\s*(?:divided|times|multiplied|squared|cubed|plus|minus|over|mod|modulo|to the power)\b/iu;
// Bounded look-arounds: an unbounded one would rescan a long run of spaces at every position.
const ASSIGNMENTS_IN_LINE = /(?<=[\p{L}\p{N}_][ \t]{0,8})=(?!=)(?=[ \t]{0,8}[\p{L}\p{N}_])/gu;
/** How far from an assignment's `=` a comma is taken to list its names or values. */
const ASSIGNMENT_REACH = 12;

/** A lowercase thanks or please and nothing else to the end of the line: what follows a question's mark there. */
const CLOSING_THANKS = /^ +(?:thanks|thank you|thank u|thx|ty|tia|cheers|many thanks|please|pls|plz)(?: (?:so|very) much| a lot| in advance)?[ \t]*[.!]*[ \t]*(?:[:;]-?[)D]|🙏|😊|🙂)?[ \t]*(?:\n|$)/u;
const CLOSING_THANKS_REACH = 48;
/**
 * Whether a closing courtesy follows the mark at `start`…`end`: a thanks always; a "please" only after a question that
 * points at no wording ("What does this abbreviation mean? pls", "Translate to Spanish? please": there "please" may be
 * what is asked about; a review, session 29).
 */
function closingCourtesy(text: string, start: number, end: number): boolean {
  const closing = CLOSING_THANKS.exec(text.slice(end, end + CLOSING_THANKS_REACH));
  if (closing === null) return false;
  return !/^ +p/u.test(closing[0]) || !POINTS_AT_WORDING.test(text.slice(Math.max(0, start - POINTS_AT_REACH), start));
}
/**
 * Whether the mark at `start` closes a greeting that opens the text ("Hey! is it …"), in a text that does not ask about
 * its own marks or words ("Hi! what is the second character of my message?"; a hostile review, session 40).
 */
function greetingMark(text: string, start: number): boolean {
  return start < GREETING_REACH && OPENING_GREETING.test(text.slice(0, start)) && !ABOUT_OWN_MARKS.test(text.slice(0, ABOUT_OWN_MARKS_REACH));
}
const ABOUT_OWN_MARKS = /\b(?:punctuat\w*|characters?|symbols?|commas?|exclamation|marks?|greeting|first\s+word|my\s+message|this\s+message|sentences?|letters?|words?|is\s+a\s+song|song)\b/iu;
const ABOUT_OWN_MARKS_REACH = 2_000;
/** A greeting that opens the text, before its "!" ("Hey!", "Hi there!", "Good morning!"). */
const OPENING_GREETING = /^\s*(?:hey|hi|hello|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day)|thanks|thank\s+you|sorry|ok|okay|oh|wow)(?:\s+(?:there|all|everyone|guys|team))?$/iu;
const GREETING_REACH = 32;
const POINTS_AT_WORDING = /\b(?:this|that|these|those|it|translat\w*|say|spell\w*|pronounc\w*|means?|word|phrase|abbreviat\w*|for)\b/iu;
const POINTS_AT_REACH = 200;
function markKind(line: Line, start: number, whole: string): 'punct' | 'symbol' | 'loose' {
  const { text } = line;
  const end = start + whole.length;
  // A colon ending a line of code pasted without a fence ("else:", "for ch in 'banana':"), or a comma ending one with
  // code's marks ("console.log(a.length),"): a red team on code, session 35 ("else" / "else:" was a punctuation difference).
  // Not a semicolon: JavaScript and SQL run the same without one.
  // Only the mark ending the line reads the line (once): a test per comma before it would be quadratic in its length.
  if ((whole === ':' || whole === ',') && end >= line.contentEnd && (whole === ':' || CODE_LINE_MARKS.test(line.prefix + text.slice(0, start))) && isCodeLine(line)) return 'symbol';
  // Most marks, decided fast: one of . , ; : ? right after an ASCII letter and before a space or the end.
  // "Let's eat, grandma.", "Stop, thief!": a comma before the last word or two of a sentence sets off who is
  // addressed; without it that word is the verb's object.
  if (whole === ',' && isVocativeComma(text, start, end)) return 'symbol';
  if ((whole === '!' || whole === '?') && marksCodeKeyword(text, start, end)) return 'symbol';
  // A mark glued to a one-letter flag is its value: "cut -d, -f1", "awk -F: '{print $1}'", "sort -t, -k2" (a red team on
  // notations, session 34).
  if (whole.length === 1 && FLAG_VALUE_MARKS.has(whole) && FLAG_OF_FIELD_COMMAND.test(text.slice(Math.max(0, start - FLAG_COMMAND_REACH), start))) return 'symbol';
  if ((whole === ',' || whole === '，') && isCodeListComma(line, start, end)) return 'symbol';
  // "let f = File::open(path)?", "if x > 1: print(x)", "return a + b;": attached to code's last operand, a mark is code's.
  if (whole.length === 1 && CODE_MARKS.has(whole) && start > 0 && !SPACE.test(text[start - 1]!) && (end === text.length || SPACE.test(text[end]!)) && endsCodeOperand(text, start, whole, (line.codeCues ??= codeCueEnds(text)), definesFunction)) return 'symbol';
  if (whole === ',' && isGroupingComma(line, start, end)) return 'symbol';
  // A semicolon inside a line, a lowercase word or a name of code after it: a statement separator ("What does a; b
  // do?", "Explain cd ..; ls please", "int *p, q; in my code"), rarely prose's (a red team, session 32).
  if ((whole === ';' || whole === '；') && start > 0 && !SPACE.test(text[start - 1]!) && SEMICOLON_INSIDE_LINE.test(text.slice(end, end + SEMICOLON_SPACES)) && CODE_BEFORE_SEMICOLON.test(text.slice(Math.max(0, start - SEMICOLON_REACH), start))) return 'symbol';
  // A comma between two HTML tags in a selector ("How does div, p work in css" / "div p": a group or a descendant).
  if ((whole === ',' || whole === '，') && TAG_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && TAG_AFTER.test(text.slice(end, end + 12))) return 'symbol';
  // Between two names of code ("ORDER BY last_name, first_name", "userId, orderId"): the comma is code's, dropped it
  // makes one an alias of the other (a red team, session 32).
  if ((whole === ',' || whole === '，') && IDENTIFIER_BEFORE.test(text.slice(Math.max(0, start - IDENTIFIER_REACH), start)) && IDENTIFIER_AFTER.test(text.slice(end, end + IDENTIFIER_REACH))) return 'symbol';
  // "y = 1.": a point after a number that follows an operator makes it a float, not a sentence's end.
  if (whole === '.' && start > 0 && /\p{N}/u.test(text[start - 1]!) && isFloatPoint(text, start)) return 'symbol';
  // "Is 3. a float in Python?", "Why does 7. / 2 give a float?": a point after a whole number ends no sentence where
  // it is the number's (pointOfNumber; a red team, session 32). Not "i'm 25. my boyfriend is 30." (a review).
  if (whole === '.' && start > 0 && /\p{N}/u.test(text[start - 1]!) && WHOLE_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && pointOfNumber(text, start, end)) return 'symbol';
  // A pattern's "?" glued to its end ("Explain the regex a+b?").
  if (whole.startsWith('?') && start > 0 && !SPACE.test(text[start - 1]!) && /^\?{1,2}$/u.test(text.slice(start, line.contentEnd)) && patternMarkAtEnd(text, start)) return 'symbol';
  // An emoji glued after the mark stands where a space would ("… procrastinating?🙏").
  if (whole.length === 1 && FAST_CLAUSE_MARKS.has(whole) && start > 0 && isAsciiLetter(text.charCodeAt(start - 1)) && (end === text.length || text.charCodeAt(end) === 0x20 || (text.charCodeAt(end) >= 0xd800 && EMOJI_AFTER_MARK.test(text.slice(end, end + 2)))) && !((whole === ',' || whole === ':') && NEGATION_BEFORE.test(text.slice(Math.max(0, start - NEGATION_REACH), start)))) {
    // "What does ab? do", "arr.sort! do": a ? or ! that a lowercase word follows ends no sentence.
    // Not before a closing thanks typed in lowercase, which ends the text ("What is the capital of Chile? thanks"; a
    // near-duplicate helper's, session 28).
    // Nor after a greeting opening the text, typed before a lowercase question ("Hey! is it …"; three red teams,
    // session 40: 286 of 286 such near-duplicates refused as a symbol added).
    if ((whole === '?' || whole === '!') && /^ +\p{Ll}/u.test(text.slice(end, end + 8)) && !closingCourtesy(text, start, end) && !greetingMark(text, start) && !closesLowercaseQuestion(line, start, end)) return 'symbol';
    // Inside brackets ("range(n, -1)", "{a: 1}"), in a SQL column list or a list of items, and between a key and
    // its value ("key: value"), a comma or colon is syntax: it says how many things there are.
    if (bracketDepth(line, start) > 0 || ((whole === ',' || whole === ':') && isListOrCodeMark(line, start, whole))) return 'symbol';
    return 'punct';
  }
  if (start >= line.runEnd) {
    line.runStart = start;
    line.runEnd = start;
    while (line.runEnd < text.length && !SPACE.test(text[line.runEnd]!) && !WORD_CHARACTER.test(text[line.runEnd]!)) line.runEnd++;
    const run = text.slice(line.runStart, line.runEnd);
    line.runPunctuation = PUNCTUATION_CHARACTERS.test(run);
    // What the rules below ask of the whole run, read once per run (once per mark would be quadratic in its length).
    line.runSentence = SENTENCE_RUN.test(run);
    line.runBangs = /^!+$/u.test(run);
    line.runPrimesEnd = line.runStart + (/^['’"”′″]*/u.exec(run)![0].length);
    line.runDotsEnd = line.runStart + (/^\.*/u.exec(run)![0].length);
  }
  if (!PUNCTUATION_CHARACTERS.test(whole) || betweenNumbers(text, start, whole.length)) return 'symbol';
  if (isPrimeOrEllipsis(line, end)) return 'symbol';
  // "cd ..", "git add .", "docker build -t app .": a spaced dot or two after a command is a path, not a full stop.
  if ((whole === '.' || whole === '..') && isPathDots(text, start, end)) return 'symbol';
  // Inside brackets a mark is syntax ("s[::-1]", "(1,)", "f(...args)", "[1, 2, 3,]"), not a clause's end.
  if (bracketDepth(line, start) > 0) return 'symbol';
  // A comma or a colon right after a negation word carries it: "No, dogs are allowed" / "No: dogs are allowed" is not
  // "No dogs are allowed" (the colon: a red team on polarity, session 41, 75 of 75 served).
  if ((whole === ',' || whole === ':' || whole === '،' || whole === '，') && NEGATION_BEFORE.test(text.slice(Math.max(0, start - NEGATION_REACH), start))) return 'symbol';
  // "100!" and "n!" are factorials: a "!" attached to a number, a bracket or a lone letter is an operator.
  if (whole.startsWith('!') && start > 0 && (/[\p{N})\]]/u.test(text[start - 1]!) || isLoneLetter(text, start - 1))) return 'symbol';
  const attachedBefore = line.runStart > 0 ? !SPACE.test(text[line.runStart - 1]!) : line.glued;
  const attachedAfter = line.runEnd < text.length && WORD_CHARACTER.test(text[line.runEnd]!);
  if (DASHES.test(whole)) {
    // A sign ("-5", "= –7"), a minus between operands ("x - sin x", "x^2 - y^2"), a hyphen or dash attached to a
    // word ("pre- and post-war", "tent—which"), a list bullet, or a clause dash standing alone ("tent - which").
    if (/^\p{N}/u.test(text[end] ?? '')) return 'symbol';
    // "Balance: -$250.00", "Net income: - €1.2M": the sign of an amount of money, which a currency symbol parts from
    // its digits (not a bullet opening a line: "- $250 for shipping").
    if (/^\p{Sc}[ \t]{0,2}\.?\p{N}/u.test(text.slice(end, end + 5)) || (/^[ \t]{1,2}\p{Sc}[ \t]{0,2}\.?\p{N}/u.test(text.slice(end, end + 7)) && /[:=]\s*$/u.test(text.slice(Math.max(0, start - 4), start)))) return 'symbol';
    if (start > 0 && !SPACE.test(text[start - 1]!)) {
      // "i--", "n--)": a decrement; "\d{3}-\d{4}": glued between marks, syntax. "tent—which" stays a dash.
      const next = text[end] ?? '';
      if (whole === '--' && (next === '' || SPACE.test(next) || /[)\];]/u.test(next))) return 'symbol';
      if (next !== '' && !SPACE.test(next) && (!WORD_CHARACTER.test(text[start - 1]!) || !WORD_CHARACTER.test(next))) return 'symbol';
      // "Cl-", "NO2-", "O- blood", "O– blood", "AB-", "BBB-", "A-": a charge, a blood group, a rating or a grade, not a
      // dash; typed with a hyphen or an en dash (a minus sign is a symbol anyway).
      // Not a heading's word opening the line ("CSS- how do I center a div?", "NASA- what does it stand for?").
      if ((whole === '-' || whole === '\u2013') && minusEndsCode(text, start)) return 'symbol';
      return 'punct';
    }
    if (minusBetweenOperands(text, start, end)) return 'symbol';
    if (start === 0 && !line.glued && SPACE.test(text[end] ?? '')) return 'punct';
    return 'loose';
  }
  if (attachedBefore) {
    // Glued on both sides, or before a bracket, a run of marks is syntax: "user?.name", "fn?.()", "a.*b",
    // "1,Alice,,Paris", "println!(…)"; and so is a run attached to a word that no sentence ends with ("email?:").
    const gluedAfter = line.runEnd < text.length && !SPACE.test(text[line.runEnd]!) && !CLOSING_QUOTES.test(text[line.runEnd]!);
    // "in C#?", "in C++?": the sentence's mark after a language's name, read as after a word.
    const language = MARKS_AFTER_LANGUAGE.test(whole) && afterLanguageName(text, start);
    if (gluedAfter && !/[)\]}]/u.test(text[line.runEnd]!) && !(language && EMOJI_AFTER_MARK.test(text.slice(line.runEnd, line.runEnd + 2)))) return 'symbol';
    if (line.runEnd - line.runStart > 1 && !line.runSentence && !language) return 'symbol';
    // A closing thanks after a language's name or a number ("What is 15 percent of 80? thanks"; an over-refusal sweep,
    // session 50) ends the question; after a name of code or a bracket it may be code's ("What does ab? thanks",
    // "colo(u)? thanks", "Int32? thanks": a break test).
    // A number standing alone or after an operator ("of 80?", "2+2?"), not an identifier's digits ("Int32?"); read only
    // where the rest of the test needs it.
    const afterNumber = () => start > 0 && /(?:^|[\s+\-*\/=^])\p{N}+(?:[.,]\p{N}+)?$/u.test(text.slice(Math.max(0, start - 24), start));
    if (/^[!?]+$/u.test(whole) && /^ +\p{Ll}/u.test(text.slice(line.runEnd, line.runEnd + 8)) && !greetingMark(text, start) && !((language || afterNumber()) && closingCourtesy(text, start, end)) && !closesLowercaseQuestion(line, start, line.runEnd)) return 'symbol';
    if (line.runBangs && (opensQuestion(text, line.runStart) || bangEndsName(text, line.runStart, line.runEnd >= line.contentEnd))) return 'symbol';
    return /^[!?:]+$/u.test(whole) && WORD_CHARACTER.test(text[end] ?? '') ? 'symbol' : 'punct';
  }
  if (!line.runPunctuation) return 'symbol';
  if (!attachedAfter) return line.runEnd >= line.contentEnd ? (operatorNamedAtEnd(text, line.runStart, line.runEnd) ? 'symbol' : 'punct') : 'loose';
  return OPENING_MARKS.test(whole) ? 'punct' : 'symbol';
}

/**
 * Whether a run of marks standing alone at a line's end is what the line names, not its end: in a text about code,
 * after a colon or a comma ("Explain this operator: ??", "… to force unwrap, !"; not "Options: ...") or a word no
 * sentence ends with ("In Swift, what is !", "In Ruby, when do I use ..."; a red team on code, session 57: 159 of 200
 * such pairs served, "!" against "?" as punctuation).
 */
function operatorNamedAtEnd(text: string, start: number, end: number): boolean {
  // A lone "?" is the question's own, typed after a space ("In Python, what does yield mean ?"; an over-refusal study,
  // session 57): another run against it still differs ("what is !" / "what is ?").
  const run = text.slice(start, end);
  if (/^[?？]$/u.test(run)) return false;
  const before = text.slice(Math.max(0, start - OPERATOR_WORD_REACH), start);
  if (!/[:,][ \t]+$/u.test(before)) {
    // "what's !" is "what is !".
    const word = /(?:^|[^\p{L}\p{N}_])(\p{L}+)[ \t]+$/u.exec(before.replace(/(?<=\p{L})['’]s(?=[ \t]+$)/u, ' is'));
    if (word === null || !WORDS_BEFORE_AN_OPERATOR.has(word[1]!.toLowerCase())) return false;
    // Question marks alone after "use" or "need" whose object the question already named are emphasis ("Which library
    // should I use ??"; a review, session 57), else the object ("When should I use ??"); after "is" or "operator" they
    // are what is named.
    if (/^[?？]+$/u.test(run) && !WORDS_BEFORE_A_NAMED_MARK.has(word[1]!.toLowerCase()) && /(?<![\p{L}])(?:which|what)(?![\p{L}])/iu.test(text.slice(Math.max(0, start - OBJECT_REACH), start))) return false;
  }
  return namesCode();
}

/** Whether the text verifyTokens reads is about code (CODE_TOPIC, GO_LANGUAGE), read once a rule asks. */
function namesCode(): boolean {
  namesCodeTopic ??= CODE_TOPIC.test(wholeText) || GO_LANGUAGE.test(wholeText);
  return namesCodeTopic;
}

/**
 * Whether a "?" or "??" glued to the end of a line is a pattern's own, in a text about patterns: after a name holding
 * a pattern's marks ("Explain the regex a+b?", "(ab)?", "Explain rm *.log?"; a red team on code, session 57).
 */
function patternMarkAtEnd(text: string, start: number): boolean {
  const name = /(?:^|\s)(\S+)$/u.exec(text.slice(Math.max(0, start - PATTERN_REACH), start));
  if (name === null || !/[*+()[\]{}|\\^$]/u.test(name[1]!) || !/[\p{L}\p{N}]/u.test(name[1]!)) return false;
  // Not a call ("str.find()") or a language ("C++").
  if (/\(\)$|^[Cc](?:\+\+|#)$/u.test(name[1]!)) return false;
  // Read once per text: a text of many such lines asked it per line (quadratic: a review, session 57).
  namesPatternTopic ??= PATTERN_TOPIC.test(wholeText);
  return namesPatternTopic;
}
const PATTERN_REACH = 40;
const PATTERN_TOPIC = /regex|regexp|regular expression|\bglob|wildcard/iu;
/** Go, which CODE_TOPIC cannot name as a word: "In Go, …", "Go question: …". */
const GO_LANGUAGE = /(?:^|[^\p{L}])(?:[Ii]n|[Ff]or|[Ww]ith|[Uu]sing) Go(?![\p{L}\p{N}])|^Go(?: question)?:/u;
const OPERATOR_WORD_REACH = 24;
/** How far back a question's "which" or "what" is looked for. */
const OBJECT_REACH = 120;
/** Words that a named thing follows and no sentence ends with: "what is", "when do I use", "the operator". */
const WORDS_BEFORE_AN_OPERATOR: ReadonlySet<string> = new Set(['is', 'are', 'use', 'using', 'uses', 'need', 'operator', 'operators', 'symbol', 'symbols', 'token', 'syntax', 'vs', 'versus']);
/** Of those, the words after which marks alone are named, not typed for emphasis. */
const WORDS_BEFORE_A_NAMED_MARK: ReadonlySet<string> = new Set(['is', 'are', 'operator', 'operators', 'symbol', 'symbols', 'token', 'syntax', 'vs', 'versus']);
/** A text about code: a language's name, or a word of syntax. */
const CODE_TOPIC = /(?<![\p{L}\p{N}_])(?:javascript|typescript|js|ts|swift|kotlin|ruby|rust|golang|python|php|perl|c#|c\+\+|java|dart|scala|haskell|elixir|bash|zsh|shell|sql|regex|regexp|glob|lua|groovy|operator|operators|syntax|code)(?![\p{L}\p{N}_])/iu;
/** The text verifyTokens reads, and whether it is about code (CODE_TOPIC, read once a rule asks). */
let wholeText = '';
let namesCodeTopic: boolean | undefined;
let namesPatternTopic: boolean | undefined;

/**
 * Whether a language's name with "#" or "++" ends right before `start`, so a sentence's mark may follow it: "in C#?",
 * "in F#.", "in C++?" (an over-refusal study, session 43: "How do I reverse a string in C#?" / "… in C#" refused).
 */
function afterLanguageName(text: string, start: number): boolean {
  return LANGUAGE_NAME_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}
/** A letter that names a language with "#" or "++" after it (C#, F#, J#, C++, g++), standing alone. */
const LANGUAGE_NAME_BEFORE = /(?:^|[^\p{L}\p{N}_])[CcFfJjGg](?:#|\+\+)$/u;
/** A sentence's or a clause's marks, read after a language's name as after a word: "In C#, how …" (session 44). */
const MARKS_AFTER_LANGUAGE = /^(?:[.?!]+|[,;:])$/u;

/** Characters before a comma searched for a negation word (the longest listed, and the one before it). */
const NEGATION_REACH = 8;
const NEGATION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${NEGATIONS_BEFORE_COMMA.join('|')})$`, 'iu');

/**
 * A word right after "<" or "</" and before ">", "/" or a space: an HTML or XML tag's name ("<center>", "</dialog>",
 * "<meter value=…>"), code that no word form or spelling variant stands for ("<centre>" is no element).
 */
function isTagName(text: string, start: number, end: number): boolean {
  const opens = start > 0 && (text[start - 1] === '<' || (text[start - 1] === '/' && text[start - 2] === '<'));
  return opens && (end === text.length || text[end] === '>' || text[end] === '/' || text[end] === ' ');
}

/**
 * Marks glued to the end of a variable or a number that are no punctuation: primes and feet or inches ("f''",
 * "A'", "y'", "6'", "32\"", "5’") and an ellipsis after a decimal or a list of numbers ("0.999...", "0.333…",
 * "2, 4, 8...": a repeating decimal or a series; "I counted to 10..." trails off). Only the run's leading primes
 * or dots; a "?" after them still ends the sentence.
 */
function isPrimeOrEllipsis(line: Line, end: number): boolean {
  const { text, runStart } = line;
  if (runStart === 0 || SPACE.test(text[runStart - 1]!)) return false;
  const before = text[runStart - 1]!;
  // The marks from the run's start to `end` are all primes, or an ellipsis (two dots or more, or "…"): read from
  // where the run's leading primes and dots end, found once per run.
  if (end <= line.runPrimesEnd!) return /\p{N}/u.test(before) || isLoneLetter(text, runStart - 1);
  const ellipsis = (end <= line.runDotsEnd! && end - runStart >= 2) || (end - runStart === 1 && text[runStart] === '…');
  return ellipsis && /(?:\p{N}\.\p{N}+|, ?\p{N}+)$/u.test(text.slice(Math.max(0, runStart - 24), runStart));
}

/**
 * Words that open a question, for a "!" glued to the last word of one ("Does Rails raise on save!": a method's bang).
 * Narrower than closed-lists.ts's QUESTION_OPENERS on purpose: not "please", "tell" or "must", which open requests and
 * commands that end in an exclamation ("Please deploy it now!").
 */
const BANG_QUESTION_OPENERS = new Set(['what', 'why', 'how', 'when', 'where', 'which', 'who', 'does', 'do', 'did', 'is', 'are', 'can', 'should', 'will', 'would', 'could']);

/** Whether the sentence that ends at `end` opens with a question word (scans back to the previous sentence end only). */
function opensQuestion(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && !/[.!?\n]/u.test(text[start - 1]!)) start--;
  const first = /^[\s"“'‘(]*(\p{L}+)/u.exec(text.slice(start, Math.min(end, start + 40)));
  return first !== null && BANG_QUESTION_OPENERS.has(first[1]!.toLowerCase());
}

/**
 * Whether a comma or colon after a word is syntax rather than clause punctuation: a comma in a SQL column
 * list ("SELECT name, email FROM t") or in a list of items after a colon ("Sort: ice cream, cake, pie"), or a
 * colon between a lowercase key and a lowercase value ("key: value", "x: int"). Computed once per line.
 */
function isListOrCodeMark(line: Line, start: number, mark: string): boolean {
  const { text } = line;
  if (mark === ':') return KEY_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && VALUE_AFTER.test(text.slice(start + 1, start + 3)) && !CLAUSE_AFTER.test(text.slice(start + 1, start + 8)) && !LEAD_IN_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  line.list ??= listStart(text);
  if (start <= line.list.start) return false;
  if (line.list.sql) return true;
  // An item of a list is a short noun phrase ("ice cream"), not a clause ("Note: I use Windows, how do I …").
  const item = LIST_ITEM.exec(text.slice(Math.max(line.list.start + 1, start - 40), start));
  return item !== null && !CLAUSE_OPENERS_IN_LISTS.test(item[1]!);
}
// "key: value", "x: int", "{a: 1}": a lowercase word before the colon, a lowercase word or a number after it, no clause.
const KEY_BEFORE = /\s\p{Ll}[\p{Ll}\p{N}_]*$/u;
const VALUE_AFTER = /^ [\p{Ll}\p{N}]/u;
// Also a question or a request typed in lowercase after a lead-in ("quick question: did every senator vote …",
// "q: should i …"; an over-refusal study, session 44).
const CLAUSE_AFTER = /^ (?:how|what|why|when|where|which|who|is|are|do|does|can|i|it|the|a|an)\b/u;
/**
 * A lead-in's label before the colon, not a key: "quick question: did every senator vote …", "q: should i …" (an
 * over-refusal study, session 44). Only these labels: after any other lowercase word a word like "should" or "list" may be
 * a value or a type ("x: list", "value: was"; a review).
 */
const LEAD_IN_BEFORE = /(?:^|[\s(])(?:question|q|note|edit|update|context|btw|fyi|ps|tldr|tl;dr|problem|issue|help|request|ask)$/u;
const LIST_ITEM = /(?:^|[,:])\s*((?:[\p{L}\p{N}'-]+\s+){0,3}[\p{L}\p{N}'-]+)$/u;
const CLAUSE_OPENERS_IN_LISTS = /^(?:i|you|we|they|he|she|it|how|what|why|when|where|which|who|if|is|are|do|does|can|please|this|that|and|but|so|then)\b/iu;

// Where a line's list begins: after SELECT when FROM follows, or after the first colon followed by a space; the
// line's length when it has neither.
function listStart(text: string): { start: number; sql: boolean } {
  const select = /\bselect\s/iu.exec(text);
  if (select !== null && /\sfrom\s/iu.test(text.slice(select.index))) return { start: select.index, sql: true };
  const colon = text.indexOf(': ');
  return { start: colon === -1 ? text.length : colon, sql: false };
}
/** A number right after an operator: "= 1", "+ 2", "(3". */
const OPERAND_BEFORE = /[=+\-*/%<>^(,]\s*\p{N}+$/u;
/**
 * Whether a "." at `start`, after a number, is a float's point in code rather than a sentence's end: after an operator
 * ("y = 1."), or on a line of code that returns or yields the number ("    return 6.") or ends a conditional expression
 * ("    bd = int(x) if x else 9988."). Not in prose that says so ("Why does strcmp return 0.", "…, else 0.").
 */
function isFloatPoint(text: string, start: number): boolean {
  // The line's start within CODE_LINE_REACH, or -1 when it is further back: a point on a long line is read without
  // searching back to the line's start each time (quadratic in a line of many "3." points; a review, session 32).
  const from = Math.max(0, start - CODE_LINE_REACH - 1);
  let found = -1;
  for (let at = start - 1; at >= from; at--) {
    if (text.charCodeAt(at) === 0x0a) {
      found = at;
      break;
    }
  }
  const lineStart = found !== -1 ? found + 1 : from === 0 ? 0 : -1;
  if (OPERAND_BEFORE.test(text.slice(Math.max(lineStart, start - 24), start))) return true;
  return lineStart !== -1 && start - lineStart <= CODE_LINE_REACH && CODE_LINE_NUMBER.test(text.slice(lineStart, start));
}
const CODE_LINE_REACH = 200;
/** What follows a statement separator: a space and a lowercase letter, a digit or a mark of code. */
// Any horizontal space, a no-break or an ideographic one too (a hostile helper, session 32).
const SEMICOLON_INSIDE_LINE = /^[^\S\n]*[\p{Ll}\p{N}$_.\/~-]/u;
/**
 * Code before a semicolon on its line: an operand of one or two lowercase characters, a letter first and no English
 * word ("a; b", "ls; pwd"), a mark of code ("..; ls", "x = 1; y", "f(); g()"), not prose ("Denies fever; chills and
 * cough", "I love my job; my boss is great", "I tried it; it did not work", "I live in LA; …", "I got an F; …").
 */
const CODE_BEFORE_SEMICOLON = /(?:(?:^|[\s;])(?!(?:it|me|so|no|ok|us|we|he|is|to|do|go|up|on|in|at|by|or|an|as|if|of|my|be|hi|am)[;\s]*$)(?:[\p{Ll}_]|[\p{Ll}_][\p{Ll}\p{N}_])|[*(){}=$<>!|&\]\[]|\.\.)$|[*(){}=$<>|&]|\.\./u;
const SEMICOLON_SPACES = 16;
const SEMICOLON_REACH = 40;
/**
 * HTML elements a CSS selector groups: "div, p", "h1, h2, h3", "ul, ol"; only tags that are no English words ("In the
 * form, input fields …", "In my table, td …" are prose's commas).
 */
const FLAG_VALUE_MARKS: ReadonlySet<string> = new Set([',', ':', '.', ';', '|']);
/** A one-letter flag that takes a delimiter, after a command that splits fields ("cut -d", "awk -F", "sort -t"). */
const FLAG_OF_FIELD_COMMAND = /\b(?:cut|sort|awk|gawk|mawk|paste|join|column|tr|read|xargs|split|csvcut|mlr)\b[^\n]{0,40}\s-[A-Za-z]$/u;
const FLAG_COMMAND_REACH = 48;

/**
 * A comma of code that prose punctuation would drop (a red team on notations, session 34): between CSS selectors with a
 * class or an id (".a, .b" is a group, ".a .b" a descendant), in an SQL ORDER BY, GROUP BY or PARTITION BY list
 * ("ORDER BY price, name" / "ORDER BY price name": an alias), in Python's import, global and del lists and a for
 * loop's targets ("import os, sys", "for i, x in items"). Not a hashtag list in prose only when no selector follows.
 */
function isCodeListComma(line: Line, start: number, end: number): boolean {
  const { text } = line;
  const before = text.slice(Math.max(0, start - CODE_LIST_REACH), start);
  const after = text.slice(end, end + CODE_LIST_REACH);
  // A class selector anywhere; an id ("#a, #b") only in a line about styles (a hashtag list otherwise).
  if (CSS_CLASS_BEFORE.test(before) || CSS_CLASS_AFTER.test(after)) return true;
  if ((CSS_ID_BEFORE.test(before) || CSS_ID_AFTER.test(after)) && (line.cssTopic ??= CSS_TOPIC.test(text))) return true;
  // Two tag names in a line about styles ("How do I style label, input?" / "label input").
  if (HTML_TAG_BEFORE.test(before) && HTML_TAG_AFTER.test(after) && (line.cssTopic ??= CSS_TOPIC.test(text))) return true;
  // A package manager's or a file command's arguments ("npm install react, react-dom", "git add a.txt, b.txt"): a
  // comma there is part of a name, not a list's.
  if (PACKAGE_ARGUMENTS.test(before) || (FILE_COMMAND_ARGUMENTS.test(before) && (line.shellTopic ??= SHELL_TOPIC.test(text)))) return true;
  // ORDER BY in capitals, or in a line about SQL ("in order by date, please" is prose).
  if (SQL_BY_LIST_CAPITALS.test(before) || (SQL_BY_LIST.test(before) && (line.sqlTopic ??= SQL_TOPIC.test(text)))) return true;
  if (!(line.pythonTopic ??= PYTHON_TOPIC.test(text))) return false;
  if (PYTHON_LIST.test(before)) return true;
  return PYTHON_FOR.test(before) && /^[^\S\n]*[\p{L}_][\p{L}\p{N}_]*[^\S\n]+in\b/u.test(after);
}
const CODE_LIST_REACH = 60;
const CSS_CLASS_BEFORE = /(?:^|[\s(,>+~])\.(?!NET(?![\w-]))[A-Za-z_-][\w-]*(?::{1,2}[\w-]+)?$/u;
const CSS_CLASS_AFTER = /^[^\S\n]*\.[A-Za-z_-][\w-]*(?![\w-]*\.\w)/u;
const CSS_ID_BEFORE = /(?:^|[\s(,>+~])#[A-Za-z_-][\w-]*(?::{1,2}[\w-]+)?$/u;
const CSS_ID_AFTER = /^[^\S\n]*#[A-Za-z_-][\w-]*/u;
const CSS_TOPIC = /\b(?:css|scss|sass|less|selectors?|stylesheets?|styles?|styling|queryselector(?:all)?|tailwind|html)\b|[{}]/iu;
const HTML_TAGS = 'a|abbr|article|aside|body|button|footer|form|header|html|input|label|main|nav|section|select|table|textarea|thead|tbody|video|audio|canvas|svg|dl|dt|dd|em|strong|code|pre|blockquote|figure|figcaption|iframe|option';
const HTML_TAG_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:${HTML_TAGS})$`, 'u');
const HTML_TAG_AFTER = new RegExp(String.raw`^[^\S\n]*(?:${HTML_TAGS})(?![\p{L}\p{N}])`, 'u');
const PACKAGE_ARGUMENTS = /\b(?:npm|pnpm|yarn|bun|pip3?|pipx|brew|apt(?:-get)?|gem|cargo|composer|conda|go)[^\S\n]+(?:install|add|i|remove|uninstall|rm|get)\b[^\n,;.?!]{1,60}$/u;
const FILE_COMMAND_ARGUMENTS = /(?:^|[\s`$])(?:mkdir|rm|touch|cp|mv|cat|chmod|chown|ls|git[^\S\n]+(?:add|rm|checkout|restore))(?:[^\S\n]+-\S+)*[^\S\n]+[^\s,]+$/u;
const SHELL_TOPIC = /\b(?:bash|zsh|shell|terminal|command|commands|linux|unix|macos|cli|git|sudo)\b|`|\$ /iu;
const SQL_BY_LIST_CAPITALS = /\b(?:ORDER|GROUP|PARTITION)\s+BY\b[^.;?!\n]{0,50}$/u;
const SQL_BY_LIST = /\b(?:order|group|partition)\s+by\b[^.;?!\n]{0,50}$/iu;
const SQL_TOPIC = /\b(?:select|sql|mysql|postgres(?:ql)?|sqlite|query|queries|table|column|dataframe|pandas)\b/iu;
const PYTHON_TOPIC = /\b(?:python|py|code|valid|syntax|script|module|loop|interpreter|error)\b|`/iu;
const PYTHON_LIST = /(?:^|[\s`'"(])(?:import|global|del|nonlocal)[^\S\n]+[\w.]+(?:[^\S\n]+as[^\S\n]+\w+)?(?:,[^\S\n]*[\w.]+(?:[^\S\n]+as[^\S\n]+\w+)?)*$/u;
const PYTHON_FOR = /(?:^|[\s`'"(])for[^\S\n]+[\p{L}_][\p{L}\p{N}_]*$/u;
const TAG_BEFORE = /(?:^|[\s(])(?:div|span|p|h[1-6]|ul|ol|li|td|th|tr|img)$/u;
const TAG_AFTER = /^[^\S\n]*(?:div|span|p|h[1-6]|ul|ol|li|td|th|tr|img)(?![\p{L}\p{N}])/u;
const EMOJI_AFTER_MARK = /^\p{Extended_Pictographic}/u;
/**
 * A name of code: snake_case, camelCase with two lowercase letters first, or a call ("last_name", "userId", "now()";
 * not a brand's "iPhone" or "eBay"), read within IDENTIFIER_REACH characters.
 */
const IDENTIFIER_BEFORE = /(?:^|[^\p{L}\p{N}_])(?:[\p{L}\p{N}]+_[\p{L}\p{N}_]*|\p{Ll}[\p{Ll}\p{N}]+\p{Lu}[\p{L}\p{N}]*|[\p{L}_][\p{L}\p{N}_]*\(\))$/u;
const IDENTIFIER_AFTER = /^[^\S\n]*(?:[\p{L}\p{N}]+_[\p{L}\p{N}_]*|\p{Ll}[\p{Ll}\p{N}]+\p{Lu}[\p{L}\p{N}]*|[\p{L}_][\p{L}\p{N}_]*\(\))(?![\p{L}\p{N}_])/u;
const IDENTIFIER_REACH = 40;
/**
 * Whether the point after a whole number at `start` is the number's: an operator after it ("7. / 2", "2. + 2") or a
 * lowercase word after it with a word of numbers' types or a language's name near ("Is 3. a float in Python?"); not a
 * numbered step ("1. preheat the oven", "Step 4. type the code") nor prose ("I have type 2. can I …"; a review,
 * session 32). Any run of horizontal spaces after it reads alike, no-break ones too.
 */
function pointOfNumber(text: string, start: number, end: number): boolean {
  const after = /^[^\S\n]+(\S)/u.exec(text.slice(end, end + POINT_SPACES));
  if (after === null) return false;
  if (/[/*+%=<>]/u.test(after[1]!)) return true;
  return /\p{Ll}/u.test(after[1]!) && NUMBER_TYPE_NEAR.test(text.slice(Math.max(0, start - NUMBER_TYPE_REACH), end + NUMBER_TYPE_REACH));
}
const POINT_SPACES = 16;
/** Words near a number whose type a point changes: "float", "double", "literal", a language's name. */
const NUMBER_TYPE_NEAR = /\b(?:floats?|ints?|integers?|decimals?|literals?|typeof|python|java|javascript|js|ruby|php|perl|rust|golang|fortran|c\+\+)\b/iu;
const NUMBER_TYPE_REACH = 60;
/** A whole number standing alone before a point: "3" in "is 3. a float", not "v1.2" or "section 4.1". */
const WHOLE_NUMBER_BEFORE = /(?:^|[\s(=,])\p{N}{1,12}$/u;
// The line's start: an indented line reaches the tokenizer without its indentation.
const CODE_LINE_NUMBER = /^[ \t]*(?:(?:return|yield)[ \t]+|(?:[\p{L}_][\p{L}\p{N}_.]*[ \t]*=[^=\n]|return\b)[^\n]*\bif\b[^\n]*\belse[ \t]+)\p{N}+$/u;
/**
 * Whether the hyphen or en dash glued to the end of the word before `start` is a minus that ends a code: a charge, a
 * blood group, a rating or a grade ("Cl-", "NO2-", "O- blood", "AB-", "BBB-", "A-"), also typed in lowercase ("o-
 * blood", "an a- on a 4.0 scale", "her2- breast cancer") or opening the text ("O- blood: who can receive it?"; a red
 * team on codes, session 39: 1,180 such minus signs read as a hanging hyphen and served). In capitals after another
 * word; in lowercase a letter or two that make no word, or letters with a digit ("so- what now" and "pre- and
 * post-war" stay dashes);
 * opening the text, one or two capitals, or letters with a digit ("CSS- how do I center a div?" and "NASA- what
 * does it stand for?" stay a heading's dash).
 */
function minusEndsCode(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const afterWord = /\S\s+\S+$/u.test(text.slice(Math.max(0, start - 24), start));
  if (afterWord) {
    if (MINUS_SUFFIXED.test(before)) return true;
    const code = LOWERCASE_CODE_SUFFIXED.exec(before)?.[1];
    return code !== undefined && !TWO_LETTER_WORDS.has(code);
  }
  return SHORT_CODE_OPENING.test(text.slice(Math.max(0, start - 9), start));
}
/** A code in lowercase a minus may end: "o", "ab", "her2", "c", "b12". */
const LOWERCASE_CODE_SUFFIXED = /(?:^|[^\p{L}\p{N}'’-])(\p{Ll}{1,2}|\p{Ll}{1,4}\p{N}{1,2}\p{Ll}?)$/u;
/** Words of two letters a dash may follow in prose: "so- what now", "oh- I see". */
const TWO_LETTER_WORDS: ReadonlySet<string> = new Set([
  'so', 'to', 'be', 'is', 'it', 'do', 'go', 'no', 'on', 'or', 'up', 'us', 'we', 'me', 'my', 'he', 'in', 'an', 'as', 'at', 'by', 'if', 'of', 'oh', 'ok', 'hi', 'ah', 'um', 'uh', 'eh', 'ha', 'yo', 'am',
]);
/** A short code in capitals, or with a digit, opening the text or a line: "O", "AB", "HER2", "b12". */
const SHORT_CODE_OPENING = /(?:^|\n)[ \t]*(?:\p{Lu}{1,2}|\p{L}{1,4}\p{N}{1,2}\p{L}?)$/u;
/** A word a minus sign may end: an ion or formula ("Cl", "NO2", "SO4"), a blood group, a rating or a grade ("AB", "BBB", "A"). */
const MINUS_SUFFIXED = /(?:^|[^\p{L}\p{N}])(?:[A-Z]{1,4}\d*|(?:[A-Z][a-z]?\d*){2,4}|Cl|Br|Rh|Fe|Cu|Zn|Na|Mg|Ca|Al|Ag|Au|Pb|Hg|Sn|Ni|Mn|Cr)$/u;

/**
 * A "." or ".." standing alone (a space before, a space or the line's end after) right after a command that takes
 * a path there: "cd ..", "ls .", "git add .", "docker build -t app .", "cp ~/a.txt .". After anything else a
 * spaced dot is a full stop typed loosely ("How do I install numpy with pip .").
 */
function isPathDots(text: string, start: number, end: number): boolean {
  // ("cp -r ../src .?": a question mark may close the command's text.)
  if (start === 0 || !SPACE.test(text[start - 1]!) || (end < text.length && !SPACE.test(text[end]!) && text[end] !== '?')) return false;
  const before = text.slice(Math.max(0, start - PATH_COMMAND_REACH), start);
  return PATH_COMMAND_BEFORE.test(before) || PATH_TAKING_COMMAND_BEFORE.test(before) || RUN_BEFORE_COMMAND.test(before);
}
const PATH_COMMAND_BEFORE = /(?:^|[\s`$(])(?:cd|ls(?: -[a-zA-Z]+)*|git add|(?:docker|podman) build(?: \S+)*|(?:cp|mv|scp|rsync)(?: -[a-zA-Z]+)* \S+|du(?: -[a-zA-Z]+)*|find|tree)[ \t]+$/u;
/**
 * More commands that take a path last, with their flags, modes, paths and URLs before it: "rm -rf .", "chmod -R 777 .",
 * "git checkout .", "git clone https://github.com/a/b .", "grep -rn TODO .", "prettier --write ." (a red team on code
 * edits, session 49: 272 of 580 such dots dropped as a full stop).
 */
// One whole token that one of the shapes matches, read one way only: overlapping alternatives each taken in turn
// backtracked through every split of six arguments (25–35 µs per spaced dot; a review, session 50).
const PATH_ARGUMENT = String.raw`(?=(?:-{1,2}[\w-]+(?:=\S*)?|\S*[/~:@]\S*|\d{3,4}|[\w.-]+\.\w{1,5}|[ugoa]*[+=-][rwxX]+)(?!\S))\S+`;
const PATH_TAKING_COMMAND_BEFORE = new RegExp(
  String.raw`(?:^|[\s\u0060$(:])(?:(?:rm|rmdir|chmod|git (?:checkout|restore|rm|clean|diff|status|clone|init|mv|ls-files|stash push|blame|reset|commit|add -p)|(?:npm|pnpm|yarn) (?:install|i|add|link|publish|pack)|pip3? install|poetry install|go (?:test|build|vet|run|fmt|install|generate)|gofmt|dotnet (?:build|run|test|restore)|bazel (?:build|test)|cargo (?:add|install|build|test|fmt)|flake8|pylint|isort|ruff(?: check| format)?|pytest|mypy|rubocop|eslint|prettier|terraform (?:init|plan|apply|fmt|validate)|helm (?:install|lint|package|template)(?: \S+)?|kubectl apply|docker compose(?: \S+)?|make -C|shred|Remove-Item|rd|del)(?:[ \t]+${PATH_ARGUMENT}){0,6}|(?:chown|chgrp)(?:[ \t]+-\w+)*[ \t]+[\w.-]+(?::[\w.-]+)?(?:[ \t]+${PATH_ARGUMENT}){0,6}|(?:grep|rg|ag|sed|awk)(?:[ \t]+-\S+)*[ \t]+(?:"[^"\n]{0,60}"|'[^'\n]{0,60}'|\S+)(?:[ \t]+${PATH_ARGUMENT}){0,6}|(?:tar|zip|unzip|touch|stat|wc|ln|mkdir|cmake|tsc|black|code|open|vim|nvim|nano|subl|zed|cursor|idea|explorer|xdg-open)(?:[ \t]+${PATH_ARGUMENT}){1,6})[ \t]+$`,
  'u',
);
/**
 * A word that is also an everyday word ("open", "code", "black", "touch") is a command only after "run", a prompt's "$" or
 * a backtick, or with an argument of its own: "What time does Walmart open ." is a full stop typed after a space (a
 * review, session 49).
 */
const RUN_BEFORE_COMMAND = /(?:\brun(?:ning)?|\btype|\btyping|\bexecute|\u0060|\$)[ \t]*(?:code|open|vim|nvim|nano|subl|zed|cursor|idea|explorer|xdg-open|tar|zip|touch|stat|wc|black)[ \t]+$/u;
/** How far before the dots the command is looked for. */
const PATH_COMMAND_REACH = 80;
/**
 * One or two words, then a sentence's end: the tail that a vocative comma sets off (", grandma.", ", Bob!"); French
 * typesetting spaces the final mark off ("On mange, les enfants !").
 */
const VOCATIVE_TAIL = /^ +([\p{L}']+)(?: [\p{L}']+)?(?:[ \u00a0\u202f]?[.!?…]+(?:\s|$)|$)/u;
/** Tails that are no one addressed: politeness and sentence adverbs ("…, please?", "…, though?", "…, right?"). */
const NOT_VOCATIVE = new Set([
  'please', 'thanks', 'thank', 'cheers', 'pls', 'plz', 'kindly', 'too', 'though', 'then', 'now', 'again', 'already', 'yet', 'really',
  'right', 'ok', 'okay', 'anyway', 'either', 'instead', 'first', 'still', 'also', 'maybe', 'perhaps', 'actually', 'exactly', 'correct',
  'yes', 'sorry', 'etc', 'respectively', 'however', 'therefore', 'precisely', 'basically', 'today', 'tomorrow', 'tonight',
]);

function isVocativeComma(text: string, start: number, end: number): boolean {
  const tail = VOCATIVE_TAIL.exec(text.slice(end, end + 40));
  if (tail === null) return false;
  const first = tail[1]!.toLowerCase();
  // A name or a noun: not "…, it's Anna's", "…, which one?", "…, thanks".
  if (first.includes("'") || NOT_VOCATIVE.has(first) || FUNCTION_WORDS.has(first)) return false;
  // Not a place after a place inside a sentence: "in Austin, Texas", "Paris, France".
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return !(before !== null && /^\p{Lu}/u.test(tail[1]!));
}
/** A capitalised word inside a sentence right before the comma: a word or a comma before it, not a sentence's start. */
const NAME_BEFORE = /[\p{L}\p{N},] +\p{Lu}[\p{L}'-]*$/u;
/** Runs of marks a sentence may end with: "?!", "!!", "...", "…", "?\"", ".)" stay punctuation. */
const SENTENCE_RUN = /^[.!?…]+["”’')\]]*$|^["”’')\]]+[.!?…]*$/u;
const CLOSING_QUOTES = /["”’']/u;

/** How many brackets are open at `position` of the line: counted once from left to right as marks come. */
function bracketDepth(line: Line, position: number): number {
  const { text } = line;
  for (; line.depthAt < position; line.depthAt++) {
    const character = text.charCodeAt(line.depthAt);
    if (character === 0x28 || character === 0x5b || character === 0x7b) line.depth++;
    else if ((character === 0x29 || character === 0x5d || character === 0x7d) && line.depth > 0) line.depth--;
  }
  return line.depth;
}

/** A "-" or "--" after a space (or a bracket, or at the start of a line) and right before a letter: a flag. */
function isFlagStart(line: Line, start: number, whole: string): boolean {
  if (whole !== '-' && whole !== '--') return false;
  const previous = start > 0 ? line.text[start - 1]! : undefined;
  const opens = previous === undefined ? !line.glued : SPACE.test(previous) || previous === '(' || previous === '[';
  return opens && /^\p{L}/u.test(line.text[start + whole.length] ?? '');
}

// A letter standing alone ("x", "b"; not the pronoun "I"): a variable.
function isLoneLetter(text: string, index: number): boolean {
  const letter = text[index]!;
  return /\p{L}/u.test(letter) && letter !== 'I' && (index === 0 || !WORD_CHARACTER.test(text[index - 1]!)) && !WORD_CHARACTER.test(text[index + 1] ?? '');
}

/**
 * A minus spaced from the number before it and glued to the number after it: "[3 -1]", "the median of 3 -5 8" — two
 * numbers, the second negative, where "3 - 1" is one difference (a red team on numbers, session 33: "size([3 -1])" /
 * "size([3 - 1])" was served). Keyed apart from an operator's minus.
 */
function signOfNextNumber(text: string, start: number, end: number): boolean {
  if (end !== start + 1 || !MINUS_SIGNS.has(text[start]!) || !/^[\p{N}.]/u.test(text[end] ?? '') || !HORIZONTAL_SPACE.test(text[start - 1] ?? '')) return false;
  // Any run of horizontal spaces (no-break, thin, ideographic…): each minus looks back over its own run only.
  let before = start - 1;
  while (before > 0 && HORIZONTAL_SPACE.test(text[before]!)) before--;
  return /\p{N}/u.test(text[before] ?? '');
}
const HORIZONTAL_SPACE = /^[^\S\n\r\u2028\u2029]$/u;
/** Hyphen-minus, minus, the dashes and their full-width and small forms, as a careless or a pasting hand types a sign. */
const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '−', '–', '‐', '‑', '‒', '—', '－', '﹣']);
const SIGN_KEY = '-(sign)';

/**
 * A spaced dash after a variable or a bracket ("x - sin x", "(a + b) - c"), or after a number when an operand
 * follows ("x^2 - y^2", "2 - -3"), is a minus; after a number before a word ("Windows 10 - how do I…") a dash.
 */
function minusBetweenOperands(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && start - before <= 4 && SPACE.test(text[before]!)) before--;
  if (before < 0 || SPACE.test(text[before]!)) return false;
  if (/[)\]}]/u.test(text[before]!) || isLoneLetter(text, before)) return true;
  if (!/\p{N}/u.test(text[before]!)) return false;
  let after = end;
  while (after < text.length && after - end <= 4 && SPACE.test(text[after]!)) after++;
  const next = text[after] ?? '';
  return /[\p{N}(+\-−–]/u.test(next) || (/\p{L}/u.test(next) && isLoneLetter(text, after));
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
const isAsciiLetter = (code: number) => isLowerAscii(code) || isUpperAscii(code);
const FAST_CLAUSE_MARKS = new Set(['.', ',', ';', ':', '?']);
/** Marks that code puts after an operand: the try or nullable "?", a statement's ";", a block's ":", a tuple's ",". */
const CODE_MARKS = new Set(['?', ';', ':', ',']);
const isUpperAscii = (code: number) => code >= 0x41 && code <= 0x5a;

// A mark between two numbers is an operator or a separator of values ("10 - 3", "5 . 3"), never sentence
// punctuation: dropping it would make "10 - 3" read as "10 3".
function betweenNumbers(text: string, start: number, length: number): boolean {
  return /\p{N}\s*$/u.test(text.slice(Math.max(0, start - 8), start)) && /^\s*\p{N}/u.test(text.slice(start + length, start + length + 8));
}

/** Capitalised words whose case is code's (see codeFollowsWord): a line's start does not lowercase them. */
const CODE_CASE = new WeakSet<Token>();
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;

function sentenceStartToken(token: Token): Token {
  const capitalised = CAPITALISED.test(token.text) && token.text !== 'I' && !CODE_CASE.has(token) && !isLoneCapital(token.text) && !casedUnitAtSentenceStart(token.text);
  return { ...token, sentenceStart: true, key: capitalised ? token.text.toLowerCase() : token.key };
}

/**
 * Whether `previous` is the colon of a prompt template's label that opens a line ("Question: what is …", "Task:
 * write a haiku"): the word after it opens a sentence, typed in either case (a near-duplicate
 * helper's, session 28). Not any "word:" ("key: Value", "Password: Hunter2").
 */
function afterLabel(tokens: readonly Token[], previous: Token | undefined): boolean {
  if (previous?.kind !== 'punct' || previous.text !== ':') return false;
  const label = tokens.at(-2);
  const before = tokens.at(-3);
  return label?.kind === 'word' && LABELS.has(label.text.toLowerCase()) && (before === undefined || before.kind === 'space' || label.sentenceStart);
}
/** Auxiliaries a question puts before its subject: after them a lowercase "i" is "I". */
const AUXILIARIES_BEFORE_I: ReadonlySet<string> = new Set([
  'do', 'did', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'am', 'have', 'had', "don't", "can't", "didn't", "won't", "shouldn't",
]);
// Not "Input:", "User:", "Human:", "Query:" or "Prompt:", after which the text is data or a search whose case may be
// asked about or name something ("Input: None", "Query: Java beans", "Query: Nice weather in June"; a second review).
const LABELS: ReadonlySet<string> = new Set(['question', 'q', 'task', 'instruction', 'instructions']);

function push(tokens: Token[], text: string, kind: TokenKind, expanded = false, loose = false, codeKey?: string): void {
  let previous = tokens.at(-1);
  // A sentence's opening "¿" or "¡" comes before its first word: "¿Qué hora es?" opens with "Qué" as "Qué hora es?" does.
  if (kind === 'word' && previous?.kind === 'punct' && (previous.text === '¿' || previous.text === '¡')) {
    const before = tokens.at(-2);
    if (before === undefined || before.kind === 'space' || (before.kind === 'punct' && SENTENCE_END.test(before.text))) previous = before;
  }
  // A loose "!" or "?" ends a sentence when a capital follows ("Bonjour ! Comment …"), not in "What does ? do".
  const sentenceStart =
    kind === 'word' &&
    (previous === undefined || previous.kind === 'space' || ((previous.kind === 'punct' || (previous.loose === true && /^\p{Lu}/u.test(text))) && SENTENCE_END.test(previous.text)) || afterLabel(tokens, previous));
  // A capital letter standing alone keeps its case (see initialsFolded); the article does not.
  // Nor does a unit whose capital is its meaning ("Mm to km: …" is megametres; see cased-units.ts).
  const capitalised = sentenceStart && CAPITALISED.test(text) && text !== 'I' && !isLoneCapital(text) && !casedUnitAtSentenceStart(text);
  // A clause dash may be typed as a hyphen, an en or an em dash: a loose one keys as "-" whatever its style. A lowercase
  // "i" after an auxiliary is the pronoun ("How do i install Node.js?", "Can i …": a red team's controls, session 38,
  // lost 581 such); elsewhere it may be a variable or the imaginary unit ("What is i squared?").
  const pronounI = text === 'i' && previous?.kind === 'word' && AUXILIARIES_BEFORE_I.has(previous.key.toLowerCase());
  const key = codeKey ?? (capitalised ? text.toLowerCase() : pronounI ? 'I' : loose && /^[-–—]$/u.test(text) ? '-' : text);
  const token: Token = { text, key, kind, sentenceStart, expanded };
  if (loose) token.loose = true;
  if (recordGaps) {
    if (pendingGap !== ' ') token.gap = normalisedGap(pendingGap, tokens.at(-1)?.text);
    pendingGap = '';
  }
  tokens.push(token);
}

/**
 * A run with line breaks is the whitespace closing its first line and its breaks ("\n", "\n\n", "  \n"): the
 * indentation after a break is read elsewhere, and the whitespace on blank lines is nobody's. Whitespace closing a
 * line is kept where it is typed on purpose (closingWhitespaceCounts): where the layout is content (code, Markdown) it
 * is part of the line ("total = 1 + \\ \n" breaks a continuation, "red  \n" is a Markdown line break; a red team on
 * code, session 45: 204 of 290 such pairs served as the same).
 */
function normalisedGap(gap: string, previous: string | undefined): string {
  const first = gap.indexOf('\n');
  if (first === -1) return gap;
  let breaks = 0;
  for (let index = first; index !== -1; index = gap.indexOf('\n', index + 1)) breaks++;
  const lineBreaks = breaks === 1 ? '\n' : breaks === 2 ? '\n\n' : '\n'.repeat(breaks);
  if (first === 0 || !closingWhitespaceCounts(gap, first, previous)) return lineBreaks;
  return gap.slice(0, first) + lineBreaks;
}
/**
 * Whether the whitespace closing a line (the gap's first `first` characters) is typed on purpose: after a backslash
 * that continues the line, a tab, or two spaces and more (a Markdown line break, a Makefile's value) unless after a
 * sentence's mark outside a text about Markdown's rendering ("Write a poem about rain.  \nMake it short."; a review,
 * session 45); not one space, a copy's slip ("Context: Shipping & Returns \n").
 */
function closingWhitespaceCounts(gap: string, first: number, previous: string | undefined): boolean {
  return previous === '\\' || (first >= 2 && (rendersMarkdown || !CLOSING_MARKS.has(previous ?? ''))) || gap.slice(0, first).includes('\t');
}
const CLOSING_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', ',']);
/** Whether the text being tokenized asks how Markdown renders: there two spaces closing a line break it. */
let rendersMarkdown = false;
const MARKDOWN_TOPIC = /\b(?:markdown|md|render\w*|preview\w*|readme|commonmark|github|gitlab|hard\s+(?:line\s+)?breaks?)\b/i;

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
  if (lower.slice(apostrophe + 1) === 'd') {
    // 'd is did, had or would ("What'd he say", "He'd gone", "I'd go"): a token of its own, equal only to
    // another 'd; wouldAfterPronouns reads "I'd like" as "I would like".
    push(tokens, stem === 'i' ? 'I' : word.slice(0, apostrophe), 'word');
    return push(tokens, "'d", 'word');
  }
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
    if (index > 0 && recordGaps) pendingGap = ' ';
    const text = index === 0 && upper ? word[0]!.toUpperCase() + word.slice(1) : word === 'i' ? 'I' : word;
    push(tokens, text, 'word', true);
  });
}

const SUFFIXES = new Map([['s', 'is'], ['re', 'are'], ['m', 'am'], ['ve', 'have'], ['ll', 'will']]);
const NEGATED_STEMS = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall'], ['ai', 'is']]);
const IS_STEMS = new Set(['it', 'that', 'what', 'he', 'she', 'there', 'here', 'who', 'where', 'how', 'when', 'why', 'this', 'everything', 'nothing', 'something', 'everyone', 'someone', 'let']);
// Not "cant" or "wont": typed without an apostrophe they are words of their own (thieves' cant, as is his wont).
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
  ['couldnt', ['could', 'not']],
  ['wouldnt', ['would', 'not']],
  ['shouldnt', ['should', 'not']],
  ['hasnt', ['has', 'not']],
  ['havent', ['have', 'not']],
  ['im', ['i', 'am']],
  ['ive', ['i', 'have']],
  ['whats', ['what', 'is']],
  ['hows', ['how', 'is']],
]);

/**
 * "cant" and "wont" typed without an apostrophe are "can not" and "will not" next to the subject they negate:
 * after a personal pronoun ("I cant sleep") or before a subject ("Why cant I sleep?", "Why wont my car start?").
 * Elsewhere they are words of their own ("Is cant a real word?", "as is his wont", "What does wont mean?").
 */
function negationsWithoutApostrophe(tokens: Token[]): Token[] {
  let result: Token[] | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // Four letters first: lowercasing every token of a long text only to look it up made garbage.
    const stem = token.text.length === 4 && token.kind === 'word' && !token.expanded ? APOSTROPHE_LESS.get(token.text.toLowerCase()) : undefined;
    if (stem === undefined || !(PERSONAL_PRONOUNS.has(lowerWord(tokens[index - 1])) || SUBJECTS_AFTER.has(lowerWord(tokens[index + 1])) || betweenSubjectAndVerb(tokens, index))) {
      result?.push(token);
      continue;
    }
    result ??= tokens.slice(0, index);
    const upper = /^\p{Lu}/u.test(token.text);
    const text = upper ? stem[0]!.toUpperCase() + stem.slice(1) : stem;
    result.push({ ...token, text, key: token.sentenceStart ? stem : text, expanded: true });
    result.push({ text: 'not', key: 'not', kind: 'word', sentenceStart: false, expanded: true });
  }
  return result ?? tokens;
}
const lowerWord = (token: Token | undefined) => (token?.kind === 'word' ? token.text.toLowerCase() : '');
/**
 * "cant"/"wont" after a noun its possessive or article opens and before a word that no function word is: "My phone wont
 * charge", "The app cant connect" (a must-hit review, session 56). Not "What does wont mean?" (after an auxiliary), "his
 * wont to …", "the cant of …".
 */
function betweenSubjectAndVerb(tokens: readonly Token[], index: number): boolean {
  const subject = lowerWord(tokens[index - 1]);
  const opener = lowerWord(tokens[index - 2]);
  const verb = lowerWord(tokens[index + 1]);
  // A verb's bare form follows "can't"/"won't": not a participle or a noun's plural ("the religious cant criticized by …").
  // Nor after an auxiliary that already asks ("Why does the ship cant list?", "What is the thieves cant language?"): a
  // modal cannot follow one, so "cant" is the noun there. Typed in lowercase: "the Mont Wont trail" is a name.
  if (!/^\p{Ll}+$/u.test(tokens[index]!.text) || ASKING_AUXILIARIES.has(lowerWord(tokens[index - 3]))) return false;
  return subject !== '' && !FUNCTION_WORDS.has(subject) && SUBJECT_OPENERS.has(opener) && verb !== '' && !FUNCTION_WORDS.has(verb) && /^\p{Ll}+$/u.test(verb) && !/(?:ed|ing|s)$/u.test(verb);
}
const ASKING_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had']);
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'the', 'this', 'that', 'these', 'those']);
const APOSTROPHE_LESS: ReadonlyMap<string, string> = new Map([['cant', 'can'], ['wont', 'will']]);

/** Whether a text types a contraction without its apostrophe that the tokens read as the words written out ("dont", "whats", "cant"). */
export function typesContractionWithoutApostrophe(text: string): boolean {
  return APOSTROPHE_LESS_WORDS.test(text);
}
const APOSTROPHE_LESS_WORDS = new RegExp(String.raw`\b(?:${[...WHOLE_CONTRACTIONS.keys(), ...APOSTROPHE_LESS.keys()].filter((word) => !word.includes("'") && word !== 'cannot').join('|')})\b`, 'iu');
const SUBJECTS_AFTER = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that', 'these', 'those']);

// After a personal pronoun, 'd before a base-form verb can only be "would" ("had" takes a participle, and "did"
// follows a question word): "I'd like" = "I would like". Verbs whose base form is no participle, so "I'd come"
// (would come / had come) stays 'd.
const PERSONAL_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it']);
const WOULD_VERBS = new Set([
  'like', 'love', 'prefer', 'rather', 'be', 'have', 'want', 'need', 'hate', 'enjoy', 'say', 'go', 'do', 'see', 'know',
  'take', 'get', 'give', 'choose', 'pick', 'use', 'recommend', 'suggest', 'buy', 'pay', 'try', 'ask', 'eat', 'appreciate',
]);

/**
 * A contracted negation in a question puts "not" before the subject ("Why isn't it working?"), where the words
 * written out put it after ("Why is it not working?"): the expansion's "not" moves after a pronoun subject when
 * the auxiliary follows a question word, so both read "is it not".
 */
function invertedNegations(tokens: Token[]): Token[] {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const [auxiliary, not, subject] = [tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
    if (!auxiliary.expanded || !not.expanded || not.text.toLowerCase() !== 'not' || subject.kind !== 'word' || subject.expanded) continue;
    if (!INVERTING_AUXILIARIES.has(auxiliary.text.toLowerCase()) || !INVERTED_SUBJECTS.has(subject.text.toLowerCase())) continue;
    // Only after a question word: opening a yes/no question the contraction is its own request ("Can't you cite
    // sources?" asks for them, "Can you not cite sources?" to leave them out; "Don't you touch it."), and "Why
    // don't you/we …" suggests where "Why do you not …" asks the reason.
    const previous = tokens[index - 1];
    if (previous?.kind !== 'word' || !QUESTION_WORDS.has(previous.text.toLowerCase())) continue;
    if (previous.text.toLowerCase() === 'why' && SUGGESTING.has(auxiliary.text.toLowerCase()) && (subject.text.toLowerCase() === 'you' || subject.text.toLowerCase() === 'we')) continue;
    tokens[index + 1] = { ...subject, gap: not.gap, expanded: true };
    tokens[index + 2] = { ...not, gap: subject.gap };
    if (not.gap === undefined) delete tokens[index + 1]!.gap;
    if (subject.gap === undefined) delete tokens[index + 2]!.gap;
    index += 2;
  }
  return tokens;
}
const INVERTING_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'had', 'must', 'shall']);
const INVERTED_SUBJECTS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it', 'this', 'that', 'there']);
const SUGGESTING = new Set(['do', 'does', 'did']);

/**
 * After a person, 's before the participle of a verb of giving is "has" as often as "is", and the two say opposite
 * things: "She's given $30" (she gave it: "has") / "She is given $30" (she got it), "He's promised 3 cards", "She's
 * lent $10" (a red team on word problems, session 40: 124 of 150 such pairs served as a contraction). There the 's
 * stays a token of its own, equal only to another 's, as 'd is (pushWord). Not after "it" or "that" ("It's paid
 * monthly") nor before other participles ("She's married", "He's tired").
 */
function hasOrIsBeforeTransfer(tokens: Token[]): Token[] {
  for (let index = 1; index + 1 < tokens.length; index++) {
    const contraction = tokens[index]!;
    if (contraction.text !== 'is' || !contraction.expanded || !tokens[index - 1]!.expanded || !PERSONS_BEFORE_S.has(tokens[index - 1]!.text.toLowerCase())) continue;
    let next = index + 1;
    while (next + 1 < tokens.length && (ADVERBS_BEFORE_PARTICIPLE.has(lowerWord(tokens[next])) || /^\p{L}{3,}ly$/u.test(lowerWord(tokens[next])))) next++;
    if (TRANSFER_PARTICIPLES.has(lowerWord(tokens[next])) && !passiveAfter(tokens, next + 1)) tokens[index] = { ...contraction, text: "'s", key: "'s" };
  }
  return tokens;
}

/**
 * Whether the words after a participle of giving make it "is": an agent ("She's paid by the hour"), a rate ("He's
 * paid $15 an hour", "… per week", "… monthly") or a purpose ("He's paid to test games"; a hostile review, session 40).
 */
function passiveAfter(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < tokens.length && index < from + PASSIVE_REACH; index++) {
    const word = lowerWord(tokens[index]);
    if (tokens[index]!.sentenceStart) return false;
    if (RATE_OR_AGENT.has(word) || (word === 'to' && index === from)) return true;
    if ((word === 'an' || word === 'a') && RATE_UNITS.has(lowerWord(tokens[index + 1]))) return true;
  }
  return false;
}
const PASSIVE_REACH = 6;
const RATE_OR_AGENT = new Set(['by', 'per', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'every', 'each']);
const RATE_UNITS = new Set(['hour', 'day', 'week', 'month', 'year', 'shift', 'session', 'visit', 'article', 'word', 'page', 'piece']);
const PERSONS_BEFORE_S = new Set(['he', 'she', 'who', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'noone']);
const ADVERBS_BEFORE_PARTICIPLE = new Set(['already', 'just', 'also', 'never', 'now', 'since', 'only', 'still', 'even', 'always', 'ever']);
/** Participles of giving whose "has" is as common as their "is" (not "owed", "asked", "told", "allowed": mostly "is"). */
const TRANSFER_PARTICIPLES = new Set([
  'given', 'lent', 'loaned', 'paid', 'sent', 'promised', 'offered', 'handed', 'sold', 'gifted', 'donated', 'passed', 'thrown', 'mailed', 'emailed',
  'wired', 'transferred', 'refunded', 'traded', 'bought', 'brought', 'tipped', 'dealt', 'issued', 'reimbursed', 'credited', 'allotted',
  'allocated', 'forwarded', 'returned', 'contributed', 'spent', 'saved',
]);

function wouldAfterPronouns(tokens: Token[]): Token[] {
  for (let index = 1; index + 1 < tokens.length; index++) {
    const [pronoun, contraction, verb] = [tokens[index - 1]!, tokens[index]!, tokens[index + 1]!];
    if (contraction.text !== "'d" || contraction.kind !== 'word' || verb.kind !== 'word') continue;
    if (!PERSONAL_PRONOUNS.has(pronoun.text.toLowerCase()) || !WOULD_VERBS.has(verb.text.toLowerCase())) continue;
    tokens[index - 1] = { ...pronoun, expanded: true };
    tokens[index] = { ...contraction, text: 'would', key: 'would', expanded: true };
  }
  return tokens;
}
