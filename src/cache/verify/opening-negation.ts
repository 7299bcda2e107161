import type { Lexicon } from './lexicon.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'had', 'must', 'shall', 'may', 'might']);
/** Question words after which the subject follows the auxiliary ("Why isn't eating …"); "what"/"who" are the subject. */
const ADVERB_QUESTION_WORDS: ReadonlySet<string> = new Set(['why', 'how', 'when', 'where']);
/** Nouns in -ing that are no gerund ("Is not morning …" reads as "Isn't morning …"). */
const NOT_GERUNDS: ReadonlySet<string> = new Set(['morning', 'evening', 'thing', 'something', 'anything', 'nothing', 'everything', 'king', 'ring', 'spring', 'string', 'wing', 'sibling', 'pudding', 'ceiling', 'wedding', 'sterling', 'during', 'ping', 'bling']);

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
