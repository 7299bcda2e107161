/**
 * Marks that are a pasted text's content, though the verifier sets sentence punctuation aside elsewhere: the end
 * marks of a line in a pasted chat or of a listed option ("Him: ok." / "Him: ok!" before "Is he mad?"; "Which
 * reply is more enthusiastic?\n1. Sure.\n2. Sure!" with the options' marks swapped), and quotation marks around a
 * word used ironically ("My boss called my report "interesting"" / "… interesting"). Either way the question is
 * about the marks, so a difference there makes the pair undecided, never served by the rules alone. The line rule
 * does not hold where the lines are material for a summary, a translation or an extraction.
 */

/** Whether the marks of the speaker or option lines ("Him: …", "1. …", "A) …") differ between the texts, line by line. */
export function lineMarksDiffer(left: string, right: string): boolean {
  // Not where the lines are material for a summary, a translation or an extraction: a chat to summarize says the
  // same with "can I keep it?" or "can I keep it." (red-team-24). Elsewhere the question may be what the lines
  // mean ("Is he mad?", "What does his last message mean?", "Does she like me?", "Which one is a question?").
  if (MATERIAL_REQUEST.test(lastLine(left)) && MATERIAL_REQUEST.test(lastLine(right))) return false;
  const [leftMarks, rightMarks] = [lineMarks(left), lineMarks(right)];
  // Only line against line: where the lines themselves differ, the other rules judge the words.
  if (leftMarks.length === 0 || leftMarks.length !== rightMarks.length) return false;
  return leftMarks.join('\n') !== rightMarks.join('\n');
}

/**
 * The marks of each speaker or option line, in order, and of each line pasted after a short line that
 * introduces a message or lines ("He texted:\nok.\nIs he mad?", "Label each line Q or S:\n…"), before the text's last
 * line; options on one line
 * ("A) Sure. B) Sure!") each count as one, in a one-line text too.
 */
function lineMarks(text: string): string[] {
  const lines = text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '');
  const marks: string[] = [];
  const marksOf = (part: string) => part.replace(/[\p{L}\p{N}\p{M}\s]+/gu, ' ').replace(/[“”„«»‘’']/gu, '"').trim();
  let pasted = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const label = lines.length > 1 ? SPEAKER_OR_OPTION.exec(line) : null;
    if (label !== null && !STRUCTURE_LABELS.test(label[0])) {
      for (const option of line.slice(label[0].length).split(INLINE_OPTION)) marks.push(marksOf(option));
    } else if (pasted && index < lines.length - 1) {
      marks.push(marksOf(line));
    } else if (INLINE_OPTION.test(line) && line.split(INLINE_OPTION).length > 2) {
      for (const option of line.split(INLINE_OPTION).slice(1)) marks.push(marksOf(option));
    }
    if (MESSAGE_INTRO.test(line)) pasted = true;
  }
  return marks;
}

/**
 * Whether a word in quotation marks on one side is typed without them on the other, where the quotes are no
 * mention of the word ("What does "chévere" mean?", "How do I use "grep"?") and no title or name ("Who wrote
 * "Hamlet"?"): "Is my "friend" using me?" / "Is my friend using me?".
 */
export function scareQuotesDiffer(left: string, right: string): boolean {
  const [leftWords, rightWords] = [scareQuoted(left), scareQuoted(right)];
  if (leftWords.length === 0 && rightWords.length === 0) return false;
  return leftWords.sort().join('\n') !== rightWords.sort().join('\n');
}

