import type { Hunk } from './align.ts';
import { type PartsOfSpeech, prepareSide, type PreparedSide } from './prepare-tokens.ts';
import { type Token, verifyTokens } from './verify-tokens.ts';

/*
 * Layout for the verifier (DESIGN.md §1, "verify"): where a prompt's layout is its question (lines, spaces,
 * indentation, a poem, a table, a list) or its text is code, a line break or a run of spaces is content ("How
 * many lines does this poem have?" with two of its lines joined); in plain prose a line wrap is not.
 */

/**
 * A prompt about layout, or a multi-line text that is code or a list: there whitespace is content. ASCII words,
 * so no `u` flag: without it the search is ~10× faster (2 ms on 100 KB with it, run for texts too long to keep).
 */
const LAYOUT_TOPIC =
  /\b(?:lines?|spaces?|spacing|spaced|whitespace|newlines?|linebreaks?|breaks?|indent\w*|tabs?|format\w*|layout|paragraphs?|stanzas?|verses?|poems?|poetry|rhym\w*|haikus?|limericks?|sonnets?|lyrics|columns?|wrap\w*|blank|align\w*|ascii|code|script|snippet|tables?|markdown|csv|tsv|json|yaml|sql|vim|vimrc|[inv]?noremap|[inv]map|regexp?|regexes|regular expressions?|patterns?|cron|crontab|strftime|strptime)\b/i;
