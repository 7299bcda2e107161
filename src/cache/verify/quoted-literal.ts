import { PROGRAMMING_NAMES, PROGRAMMING_NAMES_CAPITALISED, SQL_KEYWORDS, SQL_VALUE_KEYWORDS } from './closed-lists.ts';

/**
 * What the quote marks around a quotation typed in prose are (see verifyTokens). In prose they are punctuation:
 * "Translate 'please be seated'" = "Translate \"please be seated\"", and the quoted words equal the bare ones.
 * They are code, and must be there on both sides, where the quotation is a literal of code, an operand: next to
 * an operator or a bracket, after a comma or colon inside brackets, or after an SQL keyword in capitals ("'5' * 3"
 * is not "5 * 3", "bool('False')" not "bool(False)", "ORDER BY 'name'" not "ORDER BY name"). A number or a letter
 * quoted is code in a text about code ("typeof '1'" / "typeof 1" in JavaScript) and the same as bare elsewhere
 * ("Is '13' even?" / "Is 13 even?", "the letter \"q\"" / "the letter q").
 * Whether single and double quotes differ too: they do around one character in an operand (a char or a string
 * in C, Java, Go, Rust: "sizeof('a')" / "sizeof(\"a\")") and in a text about SQL (a value or a name:
 * "WHERE name = 'Paris'" / "= \"Paris\""); elsewhere `print('hello')` = `print("hello")` (Python, JavaScript).
 * Text with code characters keeps its marks as typed (`echo "$HOME"` / `echo '$HOME'`), as before.
 */
export type QuoteMarks = { kind: 'punct' } | { kind: 'code'; key: 'typed' | 'style' | 'neutral' | 'any' };

/** Brackets open at a position of a text, counted once left to right (reset at line breaks), skipping quotations. */
export class BracketDepth {
  readonly #text: string;
  #at = 0;
  #depth = 0;

  constructor(text: string) {
    this.#text = text;
  }

