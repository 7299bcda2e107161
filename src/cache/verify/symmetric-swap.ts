import type { Token } from './verify-tokens.ts';

/**
 * Whether two token lists differ only by two short phrases swapped around a connector in a frame that treats them
 * alike: "the difference between TCP and UDP" / "… UDP and TCP", "Compare Perl and JavaScript", "Python vs Java",
 * "Which is better, a Mac or a PC?", "What is the sum of 97 and 36?", "What is 12 plus 7?", "Multiply 40 by 29" (a red
 * team on word order, session 45: 863 such near-duplicates refused as another order; see `framed`).
 *
 * Not where the order is read: a direction, a source and a target, a comparison ("X to Y", "X than Y", "subtract X from
 * Y", "X minus Y", "divide X by Y": no such frame here), nor where another word picks one by its place ("the former",
 * "the first one", "respectively"), nor a text with marks of code.
 */
export function symmetricSwap(before: readonly Token[], after: readonly Token[], raw: readonly string[]): boolean {
  if (before.length !== after.length || before.length > MAX_TOKENS) return false;
  const key = (tokens: readonly Token[], at: number) => tokens[at]!.key.toLowerCase();
  let first = 0;
  while (first < before.length && key(before, first) === key(after, first)) first++;
  if (first === before.length) return false;
  let last = before.length - 1;
  while (last > first && key(before, last) === key(after, last)) last--;
  if (before.some((token) => token.kind !== 'word' && token.kind !== 'number')) return false;
  if (raw.some((text) => CODE_MARKS.test(text))) return false;
  const words = before.map((_, at) => key(before, at));
  if (words.some((word) => BY_PLACE.has(word))) return false;
  const afterWords = after.map((_, at) => key(after, at));
  // The connector and the phrases around it: X from `start`, the connector at `at`, Y up to `end` (inclusive).
  for (let at = Math.max(1, first - MAX_PHRASE); at <= Math.min(before.length - 2, last + MAX_PHRASE); at++) {
    const connector = words[at]!;
    if (!CONNECTORS.has(connector)) continue;
    for (let start = Math.min(first, at - 1); start >= Math.max(0, at - MAX_PHRASE); start--) {
      for (let end = Math.max(last, at + 1); end <= Math.min(before.length - 1, at + MAX_PHRASE); end++) {
        if (!swappedAround(words, afterWords, start, at, end)) continue;
        if (framed(words, before, after, start, at, end, raw)) return true;
      }
    }
  }
  return false;
}

/** Whether `after` holds Y, the connector, X where `before` holds X (start…at-1), the connector (at), Y (at+1…end). */
function swappedAround(before: readonly string[], after: readonly string[], start: number, at: number, end: number): boolean {
  const x = before.slice(start, at);
  const y = before.slice(at + 1, end + 1);
  if (x.join(' ') === y.join(' ')) return false;
  const swapped = [...y, before[at]!, ...x];
  for (let index = 0; index < swapped.length; index++) if (after[start + index] !== swapped[index]) return false;
  return true;
}

/**
 * Whether the words before X (start…at-1) and Y (at+1…end) set a frame in which the connector's two sides are alike.
 * Each frame is the whole text, one sentence, the two sides closing it, so nothing after them reads their order (an
 * answer "A or B", a parallel list "a doctor and a nurse", "the first-named as the baseline"):
 * - arithmetic that commutes, one number on each side, after no more than a question's words ("What is 12 plus 7?",
 *   "the sum of 97 and 36", "Multiply 40 by 29"; not "2 plus 3 squared", nor "Which number is the augend if …");
 * - "the difference between X and Y", "Compare X and Y": no number, time, version, ratio or word of code, where a
 *   difference is directed or a range ("between 9am and 5pm", session 17's withdrawn rule; "list a and list b");
 * - "X vs Y: which …?" or "… what's the difference?", "X vs Y" opening the text (not "the pros of X vs Y", "a plot of
 *   height vs weight", "Smith vs Jones", a fixture);
 * - "Which is better, X or Y?".
 * The two sides are as long as each other (not "a cat and a dog owner") and typed alike (not "Bath and Reading" /
 * "reading and bath"). Two reviews of wider versions, session 45, served 396 of 408 and 276 of 291 such pairs.
 */
