/**
 * Source code typed without a fence: lines of Python, JavaScript, Go, SQL, a Dockerfile or Terraform pasted into a
 * prompt as they are in the file. Every character of them is the program, so verifyTokens compares such a block
 * verbatim, like a fenced one and like the blocks of data data-block.ts finds: the tolerances for prose (an article, a
 * comma, a plural, a capital, a typo, a synonym) made broken or other code the same as working code ("for worker in
 * …" / "for the worker in …", "uptime: process.uptime()" / "uptimes: …", "import json" / "Import json", "resource" /
 * "resurce"; a red team on long shared contexts, session 53: 33 of 44 such edits inside pasted code served, none of
 * the same edits inside a fence). Finding a block where there is none costs a hit, never a wrong answer; so only a
 * run of three code lines or more counts, the first of them code by its shape (a keyword that opens a statement, a line
 * that ends in a brace or a semicolon, a closing bracket alone), prose lines never (a sentence's capital and its end);
 * two lines keep the line rules, which read a quote style or an optional semicolon as the same code.
 * Linear in the text: each line is read once.
 */

/** A line of the text (as data-block.ts cuts them). */
interface Line {
  start: number;
  end: number;
  text: string;
}

/** A run of lines read from the line it started at to `last`, and the block of code in it, if any. */
export interface CodeRun {
  last: number;
  block?: { index: number; end: number };
}

/** The run of code lines that starts at `at`, if that line opens one (a code line by its shape); undefined otherwise. */
export function codeBlock(lines: readonly Line[], at: number): CodeRun | undefined {
  if (lineKind(lines[at]!.text) !== 'statement' || !HAS_WORD.test(lines[at]!.text)) return undefined;
  let last = at;
  // Lines with a word: brackets alone ("{", "}") go with a block but make none.
  let codeLines = 1;
  for (let index = at + 1; index < lines.length; index++) {
    const kind = lineKind(lines[index]!.text);
    if (kind === 'blank') continue;
    if (kind === 'prose') break;
    last = index;
    if (HAS_WORD.test(lines[index]!.text)) codeLines++;
  }
  return { last, ...(codeLines >= MIN_CODE_LINES ? { block: { index: lines[at]!.start, end: lines[last]!.end } } : {}) };
}
const MIN_CODE_LINES = 3;
const HAS_WORD = /[\p{L}\p{N}]/u;

type LineKind = 'statement' | 'code' | 'blank' | 'prose';

/**
 * A line's kind: `statement`, code by its shape alone (STATEMENT_OPENER, CODE_END, CLOSING_ONLY, CAPITALISED_OPENER);
 * `code`, a line with a call or an assignment, an indented line or a clause of SQL, which go on with a block a statement
 * opened; `blank`; or `prose`: anything else, and every line that reads as a sentence (a capital, then words, then a
 * sentence's end).
 */
function lineKind(text: string): LineKind {
  const line = text.trimEnd();
  if (line.trim() === '') return 'blank';
  if (line.length > MAX_LINE || SENTENCE.test(line)) return 'prose';
  if (STATEMENT_OPENER.test(line) || CLOSING_ONLY.test(line) || (CODE_END.test(line) && CODE_MARK.test(line))) return 'statement';
  // A keyword capitalised by a phone or an editor's autocorrect is still the line of code it opened ("Import json").
  if (CAPITALISED_OPENER.test(line)) return 'statement';
  // Inside a block an indented line goes on with it ("    method: 'POST',"), and so does a clause of SQL ("from orders").
  if (CALL_OR_ASSIGNMENT.test(line) || INDENTED.test(line) || SQL_CLAUSE.test(line)) return 'code';
  return 'prose';
}
const MAX_LINE = 400;
/** A sentence: a capitalised word and two more words, closing with a sentence's mark, with no mark of code before it. */
const SENTENCE = /^[^\S\n]*\p{Lu}\p{Ll}*(?:[^\S\n]+[\p{L}'’,-]+){2,}[.?!:]$/u;
/** Keywords and forms that open a statement of a common language (in their own case: "If you can:" is prose). */
const STATEMENT_OPENER =
  /^[^\S\n]*(?:import [\w.{*("']|from [\w.]+ import |def \w+[^\S\n]*\(|class \w+[^\S\n]*[(:{]|(?:export |async )*function\b[^\n]*\(|(?:const|let|var) [\w{[]+[^\S\n]*[=:]|return\b|if[^\S\n]*\(|(?:if|elif|while|with|for) [^\n]+:$|else[^\S\n]*[:{]|for[^\S\n]*\(|while[^\S\n]*\(|try[^\S\n]*[:{]|except\b[^\n]*:$|catch[^\S\n]*\(|package [\w.]+;?$|#include\b|(?:public|private|protected|static) \w|FROM [\w./-]+(?::[\w.-]+)?(?: AS \w+)?$|(?:RUN|COPY|WORKDIR|CMD|ENTRYPOINT|ENV|EXPOSE) \S|(?:SELECT|select) [^\n]+ (?:FROM|from) \w|(?:SELECT|select) (?:distinct |DISTINCT )?[\w*]|(?:CREATE|create) (?:TABLE|table|INDEX|index|VIEW|view) [\w."]+|(?:INSERT INTO|insert into|UPDATE|update|DELETE FROM|delete from) [\w."]+|(?:resource|module|variable|provider|data) "[\w-]+"|fn \w+[^\S\n]*[(<]|func \w*[^\S\n]*\(|use [\w:]+;|print\(|console\.\w+\()/u;
/** Openers whose shape is code's whatever the case of their first letter: "Import json", "From x import y", "Package main", "Import (". */
const CAPITALISED_OPENER = /^[^\S\n]*(?:Import (?:[\w.]+|\(|\{[^}\n]*\} from ['"])$|From [\w.]+ import \w|Package \w+$|Def \w+\(|Class \w+[(:])/u;
/** A clause of SQL opening a line of a query. */
const SQL_CLAUSE = /^[^\S\n]*(?:from|where|group by|order by|having|limit|join|left join|inner join|union|values|set|and|or|on|returning|insert into|update|delete from|create table|with \w+ as \()\b[^.?!]*$/iu;
/** A line ending as a statement or a block does: a semicolon, a brace, "):", "=> {". */
const CODE_END = /(?:[;{}]|\)[^\S\n]*:|=>[^\S\n]*\{?)$/u;
/** A closing bracket alone, with its punctuation: "}", "});", "]," . */
const CLOSING_ONLY = /^[^\S\n]*[})\]][)};,\]]*$/u;
/** A call or an assignment: "app.use(x)", "x = 5", "total += i", "a == b". */
const CALL_OR_ASSIGNMENT = /[\w\]][^\S\n]*\([^()\n]*\)|[\w\]][^\S\n]*(?:[-+*/%|&]?=|===?|!==?|<=|>=|\+\+|--)[^\S\n]*\S/u;
const INDENTED = /^(?:\t| {2,})\S/u;
/** A mark prose rarely has: brackets, an operator, a quote beside a bracket, a dot between names. */
const CODE_MARK = /[(){}[\];=<>]|\w\.\w+\(/u;
