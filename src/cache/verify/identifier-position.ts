import { FUNCTION_WORDS, PROGRAMMING_NAMES, PROGRAMMING_NAMES_CAPITALISED, SENTENCE_ABBREVIATIONS, SQL_KEYWORDS } from './closed-lists.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import { someTokenOnce } from './token-scan.ts';
import type { Token } from './verify-tokens.ts';

/**
 * Whether a changed word stands where code typed without backticks names something: a table, a package, a
 * subcommand, a variable, a property. There no English word-form tolerance applies — "select * from user" reads
 * Postgres's current user and "from users" a table, `pip install request` is another package than `requests`,
 * `docker image` a management command and `docker images` a listing, `for item in item` is the bug that `for item
 * in items` is not, and `colour: red;` is invalid CSS where `color: red;` works — so StructuralVerifier turns an
 * accepted inflection, spelling variant, typo or synonym there into `different`.
 *
 * Identifier positions, read from the tokens as typed (punctuation included):
 * - SQL: the word after FROM, JOIN, INTO, UPDATE or TABLE, in a text with SQL in it (SQL keywords in capitals,
 *   `select *`, `delete from`, `insert into`, `create table`, `group by`, a `join`…; see hasSql);
 * - a command line: the word right after a command-line tool typed in lowercase (`docker images`, `git branch`;
 *   after a tool whose name is also an English word — pip, yarn, cargo, brew, apt, helm… — only a known
 *   subcommand), the operand after a subcommand (`kubectl get events`, `npm run build`, `git stash list`), and
 *   the packages after install/uninstall/add (`pip install -U requests`, `npm i cookie`, `brew install wget`);
 * - a loop of Python or JavaScript: the variable and the iterable of `for x in y:`, `while x in y:`, `if x in y:`,
 *   `(… for x in y)`, `for (const x of y)`;
 * - syntax: a word before or after an assignment or comparison (`results = sort(data)`, `colour='red'`), a lone
 *   argument (`len(items)`, `json.dumps(records)`), a function called (`analyse()`, `plot(x, y)`), an indexed name
 *   (`lines[i]`), a name after `@` or `$`, and a CSS declaration: `prop: value;`, a hyphenated property's value
 *   (`text-align: centre`) or a common property's (`color: red`).
 * - a spec: the names listed after keys, fields, columns, parameters… ("with the keys name, price and tag"), and
 *   the object of "<regex|query|function…> that <verb>" ("a regex that matches a digit").
 * Computed once per token list, in one pass with a bounded look around each token: linear in the text.
 *
 * @example inIdentifierPosition(prepareSide(verifyTokens('pip install requests fails')), 2, 3, lexicon) // true
 */
export function inIdentifierPosition(side: PreparedSide, start: number, end: number, nouns: NounShares): boolean {
  if (start >= end) return false;
  const positions = identifierPositions(side.raw, nouns);
  for (let at = start; at < end; at++) if (positions[side.origin[at]!] === 1) return true;
  return false;
}

/** What the install rule asks of the lexicon: how often a word is used as a noun (Lexicon.nounShare). */
export interface NounShares {
  nounShare(word: string): number | undefined;
}

/** For each token of a list as verifyTokens gives it, 1 where it stands in an identifier position. */
export function identifierPositions(tokens: readonly Token[], nouns: NounShares): Uint8Array {
  let positions = POSITIONS.get(tokens);
  if (positions === undefined) POSITIONS.set(tokens, (positions = positionsOf(tokens, nouns)));
  return positions;
}
const POSITIONS = new WeakMap<readonly Token[], Uint8Array>();

