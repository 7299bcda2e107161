import { LANGUAGES, QUESTION_OPENERS, REQUEST_VERBS } from './closed-lists.ts';
import { CLOSING_REQUEST_WORDS, CLOSING_TASK, NAMES_TEXT as NAMES_A_TEXT, PRESENTS_TEXT } from './document-edit.ts';

/**
 * The part of a prompt that an instruction about a text is about: "Check this sentence for mistakes: He go to
 * school", "She doesn't like apples. Is this correct?", "Can I say we was late?". There the text's words (and
 * for a question about its surface, its marks, spaces and case) are what the answer is about, so the verifier
 * compares it verbatim like a quotation (see verifyTokens). Finding one where there is none costs a hit, never a
 * wrong answer: the text is compared more strictly, not less.
 *
 * Found, in this order:
 * - an opening instruction: the first sentence (after a greeting such as "Hi!"), up to ":", "?", "!", "." or a
 *   line break (full-width marks too), that names the text ("this sentence", "the following email"), asks to
 *   act on or judge one and ends in ":" or a line break ("Translate into French:", "Proofread:"), starts with such
 *   a verb and points at the text ("Translate this to German."), or is a short judgement of "this"/"that" ("Is
 *   this sentence ok?", "Does this sound natural?", "Any errors?");
 * - a closing one: the last sentence, short, judging "this", "that", "it" or "the above" ("Is this correct?",
 *   "How many sentences is that?", "Any mistakes?");
 * - an inline one: "say"/"write" after "Can I", "Should I", "Is it correct to"…: the rest of that sentence.
 */
export interface PastedText {
  start: number;
  end: number;
  /**
   * The question is about the text's surface (grammar, punctuation, spelling, counting, tone): its marks, spaces
   * and case count too. Otherwise (translate, summarize, rewrite) its words count, not its whitespace or a
   * final full stop.
   */
  exact: boolean;
}

export function pastedText(text: string): PastedText | undefined {
  return closingSendingCheck(text) ?? openingInstruction(text) ?? closingInstruction(text) ?? inlineQuestion(text) ?? wordsToWrite(text) ?? wholeSurfaceQuestion(text);
}

/**
 * A prompt that asks about its own text's surface anywhere, in a shape none of the others finds ("I'm learning
 * English. Does this look ok? He go to school", "He go to school - grammatically correct?", "Popraw błędy: …"):
 * all of it is verbatim, its instruction included. Only unmistakable cues count (grammar, proofreading,
 * punctuation, "is this correct", a native speaker, sounding natural or polite, counting sentences or words).
 */
function wholeSurfaceQuestion(text: string): PastedText | undefined {
  // Spaces as typed say nothing of the cue ("Check  the  spelling.").
  const scanned = (text.length > SURFACE_SCAN * 2 ? `${text.slice(0, SURFACE_SCAN)} ${text.slice(-SURFACE_SCAN)}` : text).replace(/[^\S\n]{2,}/gu, ' ');
  return SURFACE_QUESTION.test(scanned) ? { start: 0, end: text.length, exact: true } : undefined;
}

/**
 * A check before sending that closes the prompt (SENDING_CHECK: "… Is this ok for a US client?"): all before it is the
 * text, even where an instruction opens it ("We loved the colour … Can you fix it before we start? Good to go?").
 */
function closingSendingCheck(text: string): PastedText | undefined {
  let last = lastSentence(text);
  // A courtesy, a face or an aside after it ("… Good to go? Thanks!", "… Ready to send? lol", "… 🙏") closes the
  // prompt, not the text.
  if (last !== undefined && (COURTESY_ONLY.test(last.instruction) || AFTERTHOUGHT.test(last.instruction))) last = lastSentence(text.slice(0, last.start));
  if (last === undefined) return undefined;
  const words = last.instruction.match(WORDS)?.length ?? 0;
  const checked = text.slice(0, last.start);
  if (words === 0 || words > CLOSING_WORDS || !CONTENT.test(checked) || !checksBeforeSending(last.instruction, checked)) return undefined;
  return { start: 0, end: last.start, exact: true };
}

/**
 * The last sentence of a prompt (after its last sentence mark or face followed by whitespace, or its last line break),
 * and where it starts.
 */
function lastSentence(text: string, breaks: RegExp = SENTENCE_OR_FACE_BREAK): { instruction: string; start: number } | undefined {
  const trimmed = text.trimEnd();
  const tail = trimmed.length > SCAN ? trimmed.slice(-SCAN) : trimmed;
  let last = -1;
  for (const boundary of tail.slice(0, -1).matchAll(breaks)) last = boundary.index + boundary[0].length;
  if (last === -1) return undefined;
  return { instruction: tail.slice(last), start: trimmed.length - tail.length + last };
}

function openingInstruction(text: string): PastedText | undefined {
  const head = text.length > SCAN ? text.slice(0, SCAN) : text;
  let from = 0;
  const greeting = GREETING.exec(head);
  if (greeting !== null) from = greeting[0].length;
  // The first sentences in turn: a preamble may come first ("I'm not a native speaker. Check this: …").
  // A label after a task ("Rate the customer's politeness from 1 to 5. Customer: …") introduces its text, and so
  // does a label the sentence before names ("Does the customer say please? Customer: …", "Is the following
  // utterance a question or a statement? Utterance: …"): the question is about the labelled text, any of its
  // marks, courtesies and contractions, so it is compared exactly. Not a label an instruction names ("Answer
  // using the context below. Context: …"), where the question follows the context.
  let task: string | undefined;
  let previous = '';
  for (let sentence = 0; sentence < OPENING_SENTENCES; sentence++) {
    BOUNDARY.lastIndex = from;
    const boundary = BOUNDARY.exec(head);
    if (boundary === null) return undefined;
    const instruction = head.slice(from, boundary.index + 1);
    const start = boundary.index + boundary[0].length;
    const label = /[:：]$/u.test(instruction) && (instruction.match(WORDS)?.length ?? 0) <= 2;
    const named = label && task === undefined && /[?？]$/u.test(previous) && LABELLED_SURFACE.test(previous) && namesLabel(previous, instruction);
    if ((label && task !== undefined) || named || isInstruction(instruction, boundary[0][0]!, boundary[0].includes('\n'), text.slice(start))) {
      if (!CONTENT.test(text.slice(start))) return undefined;
      const what = named ? previous : label && task !== undefined ? task : instruction;
      const translates = TRANSLATION.test(what);
      const sending = checksBeforeSending(what, text.slice(start));
      const exact = named || ((SURFACE_TASK.test(what) || judgesFormIn(what) || sending || givesBack(what)) && !translates);
      // A courtesy between a check and its message is the prompt's, not the message's ("Good to go? Thanks in advance!\n\nHi Tom, …").
      const opens = sending ? start + (LEADING_ASIDE.exec(text.slice(start))?.[0].length ?? 0) : start;
      const end = withoutCourtesyTail(text, opens, !exact && !translates);
      const fenced = exact || translates ? undefined : fencedTextEnd(text, opens);
      return { start: opens, end: fenced ?? (exact || translates || !PRESENTS_TEXT.test(what.trim()) ? end : beforeClosingTask(text, opens, end)), exact };
    }
    task = TASK_VERB_FIRST.test(instruction) ? instruction : undefined;
    previous = instruction;
    from = start;
  }
  return undefined;
}

