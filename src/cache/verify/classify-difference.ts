import { ARTICLES, NEGATIONS, NUMBER_WORDS } from './closed-lists.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './verify-tokens.ts';
import { editDistance, isSpellingVariant, typoBudget } from './word-forms.ts';

/** What one aligned difference (candidate tokens replaced by query tokens) amounts to. */
export type DifferenceClass =
  | { kind: 'accepted'; notes: string[] }
  | { kind: 'blocking'; reason: string }
  | { kind: 'unexplained'; reason: string };

/** Longest stretch of added or removed words still called a modifier ("in French", "as a JSON array"). */
const MODIFIER_WORDS = 4;

/**
 * Classifies one difference between the candidate's tokens (`before`) and the query's (`after`). Accepted:
 * articles, inflection, spelling variants, typos, common-sense synonyms (single words or WordNet phrases such as
 * "look up"/"search"). Blocking: antonyms, siblings, numbers, symbols, code, case, negations, unknown tokens,
 * added or removed modifiers. Anything else is unexplained (reworded).
 */
export function classifyDifference(before: readonly Token[], after: readonly Token[], lexicon: Lexicon): DifferenceClass {
  const beforeWords = before.filter((token) => !isArticle(token));
  const afterWords = after.filter((token) => !isArticle(token));
  const articles = [...before, ...after].filter(isArticle).map((token) => `article ${token.text.toLowerCase()}`);
  if (beforeWords.length === 0 && afterWords.length === 0) return { kind: 'accepted', notes: articles };

  const negation = [...beforeWords, ...afterWords].find((token) => token.kind === 'word' && NEGATIONS.has(token.text.toLowerCase()));
  if (negation !== undefined) return { kind: 'blocking', reason: `negation ${side(before, negation) ? '-' : '+'}${negation.text}` };

  if (beforeWords.length === 0 || afterWords.length === 0) {
    const words = beforeWords.length === 0 ? afterWords : beforeWords;
    const sign = beforeWords.length === 0 ? '+' : '-';
    const text = words.map((token) => token.text).join(' ');
    if (words.length <= MODIFIER_WORDS || words.some((token) => token.kind !== 'word')) return { kind: 'blocking', reason: `modifier ${sign}${text}` };
    return { kind: 'unexplained', reason: `reworded ${sign}${text}` };
  }

  if (beforeWords.length === afterWords.length) {
    const notes = [...articles];
    let unexplained: string | undefined;
    for (let index = 0; index < beforeWords.length; index++) {
      const pair = classifyPair(beforeWords[index]!, afterWords[index]!, lexicon);
      if (pair.kind === 'blocking') return pair;
      if (pair.kind === 'unexplained') unexplained ??= pair.reason;
      else notes.push(...pair.notes);
    }
    if (unexplained === undefined) return { kind: 'accepted', notes };
    const phrase = phraseSynonym(beforeWords, afterWords, lexicon);
    return phrase ?? { kind: 'unexplained', reason: unexplained };
  }

  const blocking = [...beforeWords, ...afterWords].find((token) => token.kind !== 'word' || NUMBER_WORDS.has(token.text.toLowerCase()));
  if (blocking !== undefined) return { kind: 'blocking', reason: `${describeKind(blocking)} ${blocking.text}` };
  const phrase = phraseSynonym(beforeWords, afterWords, lexicon);
  if (phrase) return phrase;
  return { kind: 'unexplained', reason: `reworded ${joined(beforeWords)}/${joined(afterWords)}` };
}

function classifyPair(before: Token, after: Token, lexicon: Lexicon): DifferenceClass {
  const pair = `${before.text}/${after.text}`;
  if (before.kind !== 'word' || after.kind !== 'word') {
    const kind = before.kind === after.kind ? before.kind : before.kind === 'word' ? after.kind : before.kind;
    return { kind: 'blocking', reason: `${kind === 'word' ? 'token' : kind} ${pair}` };
  }
  const left = before.text.toLowerCase();
  const right = after.text.toLowerCase();
  if (left === right) return { kind: 'blocking', reason: `case ${pair}` };
  if (NUMBER_WORDS.has(left) || NUMBER_WORDS.has(right)) return { kind: 'blocking', reason: `number ${pair}` };
  // Acronyms and names in capitals ("US", "NASA") are identifiers: no word-form rule applies to them.
  if (isAcronym(before.text) || isAcronym(after.text)) return { kind: 'blocking', reason: `token ${pair}` };
  if (lexicon.sameLemma(left, right)) return { kind: 'accepted', notes: [`inflection ${pair}`] };
  if (isSpellingVariant(left, right)) return { kind: 'accepted', notes: [`spelling ${pair}`] };
  const relation = lexicon.relation(left, right);
  if (relation === 'antonym' || relation === 'sibling') return { kind: 'blocking', reason: `${relation} ${pair}` };
  if (relation === 'synonym') return { kind: 'accepted', notes: [`synonym ${pair}`] };
  const leftKnown = lexicon.isWord(left);
  const rightKnown = lexicon.isWord(right);
  if (leftKnown !== rightKnown && isTypo(left, right)) return { kind: 'accepted', notes: [`typo ${pair}`] };
  if (!leftKnown || !rightKnown) return { kind: 'blocking', reason: `token ${pair}` };
  return { kind: 'unexplained', reason: `reworded ${pair}` };
}

// A typo keeps the first letter and is within the edit budget of the longer word.
function isTypo(left: string, right: string): boolean {
  if (left[0] !== right[0]) return false;
  const budget = typoBudget(Math.min(left.length, right.length));
  return budget > 0 && editDistance(left, right, budget) <= budget;
}

function phraseSynonym(before: readonly Token[], after: readonly Token[], lexicon: Lexicon): DifferenceClass | undefined {
  if (before.length > 3 || after.length > 3 || [...before, ...after].some((token) => token.kind !== 'word')) return undefined;
  const left = before.map((token) => token.text.toLowerCase()).join('_');
  const right = after.map((token) => token.text.toLowerCase()).join('_');
  if (!lexicon.hasLemma(left) && !lexicon.hasLemma(right)) return undefined;
  const relation = lexicon.relation(left, right);
  const pair = `${joined(before)}/${joined(after)}`;
  if (relation === 'synonym') return { kind: 'accepted', notes: [`synonym ${pair}`] };
  if (relation !== undefined) return { kind: 'blocking', reason: `${relation} ${pair}` };
  return undefined;
}

function isArticle(token: Token): boolean {
  return token.kind === 'word' && ARTICLES.has(token.text.toLowerCase());
}

function isAcronym(text: string): boolean {
  return text.length >= 2 && /^\p{Lu}+$/u.test(text);
}

function side(tokens: readonly Token[], token: Token): boolean {
  return tokens.includes(token);
}

function describeKind(token: Token): string {
  if (token.kind === 'word') return 'number';
  return token.kind === 'code' || token.kind === 'space' ? 'code' : token.kind;
}

function joined(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join(' ');
}