function positionsOf(tokens: readonly Token[], nouns: NounShares): Uint8Array {
  const positions = new Uint8Array(tokens.length);
  const mark = (at: number) => {
    if (tokens[at]?.kind === 'word') positions[at] = 1;
  };
  const sql = hasSql(tokens);
  // Whether the text holds a SQL statement (SELECT or FROM in capitals, or both in lowercase), read once a BY asks.
  let statement: boolean | undefined;
  let lowercaseStatement: boolean | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const text = token.text;
    if (token.kind === 'word') {
      const lower = text.toLowerCase();
      if (sql && (SQL_BEFORE_TABLE.has(lower) || SQL_BEFORE_COLUMN.has(lower))) mark(index + 1);
      if (sql && lower === 'select') listed(tokens, index + 1, mark, (token) => token.kind === 'word' && token.text.toLowerCase() === 'from');
      // "GROUP BY department", "ORDER BY price DESC", "PARTITION BY team": BY typed as SQL's keyword, in capitals (a
      // red team on code, session 35; "How do I group by month?" is prose).
      // Only in a statement ("SELECT … ORDER BY price"), not a clause named in prose ("Why does ORDER BY date put nulls first?").
      if (sql && text === 'BY' && (statement ??= tokens.some((other) => other.text === 'SELECT' || other.text === 'FROM'))) listed(tokens, index + 1, mark, (token) => token.kind === 'word' && token.text !== lower && /^\p{Lu}+$/u.test(token.text));
      // The same in lowercase, in a statement typed whole ("select city, count(*) from customers group by city").
      if (sql && text === 'by' && BY_CLAUSES.has(tokens[index - 1]?.text ?? '') && (lowercaseStatement ??= hasLowercaseStatement(tokens))) listed(tokens, index + 1, mark, (token) => token.kind === 'word' && SQL_CLAUSE_ENDS.has(token.text.toLowerCase()));
      // "typeof document", "new Date", "await fetchAll": the name after an operator keyword of code.
      if (CODE_OPERATOR_WORDS.has(text)) mark(index + 1);
      // A destructuring's names: "const { price, balance } = data", "let [first, rest] = items".
      if (DECLARATIONS.has(lower) && OPENING_BRACKETS.has(tokens[index + 1]?.text ?? '')) listed(tokens, index + 2, mark, (token) => token.kind !== 'word' && CLOSING_BRACKETS.has(token.text), true);
      if (text === lower && FILE_TOOLS.has(lower)) fileOperands(tokens, index, mark);
      if (text === lower && (CLI_TOOLS.has(lower) || CLI_TOOLS_ENGLISH.has(lower))) commandLine(tokens, index, mark, nouns);
      if (LOOP_OPENERS.has(lower)) loop(tokens, index, mark);
      if (SCHEMA_NOUNS.has(lower)) schemaList(tokens, index, mark);
      if (CODE_NOUNS.has(lower)) codeSpec(tokens, index, mark);
      // "the initialise method", "the normalise function", "the licence field", "the files class": in a text about
      // code, the word naming a member is its name.
      if (MEMBER_NOUNS.has(lower) && tokens[index - 1]?.kind === 'word' && !describesMember(tokens[index - 1]!.text.toLowerCase()) && (aboutCode(tokens) || namesApp(tokens))) {
        mark(index - 1);
        // "the buffers ex command", "the rows Excel function": the name stands before the kind's qualifier.
        if (MEMBER_QUALIFIERS.has(tokens[index - 1]!.key.toLowerCase()) && tokens[index - 2]?.kind === 'word' && !describesMember(tokens[index - 2]!.key.toLowerCase())) mark(index - 2);
      }
      // "the requests library", "the lodash package": a lowercase word between "the" and a noun for a package is the
      // package's name ("the request library" is another), in any text.
      if (PACKAGE_NOUNS.has(lower) && tokens[index - 1]?.kind === 'word' && tokens[index - 1]!.text === tokens[index - 1]!.text.toLowerCase() && tokens[index - 2]?.text.toLowerCase() === 'the') mark(index - 1);
      if (lower === 'does' || lower === 'do') askedInLanguage(tokens, index, mark);
      if (USED_IN_LANGUAGE_CUES.has(lower)) usedInLanguage(tokens, index, mark);
      // "the column prices", "the option paths", "the prop items": a member named after its noun, in a text about code.
      if (NAMED_MEMBER_NOUNS.has(lower) && DETERMINERS_OF_MEMBER.has(tokens[index - 1]?.text.toLowerCase() ?? '') && isLowercaseWord(tokens[index + 1]) && !NOT_MEMBER_NAMES.has(tokens[index + 1]!.text) && aboutCode(tokens)) mark(index + 1);
      // "from django.db import models": what is imported is a name.
      if (text === 'import' && isLowercaseWord(tokens[index + 1])) mark(index + 1);
      // Python's names bound without an assignment: a header's condition ("if item:", "elif not rows:", "while
      // queue:"), the name after `as` ("with open(path) as handle:", "except ValueError as error:", "import numpy
      // as np") and a lambda's parameters ("lambda item, other: …").
      if (HEADER_OPENERS.has(text) && token.sentenceStart) conditionHeader(tokens, index, mark);
      if (text === 'as' && boundByAs(tokens, index)) mark(index + 1);
      if (text === 'lambda') lambdaParameters(tokens, index, mark);
      // A function's or a class's own name where it is defined: "def normalise(text):", "function parseRow(".
      if (DEFINERS.has(text) && tokens[index + 1]?.kind === 'word' && tokens[index + 2]?.text === '(') mark(index + 1);
      continue;
    }
    if (ASSIGNMENT.test(text)) {
      mark(index - 1);
      mark(index + 1);
    } else if (token.loose !== true && OPERATOR.test(text) && isOperand(tokens[index - 1]) && isOperand(tokens[index + 1]) && (sql || hasCodeSyntax(tokens))) {
      // "print(salary * quantity)", "WHERE salary > 50000": the operands of an operator are names.
      mark(index - 1);
      mark(index + 1);
    } else if (text === '(' || (token.kind === 'code' && text.endsWith('('))) {
      // A lone argument ("len(items)", "json.dumps(records)"), and the function before an empty call or a list of
      // arguments ("analyse()", "plot(x, y)"; not "apples (raw)", a parenthesis in prose), or before a literal, a list
      // or another call ("sum([3, 1, 2])", "round(2.5)": a red team on code, session 35).
      const afterArgument = tokens[index + 2]?.text ?? '';
      if (ARGUMENT_END.has(afterArgument)) mark(index + 1);
      const argument = tokens[index + 1];
      const call = argument?.text === ')' || afterArgument === ',' || afterArgument === '=' || afterArgument === '(' || (argument !== undefined && argument.kind !== 'word' && argument.kind !== 'punct' && ARGUMENT_OPENERS.test(argument.text));
      // In a text of code (brackets, braces, a semicolon, an assignment), any word before "(" is a function called.
      if (text === '(' && (call || hasStrongCodeSyntax(tokens))) mark(index - 1);
    } else if (text === ',' && token.kind === 'symbol') {
      if (ARGUMENT_END.has(tokens[index + 2]?.text ?? '')) mark(index + 1);
    } else if (text === '[') {
      mark(index - 1);
      if (tokens[index + 2]?.text === ']') mark(index + 1);
    } else if (text === '^' && aboutPatterns(tokens)) {
      // A pattern's anchored word: "the regex ^color", "grep ^tests".
      mark(index + 1);
    } else if ((text === '+' || text === '*') && token.kind === 'symbol' && aboutPatterns(tokens)) {
      mark(index - 1);
    } else if (token.kind === 'code' && FIND_FLAGS.has(text)) {
      // "find . -name errors": the file name a flag of find takes.
      mark(index + 1);
    } else if (text === '@' || text === '$') {
      mark(index + 1);
      // "errors$", "the regex email sent$": a pattern anchored at its end, back to the word naming it.
      if (text === '$' && aboutPatterns(tokens)) patternBefore(tokens, index, mark);
      // "${error}": a template's placeholder names a variable.
      if (text === '$' && tokens[index + 1]?.text === '{') mark(index + 2);
    } else if (token.kind === 'symbol' && isMemberOrSpread(tokens, index)) {
      // A member, a spread or a return type in code: "options?.headers", "...options", "-> bytes", ".#initialized".
      mark(index + (tokens[index + 1]?.text === '#' ? 2 : 1));
    } else if (text === ':') {
      // An editor's command typed with its colon: "In Vim, what is :tabs for?".
      if (token.kind === 'symbol' && tokens[index + 1]?.kind === 'word' && namesEditor(tokens)) mark(index + 1);
      const property = tokens[index - 1];
      if (property?.kind !== 'word' && property?.kind !== 'code') continue;
      // A parameter and its type in a signature: "sendMessage(message: Promise<T>)", "derive(self, key: bytes)".
      const opener = tokens[index - 2];
      if (token.kind === 'symbol' && opener?.kind === 'symbol' && (opener.text === '(' || opener.text === ',') && bracketOpen(tokens, index)) {
        mark(index - 1);
        mark(index + 1);
        continue;
      }
      if (property.kind !== 'word') continue;
      // A field and its type ("  emails: string[];", "readonly items: Item[];", "val tags: List<String>").
      if (isFieldDeclaration(tokens, index)) {
        mark(index - 1);
        continue;
      }
      // A lowercase key opening a line of YAML or a config ("spec:\n  replicas: 3"), in a text with another such
      // line; a form's "Audience: students" is a label.
      if (property.text === property.text.toLowerCase() && opensLine(tokens, index - 1) && keyLines(tokens) >= 2) {
        mark(index - 1);
        continue;
      }
      const declared = tokens[index + 2]?.text === ';' || CSS_PROPERTIES.has(property.text) || HYPHENATED_PROPERTY.test(property.text);
      if (declared && tokens[index + 1]?.kind === 'word') {
        mark(index - 1);
        mark(index + 1);
      }
    }
  }
  return positions;
}

/**
 * Whether the symbol at `at` opens a member, a spread or a return type: a `.` after a name that is no abbreviation
 * ("options?.headers", not "(e.g. travelling)"), a `...` where a value starts (after a bracket, a comma or a line's
 * indentation: "...options", not "So...colours"), a `->` after a signature's `)` ("-> bytes", not "miles -> km").
 */
function isMemberOrSpread(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]!.text;
  const before = tokens[at - 1];
  if (text === '.') return before !== undefined && (before.kind === 'word' || before.kind === 'code' || before.text === '?' || before.text === ')' || before.text === ']') && !SENTENCE_ABBREVIATIONS.has(before.text.toLowerCase());
  if (text === '...') return before === undefined || before.kind === 'space' || SPREAD_AFTER.has(before.text);
  return text === '->' && before?.text === ')';
}
const SPREAD_AFTER: ReadonlySet<string> = new Set(['(', '[', '{', ',']);

/** Whether a "(" opened before `at` on its line is still open there: a signature's parameters, not a sentence's "(note: …". */
function bracketOpen(tokens: readonly Token[], at: number): boolean {
  let depth = 0;
  for (let index = at - 1; index >= 0 && at - index <= MAX_SIGNATURE_TOKENS; index--) {
    const text = tokens[index]!.text;
    if (tokens[index]!.kind === 'space' && text.includes('\n')) return false;
    if (text === ')') depth++;
    else if (text === '(') {
      if (depth === 0) return index > 0 && tokens[index - 1]!.kind !== 'space' && /[\p{L}\p{N}_]$/u.test(tokens[index - 1]!.text);
      depth--;
    }
  }
  return false;
}
const MAX_SIGNATURE_TOKENS = 64;

/**
 * The word asked about in a named language or tool: "What does select do in SQL?", "How does try work in Python?",
 * "What does car return in Lisp?" — a keyword or a function, whose synonym or other form is another one. The one
 * word between "does"/"do" and do/work/return/mean, then "in" and a capitalised name or a programming name
 * within a few words.
 */