/**
 * Where a text that opens with a code fence ends: at its closing fence, where words follow it. The lines after it are
 * the prompt's own ("Here is a log:\n```\n…\n```\nSummarize it." / "… summarize it.", "… What does it print?" / "…
 * What does it print": the task line was read as the log's own, and its case or its "?" refused; a red team, session 48).
 */
function fencedTextEnd(text: string, start: number): number | undefined {
  const opening = /^\s*```[^\n]*\n/u.exec(text.slice(start));
  if (opening === null) return undefined;
  const close = text.indexOf('\n```', start + opening[0].length - 1);
  if (close < 0) return undefined;
  const lineEnd = text.indexOf('\n', close + 4);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return asksOfFencedText(text.slice(end).trim()) ? end : undefined;
}
/**
 * Whether what follows a closing fence is the prompt's own task: one short sentence on one line that opens with a
 * request verb or a question's opener ("Summarize it.", "What does it print?", "Why does this fail"). Anything else may
 * still be the text: a sign-off, a second sentence to judge, "Please reply by Friday." under "Look at this:" (a review
 * of the first version, session 48: 70 pairs served where the text went on past its fence).
 */
function asksOfFencedText(tail: string): boolean {
  if (tail === '' || tail.includes('\n') || /[.?!…]\s+\S/u.test(tail)) return false;
  const words = tail.match(WORDS) ?? [];
  const first = words[0]?.toLowerCase() ?? '';
  return words.length <= FENCED_TASK_WORDS && (REQUEST_VERBS.has(first) || (QUESTION_OPENERS.has(first) && !NOT_OPENING_A_TASK.has(first)));
}
const FENCED_TASK_WORDS = 15;
const NOT_OPENING_A_TASK: ReadonlySet<string> = new Set(['please', 'any', 'have', 'has']);

/**
 * Whether `label` ("Customer:", "User message:") names something `sentence` speaks of: "the customer", "the
 * customer's message", "the following user utterance". Its last word is the label's head; a plural or possessive
 * in the sentence counts ("customers", "customer's").
 */
/** What a question about a labelled text's surface asks: its marks, courtesies, contractions, counts, tone. */
const LABELLED_SURFACE =
  /\b(?:says?|said|use[sd]?|contains?|ends?|starts?|begins?|punctuat\w*|questions?|statements?|exclamation|commas?|periods?|full stops?|apostrophes?|contractions?|please|thanks?|thank you|sorry|apologi[sz]e\w*|polite\w*|impolite|rude|formal|informal|grammar|grammatical\w*|spell\w*|typos?|capitali[sz]\w*|how many|words?|sentences?|emojis?|tone|angry|calm|upset|frustrated|sentiment|emotions?|several|one or)\b/i;

