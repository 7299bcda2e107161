/**
 * How two texts' clause boundaries differ, read once: 'moved' (clauseBoundaryMoved), 'joined' (complementJoined, asked
 * only with `joins`: where the texts differ in their punctuation), or undefined.
 */
export function clauseBoundaryChange(one: string, other: string, joins: boolean): 'moved' | 'joined' | undefined {
  const [near, nearOther] = aroundDifference(one, other);
  const left = boundaries(near);
  const right = boundaries(nearOther);
  if (left === undefined || right === undefined || left.words.length !== right.words.length) return undefined;
  if (clauseBoundaryMoved(left, right)) return 'moved';
  return joins && complementJoined(left, right) ? 'joined' : undefined;
}

/**
 * A clause boundary moved across words: both texts have the same words, one a comma, a full stop or a line break
 * after one word and the other after another word a few words away ("My dog ate grapes this morning, she threw up."
 * / "My dog ate grapes, this morning she threw up."; "I took two Advil yesterday\nI drank …" / "I took two
 * Advil\nyesterday I drank …"). The words between change clause: what happened this morning, or yesterday, is
 * another event. Tokens carry no commas, so the rules saw one text (a red team on time phrases, session 34: 892
 * served). A mark added or dropped in one place only, or one mark for another in the same place, is not a move.
 */
function clauseBoundaryMoved(left: Boundaries, right: Boundaries): boolean {
  const onlyLeft = [...left.after.keys()].filter((at) => !right.after.has(at));
  const onlyRight = [...right.after.keys()].filter((at) => !left.after.has(at));
  if (cutsOffOpener(left, right, onlyLeft) || cutsOffOpener(right, left, onlyRight)) return true;
  for (const from of onlyLeft) {
    for (const to of onlyRight) {
      const distance = Math.abs(from - to);
      if (distance < 1 || distance > MAX_MOVE_WORDS) continue;
      // Nothing marked in between on either side: the one boundary moved.
      const [low, high] = from < to ? [from, to] : [to, from];
      let between = false;
      for (let at = low + 1; at < high && !between; at++) between = left.after.has(at) || right.after.has(at);
      if (!between && saysWhen(left, low + 1, high) && clausesAround(left, low, high)) return true;
    }
  }
  return false;
}

/**
 * A sentence's end or a comma dropped after a feeling, whose cause the next clause then becomes: "I'm sorry. I love
 * you." / "I'm sorry I love you." (an apology for loving), "I'm sorry, I love you." (an attack on the verifier's
 * acceptances, session 45). Not after a verb of knowing or a reply ("I know. It is late, but …", "Sure. I need …",
 * "I see. The output is empty": one request either way, a review), nor after a negation.
 */
function complementJoined(left: Boundaries, right: Boundaries): boolean {
  for (const [ending, joined] of [[left, right], [right, left]] as const) {
    for (const at of ending.after.keys()) {
      if (joined.after.has(at)) continue;
      const word = ending.words[at]!;
      // Not after a negation: "I don't know. I tried everything" is typed as a run-on too (red-team-21.test.ts).
      if (NEGATIONS.has(ending.words[at - 1] ?? '')) continue;
      if (FEELINGS.has(word) && CLAUSE_OPENERS_AFTER.has(ending.words[at + 1] ?? '')) return true;
    }
  }
  return false;
}
const NEGATIONS: ReadonlySet<string> = new Set(['not', "don't", 'dont', "didn't", 'didnt', "doesn't", "can't", 'cant', 'never', "wasn't", "isn't", "won't"]);
/** Feelings whose clause is their cause: a comma after one parts two statements. */
const FEELINGS: ReadonlySet<string> = new Set(['sorry', 'glad', 'happy', 'sad', 'afraid', 'worried', 'proud', 'upset', 'ashamed', 'surprised', 'thankful', 'grateful']);
/** Words that open a clause after such a word ("he left", "you came", "the meeting moved"). */
const CLAUSE_OPENERS_AFTER: ReadonlySet<string> = new Set([
  'i', 'you', 'he', 'she', 'we', 'they', 'it', 'there', 'this', 'that', 'the', 'my', 'your', 'his', 'her', 'our', 'their', "i'm", "you're", "he's",
  "she's", "it's", "we're", "they're", "i've", "i'll", "i'd",
]);

