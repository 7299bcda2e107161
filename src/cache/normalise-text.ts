import { streamSafeNfc } from '../util/stream-safe-nfc.ts';

/**
 * The only normalisation applied to embedded text (DESIGN.md §1): Unicode NFC (singletons kept as typed, see
 * nfcKeepingSingletons; stream-safe: a run of more than 30 combining marks, which no language writes, is broken by
 * U+034F, see streamSafeNfc), CRLF → LF, trimmed ends; each kept as typed in a text that asks about it (ABOUT_UNICODE,
 * asksAboutLineEndings, asksAboutOwnWhitespace). Never
 * case, punctuation or interior whitespace, which change meaning ("2+2" vs "2*2", "US" vs "us", Python
 * indentation, `'a  b'` vs `'a b'`).
 */
export function normaliseText(text: string, asked: AskedAbout = askedAbout(text)): string {
  // A text that asks about its own characters keeps them as typed (see AskedAbout). `asked` reads the question in the
  // text itself, or in every turn embedded with it (a later turn may ask about an earlier one's characters: "What is
  // len(s)?" after 's = "é"').
  const composed = nfcKeepingSingletons(text);
  const nfc = composed !== text && asked.characters ? text : composed;
  // CRLF only: a lone CR is another character ("a\rb" is not "a\nb").
  const lines = nfc.includes('\r\n') && asked.lineEndings ? nfc : nfc.replace(/\r\n/gu, '\n');
  // The whitespace question is read only where trimming changes the text: every request's text passes here.
  const trimmed = trimEnds(lines);
  return trimmed !== lines && (asked.whitespace || endsWithPaddedValue(lines) || endsWithEmptyField(lines) || endsAreContent(lines)) ? lines : trimmed;
}

/**
 * Whether a text's trailing whitespace is its content whatever it asks: a space other than a typed one (U+2003, U+3000:
 * "Name the last code point in: x\u2003"), after a unified diff's hunk, whose last context line may be a lone space ("
 * alpha\n-beta\n+gamma\n " applies, without the space git reports a corrupt patch), or after a YAML block that keeps its
 * trailing lines ("msg: |+"). A red team at the proxy, session 58: each had the exact key of the text without its end.
 */