function askedInLanguage(tokens: readonly Token[], at: number, mark: (at: number) => void): void {
  if (tokens[at + 1]?.kind !== 'word' || !ASKED_VERBS.has(tokens[at + 2]?.text.toLowerCase() ?? '')) return;
  // Only code returns a value: "What does require return?" names a function whatever the language, named in a system
  // prompt the verifier does not see or nowhere (a red team at the proxy, session 48: "… need return?" was served).
  // Not after an article or a capital, which "does" takes for a noun's or a name's ("What does the store return?").
  if (RETURNING.has(tokens[at + 2]!.text.toLowerCase()) && isLowercaseWord(tokens[at + 1])) {
    mark(at + 1);
    return;
  }
  for (let index = at + 3; index < tokens.length && index <= at + 6; index++) {
    if (tokens[index]!.text.toLowerCase() !== 'in') continue;
    const name = tokens[index + 1];
    if (name !== undefined && (/^\p{Lu}/u.test(name.text) || PROGRAMMING_NAMES.has(name.text.toLowerCase()))) {
      mark(at + 1);
      return;
    }
    break;
  }
  // The language named elsewhere: fronted, as a label or in another sentence ("In SQL, what does select do?",
  // "Python: what does help do?", "[SQL] what does select do?", "What does select do? I'm using Go."; a hand-written
  // red team, session 45: 53 of 55 such pairs served a keyword's synonym).
  if (namesLanguageAnywhere(tokens)) mark(at + 1);
}
/** Whether a text names a programming language or a tool anywhere: a name of PROGRAMMING_NAMES or TOOL_NAMES, or one of PROGRAMMING_NAMES_CAPITALISED typed with its capital. */
function namesLanguageAnywhere(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, NAMES_LANGUAGE, isLanguageName);
}
function isLanguageName(token: Token, index: number, tokens: readonly Token[]): boolean {
  if (token.kind !== 'word' && token.kind !== 'code') return false;
  const lower = token.text.toLowerCase();
  if (TWO_WORD_TOOLS.has(`${lower} ${tokens[index + 1]?.text.toLowerCase()}`)) return true;
  return (PROGRAMMING_NAMES.has(lower) && !NOT_NAMES.has(lower)) || TOOL_NAMES.has(lower) || ((PROGRAMMING_NAMES_CAPITALISED.has(lower) || CAPITALISED_TOOLS.has(lower)) && /^\p{Lu}/u.test(token.text) && !token.sentenceStart);
}
/** Whether a language or a tool is named among a text's first words ("In SQL, …", "Python: …", "In my Go code, …"). */
function frontsLanguage(tokens: readonly Token[]): boolean {
  return tokens.slice(0, FRONT_WORDS).some((token, index) => isLanguageName(token, index, tokens));
}
const FRONT_WORDS = 5;
const NAMES_LANGUAGE = new WeakMap<readonly Token[], boolean>();
/** Languages and tools whose keywords and functions are words, besides PROGRAMMING_NAMES. */
const TOOL_NAMES: ReadonlySet<string> = new Set([
  'lisp', 'clojure', 'scheme', 'racket', 'erlang', 'ocaml', 'fsharp', 'vba', 'excel', 'dax', 'jquery', 'dplyr', 'tidyverse', 'latex', 'vim', 'emacs',
  'rails', 'pyspark', 'spark', 'sas', 'stata', 'spss', 'tsql', 'plsql', 'graphql', 'terraform', 'ansible', 'makefile', 'cmake', 'groovy', 'vue', 'angular',
  'pascal', 'delphi', 'dask', 'sheets', 'powerbi', 'unity', 'godot', 'node', 'nodejs', 'deno', 'svelte', 'laravel', 'symfony', 'wordpress',
  't-sql', 'pl/sql',
]);
/** Words of PROGRAMMING_NAMES that name no language or tool ("a dataset script is optional"). */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'compiler', 'syntax', 'runtime', 'variable', 'variables', 'integer', 'integers', 'array', 'arrays', 'struct', 'structs', 'pointer', 'pointers',
  'boolean', 'bytes', 'programming', 'code', 'script', 'function', 'functions', 'syscall', 'library', 'module', 'compile', 'debug', 'api',
]);
/** Tools named in two words ("in Power BI", "in google sheets"). */
const TWO_WORD_TOOLS: ReadonlySet<string> = new Set(['power bi', 'power query', 'power automate', 'power apps', 'google sheets', 'apps script', 'visual basic', 'game maker']);
/** Tools whose names are common words: only capitalised inside a sentence ("In Scratch, …"; not "from scratch"). */
const CAPITALISED_TOOLS: ReadonlySet<string> = new Set(['scratch', 'excel', 'access', 'word', 'sheets', 'numbers', 'pages']);
const ASKED_VERBS: ReadonlySet<string> = new Set(['do', 'does', 'work', 'works', 'return', 'returns', 'mean', 'means']);
const RETURNING: ReadonlySet<string> = new Set(['return', 'returns']);

/**
 * A bare word used in a named language, library or framework: "How do I use includes in Rails?", "an example of
 * raises in pytest", "how choice works in Python", "Is select slow in R?" — a function, a keyword or a module,
 * whose other form or synonym is another one. The word right after "use"/"of"/"how"/"is" with no article, then
 * within three words "in" or "with" and a capitalised name or a programming name.
 */
function usedInLanguage(tokens: readonly Token[], at: number, mark: (at: number) => void): void {
  const named = tokens[at + 1];
  // Not a concept of programming ("use loops in Java", "using interfaces in Java"), whose number changes nothing.
  if (!isLowercaseWord(named) || FUNCTION_WORDS.has(named!.text) || PROGRAMMING_CONCEPTS.has(named!.text.replace(/(?:es|s)$/u, '')) || PROGRAMMING_CONCEPTS.has(named!.text)) return;
  for (let index = at + 2; index < tokens.length && index <= at + 4; index++) {
    const word = tokens[index]!.text.toLowerCase();
    if (word !== 'in' && word !== 'with') continue;
    const name = tokens[index + 1];
    // A code token names code's world too: "in Node.js", "with D3.js", "in jQuery" (a red team at the proxy, session 48:
    // "How do I use require in Node.js?" was served "… use need …"'s answer).
    if (name?.kind === 'code' && /\p{L}/u.test(name.text)) mark(at + 1);
    else if (name !== undefined && name.kind === 'word' && (PROGRAMMING_NAMES.has(name.text.toLowerCase()) || TOOL_NAMES.has(name.text.toLowerCase()) || TWO_WORD_TOOLS.has(`${name.text.toLowerCase()} ${tokens[index + 2]?.text.toLowerCase()}`) || namesProgramming(name) || (/^\p{Lu}/u.test(name.text) && aboutCode(tokens)))) mark(at + 1);
    return;
  }
  // The language fronted: "In SQL, is select slow?" (a hand-written red team, session 45).
  if (frontsLanguage(tokens)) mark(at + 1);
}
const USED_IN_LANGUAGE_CUES: ReadonlySet<string> = new Set(['use', 'using', 'of', 'how', 'is']);
const PROGRAMMING_CONCEPTS: ReadonlySet<string> = new Set([
  'loop', 'list', 'interface', 'class', 'function', 'variable', 'array', 'object', 'method', 'module', 'decorator', 'generic', 'pointer',
  'lambda', 'closure', 'promise', 'thread', 'exception', 'dictionary', 'dictionaries', 'map', 'set', 'tuple', 'string', 'struct', 'enum',
  'trait', 'macro', 'iterator', 'generator', 'callback', 'hook', 'component', 'annotation', 'constructor', 'inheritance', 'recursion',
  'type', 'union', 'slice', 'channel', 'goroutine', 'coroutine', 'future', 'stream', 'event', 'signal', 'template', 'namespace', 'package',
  'library', 'framework', 'test', 'unit', 'mock', 'fixture', 'regex', 'index', 'query', 'join', 'transaction', 'cursor', 'trigger', 'view',
  'pattern', 'prop', 'state', 'context', 'reducer', 'selector', 'middleware', 'route', 'controller', 'model', 'migration', 'schema',
]);
/** Words after a member noun that make it a plain noun phrase ("the key difference", "the field trip"). */
const NOT_MEMBER_NAMES: ReadonlySet<string> = new Set([
  'difference', 'differences', 'point', 'points', 'feature', 'features', 'factor', 'factors', 'idea', 'ideas', 'thing', 'things', 'step',
  'steps', 'part', 'parts', 'issue', 'issues', 'problem', 'problems', 'concept', 'concepts', 'reason', 'reasons', 'benefit', 'benefits',
  'question', 'questions', 'takeaway', 'takeaways', 'trip', 'work', 'player', 'players', 'role', 'roles',
]);
/** Nouns after which, with "the" or "a", a lowercase word is a member's name: "the column prices", "a field tags". */
const NAMED_MEMBER_NOUNS: ReadonlySet<string> = new Set(['column', 'field', 'option', 'parameter', 'param', 'argument', 'prop', 'property', 'attribute', 'key', 'setting', 'flag', 'table', 'module', 'package', 'variable', 'method', 'function', 'header', 'tag']);
const DETERMINERS_OF_MEMBER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'this', 'that']);
function isLowercaseWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.text === token.text.toLowerCase();
}

