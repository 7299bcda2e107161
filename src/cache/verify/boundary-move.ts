import { FUNCTION_WORDS, NEGATIONS_BEFORE_COMMA } from './closed-lists.ts';
/**
 * How two texts' clause boundaries differ, read once: 'moved' (clauseBoundaryMoved), 'joined' (complementJoined, asked
 * only with `joins`: where the texts differ in their punctuation), or undefined.
 */
export function clauseBoundaryChange(one: string, other: string, joins: boolean, lexicon: NounWords): 'moved' | 'joined' | undefined {
  const [near, nearOther] = aroundDifference(one, other);
  const left = boundaries(near);
  const right = boundaries(nearOther);
  if (left === undefined || right === undefined || left.words.length !== right.words.length) return undefined;
  if (clauseBoundaryMoved(left, right, lexicon)) return 'moved';
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
function clauseBoundaryMoved(left: Boundaries, right: Boundaries, lexicon: NounWords): boolean {
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
      if (between) continue;
      if (saysWhen(left, low + 1, high) && clausesAround(left, low, high)) return true;
      // The comma before a coordinator on one side, after the item it adds on the other: what follows the comma then
      // qualifies the last item alone or both ("Delete the old logs, and the backups if they are older than 30 days" /
      // "Delete the old logs and the backups, if they are older than 30 days"; a red team on scope, session 52).
      const [early, late] = from < to ? [left, right] : [right, left];
      if (early.after.get(low) === ',' && late.after.get(high) === ',' && COORDINATORS.has(early.words[low + 1] ?? '') && QUALIFIER_OPENERS.has(late.words[high + 1] ?? '') && high + 2 < late.words.length && isItem(late.words.slice(low + 2, high + 1), lexicon)) return true;
    }
  }
  return false;
}
/** The lexicon's facts an item's reading needs. */
export interface NounWords {
  canBeNoun(word: string): boolean;
  nounShare(word: string): number | undefined;
  isWord(word: string): boolean;
}
/**
 * Whether words after a coordinator are a list's item, a noun phrase ("the backups", "hotels", "the wine list"), not a
 * clause or a step ("my knees hurt", "give an example", "I need a job"; a break test, session 52: 38 of 42 refused).
 */
function isItem(words: readonly string[], lexicon: NounWords): boolean {
  if (words.length === 0 || words.length > ITEM_WORDS) return false;
  const nounish = (word: string) => !lexicon.isWord(word) || (lexicon.canBeNoun(word) && (lexicon.nounShare(word) ?? 1) >= 0.5);
  let at = 0;
  while (at < words.length - 1 && ITEM_DETERMINERS.has(words[at]!)) at++;
  for (let index = at; index < words.length; index++) {
    const word = words[index]!;
    if (FUNCTION_WORDS.has(word) || SUBJECT_PRONOUNS.has(word) || /\d/u.test(word)) return false;
    if (index === at && at === 0 && !nounish(word)) return false;
  }
  return nounish(words[words.length - 1]!);
}
const ITEM_WORDS = 4;
const ITEM_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'all', 'any', 'some']);
/** Words that join a list's last item or a second clause. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'plus']);
/** Words that open a condition, a time, a limit or a manner after the thing it qualifies ("if …", "over $100", "on weekdays"). */
const QUALIFIER_OPENERS: ReadonlySet<string> = new Set([
  'if', 'unless', 'only', 'when', 'whenever', 'once', 'provided', 'with', 'without', 'over', 'under', 'above', 'below', 'before', 'after', 'on',
  'in', 'at', 'by', 'within', 'during', 'until', 'till', 'for', 'per', 'each', 'every', 'from', 'twice', 'daily', 'weekly', 'monthly', 'except',
  'including', 'excluding', 'more', 'less', 'fewer', 'older', 'younger', 'up', 'as', 'while', 'since', 'whose', 'who', 'which', 'that',
]);

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
  /** Whether each word was typed with a capital first letter. */
  capitals: boolean[];
  /** The index of each word a boundary follows, and the boundary: ',' for a comma or semicolon, '.' for a sentence's end or a line break. */
  after: Map<number, ',' | '.'>;
}

