import { FILE_TOOLS } from './identifier-position.ts';
import { isAboutCode, SHELL_ARGUMENT_COMMANDS } from './quoted-literal.ts';

/**
 * A phrase of several words quoted in prose on one side only: 'Who wrote "Pride and Prejudice"?' / 'Who wrote Pride and
 * Prejudice?', 'Translate "good morning" into French' / '… good morning …'. A title or a phrase to work on, quoted or
 * not, asks the same; the verifier reads a quotation's words verbatim, space and all, so it kept the two apart (an
 * over-refusal study, session 55: every such pair refused, while one quoted word, "hello" / hello, was served).
 *
 * Returns both texts with the quotation marks of that side removed, to be verified again (the caller takes only a
 * `same`), or undefined. Only where the quotation marks can be no more than typography: the other side has no
 * quotation mark at all (a quotation moved, split or widened — 'Print "hello world" twice' / 'Print "hello world
 * twice"' — is left to the tokens); each quotation holds two to eight words of letters alone, opens after a space or
 * the text's start and closes before a space, a sentence's mark or the end, and stands on the other side in the same
 * words and case; it is a title or a name not to be translated, or a phrase in lowercase to translate or explain; the
 * word before it is no command, keyword or flag ('mkdir "my folder"', 'git commit -m "fix bug"', 'select "first name"
 * from users'), the text names no programming language ('In JSON, is "first name" a valid key?') and holds no mark of
 * code, and nothing asks about exactness, quoting or the letters and words of the phrase ('How many characters are
 * in "Romeo and Juliet"?': two reviews of first versions, session 55).
 */