function namesLabel(sentence: string, label: string): boolean {
  const head = label.match(WORDS)?.at(-1)?.toLowerCase();
  if (head === undefined || head.length < 3) return false;
  for (const word of sentence.match(WORDS) ?? []) {
    const lower = word.toLowerCase();
    if (lower === head || (lower.startsWith(head) && /^(?:s|es|['’]s)$/u.test(lower.slice(head.length)))) return true;
  }
  return false;
}

/**
 * Whether a sentence ending in `mark` is an instruction about the text after it: it names the text ("Check this
 * sentence:", "Translate the following email."), starts with a verb that acts on a text and introduces or points
 * at it ("Translate into French:", "Proofread my essay:", "Translate this to German."), is a short label of such
 * a task ("Proofread:", "Grammar check:", "Popraw błędy:"), points at the text in a few words ("Clean this up:",
 * "Any mistakes here:"), or is a short judgement of "this" ("Is this sentence ok?"). Not "Need help choosing the
 * right laptop:" nor "Write a professional email to my landlord" broken over two lines.
 */
function isInstruction(instruction: string, mark: string, lineBreak: boolean, rest: string): boolean {
  const introduces = mark === ':' || mark === '：' || mark === '\n';
  const words = instruction.match(WORDS)?.length ?? 0;
  if (words === 0 || words > (introduces ? LONG_INSTRUCTION_WORDS : INSTRUCTION_WORDS)) return false;
  if (NAMES_TEXT.test(instruction)) return true;
  // Its wording asked for in a language: "How do you say this in Spanish?", "What's this in German?".
  if (POINTS_AT_TEXT.test(instruction) && TRANSLATION.test(instruction)) return true;
  const taskFirst = TASK_VERB_FIRST.test(instruction);
  if (introduces && mark !== '\n') {
    // The colon after a preposition makes what follows its object: "How many commas are in:", "Count the words of:".
    if (taskFirst || OBJECT_FOLLOWS.test(instruction)) return true;
    // A text to make a headline, a caption or a reply from, or to continue: "Write a headline:", "Continue the
    // story:", "Reply to my boss who texted:". Not "Write an email:", whose text is a spec to follow.
    if (MAKES_FROM.test(instruction)) return true;
    // A text to give back as it is: "Echo back exactly:", "Wrap this in a JSON object under the key "message", unchanged:".
    if (givesBack(instruction)) return true;
    if (words <= LABEL_WORDS && (SURFACE_TASK.test(instruction) || TEXT_TASK.test(instruction))) return true;
    if (words <= POINTING_WORDS && POINTS_AT_TEXT.test(instruction)) return true;
  }
  return (
    (taskFirst && POINTS_AT_TEXT.test(instruction)) ||
    isJudgementOfText(instruction, words, rest) ||
    judgesForm(instruction, words, lineBreak, rest) ||
    (words <= JUDGEMENT_WORDS && !COURTESY_ONLY.test(rest) && checksBeforeSending(instruction, rest))
  );
}

/**
 * A short question or label judging a text's form (FORM_JUDGED: "Is this too blunt?", "Does the sender say
 * please?", "Grade this out of 10:"), on a line of its own, or ending in ":", or in "?" and pointing at the text
 * ("this", "the following"): not a statement that holds such words ("My boss is too demanding. What should I do?"),
 * nor a question about the world ("Is it too cold to swim in May? It's 18 degrees."), nor one that only courtesy
 * follows ("… Is this too blunt? Thanks!").
 */
function judgesForm(instruction: string, words: number, lineBreak: boolean, rest: string): boolean {
  const placed = lineBreak || /[:：]\s*$/u.test(instruction) || (/[?？]\s*$/u.test(instruction) && POINTS_AT_OTHER_TEXT.test(instruction));
  return words <= JUDGEMENT_WORDS && placed && judgesFormIn(instruction) && !COURTESY_ONLY.test(rest);
}

/**
 * Where the pasted text ends: before a courtesy that closes the prompt after the closing fence of its code
 * ("```…```\n\nThanks!"), or, when the task does not reproduce the text (summarize, explain: `afterParagraph`),
 * after its last paragraph ("Summarize this:\n\n<email>\n\nThanks!"). Text to translate or proofread keeps
 * its sign-off.
 */
function withoutCourtesyTail(text: string, start: number, afterParagraph: boolean): number {
  const trimmed = text.trimEnd();
  const fence = trimmed.lastIndexOf('```');
  if (fence >= start && COURTESY_ONLY.test(trimmed.slice(fence + 3))) return fence + 3;
  if (!afterParagraph) return text.length;
  const paragraph = trimmed.lastIndexOf('\n\n');
  if (paragraph > start && COURTESY_ONLY.test(trimmed.slice(paragraph))) return paragraph;
  return text.length;
}
/**
 * Where a text that an opening line only presents ends before a closing paragraph of the task that names it: "Here is
 * the review:\n\n…\n\nExtract the key points from this review. Format the answer as YAML." — the task's courtesy
 * or marks are the prompt's, not the review's (a red team on instructions, session 46). The paragraph must be short
 * and name the text ("this review", "the email above"), as document-edit.ts reads the same paragraph.
 */
function beforeClosingTask(text: string, start: number, end: number): number {
  const paragraph = text.lastIndexOf('\n\n', end - 1);
  if (paragraph <= start) return end;
  const closing = text.slice(paragraph, end).trim();
  const words = closing.match(WORDS)?.length ?? 0;
  return words > 0 && words <= CLOSING_REQUEST_WORDS && NAMES_A_TEXT.test(closing) && CLOSING_TASK.test(closing) ? paragraph : end;
}
const COURTESY_ONLY = /^\s*(?:thanks|thank you|thx|ty|cheers|many thanks|please|pls)(?:\s+(?:in advance|a lot|so much))?[\s!.,:)]*$/i;

function closingInstruction(text: string): PastedText | undefined {
  // The last sentence: after the last sentence mark followed by whitespace, or the last line break.
  const sentence = lastSentence(text, SENTENCE_BREAK);
  if (sentence === undefined) return undefined;
  const { instruction, start: end } = sentence;
  // A last sentence that introduces a text of its own is an opening instruction ("… Check this: She don't").
  if (/[:：]\s*[\p{L}\p{N}]/u.test(instruction)) return undefined;
  const words = instruction.match(WORDS)?.length ?? 0;
  // "Correct?", "Grammatical?": a judgement alone.
  if (BARE_JUDGEMENT.test(instruction)) return { start: 0, end, exact: true };
  if (words > 0 && words <= TRANSLATION_WORDS && TRANSLATION.test(instruction)) return { start: 0, end, exact: false };
  // "… How would you say that in Japanese?": a longer question about the wording, pointing back at it.
  if (words > 0 && words <= CLOSING_WORDS && POINTS_BACK.test(instruction) && TRANSLATION.test(instruction)) return { start: 0, end, exact: false };
  // It points back at the text, or is set off by a dash ("… - count the sentences"), or names what it judges.
  // A judgement of form on a line of its own needs no pointer: "…\n\nDoes the sender say please?".
  const ownLine = /\n\s*$/u.test(text.slice(Math.max(0, end - SCAN), end)) && judgesFormIn(instruction);
  const pointed = POINTS_BACK.test(instruction) || ANY_MISTAKES.test(instruction) || /^[-–—]/u.test(instruction) || NAMES_SURFACE.test(instruction) || ownLine;
  if (words === 0 || words > CLOSING_WORDS || !pointed) return undefined;
  // Only a judgement of language: "… Is this correct?", "… How many sentences is that?"; not "… How do I fix it?"
  // or "… Is that ok?" after a problem statement.
  if (!LANGUAGE_JUDGEMENT.test(instruction) && !judgesFormIn(instruction) && !JUDGES_MESSAGE.test(instruction)) return undefined;
  if (!CONTENT.test(text.slice(0, end))) return undefined;
  return { start: 0, end, exact: true };
}

/**
 * The words a requested text is to say: "Write a sign saying keep off the grass please", "a text to my wife
 * saying I'm running late, sorry", "a card that reads …": to the end of that sentence they are the message, its
 * courtesies included, so its words count (not its final full stop).
 */
function wordsToWrite(text: string): PastedText | undefined {
  return restOfSentenceAfter(SAYING, text, false);
}
const SAYING = /\b(?:saying|(?:that|which) (?:says|reads)|with the (?:words|text|message))\s+(?!\s|(?:that|what|how|why|when|whether|if|to|no|yes)\b)/i;

function inlineQuestion(text: string): PastedText | undefined {
  return restOfSentenceAfter(SAY_OR_WRITE, text, true);
}

/** The rest of the sentence after the first match of `opener` near the start of `text`, when it holds content. */
function restOfSentenceAfter(opener: RegExp, text: string, exact: boolean): PastedText | undefined {
  const match = opener.exec(text.length > SCAN ? text.slice(0, SCAN) : text);
  if (match === null) return undefined;
  const start = match.index + match[0].length;
  SENTENCE_END.lastIndex = start;
  const end = SENTENCE_END.exec(text)?.index ?? text.trimEnd().length;
  return CONTENT.test(text.slice(start, end)) ? { start, end, exact } : undefined;
}

/**
 * A short question judging "this"/"that" as text: "Is this sentence ok?", "Does this sound natural?", "Any
 * errors?"; not "How do I fix this error in Python?" nor "Is it ok to run every day?".
 */
function isJudgementOfText(instruction: string, words: number, rest: string): boolean {
  if (ANY_MISTAKES.test(instruction) || MARKED_WRONG.test(instruction)) return true;
  if (words > JUDGEMENT_WORDS || !/[?？]$/u.test(instruction)) return false;
  // "Does my essay have errors? Thanks!": only courtesy follows, no text.
  return (JUDGES_THIS.test(instruction) && JUDGEMENT.test(instruction)) || (JUDGES_MY_TEXT.test(instruction) && (JUDGEMENT.test(instruction) || FITNESS.test(instruction)) && isJudgedText(rest));
}

/**
 * Whether what follows a question judging the asker's writing is that writing, not courtesy, a question of its own
 * or the asker's context ("Is my essay okay? I can't tell if it's too long.", "… It's for my boss.").
 */
function isJudgedText(rest: string): boolean {
  const text = rest.trim();
  return !COURTESY_ONLY.test(text) && !/[?？]$/u.test(text) && !ASKERS_CONTEXT.test(text);
}

/** Tests a text against an ASCII pattern and, when it holds other characters, against a pattern for other scripts. */
class Cues {
  readonly #ascii: RegExp;
  readonly #other: RegExp | undefined;

  constructor(ascii: string, other?: string) {
    // ASCII alone runs without the `u` flag, several times faster; other scripts need it, and a lookbehind instead
    // of `\b`, which is ASCII-only even with `u`.
    this.#ascii = new RegExp(ascii, 'i');
    this.#other = other === undefined ? undefined : new RegExp(other, 'iu');
  }

  test(text: string): boolean {
    return this.#ascii.test(text) || (this.#other !== undefined && NON_ASCII.test(text) && this.#other.test(text));
  }
}
const NON_ASCII = /[^\x00-\x7f]/;
const OTHER_START = String.raw`(?<![\p{L}\p{N}])`;

/** Tones and manners a text is judged for. */
const TONES =
  'rude|impolite|polite|blunt|curt|brusque|abrupt|bossy|demanding|pushy|harsh|aggressive|passive[- ]aggressive|condescending|patronizing|patronising|sarcastic|snarky|mean|cold|unfriendly|friendly|formal|informal|casual|unprofessional|professional|courteous|discourteous|disrespectful|respectful|rushed|terse';
/**
 * Cues of a text judged for its form, where its courtesies, spellings, number style and grammar are the answer: its
 * tone or manners, the variety of English it is written in, its style or length against a rule, or whether it is fit
 * to send. An opening or closing instruction holding one (judgesForm) makes its text exact. Not searched for
 * anywhere in a prompt, as SURFACE_QUESTION is: "Is it too cold to plant tomatoes?" and "Write a headline, under 50
 * characters" hold such words and no text to judge.
 */
const FORM_JUDGED_CUES = [
    // Its tone or manners judged: "Is this too blunt?", "Would my boss find this rude?", "How courteous is Tom in
  // this email?", "Classify the tone as …", "Does the sender say please?". Its courtesies are what is asked.
  String.raw`\b(?:too|overly|a bit|sound|sounds|seem|seems|come across as|comes across as|being|find (?:this|it|that|him|her|them|me))\s+(?:${TONES})\b|\bhow (?:${TONES}|courteous|respectful|nice) (?:is|was|does|are)\b|\b(?:classify|rate|label|judge|score|detect|identify|analy[sz]e|assess|evaluate|what is|what's) (?:the |its |their |his |her )?(?:tone|politeness|formality|register|level of formality)\b|\b(?:tone|politeness|formality) of (?:this|that|the|his|her|their|my)\b|\b(?:says|said|uses|used|writes|wrote) (?:please|thank you|thanks|sorry)\b|\b(?:does|did|do|doesn't|didn't|don't) (?!i\b|you\b|we\b|one\b)(?:the |this |that |my |his |her |their |our )?\w+ (?:say|use|write) (?:please|thank you|thanks|sorry)\b|\bpleasantr\w*|\b(?:thank|thanks|thanked|apologi[sz]\w*) (?:the|his|her|their) (?:reader|recipient|customer|client|team|sender|boss|manager)\b`,
  // Its tone judged without "too": "Is my message rude?", "Is this passive aggressive?", "Is the tone ok?", "rude or
  // not?", "Would my manager be offended by this?", "Does this read well?".
  String.raw`\b(?:is|are|was|does|do)\s+(?:this|that|it|my\s+\w+|the\s+(?:message|email|text|reply|wording|note|letter))\s+(?:(?:a bit|overly|read as|come across as)\s+)?(?:${TONES}|direct|appropriate|inappropriate|offensive)\b|\b(?:${TONES}|appropriate) or not\b|\bis the tone (?:ok|okay|right|fine|appropriate|good)\b|\bbe (?:offended|annoyed|upset|insulted|hurt) by (?:this|that|it)\b|\b(?:does|do) (?:this|it|that) read (?:well|ok|okay|naturally)\b`,
  // Its courtesies asked after by name: "Does Giulia apologize for the delay?", "Does Giulia thank Marco?", "Did she
  // remember to say please?", "Is Dmitri's request polite?", "Is this polite enough?", "Does the email end with a
  // thank-you?".
  String.raw`\b(?:does|did|do|doesn't|didn't)\s+(?!i\b|you\b|we\b|one\b)(?:the |this |that |my |his |her |their |our )?[\w']+\s+(?:apologi[sz]e|thank)\b|\b(?:remember(?:ed)?|forget|forgot) to say (?:please|thank you|thanks|sorry)\b|\b(?:${TONES}) enough\b|\b(?:is|was|are)\s+\w+'s\s+(?:request|message|email|reply|note|letter|text|tone|answer|response)\s+(?:${TONES}|appropriate|offensive)\b|\b(?:end|ends|close|closes|start|starts|open|opens|sign off|signs off) with (?:a |an )?(?:thank[- ]you|thanks|please|apology|sorry)\b`,
  // Which variety of English it is written in: "Is this written by an American or a Brit?", "US or UK?", "Which
  // variety of English is this?" (a review through the proxy, session 55),
  // "Which locale is this, en-GB or en-US?", "Localise this for the US market:". Its spellings are the answer.
  String.raw`\b(?:american|british|brit|australian|canadian) or (?:an? )?(?:american|british|brit|australian|canadian)\b|\b(?:american|british|australian|canadian) (?:english|spellings?|outlet|newspaper|publication|magazine|edition|writer|author|readers?|audience|market)\b|\b(?:oxford|merriam[- ]webster) (?:or|style|spelling)\b|\ben[-_](?:gb|us|au|ca|uk)\b|\blocali[sz]\w*|\blocale\b|\bwhere is (?:the )?(?:writer|author|speaker|sender|text) (?:probably |likely |most likely )?from\b|\b(?:variety|varieties|dialect|kind|type|form) of english\b`,
  // How its numbers are written or how long it is, against a style or a limit: "Does this follow AP style for
  // numbers?", "Would a copy editor change anything?", "Is this under 45 characters?".
  String.raw`\bAP style\b|\bper AP\b|\bnumbers (?:written|formatted) (?:correctly|right)\b|\bis (?:this|it|that) (?:american|british)(?: english)?\b|\bchicago (?:style|manual)\b|\bstyle ?guide\b|\bhouse style\b|\bnumber (?:style|format\w*)\b|\bcopy ?edit\w*|\b(?:an? |the )?(?:editor|proofreader) (?:change|fix|correct|say|think)\b|\bcharacters? (?:long|limit|count|max\w*)\b|\b(?:under|over|within|below|above|at most|less than|fewer than|more than) \d+ characters\b`,
  // Judged as a piece of writing: "Is this ready to send?", "Be honest, is this well written?", "Rate the writing
  // quality:", "Can I post this on LinkedIn as is?", "Anything wrong with this?".
  String.raw`\b(?:ready|ok|okay|fine|good enough|safe) to (?:send|post|submit|publish|share)\b|\bwell[- ]written\b|\bwriting (?:quality|style)\b|\b(?:post|send|submit|publish|use) (?:this|it|that) (?:[\w ]{0,30} )?as is\b|\banything wrong with (?:this|that)\b`,
  String.raw`\b(?:is|does) (?:this|that|it) (?:fine|good|acceptable|look (?:good|ok|okay|fine|right))\b(?!\s+(?:to|for)\b)|\b(?:grade|score|rate|mark) (?:this|that|it|my|the)\b[^.?!\n]{0,40}\b(?:out of|from) \d+\b|\brate the writing\b`,
].join('|');
const FORM_JUDGED = new RegExp(FORM_JUDGED_CUES, 'i');
/** The variety asked by country, in capitals ("US or UK?", "for a UK newspaper"): lowercase "us" is a pronoun. */
const FORM_JUDGED_CASED = /\b(?:US|UK|U\.S\.|U\.K\.) or (?:the )?(?:US|UK|U\.S\.|U\.K\.)(?![\p{L}])|\b(?:US|UK) (?:[Ee]nglish|spellings?|outlet|newspaper|publication|magazine|edition|readers?|audience|market)\b/u;

/** Whether `text` holds a cue of a text judged for its form. */
function judgesFormIn(text: string): boolean {
  return FORM_JUDGED.test(text) || FORM_JUDGED_CASED.test(text);
}
/**
 * Questions about a text's spelling, punctuation or grammar in the languages of Latin script users mix in most
 * ("¿Está bien escrita esta frase?", "Stimmt das so?", "Klopt deze zin?", "¿Dónde van las comas?", "Revisa la
 * ortografía:"): their commas, marks and capitals were read as punctuation and case (a red team on other
 * languages, session 33). ASCII and, for SURFACE_QUESTION's and SURFACE_TASK's other-script part, the rest.
 */
const FOREIGN_SURFACE =
  String.raw`\b(?:orthographe|rechtschreibfehler\w*|kommasetzung|zeichensetzung|interpunctie|punteggiatura|signos de puntua\w*|bien escrit[oa]s?|bem escrit[oa]s?|scritt[oa] (?:bene|correttamente)|richtig geschrieben|goed geschreven|(?:las|les|die|de|le) (?:comas|virgules|kommas|komma's|virgole|virgulas)|klopt deze zin|est-ce bien dit|es correcto (?:decir|escribir)|est-il correct de (?:dire|[ée]crire)|ist es richtig,? zu (?:sagen|schreiben)|is het correct om|phrase (?:est-elle )?correcte|bien puntuad[oa]|bem pontuad[oa]|dieser satz (?:so )?(?:richtig|korrekt)|sind (?:hier|da) fehler|fautes d'orthographe|fautes de (?:grammaire|frappe)|y a-t-il des fautes|faltas de ortograf\w*|errori (?:di ortografia|grammaticali)|suena natural|klingt (?:das )?natuerlich)\b|[.!?…:"»]\s+(?:ist das (?:so )?(?:richtig|korrekt)|stimmt das(?: so)?|is (?:dit|dat|deze zin) (?:goed|correct)|klopt (?:dit|dat)|es correct[oa]|c'est correct|est-ce correct)\s*\?\s*$`
const FOREIGN_SURFACE_OTHER = `${OTHER_START}(?:bien écrit\\p{L}*|está bien (?:dich|escrit)[oa]|sonne naturel|klingt (?:das )?natürlich|faltas de ortografía|signos de puntuación|fehlerfrei|richtig übersetzt)(?![\\p{L}])|[.!?…:"»]\\s+(?:¿es correct[oa]|è giust[oa]|è corrett[oa]|está corret[oa])\\s*[?？]\\s*$`;
// Unmistakable questions about a prompt's own text, anywhere in it.
const SURFACE_QUESTION = new Cues(
  [
    String.raw`\b(?:grammatical(?:ly)?|ungrammatical|proofread\w*|punctuation|comma splice|run-on sentence)\b|\b(?:check|fix|correct) (?:the |my )?(?:grammar|capitali[sz]ation)\b|\bgrammar (?:check|mistakes?|errors?)\b`,
    String.raw`\b(?:mistakes?|errors?|typos?) (?:here|in (?:this|it|that))\b|\bspot the (?:mistakes?|errors?|typos?)\b|\b(?:correct|proper|natural|better) english\b`,
    String.raw`\bhow many (?:sentences|words|characters|letters|commas|periods|paragraphs) (?:(?:are|is|does|do) )?(?:(?:in|does) (?:this|it|that|the following)|this|that|the following)\b|\b(?:sentence|word|character) count\b`,
    // Its spelling, its apostrophes, its length in words, its tone rated, asked in other words ("Is anything misspelled?",
    // "Did I spell everything right?", "Check the spelling.", "How long is this in words?", "Count the words.", "Rate
    // the tone from 1 to 10", "Is this a friendly message?"): a red team, session 34, found contractions, typos and
    // courtesies accepted under them. Each points at the text: "check the spelling in Word" or "When do you use
    // apostrophes?" asks about none.
    String.raw`\b(?:is|are) (?:there )?(?:anything|something|any words?|words?) misspel\w*|\bmisspel\w* (?:anything|any words?|something|here|in (?:this|it|that))\b|\b(?:did|have) i misspel\w*|\bany misspel\w*|\bspell(?:ed|t)? (?:everything|it all|this|that|all (?:of )?(?:it|this|the words)|each word|these words) (?:right|correctly|properly)\b`,
    String.raw`\b(?:check|fix|correct) (?:the |my )?(?:spelling|punctuation|apostrophes?)(?=\s*(?:[.:!?\n]|$)|\s+(?:in|of) (?:this|it|that|the following|below|above)\b)|\bany spelling (?:mistakes?|errors?)|\bspelling (?:mistakes?|errors?) (?:here|in (?:this|it|that|the following))\b|\b(?:did|have) i used? (?:the |my |all )?(?:apostrophes?|commas?) (?:right|correctly|properly)\b|\b(?:are|is) (?:the |my )?apostrophes? (?:right|correct|wrong|ok)\b`,
    String.raw`\bmisspellings\b|\bspell ?check (?:this|it|the following|my (?:text|message|email|post|essay))\b|\bcheck (?:this |it |my (?:text|message|email|post|essay) )?for (?:typos|spelling(?: mistakes| errors)?|grammar(?: mistakes)?)\b|\bspelling (?:ok|okay|right|correct)\b|\b(?:is|was) the tone (?:ok|okay|right|fine|good|appropriate)\b|\bhow formal is (?:this|it)\b|\btone\s*\(?\d+\s*[-–/]\s*\d+\)?`,
    String.raw`\bhow long is (?:this|that)(?: \w+)? in (?:words|characters|letters)\b|\bcount (?:the |all )?(?:words|characters|letters|sentences)(?=\s*(?:[.:!?\n]|$)|\s+(?:in|of) (?:this|it|that|the following|below|above)\b)|\bhow many (?:words|characters) long is (?:this|that)\b`,
    String.raw`\b(?:rate|score|grade|classify|judge|assess|evaluate) (?:the |its )?(?:tone|politeness|formality|friendliness|warmth)(?=\s*(?:[.:!?\n]|$)|\s+(?:of (?:this|that|it|the following|my)|from \d|out of|on a scale)\b)|\b(?:is|does) (?:this|that|my) (?:message|text|note|email|e-mail|reply|card|post) (?:sound |read |seem )?(?:${TONES}|warm|welcoming|kind|nice|cheerful|upbeat|enthusiastic|heartfelt|sincere) enough\b|\bis (?:this|that) an? (?:${TONES}|warm|welcoming|kind|nice|cheerful|upbeat|enthusiastic|heartfelt|sincere) (?:message|text|note|email|e-mail|reply|card|post)\b`,
    String.raw`\b(?:(?:sha-?(?:1|2|3|224|256|384|512)|md5|crc-?32|sha)(?: (?:hash|digest|checksum|sum|value))?|(?:hash|checksum|digest|hmac)(?: value)?|(?:base ?64|base ?32|rot-?13|url|percent|hex|utf-?8|ascii|binary|morse|unicode)[- ]?(?:encod\w*|decod\w*|escap\w*|representation|code points?|bytes)) (?:of|for)\s*(?::|["'“”‘’‛‚„\x60″′‹«*_(\[<]|the (?:text|string|word|phrase|sentence)\b)|\b(?:encode|decode|encrypt|decrypt|hash|reverse|scramble|obfuscate|escape|url-?encode|rot-?13|spell out|spell backwards)\s+(?:the (?:string|text|word|phrase|sentence|message|name)\s+)?["'“‘‚*_(\[<:]|\b(?:reverse|reversed|backwards|encode|decode|encrypt|decrypt|hash)\s+(?:the|this|my) (?:string|text|words?|letters|characters|phrase|sentence)\s*(?::|["'“”‘’‛‚„\x60″′‹«*_(\[<])|\b(?:in|to|into|with|using)\s+(?:base ?64|rot-?13|binary|hex(?:adecimal)?|morse(?: code)?|pig latin|leetspeak|leet|the nato (?:phonetic )?alphabet|an? caesar (?:cipher|shift)[^:\n]{0,20})\s*:|["'”’‘*)\]>]\s+(?:in|to|into)\s+(?:base ?64|rot-?13|binary|hex(?:adecimal)?|morse(?: code)?|pig latin|leetspeak|leet|ascii|unicode|utf-?8)\b|\bhow many (?:bytes|bits|vowels|consonants|syllables|characters|letters) (?:(?:are|is|does|do) )?(?:in )?(?:the (?:word|string|name|phrase|sentence|text) )?["'“‘‚*(\[<]`,
    String.raw`\b(?:popraw|corrige|corrija|corrigez|korrigiere|correggi|controlla)\w*`,
    FOREIGN_SURFACE,
    String.raw`\b(?:does|do|would|will) (?:this|it|that) (?:sound|come across) (?:too )?(?:pushy|rude|polite|formal|informal|harsh|blunt|aggressive|passive|friendly|professional|natural|casual)\b|\bhow does (?:this|it) (?:come across|sound)\b|\bnative speakers? (?:say|use|write)\b|\bsounds? natural\b`,
  ].join('|'),
  `${OTHER_START}(?:исправ|провер|ошибк|düzelt)\\p{L}*|sửa|lỗi|고쳐|문법|语法|文法|改一下|添削|直して|${FOREIGN_SURFACE_OTHER}`,
);
/**
 * A check of a text before it is sent, posted or read ("Ready to send?", "Is this good to post?", "Look this over before I
 * send it.", "Can I post this on LinkedIn?", "Will this read naturally to Americans?", "Is this ok for a US client?",
 * "Would an American reader notice anything odd?"): its typos, spellings, courtesies and marks are the answer (a red
 * team, session 34, found them read as prose with none of the cues above). Opening or closing a prompt, as a
 * sentence of its own. The words name a sending, a reading or a reader's country, so the text is one.
 */
const SENDING_CHECK = new RegExp(
  [
    String.raw`^\s*(?:(?:is|does) (?:this|it|that|everything) )?(?:ready|good|ok|okay|fine|safe|good enough|alright) to (?:send|post|go out|submit|publish|print)\b`,
    String.raw`\bbefore (?:i|we) (?:send|post|submit|publish|hit send)\b`,
    String.raw`^\s*(?:(?:please|can you|could you) )?(?:look|read|go) (?:this|it) over\b|^\s*(?:(?:please|can you|could you) )?give (?:this|it) a (?:once-over|proofread|read-through)\b`,
    String.raw`^\s*(?:can|could|should|may) (?:i|we) (?:post|send|publish) (?:this|it) (?:as is|on (?:linkedin|slack|twitter|reddit|facebook|nextdoor))\b`,
    String.raw`^\s*(?:would|will|does|do|could) (?:an? |the |my |our )?(?:\w+ )?(?:readers?|audiences?|americans?|brits?|editors?|native speakers?|proofreaders?) (?:notice|spot|be confused by|stumble)\b`,
    String.raw`^\s*(?:is there )?anything (?:i should |to |you would )?(?:change|fix|adjust|tweak) for (?:an? |the |my |our )?(?:american|british|australian|canadian|us|u\.s\.|uk) (?:\w+ )?(?:audiences?|readers?|clients?|customers?|market)\b`,
    String.raw`^\s*(?:will|would|does) (?:this|it|that) read (?:naturally|natural|well|ok|okay|fine|right)\b|^\s*(?:will|would|does|do|is) (?:this|that) (?:read|sound|come across|look (?:right|ok|okay|good|fine)|ok|okay|fine|good|alright|acceptable|appropriate) (?:\w+ )?(?:to|for|with|by) (?:an? |the |my |our |your )?(?:americans?|brits?|(?:us|u\.s\.|uk|american|british|australian|canadian) (?:\w+ )?(?:clients?|customers?|readers?|audiences?|market|office|team|boss|manager|colleagues?|company|recruiters?|employers?)|readers?|audiences?)\b(?! to\b)`,
  ].join('|'),
  'i',
);
/**
 * A check of something before it goes out that names no sending ("Good to go?", "Is this ok?", "Anything to fix?",
 * "What would you change?"): a check of a text only when what it checks opens with a greeting or ends with a sign-off
 * (OPENING_GREETING, CLOSING_SIGN_OFF); after a situation, a plan or a budget ("My dog ate two grapes. Is this ok?") it is no check of
 * wording, and a review found such prompts' near-duplicates refused (2,950 of 7,040 pairs).
 */
const MESSAGE_CHECK = new RegExp(
  [
    String.raw`^\s*(?:(?:is|does) (?:this|it|that|everything) )?(?:all )?good to go\b`,
    String.raw`^\s*(?:is|does) (?:this|that) (?:look |sound |read )?(?:ok|okay|fine|alright|good)(?:,? please)?\s*[?.!]*\s*$`,
    String.raw`^\s*(?:(?:can|could|should|may) (?:i|we) (?:send|post|share|submit) this|send (?:it )?or (?:no|not)|(?:is|does) (?:this|it) (?:ready|look (?:ok|okay|good|fine) to send)|ok(?:ay)? to send|ready (?:2|to) (?:send|post|go)|can you check this before i send)\b`,
    String.raw`^\s*(?:is there )?anything (?:wrong|off|missing|(?:i|you) (?:should|would) (?:change|fix)|to (?:fix|change|improve|correct|tweak))\b`,
    String.raw`^\s*(?:are there )?any (?:issues|problems|red flags|changes|edits|fixes|suggestions|notes|tweaks)\b`,
    String.raw`^\s*(?:what|anything) (?:would|should) (?:you|i) (?:change|fix|improve|edit|tweak)\b|^\s*would you (?:change|fix|edit|tweak) anything\b`,
    String.raw`^\s*(?:is|does) (?:this|it|that) (?:ok|okay|fine|good|alright|acceptable|appropriate) (?:for|to send to) (?:an? |the |my |our )?(?:\w+ ){0,3}?(?:clients?|customers?|boss|manager|office|team|employer|professor|teacher|landlord|colleagues?|coworkers?)\b`,
  ].join('|'),
  'i',
);
/** A greeting that opens a message: "Hi Sam,", "Dear neighbours,", "Hey team!". */
const OPENING_GREETING =
  /^\s*(?:(?:hi|hello|hey|hiya|heya|yo|howdy|sup|dear|good (?:morning|afternoon|evening)|greetings|to whom it may concern|hola|bonjour|ciao|hallo|hej|salut|(?:morning|evening)(?=[ ,]+(?:all|everyone|team|guys|folks|\p{Lu})|,))\b(?:[^\n.!?:]|\b(?:mr|mrs|ms|dr|prof)\.){0,40}[,!\n-]|\p{Lu}\p{Ll}+,\s*\n)/iu;
/**
 * A sign-off that ends a message: "Thanks, Anna", "Best,\nTom", "See you there, Anna." Read on the message's last
 * SIGN_OFF_REACH characters, and with one way to read each dot, so a long run of them costs no backtracking.
 */
const CLOSING_SIGN_OFF =
  /(?:(?:^|\n|[.!?]\s+)(?:thanks(?: so much| again| a lot)?|thank you(?: so much)?|many thanks|thx|ta|best|best wishes|best regards|kind regards|warm regards|regards|cheers|sincerely|warmly|all the best|love(?: you)?|xo|xoxo|talk soon|see you(?: there| soon)?|gracias|danke|merci|grazie)(?:,\s*|\s*\n\s*|\s+)|(?:^|\n)\s*[-–—]\s*)\p{Lu}\p{L}*\.?(?:[ \t-]+\p{Lu}\p{L}*\.?)?(?:[ \t]*(?:\([^)\n]{0,20}\)|[:;]-?[)D]|\p{Extended_Pictographic}))*[ \t\n!.]*$/iu;
const SIGN_OFF_REACH = 120;

/** Whether `check` checks `text` before it goes out: a sending check, or a message check of a text shaped as a message. */
function checksBeforeSending(typedCheck: string, text: string): boolean {
  // Spaces as typed say nothing of the check ("Ready  to  send?"; a red team's careless typing, session 34).
  const check = typedCheck.replace(/\s+/gu, ' ');
  if (SENDING_CHECK.test(check)) return true;
  if (!MESSAGE_CHECK.test(check)) return false;
  const message = text.trim().replace(SENT_FROM, '').replace(LEADING_ASIDE, '');
  if (OPENING_GREETING.test(message)) return true;
  const signOff = CLOSING_SIGN_OFF.exec(message.slice(-SIGN_OFF_REACH));
  // "- Sam" is a sign-off, not the last item of a list whose lines open with a dash ("- Bread\n- Eggs").
  return signOff !== null && !(/^\s*[-–—]/u.test(signOff[0]) && BULLET_LINE.test(message.slice(0, message.length - signOff[0].length)));
}
/** A last sentence that is no instruction: a face, an emoji, "lol", "be honest". */
const AFTERTHOUGHT = /^[\s\p{Extended_Pictographic}\p{P}\p{S}]*(?:(?:lol|lmao|haha+|be honest|honestly|pls|plz|thx|ty|asap|tia|fyi)[\s\p{Extended_Pictographic}\p{P}\p{S}]*)?$/iu;
const BULLET_LINE = /(?:^|\n)\s*[-–—*•]\s/u;
/** A courtesy or an aside between an opening check and its message: "Good to go? Thanks in advance!\n\nHi Tom, …". */
const LEADING_ASIDE = /^\s*(?:(?:thanks|thank you|thx|ty|cheers)(?: in advance| so much)?|be honest|honestly|lol|pls|plz)[\s!.,:)]*(?=\S)/iu;
/** A mail client's signature line after a message: "Sent from my iPhone". */
const SENT_FROM = /\n\s*sent from my [^\n]{0,40}$/iu;
const MARKED_WRONG = /\b(?:this|it|that)\s+(?:as\s+)?(?:wrong|incorrect|ungrammatical)\b/i;
const JUDGES_THIS = /^\s*(?:is|are|does|do|would|will|can|could|was)\s+(?:this|that|these)\b/i;
/**
 * A question judging the asker's own piece of writing, named, before it: "Is my cover letter okay? I have …", "Does
 * the headline have an error? Goverment Announces …", "Is our menu description fine? …". What follows is the text
 * judged, whose every typo is the answer.
 */