  /** The depth at `position`, counting the brackets from the last position asked up to it. */
  at(position: number): number {
    for (; this.#at < position; this.#at++) {
      const character = this.#text.charCodeAt(this.#at);
      if (character === 0x28 || character === 0x5b || character === 0x7b) this.#depth++;
      else if ((character === 0x29 || character === 0x5d || character === 0x7d) && this.#depth > 0) this.#depth--;
      else if (character === 0x0a) this.#depth = 0;
    }
    return this.#depth;
  }

  /** Moves past a quotation or code span without counting its brackets. */
  skipTo(position: number): void {
    this.#at = Math.max(this.#at, position);
  }
}

/** What quoteMarks asks of the whole text, each lazily and once per text (the answers the caller keeps). */
export interface TextCues {
  /** The text is about SQL (isAboutSql). */
  sql: () => boolean;
  /** The text is about code (isAboutCode). */
  code: () => boolean;
  /** The text asks why something fails (asksWhyItFails). */
  fails: () => boolean;
  /** The text names a language where single quotes delimit a character (namesCharLanguage). */
  charLanguage: () => boolean;
  /** The text names a format whose strings take one kind of quote (namesQuoteStyleFormat). */
  styleFormat: () => boolean;
  /** The text asks a value's type or truth (asksTypeOrTruth). */
  typeQuestion: () => boolean;
  /** The text asks about feedback, its tone or its sentiment (asksAboutTone). */
  tone: () => boolean;
  /** The text names a config format whose values follow "key:" (CONFIG_FORMAT). */
  config: () => boolean;
  /** The text asks whether something is an identifier (ASKS_IDENTIFIER). */
  identifier: () => boolean;
}

/**
 * The marks of the quotation `text.slice(start, end)` (marks included), given what the whole text is about (`cues`).
 * Looks at most a few characters around the quotation: linear over a text's quotations.
 */
export function quoteMarks(text: string, start: number, end: number, depth: BracketDepth, cues: TextCues): QuoteMarks {
  const { sql, code, fails } = cues;
  const inner = text.slice(start + 1, end - 1);
  if (CODE_CHARACTERS.test(inner)) return { kind: 'code', key: 'typed' };
  const single = isSingleCharacter(inner);
  if (isOperand(text, start, end, depth.at(start))) return { kind: 'code', key: single || sql() || cues.charLanguage() || cues.styleFormat() ? 'style' : 'neutral' };
  // The value of a keyword that takes one ("return \"False\"", "typeof \"undefined\"", "throw 'error'"), or of an SQL
  // keyword typed in lowercase ("order by 'price'", "select 'name' from users"): a literal, not a quotation.
  const keyword = wordBefore(text, start);
  if (keyword !== undefined && /^[\p{L}\p{N}_]+$/u.test(inner)) {
    if (VALUE_KEYWORDS.has(keyword) && (keyword !== 'return' || CLAUSE_AFTER.test(text.slice(end, end + 12)))) return { kind: 'code', key: single ? 'style' : 'neutral' };
    if (SQL_KEYWORDS_BEFORE_VALUE.has(keyword) && (sql() || SQL_IN_LOWERCASE.test(text.length > CODE_SCAN * 2 ? text.slice(0, CODE_SCAN) : text))) return { kind: 'code', key: 'style' };
  }
  // A "!" inside a shell command's argument: double quotes expand it from the history, single quotes keep it
  // ("echo \"Done!\"" fails with "event not found" in an interactive bash; "echo 'Done!'" prints it).
  if (inner.includes('!') && ((keyword !== undefined && SHELL_ARGUMENT_COMMANDS.has(keyword)) || FLAG_BEFORE.test(text.slice(Math.max(0, start - 24), start)))) return { kind: 'code', key: 'style' };
  // Curly quotes around a shell command's argument or a flag's value are characters of it, not quotes, so where the
  // text asks why something fails they are likely the answer: "Why does grep “error” log.txt find nothing?" is not
  // the straight-quoted question. Elsewhere they are a phone's ("How do I grep “TODO” across a repo?").
  if (CURLY_QUOTES.has(text[start]!) && ((keyword !== undefined && SHELL_ARGUMENT_COMMANDS.has(keyword)) || FLAG_BEFORE.test(text.slice(Math.max(0, start - 24), start))) && fails()) {
    return { kind: 'code', key: 'neutral' };
  }
  // In a text about code a quoted number or character is a string or a char: "typeof '1'" is not "typeof 1"; where
  // single quotes make a char, "the type of 'a'" is not "the type of \"a\"" either.
  if ((single || NUMBER.test(inner)) && (code() || (single && cues.charLanguage()))) return { kind: 'code', key: single && cues.charLanguage() ? 'style' : 'neutral' };
  // A word quoted where its type is asked, in a language where the marks make the type: "In Erlang, is 'hello' an
  // atom?" / "… \"hello\" …" (an atom, a list).
  if (/^[\p{L}\p{N}_]+$/u.test(inner) && cues.typeQuestion() && (cues.charLanguage() || (sql() && cues.identifier()))) return { kind: 'code', key: 'style' };
  // Curly quotes around a value after its key ("key: “value”", "font-family: ‘Open Sans’;") are characters of the value
  // where the text asks why it fails: a config's or a stylesheet's answer, not a phone's typing.
  if (CURLY_QUOTES.has(text[start]!) && /[\p{L}\p{N}_-]: *$/u.test(text.slice(Math.max(0, start - 8), start)) && !PROSE_LABEL.test(text.slice(Math.max(0, start - 16), start)) && fails() && cues.config()) return { kind: 'code', key: 'neutral' };
  // A literal of code quoted where its type is the question: "Is \"0\" truthy?", "In YAML, is \"yes\" a boolean?",
  // "Is \"null\" valid JSON?" — a string against a number, a boolean or null (a red team on notations, session 34).
  if ((LITERAL_WORDS.has(inner.toLowerCase()) || NUMBER.test(inner)) && cues.typeQuestion()) return { kind: 'code', key: 'any' };
  // Scare quotes in feedback whose tone is asked: "The night staff were so \"helpful\"" is a complaint, "so helpful"
  // thanks (a red team on long prompts, session 51: 15 of 60 such pairs served). A lowercase word or two after a word that
  // does not mention it ("the word", "called", "typed"), in a text about feedback, customers, tone or sentiment; not a
  // label ("the "Reviews" tab": capitalised); quoted or not is the question.
  if (SCARE_QUOTED.test(inner) && /^\p{Ll}/u.test(inner) && keyword !== undefined && !MENTION_BEFORE.has(keyword) && cues.tone()) return { kind: 'code', key: 'any' };
  return { kind: 'punct' };
}
/** Whether a text asks whether a quoted word in SQL is a name or a value: "Is 'Total' an identifier or a string?". */
export function asksIdentifier(text: string): boolean {
  return /\bidentifiers?\b/iu.test(text);
}
/** Labels of a message quoted in prose ("error: “File too large”"), not a key of a config. */
const PROSE_LABEL = /\b(?:error|errors|status|message|reason|code|warning|says|said|title|subject|label|text|note|caption):\s*$/iu;
/** Whether a text names a format whose values follow "key:" (YAML, a compose file, CSS, Helm, Kubernetes, TOML, an .env file). */
export function namesConfigFormat(text: string): boolean {
  return CONFIG_FORMAT.test(text);
}
const CONFIG_FORMAT = /\b(?:ya?ml|css|compose|docker|helm|kubernetes|k8s|toml|ini|config|manifest|nginx|ansible|workflow|stylesheet|scss|sass|\.env)\b/iu;
const SCARE_QUOTED = /^\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?$/u;
/** Words before a quotation that mention the word rather than use it: "What does 'literally' mean?", "the word 'fine'". */
const MENTION_BEFORE: ReadonlySet<string> = new Set([
  'does', 'do', 'did', 'word', 'words', 'term', 'terms', 'phrase', 'phrases', 'say', 'says', 'said', 'saying', 'called', 'like', 'as', 'mean',
  'means', 'spell', 'spelled', 'spelt', 'wrote', 'write', 'writes', 'typed', 'type', 'translate', 'define', 'use', 'using', 'used',
  'with', 'replace', 'label', 'labelled', 'labeled', 'named', 'name', 'titled', 'tagged', 'marked', 'reads', 'read', 'shows', 'show', 'display',
  'to', 'click', 'clicked', 'press', 'pressed', 'select', 'selected', 'choose', 'chose', 'enter', 'entered', 'search', 'searched',
]);
/** Whether a text asks about feedback, its tone or its sentiment (its start and end, like isAboutCode). */
export function asksAboutTone(text: string): boolean {
  return ABOUT_TONE.test(startAndEnd(text));
}
const ABOUT_TONE = /\b(?:feedback|reviews?|complain\w*|compliments?|sentiment|sarcas\w*|ironic\w*|irony|tone|happy|unhappy|satisf\w*|dissatisf\w*|feels?|feeling|mood|praise|positive|negative|rating|nps|csat|customers?|guests?|clients?|recommend\w*|surveys?|tweets?|testimonials?|come\s+back)\b/iu;

/**
 * The key of a quote mark of code: as typed, by its style (single or double), or one for all straight quotes.
 * Curly quotes stay apart from straight ones in every case: in code they are no string's delimiters but a syntax
 * error ("Why does JSON.parse throw on {“port”: 8080}?" is answered by them).
 */
export function quoteMarkKey(mark: string, key: 'typed' | 'style' | 'neutral' | 'any'): string {
  if (key === 'typed') return mark;
  // Quoted or not is the question, not how: “yes” = "yes" = 'yes'.
  if (key === 'any') return '"';
  const curly = CURLY_QUOTES.has(mark);
  if (key === 'neutral') return curly ? '“' : '"';
  return mark === '‘' || mark === '’' ? '‘' : mark === '“' || mark === '”' ? '“' : mark;
}
const CURLY_QUOTES: ReadonlySet<string> = new Set(['‘', '’', '“', '”']);

/** A text about code: it names a programming language, a shell or a library ("In JavaScript, …", "Python: …"). */
export function isAboutCode(text: string): boolean {
  const scanned = startAndEnd(text);
  for (const word of scanned.toLowerCase().matchAll(/[a-z][a-z+#]*/g)) {
    if (PROGRAMMING_NAMES.has(word[0]) || (PROGRAMMING_NAMES_CAPITALISED.has(word[0]) && /[A-Z]/.test(scanned[word.index] ?? ''))) return true;
  }
  return false;
}
/** How much of a long text's start and end is searched for a programming language's name. */
const CODE_SCAN = 2_000;
/** A long text's first and last CODE_SCAN characters, where it names its language or asks its question; a short text whole. */
function startAndEnd(text: string): string {
  return text.length > CODE_SCAN * 2 ? `${text.slice(0, CODE_SCAN)} ${text.slice(-CODE_SCAN)}` : text;
}
const NUMBER = /^[+-]?\p{N}[\p{N}.,_]*$/u;
/** Words that are literals of code: booleans, nulls, YAML's booleans. */
const LITERAL_WORDS: ReadonlySet<string> = new Set(['true', 'false', 'null', 'none', 'nil', 'undefined', 'nan', 'yes', 'no', 'on', 'off', 'y', 'n']);
/** A question about a value's type or truth: truthy, falsy, boolean, a string, JSON, YAML, equal to, valid. */
const TYPE_QUESTION = /\b(?:truthy|falsy|falsey|boolean|bool|string|json|yaml|toml|typeof|data type|type of|what type|class of|atom|charlist|char|character|binary|identifier|literal|valid (?:json|yaml|toml)|parsed? as|coerced?|evaluates? (?:to|as)|counts? as (?:true|false|empty)|treated as (?:true|false))\b/iu;

/** Whether a text asks a value's type or truth (its start, as isAboutCode reads it), read once per text. */
export function asksTypeOrTruth(text: string): boolean {
  return TYPE_QUESTION.test(startAndEnd(text));
}

/**
 * A text naming a language where single quotes delimit one character and double quotes a string (C, C++, C#,
 * Java, Go, Rust, Kotlin, Scala, Haskell…) or where single quotes are no string at all (Swift): there
 * "printf('Hello world')" is an error that "printf(\"Hello world\")" is not. Its start and end, like isAboutCode.
 */
export function namesCharLanguage(text: string): boolean {
  return CHAR_LANGUAGE.test(startAndEnd(text));
}
// "Java" not "JavaScript" (nothing of a name may follow). C, Go, Rust and Swift are also a vitamin or a grade, a verb,
// corrosion and a singer: only "in C", "C code" and the like.
// Also languages where single quotes make a char, an atom or a charlist and double quotes a string (a red team on
// typography, session 51): Elixir, Erlang, F#, Prolog, Julia, Nim, Crystal, Elm, Ada, Zig (a name that is also a word
// only after "in", "using" or "with").
const CHAR_LANGUAGE = new RegExp(
  [
    String.raw`(?:^|[^\p{L}\p{N}_#+])(?:C\+\+|C#|F#|Java|Kotlin|Scala|Haskell|OCaml|golang|Golang|Elixir|Erlang|Prolog|Common Lisp|Emacs Lisp|Lisp|Scheme|Racket|Clojure|Smalltalk|Verilog|SystemVerilog|VHDL)(?![\p{L}\p{N}_#+])`,
    String.raw`\b(?:[Ii]n|[Uu]sing|[Ww]ith) (?:C|Go|Rust|Swift|Julia|Nim|Crystal|Elm|Ada|Zig)\b(?![+#])`,
    String.raw`\b(?:C|Go|Rust|Swift|Julia|Nim|Crystal|Elm|Ada|Zig) (?:code|program|programs|function|functions|compiler|string|strings|char|chars|array|arrays|pointer|pointers)\b`,
  ].join('|'),
  'u',
);

/**
 * A text naming a format or a language whose strings take one kind of quote, where an operand in the other is an error
 * or another value: JSON (`{'id': 3}` is invalid), Excel's and Sheets' formulas, DAX, MATLAB (a char array or a
 * string), HCL and Terraform, GraphQL, a Dockerfile's exec form, JMESPath, VBA (a comment), Pascal and Delphi. Read
 * only for an operand (a red team on typography, session 51: 69 such pairs served); a quoted character in prose about
 * them is the same either way ("How do I count cells that contain 'x' in Excel?": a break test of a first version).
 */
export function namesQuoteStyleFormat(text: string): boolean {
  return QUOTE_STYLE_FORMAT.test(startAndEnd(text));
}
const QUOTE_STYLE_FORMAT =
  /(?:^|[^\p{L}\p{N}_#+])(?:JSON|json|jq|Excel|Google Sheets|DAX|MATLAB|Matlab|Octave|HCL|Terraform|GraphQL|Dockerfile|JMESPath|VBA|VB\.NET|Visual Basic|Pascal|Delphi|Power Query|Stata)(?![\p{L}\p{N}_#+])/u;

/** A text about SQL: it names a database or holds a query keyword in capitals. */
export function isAboutSql(text: string): boolean {
  return SQL_NAMED.test(text) || SQL_IN_CAPITALS.test(text);
}

function isOperand(text: string, start: number, end: number, depth: number): boolean {
  let before = start - 1;
  while (before >= 0 && start - before <= SPACES_AROUND && (text[before] === ' ' || text[before] === '\t')) before--;
  const previous = before >= 0 ? text[before]! : '';
  if (OPERATOR_BEFORE.test(previous) || OPENING.test(previous)) return true;
  if (depth > 0 && (previous === ',' || previous === ':')) return true;
  // "x ?? 'y'", "x ?: 'y'", "x?.'y'", "x ? 'y' : 'z'" (a lone "?" between spaces), "'10' - '4'" (a minus after an operand).
  const operatorBefore = text.slice(Math.max(0, before - 3), before + 1);
  if (/(?:\?[?:.]|[\p{L}\p{N}_)\]'"] \?)$/u.test(operatorBefore)) return true;
  if (previous === '-' && /['"”’\p{N})\]] *-$/u.test(operatorBefore)) return true;
  if (/\p{Lu}/u.test(previous) && SQL_WORD_BEFORE.test(text.slice(Math.max(0, before - 8), before + 1))) return true;
  let after = end;
  while (after < text.length && after - end < SPACES_AROUND && (text[after] === ' ' || text[after] === '\t')) after++;
  const next = text[after] ?? '';
  if (CLOSING.test(next) || OPERATOR_AFTER.test(next)) return true;
  if (next === '!' || next === '-') return text[after + 1] === '=' || (next === '-' && OPERAND_START.test(text.slice(after + 1, after + 3)));
  // A method called on the literal or an index into it: "'abc'.upper()", "'abc'[0]".
  if (after === end && (next === '.' || next === '[') && /\p{L}/u.test(text[end + 1] ?? '')) return true;
  return depth > 0 && (next === ',' || next === ':');
}

/** The word right before `start` (spaces between), lowercase, or undefined. */
function wordBefore(text: string, start: number): string | undefined {
  let before = start - 1;
  while (before >= 0 && start - before <= SPACES_AROUND && (text[before] === ' ' || text[before] === '\t')) before--;
  if (before === start - 1) return undefined;
  const word = /[A-Za-z_]+$/u.exec(text.slice(Math.max(0, before - 11), before + 1));
  return word === null ? undefined : word[0].toLowerCase();
}
/** Shell commands whose arguments are strings, patterns or file names. */
export const SHELL_ARGUMENT_COMMANDS: ReadonlySet<string> = new Set(['echo', 'printf', 'grep', 'egrep', 'sed', 'awk', 'alias', 'ls', 'cat', 'touch', 'mkdir', 'rm', 'cp', 'mv', 'cd', 'cut', 'find', 'install', 'run', 'ssh']);
/** A command-line flag right before a quotation: `-m "fix"`, `--header "Accept: …"`, `--data=`. */
const FLAG_BEFORE = /(?:^|\s)--?[A-Za-z][\w-]*[ =]?$/u;
/** Whether a text asks why something fails or errs (its start and end, like isAboutCode); asked lazily, once per text. */
export function asksWhyItFails(text: string): boolean {
  return ASKS_WHY_IT_FAILS.test(startAndEnd(text));
}
const ASKS_WHY_IT_FAILS = /\b(?:why|errors?|fail\w*|wrong|invalid|broken|(?:does ?n[o'’]t|won[’']?t|not) (?:work|find|send|match|start|run)\w*|will (?:this|it) work|nothing|no such)\b/iu;
/** Keywords whose operand follows them: what comes after in quotes is a string literal. */
const VALUE_KEYWORDS: ReadonlySet<string> = new Set(['return', 'typeof', 'throw', 'raise', 'yield', 'sizeof', 'instanceof']);
/**
 * What follows a returned literal: the sentence's end or a clause ("does return \"False\" but …"); not a noun, where
 * "return" is the English verb ("How do I return \"defective\" items?").
 */
const CLAUSE_AFTER = /^\s*(?:$|[.,;:!?)]|(?:but|and|or|so|instead|when|if|even|while|though|although|because|which|as)\b)/u;
/** SQL keywords a value or a name follows: there single and double quotes differ too ('x' a value, "x" a name). */
const SQL_KEYWORDS_BEFORE_VALUE: ReadonlySet<string> = new Set(['select', 'by', 'where', 'from', 'values', 'set', 'like', 'distinct', 'as', 'join', 'into', 'update', 'table']);
/** SQL typed in lowercase: "select … from", "order by", "group by", "insert into". */
const SQL_IN_LOWERCASE = /\bselect\b[^.?!\n]{0,200}\bfrom\b|\b(?:order|group) by\b|\binsert into\b/iu;

/** How many spaces may stand between a quotation and the operator or bracket next to it. */
const SPACES_AROUND = 4;
// Characters that make quoted text code rather than prose (shell variables, escapes, braces, operators).
const CODE_CHARACTERS = /[$\\{}()[\]<>=|&*%#@^~`;]/u;
// Not "-" before (a list's bullet, a flag's value "-m 'fix'" has its letter before), nor "!" or "?" after.
const OPERATOR_BEFORE = /^[=+*/%<>!&|^~]$/u;
const OPERATOR_AFTER = /^[=+*/%<>&|^]$/u;
const OPENING = /^[([{]$/u;
const CLOSING = /^[)\]}]$/u;
/** After a minus: a number, a quotation or a bracket ("'5' - 2", "'a' - 'b'"), not a clause ("'hi' - a greeting"). */
const OPERAND_START = /^ ?[\p{N}'"“‘(]/u;
const SQL_WORD_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${[...SQL_KEYWORDS, ...SQL_VALUE_KEYWORDS].map((word) => word.toUpperCase()).join('|')})$`, 'u');
const SQL_IN_CAPITALS = new RegExp(String.raw`\b(?:${[...SQL_KEYWORDS].filter((word) => word.length > 3).map((word) => word.toUpperCase()).join('|')})\b`, 'u');
const SQL_NAMED = /\b(?:sql|t-sql|pl\/sql|postgres(?:ql)?|mysql|mariadb|sqlite|oracle|sql server|bigquery|snowflake)\b/iu;

function isSingleCharacter(inner: string): boolean {
  const first = inner.codePointAt(0)!;
  return inner.length === (first > 0xffff ? 2 : 1);
}
