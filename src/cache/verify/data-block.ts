import { codeBlock } from './code-block.ts';

/**
 * Structured data typed without a fence: a JSON object or array, lines of YAML or a config (`key: value`), rows of
 * CSV. Its marks are its meaning — a comma dropped or added, a value quoted (`"80"`, `"no"`: YAML reads `no` as
 * false and `"no"` as the string), single quotes, a key's case — so verifyTokens compares such a block verbatim,
 * like a fenced code block, wherever the prompt's question stands (a red team, session 31: 489 of 4,487 such edits
 * of unfenced JSON, YAML and CSV were served, none of 4,337 fenced ones). Finding a block where there is none costs
 * a hit (the text is compared more strictly), never a wrong answer; a review of the first version found 30 such
 * costs in forms, chats and notes ("me: I cannot make it on Friday", "topic: colour theory", "[2 points] Explain …"),
 * which the shapes below leave to prose. Source code pasted without a fence is found the same way (code-block.ts).
 * Linear in the text: one pass over its lines.
 */
export interface DataBlock {
  /** Where the block starts and ends (a JSON value's brackets, or whole lines without their last line break). */
  index: number;
  end: number;
}

export function dataBlocks(text: string): DataBlock[] {
  // One line (most prompts) holds a block only as JSON opening it or as one `key: literal` line.
  const multiline = text.includes('\n');
  const data = multiline ? MAYBE_DATA.test(text) : ONE_LINE_DATA.test(text);
  // Code needs lines (code-block.ts); the finders of data run only where the quick test saw data's marks.
  const code = multiline && MAYBE_CODE.test(text);
  if (!data && !code) return [];
  const lines = linesOf(text);
  const blocks: DataBlock[] = [];
  const json = { unclosed: false };
  // The last line data's finders have read: they read each line once (a code run may start inside a run they read).
  let dataReadTo = -1;
  for (let at = 0; at < lines.length; ) {
    // Each finder reads a run of lines once: a run that is no block is skipped whole, so no line is read again from
    // every line before it (256 KB of "{" or "Key: value" lines would otherwise take quadratic time).
    const dataRun = data && at > dataReadTo ? (jsonBlock(text, lines, at, json) ?? configBlock(lines, at) ?? csvBlock(lines, at)) : undefined;
    if (dataRun !== undefined) dataReadTo = dataRun.last;
    // A run data's finders read and found no data in may be code ("app.get('/x', (req, res) => {" has CSV's commas).
    const run = dataRun?.block !== undefined ? dataRun : ((code ? codeBlock(lines, at) : undefined) ?? dataRun);
    if (run === undefined) {
      at++;
      continue;
    }
    if (run.block !== undefined) blocks.push(run.block);
    at = run.last + 1;
  }
  return blocks;
}

/** A run of lines a finder read, from the line it started at to `last`, and the block of data in it, if any. */
interface Run {
  last: number;
  block?: DataBlock;
}