const JUDGES_MY_TEXT =
  /^\s*(?:is|are|does|do|would|will|was)\s+(?:my|our|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:cover letter|letter|resume|résumé|cv|e-?mail|message|text|caption|bio|post|tweet|invitation|invite|speech|toast|essay|paragraph|sentence|headline|title|slogan|tagline|description|note|reply|response|poem|story|ad|copy|announcement|statement|summary|abstract|intro(?:duction)?|conclusion|greeting|wording|translation|profile|notice|flyer|label|vows|eulogy|apology|blurb|pitch|english|grammar|spelling|writing|wording|lyrics|haiku|joke)\b/i;
// Not "I …" nor "This …": a cover letter opens so ("I have excellent communication skills", "This position is …").
const ASKERS_CONTEXT = /^(?:it|it's|its|what|how|can|could|any|please|should|is|are|do|does|my|we|we're|for|also|thanks|thank)\b/i;
/** How fit a text is judged to be, beyond JUDGEMENT's words: "Is my caption good?", "… fine?", "… good enough?". */
const FITNESS = /\b(?:good|fine|alright|all right|acceptable|ready|perfect|clear|funny)\b/i;
const JUDGEMENT = /\b(?:correct|right|ok|okay|wrong|natural|sounds?|makes? sense|english|grammar|grammatical\w*|mistakes?|errors?|typos?|polite|rude|formal|informal|professional|understandable|native|proper|say|reads? well|flows?)\b/i;
/** What a closing sentence judges when it judges language: "… Is this correct?", "… Does that sound natural?". */
const LANGUAGE_JUDGEMENT =
  /\b(?:correct(?:ly)?|grammatical\w*|grammar|natural|sounds?|spell\w*|spelt|punctuat\w*|typos?|mistakes?|errors?|english|native|phrased|worded|polite|rude|pushy|formal|informal|professional|tone|how many|count|sentences|check|proofread\w*|translat\w*)\b/i;