/**
 * The names listed after a word for a schema's parts: "with the keys name, price and tag", "parameters title,
 * date and attendee" (a key "tag" is not a key "tags"). Up to the end of the clause, over commas and and/or.
 */
function schemaList(tokens: readonly Token[], at: number, mark: (at: number) => void): void {
  for (let index = at + 1; index < tokens.length && index <= at + MAX_LISTED; index++) {
    const token = tokens[index]!;
    if (token.sentenceStart || (token.kind !== 'word' && !LIST_SEPARATORS.has(token.text))) return;
    const lower = token.text.toLowerCase();
    if (token.kind === 'word' && FUNCTION_WORDS.has(lower) && !LIST_WORDS.has(lower)) return;
    mark(index);
  }
}
// Plurals only: "the key differences", "a field trip" use the singular as a modifier.
const SCHEMA_NOUNS: ReadonlySet<string> = new Set([
  'keys', 'fields', 'properties', 'columns', 'parameters', 'params', 'arguments', 'args', 'attributes', 'props', 'headers', 'variables',
]);
const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', '"', "'", '`']);
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'the']);
/** How far a schema's list of names is read. */
const MAX_LISTED = 16;

/**
 * What a piece of code is asked to act on: "a regex that matches a digit" (`\d`) / "… digits" (`\d+`), "a query
 * that returns the customer …" (one) / "… the customers …" (all): the object after "<code noun> that <verb>".
 */
function codeSpec(tokens: readonly Token[], at: number, mark: (at: number) => void): void {
  // A name may stand between: "a function create_event that takes title, date and attendee".
  const named = tokens[at + 1]?.kind === 'code' ? 1 : 0;
  const relative = tokens[at + 1 + named];
  const joins = relative?.kind === 'word' && (RELATIVES.has(relative.text.toLowerCase()) || (relative.text.toLowerCase() === 'to' && CODE_NOUNS_TO.has(tokens[at]!.text.toLowerCase())));
  if (!joins || tokens[at + 2 + named]?.kind !== 'word') return;
  const first = at + 3 + named;
  for (let index = first; index < tokens.length && index <= first + MAX_SPEC_OBJECT; index++) {
    const token = tokens[index]!;
    if (token.sentenceStart || (token.kind !== 'word' && !LIST_SEPARATORS.has(token.text))) return;
    mark(index);
  }
}
const CODE_NOUNS: ReadonlySet<string> = new Set([
  'regex', 'regexp', 'pattern', 'query', 'function', 'method', 'script', 'program', 'class', 'command', 'endpoint',
  'formula', 'macro', 'lambda', 'procedure', 'trigger', 'view', 'filter', 'selector', 'loop',
]);
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);
/** Code nouns whose "to" introduces what they act on ("a regex to match a digit"; not "a method to lose weight"). */
const CODE_NOUNS_TO: ReadonlySet<string> = new Set(['regex', 'regexp', 'query', 'function', 'script', 'command', 'formula', 'macro', 'lambda', 'pattern']);
/** How many words after "<code noun> that <verb>" are its object. */
const MAX_SPEC_OBJECT = 8;

/**
 * A command line from the tool at `at`: the word after it (after a tool that is also an English word, only a
 * subcommand), a subcommand's operand, and the packages after an install verb, flags skipped. Packages after the
 * first run on while the words are no function words and not mostly verbs ("pip install numpy pandas", not "…
 * requests fails").
 */
function commandLine(tokens: readonly Token[], at: number, mark: (at: number) => void, nouns: NounShares): void {
  const sub = tokens[at + 1];
  if (sub?.kind !== 'word') return;
  const lower = sub.text.toLowerCase();
  const subcommand = SUBCOMMANDS.has(lower) || INSTALL_VERBS.has(lower);
  if (!subcommand && (!CLI_TOOLS.has(tokens[at]!.text) || FUNCTION_WORDS.has(lower))) return;
  mark(at + 1);
  if (!subcommand) return;
  let next = at + 2;
  if (!INSTALL_VERBS.has(lower)) {
    // Past its flags, and the branch after a remote ("git push origin main", "docker run -d node"): a red team on code,
    // session 35.
    while (tokens[next]?.kind === 'code' && tokens[next]!.text.startsWith('-')) {
      next++;
      // A flag's value: "-n 5", "-p 8080:80" (a hostile review, session 35).
      if (tokens[next]?.kind === 'number' || (tokens[next]?.kind === 'code' && !tokens[next]!.text.startsWith('-'))) next++;
    }
    mark(next);
    const second = tokens[next + 1];
    if (REMOTES.has(tokens[next]?.text ?? '') && second?.kind === 'word' && !second.sentenceStart && !FUNCTION_WORDS.has(second.text.toLowerCase())) mark(next + 1);
    return;
  }
  for (let packages = 0; next < tokens.length && packages < MAX_PACKAGES; next++) {
    const token = tokens[next]!;
    if (token.kind === 'code' || token.kind === 'number') continue;
    if (token.kind !== 'word') return;
    const word = token.text.toLowerCase();
    if (FUNCTION_WORDS.has(word)) return;
    const share = nouns.nounShare(word);
    if (packages > 0 && share !== undefined && share < 0.5) return;
    mark(next);
    packages++;
  }
}
const MAX_PACKAGES = 4;
const BY_CLAUSES: ReadonlySet<string> = new Set(['group', 'order', 'partition']);
/** SQL words that end a BY list. */
const SQL_CLAUSE_ENDS: ReadonlySet<string> = new Set(['asc', 'desc', 'limit', 'having', 'offset', 'rows', 'range', 'nulls', 'return', 'returns', 'give', 'gives', 'do', 'does', 'and', 'but', 'not', 'why', 'work', 'in', 'on', 'with']);
/** "select … from …" typed in lowercase: a statement, not prose about grouping. */
function hasLowercaseStatement(tokens: readonly Token[]): boolean {
  const select = tokens.findIndex((token) => token.kind === 'word' && token.text === 'select');
  return select !== -1 && tokens.some((token, index) => index > select && token.kind === 'word' && token.text === 'from');
}
/** A git remote, after which the next operand is a branch: "git push origin main". */
const REMOTES: ReadonlySet<string> = new Set(['origin', 'upstream']);

/** `for x in y:`, `while x in y:`, `if x not in y:`, `(… for x in y)`, `for (const x of y)`: marks x and y. */
function loop(tokens: readonly Token[], at: number, mark: (at: number) => void): void {
  let variable = at + 1;
  if (tokens[variable]?.text === '(') variable++;
  if (DECLARATIONS.has(tokens[variable]?.text ?? '')) variable++;
  if (tokens[variable]?.kind !== 'word') return;
  let operator = variable + 1;
  if (tokens[operator]?.text === 'not') operator++;
  if (!LOOP_OPERATORS.has(tokens[operator]?.text ?? '')) return;
  const iterable = operator + 1;
  // Code, not prose ("jobs for people in cities"): the iterable ends the header or is called.
  if (tokens[iterable]?.kind !== 'word' || !LOOP_HEADER_END.has(tokens[iterable + 1]?.text ?? '')) return;
  mark(variable);
  mark(iterable);
}

/**
 * A Python header's condition ("if item:", "elif not rows:", "while queue and running:", "match command:"): marks
 * its names, not its keywords, where the header is code — names joined by operators, keywords or marks, never two
 * words side by side ("if my favourite team loses:" is prose), and a colon that ends the line before an indented
 * body, a comment, or a body on the same line that calls or assigns ("if item: print(item)").
 */
function conditionHeader(tokens: readonly Token[], at: number, mark: (at: number) => void): void {
  const names: number[] = [];
  let nameBefore = false;
  for (let index = at + 1; index < tokens.length && index - at <= MAX_HEADER_TOKENS; index++) {
    const token = tokens[index]!;
    if (token.kind === 'space' || token.sentenceStart) return;
    if (token.text === ':') {
      if (names.length > 0 && headerBodyFollows(tokens, index)) for (const name of names) mark(name);
      return;
    }
    if (token.kind === 'word' && !CONDITION_KEYWORDS.has(token.text)) {
      if (nameBefore) return;
      names.push(index);
      nameBefore = true;
      continue;
    }
    nameBefore = token.kind === 'number' || token.text === ')' || token.text === ']';
    if (token.kind !== 'word' && token.kind !== 'number' && token.kind !== 'code' && !CONDITION_MARKS.has(token.text) && !OPERATOR.test(token.text) && !ASSIGNMENT.test(token.text)) return;
  }
}
const HEADER_OPENERS: ReadonlySet<string> = new Set(['if', 'elif', 'while', 'match']);
const DEFINERS: ReadonlySet<string> = new Set(['def', 'class', 'function', 'fn', 'func', 'fun']);
const MAX_HEADER_TOKENS = 12;
const CONDITION_KEYWORDS: ReadonlySet<string> = new Set(['not', 'and', 'or', 'is', 'in', 'None', 'True', 'False']);
const CONDITION_MARKS: ReadonlySet<string> = new Set(['.', '(', ')', '[', ']']);

/**
 * Whether the header's colon at `colon` is followed by a body: an indented next line, a comment, or code on the same
 * line (a call or an assignment); not a new sentence on the next line ("if possible:\nplease explain").
 */
function headerBodyFollows(tokens: readonly Token[], colon: number): boolean {
  const next = tokens[colon + 1];
  if (next === undefined || next.kind === 'space' || next.text === '#') return true;
  if (next.sentenceStart) return false;
  return next.kind === 'code' || next.text === 'return' || tokens[colon + 2]?.text === '(' || ASSIGNMENT.test(tokens[colon + 2]?.text ?? '');
}

/**
 * Whether the word after the `as` at `at` is a name Python binds: in a statement that opens with `with`, `except` or
 * `case` and whose header ends in a colon before its body ("with open(path) as handle:", "except (A, B) as error:",
 * "case Circle() as circle:"), or in an import ("import numpy as np", "from a import b as c"), the name ending the
 * line or followed by a comma. Not prose's "as" ("Use the word run as a noun", "with my friends as guides, where …",
 * "(from the last test) as follows:", "import goods from China as samples: …").
 */
function boundByAs(tokens: readonly Token[], at: number): boolean {
  if (tokens[at + 1]?.kind !== 'word') return false;
  // The statement's first word (the tokens carry no line breaks: a line's first word opens a sentence).
  let start = at;
  while (start > 0 && !tokens[start]!.sentenceStart && at - start <= MAX_HEADER_TOKENS) start--;
  if (!tokens[start]!.sentenceStart && start > 0) return false;
  const opener = tokens[start]!.text;
  const after = tokens[at + 2];
  if (opener === 'with' || opener === 'except' || opener === 'case' || (opener === 'async' && tokens[start + 1]?.text === 'with')) {
    if (after?.text === ':') return headerBodyFollows(tokens, at + 2);
    return after?.text === ',' && tokens[at - 1]?.text === ')';
  }
  // "import numpy as np, pandas as pd": a comma goes on with another alias, not prose ("import cars as gifts, is …").
  const endsImport = after === undefined || after.kind === 'space' || after.sentenceStart || (after.text === ',' && tokens[at + 4]?.text === 'as');
  if (!endsImport) return false;
  if (opener === 'import') return dottedNames(tokens, start + 1, at);
  if (opener !== 'from') return false;
  for (let index = start + 1; index < at; index++) if (tokens[index]!.text === 'import') return dottedNames(tokens, index + 1, at);
  return false;
}

/** Whether the tokens from `from` to `to` are names joined by dots or commas ("numpy", "os.path", "a, b"). */
function dottedNames(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let index = from; index < to; index++) {
    const name = (index - from) % 2 === 0;
    const token = tokens[index]!;
    if (name ? token.kind !== 'word' && token.kind !== 'code' : token.text !== '.' && token.text !== ',') return false;
  }
  return (to - from) % 2 === 1;
}

/**
 * "lambda item, other: …", "key=lambda person: …": a lambda's parameters, up to its colon and a body on the same
 * line, where the lambda is a value (after "=", a bracket, a comma, a colon or "return"); not prose's "aws lambda
 * functions:" or "the greek letter lambda used for …:".
 */
function lambdaParameters(tokens: readonly Token[], at: number, mark: (at: number) => void): void {
  const before = tokens[at - 1];
  if (before === undefined || !(LAMBDA_AFTER.has(before.text) || ASSIGNMENT.test(before.text))) return;
  const names: number[] = [];
  for (let index = at + 1; index < tokens.length && index - at <= MAX_HEADER_TOKENS; index++) {
    const token = tokens[index]!;
    if (token.kind === 'space' || token.sentenceStart) return;
    if (token.text === ':') {
      const body = tokens[index + 1];
      if (body !== undefined && body.kind !== 'space' && !body.sentenceStart) for (const name of names) mark(name);
      return;
    }
    if (token.kind === 'word') names.push(index);
    else if (token.text !== ',' && token.text !== '*' && token.text !== '**' && token.text !== '=' && token.kind !== 'number') return;
  }
}
const LAMBDA_AFTER: ReadonlySet<string> = new Set(['(', '[', '{', ',', ':', 'return']);

/**
 * Whether the ":" at `colon` declares a field and its type: a lowercase name opening a line, after a modifier
 * ("readonly", "private", "val", "pub", …) or after an object type's "{", followed by a built-in type and a mark that
 * goes on with it ("emails: string[];", "id: number;", "tags: string | null"), by a type's capital and "<"
 * ("val tags: List<String>"), or by any type on the same line in a text that declares a class, an interface, a type
 * or a struct ("interface User {\n  emails: string\n}", "class User(BaseModel):\n    emails: str", "colour: 'red' |
 * 'blue';", "handler: (event: Event) => void;"). Not a form's "flavour: any,
 * serves 10" or "neighbourhood: any".
 */
function isFieldDeclaration(tokens: readonly Token[], colon: number): boolean {
  const key = tokens[colon - 1]!;
  if (!/^\p{Ll}/u.test(key.text)) return false;
  const before = tokens[colon - 2];
  const opens = key.sentenceStart || before?.text === '{' || (before?.kind === 'word' && FIELD_MODIFIERS.has(before.text) && (before.sentenceStart || tokens[colon - 3]?.text === '(' || tokens[colon - 3]?.text === ','));
  if (!opens) return false;
  const type = tokens[colon + 1];
  if (type === undefined || type.kind === 'space' || type.sentenceStart) return false;
  if (declaresType(tokens)) return true;
  const after = tokens[colon + 2]?.text ?? '';
  if (type.kind !== 'word') return false;
  return (BUILT_IN_TYPES.has(type.text) && TYPE_GOES_ON.has(after)) || (/^\p{Lu}/u.test(type.text) && after === '<');
}
/** Words that may stand before a field's name. */
const FIELD_MODIFIERS: ReadonlySet<string> = new Set(['readonly', 'private', 'public', 'protected', 'static', 'declare', 'pub', 'val', 'var', 'let', 'const', 'mut', 'final']);
/** Built-in types of TypeScript, Python, Rust and Go, after a field's colon. */
const BUILT_IN_TYPES: ReadonlySet<string> = new Set([
  'string', 'number', 'boolean', 'any', 'unknown', 'never', 'void', 'object', 'bigint', 'symbol', 'null', 'undefined',
  'str', 'int', 'float', 'bool', 'list', 'dict', 'set', 'tuple', 'bytes', 'i32', 'i64', 'u8', 'u32', 'u64', 'f32', 'f64', 'usize',
]);
/** What goes on with a built-in type: its end in a declaration, an array's bracket, a union's bar, a generic's bracket. */
const TYPE_GOES_ON: ReadonlySet<string> = new Set([';', '[', '|', '<']);

/**
 * Whether the text declares a class, an interface, a type or a struct by name, its syntax after the name ("interface
 * User {", "type Order =", "class User(BaseModel):", "struct Cart {"); not prose's "my class Biology" or "blood type A".
 */
function declaresType(tokens: readonly Token[]): boolean {
  let found = DECLARES_TYPE.get(tokens);
  if (found === undefined) {
    found = false;
    for (let index = 0; index + 2 < tokens.length && !found; index++) {
      const name = tokens[index + 1]!;
      found = TYPE_DECLARATIONS.has(tokens[index]!.text) && name.kind === 'word' && /^\p{Lu}/u.test(name.text) && DECLARATION_SYNTAX.has(tokens[index + 2]!.text);
    }
    DECLARES_TYPE.set(tokens, found);
  }
  return found;
}
const DECLARES_TYPE = new WeakMap<readonly Token[], boolean>();
const TYPE_DECLARATIONS: ReadonlySet<string> = new Set(['interface', 'type', 'class', 'struct']);
const DECLARATION_SYNTAX: ReadonlySet<string> = new Set(['{', '(', ':', '=', '<', 'extends', 'implements']);

/**
 * Whether the text holds SQL: two SQL keywords typed in capitals in a text with lowercase words, `select *`, or
 * two keywords only SQL puts together (`delete from`, `insert into`, `create table`, `group by`, `left join`…), or
 * `select` with `where` or `limit`.
 */
function hasSql(tokens: readonly Token[]): boolean {
  let capitals = 0;
  let lowercase = false;
  let select = false;
  let clause = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    const lower = token.text.toLowerCase();
    if (token.text !== lower && token.text === token.text.toUpperCase()) {
      if (SQL_KEYWORDS.has(lower)) capitals++;
    } else if (/\p{Ll}/u.test(token.text)) lowercase = true;
    const previous = tokens[index - 1];
    if (previous?.kind === 'word' && SQL_PAIRS.has(`${previous.text.toLowerCase()} ${lower}`)) return true;
    if (lower === 'select') {
      select = true;
      if (tokens[index + 1]?.text === '*') return true;
    }
    if (lower === 'where' || lower === 'limit') clause = true;
  }
  return (capitals >= 2 && lowercase) || (select && clause);
}

const SQL_BEFORE_TABLE: ReadonlySet<string> = new Set(['from', 'join', 'into', 'update', 'table']);
/** SQL words a column follows: "WHERE salary > 50000" (not BY: "How do I group by month?" is prose; a SELECT list is `listed`). */
const SQL_BEFORE_COLUMN: ReadonlySet<string> = new Set(['where', 'having', 'set']);
const OPENING_BRACKETS: ReadonlySet<string> = new Set(['{', '[', '(']);
const CLOSING_BRACKETS: ReadonlySet<string> = new Set(['}', ']', ')']);

/**
 * Marks the words of a list of names from `from` (a SELECT's columns, a destructuring's names) up to the token
 * `ends` accepts, over commas, `*` and `.`; another mark ends it too, and a line's start unless `acrossLines` (a
 * destructuring spread over lines: "const {\n  price,\n  balance\n} = data"). Bounded.
 */
function listed(tokens: readonly Token[], from: number, mark: (at: number) => void, ends: (token: Token) => boolean, acrossLines = false): void {
  for (let index = from; index < tokens.length && index < from + MAX_LISTED; index++) {
    const token = tokens[index]!;
    if (ends(token) || (index > from && token.sentenceStart && !acrossLines)) return;
    if (token.kind === 'word') mark(index);
    else if (token.kind !== 'code' && !LISTED_MARKS.has(token.text)) return;
  }
}
const LISTED_MARKS: ReadonlySet<string> = new Set([',', '*', '.']);
/** What opens a call's first argument when it is no name: a list, a map, a quote ("(100g)" and "(2024)" are prose's). */
const ARGUMENT_OPENERS = /^[[{'"`]/u;
/** Operator keywords of code, no English words, whose operand is a name: "typeof document", "sizeof buffer". */
const CODE_OPERATOR_WORDS: ReadonlySet<string> = new Set(['typeof', 'instanceof', 'sizeof', 'nameof', 'keyof']);