/**
 * A sentence ended on one side only, before a phrase that a comma closes on both ("I took two Advil every day, I drank
 * wine" / "I took two Advil. Every day, I drank wine"): the phrase closes the first clause on one side and opens the
 * next on the other. Not after a first word alone ("Hi. Can you …").
 */
function cutsOffOpener(ending: Boundaries, other: Boundaries, only: readonly number[]): boolean {
  for (const at of only) {
    if (ending.after.get(at) === ',' || at < 1) continue;
    for (let next = at + 1; next <= at + MAX_MOVE_WORDS; next++) {
      if (other.after.has(next) && other.after.get(next) !== ',') break;
      if (!ending.after.has(next)) continue;
      if (ending.after.get(next) === ',' && other.after.get(next) === ',' && saysWhen(ending, at + 1, next) && clausesAround(ending, at, next)) return true;
      break;
    }
  }
  return false;
}

/**
 * Whether words `from`..`to` (inclusive) say when or how often ("this morning", "after 3 days", "twice a week"): where a
 * phrase of place or manner sits changes little ("Yesterday at the gym, I hurt my knee" / "Yesterday, at the gym I
 * hurt my knee"), nor does "now" or "then" ("Got it. Now how do I …" / "Got it now. How do I …").
 */
function saysWhen(side: Boundaries, from: number, to: number): boolean {
  // Not a greeting's: "Hello everyone good morning, I need help" / "Hello everyone, good morning I need help".
  for (let at = from; at <= to; at++) {
    const word = side.words[at]!;
    if ((TIME_WORDS.has(word) && side.words[at - 1] !== 'good') || CLOCK_TIME.test(word) || ORDINAL_DAY.test(word) || (AROUND_A_TIME.has(word) && /^\d/u.test(side.words[at + 1] ?? ''))) return true;
  }
  return false;
}
/** A clock time glued to its am or pm ("5pm", "3am", "10.30pm"). */
const CLOCK_TIME = /^\d{1,2}(?:[.:]\d{2})?(?:am|pm)$|^\d{1,2}:\d{2}$/u;
/** A day of a month: "on the 5th". */
const ORDINAL_DAY = /^\d{1,2}(?:st|nd|rd|th)$/u;
/** Words before a number that make it a time: "at 5", "by 17:00", "around 6". */
const AROUND_A_TIME: ReadonlySet<string> = new Set(['at', 'by', 'around', 'about', 'till', 'until', 'before', 'after']);
const TIME_WORDS: ReadonlySet<string> = new Set([
  'yday', 'arvo', 'tmrw', 'tmr', 'tonite', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'summer', 'winter', 'spring', 'autumn', 'past',
  'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night', 'nights', 'tonight', 'today', 'yesterday', 'tomorrow',
  'day', 'days', 'week', 'weeks', 'weekend', 'weekends', 'weekday', 'weekdays', 'month', 'months', 'year', 'years', 'hour', 'hours',
  'minute', 'minutes', 'min', 'mins', 'hr', 'hrs', 'times', 'overnight', 'ago', 'later', 'earlier', 'before', 'after', 'since', 'until', 'till', 'twice', 'once',
  'daily', 'weekly', 'monthly', 'yearly', 'nightly', 'every', 'always', 'never', 'sometimes', 'usually', 'often', 'rarely', 'last', 'next',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'noon', 'midnight', 'am', 'pm', 'breakfast', 'lunch', 'dinner',
]);

/**
 * Whether the boundary's two places stand between two clauses: one with a subject before the first ("My dog ate
 * grapes", "I took two Advil"; not a fronted phrase, "Every day after work", nor a greeting, "Good morning
 * everyone"), and one opening with its subject after the second ("she threw up", "I drank"; not "after waking up"
 * nor "is that enough?"). A review, session 34: fronted phrases, greetings and one-clause questions were refused.
 */
