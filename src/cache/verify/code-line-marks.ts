import { FUNCTION_WORDS, PROGRAMMING_NAMES, QUESTION_OPENERS, QUESTION_WORDS, REQUEST_VERBS } from './closed-lists.ts';
import { SEMICOLON_LANGUAGE } from './code-line-end.ts';
import type { Lexicon } from './lexicon.ts';

/**
 * A mark changed inside a line of code, config or data pasted into a prompt without a fence, whatever the format
 * (a red team on pasted data, session 38: an nginx `listen 80;` / `listen 80`, a Makefile's `main.o: main.c` /
 * `main.o main.c`, robots.txt's `User-agent: Googlebot` / `User-agent Googlebot`, a sudoers rule's comma, a
 * Dockerfile's `COPY . .` / `COPY .. .`, a requirement's `; python_version` / `, python_version`, HCL's `"logs" {` /
 * `"logs {`, a CSS `#333;` / `#333,`: 1,133 of 7,027 such edits served as "punctuation"). data-block.ts reads the
 * formats it knows verbatim; every other format's marks were sentence punctuation to the tokenizer, which sets them
 * aside. Here the texts are read line by line instead: two lines that keep the same words and differ in their marks
 * (not only in their spacing) differ in meaning where the line is code rather than prose; and two lines of code joined
 * into one, or one split in two, make another file (a .gitignore's `/dist\nnode_modules/` / `/dist node_modules/`, a
 * hosts file's entries). Returns the reason, or undefined.
 *
 * Whether a line is code (Lines.isCode) is read from the line and the run of lines around it: how much of it is
 * English (proseKind: a sentence never is code, prose only among code), the marks of code it shows (HARD_SIGN, which
 * notes typed in prose hardly show: braces, `=`, a flag, a variable, snake_case, `name:value` glued, a dotted or
 * hyphenated key; SOFT_SIGN, which technical notes show too: a path or URL, a file name, brackets), and its neighbours
 * (`listen 80;` between `server {` and `server_name a.b;`). Left alone: a comment's marks, a semicolon ending a
 * statement of a language that needs none, single against double quotes in Python or JavaScript, and a one-line
 * text's closing mark. Linear: each line is split once, and a changed line reads at most BLOCK_REACH lines around it.
 *
 * @example markInPastedCode('Is this valid?\n\nserver {\n  listen 80;\n}', 'Is this valid?\n\nserver {\n  listen 80\n}', lexicon) // 'a mark in pasted code'
 */
