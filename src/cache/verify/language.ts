import { FUNCTION_WORDS } from './closed-lists.ts';
import type { PreparedSide } from './prepare-tokens.ts';

/**
 * Whether a side's text looks English, once per prepared side: elsewhere a word that happens to be spelled like an
 * English one is no English inflection ("¿Qué come?" / "¿Qué comes?" is "what does he eat" / "what do you eat").
 * Not English: a Spanish inverted mark, or function words of Spanish, Portuguese, French, Italian or German
 * outnumbering the English ones ("O que come ao almoço?", "Como come?"). Function
 * words, not a share of dictionary words: technical English is full of words no dictionary has ("centre a div").
 */
export function looksEnglish(side: PreparedSide): boolean {
  let english = LOOKS_ENGLISH.get(side);
  if (english === undefined) {
    let foreign = 0;
    let native = 0;
    let inverted = false;
    for (const token of side.raw.length > SAMPLE_TOKENS ? side.raw.slice(0, SAMPLE_TOKENS) : side.raw) {
      if (token.text === '¿' || token.text === '¡') inverted = true;
      if (token.kind !== 'word') continue;
      const lower = token.text.toLowerCase();
      if (FUNCTION_WORDS.has(lower)) native++;
      else if (FOREIGN_FUNCTION_WORDS.has(lower)) foreign++;
    }
    // Only inflection depends on it (StructuralVerifier), so "MIT license" read as German costs little.
    english = !inverted && foreign <= native;
    LOOKS_ENGLISH.set(side, english);
  }
  return english;
}
const LOOKS_ENGLISH = new WeakMap<PreparedSide, boolean>();
/** Function words of the languages English-speaking traffic mixes in most, none of them an English word too. */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'el', 'la', 'los', 'las', 'del', 'al', 'de', 'que', 'qué', 'en', 'es', 'está', 'por', 'para', 'con', 'una', 'uno', 'como', 'cómo', 'cuál', 'cuánto', 'cuándo', 'cuando', 'dónde', 'donde',
  'porque', 'pero', 'muy', 'más', 'y', 'mi', 'mí', 'tu', 'tú', 'te', 'ti', 'yo', 'él', 'ella', 'su', 'se', 'lo', 'le', 'hoy', 'siempre', 'también', 'nunca',
  'o', 'ao', 'os', 'as', 'da', 'das', 'dos', 'um', 'uma', 'não', 'é', 'em', 'na', 'no', 'com', 'ou', 'você',
  'les', 'des', 'est', 'une', 'et', 'avec', 'pour', 'dans', 'pas', 'ce', 'cette', 'qui', 'je', 'il', 'elle', 'vous', 'nous', 'sur', 'où',
  'che', 'di', 'per', 'non', 'gli', 'della', 'sono', 'questo',
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'ich', 'sie', 'wie', 'was', 'für', 'auf', 'zu',
].filter((word) => !FUNCTION_WORDS.has(word)));
/** Tokens looked at: the start of a 100 KB document says enough of its language. */
const SAMPLE_TOKENS = 1_600;