/** The lowercase one- or two-word spans in quotation marks that are used, not mentioned. */
function scareQuoted(text: string): string[] {
  const spans: string[] = [];
  for (const match of text.matchAll(QUOTED_WORDS)) {
    const inner = match[2]!;
    if (/^\p{Lu}/u.test(inner) || inner.length < 3) continue;
    const before = /([\p{L}']+)\s*$/u.exec(text.slice(Math.max(0, match.index - 24), match.index))?.[1]?.toLowerCase();
    const after = /^\s*([\p{L}']+)/u.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 24))?.[1]?.toLowerCase();
    if ((before !== undefined && MENTION_BEFORE.has(before)) || (after !== undefined && MENTION_AFTER.has(after))) continue;
    // A label before its noun ("return "defective" items", "items marked "final sale" online"): a category named, not irony.
    const glued = /^\s?[\p{L}]/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 2));
    if (glued && after !== undefined && !/(?:ing|ed)$/u.test(after) && !CLAUSE_AFTER.has(after)) continue;
    spans.push(inner.toLowerCase());
  }
  return spans;
}

/** "Him: ", "Customer: ", "My boss:", "1. ", "2) ", "A) ": a speaker (one or two words) or a list's label opening a line. */
const SPEAKER_OR_OPTION = /^(?:[\p{L}][\p{L}'’]{0,19}(?: [\p{L}][\p{L}'’]{0,19})?\s?:|\d{1,2}[.)]|[A-Za-z]\))\s*/u;
/** Labels of a prompt's own parts, whose lines are the asker's: "Context:", "Question:", "Q:", "Text:". */
const STRUCTURE_LABELS = /^(?:context|question|questions|q|a|answer|text|input|output|document|instructions?|task|system|note|notes|example|examples|rules?|data|email|message|article|passage|review)\s?:/iu;
/** A request that uses the lines as material, whatever their marks: "Summarize this chat.", "Translate it into French". */
const MATERIAL_REQUEST = /\b(?:summari[sz]e|summary|translate|translation|extract|transcribe|convert|reformat|format|tabulate|list (?:the|all)|count the (?:words|lines|messages))\b/iu;

function lastLine(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.slice(trimmed.lastIndexOf('\n') + 1);
}

/** A short line that introduces a message or lines pasted after it: "He texted:", "My boss wrote:", "Label each line Q or S:". */
const MESSAGE_INTRO = /^(?:[\p{L}'’]+\s+){0,4}(?:texted|texts|said|says|wrote|writes|replied|replies|sent|messaged|answered|commented|posted|emailed|lines?(?:\s+[\p{L}]+){0,4})(?:\s+me)?(?:\s+this)?\s*:$/iu;
/** Options on one line: "A) Sure. B) Sure!", "1) … 2) …". */
const INLINE_OPTION = /(?:^|\s)(?:[A-Da-d]|\d{1,2})\)\s/u;
/** One or two words between straight or curly quotes, or guillemets (spaced in French) and German quotes. */
const QUOTED_WORDS = /(["“„«‘']\u00a0?\s?)([\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*)?)(\s?\u00a0?["”“»’'])(?![\p{L}])/gu;
const MENTION_BEFORE: ReadonlySet<string> = new Set([
  'does', 'do', 'did', 'use', 'using', 'run', 'install', 'type', 'typed', 'command', 'function', 'method', 'keyword', 'word', 'words', 'term',
  'phrase', 'define', 'spell', 'say', 'pronounce', 'translate', 'called', 'named', 'is', 'means', 'mean', 'significa', 'signifie',
  'bedeutet', 'heißt', 'heisst', 'quiere', 'dire', 'dice', 'decir', 'sagen', 'sagt', 'of', 'like', 'letter', 'letters', 'character', 'characters',
  'symbol', 'sign', 'key', 'button', 'option', 'menu', 'tab', 'field', 'column', 'variable', 'tag', 'flag', 'between', 'and', 'or', 'vs', 'write', 'wrote',
]);
/** Words after a quoted word that show it is no label before a noun: "my "friend" using me", "a "gift" that …". */
const CLAUSE_AFTER: ReadonlySet<string> = new Set(['my', 'your', 'his', 'their', 'our', 'its', 'the', 'a', 'an', 'it', 'this', 'is', 'was', 'are', 'were', 'that', 'who', 'which', 'and', 'but', 'or', 'to', 'for', 'of', 'with', 'on', 'at', 'from', 'by', 'me', 'him', 'her', 'us', 'them', 'really', 'just', 'again', 'still', 'too']);
const MENTION_AFTER: ReadonlySet<string> = new Set(['mean', 'means', 'meant', 'do', 'does', 'stand', 'stands', 'work', 'works', 'command', 'function', 'method', 'keyword', 'in', 'and', 'or', 'vs', 'is', 'mean?']);