/** Arithmetic and comparison operators between two operands (assignments and equality are ASSIGNMENT's). */
const OPERATOR = /^(?:[-+*/%<>^]|\*\*|\/\/|<=|>=|&&|\|\||<<|>>)$/u;

/**
 * Whether the text is about code: code in it (a dotted, snake_case or backticked name: `package.json`,
 * `plt.plot`), or a programming name other than the everyday ones (closed-lists.ts: Python, sklearn, JSX, a
 * command-line tool; Ruby or Go capitalised). A parenthesis or the word "function" alone is no sign.
 */
export function aboutCode(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, ABOUT_CODE, (token) => token.kind === 'code' || namesProgramming(token));
}

/**
 * Whether a language or framework is named after "in", "using", "with" or "learning", in any case: "in go why can't
 * i call NewClient", "in react why does mybutton …", "using rust" (namesProgramming reads "go", "c", "rust" or
 * "react" as names only where they cannot be everyday words).
 */
export function languageAfterIntroducer(tokens: readonly Token[]): boolean {
  let found = LANGUAGE_AFTER_INTRODUCER.get(tokens);
  if (found === undefined) {
    found = false;
    for (let index = 1; index < tokens.length && !found; index++) found = languageNameAt(tokens, index);
    LANGUAGE_AFTER_INTRODUCER.set(tokens, found);
  }
  return found;
}