/** A closing sentence that names the surface it judges needs no "this": "Is the tone ok?", "Is the grammar right?". */
const NAMES_SURFACE = /\b(?:the (?:tone|grammar|punctuation|spelling|wording|phrasing)|too (?:pushy|rude|formal|informal|harsh|blunt|casual|polite))\b/i;
/**
 * A closing question judging "this"/"that" as a message to send or a piece of writing ("Hey! Is this an OK first
 * message on a dating app?", "Sorry. Is this enough to apologize?", "Hello. What language does this word come
 * from?"): the text before it, a courtesy even, is what it asks about. Not "… Is this ok?" after a problem.
 */
const JUDGES_MESSAGE =
  /\b(?:this|that)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,4}?(?:message|text|e-?mail|dm|reply|response|opener|opening|subject line|closing|sign-?off|greeting|caption|bio|toast|note|apology|condolence|sentence|word|phrase|line|song|lyrics?|quote|saying|slogan|way to (?:start|open|end|close|reply|respond|say|greet|apologi[sz]e|thank))\b|\b(?:is|was) (?:this|that) (?:(?:a|an)\s+)?(?:\w+\s+)?(?:complete sentence|enough to (?:apologi[sz]e|thank|say)|too (?:gushing|casual|cold|forward|familiar|direct|indirect|needy|clingy))\b/i;