function clausesAround(side: Boundaries, low: number, high: number): boolean {
  let start = low;
  while (start > 0 && !side.after.has(start - 1)) start--;
  const before = side.words.slice(start, low + 1);
  const hasSubject = before.some((word, index) => (SUBJECT_PRONOUNS.has(word) && !POINTERS.has(word)) || (POSSESSIVES.has(word) && index + 2 < before.length));
  const opener = side.words[high + 1];
  return before.length >= 2 && hasSubject && opener !== undefined && (SUBJECT_PRONOUNS.has(opener) || POSSESSIVES.has(opener) || opener === 'the') && high + 2 < side.words.length;
}
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'i', 'you', 'he', 'she', 'we', 'they', 'it', "i'm", "i've", "i'd", "she's", "he's", "it's", "we're", "they're", 'someone', 'somebody',
  'everyone', 'everybody', 'nobody', 'nothing', 'something', 'there', 'this', 'that', 'im', 'ive', 'id', 'hes', 'shes', 'theyre', 'ill', 'u', 'youre', 'thats', 'theres', 'itll',
]);
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'our', 'their']);
/** Subjects that open a clause but, before one, more often point at a time or a greeting ("This morning", "Hi there"). */
const POINTERS: ReadonlySet<string> = new Set(['this', 'that', 'there', 'everyone', 'everybody']);

/**
 * Two long texts cut to what lies around their difference: CONTEXT_CHARACTERS of what both share before and after it,
 * cut at whitespace, the same places on both sides. A move deep inside a long chat log or passage is read as in a short
 * text (a red team on long documents, session 45: 204 of 400 such moves served past MAX_CHARACTERS).
 */
function aroundDifference(one: string, other: string): [string, string] {
  if (one.length <= MAX_CHARACTERS && other.length <= MAX_CHARACTERS) return [one, other];
  const limit = Math.min(one.length, other.length);
  let prefix = 0;
  while (prefix < limit && one[prefix] === other[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && one[one.length - 1 - suffix] === other[other.length - 1 - suffix]) suffix++;
  let start = Math.max(0, prefix - CONTEXT_CHARACTERS);
  while (start > 0 && !/\s/u.test(one[start - 1]!)) start--;
  let tail = Math.max(0, suffix - CONTEXT_CHARACTERS);
  while (tail > 0 && !/\s/u.test(one[one.length - tail]!)) tail--;
  return [one.slice(start, one.length - tail), other.slice(start, other.length - tail)];
}
const CONTEXT_CHARACTERS = 1_500;

/** Most words a boundary moves across and still counts as moved (a phrase: "this morning", "after 3 days"). */
const MAX_MOVE_WORDS = 6;
/** Longest text read, after aroundDifference's cut (a difference longer than this is not compared). */
const MAX_CHARACTERS = 4_000;

/**
 * A text's words counted, and the indexes of the words a clause boundary follows (not the last word: a final mark
 * closes the text). Undefined for a text too long to read or with fewer than three words.
 */
interface Boundaries {
  /** The words, in lowercase. */
  words: string[];
  /** The index of each word a boundary follows, and the boundary: ',' for a comma or semicolon, '.' for a sentence's end or a line break. */
  after: Map<number, ',' | '.'>;
}

function boundaries(text: string): Boundaries | undefined {
  if (text.length > MAX_CHARACTERS) return undefined;
  const after = new Map<number, ',' | '.'>();
  const words: string[] = [];
  WORD_OR_BOUNDARY.lastIndex = 0;
  for (let match = WORD_OR_BOUNDARY.exec(text); match !== null; match = WORD_OR_BOUNDARY.exec(text)) {
    if (match[1] !== undefined) words.push(match[1].toLowerCase().replaceAll('’', "'"));
    else if (words.length > 0 && after.get(words.length - 1) !== '.') after.set(words.length - 1, match[0] === ',' || match[0] === ';' || match[0] === ':' ? ',' : '.');
  }
  after.delete(words.length - 1);
  return words.length < 3 ? undefined : { words, after };
}
/**
 * A word (letters, digits, inner apostrophes, hyphens, colons and points: "don't", "e-mail", "3.5", "8:30", "e.g"), or a
 * clause mark followed by whitespace: a comma, a full stop, a colon, a semicolon, a question or exclamation mark, or a
 * line break.
 */
const WORD_OR_BOUNDARY = /([\p{L}\p{N}]+(?:['’.:\-][\p{L}\p{N}]+)*)|[,.;:!?](?=\s)|\n/gu;
