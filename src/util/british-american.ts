import { createRequire } from 'node:module';

/**
 * British and American spellings of one word (tyre/tire, grey/gray, colour/color, travelled/traveled), from the
 * npm package `american-british-english-translator` (its `data/british_spellings.json`: 1,738 British forms with
 * their American one, inflected forms included). Chosen over extending word-forms.ts's patterns by hand: most
 * such pairs follow no pattern (tyre, grey, mould, aluminium, pyjamas, sceptical, jewellery, plough, cosy), and the
 * list already holds every pair the patterns were written for.
 *
 * EXCLUDED are the list's pairs that name two different things (tonne/ton are different weights, philtre is no
 * filter, gasses and bussing are verbs, bevvy is a drink and bevy a group, a gage is a pledge, Prolog is a
 * programming language, a groin is a body part, Greys is a show) or are not one word's two forms
 * (tranquilly/tranquility). ADDED are common pairs the package keeps among its words of
 * different meanings instead, because one of the two has other senses too (check, curb, story, mom): between
 * two prompts that differ only there, the British form names the sense both share.
 */
const EXCLUDED: ReadonlySet<string> = new Set([
  'tonne', 'tonnes', 'philtre', 'philtres', 'gases', 'bevvy', 'bevvies', 'tranquilly', 'pummelled', 'pummelling', 'busing',
  'gauge', 'gauged', 'gauges', 'gauging', 'snowploughs', 'prologue', 'prologues', 'groyne', 'groynes', 'greys',
]);

/** Forms that are never read through their lemma as a spelling: draughts is a game (checkers), drafts are not. */
const NOT_THROUGH_LEMMA: ReadonlySet<string> = new Set(['draughts']);

/** Whether `word` may be compared as a spelling through its lemma (draughts may not). */
export function spellsThroughLemma(word: string): boolean {
  return !NOT_THROUGH_LEMMA.has(word);
}

const ADDED: ReadonlyArray<readonly [british: string, american: string]> = [
  ['cheque', 'check'], ['cheques', 'checks'], ['chequing', 'checking'], ['kerb', 'curb'], ['kerbs', 'curbs'], ['kerbside', 'curbside'],
  ['storey', 'story'], ['storeys', 'stories'], ['doughnut', 'donut'], ['doughnuts', 'donuts'], ['mum', 'mom'], ['mums', 'moms'],
  ['learnt', 'learned'], ['dreamt', 'dreamed'], ['burnt', 'burned'], ['leapt', 'leaped'], ['spoilt', 'spoiled'],
];

let table: ReadonlyMap<string, string> | undefined;

/** The American form of each British one, lowercase. Loaded on first use (a 52 KB JSON file). */
function britishToAmerican(): ReadonlyMap<string, string> {
  if (table) return table;
  const listed = createRequire(import.meta.url)('american-british-english-translator/data/british_spellings.json') as Record<string, string>;
  const map = new Map<string, string>();
  for (const [british, american] of Object.entries(listed)) {
    if (!EXCLUDED.has(british) && british !== american) map.set(british.toLowerCase(), american.toLowerCase());
  }
  for (const [british, american] of ADDED) map.set(british, american);
  table = map;
  return map;
}

/** The American spelling of each lowercase British one (tyre → tire): a map to read per token without a call. */
export function americanSpellings(): ReadonlyMap<string, string> {
  return britishToAmerican();
}

let prefixes: ReadonlySet<string> | undefined;

/**
 * Whether `word` may be a listed form or an inflection of one: its first PREFIX_LENGTH letters begin some listed
 * British or American form. Most pairs of words a verification compares are unrelated: this spares them the
 * lemma lookups of the comparison through lemmas.
 */
export function mayBeListed(word: string): boolean {
  if (prefixes === undefined) {
    const set = new Set<string>();
    for (const [british, american] of britishToAmerican()) {
      set.add(british.slice(0, PREFIX_LENGTH));
      set.add(american.slice(0, PREFIX_LENGTH));
    }
    prefixes = set;
  }
  return prefixes.has(word.slice(0, PREFIX_LENGTH));
}
const PREFIX_LENGTH = 3;

/** Whether two lowercase words are one word's British and American spellings (either way round). */
export function isBritishAmericanSpelling(left: string, right: string): boolean {
  const american = britishToAmerican();
  return american.get(left) === right || american.get(right) === left;
}

/**
 * British forms whose American spelling also names something else (story: a tale; check: a test; curb: to
 * restrain; tire: to weary): asked to define one, the two forms ask for two definitions ("What is a storey?" / "What is a story?").
 */
const SPLIT_IN_DEFINITIONS: ReadonlySet<string> = new Set(['storey', 'cheque', 'kerb', 'draught', 'programme', 'metre', 'mum', 'disc', 'tyre']);

/** Whether two lowercase lemmas are such a pair (either way round). */
export function splitsInDefinition(left: string, right: string): boolean {
  const american = britishToAmerican();
  return (SPLIT_IN_DEFINITIONS.has(left) && american.get(left) === right) || (SPLIT_IN_DEFINITIONS.has(right) && american.get(right) === left);
}