/** A closing judgement of one or two words: "Correct?", "Grammatical?". */
const BARE_JUDGEMENT = /^\s*(?:correct|grammatical(?:ly correct)?|right)\s*[?？]\s*$/i;
/** How much of a long prompt's start and end is searched for a question about its surface. */
const SURFACE_SCAN = 2_000;
/** How far into a prompt an instruction is looked for (it opens or closes the prompt). */
const SCAN = 400;
const INSTRUCTION_WORDS = 20;
/** How many sentences at the start may be a preamble before the instruction. */
const OPENING_SENTENCES = 5;
/** A label this short names a task: "Proofread:", "Grammar check:", "Sửa lỗi giúp tôi:". */
const LABEL_WORDS = 4;
/** An instruction this short that introduces a text and points at it needs no task word: "Clean this up:". */
const POINTING_WORDS = 8;
/** A closing translation instruction: "- translate to Japanese", "In German please". */
const TRANSLATION_WORDS = 6;
/** An instruction that introduces its text with a colon may say more about what to do with it. */
const LONG_INSTRUCTION_WORDS = 40;
const JUDGEMENT_WORDS = 12;
const CLOSING_WORDS = 12;
const WORDS = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const CONTENT = /[\p{L}\p{N}]/u;
const GREETING = /^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|dear [\p{L}]+)(?: there)?\s*[!,.]?\s+/iu;
const BOUNDARY = /[:](?=[\s\p{L}])\s*|[?!.]\s+|[?!](?=\p{Lu})|[：？！。]\s*|\n\s*/gu;
const SENTENCE_BREAK = /[.?!。？！](?=\s)\s*|\n\s*/gu;
const SENTENCE_OR_FACE_BREAK = /[.?!。？！](?=\s)\s*|\n\s*|[:;]-?[()DPp](?=\s)\s*/gu;
const SENTENCE_END = /[.?!。？！](?=\s|$)|\n/gu;
// Questions about a text's surface: its grammar, punctuation, spelling, letters, words, case, tone or register.
const SURFACE_TASK = new Cues(
  String.raw`\b(?:proofread\w*|correct\w*|check|fix|edit|improve|polish|grammar|grammatical\w*|punctuation|commas?|semicolons?|colons?|periods?|full stops?|apostrophes?|question marks?|exclamation|splice|run-on|spell\w*|mistakes?|errors?|typos?|how many|count|capitali[sz]\w*|ok|okay|natural|right|wrong|sound|sounds|make sense|makes sense|english|native|tone|polite\w*|impolite|formal|informal|friendl\w*|rude|professional|sentiment|statement|homework|exercise|worksheet|say|reads? well|corrig\w*|korrigier\w*|correggi|controlla|popraw\w*|gramatica|grammaire|grammatik|korrekt|correct[oa]|corrett[oa]|corret[oa]|fautes?|faltas?|errores|errori|fehler|fouten|ortografi\w*|orthographe|rechtschreib\w*|gramatica|grammatica|grammatik\w*|puntuaci\w*|pontua\w*)\b|${FOREIGN_SURFACE}`,
  `語法|语法|文法|sửa|lỗi|${OTHER_START}(?:gramática|ortografía|puntuación|pontuação|исправ|ошибк|düzelt)\\p{L}*|${FOREIGN_SURFACE_OTHER}`,
);
/** "into French", "to German", "auf Deutsch": the languages of closed-lists.ts, and a few in their own words. */
const LANGUAGES_TO = String.raw`(?:in|into|to|auf|en) (?:${[...LANGUAGES, 'deutsch', 'espanol', 'francais', 'italiano', 'anglais', 'englisch'].join('|')})\b`;
// Verbs that act on a text's words: change it, translate it, judge it. Not summarize or explain: "Summarize the
// causes of World War I: be brief" introduces no text.
const TEXT_VERBS = String.raw`rewrite|rephrase|paraphrase|reword|shorten|simplify|translat\w*|convert|rate|grade|score|evaluate|review|critique|detect|classify|analy[sz]e|reverse|split|sort`;
const TEXT_TASK = new Cues(
  String.raw`\b(?:${TEXT_VERBS}|marked|traduc\w*|tradu[sz]\w*|revis\w*)\b|\b${LANGUAGES_TO}`,
  `翻译|翻訳|改|校正|添削|${OTHER_START}(?:übersetz\\p{L}*|(?:en|auf) (?:español|français|inglés))`,
);
/** A translation keeps its words whatever the instruction says of English or grammar besides. */
const TRANSLATION = new Cues(String.raw`\btranslat|\btradu|\b${LANGUAGES_TO}`, `翻|${OTHER_START}(?:übersetz|(?:en|auf) (?:español|français|inglés))`);
/** An instruction that opens with such a verb, or one that corrects: "Translate …", "Can you proofread …". */
const TASK_VERB_FIRST = new RegExp(String.raw`^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:${TEXT_VERBS}|proofread\w*|correct|check|fix|edit|improve|polish)\b`, 'i');
const OBJECT_FOLLOWS = /\b(?:in|of|for|from|on|into|to)\s*[:：]$/i;
const MAKES_FROM =
  /^\s*(?:(?:please|pls|plz|kindly|can you|could you)\s+)?(?:(?:write|make|create|generate|compose|draft|suggest|give me)\s+(?:(?:a|an|the|me a|me an|some)\s+)?(?:\w+\s+)?(?:headlines?|titles?|captions?|taglines?|slogans?|tweets?|replies|reply|responses?|hashtags?)|(?:continue|finish|complete)\s+(?:the|this|my)\s+(?:story|text|sentence|poem|paragraph|lyrics|song)|reply\b)/i;
