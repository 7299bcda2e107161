import { FUNCTION_WORDS, REQUEST_VERBS } from './closed-lists.ts';
import type { Lexicon } from './lexicon.ts';
import { isMessageToSomeone, type PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

/*
 * Courtesy for the verifier (DESIGN.md §1, "verify"): greetings, thanks and apologies are politeness where
 * prepare-tokens.ts sets them aside, except where they are the short text itself, where two sides set aside
 * courtesy of conflicting kinds, and where they are the message to someone (then one kind in other words matches).
 */

/**
 * Whether a greeting, thanks or apology set aside on one side (or another one on each) is part of a short text
 * that asks for no answer but names something: "adele hello" / "adele", "dido thank you", "Good afternoon email
 * greeting" / "Good evening email greeting". Beside a request ("Explain recursion, thanks") it is politeness.
 */
export function politenessIsTheText(before: PreparedSide, after: PreparedSide, lexicon: Lexicon): boolean {
  const courtesy = (side: PreparedSide) => side.filler.filter((phrase) => !PLEASE.has(phrase)).join('|');
  if (courtesy(before) === courtesy(after)) return false;
  // Never beside code or a pasted text: what is asked is there.
  if ([before, after].some((side) => side.raw.some((token) => token.kind === 'code'))) return false;
  const words = (side: PreparedSide) => side.tokens.filter((token) => token.kind === 'word');
  const shorter = words(before).length <= words(after).length ? words(before) : words(after);
  const greets = [...before.filler, ...after.filler].some((phrase) => GREETINGS.test(phrase));
  if (shorter.length === 0 || shorter.length > (greets ? SHORT_TEXT_WORDS : 1)) return false;
  const first = shorter[0]!.key.toLowerCase();
  return !REQUEST_VERBS.has(first) && !FUNCTION_WORDS.has(first) && (lexicon.nounShare(first) ?? 1) >= 0.5;
}
/**
 * Courtesy of one kind set aside on one side and of a conflicting kind on the other: another time of day ("Good
 * morning! What should I eat?" / "Good evening! …": the time is part of the question), or thanks against an apology.
 * Undefined when there is none; more or less courtesy of one kind is politeness ("Hi, … Thanks" / "Hello, …").
 */
export function courtesyConflict(before: readonly string[], after: readonly string[]): string | undefined {
  // A greeting conflicts with nothing: "Hi! What is X?" / "What is X? Thanks!".
  const kinds = (filler: readonly string[]) => new Set(filler.map((phrase) => COURTESY_KINDS.get(phrase)).filter((kind): kind is string => kind !== undefined && kind !== 'greeting'));
  const [left, right] = [kinds(before), kinds(after)];
  for (const kind of left) {
    for (const other of right) {
      if (kind !== other && !left.has(other) && !right.has(kind) && (TIMES_OF_DAY.has(kind) ? TIMES_OF_DAY.has(other) : !TIMES_OF_DAY.has(other))) return `${kind}/${other}`;
    }
  }
  return undefined;
}
const COURTESY_KINDS: ReadonlyMap<string, string> = new Map([
  ...['thanks', 'thank you', 'thx', 'many thanks', 'thanks a lot', 'thanks so much', 'thank you so much', 'thank you very much', 'thanks in advance', 'thank you in advance', 'much appreciated', 'appreciate it', 'i appreciate it'].map((phrase) => [phrase, 'thanks'] as const),
  ...['sorry', 'sorry in advance', 'excuse me'].map((phrase) => [phrase, 'apology'] as const),
  ...['hi', 'hello', 'hey', 'hi there', 'hello there', 'hey there', 'greetings'].map((phrase) => [phrase, 'greeting'] as const),
  ['good morning', 'morning'],
  ['good afternoon', 'afternoon'],
  ['good evening', 'evening'],
]);
const TIMES_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

/**
 * The courtesy phrases of one kind that a difference swaps as the message to someone (prepare-tokens.ts keeps
 * it), as "left/right" ("tell my team thanks" / "… thank you", "hi/hello"), or undefined. Up to two words the sides share before it count, so an added intensifier is seen with what it
 * intensifies ("thank you" / "thank you so much").
 */
export function sameCourtesy(left: readonly Token[], leftStart: number, leftEnd: number, right: readonly Token[], rightStart: number, rightEnd: number, lexicon: Lexicon): string | undefined {
  const phrase = (tokens: readonly Token[], start: number, end: number) => tokens.slice(start, end).map((token) => token.key.toLowerCase()).join(' ');
  for (let shared = 0; shared <= 2; shared++) {
    if (shared > 0 && (leftStart - shared < 0 || rightStart - shared < 0 || left[leftStart - shared]!.key.toLowerCase() !== right[rightStart - shared]!.key.toLowerCase())) break;
    const [one, other] = [phrase(left, leftStart - shared, leftEnd), phrase(right, rightStart - shared, rightEnd)];
    const kind = COURTESY_KINDS.get(one);
    // Only as the message itself: "Hey vs hello in emails?" asks about the words.
    if (kind !== undefined && kind === COURTESY_KINDS.get(other) && isMessageToSomeone(left, leftStart - shared, lexicon) && isMessageToSomeone(right, rightStart - shared, lexicon)) return `${one}/${other}`;
  }
  return undefined;
}
/** Greetings name a text more often than thanks do ("Good afternoon email greeting", "adele hello"). */
const GREETINGS = /^(?:hello|hi|hey|good (?:morning|afternoon|evening|night)|greetings)$/u;
const PLEASE: ReadonlySet<string> = new Set(['please', 'kindly', 'pls', 'plz']);
/** A text this short with no request in it may be a name or a title; one word only beside thanks or sorry. */
const SHORT_TEXT_WORDS = 3;
