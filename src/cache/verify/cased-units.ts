/**
 * Unit symbols whose capital is their meaning wherever they stand: a mega or peta prefix before a unit whose lowercase
 * m or p is milli or pico (Mbar, MPa, Mohm, Mg, Mm, Mpc), and the food Calorie ("Cal", a kilocalorie, against "cal").
 * Read by the case folds (case-folding.ts) and by the sentence-start lowercasing of the tokenizer (verify-tokens.ts): a
 * red team on units (session 38) was served "How many joules are in a Cal?" for "… a cal?" (4,184 J against 4.184 J)
 * and "Which is bigger?\nMm\nkm" for "…\nmm\nkm".
 */
export function casedUnit(text: string): boolean {
  return text === 'Cal' || (/^[MP]/u.test(text) && PREFIXED_UNIT.test(text.slice(1)));
}

/**
 * A cased unit that may also open a sentence as a word of its own (Ma, Ms, Pa, Ps: "Ma, where is it?", "Ps: thanks"):
 * there the capital may be the sentence's.
 */
export function casedUnitAtSentenceStart(text: string): boolean {
  return casedUnit(text) && !SENTENCE_WORDS.has(text);
}

/** Units after a mega or peta prefix, whose lowercase m or p is milli or pico: Mbar, MPa, Mohm, MHz, PW, Mrad, Mgal. */
const PREFIXED_UNIT = /^(?:bar|pa|ohms?|wh?|we|j|g|rad|gal|torr|va|var|mol|ev|bq|gy|sv|v|a|n|l|s|m|cal|joules?|watts?|tonnes?|pc)$/iu;
const SENTENCE_WORDS: ReadonlySet<string> = new Set(['Ma', 'Ms', 'Pa', 'Ps', 'Mn', 'Mv', 'Pm']);
