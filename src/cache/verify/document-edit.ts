import { align } from './align.ts';
import { QUESTION_OPENERS, REQUEST_VERBS } from './closed-lists.ts';

/**
 * Whether two prompts that paste a document differ inside it. The verifier's tolerances (an article, a contraction,
 * a spelling variant, a comma, a courtesy, an inflection, a synonym) keep a question's meaning; inside a pasted
 * document they are edits of the text the task works on, and the tasks that see them are worded in endless ways:
 * "Find the mistakes in the document", "Repeat the document back to me unchanged", "Is the text written for readers
 * in Britain?", "Number each sentence". A red team (session 30) kept the task and made one such edit in 1,280 real
 * documents: 489 were served the other version's answer. So in a prompt that names a text it works on ("the
 * document", "the following email", "Context:", "Knowledge base:", "the information below") or that shows one pasted
 * at length (PASTED_TEXT_LINE), a difference inside a paragraph of that text — any paragraph of DOCUMENT_WORDS words
 * or more beside the request, but a question, a question's label line or a courtesy — is left to a judge, whatever the
 * task says; a difference in the request around it (its courtesy, a typo in the question) is judged as before, and so
 * is a prompt that neither names nor shows a pasted text (a user's own story before a question).
 *
 * Paragraphs are cut at blank lines, before a code fence and before a labelled line ("Question: …", "Context:", "Task:
 * …"). Words are the text's whitespace-separated pieces as typed (marks and case included), aligned as the verifier
 * aligns tokens: each stretch where they differ counts on its own, and spacing and line wrapping never do.
 */
export function editsInsideDocument(query: string, candidate: string): boolean {
  const named = pointsAtText(query) || pointsAtText(candidate);
  // A long text of several paragraphs is pasted too where nothing names it but its marks show it ("Which refunds need
  // approval?\n\nHi Chloe,\n\n…\n\nBest regards", a heading, a rule of dashes, quoted lines; a red team on long
  // contexts, session 42); not the asker's own story told in paragraphs (a hostile review: 51 of 65 refused).
  if (!named && !(LONG_TEXT_CHARACTERS <= Math.max(query.length, candidate.length) && (showsPastedText(query) || showsPastedText(candidate)))) return false;
  const left = paragraphWords(candidate);
  const right = paragraphWords(query);
  if (left.paragraphs.length < 2 && right.paragraphs.length < 2) return false;
  if (!named && left.paragraphs.length < LONG_TEXT_PARAGRAPHS && right.paragraphs.length < LONG_TEXT_PARAGRAPHS) return false;
  const hunks = align(left.words, right.words);
  if (hunks === undefined) return true;
  return hunks.some((hunk) => touchesDocument(left, hunk.leftStart, hunk.leftEnd) || touchesDocument(right, hunk.rightStart, hunk.rightEnd));
}

