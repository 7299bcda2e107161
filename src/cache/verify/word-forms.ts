/**
 * Word-form rules of the verifier: British/American spelling and typos. Inflection is the lemmatizer's
 * (see lexicon.ts). These rules are only ever asked about plain prose words, never code, URLs or identifiers.
 */

/** Whether two lowercase words are the British and American spelling of one word (colour/color, analyse/analyze). */
export function isSpellingVariant(left: string, right: string): boolean {
  if (left === right || left.length < 4 || right.length < 4) return false;
  for (const [british, american] of SPELLING_PATTERNS) {
    if (swapsTo(left, right, british, american) || swapsTo(right, left, british, american)) return true;
  }
  return false;
}

// Each pattern turns the British ending or infix into the American one; only one substitution, at a
// position where the rest of both words is identical.
const SPELLING_PATTERNS: ReadonlyArray<readonly [string, string]> = [
  ['our', 'or'], // colour, favourite, behaviour
  ['ise', 'ize'], ['isi', 'izi'], ['isa', 'iza'], // organise, organising, organisation
  ['yse', 'yze'], ['ysi', 'yzi'], // analyse, analysing
  ['tre', 'ter'], ['bre', 'ber'], // centre, fibre
  ['ogue', 'og'], // catalogue
  ['lled', 'led'], ['lling', 'ling'], ['ller', 'ler'], // travelled, cancelling
  ['ence', 'ense'], // licence, defence
  ['ae', 'e'], ['oe', 'e'], // anaemia, oestrogen
  ['mme', 'm'], // programme
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

/** The edits a typo in a word of this length may have: none below 5 letters (too many real words are one apart). */
export function typoBudget(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}