/** Whether the token at `index` is a language's or framework's name after an introducer ("in go", "using Rust"). */
export function languageNameAt(tokens: readonly Token[], index: number): boolean {
  const [previous, token, next] = [tokens[index - 1], tokens[index]!, tokens[index + 1]];
  // Not a key in music: "in c major", "in c sharp minor".
  return token.kind === 'word' && LOWERCASE_LANGUAGE_NAMES.has(token.key.toLowerCase()) && previous?.kind === 'word' && LANGUAGE_INTRODUCERS.has(previous.key.toLowerCase()) && !(next?.kind === 'word' && MUSICAL_KEYS.has(next.key.toLowerCase()));
}
const LANGUAGE_AFTER_INTRODUCER = new WeakMap<readonly Token[], boolean>();
const LANGUAGE_INTRODUCERS: ReadonlySet<string> = new Set(['in', 'using', 'with', 'learning', 'writing']);
const MUSICAL_KEYS: ReadonlySet<string> = new Set(['major', 'minor', 'sharp', 'flat']);
/** Languages and frameworks whose names are everyday words too, or letters: read as code's after LANGUAGE_INTRODUCERS. */
const LOWERCASE_LANGUAGE_NAMES: ReadonlySet<string> = new Set([
  'go', 'golang', 'rust', 'swift', 'ruby', 'dart', 'julia', 'c', 'r', 'elixir', 'crystal', 'node', 'java', 'kotlin', 'python', 'react', 'scala', 'haskell', 'perl', 'lua',
]);