export function endsAreContent(text: string): boolean {
  const end = text.trimEnd();
  const padding = text.slice(end.length);
  if (padding.length === 0) return false;
  // Not a no-break space, a byte order mark or a line separator, which pasted text ends with by chance (a review of the
  // first version, session 58: "How do I reset my password?\u00a0" lost its exact hits).
  if (TYPESET_SPACE.test(padding)) return true;
  // A diff's spaces or tabs only where its last line is still the diff's (not after a closing fence or prose), and not a
  // newline alone, which clients add or drop.
  const lastLine = end.slice(end.lastIndexOf('\n') + 1);
  if (/[ \t]/u.test(padding) && DIFF_LINE.test(lastLine) && DIFF_HUNK.test(text)) return true;
  // The indicator is looked for first, and the pattern read on its line only (a tag of "!- !- …" before it made the
  // whole pattern quadratic: 8 s at 100 KB, a review of the first version).
  for (const match of text.matchAll(KEEP_INDICATOR)) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    if (match.index - start <= YAML_LINE_REACH && YAML_KEEP.test(text.slice(start, match.index + match[0].length))) return true;
  }
  return false;
}
const KEEP_INDICATOR = /[|>](?:[1-9]?\+|\+[1-9])[^\S\n]*(?:#[^\n]*)?$/gmu;
/** The most characters of a YAML line before its keep indicator that are read. */
const YAML_LINE_REACH = 200;
const TYPESET_SPACE = /[\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
const DIFF_HUNK = /^[^\S\n]*@@@? -\d+(?:,\d+)? (?:-\d+(?:,\d+)? )?\+\d+(?:,\d+)? @@/mu;
const DIFF_LINE = /^[^\S\n]*[ +\-@\\]/u;
const YAML_KEEP = /[:-][^\S\n]*(?:[!&][^\s:-]*[^\S\n]+)*[|>](?:[1-9]?\+|\+[1-9])[^\S\n]*(?:#[^\n]*)?$/u;

/**
 * Whether a text ends in a tab on a line of tab-separated fields: the tab closes an empty last field ("How many fields are
 * in this TSV line: a\tb\t" has three, "… a\tb" two; a hostile review at the proxy, session 56).
 */
export function endsWithEmptyField(text: string): boolean {
  const end = text.trimEnd();
  const padding = text.slice(end.length);
  if (!padding.startsWith('\t') || padding.includes('\n')) return false;
  return end.slice(end.lastIndexOf('\n') + 1).includes('\t');
}

/**
 * Whether a text ends with a value pasted after a colon, an equals sign or a question, then spaces or tabs: "Count the
 * characters in: hello ", "Why does my .env value not match? API_TOKEN=xyz789 ", "Is this a valid hex colour? #ff00aa ".
 * There the padding is the value's own, and what is asked of it (its length, whether it matches) changes with it (a red
 * team, session 50: 124 such pairs had one exact key). A sentence's end ("What is the capital of France? "), or words
 * after a colon ("Translate to French: good morning "), are padded by chance and trimmed.
 */
export function endsWithPaddedValue(text: string): boolean {
  const end = text.trimEnd();
  if (end.length === text.length || text.slice(end.length).includes('\n')) return false;
  const value = PADDED_VALUE.exec(end.slice(-VALUE_REACH))?.[1];
  // A word alone ("Translate to French: hello ", "Define: self-esteem ", "What year was it? 1969 ") is padded by chance,
  // unless its length, its validity or its match is asked ("Count the characters in: hello ").
  return value !== undefined && (!LONE_WORD.test(value) || READS_VALUE.test(text));
}
const VALUE_REACH = 200;
const PADDED_VALUE = /[:=?][^\S\n]*([^\s.?!,;:]+)$/u;
/** A word, a hyphenated or contracted one, or a number: not a value with code's marks or letters and digits mixed ("xyz789"). */
const LONE_WORD = /^(?:[\p{L}'’-]+|[\p{N},.]+)$/u;
/** Words of a question that reads a value's characters: its length, a count, a match, its validity, an encoding. */
const READS_VALUE = /\b(?:characters?|chars|length|len|count|counts|counting|how\s+many|valid|validity|validate[sd]?|validation|matches|matching|regexp?|regex|bytes?|spaces?|whitespace|encode[sd]?|encoding|hash|hashes|hashed|hashing|base64|equal|equals|compare[sd]?|comparing|strip\w*|trim\w*|split\w*)\b/i;

/** What a text asks about its own characters, read once where first needed (a conversation's turns share one reading). */
export interface AskedAbout {
  /** Its accents' forms (keepsCharacters). */
  readonly characters: boolean;
  /** Its line endings (ABOUT_LINE_ENDINGS, or the bytes a digest or a count reads). */
  readonly lineEndings: boolean;
  /** Its ends (asksAboutOwnWhitespace). */
  readonly whitespace: boolean;
}
/**
 * The questions `text` asks about its characters, each read at most once: embedded turns are normalised with one reading
 * of the whole conversation, not one per turn (50 turns of 192 KB took 7 s read per turn, a review of the first version,
 * session 48).
 */
export function askedAbout(text: string): AskedAbout {
  let characters: boolean | undefined;
  let lineEndings: boolean | undefined;
  let whitespace: boolean | undefined;
  return {
    get characters() {
      return (characters ??= keepsCharacters(text));
    },
    get lineEndings() {
      return (lineEndings ??= asksAboutLineEndings(text));
    },
    get whitespace() {
      return (whitespace ??= asksAboutOwnWhitespace(text));
    },
  };
}

/**
 * Whether a text that NFC changes keeps its characters as typed: where it asks about them (ABOUT_UNICODE), or where it
 * holds code (CODE_MARK): '"é".length', 'len("é")', '/^caf.$/ matches
 * "café"', "SHA-256 of 'é'" answer 1 or 2, true or false, one digest or another by the form the accent is written in,
 * and a list of words could not name every question that reads a string (a hostile review at the proxy, session 48: 8
 * of 15 such pairs had one exact key). Prose with an accent written decomposed ("What does café mean?") still meets its
 * composed copy.
 */
function keepsCharacters(text: string): boolean {
  return ABOUT_UNICODE.test(text) || CODE_MARK.test(text) || (NON_ASCII.test(text) && ABOUT_UNICODE_ELSEWHERE.test(text.normalize('NFC'))) || mixesForms(text);
}
const NON_ASCII = /[^\x00-\x7f]/u;
/**
 * ABOUT_UNICODE's cues in the languages users write most: code points, characters, letters, encodings, composed and
 * decomposed forms, passwords, a search key ("Wie viele Codepunkte hat „ö“?", "「が」のコードポイントはいくつですか？",
 * "Chữ «ệ» là dựng sẵn hay tổ hợp?", "Warum findet Strg+F das Wort „Müller“ nicht?"; a red team on other languages,
 * session 53: 43 such pairs had one exact key). Not words as common as "find", "code" or "text": a review of a first
 * version found decomposed "¿Dónde está la farmacia más cerca?" kept apart from its composed copy. Only read where the
 * text has a letter outside ASCII, as every such question does, and in its composed form: a text typed decomposed has
 * its cue words decomposed too ("contraseña", "コードポイント").
 */
const ABOUT_UNICODE_ELSEWHERE =
  /(?<![\p{L}\p{N}])(?:codepunkt\p{L}*|codepunt\p{L}*|points? de code|puntos? de c[oó]digo|punti di codice|pontos? de c[oó]digo|kódov\p{L}* bod\p{L}*|кодов\p{L}* точ\p{L}*|điểm mã|unicode\p{L}*|zusammengesetzt\p{L}*|zerlegt\p{L}*|samengestel\p{L}*|ontlede\p{L}*|złożon\p{L}*|rozłożon\p{L}*|pr[eé]compos\p{L}*|d[eé]compos[eé]\p{L}*|precompuest\p{L}*|descompuest\p{L}*|scompost\p{L}*|dựng sẵn|buchstabe\p{L}*|car[aá]cter(?:es)?|caract[eè]res?|caratter[ei]|(?:das|ein|dieses|welches|wie viele) zeichen|zeichen(?:länge|kette|satz|kodierung)\p{L}*|compost[ao]|decompost[ao]|punkt\p{L}* kodow\p{L}*|kodierung\p{L}*|encodage|strg\+f|passw(?:o|ö)rt\p{L}*|contraseña\p{L}*|mot de passe|senha\p{L}*|hasł\p{L}*|пароль\p{L}*|mật khẩu)(?![\p{L}\p{N}])|コードポイント|合成済み|結合文字|کوڈ پوائنٹ|कोड पॉइंट|字符|码位|碼位|码点|碼點|编码|編碼|코드 ?포인트|완성형|조합형|자모|यूनिकोड|ترميز/iu;
/**
 * Whether a text types one accented letter both composed and decomposed: the two forms are what it asks about ("Why
 * does my UNIQUE constraint accept both Zoë and Zoë?"), and its composed copy asks about two equal names (a red team on
 * typography, session 51). Called only for a text NFC changes.
 */
function mixesForms(text: string): boolean {
  // The letters typed composed ("ë"; not a singleton NFC replaces, "\u212A"), then whether a decomposed cluster
  // composes to one of them. A keyboard that adds a tone mark to a composed vowel ("ê" + "\u0301", Vietnamese) types
  // no letter in both forms (a break test of a first version, session 51: 30 such texts lost their exact key).
  const composed = new Set<string>();
  for (const [character] of text.matchAll(/[^\p{ASCII}\p{M}]/gu)) {
    const decomposed = character.normalize('NFD');
    if (decomposed !== character && decomposed.normalize('NFC') === character) composed.add(character);
  }
  if (composed.size === 0) return false;
  for (const [cluster] of text.matchAll(/\P{M}\p{M}+/gu)) if (composed.has(cluster.normalize('NFC'))) return true;
  return false;
}
/**
 * A mark of code: a backtick, a call ("len(", "LENGTH("), an assignment or a comparison, brackets, braces, a semicolon,
 * a backslash, a string's length or size read as a property, a regular expression's anchors. Not quotes, parentheses
 * after a space, "&" or "%", which prose has ("What does 'déjà vu' mean?", "Best café in Zürich (near the station)?":
 * a review of a first version that kept those as typed, session 48).
 */
const CODE_MARK = /`|[\p{L}\p{N}_]\(|[=;{}[\]\\]|\.(?:length|size|count|len)\b|\/\^|\$\//u;

/**
 * Words of a question about a text's own characters or their encoding: there composed and decomposed accents are two
 * answers ("Is "Å" in NFC or NFD form?", "How many code points are in "café"?", "Why is "café" == "café" false?"), and
 * NFC served one the other's answer (a hostile tester at the proxy, session 40). Only a text NFC changes is kept as
 * typed: a text with composed accents only is the same either way, and "a cover letter for a job at café" typed with
 * a decomposed "é" still meets its composed copy (a hostile review of a first version that read "letter" as such a
 * word).
 */
const ABOUT_UNICODE =
  /\b(?:unicode|nfk?[cd]|normali[sz]\w*|code ?points?|combining|graphemes?|diacritics?|utf-?(?:8|16|32)|ascii|bytes?|encod\w*|decod\w*|characters?|equal|compare[sd]?|hash\w*|regexp?|strings?|len|strlen|hex|dump|base64|sha-?\d*|md5|checksums?|digests?|escape[sd]?|url-?encode\w*|percent-encod\w*|identical|same\s+as|length|how\s+long\s+is|runes?|code\s+units?|grep|match(?:es)?|filenames?|utf|revers\w*|sort\w*|search\w*|find|glyphs?|scalars?|python|javascript|typescript|java|rust|ruby|php|swift|kotlin|golang|perl|bash|sql|urls?|uris?|git|passwords?|macos|filesystems?|file\s*names?|vlookup|countif|rsync|dropbox|onedrive|icloud|mojibake|dedup\w*|de-dup\w*|unique\s+(?:constraints?|index\w*|keys?)|xlookup|countunique|autocomplete\w*|screen\s*readers?|sms\s+segments?|gsm|ctrl\+f|collat\w*|fixed-width|jamo|hangul|notepad)\b|={2,3}|%[0-9a-f]{2}/i;
/**
 * Words of a question whose answer reads the text's bytes, line endings included: a digest, an encoding, a count of
 * bytes ("Compute the MD5 of the following text:\r\nhello", "How many bytes is this file?", "wc -c"), a
 * batch file (whose labels fail with LF endings) or a script's first line (a review of the first version, session 48);
 * a string escaped or written as a literal, a length or a count of characters, where "\r\n" is one more character and
 * another escape ("Escape this text as a JSON string literal: first\r\nsecond"; a hostile review at the proxy, session 49).
 */
const ABOUT_BYTES = /\b(?:md5|sha-?\d*|md5sum|sha\d*sum|cksum|hash\w*|checksums?|digests?|base64|encod\w*|bytes?|wc|content-length|@echo|goto|imap|resp|multipart|netcat|nc)\b|#!/i;
/** An escape, a literal, a length or a count of characters asked of a text the prompt holds ("… of this text", "the following"). */
const ABOUT_TEXT_CHARACTERS = /\b(?:escap\w*|(?:string|char)\s+literals?|length|len|strlen|characters?\s+long|(?:how\s+many|count\w*|number\s+of)\s+(?:\w+\s+)?characters)\b/i;
const HELD_TEXT = /\b(?:this|these|the\s+following|(?:the\s+)?above|below|the\s+(?:text|string|lines?|message|input)|my\s+(?:text|string|message|input))\b/i;
/** Whether a text asks about its line endings or reads its bytes (ABOUT_LINE_ENDINGS, ABOUT_BYTES): there CRLF is not LF. */
export function asksAboutLineEndings(text: string): boolean {
  return ABOUT_LINE_ENDINGS.test(text) || ABOUT_BYTES.test(text) || (ABOUT_TEXT_CHARACTERS.test(text) && HELD_TEXT.test(text)) || (holdsLines(text) && (ASKS_WHY_LINES_FAIL.test(text) || failsOnUnix(text.slice(0, LINE_FAILURE_REACH))));
}
/**
 * Words of a question why pasted lines look odd or fail to match: "a stray character at the end of each row", "why does
 * uniq not merge these lines?", "No such file or directory". A CR at each line's end is often the answer, so a text typed
 * with CRLF asks another question than its LF copy (a red team on typography and one through the proxy, session 51: 36
 * such pairs had one exact key). Read only with lines held (holdsLines); a failure on a Unix system is failsOnUnix's.
 */
const ASKS_WHY_LINES_FAIL =
  /\b(?:(?:weird|strange|stray|invisible|hidden|unusual|extra|odd|unexpected)\s+(?:characters?|chars?|symbols?|bytes?)|(?:does ?n[o'’]t|won[’']?t|not|never)\s+match\w*|no\s+such\s+file|command\s+not\s+found|missing\s+separator|unexpected\s+end\s+of\s+file|uniq)\b/i;
/**
 * A failure of pasted lines on a Unix system, where a CR at each line's end is a likely cause ("Why does this script
 * fail on my Ubuntu server?", "Will this crontab work?"): a word of failing and one of such a system in the question.
 * Not a failure alone ("My C# code throws an error", "Why is my answer wrong?": a break test, session 51).
 */
const FAILS = /\b(?:fail\w*|errors?|broken|invalid|rejected|malformed|ignored|not\s+recogni[sz]ed|won'?t\s+(?:work|run|start)|will\s+(?:this|it)\s+(?:\w+\s+)?(?:work|run|parse))\b/i;
const ON_UNIX = /\b(?:bash|zsh|shell|linux|ubuntu|debian|centos|unix|macos|crontab|cron|makefile|systemd|openssl|nginx|ssh|curl|sed|awk|grep|postgres|psql)\b|\.env\b/i;
function failsOnUnix(question: string): boolean {
  return FAILS.test(question) && ON_UNIX.test(question);
}
/** How much of a text's start is read for a failure on a Unix system (the question, before what it pastes). */
const LINE_FAILURE_REACH = 1_000;
/** Whether a text holds two lines or more after its first: a pasted file, script or block. */
function holdsLines(text: string): boolean {
  const first = text.indexOf('\n');
  return first >= 0 && text.indexOf('\n', first + 1) >= 0;
}
/**
 * Words of a question about a text's line endings: there CRLF and LF are two answers ("Does this text use CRLF or LF?",
 * "Why does this script fail with bad interpreter?"; the verifier reads every line break as "\n" otherwise, see
 * StructuralVerifier.verify).
 */
const ABOUT_LINE_ENDINGS = /\b(?:every line (?:as |is )?changed|autocrlf|gitattributes|line[- ]?endings?|(?:line )?terminators?|crlf|carriage[- ]returns?|dos2unix|unix2dos|newline characters?|bad interpreter|smtp|http\/\d(?:\.\d)?|raw (?:http )?(?:request|response)s?)\b|\^M|\$'\\r'|\\r\\n/i;
/**
 * Words of a question about whitespace or about the text's own length or ends, where the text's own ends are part of
 * what is asked ("trailing spaces", "How many blank lines precede this sentence?", "Does my message end with a space? ",
 * "What is the last character of this message? "; the last four were trimmed to one exact key with the same text
 * unpadded, a hostile review at the proxy, session 48).
 */
const WHITESPACE_WORDS =
  /\b(?:white\s*space|spaces?|tabs?|newlines?(?!\s*=)|blank\s+lines?|empty\s+lines?|line\s*(?:breaks?|feeds?)|characters?|chars|bytes?|length|padded|padding|exactly|verbatim|md5|sha-?\d*|hash\w*|checksums?|base64)\b/i;
/** A text that speaks of itself or of a text it holds: "this message", "my input", "this line: foo  ". */
const SELF_REFERENCE =
  /\b(?:this|my|the)\s+(?:(?:first|last|previous|earlier|full|whole|entire|original|above|following)\s+)?(?:message|text|prompt|input|line|string|sentence|question|request|paragraph)\b|\b(?:trailing|leading)\s+(?:white\s*space|spaces?|tabs?|newlines?|blank\s+lines?)\b|\bprecede[sd]?\s+this\b|\bthe\s+(?:following|text\s+below)\b|\b(?:what|everything)\s+I\s+(?:typed|sent|wrote|entered|pasted)\b|\bend\s+of\s+this\b/i;
/**
 * Whether a text asks about whitespace or its own length or ends: a word of them and a reference to a text it is or
 * holds; or, in a text that holds lines below its question, how a file ends ("Is this a valid POSIX text file?\nline
 * one\n", "How many lines does wc -l report for this file:\nalpha\n"; a red team, session 50). A one-line question
 * that names them ("How do I read a file until EOF in C?") is about no text it holds: its final newline is trimmed.
 */
export function asksAboutOwnWhitespace(text: string): boolean {
  if (SELF_REFERENCE.test(text) && WHITESPACE_WORDS.test(text)) return true;
  return text.trim().includes('\n') && (ABOUT_FILE_END.test(text) || (HELD_FILE.test(text) && FILE_END_WORDS.test(text)));
}
/** Words of a question about how a file or a text ends, whatever it names. */
const ABOUT_FILE_END = /\b(?:posix|eof|no\s+newline|newline\s+at\s+(?:the\s+)?end|end\s+of\s+(?:the\s+)?file|trailing\s+(?:newlines?|white\s*space|spaces?|tabs?))\b/i;
/** A file, an output or a value the text holds. */
const HELD_FILE = /\b(?:this|my)\s+(?:file|output|data|snippet|value|input)\b/i;
/** What counts or reads a held file's lines or its last one. */
const FILE_END_WORDS = /\b(?:wc|last\s+line|(?:how\s+many|count\w*|number\s+of)\s+lines|while\s+read|readlines?|characters?|bytes?|length)\b/i;

/**
 * The text with its ends trimmed, except the indentation of a first line of code or data where a later line is
 * indented less: there it is the text's own ("  apiVersion: v1\nkind: Service" is YAML that does not parse, " n = 5\nif
 * n > 3:" Python that raises an IndentationError), and trimming it served a broken program the answer about a working
 * one (a red team on pasted data, session 38); a first line indented by a tab likewise. Prose ("  What is\n\n2+2?"), one
 * line, or a block indented as a whole is trimmed as before. Code's first line is a definition, a key, an assignment
 * (CODE_OR_DATA_LINE) or a statement (CODE_STATEMENT).
 */
export function trimEnds(text: string): string {
  const trimmed = text.trim();
  const lead = LEADING_SPACE.exec(text)![0];
  // A byte order mark, and blank lines above a first line whose place in a file is its meaning (a shebang, "<?php",
  // "<?xml", front matter), are the text's own: "\n#!/bin/bash" fails with "Exec format error", "\n<?php" sends headers
  // (a red team, session 50: 200 of 200 such pairs had the exact key of the file without them).
  if (lead.length > 0 && trimmed.includes('\n') && (PLACED_FIRST_LINE.test(trimmed) || (FRONT_MATTER.test(trimmed) && ABOUT_FRONT_MATTER.test(trimmed)) || (lead.includes('\uFEFF') && opensFile(trimmed)))) return lead + trimmed;
  const indent = lead.length - lead.lastIndexOf('\n') - 1;
  // A tab is code's or data's own indentation wherever it stands (a Makefile's recipe line, a TSV's empty first cell:
  // "\techo hi\n^ is this a valid recipe line?", a hostile review at the proxy, session 48).
  const tabbed = lead.slice(lead.length - indent).includes('\t');
  if (indent === 0 || !trimmed.includes('\n')) return trimmed;
  // Four spaces make a line a code block in Markdown, whatever it says ("    Hello world\nHow does this render?"; a red team
  // at the proxy, session 49): read like a tab, and only once a line indented less is found.
  const block = () => indent >= MARKDOWN_CODE_INDENT && ABOUT_RENDERING.test(trimmed);
  // A first line of code is short; a long one is read as no code, so the patterns never scan a long run of spaces
  // (a review, session 49: "  f()" and 100k spaces took 6 s in CODE_STATEMENT, an "if" line as long in CODE_OR_DATA_LINE).
  const firstEnd = trimmed.indexOf('\n');
  const first = firstEnd > FIRST_LINE_REACH ? '' : trimmed.slice(0, firstEnd).trimEnd();
  // Line by line from the second, with no array of lines: the first line indented less decides.
  for (let start = firstEnd + 1; start > 0; start = trimmed.indexOf('\n', start) + 1) {
    const end = trimmed.indexOf('\n', start);
    const line = trimmed.slice(start, end === -1 ? trimmed.length : end);
    const own = LEADING_SPACE.exec(line)![0].length;
    if (own < line.length && own < indent) {
      // The first line or the line indented less reads as code or data: "    a, b = b, a\nprint(a, b)", "    global
      // counter\ncounter += 1", "  Type: AWS::S3::Bucket\nProperties:" (a red team, session 50: 367 of 410 such pairs
      // had the exact key of the working program or the valid YAML).
      const less = line.length > FIRST_LINE_REACH ? '' : line.trim();
      // Two lines of keys are a mapping whatever their keys: "  Version: 2\nOutputs:", "  first name: Ann\nlast name: Lee".
      // A mapping's key opens a block ("Outputs:"), or the text names YAML; labelled prose does neither ("From: Alice\nTo:
      // Bob", "Name: John\nAge: 34": an over-refusal review of the first version, session 50).
      const mapping = KEY_LINE.test(first) && KEY_LINE.test(less) && (BLOCK_KEY.test(first) || BLOCK_KEY.test(less) || ABOUT_YAML.test(trimmed));
      return tabbed || mapping || readsAsCode(first) || readsAsCode(less) || block() ? lead.slice(lead.length - indent) + trimmed : trimmed;
    }
  }
  return trimmed;
}
/** Whether a line (at most FIRST_LINE_REACH characters) reads as code or data (CODE_OR_DATA_LINE, CODE_STATEMENT, CODE_MARKS). */
function readsAsCode(line: string): boolean {
  return CODE_MARKS.test(line) || CODE_OR_DATA_LINE.test(line) || CODE_STATEMENT.test(line);
}
/** A line of a mapping: a key of at most a few words, quoted or not, and a colon before a space or the line's end; or YAML's "? " complex key. */
const KEY_LINE = /^(?:"[^"\n]{1,60}"|'[^'\n]{1,60}'|[^\s:#"'?-][^:\n]{0,40}?)[^\S\n]*:(?:[^\S\n]|$)|^\?[^\S\n]/u;
/**
 * Marks prose does not use: an assignment or a comparison, braces, a backslash, a backtick, a call ("print(", "range(3)"),
 * a scope ("AWS::S3", "std::"). Not quotes, brackets ("[1]"), a semicolon, a pipe, "item(s)", a colon before a space
 * ("Dear Mr. Smith:"), which prose has (an over-refusal review, session 50).
 */
const CODE_MARKS = /[={}\\`]|[\p{L}\p{N}_]\((?!s\))|::/u;
/** A key that opens a block: nothing after its colon. */
const BLOCK_KEY = /^[^\s:#"'?-][^:\n]{0,40}?:[^\S\n]*$/u;
const ABOUT_YAML = /\b(?:ya?ml|kubernetes|k8s|kubectl|helm|ansible|compose|cloudformation|yamllint|manifest)\b/i;
/** Whether a text's first line opens a file whose first bytes a byte order mark changes: code, data, a CSV header. */
function opensFile(text: string): boolean {
  const firstEnd = text.indexOf('\n');
  const first = firstEnd > FIRST_LINE_REACH ? '' : text.slice(0, firstEnd);
  return /^[^\s,]+(?:,[^\s,]+)+$|\t/u.test(first) || KEY_LINE.test(first) || readsAsCode(first);
}
/** A text's leading whitespace (the verifier compares it: a first line's indentation, a byte order mark, blank lines). */
export const LEADING_SPACE = /^\s*/u;
/**
 * A first line that must open its file: a shebang, a PHP or XML opening, a Dockerfile's parser directive, a PDF's or
 * PostScript's header, a batch file's `@echo`, cloud-init's, CSS's, WebVTT's and M3U's headers, a Python coding cookie.
 */
const PLACED_FIRST_LINE = /^(?:#!|<\?(?:php|xml)\b|#\s*(?:syntax|escape)=|%PDF-|@echo\b|@ECHO\b|#cloud-config\b|@charset\b|WEBVTT\b|#EXTM3U\b|%!PS|#[^\n]{0,40}?\bcoding[:=][^\S\n]*[-\w.]+[^\S\n]*(?:-\*-[^\S\n]*)?(?:\n|$))/u;
/** Front matter's opening rule, kept only in a text about front matter (a template's rule is prose's). */
const FRONT_MATTER = /^---[^\S\n]*\n/u;
const ABOUT_FRONT_MATTER = /\b(?:front\s*matter|jekyll|hugo|gatsby|eleventy|11ty|astro|mdx|ya?ml)\b/i;
const FIRST_LINE_REACH = 400;
const MARKDOWN_CODE_INDENT = 4;
/** Words of a question about how a text renders, where four spaces make a code block: not a pasted email's indent (a review, session 49). */
export const ABOUT_RENDERING = /\b(?:markdown|render\w*|code ?blocks?|readme|restructuredtext|rst|asciidoc|monospace\w*|github|gitlab|bitbucket|jupyter|stack ?overflow|gr[ae]y (?:box|background)|preformatted|displayed|previews?|shown as code|looks? like (?:in|on)|discourse|obsidian|jekyll|hugo|notion|reddit|typora|commonmark|pandoc|mkdocs|docusaurus|merge request|pull request)\b|\.md\b/i;
/**
 * A line that reads as code or data: a key and its value ("apiVersion: v1", "log_level: debug"; not a label of prose,
 * "Subject: Hi", "Summarize the following:"), an assignment ("n = 5"), a line ending in a brace or a semicolon, or a
 * definition, a declaration or an import ("def f():", "const x =", "import os"), a YAML list item's key ("- name: x"), a
 * Python loop or condition ("for x in xs:", "if n > 3:").
 */
const CODE_OR_DATA_LINE = /^(?:[\p{Ll}_$][\w.\/-]*|\w+[_.\/-][\w.\/-]*)\s*:(?:\s|$)|^[\w.$]+(?:\[[^\]]*\])?\s*[-+*\/%]?=(?!=)|[;{}]\s*$|^(?:def|class|function)\s+[\w$]+\s*[(:]|^(?:const|let|var)\s+[\w$]+\s*=|^(?:import|from)\s+[\w.]+(?:\s+import\s+[\w.*, ]+)?\s*$|^SELECT\b|^- [\w.-]+:(?:\s|$)|^for\s+\w+(?:\s*,\s*\w+)*\s+in\s+\S.*:\s*$|^(?:if|elif|while)\s+[^\n]*[=<>%(][^\n]*:\s*$/u;

/**
 * A line that reads as a statement of code: a call ("print(1)", "items.append(1)", "main()", "console.log(x);"), a
 * keyword that opens a statement or a block ("return x", "raise ValueError()", "pass", "while True:", "with open(f) as
 * fh:", "echo hello"), a decorator ("@app.route('/')"). A hostile review at the proxy (session 49): "    print(1)\nprint(2)"
 * (an IndentationError) had the exact key of the working script, 13 of 17 first lines tried. A block's keyword ends its
 * line with ":" or "{", a statement's takes one word or an expression with code's marks: not prose that opens with
 * one ("if i quit my job, can i …", "return policy question", "case study: Acme"; a review of the first version).
 */
const CODE_STATEMENT =
  /^(?:if|elif|else|while|for|with|try|except|finally|switch|case|catch|async|def|class)\b[^\n]*[:{]$|^(?:pass|break|continue|return)\s*;?$|^(?:return|raise|yield|await|throw|del|assert|echo|printf|puts)\s+(?!\s)(?:[^\s?,]+\s*;?|(?=[^\n?]*[()[\]=+*\/"'])[^\n?]*)$|^@[\w.]+(?:\([^\n]*\))?$|^[\w$.]+\([^\n]*\)\s*;?\s*(?:(?:#|\/\/)[^\n]*)?$|^[\w$.]+\s*(?:\+\+|--)\s*;?$/u;

/**
 * NFC, except for the characters NFC replaces by another single character (Unicode's singleton decompositions):
 * the Kelvin sign (U+212A) is no "K" to a question about its code point, a Greek question mark (U+037E) is no ";"
 * in code (`let total = 5;` typed with it is a SyntaxError), nor the Ohm sign an omega or a CJK compatibility
 * ideograph its unified twin; NFC gave each pair one exact key (a hostile tester, session 28). Those stay as typed;
 * composed and decomposed accents ("é" / "e" + U+0301), which are one text written two ways, still meet.
 */
function nfcKeepingSingletons(text: string): string {
  if (!HAS_SINGLETON.test(text)) return streamSafeNfc(text);
  // One NFC over the whole text, each singleton standing in as a private-use character the text does not hold (NFC
  // keeps it and composes nothing across it); then the singletons go back in order. One NFC call, not one per piece
  // between singletons: 5M Kelvin signs took 7 s split into pieces (a review, session 28).
  // A text of thousands of them is no question about one (5M Kelvin signs cost 2 s this way, 0.2 s folded): NFC as is.
  const kept: string[] = [];
  SINGLETON_GLOBAL.lastIndex = 0;
  for (let match = SINGLETON_GLOBAL.exec(text); match !== null; match = SINGLETON_GLOBAL.exec(text)) {
    if (kept.push(match[0]) > MAX_KEPT_SINGLETONS) return streamSafeNfc(text);
  }
  const stand = unusedPrivateUse(text);
  let next = 0;
  return streamSafeNfc(text.replace(SINGLETON_GLOBAL, stand)).replaceAll(stand, () => kept[next++]!);
}
const MAX_KEPT_SINGLETONS = 1_000;

/** A private-use character the text does not contain (one pass over it, whatever private-use characters it holds). */
function unusedPrivateUse(text: string): string {
  const used = new Set<number>();
  for (const match of text.matchAll(PRIVATE_USE)) used.add(match[0].codePointAt(0)!);
  for (let code = 0xe000; code <= 0xf8ff; code++) if (!used.has(code)) return String.fromCodePoint(code);
  for (let code = 0xf0000; code <= 0xffffd; code++) if (!used.has(code)) return String.fromCodePoint(code);
  throw new Error('unreachable: a text of at most 2^30 characters cannot hold all 71,934 private-use characters');
}
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}]/gu;
// Every code point whose NFC is one other code point (Unicode 15.1, as Node 22's ICU normalises; listed by
// `for (let c = 0; c < 0x110000; c++) { const s = String.fromCodePoint(c), n = s.normalize('NFC'); if (n !== s && [...n].length === 1) … }`).
const SINGLETONS =
  '\\u{340}-\\u{341}\\u{343}\\u{374}\\u{37E}\\u{387}\\u{1F71}\\u{1F73}\\u{1F75}\\u{1F77}\\u{1F79}\\u{1F7B}\\u{1F7D}\\u{1FBB}\\u{1FBE}\\u{1FC9}\\u{1FCB}\\u{1FD3}\\u{1FDB}\\u{1FE3}\\u{1FEB}\\u{1FEE}-\\u{1FEF}\\u{1FF9}\\u{1FFB}\\u{1FFD}\\u{2000}-\\u{2001}\\u{2126}\\u{212A}-\\u{212B}\\u{2329}-\\u{232A}\\u{F900}-\\u{FA0D}\\u{FA10}\\u{FA12}\\u{FA15}-\\u{FA1E}\\u{FA20}\\u{FA22}\\u{FA25}-\\u{FA26}\\u{FA2A}-\\u{FA6D}\\u{FA70}-\\u{FAD9}\\u{2F800}-\\u{2FA1D}';
const HAS_SINGLETON = new RegExp(`[${SINGLETONS}]`, 'u');
const SINGLETON_GLOBAL = new RegExp(`[${SINGLETONS}]`, 'gu');

/**
 * The text of a message's content: a string, or an array whose parts are all text (joined by newlines).
 * Undefined when the content has non-text parts (images, audio, files), or a text part with any field besides
 * `type` and `text` (`{"type":"text","text":…,"image_url":…}`: what an upstream makes of it is not the text's):
 * such prompts only use the exact tier, with the content as sent in the partition.
 */
export function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content as Array<{ type?: unknown; text?: unknown }>) {
    if (!isTextPart(part, 'text')) return undefined;
    texts.push(part.text as string);
  }
  return texts.join('\n');
}

/**
 * The lengths of a content array's text parts but the last when it has more than one (else undefined), kept in the partition beside
 * their joined text: the parts are joined by "\n" for the key's text, which is not how every upstream joins them
 * (mlx-lm joins with nothing, others with a space or a blank line), so `["…: ab", "cd"]` and `"…: ab\ncd"` may ask to
 * reverse "abcd" or "ab\ncd" (a red team at the proxy, session 58: the two shared an exact key in all three APIs).
 */
export function textPartLengths(content: unknown): number[] | undefined {
  if (!Array.isArray(content) || content.length < 2) return undefined;
  // Not the last part's: its end is where the text's end is read (and trimmed), and a question after a document is edited
  // there ("[doc, 'What time do you open on Saturday?']" / "… Saturday": a review of the first version, session 58, had
  // such near-duplicates refused in every SDK; @ai-sdk/anthropic merges consecutive user messages into such parts).
  return content.slice(0, -1).map((part) => ((part as { text?: unknown } | null)?.text as string).length);
}

/** Whether a content part is a text part of `type` and nothing else: `type`, a string `text`, no other field. */
export function isTextPart(part: unknown, type: string): boolean {
  if (part === null || typeof part !== 'object' || Array.isArray(part)) return false;
  const { type: partType, text, ...rest } = part as { type?: unknown; text?: unknown };
  return partType === type && typeof text === 'string' && Object.keys(rest).length === 0;
}
