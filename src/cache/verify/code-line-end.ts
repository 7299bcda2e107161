/**
 * A mark ending a line of code pasted without a fence: the verifier reads a `;`, `:` or `,` at a line's end as
 * sentence punctuation unless the line reads as code by its keyword or an assignment (verify-tokens.ts isCodeLine);
 * a red team on code (session 37) found 197 of 5,871 one-mark edits served that way, every one unfenced:
 * `build:` / `build` in a Makefile, `ports:` in YAML, `match cmd:` and `async with lock:` in Python, `SELECT name,` /
 * `SELECT name` (the next column becomes an alias), `  a,` / `  a` inside a call spread over lines, `if x.even?` /
 * `if x.even` in Ruby, `using System;` / `using System`, `String s = "hi";`, a Rust block's tail `n` / `n;`.
 *
 * Read on two texts with the same lines that differ only in the marks ending some of them: a line whose words read
 * as code (a mark of code in it, one name alone, an indented line of few words, or a keyword opening it) differs by
 * its mark. A semicolon counts only where the text shows a language that needs it (C, C++, C#, Java, PHP, Rust, Perl):
 * JavaScript and SQL run the same without one (kept from session 35).
 */
export function codeLineEndChanged(query: string, candidate: string): boolean {
  if (!query.includes('\n') || !candidate.includes('\n')) return false;
  const left = query.split('\n');
  const right = candidate.split('\n');
  if (left.length !== right.length || left.length > MAX_LINES) return false;
  let semicolons: boolean | undefined;
  let codeAround: boolean | undefined;
  const showsCode = () => (codeAround ??= left.some((line) => CODE_MARK.test(line) || line.startsWith('\t') || SQL_LINE.test(line)) || CODE_TOPIC.test(query));
  for (let index = 0; index < left.length; index++) {
    if (left[index] === right[index]) continue;
    const one = endMark(left[index]!);
    const other = endMark(right[index]!);
    if (one.body !== other.body || one.mark === other.mark || !codeLike(one.body, showsCode)) continue;
    const marks = one.mark + other.mark;
    if (marks.includes('?') && !METHOD_BEFORE.test(one.body)) continue;
    if (marks.includes(';') && !(semicolons ??= SEMICOLON_LANGUAGE.test(query) || SEMICOLON_LANGUAGE.test(candidate))) continue;
    return true;
  }
  return false;
}

/**
 * Whether a YAML list item or value typed without a fence is quoted on one side only, where the quotes change its
 * type: `- NO` is false and `- "NO"` the string (the Norway problem), `- 8080` a number and `- '8080'` a string,
 * `- null` nothing (a red team on code, session 37: 18 of 42 such pairs served; quoting a plain word, `- web` /
 * `- "web"`, is the same string and stays served). Read in a text that shows YAML: a key alone on its line.
 */
