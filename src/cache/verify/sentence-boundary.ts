import { DISCOURSE_WORDS, FUNCTION_WORDS } from './closed-lists.ts';
import { commaChangesMeaning, type CommaLexicon } from './comma-meaning.ts';
import type { PreparedSide } from './prepare-tokens.ts';

/** Marks that end a sentence inside a text, an ellipsis typed as dots included. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';', '…', '。', '！', '？', '；', '؟', '．', '..', '...', '....']);

/** Whether a mark ends a sentence (the one test the verifier's sentence rules share). */
export function endsSentence(mark: string): boolean {
  return SENTENCE_ENDS.has(mark);
}

/** Whether a mark ends a question: ? in its Latin, full-width and Arabic forms. */
export function endsQuestion(mark: string): boolean {
  return mark === '?' || mark === '？' || mark === '؟';
}

/**
 * What moving the marks between the same words changed, or undefined. A sentence end at other places on each
 * side: "The museum is free. On Sundays, it closes at noon." / "The museum is free on Sundays. It closes at noon."
 * — the phrase between the two places belongs to another sentence on each side (a boundary dropped or added on one
 * side only, "Hi. How are you?" / "Hi, how are you?", moves nothing). A comma or colon at other places after a subordinate clause ("If the customer doesn't
 * reply by Friday, close the ticket." / "If the customer doesn't reply, by Friday close the ticket." — what "by
 * Friday" belongs to), or a
 * comma on one side only that changes what is meant (comma-meaning.ts). Each side's boundaries are found once.
 */
export function punctuationMoved(before: PreparedSide, after: PreparedSide, lexicon: CommaLexicon): string | undefined {
  if (!sameWords(before, after)) return undefined;
  const sentences = [sentenceBoundaries(before), sentenceBoundaries(after)] as const;
  if (movesBoundary(before, sentences[0], sentences[1])) return 'sentence boundary moved';
  const commas = [commaBoundaries(before), commaBoundaries(after)] as const;
  if (sameList(commas[0], commas[1])) return undefined;
  if (opensWithClause(before, sentences[0], commas[0], commas[1]) && movesBoundary(before, commas[0], commas[1])) return 'comma moved';
  return commaChangesMeaning([before, after], commas, sentences, lexicon);
}

/**
 * Whether the sentence where the two sides' commas first differ opens with a subordinate clause ("If the customer
 * doesn't reply by Friday, close …"): a phrase crossing the comma moves from that clause into the main one. Between
 * two opening phrases ("Yesterday at the gym, I …" / "Yesterday, at the gym I …") a comma moves nothing.
 */
function opensWithClause(side: PreparedSide, sentences: readonly number[], left: readonly number[], right: readonly number[]): boolean {
  const rightAt = new Set(right);
  const leftAt = new Set(left);
  let first = Infinity;
  for (const at of left) if (!rightAt.has(at)) first = Math.min(first, at);
  for (const at of right) if (!leftAt.has(at)) first = Math.min(first, at);
  if (first === Infinity) return false;
  let start = 0;
  for (const at of sentences) if (at <= first) start = Math.max(start, at);
  // The clause opens the sentence, or follows a colon or comma both sides have ("Write a rule: if the customer …").
  for (let at = first - 1; at >= start; at--) {
    const opener = side.tokens[at]!;
    if (opener.kind === 'word' && SUBORDINATORS.has(opener.key.toLowerCase()) && (at === start || side.raw[side.origin[at]!]!.sentenceStart || (leftAt.has(at) && rightAt.has(at)))) return true;
  }
  return false;
}
const SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'whenever', 'once', 'because', 'although', 'though', 'while', 'whereas']);

function sameWords(before: PreparedSide, after: PreparedSide): boolean {
  if (before.tokens.length !== after.tokens.length) return false;
  for (let index = 0; index < before.tokens.length; index++) if (before.tokens[index]!.key.toLowerCase() !== after.tokens[index]!.key.toLowerCase()) return false;
  return true;
}

function sameList(left: readonly number[], right: readonly number[]): boolean {
  return left.length === right.length && left.every((at, index) => at === right[index]);
}

/** Whether boundaries only one side has, on both sides, have words that carry meaning between them. */
function movesBoundary(before: PreparedSide, left: readonly number[], right: readonly number[]): boolean {
  const rightAt = new Set(right);
  const leftAt = new Set(left);
  const onlyLeft = left.filter((at) => !rightAt.has(at));
  const onlyRight = right.filter((at) => !leftAt.has(at));
  if (onlyLeft.length === 0 || onlyRight.length === 0) return false;
  // What changed sentences: a discourse word crossing over ("I love your answers. Anyway, how …" / "…, anyway.
  // How …") belongs to neither sentence's meaning.
  // A loop, not Math.min(...): a long text has more boundaries than a call takes arguments.
  let from = Infinity;
  let to = -Infinity;
  for (const at of [onlyLeft, onlyRight].flat()) {
    from = Math.min(from, at);
    to = Math.max(to, at);
  }
  // A capitalised word inside a sentence is a name, even one spelled like a function word ("in May").
  return before.tokens.slice(from, to).some((token) => token.kind !== 'word' || (!token.sentenceStart && token.text !== 'I' && /^\p{Lu}/u.test(token.text)) || !(FUNCTION_WORDS.has(token.key.toLowerCase()) || DISCOURSE_WORDS.has(token.key.toLowerCase())));
}

/**
 * Before which kept tokens a sentence ends, read on the tokens as typed: politeness and filler set aside are
 * skipped, so "Sorry. By the way, how do I …" / "Sorry, by the way. How do I …" end a sentence in one place. A
 * line break is none: a prompt wrapped at other places (a pasted email, a narrow text box) is the same prompt.
 */
export function sentenceBoundaries(side: PreparedSide): readonly number[] {
  const known = BOUNDARIES.get(side);
  if (known !== undefined) return known;
  const at: number[] = [];
  for (let index = 1; index < side.tokens.length; index++) {
    for (let raw = side.origin[index - 1]! + 1; raw < side.origin[index]!; raw++) {
      const token = side.raw[raw]!;
      if (token.kind === 'punct' && SENTENCE_ENDS.has(token.text)) {
        at.push(index);
        break;
      }
    }
  }
  BOUNDARIES.set(side, at);
  return at;
}
/** Each prepared side's sentence starts, found once: several rules read them per difference. */
const BOUNDARIES = new WeakMap<PreparedSide, readonly number[]>();

/**
 * Before which kept tokens a comma or colon was set aside, where no sentence ends as well ("a full refund, by the
 * way. Items …": the comma closed the filler set aside, the sentence's end is what separates).
 */
export function commaBoundaries(side: PreparedSide): number[] {
  const at: number[] = [];
  for (let index = 1; index < side.tokens.length; index++) {
    let comma = false;
    let end = false;
    for (let raw = side.origin[index - 1]! + 1; raw < side.origin[index]!; raw++) {
      const token = side.raw[raw]!;
      if (token.kind !== 'punct') continue;
      if (COMMAS.has(token.text)) comma = true;
      if (SENTENCE_ENDS.has(token.text)) end = true;
    }
    if (comma && !end) at.push(index);
  }
  return at;
}
const COMMAS: ReadonlySet<string> = new Set([',', ':', '，', '、', '：', '،']);
