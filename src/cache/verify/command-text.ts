/**
 * The words a command prints or names, typed as its unquoted arguments in lines of shell, PowerShell, batch, a
 * Makefile or a Dockerfile pasted into a prompt: `echo hi` / `echo hello`, `echo done` / `echo done!`, `echo it is
 * done` / `echo it's done` (an unclosed quote), `git commit -m fix typo` / `-m fix a typo`, `mkdir colour` / `mkdir
 * color`. The tokenizer reads such words as prose, so the prose rules (courtesy, punctuation, contractions, articles,
 * spelling, synonyms, number words) served one command's answer for another: a red team on pasted code, session 39,
 * 14,368 of 42,699 such edits. What a command prints is verbatim; so is the name it creates or reads.
 *
 * A command line opens a line with a command of COMMAND_LINE (after its indentation and a prompt, `sudo`, `RUN` or a
 * CI step's `- `). Commands that are English words too count only where a shell shows: `say`, `print`, `puts`, `wall`
 * after a prompt or in a text that shows a shell (SHELL_TEXT), and not before a determiner ("print the contents of
 * config.yaml" is a request); `cat`, `find`, `make`, `touch` after a prompt or before a shell's argument ("find all
 * files in /var/log" is a request, "find . -name x" a command). A sentence about a command ("grep is not finding
 * anything") is none, nor is a text of one line: "say hi in French" is a request either way.
 *
 * Returns whether the two texts' command lines, in order and from the command on, differ in anything but trailing
 * spaces and a trailing comment; texts with command lines on one side that the other lacks are left to other rules.
 *
 * @example commandTextChanged('What does this print?\necho hi', 'What does this print?\necho hello') // true
 */
export function commandTextChanged(query: string, candidate: string): boolean {
  if (!query.includes('\n') || !candidate.includes('\n')) return false;
  const left = commandLines(query);
  const right = commandLines(candidate);
  // Command lines on one side that the other lacks (a line retyped as prose, "find the bug" / "Find the bug") are left
  // to the other rules: only commands read on both sides are compared.
  if (left.length !== right.length) return false;
  return left.some((line, index) => line !== right[index]);
}

/**
 * The words `echo` or `printf` prints, typed inline in a sentence without quotes: "What does echo the end print?" /
 * "… echo end print?", "the output of echo colour" / "… color", "echo hello please" / "echo hello" (a red team on
 * code, session 42: articles, courtesy, contractions, spellings and synonyms in them served). Read from a command after
 * a question's verb ("does", "would"), "of", "by", "run", "the line", a colon or a backtick, or opening the text, to
 * the verb that asks about it ("print", "output"), a word that goes on in prose ("and", "it", "in", "when") or the
 * sentence's end. Whether both texts print that many texts and any differs, as typed.
 */