/**
 * An instruction to give a text back as it is, opened by a verb of giving or placing it ("Echo back exactly:", "Wrap
 * this in a JSON object under the key "message", unchanged:", "Return the message exactly as written …": a red team
 * on engineered prompts, session 41); not "My lease renews unchanged:".
 */
function givesBack(instruction: string): boolean {
  return GIVES_BACK.test(instruction) && GIVING_BACK_FIRST.test(instruction);
}
const GIVES_BACK = /\b(?:echo\w*|verbatim|unchanged|exactly as (?:written|typed|given|sent|received|is)|word[ -]for[ -]word|(?:repeat|return|copy|output|print)\w* (?:it |this |that |the \w+ )?(?:back )?exactly)\b/i;
/** An instruction that opens with a verb of giving a text back or putting it somewhere ("Wrap this …", "Return …"); not "My lease renews unchanged:". */
const GIVING_BACK_FIRST = /^\s*(?:please\s+)?(?:echo|repeat|return|copy|output|print|wrap|put|give|write|reproduce|paste|send|format|convert|place|insert|include|quote|transcribe|type|store|save|keep)\b/i;
const POINTS_AT_TEXT = /\b(?:this|these|it|the following|below|here)\b/i;
/** A pointer at a text other than the asker's situation: "it" is mostly the weather, a plan, a thing. */
const POINTS_AT_OTHER_TEXT = /\b(?:this|these|that|those|the following|below|above|here)\b/i;
const POINTS_BACK = /\b(?:this|that|it|above|these|those)\b/i;
const ANY_MISTAKES = /^\s*(?:any|are there (?:any )?)\s*(?:mistakes|errors|typos)\b(?!\s+to\b)/i;
const NAMES_TEXT =
  /\b(?:this|these|the following|following)\s+(?:[a-z-]+\s+)?(?:sentences?|text|paragraphs?|passage|message|e-?mail|essay|letter|tweet|post|comment|reply|chat|conversation|transcript|caption|poem|lyrics|story|phrase|lines?|words?|title|headline|bio|statement|quote|excerpt|query|queries|code|snippet|script|command|regex|function|json|yaml|csv|html|css|sql)\b/i;
// "Can I say …", "Is it correct to write …", "Should I say …": what follows, to the end of the sentence.
const SAY_OR_WRITE =
  /\b(?:(?:can|could|should|may) (?:i|we|one) (?:say|write)|is it (?:correct|right|ok|okay|proper|grammatical|wrong) to (?:say|write))\s+(?!\s|(?:a|an|to|about|something|anything|no|yes)\b)/i;