export function withoutProseQuotes(query: string, candidate: string): { query: string; candidate: string } | undefined {
  const [queryQuoted, candidateQuoted] = [DOUBLE_QUOTE.test(query), DOUBLE_QUOTE.test(candidate)];
  if (queryQuoted === candidateQuoted) return undefined;
  const [quoted, other] = queryQuoted ? [query, candidate] : [candidate, query];
  // The other side quotes nothing in single marks either ("please be seated" / 'please be seated': its own rules read that).
  if (quoted.length > MAX_CHARACTERS || SINGLE_QUOTE.test(other) || CODE_MARKS.test(quoted) || QUOTING_TOPIC.test(quoted) || QUOTING_TOPIC.test(other)) return undefined;
  let stripped = '';
  let cursor = 0;
  let quotations = 0;
  const translating = TRANSLATING.test(quoted);
  for (const match of quoted.matchAll(QUOTATION)) {
    // A title or a name (its words capitalised: 'Who wrote "Pride and Prejudice"?'), or a phrase in lowercase to
    // translate or explain ('Translate "good morning" into French', 'What does "carpe diem" mean?'). Not a title to
    // translate, which may be the whole work ('Translate "the Constitution" into Spanish'), nor ordinary words quoted.
    const title = TITLE.test(match[2]!);
    if (title ? translating : !(translating && LOWERCASE.test(match[2]!))) return undefined;
    // The same words, in the same case, stand unquoted on the other side ('Review "The Room"' is not 'Review the room').
    if (!other.includes(match[2]!)) return undefined;
    const before = quoted.slice(cursor, match.index);
    // The words right before it, read in a bounded tail: a text of many quotations is not read from its start for each
    // (a review: 350 ms for one 2 KB prompt).
    const tail = quoted.slice(Math.max(0, match.index - BEFORE_REACH), match.index);
    const previous = /(\S+)\s+$/u.exec(tail);
    const previousWord = previous?.[1]?.toLowerCase();
    if (previousWord !== undefined && (COMMANDS.has(previousWord) || LITERAL_BEFORE.has(previousWord) || /^[-/\\]/u.test(previousWord))) return undefined;
    // Scare quotes on what something is said to be ("The staff were "very friendly" — how should I reply?"), not a
    // question that opens with "Is" ('Is "Sherlock Holmes" a real person?').
    if (previousWord !== undefined && PREDICATE_BEFORE.has(previousWord) && !(match.index <= BEFORE_REACH ? OPENS_TEXT : OPENS_SENTENCE).test(tail)) return undefined;
    stripped += before + match[2]!;
    cursor = match.index + match[0].length;
    quotations++;
  }
  stripped += quoted.slice(cursor);
  // Every mark belongs to a quotation of words taken out; any other one is left as it is.
  if (quotations === 0 || DOUBLE_QUOTE.test(stripped) || isAboutCode(quoted)) return undefined;
  return queryQuoted ? { query: stripped, candidate } : { query, candidate: stripped };
}
const DOUBLE_QUOTE = /["“”]/u;
/** A single quotation mark that is no apostrophe between letters ("don't" has one). */
const SINGLE_QUOTE = /(?<![\p{L}\p{N}])['‘’`]|['‘’`](?![\p{L}\p{N}])/u;
/** A quotation of two to eight words of letters, opening after a space or the start and closing before a space, a sentence's mark or the end. */
const QUOTATION = /(?<=^|\s)(["“])(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){1,7})(["”])(?=$|[\s.,;:!?])/gu;
/** Marks of code or markup anywhere in the text. */
const CODE_MARKS = /[`=(){}[\]<>$|\\;#@*^~]/u;
const MAX_CHARACTERS = 2_000;
/** Characters before a quotation read for the word before it. */
const BEFORE_REACH = 80;
/** The word before the quotation opens the text or its sentence ("Is "Sherlock Holmes" a real person?"). */
const OPENS_SENTENCE = /[.?!:\n]\s*\S+\s+$/u;
const OPENS_TEXT = /(?:^|[.?!:\n])\s*\S+\s+$/u;
/** A text about exactness, quoting or strings, where the marks are what is asked. */
const QUOTING_TOPIC = /\b(?:exact(?:ly)?|verbatim|literal(?:ly)?|quot\w*|strings?|escap\w*|argument\w*|arg|args|shell|terminal|command\w*|cli|prompt|regex\w*|pattern|search\w*|google|query|queries|sql|column\w*|key|keys|field|fields|filename\w*|file|files|folder|folders|directory|directories|path|paths|letters?|characters?|chars?|words?|syllables?|vowels?|consonants?|first|last|longest|shortest|spell\w*|count\w*|many|length|long|anagrams?|palindromes?|rhym\w*|revers\w*|backwards?|capitali[sz]\w*|uppercase|lowercase|acronyms?|initials|abbreviat\w*)\b/iu;
/** Words after which a quotation is the literal words to write or find: 'Write a sentence without "the end"', 'Reply with "yes or no"'. */
const LITERAL_BEFORE: ReadonlySet<string> = new Set([
  'with', 'without', 'contain', 'contains', 'containing', 'include', 'includes', 'including', 'use', 'uses', 'using', 'reply', 'respond',
  'answer', 'end', 'ends', 'ending', 'start', 'starts', 'starting', 'begin', 'begins', 'beginning', 'word', 'words', 'phrase', 'term', 'expression', 'text',
  'sentence', 'line', 'replace', 'replacing', 'instead', 'than', 'except', 'not', 'no', 'name', 'named', 'called', 'titled', 'label', 'labelled', 'labeled',
]);
/** Words before a predicate in scare quotes. */
const PREDICATE_BEFORE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been', 'so', 'very', 'too', 'quite', 'really', 'seems', 'seemed', 'looks', 'looked', 'sounds', 'sounded', 'feels', 'felt']);
/** A title's or a name's words: each capitalised but the small words inside ("Pride and Prejudice", "The Lord of the Rings"). */
const TITLE = /^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|a|an|the|and|or|of|in|on|at|to|for|with|by|from|de|la|le|von|van))*$/u;
const LOWERCASE = /^[\p{Ll}'’ -]+$/u;
/** A request to translate or explain a phrase. */
const TRANSLATING = /\b(?:translat\w*|mean|means|meaning|define|definition|say|pronounc\w*|idiom|expression)\b/iu;
/**
 * Commands, keywords and functions a quoted argument follows: its quotation marks are code's. The shell's tools are the
 * verifier's own lists (identifier-position.ts, quoted-literal.ts); these are the rest.
 */
const COMMANDS: ReadonlySet<string> = new Set([
  ...FILE_TOOLS, ...SHELL_ARGUMENT_COMMANDS, 'fgrep', 'sh', 'bash', 'zsh', 'python', 'python3', 'node', 'git', 'npm', 'npx', 'pip', 'sudo', 'open', 'start',
  'exec', 'call', 'print', 'puts', 'alert', 'typeof', 'select', 'from', 'where', 'insert', 'into', 'values', 'set', 'like', 'match', 'cmd', 'powershell',
  'docker', 'kubectl', 'type', 'dir', 'del', 'copy', 'move', 'ren', 'rename', 'java', 'javac', 'gcc', 'make', 'tee', 'export', 'env', 'source', 'eval',
  'let', 'const', 'var', 'return', 'import', 'include', 'require', 'console.log', 'log', 'write', 'writeln', 'read', 'input',
]);