export function markInPastedCode(query: string, candidate: string, lexicon: Lexicon): string | undefined {
  // One line: its closing mark is the query's own ("pd.read_csv skiprows example?" / "… example", "solve 2x + 3 = 7?").
  if (!query.includes('\n') && !candidate.includes('\n') && closingMarkOnly(query, candidate)) return undefined;
  const left = new Lines(query, lexicon);
  const right = new Lines(candidate, lexicon);
  // The lines both texts share at their start and at their end are no difference.
  let start = 0;
  while (start < left.length && start < right.length && left.text[start] === right.text[start]) start++;
  let leftEnd = left.length;
  let rightEnd = right.length;
  while (leftEnd > start && rightEnd > start && left.text[leftEnd - 1] === right.text[rightEnd - 1]) {
    leftEnd--;
    rightEnd--;
  }
  let i = start;
  let j = start;
  let optional: boolean | undefined;
  // A semicolon ending a statement where the language runs the same without it (JavaScript, SQL, Python, a shell):
  // "const s = 'Hello';" / "const s = 'Hello'" (kept from session 35; code-line-end.ts reads the languages that need it).
  const optionalSemicolon = (one: string, other: string) =>
    (one === `${other};` || other === `${one};`) && (optional ??= (OPTIONAL_SEMICOLON.test(query) || OPTIONAL_SEMICOLON.test(candidate)) && !SEMICOLON_LANGUAGE.test(query) && !SEMICOLON_LANGUAGE.test(candidate));
  let quotesAlike: boolean | undefined;
  // Single against double quotes around a string in Python or JavaScript, one string either way ("x = 'hi'" / "x =
  // \"hi\""); not in a shell, SQL or a C-like language, nor around a variable or an escape.
  const quoteSwap = (one: string, other: string) =>
    one.length === other.length && one.replace(/'/gu, '"') === other.replace(/'/gu, '"') && !/[$\\]/u.test(one) && (quotesAlike ??= QUOTES_ALIKE.test(query) && !QUOTES_DIFFER.test(query) && !SEMICOLON_LANGUAGE.test(query));
  while (i < leftEnd && j < rightEnd) {
    if (left.text[i] === right.text[j]) {
      i++;
      j++;
      continue;
    }
    const [one, other] = [left.key(i), right.key(j)];
    if (one === other) {
      // The same words: a change of marks (not of spacing alone) in a line of code, outside a comment.
      const [oneMarks, otherMarks] = [left.compact(i), right.compact(j)];
      if (oneMarks !== otherMarks && !optionalSemicolon(oneMarks, otherMarks) && !quoteSwap(oneMarks, otherMarks) && !inComment(left.text[i]!, right.text[j]!) && left.kind(i) !== 'sentence' && right.kind(j) !== 'sentence' && (left.isCode(i) || right.isCode(j))) return 'a mark in pasted code';
      i++;
      j++;
      continue;
    }
    // The same words and marks in another case, in a line of code: "del x" / "Del x", "print(ctx)" / "print(Ctx)",
    // "listen 80;" / "Listen 80;" (a red team on pasted code, session 39: a capital opening a line was read as a
    // sentence's, and a text typed in lowercase folded a name's case; 949 edits served). Not in a comment.
    if (one.toLowerCase() === other.toLowerCase() && left.compact(i).toLowerCase() === right.compact(j).toLowerCase()) {
      // A short line of English words among code, no sentence's mark closing it, is code too ("return items",
      // "Continue", "global count"); not a question or a request before the code ("Can you review this?").
      // Not a courtesy or a sign-off between code blocks ("Thanks" / "thanks").
      const statement = (line: string) => {
        const words = line.trim().split(/\s+/u);
        return !SENTENCE_END.test(line) && words.length <= SHORT_STATEMENT && !asksFirst(line) && !words.every((word) => COURTESY_WORDS.has(word.replace(/[^\p{L}]/gu, '').toLowerCase()));
      };
      // Not the capital of an instruction opening or closing the prompt ("Explain: ``def f(n): …``", "…\nexplain:"):
      // the first word of its first or last line, where the asker types.
      // Nor a question or a request on such a line, code after it ("what does this css do: p { … }").
      // A keyword of code there keeps its case ("Def fib(n):" / "def fib(n):" opening a prompt).
      const keyword = (word: string) => CODE_KEYWORDS.has(word.toLowerCase());
      const cased = casedWords(one, other);
      const asked = (i === 0 || i === left.length - 1 || j === 0 || j === right.length - 1) && ((firstWordOnly(left.text[i]!, right.text[j]!) && !cased.every(keyword)) || asksFirst(left.text[i]!));
      // Nor a language's or a tool's name ("Python 3.11" / "python 3.11" under the code), typed either way.
      const named = cased.every((word) => PROGRAMMING_NAMES.has(word.toLowerCase()));
      // And only a keyword of a language or a shell ("Del x", "Cat notes.txt", "Return items"), or in a line with a
      // mark of code ("print(Ctx)", "Listen 80;", "elif Arr[mid] < target:"): a note between two blocks ("Expected
      // 6", "Still broken") is the asker's.
      const codeWord = cased.some(keyword) || left.codeSign(i) || right.codeSign(j);
      if (!asked && !named && codeWord && !inComment(left.text[i]!, right.text[j]!) && (left.isCode(i) || right.isCode(j) || (statement(left.text[i]!) && (left.amongCode(i) || right.amongCode(j))))) return 'case in pasted code';
      i++;
      j++;
      continue;
    }
    // Two lines of code joined into one, or one split in two.
    if (i + 1 < leftEnd && joined(one, left.key(i + 1)) === other && left.compact(i) + left.compact(i + 1) === right.compact(j)) {
      if (left.joinMatters(i)) return 'lines of pasted code joined';
      i += 2;
      j++;
      continue;
    }
    if (j + 1 < rightEnd && joined(other, right.key(j + 1)) === one && right.compact(j) + right.compact(j + 1) === left.compact(i)) {
      if (right.joinMatters(j)) return 'lines of pasted code joined';
      i++;
      j += 2;
      continue;
    }
    // A line added or dropped on one side (a greeting, a blank line, a fence): the next lines that match.
    let skipped = false;
    for (let ahead = 1; ahead <= LOOKAHEAD && !skipped; ahead++) {
      if (i + ahead < leftEnd && left.key(i + ahead) === other) {
        i += ahead;
        skipped = true;
      } else if (j + ahead < rightEnd && right.key(j + ahead) === one) {
        j += ahead;
        skipped = true;
      }
    }
    if (!skipped) {
      i++;
      j++;
    }
  }
  return undefined;
}

/** Whether a line opens with a question or a request, or asks one before its code. */
function asksFirst(line: string): boolean {
  const first = /\p{L}+/u.exec(line)?.[0].toLowerCase() ?? '';
  return QUESTION_OPENERS.has(first) || REQUEST_VERBS.has(first) || /^[^`{(=;]*\?/u.test(line);
}

/** The words of two keys (the same but for case) whose case differs. */
function casedWords(one: string, other: string): string[] {
  const [left, right] = [one.split(' '), other.split(' ')];
  return left.filter((word, index) => word !== right[index]);
}

/** Whether two lines that differ in case differ only in their first word's. */
function firstWordOnly(one: string, other: string): boolean {
  const start = /\p{L}/u.exec(one)?.index ?? 0;
  const end = start + (/^[\p{L}\p{N}_]+/u.exec(one.slice(start))?.[0].length ?? 0);
  return one.slice(end) === other.slice(end) && one.slice(0, start) === other.slice(0, start);
}

/**
 * Whether two lines differ only inside a comment that ends them (after " # " or " // ", or a whole line of one): a
 * comment's marks are prose's ("x = 1  # the default." / "… default").
 */
function inComment(one: string, other: string): boolean {
  const code = (line: string) => {
    const whole = WHOLE_COMMENT.exec(line);
    if (whole !== null) return '';
    const trailing = TRAILING_COMMENT.exec(line);
    return trailing === null ? undefined : line.slice(0, trailing.index).replace(/\s+/gu, '');
  };
  const [first, second] = [code(one), code(other)];
  return first !== undefined && first === second;
}
const WHOLE_COMMENT = /^\s*(?:#(?=\s)|\/\/|--\s|\/\*|\*\s)/u;
const TRAILING_COMMENT = /\s(?:#|\/\/)\s/u;

/**
 * Code of a language whose statements need no semicolon at a line's end: JavaScript or TypeScript (a declaration, a
 * call of console or document, an arrow, an import), SQL, Python, a shell, Go, Ruby, Kotlin or Swift, shown or named.
 */
const OPTIONAL_SEMICOLON =
  /\b(?:const|let|var)[ \t]+[\p{L}_$][\w$]*[ \t]*=|\bconsole\.\w|\bdocument\.\w|\bfunction\b|=>|\brequire\(|^[ \t]*(?:import|export|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|def|echo|func|fun|puts)\b|\bprint\(|#!\/|:=|\b(?:javascript|typescript|node(?:\.?js)?|js|ts|jsx|tsx|react|vue|sql|mysql|postgres(?:ql)?|sqlite|python|bash|zsh|shell|golang|ruby|kotlin|swift|scala)\b/imu;

/** Python or JavaScript, shown or named, where 'x' and "x" are one string. */
const QUOTES_ALIKE = /^[ \t]*(?:def|import|from|print|const|let|var|function)\b|\bprint\(|\bconsole\.\w|=>|\b(?:python|javascript|typescript|js|ts|node(?:\.?js)?)\b/imu;
/** A shell, SQL or a language of chars, shown or named, where they are not. */
const QUOTES_DIFFER = /^[ \t]*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|echo|export)\b|#!\/|\$[\p{L}_{(]|\b(?:sql|mysql|postgres(?:ql)?|sqlite|bash|zsh|shell|php|perl|ruby|rust|golang|java|kotlin|swift|c\+\+|c#)(?![\p{L}\p{N}+#])/imu;

/** Keywords of common languages and shells that open a statement, whose case is the language's. */
const CODE_KEYWORDS: ReadonlySet<string> = new Set([
  'return', 'continue', 'break', 'pass', 'import', 'from', 'global', 'nonlocal', 'del', 'yield', 'raise', 'throw', 'export', 'package', 'defer',
  'go', 'use', 'match', 'loop', 'guard', 'resource', 'listen', 'server', 'location', 'public', 'private', 'protected', 'static', 'class', 'def',
  'fn', 'func', 'function', 'let', 'const', 'var', 'if', 'else', 'elif', 'while', 'for', 'end', 'do', 'done', 'then', 'fi', 'puts', 'print',
  'echo', 'cat', 'cd', 'ls', 'rm', 'cp', 'mv', 'git', 'pip', 'npm', 'node', 'source', 'sudo', 'make', 'cmake', 'true', 'false', 'null', 'none',
  'nil', 'self', 'this', 'new', 'delete', 'async', 'await', 'try', 'catch', 'except', 'finally', 'with', 'lambda', 'switch', 'case', 'default',
  'struct', 'enum', 'interface', 'type', 'declare', 'module', 'require', 'include', 'syntax', 'set', 'unset', 'alias', 'local', 'read', 'exit',
  'defmodule', 'impl', 'trait', 'mod', 'where', 'select', 'insert', 'update', 'values', 'into', 'order', 'group', 'say', 'll',
  'mkdir', 'rmdir', 'touch', 'chmod', 'chown', 'trap', 'grep', 'sed', 'awk', 'find', 'curl', 'wget', 'tar', 'ssh', 'scp', 'docker', 'kubectl',
  'python', 'python3', 'java', 'javac', 'gcc', 'cargo', 'rustc', 'yarn', 'pnpm', 'apt', 'brew', 'bundle', 'rails', 'rake', 'systemctl',
  'printf', 'println', 'console', 'document', 'window', 'val', 'object', 'extends', 'implements', 'abstract', 'final', 'override', 'open',
]);
/** A line closed as a sentence is: a question, a request, a label. */
const SENTENCE_END = /[.?!:]\s*$/u;
/** The most words of a statement of code read by its neighbours alone ("return items", "global count"). */
const SHORT_STATEMENT = 2;

/** How many lines added on one side are looked past for the next pair. */
const LOOKAHEAD = 3;
/** How many lines before and after a changed line its run is read for code. */
const BLOCK_REACH = 12;

/**
 * Whether two one-line texts differ only in the marks closing them, or in a colon or a dash after the tool they open
 * with ("webpack: can't resolve ./App" / "webpack can't resolve ./App", "kubectl - ImagePullBackOff"; a cost review,
 * session 38).
 */
function closingMarkOnly(one: string, other: string): boolean {
  const [a, b] = [one.replace(CLOSING, '$1').replace(LEAD_MARK, '$1 '), other.replace(CLOSING, '$1').replace(LEAD_MARK, '$1 ')];
  return a === b;
}
const CLOSING = /([^\s?!.])[?!.]+\s*$/u;
// The tool a plain name, and no name of code after the mark (not a Makefile's "main.o: main.c", "app: main.o").
const LEAD_MARK = /^(\s*[\p{L}\p{N}][\p{L}\p{N}-]*)(?::|\s+[-–—])\s+(?=[^\s./:=]+(?:\s|$))/u;

function joined(first: string, second: string): string {
  return first === '' ? second : second === '' ? first : `${first} ${second}`;
}

/** A text's lines (without trailing spaces), each read once when a rule asks: its words, its marks, its kind. */
class Lines {
  readonly text: string[];
  readonly length: number;
  readonly #lexicon: Lexicon;
  readonly #keys: (string | undefined)[] = [];
  readonly #compacts: (string | undefined)[] = [];
  readonly #kinds: (Kind | undefined)[] = [];
  readonly #signs: (Sign | undefined)[] = [];

  constructor(text: string, lexicon: Lexicon) {
    this.text = text.split('\n').map((line) => line.trimEnd());
    while (this.text.length > 0 && this.text.at(-1) === '') this.text.pop();
    this.length = this.text.length;
    this.#lexicon = lexicon;
  }

  /** The line's words and numbers, in order: what stays when only its marks and spacing change. */
  key(index: number): string {
    return (this.#keys[index] ??= (this.text[index]!.match(WORD_RUN) ?? []).join(' '));
  }

  /** The line without its whitespace: what stays when only its spacing changes. */
  compact(index: number): string {
    return (this.#compacts[index] ??= this.text[index]!.replace(/\s+/gu, ''));
  }

  /**
   * Whether the line is code (see markInPastedCode): no sentence, and read as no prose with a strong mark of code of
   * its own (HARD_SIGN), or standing in a run of code: two other lines around it, no blank line between, half those
   * read at least, that are no prose and show a mark of code, one of them (or the line) a strong one. A label opening
   * a run ("Dockerfile:", "Output") is no part of the code under it.
   */
  isCode(index: number): boolean {
    const kind = this.kind(index);
    if (kind === 'sentence') return false;
    const own = this.#sign(index);
    if (kind === 'code' && own === 'hard') return true;
    if (kind === 'prose' && own === undefined) return false;
    if (this.#label(index)) return false;
    return this.amongCode(index, own === 'hard');
  }

  /**
   * Whether the lines around the line, no blank line between, read as code (see isCode): two or more, half those
   * read at least, that are no prose and show a mark of code, one of them a strong one (or the line's own, `hard`).
   */
  amongCode(index: number, hard = false): boolean {
    let code = 0;
    let lines = 0;
    const read = (at: number) => {
      lines++;
      if (this.kind(at) !== 'code') return;
      const sign = this.#sign(at);
      if (sign === undefined) return;
      code++;
      if (sign === 'hard') hard = true;
    };
    for (let at = index - 1; at >= 0 && at >= index - BLOCK_REACH && NOT_BLANK.test(this.text[at]!); at--) read(at);
    for (let at = index + 1; at < this.length && at <= index + BLOCK_REACH && NOT_BLANK.test(this.text[at]!); at++) read(at);
    return hard && code >= 2 && code * 2 >= lines;
  }

  /**
   * Whether joining the line with the next changes a file of code: neither is prose, and one of them is code (a path,
   * a glob, a host's entry). Two lines of prose wrapped ("What is the capital\nof Australia") are one sentence.
   */
  joinMatters(index: number): boolean {
    if (this.kind(index) !== 'code' || this.kind(index + 1) !== 'code') return false;
    return this.isCode(index) || this.isCode(index + 1);
  }

  /** A word alone (a colon after it at most) opening a run of lines, the next not indented under it: a title or a label. */
  #label(index: number): boolean {
    if (index > 0 && NOT_BLANK.test(this.text[index - 1]!)) return false;
    const line = this.text[index]!;
    if (!LABEL.test(line)) return false;
    const next = this.text[index + 1] ?? '';
    return indentation(next) <= indentation(line);
  }

  /** Whether the line shows a mark of code (HARD_SIGN, SOFT_SIGN) or a statement's end or an assignment (HARD_CODE). */
  codeSign(index: number): boolean {
    return this.#sign(index) !== undefined || HARD_CODE.test(this.text[index]!.slice(0, MAX_LINE));
  }

  /** The strongest mark of code the line shows, if any (HARD_SIGN, SOFT_SIGN, and those read with the lexicon). */
  #sign(index: number): Sign | undefined {
    if (index in this.#signs) return this.#signs[index];
    const line = this.text[index]!.slice(0, MAX_LINE);
    let sign: Sign | undefined = HARD_SIGN.test(line) ? 'hard' : SOFT_SIGN.test(line) ? 'soft' : undefined;
    if (sign !== 'hard') {
      // An instruction keyword in capitals before an argument that is no English word ("COPY . .", "EXPOSE 3000",
      // "RUN npm ci"; not "SICP chapters 1-3", "NASA launched …"); a hyphenated key that is no English compound
      // ("User-agent:", "Content-Type:"; not "Follow-up:", "Check-in:").
      const instruction = INSTRUCTION_ARGUMENT.exec(line)?.[1];
      const key = HYPHENATED_KEY.exec(line)?.[1];
      if (instruction !== undefined) sign = !this.#lexicon.isWord(instruction) ? 'hard' : 'soft';
      if (key !== undefined && sign !== 'hard') sign = !this.#lexicon.isWord(key) ? 'hard' : 'soft';
    }
    this.#signs[index] = sign;
    return sign;
  }

  /** How much the line reads as prose (see proseKind). */
  kind(index: number): Kind {
    return (this.#kinds[index] ??= proseKind(this.text[index]!.slice(0, MAX_LINE), this.#lexicon));
  }
}

/** The longest part of a line read for its kind: a longer line is read by its start. */
const MAX_LINE = 2_000;
const WORD_RUN = /[\p{L}\p{N}_]+/gu;
const NOT_BLANK = /\S/u;

/**
 * How much a line reads as prose. A `sentence`: a question or request opening with its word ("Is x = 5 a solution?",
 * "Will pip install -r accept this file?"), English words alone, two or more ("Thanks a lot!", "Hope this helps."), a
 * question most of whose words are English ("node_modules is huge, how do I shrink it?"), or, opening with a word
 * and with no brace, assignment or semicolon, four English words or more, three in four of its tokens. `prose`, under
 * the same conditions: three English words or more, three in five of its tokens, or two and one other token ("See
 * report.pdf"), or a question word after the first ("useReducer: which one"): a sentence outside code, a line of code
 * among code ("release: python manage.py migrate"). Anything else is `code`.
 */
type Kind = 'sentence' | 'prose' | 'code';
function proseKind(line: string, lexicon: Lexicon): Kind {
  // Marks standing alone ("-", "&", "/") are no word of either.
  const tokens = line.trim().split(/\s+/u).filter((token) => !LONE_MARK.test(token));
  if (tokens.length === 0) return 'code';
  // An instruction keyword in capitals opening a line before its arguments ("FROM node:20 AS build", "SELECT name
  // FROM users"): its words in capitals are the language's, no English words.
  const instruction = INSTRUCTION.test(line);
  let words = 0;
  let functionWords = 0;
  let firstIsWord = false;
  // A question word in lowercase after the first: a question about the code before it ("useReducer: which one", "in
  // Jinja2, why").
  let asks = false;
  for (const [index, token] of tokens.entries()) {
    const word = WORD_TOKEN.exec(token)?.[1];
    if (word !== undefined && (word.length > 1 || word === 'a' || word === 'I') && !(instruction && /^\p{Lu}{2,}$/u.test(word)) && lexicon.isWord(word)) {
      words++;
      if (index === 0) firstIsWord = true;
      if (FUNCTION_WORDS.has(word.toLowerCase()) || word.toLowerCase() === 'vs') functionWords++;
      if (index > 0 && QUESTION_WORDS.has(word)) asks = true;
    }
  }
  // A short line of courtesy or a signature beside the code ("Thanks!", "Cheers.", "TIA", "Hi,", "-- Tom", "Why??"): its
  // marks are the writer's (a cost review, session 38: such lines read as code among code lines).
  if (tokens.length <= 3 && tokens.every((token) => {
    const word = SIGN_OFF_TOKEN.exec(token)?.[1];
    return word !== undefined && (COURTESY_WORDS.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}+$/u.test(word));
  })) return 'sentence';
  const first = WORD_TOKEN.exec(tokens[0]!)?.[1]?.toLowerCase();
  if (first !== undefined && (QUESTION_OPENERS.has(first) || REQUEST_VERBS.has(first)) && tokens.length >= 3 && (words * 2 >= tokens.length || (words >= 2 && line.endsWith('?')))) return 'sentence';
  if (words === tokens.length && words >= 2) return 'sentence';
  // A question about a name of code: "node_modules is huge, how do I shrink it?".
  if (words >= 3 && words * 2 >= tokens.length && line.endsWith('?')) return 'sentence';
  // Prose opens with a word, or holds a word of grammar ("my_var is undefined in Jinja2, why", "useEffect cleanup: when
  // does it run"), or many words after a keyword in capitals ("AWS S3 bucket policy, public read access"); a line
  // opening with a name of code and no such word is code's (".PHONY all build test").
  if (!(firstIsWord || functionWords > 0 || (instruction && words >= 4)) || HARD_CODE.test(line)) return 'code';
  if (words >= 4 && words >= tokens.length * SENTENCE_SHARE) return 'sentence';
  if ((words >= 3 && words >= tokens.length * PROSE_SHARE) || (words >= 2 && tokens.length - words <= 1) || asks) return 'prose';
  return 'code';
}
/** A word with the marks a writer puts after it ("Thanks!", "Hi,", "Why??"). */
const SIGN_OFF_TOKEN = /^(\p{L}+)[.,!?:;]*$/u;
/** Words of a short line of courtesy, greeting or sign-off. */
const COURTESY_WORDS: ReadonlySet<string> = new Set([
  'thanks', 'thank', 'you', 'cheers', 'tia', 'thx', 'ty', 'hi', 'hello', 'hey', 'help', 'why', 'how', 'what', 'best', 'regards', 'please', 'pls',
  'ok', 'okay', 'ideas', 'anyone', 'sorry', 'urgent', 'advance', 'in', 'much', 'so', 'all', 'team', 'folks', 'guys', 'everyone',
]);
/** A keyword in capitals opening a line before an argument that is not in capitals: "COPY . .", "FROM alpine". */
// One quantifier over the capitals: two ([A-Z]{2,}[A-Z_]*) split a long run every way before failing (quadratic).
const INSTRUCTION = /^\s*[A-Z][A-Z_]+[ \t]+(?![A-Z]{2,}\b)\S/u;
const LONE_MARK = /^[-–—&/|+*•>]+$/u;
/** The share of a line's words that are English words for it to read as a sentence among code. */
const SENTENCE_SHARE = 0.75;
/** The share of a line's words that are English words for it to read as prose. */
const PROSE_SHARE = 0.6;
/** A token that is a word, marks around it allowed: "(see", "file,", "Thanks!". */
const WORD_TOKEN = /^[("'“‘¿¡*_]*(\p{L}+(?:['’-]\p{L}+)*)[)"'”’.,;:!?…*_]*$/u;
/** Marks no sentence has, however many English words are around them: braces, an assignment, a statement's end. */
const HARD_CODE = /[{}]|[^\s=!<>]=[^=]|\s=\s|;|^\s*[\p{L}_][\w.-]*\s*=/u;

type Sign = 'hard' | 'soft';
const indentation = (line: string) => /^[ \t]*/u.exec(line)![0].length;
/** A word alone on a line, a colon after it at most: "Dockerfile:", "Output", "Notes". */
const LABEL = /^[ \t]*\p{L}[\p{L}\p{N}'’-]*:?$/u;
/** A keyword in capitals opening a line, and the word after it: "COPY", "FROM python", "EXPOSE 3000". */
const INSTRUCTION_ARGUMENT = /^\s*[A-Z][A-Z_]+[ \t]+(?![A-Z]{2,}\b)([^\s:]+)/u;
/** A hyphenated key and its colon opening a line: "User-agent:", "Content-Type:", "Follow-up:". */
const HYPHENATED_KEY = /^\s*(?:-\s+)?(\p{L}+(?:-\p{L}+)+):(?:\s|$)/u;

/**
 * Strong marks of code in a line, which notes and lists typed in prose hardly show (see markInPastedCode): braces, an
 * assignment, a path from the home or the current folder, a dotfile or selector opening the line (".env",
 * ".PHONY"), snake_case or camelCase, a flag, a variable, a glob, a Make pattern or a sudoers group, a shebang, a colon
 * glued between a name and a value ("python:3.12", "app:app"; not a URL's), shell and C++ operators, a call, a key
 * that is dotted or slashed ("prometheus.io/port:"), an IP address, an HTML tag. Each alternative is bounded by what
 * it starts at, so the test is linear in the line.
 */
const HARD_SIGN = new RegExp(
  [
    String.raw`[{}]`,
    String.raw`=(?!>)`,
    String.raw`(?:^|[\s("'=:,])(?:~|\.{1,2})\/[\w.*$-]`,
    String.raw`^\s*\.[\p{L}_]`,
    String.raw`[\p{L}\p{N}]_[\p{L}\p{N}]`,
    String.raw`(?<![\p{L}])\p{Ll}{2,}\p{Lu}(?!S\b)`,
    String.raw`(?:^|\s)--?\p{L}`,
    String.raw`\$[\p{L}_{(]`,
    String.raw`\*\.\w|\*\*|\*\/|%[\p{L}.]`,
    String.raw`^#!`,
    String.raw`\p{L}:(?!\/\/)[\p{L}\p{N}./]`,
    String.raw`&&|\|\||::|<<|>>`,
    // A call: "f(x)", "print()"; not "item(s)".
    String.raw`(?<![\p{L}\p{N}_.])[\p{L}_][\w.]*\((?!s\))`,
    String.raw`^\s*(?:-\s+)?[\p{L}_][\w-]*(?:[./][\w-]+)+:(?:\s|$)`,
    String.raw`(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])`,
    String.raw`<\/?[a-zA-Z][\w-]*[\s/>]`,
  ].join('|'),
  'u',
);

/**
 * Marks of code that technical notes show too: brackets, a path or a URL, a file or dotted name ("main.c",
 * "Node.js"), a hex colour or a number sign, an arrow or a bar, a version, a Windows path, a semicolon inside a line.
 */
const SOFT_SIGN = new RegExp(
  [
    String.raw`[[\]]`,
    String.raw`[\w.-]\/[\w.*-]|(?:^|[\s("'=:,])\/[\w.*$-]`,
    String.raw`(?<![\p{L}\p{N}_.-])(?!(?:e\.g|i\.e|a\.m|p\.m|etc|vs|U\.S|Dr|Mr|Mrs|Ms|St|No)\.)[\p{L}_][\w-]*\.[\p{L}_*]`,
    String.raw`(?:^|\s)\.[\p{L}_]`,
    String.raw`#[0-9a-fA-F]{3,8}\b`,
    String.raw`->|=>|\|`,
    String.raw`(?<!\d)\d+\.\d+\.\d+`,
    String.raw`\w\\\w`,
    String.raw`;[ \t]*\S`,
  ].join('|'),
  'u',
);