export function printedTextChanged(query: string, candidate: string): boolean {
  const left = printedTexts(query);
  if (left.length === 0) return false;
  const right = printedTexts(candidate);
  return left.length === right.length && left.some((printed, index) => printed !== right[index]);
}
function printedTexts(text: string): string[] {
  if (!PRINT_COMMAND.test(text)) return [];
  const found: string[] = [];
  // Quotes around the whole text print nothing: `echo 'hello'` prints what `echo hello` does.
  for (const match of text.matchAll(INLINE_PRINT)) found.push(match[1]!.trimEnd().replace(WHOLLY_QUOTED, '$2'));
  return found;
}
/** Straight quotes around the whole text (curly ones are printed: a shell does not read them as quotes). */
/** A printing command in any case a shell or cmd.exe takes ("echo", "ECHO"), before a quick look for one. */
const PRINT_COMMAND = /echo|printf/iu;
const WHOLLY_QUOTED = /^(['"])(.*)\1$/u;
const INLINE_PRINT = /(?:^|[:`>$]|\b(?:[Dd]oes|[Dd]o|[Dd]id|[Ww]ould|[Ww]ill|of|by|[Rr]un|runs|ran|running|line|command|[Tt]yped?|then|[Ww]hy|[Ii]f))[ \t\u00a0]{0,3}(?:echo|ECHO|printf)[ \t\u00a0]+([^\n?!;|>.,]{1,300}?)(?=[ \t\u00a0]+(?:print|prints|output|outputs|write|writes|display|displays|show|shows|produce|produces|return|returns|do|give|say|mean|put|and|it|in|on|when|then|but|because|if|like|from|into|inside|with|without|not|doesn't|does|is|isn't)\b|[\n?!;:|>,]|\.(?:\s|$)| *$)/gu;

/** The text's command lines from the command on (see commandTextChanged), or none for a text of one line. */
function commandLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.filter((line) => NOT_BLANK.test(line)).length < 2) return [];
  const found: string[] = [];
  let shell: boolean | undefined;
  for (const line of lines) {
    const match = COMMAND_LINE.exec(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
    if (match === null) continue;
    const [, prompt, spaced, rest] = match as unknown as [string, string | undefined, string, string];
    const command = spaced.trim();
    if (prompt === undefined) {
      // A sentence about the command, not a call of it: "grep is not finding anything in logs/app.log".
      if (ABOUT_THE_COMMAND.test(rest)) continue;
      // "print hello", "say hi": a command where the text shows a shell; "cat notes.txt", "find . -name x": where its
      // first argument is a shell's ("find all files in /var/log" is a request typed in prose).
      // Nor before a determiner, which a request typed in prose has: "print the contents of config.yaml".
      if (OUTPUT_WORDS.has(command) && (DETERMINER.test(rest) || !(shell ??= SHELL_TEXT.test(text)))) continue;
      if (FILE_WORDS.has(command) && !SHELL_ARGUMENT.test(rest)) continue;
    }
    // A comment after the command is the writer's note, not its text ("ls -la  # list files." / "… files").
    found.push(`${command} ${rest.replace(TRAILING_COMMENT, '').trimEnd()}`);
  }
  return found;
}

const NOT_BLANK = /\S/u;
/** A shell comment closing a line: " # …" (not "#" inside a word or a quoted string's "#1"). */
const TRAILING_COMMENT = /(?:^|\s)#(?:\s.*)?$/u;
/** The longest part of a line read for a command. */
const MAX_LINE = 2_000;
/**
 * A command opening a line, and what follows it: the prompt (if any), the command with the space after it, and the
 * rest. Before the command: a shell prompt (`$ `, `% `, `> `, `PS C:\> `, `C:\> `, `user@host:~$ `, `(venv) $ `,
 * `bash-5.2$ `), Make's and batch's `@`, a Dockerfile's `RUN`, a CI step's `- `, `sudo`, `/bin/`. `git commit … -m`
 * (or `-am`, `--message=`), `git tag -m`, `git merge -m`, `git stash push -m` are one command: the message is the
 * text. PowerShell's cmdlets in any case.
 */
const COMMAND_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:((?:\$|%|>|PS>|PS[^\S\n][^>\n]{0,200}>|[A-Za-z]:\\[^>\n]{0,200}>|[\w.-]{1,64}@[\w.-]{1,64}:[^\s$#]{0,200}[$#]|\([\w.-]{1,64}\)[^\S\n]*\$|bash-[\d.]{1,10}\$)[^\S\n]*)|@|(?:RUN|-)[^\S\n]+)?` +
    String.raw`(?:sudo[^\S\n]+)?(?:\/(?:usr\/)?bin\/)?` +
    String.raw`((?:echo|ECHO|printf|cowsay|cowthink|figlet|toilet|banner|notify-send|logger|espeak|say|print|puts|wall|[Ww]rite-(?:[Hh]ost|[Oo]utput|[Ee]rror|[Ww]arning|[Vv]erbose|[Ii]nformation)|touch|mkdir|rmdir|cd|cat|rm|cp|mv|ls|grep|egrep|find|make|[Nn]ew-[Ii]tem)[^\S\n]+` +
    String.raw`|git[^\S\n]+(?:commit|tag|merge|stash[^\S\n]+push)(?:[^\S\n]+-{1,2}[\w-]+)*?[^\S\n]+(?:-[a-z]*m[^\S\n]+|--message(?:=|[^\S\n]+)))(\S.*)$`,
  'u',
);
/** A verb or a negation after a command's name: a sentence about it ("grep is not finding …", "cd into ~/Desktop …"). */
const ABOUT_THE_COMMAND = /^(?:is|isn't|isnt|was|wasn't|does|doesn't|doesnt|did|didn't|keeps|won't|can't|cannot|will|would|should|not|command|commands|returns|shows|fails|works|gives|seems|outputs|prints|says|into)\b/iu;
/** A determiner opening an argument: prose's object, not a command's words. */
const DETERMINER = /^(?:the|a|an|my|your|our|their|all|every|each|this|that|these|those|some|any)\s/iu;
/** Commands that are English words too, printing their words: commands where the text shows a shell. */
const OUTPUT_WORDS: ReadonlySet<string> = new Set(['say', 'print', 'puts', 'wall', 'banner', 'toilet']);
/** Commands that are English words too, naming files: commands before a shell's argument. */
const FILE_WORDS: ReadonlySet<string> = new Set(['touch', 'cat', 'find', 'make']);
/** A shell's first argument: a flag, a path, a file name, a variable, a quoted string. */
const SHELL_ARGUMENT = /^(?:-{1,2}\w|[./~$"'*]|[\w-]+\.\w{1,5}\b|[\w.-]+\/)/u;
/**
 * A text that shows a shell: a shebang, a prompt line, a variable, a pipe, a command that is no English word, or a
 * question about what it prints ("What does this print?\nsay hello").
 */
const SHELL_TEXT = /#!\/|(?:^|\n)[^\S\n]*(?:\$[^\S\n]|(?:cd|ls|rm|cp|mv|mkdir|rmdir|grep|chmod|chown|sudo|apt|apt-get|brew|npm|pip|git|echo|export|set)\b)|\$[\w{(]|\s\|\s|&&|\b(?:bash|zsh|shell|terminal|powershell|cmd\.exe|command line|Makefile|output)\b|\bwhat (?:does|will|would) (?:this|it|that) (?:print|show|display|echo)\b|\bwhat will i see\b/iu;