/** Whether the token names a language, a framework or a tool of programming ("Python", "Rust", "rails", "kubectl"). */
export function namesProgramming(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const lower = token.text.toLowerCase();
  return (PROGRAMMING_NAMES.has(lower) && !EVERYDAY_CODE_WORDS.has(lower)) || CLI_TOOLS.has(token.text) || CODE_WORLD_NAMES.has(lower) || (PROGRAMMING_NAMES_CAPITALISED.has(lower) && /^\p{Lu}/u.test(token.text));
}
const PACKAGE_NOUNS: ReadonlySet<string> = new Set(['library', 'package', 'module', 'crate', 'gem', 'plugin']);
/** Programming names that everyday prompts use too ("the main function of the liver", "a promo code", "a TikTok script"). */
const EVERYDAY_CODE_WORDS: ReadonlySet<string> = new Set([
  'function', 'functions', 'code', 'script', 'library', 'module', 'variable', 'variables', 'syntax', 'runtime', 'debug', 'compile',
  'programming', 'integer', 'integers', 'array', 'arrays', 'boolean', 'bytes', 'pointer', 'pointers', 'react', 'api',
]);
/** Names of code's world besides PROGRAMMING_NAMES and CLI_TOOLS: frameworks, and tools whose names are also words. */
const CODE_WORLD_NAMES: ReadonlySet<string> = new Set([
  'jsx', 'tsx', 'vue', 'angular', 'svelte', 'nextjs', 'webpack', 'vite', 'helm', 'ruby', 'rails', 'rustc', 'cargo', 'yarn', 'hpa', 'k8s',
  // Libraries and databases (session 48: "select in Redux", "select in MongoDB").
  'redux', 'mongodb', 'mongo', 'jquery', 'mongoose', 'graphql', 'prisma', 'sequelize', 'lodash', 'nuxt', 'nestjs', 'threejs', 'd3', 'postgres', 'postgresql', 'mysql', 'sqlite', 'redis',
]);
const ABOUT_CODE = new WeakMap<readonly Token[], boolean>();
/** Whether a word before a member noun describes it rather than names it: "the fastest method", "the main function". */
function describesMember(word: string): boolean {
  return FUNCTION_WORDS.has(word) || /est$/u.test(word) || MEMBER_DESCRIBERS.has(word);
}
const MEMBER_DESCRIBERS: ReadonlySet<string> = new Set([
  'best', 'most', 'main', 'first', 'last', 'new', 'old', 'right', 'correct', 'proper', 'other', 'same', 'different', 'default', 'built-in',
  'good', 'better', 'simple', 'easy', 'quick', 'fast', 'efficient', 'recommended', 'standard', 'native', 'common', 'custom', 'helper',
  'normalisation', 'normalization', 'sorting', 'search', 'hash', 'utility', 'wrapper',
]);
/** Nouns for the parts of code that a name before them names: "the normalise function", "the licence field". */
const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'method', 'methods', 'function', 'functions', 'field', 'fields', 'property', 'attribute', 'parameter', 'param', 'argument', 'option',
  'flag', 'hook', 'module', 'keyword', 'directive', 'setting', 'class', 'enum', 'decorator', 'prop', 'variable', 'endpoint', 'component',
  'constant', 'constants',
  // Commands, formulas and an object model's parts (a red team on code, session 42: "the rows function" / "the row
  // function" in Excel, "the images command" / "the image command" in Docker, "the workbooks object" in VBA).
  'command', 'subcommand', 'formula', 'object', 'collection',
]);

/**
 * Whether a text names an application whose functions, commands and objects have names of English words: a
 * spreadsheet (Excel, Sheets, LibreOffice, VBA, DAX, Power BI) or an editor (namesEditor). Once per token list.
 */
function namesApp(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, NAMES_APP, (token) => token.kind === 'word' && (APP_NAMES.has(token.key.toLowerCase()) || EDITOR_NAMES.has(token.key.toLowerCase())));
}
const NAMES_APP = new WeakMap<readonly Token[], boolean>();
const APP_NAMES: ReadonlySet<string> = new Set(['excel', 'vba', 'dax', 'libreoffice', 'spreadsheet', 'spreadsheets', 'sheets', 'powerbi', 'airtable', 'smartsheet', 'podman', 'tableau', 'notion']);

/** Whether a text names an editor whose commands are typed after a colon (Vim, Neovim, vi). Once per token list. */
function namesEditor(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, NAMES_EDITOR, (token) => token.kind === 'word' && EDITOR_NAMES.has(token.key.toLowerCase()));
}
const NAMES_EDITOR = new WeakMap<readonly Token[], boolean>();
const EDITOR_NAMES: ReadonlySet<string> = new Set(['vim', 'neovim', 'nvim', 'vi', 'gvim', 'macvim']);

/** Whether a text speaks of patterns (a regex, grep, a glob), where ^, $, + and * are a pattern's. Once per token list. */
function aboutPatterns(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, ABOUT_PATTERNS, (token) => token.kind === 'word' && PATTERN_WORDS.has(token.key.toLowerCase()));
}
const ABOUT_PATTERNS = new WeakMap<readonly Token[], boolean>();
const PATTERN_WORDS: ReadonlySet<string> = new Set(['regex', 'regexp', 'regexes', 'pattern', 'patterns', 'grep', 'egrep', 'sed', 'awk', 'glob', 'match', 'matches', 'rg']);
/** The pattern that ends at `at` with its anchor: back to the word that names it ("regex", "grep"), or the word before alone. */
function patternBefore(tokens: readonly Token[], at: number, mark: (at: number) => void): void {
  for (let index = at - 1; index >= Math.max(0, at - MAX_PATTERN_WORDS); index--) {
    const token = tokens[index]!;
    if (token.kind === 'word' && PATTERN_NAMES.has(token.key.toLowerCase())) {
      for (let word = index + 1; word < at; word++) mark(word);
      return;
    }
    if (token.kind === 'punct' || token.sentenceStart) break;
  }
  mark(at - 1);
}
const PATTERN_NAMES: ReadonlySet<string> = new Set(['regex', 'regexp', 'pattern', 'grep', 'egrep', 'rg']);
/** How many words a pattern anchored at its end is read back for its name. */
const MAX_PATTERN_WORDS = 8;
/** Words between a member's name and its noun that say whose it is: "the buffers ex command", "the rows Excel function". */
const MEMBER_QUALIFIERS: ReadonlySet<string> = new Set(['ex', 'vim', 'excel', 'vba', 'dax', 'docker', 'git', 'bash', 'shell', 'sql', 'sheets', 'normal', 'visual', 'insert']);
/** Flags of find whose value is a name or a pattern. */
const FIND_FLAGS: ReadonlySet<string> = new Set(['-name', '-iname', '-path', '-ipath', '-regex', '-iregex', '-wholename']);


/** Whether the text has code's syntax besides an operator: an assignment, a call, a bracket or a code token. Once per list. */
/** Code's marks that prose does not use: an assignment, brackets or braces; not a code token (a URL, "e.g.", an email) nor a semicolon. */
function hasStrongCodeSyntax(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, STRONG_CODE_SYNTAX, (token) => token.kind !== 'word' && token.kind !== 'code' && token.loose !== true && (ASSIGNMENT.test(token.text) || /^[[\]{}]$/u.test(token.text)));
}
const STRONG_CODE_SYNTAX = new WeakMap<readonly Token[], boolean>();

function hasCodeSyntax(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, CODE_SYNTAX, (token) => token.kind === 'code' || (token.kind !== 'word' && token.loose !== true && (ASSIGNMENT.test(token.text) || /^[()[\]{};]$/u.test(token.text))));
}

const CODE_SYNTAX = new WeakMap<readonly Token[], boolean>();

function isOperand(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'number' || token.kind === 'code');
}

/**
 * Shell tools that act on files, patterns or hosts: every word after one (and its flags) to the end of the line
 * is an operand, a file name or a pattern ("rm -r file" / "rm -r files", "grep -c warning app.log", "tar -czf
 * a.tgz logs"). Those that are English words too (cat, find, head, sort…) only before a flag.
 */
export const FILE_TOOLS: ReadonlySet<string> = new Set([
  'rm', 'cp', 'mv', 'mkdir', 'rmdir', 'tar', 'grep', 'egrep', 'chmod', 'chown', 'rsync', 'scp', 'ls', 'cd', 'unzip', 'gzip', 'gunzip', 'curl',
  'wget', 'du', 'df', 'ln', 'sed', 'awk', 'wc', 'pkill', 'ssh', 'zip', 'cat', 'find', 'head', 'tail', 'sort', 'touch', 'kill', 'less', 'uniq', 'xargs',
]);
const ENGLISH_FILE_TOOLS: ReadonlySet<string> = new Set(['cat', 'find', 'head', 'tail', 'sort', 'touch', 'kill', 'less', 'zip', 'ln']);