/** Whether a text has a line that shows a pasted text: a letter's greeting or sign-off, a rule, a quoted line, a heading. */
function showsPastedText(text: string): boolean {
  const scanned = text.length > SCAN * 2 ? `${text.slice(0, SCAN)}\n${text.slice(-SCAN)}` : text;
  return PASTED_TEXT_LINE.test(scanned);
}
const PASTED_TEXT_LINE = /(?:^|\n)[ \t]*(?:(?:[Hh]i|[Hh]ello|[Dd]ear|[Hh]ey)\b[^\n.?!]{0,40},|(?:[Bb]est|[Kk]ind|[Ww]arm|[Mm]any)? ?(?:[Rr]egards|[Ww]ishes|[Tt]hanks),?|[Ss]incerely,?|-{3,}|\*{3,}|={3,}|_{3,}|>[^\n]*|#{1,6} [^\n]*|[\p{Lu}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’&-]+){0,5})[ \t]*(?=\n)/u;
/** A text of this many characters and paragraphs pastes one, named or not. */
const LONG_TEXT_CHARACTERS = 1_000;
const LONG_TEXT_PARAGRAPHS = 3;
/** How few words a paragraph may have and still be a pasted text (a sentence to repeat or check). */
const DOCUMENT_WORDS = 3;

/** Whether a prompt names a text it works on: "the document", "the following email", "this passage", "Context:". */
function pointsAtText(text: string): boolean {
  const scanned = text.length > SCAN * 2 ? `${text.slice(0, SCAN)}\n${text.slice(-SCAN)}` : text;
  return POINTS_AT_TEXT.test(scanned);
}
const SCAN = 8 * 1024;

interface ParagraphWords {
  words: string[];
  /** The paragraph of each word. */
  paragraphOf: number[];
  /** The number of words of each paragraph. */
  paragraphs: number[];
  /** Whether each paragraph is a pasted text (isPastedParagraph) of DOCUMENT_WORDS words or more. */
  documents: boolean[];
}

function paragraphWords(text: string): ParagraphWords {
  const words: string[] = [];
  const paragraphOf: number[] = [];
  const paragraphs: number[] = [];
  const texts: string[] = [];
  const split = splitParagraphs(text);
  for (const paragraph of split.paragraphs) {
    const pieces = paragraph.match(WORD)!;
    // A paragraph's closing full stop is typed or not ("Please send the report by Friday(.)"): not an edit of the text.
    pieces[pieces.length - 1] = pieces.at(-1)!.replace(/(?<=[^.])\.$/u, '');
    for (const piece of pieces) {
      words.push(piece);
      paragraphOf.push(paragraphs.length);
    }
    paragraphs.push(pieces.length);
    texts.push(paragraph.trim());
  }
  const labelled = split.labelled;
  if (labelled !== undefined) {
    // A labelled text: the label line and the task lines after the text are the request, every paragraph between them
    // is the text, a question it asks included ("My email:\n… Can you tell me where it is?\nGive me feedback.").
    // A template's labelled question ("Question: …", "Q: …") is the request's (a third review, session 47).
    const documents = texts.map((paragraph, index) => index > labelled.label && index < labelled.taskFrom && paragraphs[index]! >= DOCUMENT_WORDS && !COURTESY_ALONE.test(paragraph) && !REQUEST_LABEL.test(paragraph));
    return { words, paragraphOf, paragraphs, documents };
  }
  // The request is the shortest paragraph that names a text ("Find the mistakes in the document."): a document may
  // name texts too ("the complete text of the licence"), at more length.
  let request = -1;
  for (const [index, paragraph] of texts.entries()) {
    if ((request === -1 || paragraphs[index]! < paragraphs[request]!) && NAMES_TEXT.test(paragraph)) request = index;
  }
  // Where none names a text, the request is the shorter of the first and the last paragraph that are no greeting or
  // thanks alone ("Which guests may enter? Thanks!" above a pasted email; "Hi there,\n\nWhat is …\n\n<text>\n\nThanks!").
  if (request === -1 && paragraphs.length > 1) {
    const first = texts.findIndex((paragraph) => !COURTESY_ALONE.test(paragraph));
    const last = texts.findLastIndex((paragraph) => !COURTESY_ALONE.test(paragraph));
    if (first !== -1) request = paragraphs[first]! <= paragraphs[last]! ? first : last;
  }
  // A last paragraph that opens as a question is the request's too, typed without its mark or at length ("…\n\nWhat
  // happens after a year of inactivity").
  // So is a last paragraph that names the text where the request found only presents it ("Here is the email.\n\n…\n\n
  // Summarize this email in three bullets. Thanks!"; a red team on instructions, session 46: 700 of 9,183 harmless
  // edits of such a task refused).
  const closing = texts.at(-1)!;
  const asksLast = QUESTION_OPENERS.has(closing.match(FIRST_WORD)?.[0].toLowerCase() ?? '') || (request !== -1 && request !== paragraphs.length - 1 && PRESENTS_TEXT.test(texts[request]!) && paragraphs.at(-1)! <= CLOSING_REQUEST_WORDS && NAMES_TEXT.test(closing) && CLOSING_TASK.test(closing));
  const last = paragraphs.length > 1 && asksLast ? paragraphs.length - 1 : -1;
  const documents = texts.map((paragraph, index) => index !== request && index !== last && paragraphs[index]! >= DOCUMENT_WORDS && isPastedParagraph(paragraph));
  return { words, paragraphOf, paragraphs, documents };
}

/**
 * A text's paragraphs (PARAGRAPH_BREAK), those with words only. Where the first that is no courtesy alone is a label
 * line ("My essay:", "Draft:", "My manager wrote:"), the text is `labelled`: the short lines that close it (a task,
 * and courtesies after it: "Make it more formal.\nThanks!") are paragraphs of their own, the request's from `taskFrom`
 * on, and what stands between the label and them is the text (a red team, session 47: 432 doubled words and 480
 * typos inside such a text were served to its review, "Find the errors.", "What's wrong with it?").
 */
function splitParagraphs(text: string): { paragraphs: string[]; labelled?: { label: number; taskFrom: number } } {
  const paragraphs = text.split(PARAGRAPH_BREAK).filter((paragraph) => HAS_WORD.test(paragraph));
  const label = paragraphs.findIndex((paragraph) => !COURTESY_ALONE.test(paragraph.trim()));
  if (label === -1) return { paragraphs };
  const split = [...paragraphs];
  // A first line that names the text below it is a label too ("Can you review my paragraph?\n<text>\nWhat's wrong
  // with it?"; a second review, session 47).
  const firstLine = split[label]!.trimStart();
  const lineEnd = firstLine.indexOf('\n');
  // Not a paragraph of its own that names the text ("Use the following context …\n\nContext: …", "Here is the email.\n\n…"):
  // those prompts' requests are found as before.
  const namingLine = !/:\s*$/u.test(firstLine) && lineEnd !== -1 && (firstLine.slice(0, lineEnd).match(WORD)?.length ?? 0) <= LABEL_LINE_WORDS && NAMES_TEXT.test(firstLine.slice(0, lineEnd));
  if (namingLine) split.splice(label, 1, firstLine.slice(0, lineEnd), firstLine.slice(lineEnd + 1));
  if (label >= split.length - 1 || (!namingLine && !/:\s*$/u.test(split[label]!))) return { paragraphs };
  let taskFrom = split.length;
  // A few closing lines at most: a text of thousands of "Thanks!" lines is not re-cut once per line.
  for (let lines = 0; taskFrom - 1 > label && lines < CLOSING_LINES; lines++) {
    const tail = split[taskFrom - 1]!.trimEnd();
    const lineBreak = tail.lastIndexOf('\n');
    const line = tail.slice(lineBreak + 1).trim();
    const courtesy = COURTESY_ALONE.test(line) && (line.match(WORD)?.length ?? 0) <= COURTESY_LINE_WORDS && !/^(?:please|pls)\b/iu.test(line);
    const answerCue = ANSWER_CUE.test(line);
    // A closing line is the request's when it asks or tells (a question, a request verb, "Please …", an answer cue such as
    // "Answer:", after which the question above it is the request's too), or is a thanks; else it is the text's own last
    // line ("Best, Anna", "I will send the report tomorrow."; a third review, session 47).
    const task = courtesy || answerCue || /\?/u.test(line) || CLOSING_TASK_OPENER.test(line) || QUESTION_OPENERS.has(line.match(FIRST_WORD)?.[0].toLowerCase() ?? '');
    if (!task || (line.match(WORD)?.length ?? 0) > CLOSING_LINE_WORDS) break;
    if (lineBreak !== -1) {
      split.splice(taskFrom - 1, 1, tail.slice(0, lineBreak), line);
      taskFrom++;
    }
    taskFrom--;
    // Only a thanks or an answer cue goes on to the line before ("Thanks!", "Answer:"; not "Please make it shorter.").
    if (!courtesy && !answerCue) break;
  }
  // A label, its text, then the request, which a first line that names the text holds itself ("Can you check my
  // email?\n<email>"): else no labelled text ("Question:\nWhat is …?").
  return taskFrom > label + 1 && (taskFrom < split.length || namingLine) ? { paragraphs: split, labelled: { label, taskFrom } } : { paragraphs };
}
const HAS_WORD = /\S/u;
const COURTESY_LINE_WORDS = 3;
/** The most words a first line that names a text may have to be the text's label ("Can you review my paragraph?"). */
const LABEL_LINE_WORDS = 12;
const CLOSING_LINES = 4;
/** A closing line that cues the answer of a template ("Answer:", "Helpful Answer:", "A:", "Assistant:"). */
const ANSWER_CUE = /^(?:[\p{L}-]+ )?(?:answer|a|response|reply|output|assistant)\s*:$/iu;
/** How a closing task opens: a request verb, "please", "can you", "make it", "keep it" … ("Find the errors.", "Fix it."). */
const CLOSING_TASK_OPENER = new RegExp(
  String.raw`^(?:(?:please|pls|kindly|now|also|and|then)[,\s]+)?(?:(?:can|could|would|will) you\b|${[...REQUEST_VERBS].join('|')}|proofread|correct|improve|review|edit|shorten|simplify|polish|keep|answer|respond|reply|grade|rate|critique|evaluate|analy[sz]e|extract|rephrase|reword|format|turn|use|add|remove|highlight|point|spot|identify|count|tell|say)\b`,
  'iu',
);
const CLOSING_LINE_WORDS = 20;

/** A paragraph of the text worked on, not of the request around it: no question, question's or task's label line, or courtesy alone ("Thanks!"). */
function isPastedParagraph(paragraph: string): boolean {
  // A question closes a request, but a long paragraph that ends in one is a pasted text's too (an email's "… Can you
  // confirm by Friday?").
  return (!/[?？]$/u.test(paragraph) || (paragraph.match(WORD)?.length ?? 0) >= QUESTION_PARAGRAPH_WORDS) && !REQUEST_LABEL.test(paragraph) && !COURTESY_ALONE.test(paragraph);
}
/** How many words a paragraph ending in a question mark has at least to be a pasted text's rather than the question. */
const QUESTION_PARAGRAPH_WORDS = 40;

function touchesDocument(side: ParagraphWords, start: number, end: number): boolean {
  if (side.paragraphs.length < 2) return false;
  for (let at = start; at < end; at++) if (side.documents[side.paragraphOf[at]!]) return true;
  return false;
}

// A blank line, the line break before a code fence, or the one before a label of one to three words and a colon
// ("Question:", "Retrieved context:"), or after a line that ends in a colon ("My essay:\n<text>\nFind the errors."; a red
// team, session 47: 432 doubled words and 480 typos inside such a text served to its review).
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*|\n(?=[ \t]*(?:```|~~~))|\n(?=[ \t]*\p{L}[\p{L}\p{N}_-]*(?: [\p{L}\p{N}_-]+){0,2}[ \t]*:(?:\s|$))|(?<=:[ \t]*)\n\s*/u;
const WORD = /\S+/gu;
// "the document", "the following email", "this passage", "the text above"; or "Context:" as a label.
export const NAMES_TEXT =
  /\b(?:the|this|these|following|above|below|my|our)\s+(?:[\p{L}-]+\s+)?(?:document|text|passage|paragraphs?|article|e-?mail|letter|essay|report|transcript|conversation|context|excerpt|story|poem|contract|notes|review|message|memo|readme|description|page|section|chapter|abstract|speech|lyrics|post|thread|content|sentences?|draft|copy|material|information|facts)\b/iu;
// Or the framings of retrieval and chat that name no text (a red team on long contexts, session 42: 812 of 1,237 edits
// inside such prompts served): "Answer using only the information below", "Knowledge base:", "Reference material:",
// "Earlier you wrote:", "your last message".
const POINTS_AT_TEXT = new RegExp(
  String.raw`${NAMES_TEXT.source}|(?:^|\n)[ \t]*(?:context|document|documents|text|passage|article|transcript|excerpt|input|source|sources|knowledge(?: base)?|background|reference(?: material| text)?|references|facts|information|info|policy(?: excerpt)?|snippets?|evidence|documentation|material|retrieved [\p{L} ]{1,20})[ \t]*:` +
    String.raw`|\b(?:information|material|facts|data|sources|snippets|references?|notes) (?:below|above|provided|given)\b|\b(?:earlier|before|previously) you (?:wrote|said)\b|\byour (?:last|previous|earlier) (?:message|answer|reply|response)\b` +
    // A line that labels the asker's text below it: "My essay:", "Draft:", "Email draft:", "My cover letter intro:" (a red
    // team, session 47: edits inside such texts served to their review).
    String.raw`|(?:^|\n)[ \t]*(?:(?:my|our|your|his|her|their|the|a)\s+)?(?:[\p{L}-]+\s+){0,2}(?:draft|essay|answer|paragraph|e-?mail|text|intro|introduction|letter|post|sentence|bio|summary|resume|cv|statement|story|poem|caption|tweet|message|reply|response|translation|abstract|thesis|outline|speech|homework|assignment)[ \t]*(?:\([^)\n]{0,24}\)[ \t]*)?:[ \t]*\n`,
  'iu',
);
const FIRST_WORD = /^\p{L}+/u;
/**
 * A paragraph that only presents a text below it, not the asker's own: "Here is the email.", "Below is an article:",
 * "Here's a news article:". Not "Here's my draft:", "Here is the email I'm sending to my team:", "This is the letter I'm
 * about to send:", "Below is the memo I drafted:", where the text's own last paragraph may address its readers (two hostile
 * reviews, session 46): the text's noun closes the line, or "from" and its sender.
 */
export const PRESENTS_TEXT = /^(?:here(?:'s| is| are)|below (?:is|are)|the following is|this is|these are)\s+(?:the|a|an|some)\s+(?:[\p{L}-]+\s+){0,2}(?:email|e-mail|review|article|text|passage|document|letter|message|post|report|memo|transcript|story|essay|notes|policy|contract|excerpt|description|thread|conversation|poem|speech|announcement|paragraph|abstract|chapter|section|listing|statement|complaint|comment|comments|reviews|articles|emails|messages)(?:\s+(?:below|above|from\s+(?:[\p{L}'-]+\s*){1,3}))?\s*[.:]?$/iu;
/** How many words a closing task may have. */
export const CLOSING_REQUEST_WORDS = 60;
/**
 * A closing paragraph that opens with a task only an assistant is asked, not a sentence of the text ("I can't believe
 * this email took me an hour.", "Review the memo and send your comments by Thursday."; two hostile reviews, session 46).
 */
export const CLOSING_TASK =
  /^(?:(?:please|pls|can you|could you|would you)\s+)?(?:summari[sz]e|extract|rewrite|rephrase|paraphrase|explain|translate|proofread|analy[sz]e|classify|categori[sz]e|shorten|simplify|condense|critique|evaluate|tl;?dr)\b(?![^\n]*\b(?:attached|enclosed|your (?:comments|teams?|thoughts|staff|reports|direct reports)|share|let me know|before|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|eod|the end)|reply|respond|sign|return)\b)/iu;
const REQUEST_LABEL = /^(?:[\p{L}-]+ )?(?:question|q|task|instruction|instructions|query|prompt|request)\s*:/iu;
const COURTESY_ALONE = /^(?:hi|hello|hey|thanks|thank you|thx|ty|cheers|please|regards|best|best regards|kind regards)\b[\s\p{P}\p{L}]{0,24}$/iu;
