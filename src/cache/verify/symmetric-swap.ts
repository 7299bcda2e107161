import type { Token } from './verify-tokens.ts';

/**
 * Whether two token lists differ only by two short phrases swapped around a connector in a frame that treats them
 * alike: "the difference between TCP and UDP" / "… UDP and TCP", "Compare Perl and JavaScript", "Python vs Java for
 * beginners", "Which is better, a Mac or a PC?", "What is the sum of 97 and 36?", "What is 12 plus 7?", "Multiply 40 by
 * 29" (a red team on word order, session 45: 863 such near-duplicates refused as another order; see `framed`).
 *
 * Not where the order is read: a direction, a source and a target, a comparison ("X to Y", "X than Y", "subtract X from
 * Y", "X minus Y", "divide X by Y": no such frame here), nor where another word picks one by its place ("the former",
 * "the first one", "respectively"), nor an "or" outside a question, nor a text with marks of code.
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
        if (framed(words, before, start, at, end, raw)) return true;
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
 * Arithmetic that commutes takes one number on each side and closes the text ("What is 12 plus 7?", "the sum of 97 and
 * 36", "Multiply 40 by 29"; not "2 plus 3 squared" or "10 plus 2 times 3"). Elsewhere no number, time or version, as a
 * range or a signed difference reads its order ("between 9am and 5pm", "version 2 vs version 3"), and so does a set's
 * difference (red-team-17.test.ts: session 17 dropped a wider rule for these); the two sides as long as each other (not
 * "a cat and a dog owner", where a shared head is left out); and no word of code, where a difference is directed ("the
 * difference between list a and list b"). A review of a first version, session 45, served 396 of 408 such pairs.
 */
function framed(words: readonly string[], tokens: readonly Token[], start: number, at: number, end: number, raw: readonly string[]): boolean {
  // As typed: "vs" keys as "or".
  const connector = tokens[at]!.text.toLowerCase().replace(/\.$/u, '');
  const previous = words[start - 1] ?? '';
  const beforePrevious = words[start - 2] ?? '';
  const closesText = end === words.length - 1;
  const arithmetic = connector === 'plus' || connector === 'times' || (connector === 'by' && previous === 'multiply') || (connector === 'and' && ((previous === 'of' && SYMMETRIC_OF.has(beforePrevious)) || previous === 'add' || previous === 'multiply'));
  if (arithmetic) {
    const lone = at - start === 1 && end - at === 1 && tokens[start]!.kind === 'number' && tokens[end]!.kind === 'number';
    return lone && closesText && (connector === 'and' || connector === 'by' || ARITHMETIC_ASKERS.has(previous));
  }
  if (at - start !== end - at) return false;
  if (tokens.some((token) => token.kind === 'number') || words.some((word) => ORDERED_WORDS.has(word) || CODE_NOUNS.has(word))) return false;
  // "X vs Y" alone, or asking a difference or a choice; not a direction ("the pros of Mac vs PC", "how much faster is C
  // vs Python", "USD vs EUR exchange rate") nor a fixture ("Man City vs Liverpool score").
  if (connector === 'vs' || connector === 'versus') {
    if (words.some((word) => FIXTURE_WORDS.has(word) || DIRECTED_WORDS.has(word))) return false;
    return (start === 0 && closesText) || words.some((word) => CHOICE_WORDS.has(word));
  }
  // A choice asked with "which", the two closing it ("Which is better, a Mac or a PC?"; not "Is it better to store bread
  // hot or cold?", nor "… Answer A or B.", whose letters follow the order).
  if (connector === 'or') return closesText && words.includes('which') && raw.every((text) => text.includes('?'));
  if (connector !== 'and') return false;
  if (previous === 'between') return SYMMETRIC_BETWEEN.has(beforePrevious);
  return SYMMETRIC_VERBS.has(previous);
}
/** Words before "X plus Y" that ask its value. */
const ARITHMETIC_ASKERS: ReadonlySet<string> = new Set(['is', "what's", 'whats', 'calculate', 'compute', 'equals', 'solve']);
/** Words that make "X vs Y" a difference or a choice. */
const CHOICE_WORDS: ReadonlySet<string> = new Set(['which', 'difference', 'differences', 'compare', 'comparison', 'choose', 'pick', 'or']);
/** Words that make "X vs Y" directed: one side's gain or loss, a rate, a ratio. */
const DIRECTED_WORDS: ReadonlySet<string> = new Set(['pros', 'cons', 'benefits', 'benefit', 'advantages', 'advantage', 'disadvantages', 'disadvantage', 'downside', 'downsides', 'drawbacks', 'upside', 'upsides', 'rate', 'rates', 'ratio', 'exchange', 'home', 'away', 'much', 'many', 'more', 'less', 'why', 'switch', 'switching', 'migrate', 'migrating', 'convert', 'converting']);
/** Nouns of code and data, where a difference is directed (A minus B). */
const CODE_NOUNS: ReadonlySet<string> = new Set(['list', 'lists', 'array', 'arrays', 'dataframe', 'dataframes', 'table', 'tables', 'column', 'columns', 'file', 'files', 'string', 'strings', 'dict', 'dicts', 'dictionary', 'vector', 'vectors', 'branch', 'branches', 'commit', 'commits', 'folder', 'folders', 'directory', 'directories', 'tuple', 'tuples', 'object', 'objects', 'variable', 'variables', 'query', 'queries']);
const FIXTURE_WORDS: ReadonlySet<string> = new Set(['score', 'scores', 'match', 'matches', 'game', 'games', 'fixture', 'fixtures', 'result', 'results', 'final', 'leg', 'odds', 'prediction', 'predictions', 'lineup', 'lineups', 'highlights', 'tickets', 'kickoff', 'halftime', 'stream', 'live', 'h2h']);
/** Words that make a difference or a comparison an ordered one. */
const ORDERED_WORDS: ReadonlySet<string> = new Set(['set', 'sets', 'am', 'pm', 'version', 'versions', 'v', 'time', 'times', 'date', 'dates', 'percent', 'percentage', 'price', 'prices', 'cost', 'minus']);
const CONNECTORS: ReadonlySet<string> = new Set(['and', 'or', 'vs', 'versus', 'plus', 'times', 'by']);
/** Nouns before "between X and Y" that treat X and Y alike. */
const SYMMETRIC_BETWEEN: ReadonlySet<string> = new Set(['difference', 'differences', 'distinction', 'distinctions', 'similarity', 'similarities', 'comparison', 'contrast', 'choose', 'choosing', 'decide', 'deciding', 'compare', 'pick']);
/** Nouns before "of X and Y" whose value does not depend on the order. */
const SYMMETRIC_OF: ReadonlySet<string> = new Set(['sum', 'product', 'total', 'average', 'mean', 'gcd', 'lcm', 'gcf', 'hcf', 'max', 'maximum', 'min', 'minimum']);
/** Verbs before "X and Y" that treat them alike. */
const SYMMETRIC_VERBS: ReadonlySet<string> = new Set(['compare', 'comparing', 'contrast', 'contrasting', 'add', 'multiply']);
/** Words that pick one of two by its place. */
const BY_PLACE: ReadonlySet<string> = new Set(['former', 'latter', 'first', 'second', 'respectively', 'order', 'sequence', 'given', 'listed', 'left', 'right', 'before', 'after', 'then', 'earlier', 'later', 'last', 'previous', 'next', 'above', 'below', 'one', 'other']);
const CODE_MARKS = /[`{}[\]<>=;|\\$#*/]/u;
const MAX_PHRASE = 4;
const MAX_TOKENS = 60;