function framed(words: readonly string[], tokens: readonly Token[], after: readonly Token[], start: number, at: number, end: number, raw: readonly string[]): boolean {
  // As typed: "vs" keys as "or".
  const connector = tokens[at]!.text.toLowerCase().replace(/\.$/u, '');
  if (end !== words.length - 1 || !raw.every(oneSentence)) return !(connector === 'vs' || connector === 'versus') ? false : vsQuestion(words, tokens, after, start, at, end, raw);
  if (!typedAlike(tokens, after, start, at, end)) return false;
  const previous = words[start - 1] ?? '';
  const beforePrevious = words[start - 2] ?? '';
  const arithmetic = connector === 'plus' || connector === 'times' || (connector === 'by' && previous === 'multiply') || (connector === 'and' && ((previous === 'of' && SYMMETRIC_OF.has(beforePrevious)) || previous === 'add' || previous === 'multiply'));
  if (arithmetic) {
    const lone = at - start === 1 && end - at === 1 && tokens[start]!.kind === 'number' && tokens[end]!.kind === 'number';
    return lone && words.slice(0, start).every((word) => ARITHMETIC_QUESTION.has(word));
  }
  if (at - start !== end - at || refusesSwap(words, tokens)) return false;
  if (connector === 'or') return words[0] === 'which' && !words.some((word) => ANSWER_LABELS.has(word)) && !tokens.some(isAnswerLetter);
  if (connector !== 'and') return false;
  if (previous === 'between') return SYMMETRIC_BETWEEN.has(beforePrevious);
  return SYMMETRIC_VERBS.has(previous) && start === 1;
}
/** "X vs Y: which is better?" / "X vs Y: what's the difference?": the two opening the text, a question on them after. */
function vsQuestion(words: readonly string[], tokens: readonly Token[], after: readonly Token[], start: number, at: number, end: number, raw: readonly string[]): boolean {
  if (start !== 0 || at - start !== end - at || !typedAlike(tokens, after, start, at, end) || refusesSwap(words, tokens)) return false;
  if (!raw.every((text) => VS_QUESTION.test(text))) return false;
  // A venue compared ("which stadium is bigger?") is symmetric again; asked alone ("which stadium?") it is the home side's.
  const comparesVenues = words.some((word) => VENUE_WORDS.has(word)) && words.some((word) => COMPARATIVE.test(word) || word === 'more' || word === 'most');
  return CHOICE_WORDS.has(words[end + 1] ?? '') && !words.some((word) => FIXTURE_WORDS.has(word) || (VENUE_WORDS.has(word) && !comparesVenues) || DIRECTED_WORDS.has(word) || CURRENCIES.has(word) || ANSWER_LABELS.has(word)) && !tokens.some(isAnswerLetter);
}
/** A capital letter standing alone: an answer given by position ("Answer A or B"). */
const isAnswerLetter = (token: Token): boolean => /^[A-E]$/u.test(token.text);
/** Whether the swapped phrases are typed alike on both sides, case and all (not "Bath and Reading" / "reading and bath"); a text's first capital aside. */
function typedAlike(before: readonly Token[], after: readonly Token[], start: number, at: number, end: number): boolean {
  const from = [...range(at + 1, end + 1), at, ...range(start, at)];
  return from.every((origin, offset) => {
    const [typed, other] = [before[origin]!.text, after[start + offset]!.text];
    return typed === other || ((origin === 0 || start + offset === 0 || origin === at) && typed.toLowerCase() === other.toLowerCase());
  });
}
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, index) => from + index);
/** Numbers, times, versions, ratios, words of code or data, words that pick by place: the order is read. */
function refusesSwap(words: readonly string[], tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.kind === 'number') || words.some((word) => ORDERED_WORDS.has(word) || CODE_NOUNS.has(word) || word.split('-').some((part) => BY_PLACE.has(part)));
}
/** A text of one sentence: no sentence's mark, colon or semicolon before its last. */
function oneSentence(text: string): boolean {
  return !/[.!?;:](?=.*\S)/su.test(text.trim().replace(/[.!?\s]+$/u, ''));
}
/** "X vs Y: …?" typed as one question after a colon (or a comma, a dash). */
const VS_QUESTION = /^[^.!?;:]+?(?:[:,]|\s[-–—])\s*[^.!?;:]+\??\s*$/u;
/** Words a commuting sum or product may follow: the question's own ("What is", "Calculate the sum of"). */
const ARITHMETIC_QUESTION: ReadonlySet<string> = new Set(['what', 'is', "what's", 'whats', 'calculate', 'compute', 'the', 'sum', 'product', 'total', 'average', 'mean', 'of', 'add', 'multiply', 'gcd', 'lcm', 'gcf', 'hcf', 'max', 'maximum', 'min', 'minimum', 'please', 'solve']);
/** Words that make "X vs Y: …" a difference or a choice. */
const CHOICE_WORDS: ReadonlySet<string> = new Set(['which', 'difference', 'differences', 'what', "what's", 'whats']);
/** Words of an answer given by position ("Answer A or B", "the option letter", "the index of your pick"). */
const ANSWER_LABELS: ReadonlySet<string> = new Set(['letter', 'letters', 'index', 'option', 'options', 'numbered', 'position', 'label', 'labels']);
/** Currencies, whose pair is a quote of one in the other ("USD vs EUR"). */
const CURRENCIES: ReadonlySet<string> = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'inr', 'cad', 'aud', 'chf', 'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan', 'rupee', 'rupees', 'bitcoin', 'btc', 'eth', 'ethereum']);
/** Words that make "X vs Y" directed: one side's gain or loss, a rate, a ratio. */
const DIRECTED_WORDS: ReadonlySet<string> = new Set(['pros', 'cons', 'benefits', 'benefit', 'advantages', 'advantage', 'disadvantages', 'disadvantage', 'downside', 'downsides', 'drawbacks', 'upside', 'upsides', 'rate', 'rates', 'ratio', 'exchange', 'home', 'away', 'much', 'many', 'more', 'less', 'why', 'switch', 'switching', 'migrate', 'migrating', 'convert', 'converting', 'plaintiff', 'defendant', 'white', 'black', 'axis', 'plot', 'graph', 'chart']);
/** Nouns of code and data, where a difference is directed (A minus B). */
const CODE_NOUNS: ReadonlySet<string> = new Set(['list', 'lists', 'array', 'arrays', 'dataframe', 'dataframes', 'table', 'tables', 'column', 'columns', 'file', 'files', 'string', 'strings', 'dict', 'dicts', 'dictionary', 'vector', 'vectors', 'branch', 'branches', 'commit', 'commits', 'folder', 'folders', 'directory', 'directories', 'tuple', 'tuples', 'object', 'objects', 'variable', 'variables', 'query', 'queries']);
/** Words of a fixture, whose first side is the home side ("Man City vs Liverpool score"). */
const FIXTURE_WORDS: ReadonlySet<string> = new Set(['score', 'scores', 'match', 'matches', 'game', 'games', 'fixture', 'fixtures', 'result', 'results', 'final', 'leg', 'odds', 'prediction', 'predictions', 'lineup', 'lineups', 'highlights', 'tickets', 'kickoff', 'halftime', 'stream', 'live', 'h2h']);
/**
 * Where the first-named side is at home: "Leeds vs Fulham: which stadium?" (an attack on the verifier's acceptances, session
 * 46). Not "end", "field", "court", "host": "for the front end", "cheaper in the end", "which field pays more" (a review).
 */
