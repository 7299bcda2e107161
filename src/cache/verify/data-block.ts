/**
 * Structured data typed without a fence: a JSON object or array, lines of YAML or a config (`key: value`), rows of
 * CSV. Its marks are its meaning — a comma dropped or added, a value quoted (`"80"`, `"no"`: YAML reads `no` as
 * false and `"no"` as the string), single quotes, a key's case — so verifyTokens compares such a block verbatim,
 * like a fenced code block, wherever the prompt's question stands (a red team, session 31: 489 of 4,487 such edits
 * of unfenced JSON, YAML and CSV were served, none of 4,337 fenced ones). Finding a block where there is none costs
 * a hit (the text is compared more strictly), never a wrong answer. Linear in the text: one pass over its lines.
 */
export interface DataBlock {
  /** Where the block starts (a line's start) and ends (its last line's end, the line break excluded). */
  index: number;
  end: number;
}

export function dataBlocks(text: string): DataBlock[] {
  if (!MAYBE_DATA.test(text)) return [];
  const lines = linesOf(text);
  const blocks: DataBlock[] = [];
  const json = { unclosed: false };
  for (let at = 0; at < lines.length; ) {
    // Each finder reads a run of lines once: a run that is no block is skipped whole, so no line is read again from
    // every line before it (256 KB of "{" or "Key: value" lines would otherwise take quadratic time).
    const run = jsonBlock(text, lines, at, json) ?? configBlock(lines, at) ?? csvBlock(lines, at);
    if (run === undefined) {
      at++;
      continue;
    }
    if (run.data) blocks.push({ index: lines[at]!.start, end: lines[run.last]!.end });
    at = run.last + 1;
  }
  return blocks;
}

/** A run of lines a finder read, from the line it started at to `last`, and whether it is a block of data. */
interface Run {
  last: number;
  data: boolean;
}

/** A quick test before the line pass: a key and colon, a bracket opening a line, or two commas on a line. */
const MAYBE_DATA = /(?:^|\n)[ \t]*[{[]|[\w"'][ \t]*:|,[^\n]*,/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak === -1 ? text.length : lineBreak;
    lines.push({ start, end, text: text.slice(start, end) });
    if (lineBreak === -1) return lines;
    start = lineBreak + 1;
  }
}

/**
 * A JSON object or array opening a line ("{", "[", after indentation) with a quoted key and its colon in it, to the
 * line where its brackets close (strings skipped, single-quoted ones too); where they never close (a bracket missing
 * is what is asked about), to the last line that goes on like JSON. Brackets that close with no key inside are
 * no block, and their lines are not read again.
 */
function jsonBlock(text: string, lines: readonly Line[], at: number, state: { unclosed: boolean }): Run | undefined {
  if (!JSON_OPENING.test(lines[at]!.text)) return undefined;
  let depth = 0;
  let quote = '';
  let last = at;
  // Once brackets were found never to close, the text after them is read by its lines only.
  const limit = state.unclosed ? lines[at]!.start : Math.min(text.length, lines[at]!.start + MAX_BLOCK);
  for (let index = lines[at]!.start; index < limit; index++) {
    const character = text[index]!;
    if (character === '\n') {
      last++;
      if (quote !== '') quote = ''; // a string does not run over a line break
      continue;
    }
    if (quote !== '') {
      if (character === '\\') index++;
      else if (character === quote) quote = '';
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '{' || character === '[') depth++;
    else if (character === '}' || character === ']') {
      depth--;
      if (depth <= 0) return { last, data: hasKey(text.slice(lines[at]!.start, index + 1)) };
    }
  }
  // Never closed: the lines that go on like JSON.
  state.unclosed = true;
  let end = at;
  while (end + 1 < lines.length && JSON_LINE.test(lines[end + 1]!.text)) end++;
  return { last: end, data: hasKey(text.slice(lines[at]!.start, lines[end]!.end)) };
}
const JSON_OPENING = /^[ \t]*[{[]/u;
const JSON_LINE = /^[ \t]*(?:["'{}[\]]|-?\d|true\b|false\b|null\b)/u;
const JSON_KEY = /["'][^"'\n]{1,80}["'][ \t]*:/u;
const MAX_BLOCK = 200_000;

function hasKey(block: string): boolean {
  return JSON_KEY.test(block) || /^[ \t]*\[[ \t\n]*["'\d{[]/u.test(block);
}

/**
 * Two or more lines of `key: value` (or a key alone, opening a nested map), list items among them, with at least one
 * key typed in lowercase as YAML and configs write them: "role: admin\nenabled: no". Not a form of capitalised
 * labels ("Topic: coffee\nTone: friendly"), whose wording is free. A run of such lines that is no block is read once.
 */
function configBlock(lines: readonly Line[], at: number): Run | undefined {
  let end = at - 1;
  let keys = 0;
  let lowercase = false;
  for (let index = at; index < lines.length; index++) {
    const line = lines[index]!.text;
    const key = CONFIG_LINE.exec(line);
    if (key !== null) {
      keys++;
      if (/^\p{Ll}/u.test(key[1]!)) lowercase = true;
    } else if (!(keys > 0 && LIST_ITEM.test(line))) break;
    end = index;
  }
  return keys === 0 ? undefined : { last: end, data: keys >= 2 && lowercase };
}
// A key (a name, or a quoted one) and its colon opening a line, then a value or nothing; not a sentence's "Note: …"
// with a URL ("see: https://…" has no space-free key before it either way).
const CONFIG_LINE = /^[ \t]*(?:-[ \t]+)?([\p{L}_][\p{L}\p{N}_.-]{0,40}|"[^"\n]{1,40}"|'[^'\n]{1,40}')[ \t]*:(?:[ \t]+\S[^\n]*)?[ \t]*$/u;
const LIST_ITEM = /^[ \t]*-[ \t]+\S/u;

/**
 * Two or more rows with the same number (two or more) of commas or tabs, short fields of a few words, and no
 * sentence's end: "name,city,sales\nLena,Lagos,354".
 */
function csvBlock(lines: readonly Line[], at: number): Run | undefined {
  const separators = rowSeparators(lines[at]!.text);
  if (separators === undefined) return undefined;
  let end = at;
  while (end + 1 < lines.length && rowSeparators(lines[end + 1]!.text) === separators) end++;
  return end > at ? { last: end, data: true } : undefined;
}

function rowSeparators(line: string): string | undefined {
  if (SENTENCE_END.test(line)) return undefined;
  const separator = line.includes('\t') ? '\t' : ',';
  const fields = line.split(separator);
  if (fields.length < 3 || fields.some((field) => field.length > MAX_FIELD || (field.trim().match(WORD_RUN)?.length ?? 0) > MAX_FIELD_WORDS)) return undefined;
  return `${separator}${fields.length}`;
}
const SENTENCE_END = /[.?!:;][ \t]*$/u;
const WORD_RUN = /\S+/gu;
const MAX_FIELD = 60;
const MAX_FIELD_WORDS = 4;