function fileOperands(tokens: readonly Token[], at: number, mark: (at: number) => void): void {
  const next = tokens[at + 1];
  const flag = next?.kind === 'code' && /^-/u.test(next.text);
  // In prose a tool's name is a noun's modifier ("my curl request times out", "my ssh connection"): a command line
  // has a flag after the tool, or the tool opens its line or follows a colon or question ("Is this safe? rm -r x").
  const before = tokens[at - 1];
  // After a pipe the tool is a command too, and its name is code ("| sort |" / "| sorts |").
  const piped = before !== undefined && before.kind !== 'word' && before.text === '|';
  if (piped) mark(at);
  // A tool whose name is no English word is a command after a question's verb too ("what does cd download do"), not
  // after a determiner ("my ssh connection").
  // "How many lines does grep phone notes.txt match?", "Does grep colour README.md match …?" too (a red team on code,
  // session 42).
  const asked = !ENGLISH_FILE_TOOLS.has(tokens[at]!.text) && before?.kind === 'word' && ASKING_VERBS.has(before.text.toLowerCase()) && (QUESTION_OPENERS.has(tokens[at - 2]?.text.toLowerCase() ?? '') || PATTERN_TOOLS.has(tokens[at]!.text));
  if (!flag && !piped && !asked && !(at === 0 || tokens[at]!.sentenceStart || (before !== undefined && before.kind !== 'word' && /^[:?$>`]$/u.test(before.text)))) return;
  if (!flag && ((ENGLISH_FILE_TOOLS.has(tokens[at]!.text) && !piped) || next === undefined || (next.kind !== 'word' && next.kind !== 'code'))) return;
  if (!flag && next!.kind === 'word' && FUNCTION_WORDS.has(next!.text.toLowerCase())) return;
  // After a pipe, an English tool's words are prose's as often ("ls | sort files by size"), and another's operand is its pattern.
  if (piped && ENGLISH_FILE_TOOLS.has(tokens[at]!.text) && !flag) return;
  const reach = piped && !flag ? 1 : MAX_OPERANDS;
  for (let index = at + 1; index < tokens.length && index <= at + reach; index++) {
    const token = tokens[index]!;
    if (token.sentenceStart || (token.kind === 'punct' && token.text !== ',')) return;
    if (token.kind === 'word' && FUNCTION_WORDS.has(token.text.toLowerCase())) return;
    mark(index);
  }
}
/** Verbs a question asks a command with: "what does cd download do", "why does grep fail", "should I run rm". */
const ASKING_VERBS: ReadonlySet<string> = new Set(['does', 'do', 'did', 'would', 'will']);
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['what']);
/** Tools whose first operand is a pattern, asked about in any question ("How many lines does grep phone notes.txt match?"). */
const PATTERN_TOOLS: ReadonlySet<string> = new Set(['grep', 'egrep', 'rg']);
/** How many tokens after a file tool are read as its operands. */
const MAX_OPERANDS = 12;

/** Whether the token opens its line (the text's first, or the first after a line break). */
function opensLine(tokens: readonly Token[], at: number): boolean {
  return at === 0 || (tokens[at]!.sentenceStart && tokens[at - 1]?.kind !== 'punct');
}

/** How many lines open with "key:" (a word and a colon), once per token list. */
function keyLines(tokens: readonly Token[]): number {
  let count = KEY_LINES.get(tokens);
  if (count === undefined) {
    count = 0;
    for (let index = 0; index + 1 < tokens.length; index++) if (tokens[index]!.kind === 'word' && tokens[index + 1]!.text === ':' && opensLine(tokens, index)) count++;
    KEY_LINES.set(tokens, count);
  }
  return count;
}
const KEY_LINES = new WeakMap<readonly Token[], number>();
const SQL_PAIRS: ReadonlySet<string> = new Set([
  'delete from', 'insert into', 'create table', 'drop table', 'alter table', 'truncate table', 'group by', 'order by',
  'left join', 'right join', 'inner join', 'outer join', 'cross join', 'full join',
]);

/** Command-line tools whose names are no everyday English words: the word after one is its subcommand. */
const CLI_TOOLS: ReadonlySet<string> = new Set([
  'docker', 'docker-compose', 'podman', 'kubectl', 'minikube', 'git', 'npm', 'npx', 'pnpm', 'pip3', 'pipx', 'conda',
  'systemctl', 'journalctl', 'terraform', 'gcloud', 'aws', 'az', 'rustup', 'dotnet', 'mvn', 'gradle', 'heroku', 'gh',
  'nvm', 'deno', 'kubeadm', 'virtualenv', 'composer', 'winget', 'choco', 'ollama',
]);
/** Tools whose names are also English words ("a pip", "yarn", "cargo"): only a known subcommand after one counts. */
const CLI_TOOLS_ENGLISH: ReadonlySet<string> = new Set([
  'pip', 'yarn', 'cargo', 'brew', 'apt', 'apt-get', 'helm', 'gem', 'snap', 'bundle', 'go', 'dnf', 'yum', 'pacman', 'poetry', 'bun', 'flutter', 'rails', 'rake', 'uv',
]);
/** Verbs after a tool whose operands are packages: every package after them is a name. */
const INSTALL_VERBS: ReadonlySet<string> = new Set(['install', 'uninstall', 'add', 'remove', 'i', 'upgrade', 'reinstall', 'purge']);
/** Subcommands common to package managers, git, docker, kubectl and helm, which take an operand. */
const SUBCOMMANDS: ReadonlySet<string> = new Set([
  'get', 'describe', 'delete', 'run', 'exec', 'logs', 'log', 'show', 'list', 'ls', 'inspect', 'pull', 'push', 'stash',
  'compose', 'checkout', 'switch', 'create', 'apply', 'search', 'info', 'update', 'restart', 'start', 'stop', 'build',
  'publish', 'test', 'config', 'image', 'container', 'volume', 'network', 'repo', 'services', 'service', 'branch', 'tag',
  'rebase', 'cherry-pick',
  'remote', 'submodule', 'rollout', 'top', 'reset', 'revert', 'rebase', 'fetch', 'clone', 'init', 'link', 'outdated',
  'audit', 'view', 'cache', 'env', 'status', 'enable', 'disable', 'mod', 'rm', 'freeze', 'download', 'upgrade',
]);

const LOOP_OPENERS: ReadonlySet<string> = new Set(['for', 'while', 'if', 'elif']);
const DECLARATIONS: ReadonlySet<string> = new Set(['const', 'let', 'var']);
const LOOP_OPERATORS: ReadonlySet<string> = new Set(['in', 'of']);
/** What follows a loop's iterable in code: the header's colon or bracket, a call, an index, a comprehension's end. */
const LOOP_HEADER_END: ReadonlySet<string> = new Set([':', ')', '{', '(', '[']);

/** An assignment, augmented assignment or comparison: the words on either side are names. */
const ASSIGNMENT = /^(?:[-+*/%&|^]?=|[=!]==?)$/u;
/** What ends a lone argument: a bracket, a comma, a keyword argument's "=", an index. */
const ARGUMENT_END: ReadonlySet<string> = new Set([')', ',', '=', '[']);

/** Common CSS properties, whose value after ":" is a keyword ("color: red", "display: flex"). */
const CSS_PROPERTIES: ReadonlySet<string> = new Set([
  'color', 'background', 'display', 'position', 'float', 'clear', 'margin', 'padding', 'border', 'width', 'height',
  'cursor', 'overflow', 'visibility', 'opacity', 'font', 'transform', 'transition', 'animation', 'content', 'resize',
]);
/** A hyphenated lowercase property name: "text-align", "justify-content", "background-color". */
const HYPHENATED_PROPERTY = /^\p{Ll}+(?:-\p{Ll}+)+$/u;
