import type { Token } from './verify-tokens.ts';

/**
 * Whether the only difference between two sides is two conjuncts swapped inside a question whose answer does not
 * depend on their order: "What is the difference between TCP and UDP?" / "… between UDP and TCP?", "Compare
 * Python 2 and Python 3", "Are tea and coffee related?". Elsewhere order is the question ("convert USD to EUR",
 * "between 9am and 5pm", "a story about a cat and a dog"), and a swap stays `different` (isReordering). Choices
 * ("hot or cold?", "v2 vs v3") stay `different` too: which comes first can be what the asker leans to.
 */
export function isSymmetricSwap(left: readonly Token[], right: readonly Token[]): boolean {
  if (left.length !== right.length) return false;
  const key = (tokens: readonly Token[], at: number) => tokens[at]!.key.toLowerCase();
  let first = 0;
  while (first < left.length && key(left, first) === key(right, first)) first++;
  let last = left.length - 1;
  while (last > first && key(left, last) === key(right, last)) last--;
  if (first >= last) return false;
  // The conjuncts may share their first words ("Python 2 and Python 3"): the swapped span may start before `first`.
  for (let start = first; start >= Math.max(0, first - MAX_SHARED); start--) {
    for (let conjunction = start + 1; conjunction < last; conjunction++) {
      const word = key(left, conjunction);
      if (!CONJUNCTIONS.has(word)) continue;
      const [x, y] = [conjunction - start, last - conjunction];
      if (x > MAX_CONJUNCT || y > MAX_CONJUNCT) continue;
      // Right must read Y conj X where left reads X conj Y.
      let swapped = key(right, start + y) === word;
      for (let i = 0; swapped && i < y; i++) swapped = key(right, start + i) === key(left, conjunction + 1 + i);
      for (let i = 0; swapped && i < x; i++) swapped = key(right, start + y + 1 + i) === key(left, start + i);
      if (swapped && inSymmetricFrame(left, start, last + 1, word)) return true;
    }
  }
  return false;
}

/** At most this many words in each conjunct, and shared at their start. */
const MAX_CONJUNCT = 4;
const MAX_SHARED = 3;
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&']);

/**
 * "Are X and Y related?"; "the difference / similarities / relationship between X and Y", "compare X and Y",
 * "choose between X and Y". Not a bare "between" (a range: "between 9am and 5pm").
 */
function inSymmetricFrame(tokens: readonly Token[], start: number, end: number, conjunction: string): boolean {
  if (conjunction !== 'and') return false;
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : '');
  // "Are tea and coffee related?", "Are X and Y the same?": a symmetric predicate right after the pair.
  if ((SYMMETRIC_PREDICATES.has(word(end)) || (word(end) === 'the' && word(end + 1) === 'same')) && !tokens[end]?.sentenceStart) return true;
  for (let at = start - 1; at >= Math.max(0, start - 4); at--) {
    if (COMPARING.has(word(at))) return true;
    if (word(at) === 'between') return [1, 2, 3].some((back) => RELATING.has(word(at - back)));
    if (tokens[at]!.sentenceStart) break;
  }
  return false;
}
const SYMMETRIC_PREDICATES: ReadonlySet<string> = new Set([
  'related', 'similar', 'different', 'alike', 'connected', 'compatible', 'interchangeable', 'equal', 'equivalent', 'identical', 'linked',
  'synonyms', 'siblings', 'cousins', 'married', 'friends', 'enemies', 'allies', 'rivals',
]);
const COMPARING: ReadonlySet<string> = new Set(['compare', 'compared', 'comparing', 'comparison', 'contrast', 'contrasting']);
const RELATING: ReadonlySet<string> = new Set([
  'difference', 'differences', 'different', 'similarity', 'similarities', 'similar', 'relationship', 'relation', 'relations', 'connection',
  'link', 'distinction', 'distinguish', 'choose', 'pick', 'decide', 'deciding', 'choosing', 'torn', 'tradeoffs', 'trade-offs', 'tradeoff',
]);
