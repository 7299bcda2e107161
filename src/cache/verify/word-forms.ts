/**
 * Word-form rules of the verifier: British/American spelling and typos. Inflection is the lemmatizer's
 * (see lexicon.ts). These rules are only ever asked about plain prose words, never code, URLs or identifiers.
 */

/**
 * Whether two lowercase words are the British and American spelling of one word (colour/color,
 * analyse/analyze). `bothWords`: both are known English words; then only the patterns whose other form is
 * never another word count (filled/filed and canoes/canes are two words, not two spellings).
 */
export function isSpellingVariant(left: string, right: string, bothWords: boolean): boolean {
  if (left === right || left.length < 4 || right.length < 4 || Math.max(left.length, right.length) < 5) return false;
  for (const [british, american, safe] of SPELLING_PATTERNS) {
    if (bothWords && !safe) continue;
    if (swapsTo(left, right, british, american) || swapsTo(right, left, british, american)) return true;
  }
  return false;
}

// Each pattern turns the British ending or infix into the American one; only one substitution, at a
// position where the rest of both words is identical. `safe`: the pattern's other form of a real word is
// not a different real word, so it holds even when both forms are known words.
const SPELLING_PATTERNS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['our', 'or', true], // colour, favourite, behaviour
  ['ise', 'ize', true], ['isi', 'izi', true], ['isa', 'iza', true], // organise, organising, organisation
  ['yse', 'yze', true], ['ysi', 'yzi', true], // analyse, analysing
  ['tre', 'ter', true], ['bre', 'ber', true], // centre, fibre
  ['ogue', 'og', true], // catalogue
  ['lled', 'led', false], ['lling', 'ling', false], ['ller', 'ler', false], // travelled, cancelling (not filled/filed)
  ['ence', 'ense', false], // licence, defence
  ['ae', 'e', false], ['oe', 'e', false], // anaemia, oestrogen (not canoes/canes)
  ['mme', 'm', false], // programme
];

function swapsTo(from: string, to: string, british: string, american: string): boolean {
  let index = from.indexOf(british);
  while (index !== -1) {
    if (from.slice(0, index) + american + from.slice(index + british.length) === to) return true;
    index = from.indexOf(british, index + 1);
  }
  return false;
}

/**
 * Damerau–Levenshtein distance (adjacent transposition counts as one edit), computed only up to `limit`: words
 * are short and the rule only cares whether the distance is 1 or 2.
 */
export function editDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= left.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= right.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(best);
    }
  }
  return rows[left.length]![right.length]!;
}

/** The edits a typo in a word of this length may have: none below 4 letters (too many short words are one apart). */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}