/** Marks of a regular expression: a class escape, a bracketed range, an anchor before a word or after one. */
const REGEX_SHAPE = /\\[dwsbDWSB](?![a-z])|\[[^\]\s]{0,10}[\p{L}\p{N}]-[\p{L}\p{N}][^\]\s]{0,10}\]|(?:^|[\s/'"(])\^[\\[(\p{L}\p{N}#]|[\p{L}\])+*}]\$(?=$|[\s/'"?.,)])/u;
/** Words of a question about spacing itself (LAYOUT_TOPIC's words of whitespace and form). */
const SPACING_TOPIC =
  /\b(?:lines?|spaces?|spacing|spaced|whitespace|newlines?|linebreaks?|breaks?|indent\w*|tabs?|format\w*|layout|columns?|wrap\w*|blank|align\w*|ascii|markdown|exactly|verbatim|double|single|characters?)\b/i;
/** Words of a question that checks, compares or prints a text typed inline, whose spaces are then the text's. */
const VERBATIM_CUES =
  /\b(?:typos?|typed|typing|correct\w*|errors?|mistakes?|equals?|equal\w*|same|identical|differ\w*|compar\w*|match\w*|valid\w*|verses?|strings?|prints?|printed|output\w*|returns?|quot\w*|literal\w*|check\w*|spell\w*|parse\w*|count\w*|how many|lengths?|len|size|bytes?|decod\w*|encod\w*|translat\w*|convert\w*|morse|cipher\w*|ascii)\b/i;
/**
 * A line of words only: each holds a letter (a number or two aside) and at most a sentence's mark after it; no quote,
 * colon, bracket or mark of code, no run of marks ("Decode this Morse code .-- .  .- .-. .": a review, session 45).
 */
function plainProseLine(text: string): boolean {
  let numbers = 0;
  for (const word of text.trim().split(/ +/u)) {
    if (!PROSE_WORD.test(word)) return false;
    if (!/\p{L}/u.test(word) && ++numbers > PROSE_LINE_NUMBERS) return false;
  }
  return true;
}
const PROSE_WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}'’]|-(?=[\p{L}\p{N}]))*[,.?!]?$/u;
const PROSE_LINE_NUMBERS = 2;
/** The longest one-line text read as plain prose for its spacing. */
const PLAIN_LINE_CHARACTERS = 1_000;

/**
 * One line of a shell, a stylesheet, a regex or a macro typed without a fence, where the space beside a mark is
 * syntax: "x = 5" is a command in bash and "x=5" an assignment, "HEAD ~1" and "HEAD~1" two arguments,
 * "SQUARE (x)" and "SQUARE(x)" two macros (a colon or a comma is read as prose's: see markSpacingDiffers). Named tools and
 * languages (the common file commands too, before a flag, a path or a glob, as their names are English words: `rm -rf
 * build/*` / `rm -rf build /*`, `kill -9`; not "find the area"), a shell's own marks (`$NAME`,
 * `&&`, `2>&1`, `2>/dev/null`, `[[`, `[ -f`, `NAME=prod`), a CSS pseudo-class (`a:hover` / `a :hover`) or a Python
 * f-string; not arithmetic or prose ("Solve 2x + 3 = 7",
 * "banana bread (gluten free)"), whose spacing says nothing.
 */
const SHELL_LINE =
  /\b(?:bash|zsh|css|selectors?|regexp?|makefile|dockerfile|docker|kubectl|git|npm|npx|yarn|pnpm|pip|powershell|sed|awk|grep|chmod|chown|ssh|scp|rsync|alias|echo|export|sudo|rmdir|mkdir|pkill|killall|curl|wget|crontab|systemctl)\b|\b(?:rm|cp|mv|ls|du|df|tar|zip|unzip|find|kill|cd|del|touch|cat)[ \t]+(?:-|\.|\/|~|\*|[\w.-]+[\/\\*])|&&|\d>&\d|\d?>\/dev\/null|\[\[|\[ -[a-z] |#define|\bf["']|\w::?(?:hover|focus|active|visited|first-child|last-child|nth-child|nth-of-type|before|after|not|root|checked|disabled|focus-within|placeholder)\b/i;
/** A shell variable (`$HOME`, `${x}`, `$(cmd)`), not a ticker ("$TSLA stock"); or one set before a command (`NAME=prod`). */
const SHELL_VARIABLE = /\$[A-Z_]+\b(?![ \t]*(?:stock|shares?|price))|\$[{(]|\b[A-Z][A-Z_]+=\S/;

/**
 * The longest text read as one line of code: a command or a question about one is short, and comparing spacing
 * tokenizes a text a second time (a 256 KB line naming a shell tool took twice as long to verify).
 */
const SHELL_LINE_CHARACTERS = 2_000;

/** Whether `text` is such a line (SHELL_LINE), once per prepared side. */
export function codeSpacingMattersIn(side: PreparedSide, text: string): boolean {
  let matters = CODE_SPACING_MATTERS.get(side);
  if (matters === undefined) CODE_SPACING_MATTERS.set(side, (matters = shellLine(text) || markupSpacingAsked(text)));
  return matters;
}
/** Whether `text` is one line of a shell, a stylesheet, a regex or a macro (SHELL_LINE, SHELL_VARIABLE). */
export function shellLine(text: string): boolean {
  return text.length <= SHELL_LINE_CHARACTERS && !text.includes('\n') && (SHELL_LINE.test(text) || SHELL_VARIABLE.test(text));
}

/**
 * A short question about how a bit of Markdown, HTML, a template or a selector renders, selects or runs, with its marks
 * in it: "Why doesn't my heading render? #Title" (no heading without the space), "Why isn't this bold? **bold **",
 * "What does this select? div:has(img)" / "div :has(img)", "What does {{x}} render in Jinja?", "What does cmd 2>file
 * do?" (a red team on code, session 52: 32 of 40 such pairs served). There a mark glued to a word is one thing and
 * spaced another; its spacing is read as code's (markSpacingDiffers with its glued prose marks).
 */
export function markupSpacingAsked(text: string): boolean {
  return text.length <= MARKUP_QUESTION_CHARACTERS && MARKUP_MARKS.test(text) && MARKUP_QUESTION.test(text);
}
const MARKUP_QUESTION_CHARACTERS = 500;
/** Marks of Markdown whose spacing is syntax: "#Title", "**bold **", "~~ old~~", "[docs] (url)", "![logo]". */
const MARKDOWN_SPACED_MARKS = /^(?:#+|\*+|_+|~+|\[|\]|`+|!\[?)$/u;
const PSEUDO_CLASSES: ReadonlySet<string> = new Set([
  'not', 'is', 'has', 'where', 'hover', 'focus', 'active', 'visited', 'before', 'after', 'root', 'checked', 'disabled', 'first-child', 'last-child',
  'nth-child', 'nth-of-type', 'focus-within', 'placeholder', 'empty', 'target', 'first', 'last',
]);
/** How markSpacingDiffers reads marks: a shell line's, and in a question about markup, Markdown's and a shell's asked. */
export interface SpacingMode {
  shell: boolean;
  markup: boolean;
  markdown: boolean;
  shellAsked: boolean;
}
/** Whether a text asks about Markdown's rendering ("bold", "heading", "render", "link"). */
export function markdownAsked(text: string): boolean {
  return MARKDOWN_QUESTION.test(text);
}
const MARKDOWN_QUESTION = /\b(?:render(?:s|ed|ing)?|bold|italics?|headings?|strikethrough|checkbox(?:es)?|markdown|readme|links?)\b/iu;
/** Whether a text names a shell. */
export function shellAsked(text: string): boolean {
  return /\b(?:bash|shell|zsh|terminal)\b/iu.test(text);
}
/** A mark of markup or of a selector, a template or a redirection in the text: "#Title", "**", "</", "{{", ":not(", "2>". */
const MARKUP_MARKS = /#\w|# \w|\*\*|(?:^|\s)\*\w|\w ?\*(?:\s|$)|~~|<\/? ?\w|\{ ?[{%]|::?(?:before|after|hover|focus|not|is|has|where|first-child|last-child|nth-child)\b|\d ?>|(?:^|\s)! ?[\w[]|\] ?\(|- \[ ?\]/u;
const MARKUP_QUESTION = /\b(?:render(?:s|ed|ing)?|bold|italics?|headings?|headers?|strikethrough|checkbox(?:es)?|markdown|select(?:s|ed)?|selectors?|match(?:es)?|jinja|liquid|handlebars|vue|angular|svelte|template|tags?|html|links?|images?|shows? (?:up )?as (?:text|code)|bash|shell|zsh|redirect\w*|always true|always false)\b|\b(?:what|why|how) (?:does|do|is|are|did)\b[^\n]{0,40}\b(?:do|work|mean|fail|print|output|select|match|render|show)\b/iu;
const CODE_SPACING_MATTERS = new WeakMap<PreparedSide, boolean>();
const PROSE_MARKS: ReadonlySet<string> = new Set([',', '.', '!', '?', ':', ';', '…', '-', '–', '—', '"', "'"]);

/**
 * Whether two matched tokens beside a mark (the mark itself or the token after it) are preceded by different
 * whitespace: the spacing of a line of code, not of its words ("x = 5" / "x=5"; "Why does  x=5 fail" is one).
 */
export function markSpacingDiffers(hunks: Hunk[], leftTokens: readonly Token[], rightTokens: readonly Token[], before: string[], after: string[], mode: SpacingMode = { shell: true, markup: false, markdown: false, shellAsked: false }): boolean {
  // A mark of code, not of prose: "hair , quickly" and "Kubernetes : which" are spaced as typed. In a question about
  // markup (markupSpacingAsked), the marks of Markdown, a selector, a tag or a template too, a colon or a "!" glued to
  // the word after it (":not", "!cmd"), a ">" after a file descriptor, but not an operator's spacing ("x = 5" / "x=5",
  // "a == b", "ls | wc -l" read the same: a break test, session 52).
  const mark = (tokens: readonly Token[], gaps: readonly string[], at: number) => {
    const token = tokens[at];
    if (token === undefined || (token.kind !== 'symbol' && token.kind !== 'punct')) return false;
    if (mode.shell && token.kind === 'symbol' && !PROSE_MARKS.has(token.text)) return true;
    if (!mode.markup) return false;
    const text = token.text;
    const next = tokens[at + 1];
    // Markdown's own marks, where Markdown is asked about: "#Title", "**bold **", "~~ old~~", "[docs] (url)", "![logo]".
    if (mode.markdown && MARKDOWN_SPACED_MARKS.test(text)) return true;
    // A tag's brackets around its name: "< div>", "</ div>".
    if (/^<\/?$/u.test(text)) return next?.kind === 'word' && /^\/?>/u.test(tokens[at + 2]?.text ?? '');
    // A pseudo-class glued to its selector: "li:not(.a)" / "li :not(.a)", "::before".
    if ((text === ':' || text === '::') && next?.kind === 'word' && PSEUDO_CLASSES.has(next.text.toLowerCase())) return true;
    // History expansion in a shell: "!cmd" / "! cmd".
    if (text === '!' && mode.shellAsked && gaps[at + 1] === '' && next?.kind === 'word') return true;
    // A file descriptor's redirection: "2>file" / "2 >file".
    if (/^>/u.test(text)) return tokens[at - 1]?.kind === 'number' && gaps[at] === '';
    return false;
  };
  // Between two of a template's marks, not inside them: "{{x}}" / "{ {x} }", but "{{ name }}" / "{{name}}" is one.
  const template = (token: Token | undefined) => token !== undefined && /^[{}%]+$/u.test(token.text);
  const besideMark = (tokens: readonly Token[], gaps: readonly string[], at: number) => mark(tokens, gaps, at) || (at > 0 && mark(tokens, gaps, at - 1)) || (mode.markup && at > 0 && template(tokens[at]) && template(tokens[at - 1]));
  let left = 0;
  let right = 0;
  for (let index = 0; index <= hunks.length; index++) {
    const end = index < hunks.length ? hunks[index]!.leftStart : before.length;
    for (; left < end; left++, right++) if (before[left] !== after[right] && (besideMark(leftTokens, before, left) || besideMark(rightTokens, after, right))) return true;
    if (index < hunks.length) {
      left = hunks[index]!.leftEnd;
      right = hunks[index]!.rightEnd;
    }
  }
  return false;
}
/** A line of code or of a list: a bullet or number opening it, a mark of code in it, or a backslash continuing it. */
const STRUCTURED_LINE = /^[ \t]*(?:[-*•+>]\s|\d+[.)]\s)|[=;{}()[\]<>|]|\\[ \t]*$/u;

/** layoutMatters of a side's text, once per prepared side (kept in the verifier's LRU, compared with many candidates). */
export function layoutMattersIn(side: PreparedSide, text: string): boolean {
  return layoutOf(side, text) !== false;
}

/**
 * Whether no more than where lines break matters in a side's text, not how much whitespace: a list typed one item per
 * line is the same list after a blank line ("Which are vegan?\n\nflour\npeanut butter" / "…?\nflour\npeanut butter").
 */
export function onlyLineBreaksMatterIn(side: PreparedSide, text: string): boolean {
  return layoutOf(side, text) !== true;
}

/** Whether a side's text takes its items one by one or counts them (see layoutMatters): a break after a mark counts. */
export function itemBreaksMatterIn(side: PreparedSide, text: string): boolean {
  return layoutOf(side, text) === 'item breaks';
}

function layoutOf(side: PreparedSide, text: string): Layout {
  let matters = LAYOUT_MATTERS.get(side);
  if (matters === undefined) LAYOUT_MATTERS.set(side, (matters = layoutMatters(text)));
  return matters;
}
type Layout = boolean | 'line breaks' | 'item breaks';
const LAYOUT_MATTERS = new WeakMap<PreparedSide, Layout>();

function layoutMatters(text: string): Layout {
  // One line of plain prose that only names a thing of layout (a poem, a CSV file, code) asks for it: its own spaces
  // are typing ("How do I read a CSV file  in Python?"; an over-refusal study, session 45: 385 of 2,826 such
  // double spaces refused). Not where spacing is the topic, nor a line with quotes, a colon or marks of code, which
  // may carry the text itself ("Convert this table to CSV: name  age").
  // Nor one that checks or compares a text typed inline ("Is the verse Roses are  red correctly typed?", "is hello
  // world equal to hello world?": a first rule without this was withdrawn, session 20).
  // A regular expression typed inline ("\\d{3} \\d{4}", "^Hello World$", "[A-Z] [0-9]"): its spaces are characters it
  // matches (a red team on typography, session 51: 37 of 62 one-line patterns served with a space added or dropped).
  if (REGEX_SHAPE.test(text)) return true;
  if (LAYOUT_TOPIC.test(text)) return text.length > PLAIN_LINE_CHARACTERS || text.includes('\n') || SPACING_TOPIC.test(text) || VERBATIM_CUES.test(text) || !plainProseLine(text);
  if (!text.includes('\n')) return false;
  let list = false;
  // Line by line (one regex over the whole text could rescan a long last line from each mark in it).
  let aligned = 0;
  let items = 0;
  let introduced = false;
  let needed = 2;
  // A line that introduces its first item after a colon, more lines after it ("Sort these alphabetically: zebra\n…").
  let colonBeforeItem = false;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (STRUCTURED_LINE.test(line)) return true;
    if (end !== -1 && !colonBeforeItem) colonBeforeItem = COLON_THEN_ITEM.test(line);
    // A list of one item per line, unmarked: which words make an item is in the line breaks ("lemon juice\nconcentrate"
    // / "lemon\njuice concentrate", "do not mention prices\ndiscounts are okay" / "… prices discounts\nare okay": a
    // red team, session 31). Short lines in a row that end in no sentence's or clause's mark make one after a line
    // that introduces them: two after ":", "?", a heading or a bold line ("Which of these are vegan?", "Constraints:"),
    // three after any other; not a question typed on short lines ("What is the capital\nof Australia", "hey\nquick
    // one\nwhat is DNS": a review's costs).
    if (line.trim() === '') {
      // A blank line may part the introducing line from its list, not two lists' items.
      if (items > 0) {
        items = 0;
        introduced = false;
      }
    } else if (introduced && isItemLine(line)) {
      if (++items >= needed) list = true;
    } else {
      items = 0;
      // After a line that introduces them plainly ("Shopping list", "Guests cannot have", "Avoid these."), three such
      // lines make a list (a red team on constraint lists, session 39: "Shopping list\nice\ncream\nchips" / "…\nice
      // cream\nchips": 14,616 such joins served); after ":", "?", a heading or a bold line, two.
      introduced = true;
      needed = introducesList(line) ? 2 : 3;
    }
    // Columns aligned with spaces (a table pasted from a terminal or a PDF): which column a value stands in is in
    // the spaces before it ("Northwind         14" / "Northwind                   14" under "On time   Late": a
    // red team, session 29). Two such lines make a table.
    if (ALIGNED_COLUMNS.test(line) && ++aligned >= 2) return true;
    if (end === -1) break;
    start = end + 1;
  }
  // Items taken one by one or counted ("Classify each review", "How many reviews are there?"): a line break parts two
  // items that a space would make one (a red team on shared contexts, session 39: reviews, tickets and messages
  // pasted one per line or per paragraph, two joined, one split or a sentence moved across, 654 served).
  // There a break after a sentence's mark counts too, which a list's introduction may take or leave.
  // Not where a line introduces its first item after a colon ("Sort these alphabetically: zebra\napple"), whose break
  // may go either side of it.
  return list ? 'line breaks' : !colonBeforeItem && ITEMWISE.test(text) ? 'item breaks' : false;
}
/** A colon with an item after it on its line. */
const COLON_THEN_ITEM = /:[^\S\n]+\S/u;
/**
 * Words that take a text's items one by one or count them: "each review", "every message", "how many tickets",
 * "which reviews", "all the comments", "one by one", "label the reviews". Not "per day" or "how many calories", where
 * the text is the asker's own prose (a review, session 39: "I drink three coffees per day.\nIs that too much?").
 */
const ITEM_NOUNS = String.raw`(?:reviews?|messages?|comments?|lines?|items?|entries|entry|sentences?|paragraphs?|posts?|tweets?|e-?mails?|tickets?|records?|rows?|questions?|answers?|responses?|statements?|names?|headlines?|titles?|products?|tasks?|complaints?|requests?|notes?|replies|reply|quotes?|excerpts?|snippets?|texts?|bullets?|points?|claims?)`;
const ITEMWISE = new RegExp(
  String.raw`\b(?:(?:each|every)\s+(?:one\s+of\s+the\s+|of\s+the\s+)?${ITEM_NOUNS}|how\s+many\s+${ITEM_NOUNS}|(?:which|all(?:\s+(?:of\s+)?the)?|these|the\s+following)\s+${ITEM_NOUNS}|one\s+by\s+one|(?:number|label|classify|sort|rank|tally|categori[sz]e)\s+(?:the|these|them|all|each)\b)`,
  'iu',
);
/**
 * Whether a line introduces a list at once: it ends in a colon or a question mark (emoji, "**" or spaces after it), or
 * is a heading or bold. Its end is read backwards to the last letter or digit (a regex from each colon scanned the
 * rest of the line: quadratic on a line of colons).
 */
function introducesList(line: string): boolean {
  if (HEADING_OR_BOLD.test(line)) return true;
  for (let index = line.length - 1; index >= 0; index--) {
    const character = line[index]!;
    if (INTRODUCING_MARK.has(character)) return true;
    if (LETTER_OR_DIGIT.test(character)) return false;
  }
  return false;
}
const INTRODUCING_MARK: ReadonlySet<string> = new Set([':', '?', '：', '？']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HEADING_OR_BOLD = /^[ \t]*#{1,6}[ \t]+\S|^[ \t]*\*\*[^*\n]+\*\*[ \t]*$/u;
/**
 * A line of one to four words ending in no mark of a sentence or a clause, and no comma, semicolon or bar in it: an
 * item of a list typed one per line. Read word by word (one regex for it backtracked quadratically over one long
 * word: 13 s for 80,000 letters; session 31).
 */
function isItemLine(line: string): boolean {
  const words = line.trim().split(/[ \t]+/u);
  if (words.length > 4 || ITEM_END.test(words.at(-1)!)) return false;
  return !ITEM_START.test(words[0]!) && /[\p{L}\p{N}]/u.test(words[0]!) && words.every((word) => !/[,;|]/u.test(word));
}
const ITEM_START = /^[.!?,:;|]/u;
const ITEM_END = /[.!?,:;…]$/u;

/**
 * Two cells of a line parted by a run of spaces (no-break, em, figure, ideographic ones too: tables pasted from a PDF
 * or a web page) or a tab, as aligned columns are; not two spaces after a sentence's mark, a typing habit.
 */
const ALIGNED_COLUMNS = /[^\s.!?:;,](?:[ \u00a0\u2000-\u200a\u202f\u3000]{2,}|\t)\S/u;

/**
 * The whitespace before each prepared token of a text (PreparedSide.gaps), from a second tokenization that records
 * it: the common path never pays for it (one property more on every token made verification ~2× slower on
 * texts of many lines). The tokens are the same as the prepared side's, so the indices match. Once per prepared
 * side, as layoutMattersIn: a query compared with eight candidates is tokenized again once, not eight times.
 */
export function gapsOfSide(side: PreparedSide, text: string, partsOfSpeech: PartsOfSpeech): string[] {
  let gaps = GAPS.get(side);
  if (gaps === undefined) GAPS.set(side, (gaps = gapsOf(text, partsOfSpeech)));
  return gaps;
}
const GAPS = new WeakMap<PreparedSide, string[]>();

function gapsOf(text: string, partsOfSpeech: PartsOfSpeech): string[] {
  // Prepared as the verifier prepares its sides (the same filler set aside), so the gaps line up with the aligned tokens.
  return prepareSide(verifyTokens(text, { gaps: true }), { gaps: true, partsOfSpeech }).gaps!;
}

/** A gap's whitespace, without the marks set aside in it, unless one stands between two runs of it ("\n|\n"). */
function whitespaceOf(gap: string): string {
  return /[^|]\|+[^|]/u.test(gap) ? gap : gap.replace(/\|/gu, '');
}

/** A text that asks about lines, blank lines or spacing, where every line break is the answer. */
export const ASKS_ABOUT_LINES =
  /\b(?:blank|empty|new)\s*lines?\b|\bline\s*(?:breaks?|feeds?|endings?|spacing)\b|\bnewlines?\b|\bwhite\s*space\b|\bspacing\b|\bindent\w*|\bhow\s+many\s+lines\b|\bmarkdown\b|\b(?:py|es|ts|style|md|golang-?ci-?|sql|yaml|markdown)?lint\w*|\bformatt?\w*|\bprettier\b|\bpep\s*8\b|\brender\w*|\bmkdocs\b|\bjekyll\b|\bsphinx\b|\bhugo\b|\bdocusaurus\b|\bpandoc\b|\bgithub\s+pages\b|\bflake8\b|\bpycodestyle\b|\bblack\b|\brubocop\b|\bruff\b|\bdisplay\w*|\bshow(?:s|n|ing)?\s+up\b|\bpreview\w*|\bappear\w*|\blooks?\s+like\b|\bexactly\b|\bverbatim\b|\bcharacter\s+for\s+character\b|\b(?:bitbucket|redmine|confluence|doxygen|trac|reddit|wiki\w*|jira|notion|obsidian|gitlab|github|gitea|sourcehut|stack\s*overflow|discourse|slack|discord|teams)\b/iu;

/** Whether token `at` opens a line of three fence marks (``` or ~~~), or follows one: a code block's edge. */
function atFenceEdge(tokens: readonly Token[], at: number): boolean {
  const fence = (start: number) => {
    const mark = tokens[start]?.text;
    return (mark === '`' || mark === '~') && tokens[start + 1]?.text === mark && tokens[start + 2]?.text === mark;
  };
  return fence(at) || fence(at - 3);
}

/** Whether the token before `at` is a word or a number, or none: a gap after a mark ("#Title" / "# The Title") is the mark's. */
function afterWord(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  return previous === undefined || previous.kind === 'word' || previous.kind === 'number';
}

/** A gap that only separates two words: nothing or one space, with any marks set aside between ("|"). */
function wordBoundary(gap: string): boolean {
  return /^[ |]*$/u.test(gap) && gap.replace(/\|/gu, '').length <= 1;
}

/** Whether two tokens the alignment matched are preceded by different whitespace (PreparedSide.gaps). */
export function layoutDiffers(hunks: Hunk[], before: string[], after: string[], beforeTokens: readonly Token[], afterTokens: readonly Token[], options: { fenceGapsCount?: boolean; lineBreaksOnly?: boolean; itemBreaks?: boolean } = {}): boolean {
  let left = 0;
  let right = 0;
  for (let index = 0; index <= hunks.length; index++) {
    const end = index < hunks.length ? hunks[index]!.leftStart : before.length;
    // The gap before the text's first token or the first after a change is the change's: a phrase moved to the end
    // leaves "" where a comma and a space were ("In SQL, how …" / "How … in SQL?"). A line break or a run of spaces
    // there still counts, and so does a gap after a mark ("#Title" / "# The Title": a heading or not in Markdown).
    if (left < end && wordBoundary(before[left]!) && wordBoundary(after[right]!) && afterWord(beforeTokens, left) && afterWord(afterTokens, right)) {
      left++;
      right++;
    }
    // A sentence mark dropped or added beside the whitespace is the punctuation's difference, judged as such: the
    // whitespace is what is compared ("Why?\n\n```" / "why\n\n```").
    for (; left < end; left++, right++) {
      if (before[left] === after[right] || whitespaceOf(before[left]!) === whitespaceOf(after[right]!)) continue;
      // Where lines break, not how much whitespace: and a line may break or not right after a mark (set aside in the
      // gap as "|"), as after the ":" or "?" that introduces the first item ("Sort these alphabetically: zebra\napple" /
      // "…:\nzebra\napple").
      if (options.lineBreaksOnly && (before[left]!.includes('\n') === after[right]!.includes('\n') || (!options.itemBreaks && before[left]!.startsWith('|') && after[right]!.startsWith('|')))) continue;
      // Blank lines between prose and a fence of code are no part of either ("Fix this code:\n\n```python" /
      // "Fix this code:\n```python"; a near-duplicate helper's, session 28): both must break the line there.
      // Not where the layout is asked about ("How many blank lines are there before the code block?").
      if (!options.fenceGapsCount && before[left]!.includes('\n') && after[right]!.includes('\n') && atFenceEdge(beforeTokens, left) && atFenceEdge(afterTokens, right)) continue;
      return true;
    }
    if (index < hunks.length) {
      left = hunks[index]!.leftEnd;
      right = hunks[index]!.rightEnd;
    }
  }
  return false;
}