function boundaries(text: string): Boundaries | undefined {
  if (text.length > MAX_CHARACTERS) return undefined;
  const after = new Map<number, ',' | '.'>();
  const words: string[] = [];
  const capitals: boolean[] = [];
  WORD_OR_BOUNDARY.lastIndex = 0;
  for (let match = WORD_OR_BOUNDARY.exec(text); match !== null; match = WORD_OR_BOUNDARY.exec(text)) {
    if (match[1] !== undefined) {
      words.push(match[1].toLowerCase().replaceAll('’', "'"));
      capitals.push(/^\p{Lu}/u.test(match[1]));
    }
    else if (words.length > 0 && after.get(words.length - 1) !== '.') after.set(words.length - 1, match[0] === ',' || match[0] === ';' || match[0] === ':' ? ',' : '.');
  }
  after.delete(words.length - 1);
  return words.length < 3 ? undefined : { words, capitals, after };
}
/**
 * A word (letters, digits, inner apostrophes, hyphens, colons and points: "don't", "e-mail", "3.5", "8:30", "e.g"), or a
 * clause mark followed by whitespace: a comma, a full stop, a colon, a semicolon, a question or exclamation mark, or a
 * line break.
 */
const WORD_OR_BOUNDARY = /([\p{L}\p{N}]+(?:['’.:\-][\p{L}\p{N}]+)*)|[,.;:!?](?=\s)|\n/gu;

/**
 * Whether a comma on one side only, inside a sentence of a text in another language, is one of the shapes whose meaning
 * the English comma rules (comma-meaning.ts) read, which no word list of theirs knows there: before a relative pronoun
 * ("Reembolsa a los clientes que pagaron" / "… clientes, que pagaron": all of them or some), before a reason after a
 * negation ("No dejé mi trabajo porque …" / "…, porque …"), between two capitalised words ("entre María José y Pedro"
 * / "María, José y Pedro": two people or three), or moved across words ("uvas esta mañana, vomitó" / "uvas, esta mañana
 * vomitó"). A red team on other languages, session 52: 62 of 63 such pairs served; a break test then found other
 * languages' comma habits (greetings, openers, lists, "pero", "что") refused by a first version that read any comma.
 */
export function commaInsideSentence(one: string, other: string): boolean {
  const [near, nearOther] = aroundDifference(one, other);
  const left = boundaries(near);
  const right = boundaries(nearOther);
  if (left === undefined || right === undefined || left.words.length !== right.words.length) return false;
  const onlyLeft = [...left.after].filter(([at, mark]) => mark === ',' && right.after.get(at) !== ',').map(([at]) => at);
  const onlyRight = [...right.after].filter(([at, mark]) => mark === ',' && left.after.get(at) !== ',').map(([at]) => at);
  // A comma moved a few words within one sentence.
  // Not among a sentence's first words, where a greeting's comma moves freely ("Hola, buenos días necesito …" / "Hola buenos
  // días, necesito …"; a break test, session 52).
  const rightOnly = new Set(onlyRight);
  for (const from of onlyLeft) {
    for (let to = from - MAX_MOVE_WORDS; to <= from + MAX_MOVE_WORDS; to++) if (rightOnly.has(to) && !sentenceBetween(left, from, to) && !sentenceBetween(right, from, to) && wordsIntoSentence(left, Math.min(from, to)) >= OPENING_WORDS) return true;
  }
  for (const [side, only] of [[left, onlyLeft], [right, onlyRight]] as const) {
    // German sets off every relative clause by a comma, and capitalises every noun.
    const german = only.length > 0 && side.words.some((word) => GERMAN_MARKERS.has(word));
    for (const at of only) {
      const next = side.words[at + 1] ?? '';
      if (at === 0 || side.after.get(at - 1) === '.' || next === '') continue;
      // A relative pronoun after a plural ("clientes, que", "clienti, che", "klanten, die"): after one thing the clause
      // describes it either way ("mi madre, que cumple 60 años").
      if ((FOREIGN_RELATIVES.has(next) && !german && /(?:s|i|en)$/u.test(side.words[at]!)) || (FOREIGN_REASONS.has(next) && negatedBefore(side, at))) return true;
      if (side.capitals[at] && side.capitals[at + 1] && side.after.get(at - 1) === undefined && !german) return true;
      // "Mi hijo, Tomás y yo" (three) / "Mi hijo Tomás y yo" (two): a name after one's relative.
      if (side.capitals[at + 1] && FOREIGN_POSSESSIVES.has(side.words[at - 1] ?? '')) return true;
    }
  }
  return false;
}
/** How many words of its sentence stand before word `at` (read back a few words at most). */
function wordsIntoSentence(side: Boundaries, at: number): number {
  let count = 0;
  while (at - count > 0 && count < OPENING_WORDS && side.after.get(at - count - 1) !== '.') count++;
  return count;
}
/** A sentence's first words, where a comma after a greeting or an opener moves freely. */
const OPENING_WORDS = 3;
/** Whether a sentence ends between word `from` and word `to` (either order). */
function sentenceBetween(side: Boundaries, from: number, to: number): boolean {
  for (let at = Math.min(from, to); at < Math.max(from, to); at++) if (side.after.get(at) === '.') return true;
  return false;
}
/** Whether a negation stands in the words of the comma's sentence before it. */
function negatedBefore(side: Boundaries, at: number): boolean {
  for (let index = at; index >= Math.max(0, at - NEGATION_REACH) && side.after.get(index) !== '.'; index--) if (FOREIGN_NEGATIONS.has(side.words[index]!)) return true;
  return false;
}
/** How many words back a negation is looked for: a clause's length. */
const NEGATION_REACH = 16;
/** Relative pronouns where a comma tells all from some: Spanish, Portuguese, French, Italian, Dutch, Indonesian. */
const FOREIGN_RELATIVES: ReadonlySet<string> = new Set(['que', 'quien', 'quienes', 'cual', 'cuales', 'qui', 'lequel', 'laquelle', 'lesquels', 'che', 'cui', 'quem', 'die', 'dat', 'yang', 'ambao']);
/** Words that give a reason: Spanish, Portuguese, French, Italian, Dutch, Indonesian, Vietnamese. */
const FOREIGN_REASONS: ReadonlySet<string> = new Set(['porque', 'parce', 'car', 'perché', 'perche', 'vanwege', 'omdat', 'karena', 'vì']);
/** NEGATIONS_BEFORE_COMMA, French "pas", Dutch, Vietnamese, and words of "never". */
const FOREIGN_NEGATIONS: ReadonlySet<string> = new Set([...NEGATIONS_BEFORE_COMMA, "n'ai", 'pas', 'niet', 'geen', 'không', 'nunca', 'jamais', 'mai']);
/** "My" in Spanish, French, German, Polish, Russian, Portuguese, Italian, Dutch, Indonesian ("anak saya" puts it after). */
const FOREIGN_POSSESSIVES: ReadonlySet<string> = new Set(['mi', 'mis', 'mon', 'ma', 'mes', 'mein', 'meine', 'mój', 'moja', 'мой', 'моя', 'meu', 'minha', 'mio', 'mia', 'mijn', 'saya']);
/** Words of German, whose nouns all take a capital: two capitals in a row there are no names. */
const GERMAN_MARKERS: ReadonlySet<string> = new Set(['der', 'und', 'ich', 'nicht', 'ist', 'ein', 'eine', 'für', 'auf', 'sie', 'wir', 'nach', 'auch', 'oder']);