export function yamlScalarQuoted(query: string, candidate: string): boolean {
  if (!query.includes('\n') || !YAML_KEY_LINE.test(query)) return false;
  const left = query.split('\n');
  const right = candidate.split('\n');
  if (left.length !== right.length || left.length > MAX_LINES) return false;
  for (let index = 0; index < left.length; index++) {
    if (left[index] === right[index]) continue;
    const one = YAML_ITEM.exec(left[index]!.trimEnd());
    const other = YAML_ITEM.exec(right[index]!.trimEnd());
    // Quoted on one side only: single against double quotes is a string either way.
    if (one === null || other === null || one[1] !== other[1] || one[3] !== other[3] || (one[2] === undefined) === (other[2] === undefined)) continue;
    if (TYPED_SCALAR.test(one[3]!)) return true;
  }
  return false;
}
const YAML_KEY_LINE = /^[ \t]*[\p{L}_][\w.-]*:[ \t]*$/mu;
/** A list item or a key's value: its lead (`  - `, `  key: `), its quote if any, and its value inside the quotes. */
const YAML_ITEM = /^([ \t]*(?:-[ \t]+|[\p{L}_][\w.-]*:[ \t]+))(["'])?([^"'\s][^"']*?)\2?$/u;
/** A YAML 1.1 scalar that is no string unquoted: a boolean of any spelling, null, a number. */
const TYPED_SCALAR = /^(?:y|n|yes|no|true|false|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/iu;

/**
 * Whether a value after a key typed inline in prose is quoted on one side only, where the quotes change its type:
 * `why does "port": "8080" not work` / `… "port": 8080 …` (a string against a number), `explain "strict": true` /
 * `"strict": "true"`, `what does verbose: NO do` / `verbose: "NO"` (a red team on code, session 44: 1,182 of 4,386
 * such pairs served; yamlScalarQuoted reads YAML on lines of its own). A key is a quoted name (JSON) or a lowercase
 * name glued to its colon (YAML); a plain word quoted or not (`"mode": "fast"` / `fast`) stays the same string.
 */
export function inlineScalarQuoted(query: string, candidate: string): boolean {
  const left = inlineValues(query);
  const right = inlineValues(candidate);
  if (left.length === 0 || left.length !== right.length) return false;
  return left.some((one, index) => {
    const other = right[index]!;
    return one.key === other.key && one.value.toLowerCase() === other.value.toLowerCase() && one.quoted !== other.quoted && TYPED_SCALAR.test(one.value);
  });
}
function inlineValues(text: string): Array<{ key: string; quoted: boolean; value: string }> {
  const values: Array<{ key: string; quoted: boolean; value: string }> = [];
  for (const match of text.matchAll(INLINE_KEY_VALUE)) {
    // Someone's words quoted after a verb of saying are no value of a key ("My boss replied: "NO""; a review).
    if (REPORTING.has(match[1]!.toLowerCase())) continue;
    values.push({ key: match[1]!, quoted: match[2] !== undefined, value: match[3]! });
    if (values.length > MAX_LINES) break;
  }
  return values;
}
const REPORTING: ReadonlySet<string> = new Set(['said', 'says', 'say', 'replied', 'replies', 'reply', 'wrote', 'writes', 'answered', 'answers', 'answer', 'asked', 'asks', 'told', 'texted', 'responded', 'response', 'yelled', 'shouted', 'typed', 'messaged', 'emailed', 'commented', 'posted', 'tweeted', 'added', 'note', 'quote']);
/** A key (`"port"`, `'port'`, `verbose`) glued to its colon, then a value quoted or bare, ending where a value ends. */
const INLINE_KEY_VALUE = /(?<![\w"'])(["'][\p{L}_][\w.-]{0,60}["']|\p{Ll}[\w.-]{0,60}):[ \t]{1,4}(["'])?([-+~]?\.?\w{1,40}(?:\.\w{1,40}){0,3})\2?(?![\w"'])/gu;

/** Texts of more lines are not read so (a pasted file, whose other differences the verifier reads anyway). */
const MAX_LINES = 2_000;

/** A line's text without its trailing spaces, split into what comes before the marks ending it and those marks. */
function endMark(line: string): { body: string; mark: string } {
  const trimmed = line.trimEnd();
  const mark = END_MARKS.exec(trimmed)?.[0] ?? '';
  return { body: trimmed.slice(0, trimmed.length - mark.length), mark };
}
const END_MARKS = /[;:,?]+$/u;

/**
 * Whether a line's words (its end mark left out) read as code rather than a sentence: a mark of code in it, or, in a
 * text that shows code elsewhere (`showsCode`), one name alone, an indented line of few words or a keyword opening a
 * short line. Not a list typed in prose ("Things to do:\nreturn books or DVDs,\nbuy milk", "Shopping:\nmilk,\neggs").
 */
function codeLike(body: string, showsCode: () => boolean): boolean {
  if (body.trim() === '') return false;
  if (CODE_MARK.test(body)) return true;
  if (!showsCode()) return false;
  const words = body.trim().split(/\s+/u);
  // One name alone: a YAML key, a Makefile target, a label, a block's tail expression ("build", "ports", "n").
  if (words.length === 1 && NAME.test(words[0]!) && !COURTESY.test(words[0]!) && (body !== body.trimStart() || /^[\p{Ll}_.]/u.test(words[0]!))) return true;
  if (/^\s/u.test(body) && words.length <= INDENTED_WORDS && !COURTESY.test(words[0]!)) return true;
  return words.length <= KEYWORD_LINE_WORDS && CODE_KEYWORD.test(body);
}
/**
 * A mark of code in a line: an assignment or comparison, braces or brackets, a call (a name glued to its bracket), a
 * member after a dot, `::`, an arrow, a shift, a variable's `$`. Not a note's parentheses ("gym (3pm)"), a price
 * ("$200"), a number sign ("#2"), "a.m." or a domain typed in a to-do list (a review, session 37).
 */
const CODE_MARK = /[={}[\]]|[\p{L}\p{N}_]\(|::|->|=>|<<|>>|\$[\p{L}_{(]|\p{Ll}\.\p{Ll}[\p{L}\p{N}_]*\(|\b(?:self|this|[a-z_]\w*)\.(?!(?:com|org|net|io|co|uk|de|edu|gov|us|ca|au|ai|dev|app)\b)\p{Ll}{2,}\w*\??$/u;
const NAME = /^[\p{L}_.][\p{L}\p{N}_.\-/]*$/u;
const COURTESY = /^(?:thanks|thank|thx|ty|cheers|regards|hi|hello|hey|please|pls|best|sincerely|yes|no|ok|okay|sure)$/iu;
/** The most words of an indented line read as code by its indentation alone. */
const INDENTED_WORDS = 4;
/** The most words of a line read as code by a keyword opening it. */
const KEYWORD_LINE_WORDS = 4;
/** A line of SQL, its keyword typed in capitals. */
const SQL_LINE = /^\s*(?:SELECT|FROM|WHERE|INSERT|UPDATE|DELETE|CREATE|ALTER|WITH)\b/u;
/** A text about code, a program or its failure, read when no line of it shows a mark of code. */
const CODE_TOPIC = /\b(?:code|script|compiles?|compiler|fails?|yaml|makefile|sql|syntax|python|ruby|rust|java|php|bash|shell)\b/iu;
const CODE_KEYWORD = /^\s*(?:async|await|match|case|def|class|if|for|while|from|elif|else|except|finally|try|with|lambda|SELECT|FROM|WHERE|JOIN|GROUP\s+BY|ORDER\s+BY|HAVING|import|using|namespace|package|return|puts|echo|printf|println|let|const|var|fn|func|public|private|protected|static|struct|enum|interface|impl|pub|unless|elsif)\b/u;
/** A `?` ending a method's name (Ruby's `x.even?`, `arr.empty?`), not a question about a call. */
const METHOD_BEFORE = /\.\p{Ll}[\p{L}\p{N}_]*$/u;
/** A language whose statements need their semicolon, shown by its code or named. */
export const SEMICOLON_LANGUAGE =
  /#include\b|\bstd::|\b(?:cout|cin|cerr)\b|\bprintf\s*\(|\bSystem\.out\b|\bConsole\.Write|\busing\s+[A-Z][\w.]*\s*;|^[ \t]*import\s+(?:static\s+)?[a-z][\w]*(?:\.[\w*]+)+\s*;|\b(?:public|private|protected)\s+(?:static\s+)?(?:final\s+)?(?:void|int|long|String|boolean|double|float|char|class)\b|\b(?:int|long|short|char|float|double|bool|boolean|byte|String|void|size_t|unsigned|auto)\s+\*?[A-Za-z_]\w*\s*(?:[=;,)[]|$)|\bvector\s*<|<\?php|\$[A-Za-z_]\w*\s*(?:=|->|\[)|\becho\s+\$|\bfn\s+\w+\s*\(|\blet\s+mut\b|\bimpl\b|\w!\s*[([]|\b(?:in|using|with|for)\s+(?:C|C\+\+|C#|Java|PHP|Rust|Perl|Dart|Objective-C)(?![\p{L}\p{N}+#])/mu;