const VENUE_WORDS: ReadonlySet<string> = new Set(['stadium', 'stadiums', 'arena', 'venue', 'kit', 'kits', 'jersey', 'jerseys', 'dugout', 'locker', 'dressing']);
const COMPARATIVE = /^(?:bigger|larger|smaller|older|newer|nicer|better|worse|louder|taller|wider|longer|cheaper|higher)$/u;
/** Words that make a difference or a comparison an ordered one. */
const ORDERED_WORDS: ReadonlySet<string> = new Set([
  'set', 'sets', 'am', 'pm', 'version', 'versions', 'v', 'time', 'times', 'date', 'dates', 'percent', 'percentage', 'price', 'prices', 'cost', 'minus',
  'ratio', 'ratios', 'fraction', 'fractions', 'relative', 'fold', 'proportion', 'multiple', 'factor', 'per', 'cent', 'hour', 'hours', 'timezone',
  'clock', 'offset', 'utc', 'gmt', 'translate', 'translation', 'flight', 'flights', 'trade', 'transfer', 'distance', 'route',
]);
/** Words two phrases may be swapped around (as keyed: "vs" keys as "or"). */
const CONNECTORS: ReadonlySet<string> = new Set(['and', 'or', 'vs', 'versus', 'plus', 'times', 'by']);
/** Nouns before "between X and Y" that treat X and Y alike. */
const SYMMETRIC_BETWEEN: ReadonlySet<string> = new Set(['difference', 'differences', 'distinction', 'distinctions', 'similarity', 'similarities', 'comparison', 'contrast', 'choose', 'choosing', 'decide', 'deciding', 'compare', 'pick']);
/** Nouns before "of X and Y" whose value does not depend on the order. */
const SYMMETRIC_OF: ReadonlySet<string> = new Set(['sum', 'product', 'total', 'average', 'mean', 'gcd', 'lcm', 'gcf', 'hcf', 'max', 'maximum', 'min', 'minimum']);
/** Verbs before "X and Y" that treat them alike. */
const SYMMETRIC_VERBS: ReadonlySet<string> = new Set(['compare', 'comparing', 'contrast', 'contrasting', 'add', 'multiply']);
/** Words that pick one of two by its place. */
const BY_PLACE: ReadonlySet<string> = new Set([
  'former', 'latter', 'first', 'second', 'respectively', 'order', 'sequence', 'given', 'listed', 'left', 'right', 'before', 'after', 'then', 'earlier',
  'later', 'last', 'previous', 'next', 'above', 'below', 'one', 'other', 'preceding', 'initial', 'top', 'opening', 'leading', 'primary', 'named',
]);
/** Marks of code or markup in a text: there an order is syntax. */
const CODE_MARKS = /[`{}[\]<>=;|\\$#*/]/u;
/** The longest phrase, in words, on each side of the connector. */
const MAX_PHRASE = 4;
/** The longest text, in tokens, read for a swap: a short question's. */
const MAX_TOKENS = 60;
