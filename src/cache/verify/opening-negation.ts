import { FREQUENCY_AND_QUANTIFIERS, NUMBER_WORDS } from './closed-lists.ts';
import type { Lexicon } from './lexicon.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'had', 'must', 'shall', 'may', 'might']);
/** Question words after which the subject follows the auxiliary ("Why isn't eating …"); "what"/"who" are the subject. */
const ADVERB_QUESTION_WORDS: ReadonlySet<string> = new Set(['why', 'how', 'when', 'where']);
/** Nouns in -ing that are no gerund ("Is not morning …" reads as "Isn't morning …"). */
export const NOT_GERUNDS: ReadonlySet<string> = new Set(['morning', 'evening', 'thing', 'something', 'anything', 'nothing', 'everything', 'king', 'ring', 'spring', 'string', 'wing', 'sibling', 'pudding', 'ceiling', 'wedding', 'sterling', 'during', 'ping', 'bling']);

/**
 * The written-out negations that open a question, in order, each with whether it was contracted. Opening a
 * question, a contraction negates the question ("Doesn't tipping offend people?" expects yes), but written out,
 * before a gerund or a participle, "not" goes with it: "Does not tipping offend people?" asks whether not tipping
 * does, "Are not vaccinated dogs allowed?" asks about unvaccinated dogs. Before a noun, a pronoun or a name the
 * two read alike ("Is not water wet?"), and so do commands ("Do not forget …").
 *
 * @example openingNegations(prepare("Doesn't tipping offend?")) // [true]; of "Does not tipping offend?": [false]
 */
export function openingNegations(side: PreparedSide, lexicon: Lexicon): boolean[] {
  const negations: boolean[] = [];
  const { tokens } = side;
  for (let index = 0; index + 2 < tokens.length; index++) {
    const [auxiliary, not, next] = [tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
    if (auxiliary.kind !== 'word' || not.key.toLowerCase() !== 'not' || !AUXILIARIES.has(auxiliary.key.toLowerCase())) continue;
    if (!opensQuestion(side, index) || !negatesWhatFollows(tokens, index + 2, lexicon)) continue;
    negations.push(auxiliary.expanded === true);
  }
  return negations;
}

/** At a sentence's start, after "why"/"how"/"when"/"where" opening one, or after a lead-in's comma or colon ("So, …"). */
function opensQuestion({ tokens, breaks }: PreparedSide, index: number): boolean {
  if (index === 0 || tokens[index]!.sentenceStart || breaks[index] === 1) return true;
  const previous = tokens[index - 1]!;
  return previous.kind === 'word' && (index === 1 || previous.sentenceStart) && ADVERB_QUESTION_WORDS.has(previous.key.toLowerCase());
}

/** A gerund or a participle, maybe after an adverb in -ly ("not fully cooked eggs"). */
function negatesWhatFollows(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const word = plainWord(tokens[at]);
  if (word === undefined) return false;
  if (word.length > 4 && word.endsWith('ly')) {
    const next = plainWord(tokens[at + 1]);
    return next !== undefined && isParticiple(next, lexicon);
  }
  return isParticiple(word, lexicon);
}

function plainWord(token: Token | undefined): string | undefined {
  return token?.kind === 'word' && !token.expanded && /^\p{Ll}+$/u.test(token.text) ? token.text : undefined;
}

function isParticiple(word: string, lexicon: Lexicon): boolean {
  if (word.length >= 5 && word.endsWith('ing')) return !NOT_GERUNDS.has(word) && lexicon.canBeVerb(word);
  return /(?:ed|en)$/u.test(word) && lexicon.isPastForm(word);
}

/** Auxiliaries whose "not" reads the same after the subject: "Why doesn't my phone charge?" / "Why does my phone not charge?". */
const PLAIN_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had']);
/** Subjects after which "don't" suggests or orders rather than asks: "Why don't we …", "Don't you …". */
const SUGGESTING_SUBJECTS: ReadonlySet<string> = new Set(['we', 'you']);
const SCOPE_TAKERS: ReadonlySet<string> = new Set(['also', 'really', 'just', 'even', 'actually', 'one', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'no', 'too', 'either', 'ever', 'only', 'of']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'that']);
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their', 'the', 'this', 'that', 'these', 'those']);
/** The longest subject a contracted negation is moved past. */
const SUBJECT_TOKENS = 4;

/**
 * Whether the sides are the same words but for one "not": contracted onto the auxiliary that opens a question on
 * one side, after the subject on the other ("Why isn't my car starting?" / "Why is my car not starting?", "Didn't
 * he come?" / "Did he not come?"). Not after a modal, where the moved "not" negates the verb instead ("Can't I
 * go?" asks why it is not allowed, "Can I not go?" whether staying away is), nor a "not" written out after the
 * auxiliary ("Is not eating meat healthy?" asks about not eating it).
 */
export function negationMovedPastSubject(before: PreparedSide, after: PreparedSide): boolean {
  return movedPastSubject(before, after) || movedPastSubject(after, before);
}

function movedPastSubject(contracted: PreparedSide, moved: PreparedSide): boolean {
  const left = contracted.tokens;
  const right = moved.tokens;
  if (left.length !== right.length) return false;
  let start = 0;
  while (start < left.length && left[start]!.key === right[start]!.key) start++;
  // left: … AUX not SUBJECT VERB …; right: … AUX SUBJECT not VERB …
  const auxiliary = left[start - 1];
  if (auxiliary === undefined || left[start]?.key.toLowerCase() !== 'not' || !auxiliary.expanded || !PLAIN_AUXILIARIES.has(auxiliary.key.toLowerCase())) return false;
  if (!opensQuestion(contracted, start - 1)) return false;
  let end = start;
  while (end < right.length && right[end]!.key.toLowerCase() !== 'not') end++;
  const subject = end - start;
  if (subject < 1 || subject > SUBJECT_TOKENS || end === right.length) return false;
  for (let index = start; index < end; index++) {
    if (right[index]!.kind !== 'word' || right[index]!.key !== left[index + 1]!.key) return false;
    // A quantified subject or an adverb moves the negation's scope: "Isn't anyone coming?" / "Is anyone not
    // coming?", "Don't all states require it?" / "Do all states not …", "Isn't the store still open?" / "… still not open?".
    const word = right[index]!.key.toLowerCase();
    if (FREQUENCY_AND_QUANTIFIERS.has(word) || NUMBER_WORDS.has(word) || SCOPE_TAKERS.has(word)) return false;
  }
  // A pronoun alone, or a determiner and up to two words: "my phone", "the car", "he".
  const first = right[start]!.key.toLowerCase();
  if (subject === 1 ? !SUBJECT_PRONOUNS.has(first) && !/^\p{Lu}/u.test(right[start]!.text) : !SUBJECT_DETERMINERS.has(first) || subject > 3) return false;
  // "Why don't we use Postgres?" and "Don't you touch it." suggest or order; "Why do we not use Postgres?" asks why.
  if (auxiliary.key.toLowerCase() === 'do' && SUGGESTING_SUBJECTS.has(right[start]!.key.toLowerCase())) return false;
  for (let index = end + 1; index < right.length; index++) if (right[index]!.key !== left[index]!.key) return false;
  return true;
}
