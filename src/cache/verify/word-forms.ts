/**
 * Word-form rules of the verifier: British/American spelling and typos. Inflection is the lemmatizer's
 * (see lexicon.ts). These rules are only ever asked about plain prose words, never code, URLs or identifiers.
 */

/**
 * Whether two lowercase words differ by one British/American spelling pattern (colour/color, analyse/analyze).
 * The pattern alone also matches two different words (timbre/timber, mourning/morning, canoes/canes): when both
 * forms are words, the caller also requires a shared WordNet sense or a listed pair (src/util/british-american.ts).
 */
export function isSpellingVariant(left: string, right: string): boolean {
  if (left === right || left.length < 4 || right.length < 4 || Math.max(left.length, right.length) < 5) return false;
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

/**
 * Whether two words differ by a classical digraph (anaemia/anemia, foetus/fetus): a spelling of one word only
 * when WordNet keeps no sense for one that the other lacks (daemon/demon, aether/ether name different things).
 */
export function isDigraphVariant(left: string, right: string): boolean {
  return swapsTo(left, right, 'ae', 'e') || swapsTo(right, left, 'ae', 'e') || swapsTo(left, right, 'oe', 'e') || swapsTo(right, left, 'oe', 'e');
}

/**
 * Whether `misspelt` is `word` with one slip of typing of the kinds spellers make and coined names rarely are
 * (measured on 78k common English misspellings and 1,174 package names one edit from a word, README "How hits
 * are verified"): `swap` — two adjacent letters swapped ("recieve"), the last two only in a word of
 * LAST_SWAP_LENGTH letters or more ("lenght"; not "venmo"/"venom"); `double` — a letter doubled or undoubled ("adress", "programer"); `drop` — one letter left
 * out inside a word of DROP_LENGTH letters or more ("enviroment", "temprature"), not its first or last letter
 * ("canva"/"canvas"); not a doubled first letter ("ttest"); `vowel` — one vowel for another inside a word of
 * VOWEL_LENGTH letters or more, before its last three letters ("definately"). Other substitutions
 * ("subnet"/"subset", "pydantic"/"pedantic", "okta"/"okra"), added letters ("upsert"/"upset", "axios"/"axis";
 * in long words too: "coinfection"/"confection", "nephrostomy"/"nephrotomy", terms the vocabulary lacks) and a
 * changed hyphen ("re-sign"/"resign") are never typos: names and terms are mostly made that way. Both words
 * lowercase letters only.
 */
export function typingSlip(misspelt: string, word: string): 'swap' | 'double' | 'drop' | 'vowel' | undefined {
  if (!/^\p{Ll}+$/u.test(misspelt) || !/^\p{Ll}+$/u.test(word) || misspelt === word) return undefined;
  if (misspelt.length === word.length) {
    const at = [...misspelt].findIndex((letter, index) => letter !== word[index]);
    const swapped = misspelt[at] === word[at + 1] && misspelt[at + 1] === word[at] && misspelt.slice(at + 2) === word.slice(at + 2);
    if (swapped) return at + 2 < word.length || word.length <= 3 || word.length >= LAST_SWAP_LENGTH ? 'swap' : undefined;
    // One vowel for another inside a long word ("definately", "existance"): how unstressed vowels are misspelt.
    // Not in the last three letters, where other languages and coined names change a word's ending:
    // referentiel/referential, containor/container, schedular/scheduler.
    const vowel = VOWELS.includes(misspelt[at]!) && VOWELS.includes(word[at]!) && misspelt.slice(at + 1) === word.slice(at + 1);
    return vowel && word.length >= VOWEL_LENGTH && at > 0 && at < word.length - 3 ? 'vowel' : undefined;
  }
  const [longer, shorter] = misspelt.length > word.length ? [misspelt, word] : [word, misspelt];
  if (longer.length !== shorter.length + 1) return undefined;
  const at = [...shorter].findIndex((letter, index) => letter !== longer[index]);
  const index = at === -1 ? shorter.length : at;
  if (longer.slice(0, index) + longer.slice(index + 1) !== shorter) return undefined;
  // A doubled first letter is how names are made ("ttest", "mmap", "llama"), rarely a slip (0.3% of the slips
  // among 89k common misspellings).
  if (longer[0] === longer[1] && index <= 1) return undefined;
  if (longer[index] === longer[index - 1] || longer[index] === longer[index + 1]) return 'double';
  const dropped = longer === word;
  return dropped && word.length >= DROP_LENGTH && index > 0 && index < word.length - 1 ? 'drop' : undefined;
}

/** A dropped letter is a typo only in words this long: short names are one letter from many words ("bson"/"bison"). */
const DROP_LENGTH = 8;
/**
 * The last two letters swapped are a typo in words this long ("lenght"; not "venmo"/"venom"): of the 24,069
 * lowercase names among the npm packages and the 15,000 most downloaded PyPI packages that are no word, 5 are
 * an English word of six letters or more with its last two swapped (commist, modesl…), against 930 of 83k
 * common misspellings.
 */
const LAST_SWAP_LENGTH = 6;
/**
 * One vowel for another (not the first letter, nor one of the last three) is a typo in words this long: 16 of
 * those 24,069 names ("pasition", "logestic"; 26 with the last three letters, such as "containor") against
 * thousands of the 83k misspellings ("definately", "existance", "seperate").
 */
const VOWEL_LENGTH = 8;
const VOWELS = 'aeiou';

/**
 * Suffixes that turn a word into a coined one: a form with a dropped letter that is a word plus one of these is
 * a new word, not a typo ("memo" + "ization": "memoization"/"memorization").
 */
export const DERIVATIONAL_SUFFIXES: readonly string[] = [
  'ization', 'isation', 'ing', 'ed', 'er', 'ers', 'es', 's', 'ly', 'ize', 'ise', 'ify', 'less', 'ness', 'ment',
  'able', 'ible', 'ful', 'ish', 'ist', 'ism', 'y',
];

function swapsTo(from: string, to: string, british: string, american: string): boolean {
  let index = from.indexOf(british);
  while (index !== -1) {
    if (from.slice(0, index) + american + from.slice(index + british.length) === to) return true;
    index = from.indexOf(british, index + 1);
  }
  return false;
}