const ONE_LINE_DATA = /^[^\S\n]*(?:[{[]|\p{Ll}[\p{L}\p{N}_.-]*[^\S\n]*[:=])/u;
// Spaces are any horizontal whitespace (`[^\S\n]`): a no-break space after a key's colon is still YAML to the reader
// (a hostile helper, session 31: "debug:\u00A0no" / "debug:\u00A0\"no\"" was served).
/** Before the line pass, a mark or a keyword of code (code-block.ts). */
const MAYBE_CODE = /[(;}=]|:$|^[^\S\n]*(?:import|from|package|FROM|RUN) /mu;
/** A quick test before the line pass: a key and colon, a bracket, a separator twice on a line, or a comma between two words without a space. */
const MAYBE_DATA = /[{[]|[\w"'][^\S\n]*:|[,;|\t][^\n]*[,;|\t]|\w,\w/u;

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
 * A JSON object or array: opening a line ("{", "[", after indentation), or ending a line that the next line goes on
 * from like JSON ("config is {\n  \"debug\": true"). An object needs a quoted key and its colon, an array a first
 * element that is a JSON value followed by a comma, or an object or array inside ("[1, 2, 3]"; not "[2 points] …",
 * "[10:02] anna: …", "[1] Smith J."). The block ends where its brackets close (the rest of that line is prose again:
 * "{"name": "Ann"} is valid JSON, right?"), strings skipped, single-quoted ones too; where they never close (a bracket
 * missing is what is asked about), at the last line that goes on like JSON. Brackets that close with no such content
 * are no block, and their lines are not read again.
 */
function jsonBlock(text: string, lines: readonly Line[], at: number, state: { unclosed: boolean }): Run | undefined {
  const line = lines[at]!;
  let opening: number;
  if (JSON_OPENING.test(line.text)) opening = line.start + line.text.search(/[{[]/u);
  else {
    const trailing = TRAILING_BRACKET.exec(line.text);
    if (trailing === null || at + 1 >= lines.length || !JSON_LINE.test(lines[at + 1]!.text)) return undefined;
    opening = line.start + trailing.index;
  }
  let depth = 0;
  let quote = '';
  let last = at;
  // Once brackets were found never to close, the text after them is read by its lines only.
  const limit = state.unclosed ? opening : Math.min(text.length, opening + MAX_BLOCK);
  for (let index = opening; index < limit; index++) {
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
      if (depth <= 0) return { last, ...(isJson(text.slice(opening, index + 1)) ? { block: { index: opening, end: index + 1 } } : {}) };
    }
  }
  // Never closed: the lines that go on like JSON.
  state.unclosed = true;
  let end = at;
  while (end + 1 < lines.length && JSON_LINE.test(lines[end + 1]!.text)) end++;
  return { last: end, ...(isJson(text.slice(opening, lines[end]!.end)) ? { block: { index: opening, end: lines[end]!.end } } : {}) };
}
const JSON_OPENING = /^[^\S\n]*[{[]/u;
const TRAILING_BRACKET = /[{[][^\S\n]*$/u;
const JSON_LINE = /^[^\S\n]*(?:["'{}[\]]|-?\d|true\b|false\b|null\b)/u;
const JSON_KEY = /^\{\s*["'][^"'\n]{1,80}["'][^\S\n]*:/u;
const JSON_ARRAY = /^\[\s*(?:[{[]|(?:-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|"[^"\n]*"|'[^'\n]*'|true|false|null)\s*,)/u;
const MAX_BLOCK = 200_000;

function isJson(block: string): boolean {
  return JSON_KEY.test(block) || JSON_ARRAY.test(block);
}

/**
 * Lines of `key: value` as YAML and configs write them (or `key = value`, as TOML, INI and .env do): keys without spaces, values that are scalars rather than
 * sentences, and at least one value only data has — a YAML literal (`no`, `true`, `null`), a quoted string, a flow map
 * or list, or a key opening a nested map or a list; or, beside a lowercase key, a number alone, an address or a path
 * (`replicas: 3`, `redis:7`, `/var/log`, `example.com`; "Age: 29" under "Name: Anna" is a form). Two such lines or more; one alone when its key is in lowercase and its value a literal, a quoted string or a flow map or list ("enabled: no" /
 * "enabled: \"no\"", "server: {debug: true, port: 8080}"). Not a form ("Topic: coffee\nTone: friendly", "topic: colour theory for beginners"), a chat ("me:
 * I cannot make it on Friday") nor a task above the block ("Summarize:"). A run of such lines that is no block is
 * read once.
 */
function configBlock(lines: readonly Line[], at: number): Run | undefined {
  let end = at - 1;
  let keys = 0;
  let signal = false;
  let strong = false;
  let lowercase = false;
  let prose = false;
  for (let index = at; index < lines.length; index++) {
    const line = lines[index]!.text;
    const entry = CONFIG_LINE.exec(line.trimEnd());
    if (entry !== null) {
      const value = entry[2] ?? entry[3];
      if (value === undefined) {
        // A key alone opens a nested map or a list, or it is a task's label ("Explain:") and no part of the block.
        const next = lines[index + 1]?.text ?? '';
        const indentation = /^[^\S\n]*/u.exec(line)![0].length;
        if (!(LIST_ITEM.test(next) || /^[^\S\n]*/u.exec(next)![0].length > indentation)) break;
        strong = true;
      } else if (SINGLE_VALUE.test(value)) strong = true;
      else if (DATA_VALUE.test(value)) signal = true;
      else if (SENTENCE_VALUE.test(value)) prose = true;
      // A lowercase key, or an HTTP header's name ("Content-Type", "Cache-Control"), is data's.
      if (/^\p{Ll}/u.test(entry[1]!) || HEADER_NAME.test(entry[1]!)) lowercase = true;
      keys++;
    } else if (!(keys > 0 && LIST_ITEM.test(line))) break;
    end = index;
  }
  if (keys === 0) return undefined;
  const only = CONFIG_LINE.exec(lines[at]!.text.trimEnd());
  const single = keys === 1 && /^[^\S\n]*\p{Ll}/u.test(lines[at]!.text) && SINGLE_VALUE.test(only?.[2] ?? only?.[3] ?? '');
  // A number or an address is data beside a lowercase key ("replicas: 3"); beside labels only ("Age: 29") a form's.
  const data = !prose && ((keys >= 2 && (strong || (signal && lowercase))) || single);
  return { last: end, ...(data ? { block: { index: lines[at]!.start, end: lines[end]!.end } } : {}) };
}
// A key (a name, or a quoted one) and its colon opening a line, then a value or nothing.
// TOML, INI and .env write `key = value` ("debug = true", "PORT=8080").
// Read on a line without its trailing whitespace, so the value runs to the end with no backtracking (a lazy value
// before trailing spaces took quadratic time: 7 s for a line of 80,000 spaces; a hostile helper, session 31).
const CONFIG_LINE = /^[^\S\n]*(?:-[^\S\n]+)?([\p{L}_][\p{L}\p{N}_.-]{0,40}|"[^"\n]{1,40}"|'[^'\n]{1,40}')(?:[^\S\n]*:(?:[^\S\n]+(\S.*))?|[^\S\n]*=[^\S\n]*(\S.*))$/u;
/**
 * A line's config key and value (`key: value`, `key = value`), read as `dataBlocks` reads it; undefined for other lines
 * and for a key alone (which `configBlock` reads itself, to see the block it opens).
 */
export function configEntry(line: string): { key: string; value: string; separator: ':' | '=' } | undefined {
  const entry = CONFIG_LINE.exec(line.trimEnd());
  if (entry === null || (entry[2] ?? entry[3]) === undefined) return undefined;
  return entry[2] !== undefined ? { key: entry[1]!, value: entry[2], separator: ':' } : { key: entry[1]!, value: entry[3]!, separator: '=' };
}
const LIST_ITEM = /^[^\S\n]*-[^\S\n]+\S/u;
const HEADER_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}*)+$/u;
// A value that reads as a sentence: five words or more, or ending as a sentence does.
const SENTENCE_VALUE = /^(?:\S+[^\S\n]+){4,}\S|[.?!][^\S\n]*$/u;
const LITERAL_OR_QUOTED = /^(?:true|false|yes|no|on|off|null|~|True|False|Yes|No|On|Off|Null|TRUE|FALSE|YES|NO|ON|OFF|NULL|"[^"\n]*"|'[^'\n]*')$/u;
// What a single line's value must be to make it data: a literal, a quoted string, a flow map or list ("{debug: true}").
const SINGLE_VALUE = new RegExp(String.raw`(?:${LITERAL_OR_QUOTED.source})|^\{[^{}\n:]*:[^{}\n]*\}$|^\[[^[\]\n,]*,[^[\]\n]*\]$`, 'u');
const DATA_VALUE = new RegExp(String.raw`(?:${LITERAL_OR_QUOTED.source})|^-?\d+(?:\.\d+)?$|^[\w.-]+(?::[\w.-]*|\/[\w./-]*)$|^\/[\w./-]+$|^[\w-]+\.(?:com|org|net|io|dev|local|json|yaml|yml|txt|log|py|js|ts)$|^\[.*\]$|^\{.*\}$`, 'u');

/**
 * Two or more rows with the same number (two or more) of commas, semicolons, bars or tabs, short fields of a few
 * words, and no sentence's end: "name,city,sales\nLena,Lagos,354". Rows of two fields need a separator with no space
 * after it ("name,age\nAnn,30"), which a sentence's comma has.
 */
function csvBlock(lines: readonly Line[], at: number): Run | undefined {
  const separators = rowSeparators(lines[at]!.text);
  if (separators === undefined) return undefined;
  let end = at;
  while (end + 1 < lines.length && rowSeparators(lines[end + 1]!.text) === separators) end++;
  return end > at ? { last: end, block: { index: lines[at]!.start, end: lines[end]!.end } } : undefined;
}

function rowSeparators(line: string): string | undefined {
  if (SENTENCE_END.test(line)) return undefined;
  const separator = line.includes('\t') ? '\t' : line.includes(',') ? ',' : line.includes(';') ? ';' : line.includes('|') ? '|' : undefined;
  if (separator === undefined) return undefined;
  const fields = fieldsOf(line, separator);
  if (fields.length < 2 || fields.some((field) => field.length > MAX_FIELD || (field.trim().match(WORD_RUN)?.length ?? 0) > MAX_FIELD_WORDS)) return undefined;
  if (fields.length === 2 && (/^\s/u.test(fields[1]!) || fields[0]!.trim() === '' || fields[1]!.trim() === '')) return undefined;
  return `${separator}${fields.length}`;
}
/** A row's fields: split at the separator outside double quotes ("\"api, main\",8080,ok" is three). */
function fieldsOf(line: string, separator: string): string[] {
  if (!line.includes('"')) return line.split(separator);
  const fields: string[] = [];
  let from = 0;
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    if (line[index] === '"') quoted = !quoted;
    else if (!quoted && line[index] === separator) {
      fields.push(line.slice(from, index));
      from = index + 1;
    }
  }
  fields.push(line.slice(from));
  return fields;
}
const SENTENCE_END = /[.?!:][^\S\n]*$/u;
const WORD_RUN = /\S+/gu;
const MAX_FIELD = 60;
const MAX_FIELD_WORDS = 4;
