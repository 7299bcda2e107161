/**
 * Synonyms the verifier may serve one for the other, as lemma pairs (either order). WordNet says which words
 * share a sense; it does not say which are interchangeable in any question. Many pairs that share a common
 * first sense name distinct things in some field or differ in degree: speed/velocity (a scalar and a vector),
 * process/procedure, found/launch (a company, a product), salary/wage, lawyer/attorney, red/crimson, large/huge,
 * small/tiny, store/shop. So a synonym swap is accepted only between the everyday words listed here, and only
 * where the lexicon also finds them synonyms in their common senses (Lexicon.relation): the list narrows
 * WordNet, never widens it (a test checks every pair). Unlisted synonyms are a rewording: undecided, for a judge.
 * Left out on purpose: pairs of which one word has another common use the verifier cannot tell from the text —
 * shut/close ("Is the shop close?"), job/occupation (a military one), help/aid (foreign aid, a hearing aid),
 * doctor/physician (a chiropractor is a doctor, no physician), alter/change (alter a dress: tailor it; alter a cat).
 */
const PAIRS: readonly (readonly [string, string])[] = [
  // Verbs.
  ['fix', 'repair'], ['mend', 'repair'], ['fix', 'mend'], ['buy', 'purchase'], ['start', 'begin'], ['begin', 'commence'],
  ['start', 'commence'], ['help', 'assist'], ['choose', 'select'],
  ['build', 'construct'], ['use', 'utilize'], ['need', 'require'], ['try', 'attempt'], ['answer', 'reply'],
  ['forbid', 'prohibit'], ['hide', 'conceal'], ['calculate', 'compute'],
  // Adjectives and adverbs.
  ['big', 'large'], ['hard', 'difficult'], ['sick', 'ill'], ['cheap', 'inexpensive'], ['quick', 'fast'], ['fast', 'rapid'],
  ['whole', 'entire'], ['main', 'chief'], ['scared', 'afraid'], ['afraid', 'frightened'], ['frightened', 'scared'],
  ['obvious', 'evident'], ['maybe', 'perhaps'], ['certainly', 'surely'], ['totally', 'completely'],
  ['entirely', 'completely'], ['quickly', 'rapidly'],
  // Nouns.
  ['film', 'movie'], ['kid', 'child'], ['car', 'automobile'], ['mistake', 'error'],
  ['phone', 'telephone'], ['sofa', 'couch'],
];

const LISTED: ReadonlySet<string> = new Set(PAIRS.flatMap(([a, b]) => [`${a}/${b}`, `${b}/${a}`]));

/** The listed pairs, for tests. */
export const EVERYDAY_SYNONYM_PAIRS: readonly (readonly [string, string])[] = PAIRS;

/** Whether some lemma of one word and some lemma of the other are a listed pair (fixes/repairing: fix/repair). */
export function isEverydaySynonym(leftLemmas: readonly string[], rightLemmas: readonly string[]): boolean {
  return leftLemmas.some((left) => rightLemmas.some((right) => LISTED.has(`${left}/${right}`)));
}
