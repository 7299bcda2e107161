import { caseStyleOf } from './case-folding.ts';
import { ARTICLES, FUNCTION_WORDS, NUMBER_WORDS } from './closed-lists.ts';
import { isInvariantNoun } from './noun-number.ts';
import { cardinalValue } from './number-words.ts';
import type { Lexicon } from './lexicon.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

const QUANTITY_AFTER_A = new Set(['few', 'little']);
/** Keywords of code that take a value after them, typed in lowercase. */
const VALUE_KEYWORDS: ReadonlySet<string> = new Set(['return', 'yield', 'throw', 'raise', 'await', 'del', 'puts', 'echo', 'assert', 'print']);
/** Share of a text's words (names and articles aside) that must be English for its a/an/the to be articles. */
const ENGLISH_SHARE = 0.75;
/** Words looked at (among at most four times as many tokens) to tell whether a text is English: the start of a 100 KB document says enough. */
const ENGLISH_SAMPLE = 400;

/**
 * Marks the a/an/the of a side that are no English articles, so that adding or dropping one is not accepted
 * as an article: the letter A inside a mixed-case sentence ("hepatitis A", "A minor", "Plan A"), "a" before
 * few/little ("a few students" are some, "few students" hardly any), every one of a text that does not look
 * English — fewer than three in four of its words in the lexicon ("Voy a Madrid en tren": "a" is "to") — and,
 * in a text without an English function word (of, is, what…), an "a"/"an" before a lowercase word that is no
 * English word but one of another language the embedder's vocabulary knows ("Come si dice a domani?", whose
 * other words happen to be English; "What is a tuple?" keeps its article).
 */
export function markNonArticles(side: PreparedSide, lexicon: Lexicon): PreparedSide {
  let language: { english: boolean; functionWords: boolean } | undefined;
  let mixedCase: boolean | undefined;
  let tokens: Token[] | undefined;
  side.tokens.forEach((token, index) => {
    if (token.kind !== 'word' || token.text.length > 3 || !ARTICLES.has(token.text.toLowerCase())) return;
    language ??= englishWords(side.tokens, lexicon);
    const next = side.tokens[index + 1];
    const letter = (token.text === 'A' && !token.sentenceStart && (mixedCase ??= caseStyleOf(side.tokens) === 'mixed')) || isLetterA(side, index, lexicon) || beforeLetterA(side.tokens, index) || isMentioned(side, index);
    const quantity = token.text.toLowerCase() === 'a' && next?.kind === 'word' && QUANTITY_AFTER_A.has(next.text.toLowerCase());
    // A variable named a or the, in code written inline: "print(a)", "f(a, b)", "lambda a: a * 2".
    const previous = side.tokens[index - 1];
    // And one a keyword of code takes at the end of its line ("    return a\n", "yield the": a red team on code, session 43).
    const variable =
      (previous !== undefined && previous.kind !== 'word' && /^[(,=[]$/u.test(previous.text)) ||
      (next !== undefined && next.kind !== 'word' && /^[),:=*+\-/\]]/u.test(next.text)) ||
      (previous?.kind === 'word' && previous.text.toLowerCase() === 'lambda') ||
      (previous?.kind === 'word' && VALUE_KEYWORDS.has(previous.text) && (next === undefined || next.lineStart === true));
    const foreign = !variable && !language.functionWords && next?.kind === 'word' && token.text.toLowerCase() !== 'the' && !ARTICLES.has(next.text.toLowerCase()) && /^\p{Ll}+$/u.test(next.text) && !lexicon.isWord(next.text) && lexicon.isKnownAnywhere(next.text);
    // Before a phrase of another language: "a la carte", "a las cinco", "a cappella", "a priori" (a red team on other
    // languages, session 33: "What is a la carte?" / "What is la carte?" was served as an article dropped).
    // Not an English word after it ("a battery", "a lot", "a couple of" are WordNet phrases too).
    const phrase = token.text.toLowerCase() !== 'the' && next?.kind === 'word' && (ROMANCE_ARTICLES.has(next.text) || (!lexicon.isWord(next.text.toLowerCase()) && (lexicon.hasLemma(`${token.text.toLowerCase()}_${next.text.toLowerCase()}`) || (side.tokens[index + 2]?.kind === 'word' && lexicon.hasLemma(`${token.text.toLowerCase()}_${next.text.toLowerCase()}_${side.tokens[index + 2]!.text.toLowerCase()}`)))));
    // "per" after a number: "3 a week", "$5 a kg", "100 a guest" ("3 weeks" is another question), and a variable after
    // its coefficient ("2 a squared"): a red team on numbers, session 33.
    // Only after a numeral, before a unit or a thing counted out ("a week", "a kg", "a guest") or an operator word; not
    // "Is 7 a prime number?", "Is 2024 a leap year?", "half a cup".
    const afterNumeral = previous !== undefined && (previous.kind === 'number' || (previous.kind === 'word' && (cardinalValue(previous.text) ?? 0) >= 2) || (previous.kind === 'word' && LARGE_NUMBER_WORDS.has(previous.text.toLowerCase())));
    const rate = afterNumeral && token.text.toLowerCase() !== 'the' && next?.kind === 'word' && (RATE_NOUNS.has(next.text.toLowerCase()) || VARIABLE_AFTER.has(next.text.toLowerCase()) || (next.text.toLowerCase() === 'square' && RATE_NOUNS.has(side.tokens[index + 2]?.text.toLowerCase() ?? '')));
    if (!variable && language.english && !letter && !quantity && !foreign && !phrase && !rate && !isCoefficient(side.tokens, index) && !isLetterName(side.tokens, index, lexicon)) return;
    tokens ??= [...side.tokens];
    tokens[index] = { ...token, notArticle: true };
  });
  return tokens === undefined ? side : { ...side, tokens };
}

/**
 * A lowercase "a" that is a coefficient, not an article: before a function of a variable ("a sin x", "a cos(2x)", "a log
 * x", "the Laplace transform of a sin(t)"), before a variable and an operator or a word of an expression ("a x^2", "a X
 * + b", "a x sin x", "a x squared", "a X if X …"), before a number times a variable ("a 1/x", "a 2^x") or a bracket that opens an
 * expression ("a (x + 1)^2"). Dropped, it changes the expression: "the derivative of a x^2" / "of x^2" (a red team on
 * code and math, session 54: 138 of 155 such pairs served as an article dropped). Variables are x, y, z, t, n, k, e,
 * X, Y, Z: not "a B+", "a F-1 visa", "a h-1b", "a C certification", "write a c program … in c", "a 401(k)", "a 3*3
 * matrix", "Is a cos a lettuce" (reviews of first versions).
 */
function isCoefficient(tokens: readonly Token[], index: number): boolean {
  const [next, after] = [tokens[index + 1], tokens[index + 2]];
  if (tokens[index]!.text !== 'a' || next === undefined) return false;
  const operator = (token: Token | undefined) => token !== undefined && token.kind !== 'word' && token.kind !== 'number' && OPERATORS_AFTER_VARIABLE.has(token.text);
  const variable = (token: Token | undefined) => token?.kind === 'word' && (/^[xyztnkeXYZ]$/u.test(token.text) || GREEK_LETTER.test(token.text));
  // "a 1/x", "a 2^x": one token of code, or a number, an operator and a variable.
  if (next.kind === 'code') return /^[\d.]+[/^*][a-z(]/u.test(next.text);
  // A variable with its power as one token ("a x²", "a θ²", "a x²y"; not "a m²", a square metre), a root ("a √x"), an
  // absolute value ("a |x - 1|"), a Greek variable ("a δ(t)", "a θ"): a red team of session 54's rules, session 55.
  // Each only where the term ends there, before an operator, a word of an expression or the end: "a π bond", "a χ² test",
  // "a f(x) notation", "a |pipe| character" keep their article (a review of a first version).
  const endsTerm = (token: Token | undefined) => token === undefined || token.kind !== 'word' || (MATH_CONNECTIVES.has(token.text.toLowerCase()) || MATH_FUNCTIONS.has(token.text.toLowerCase()) || DIFFERENTIAL.test(token.text) || variable(token));
  if (next.kind === 'number' && /^\p{L}[²³⁴⁵⁶⁷⁸⁹]/u.test(next.text)) return !UNIT_POWERS.test(next.text) && endsTerm(after);
  if (next.text === '√') return after !== undefined && (variable(after) || after.kind === 'number' || after.text === '(');
  if (next.text === '|') {
    for (let at = index + 2; at < Math.min(tokens.length, index + 8); at++) {
      const inner = tokens[at]!;
      if (inner.text === '|') return at > index + 2 && endsTerm(tokens[at + 1]);
      if (inner.kind === 'word' && !variable(inner) && !/^[a-z]$/u.test(inner.text)) return false;
    }
    return false;
  }
  if (next.kind === 'word' && GREEK_LETTER.test(next.text)) return endsTerm(after);
  if (after === undefined) return false;
  // A function of a variable named by one letter ("a f(x)", "a u(t)", "a p(1-p)"; not "a o(n) algorithm", "a b(2) visa")
  // and a variable raised to a power ("a r^2").
  if (next.kind === 'word' && /^[b-hj-np-z]$/u.test(next.text)) {
    if (after.text === '^' || (variable(after) && (operator(tokens[index + 3]) || tokens[index + 3] === undefined))) return true;
    const inside = tokens[index + 3];
    if (after.text === '(' && tokens[index + 4] !== undefined && (variable(inside) || (inside?.kind === 'word' && inside.text === next.text) || (inside?.kind === 'number' && tokens[index + 4]!.kind !== 'symbol') || (inside?.kind === 'number' && /^[-+*/]$/u.test(tokens[index + 4]!.text)))) {
      for (let at = index + 4; at < Math.min(tokens.length, index + 12); at++) if (tokens[at]!.text === ')') return endsTerm(tokens[at + 1]);
      return false;
    }
  }
  // "a x1 + x2": an indexed variable before an operator and another term (not "a l4-l5 disc", "a c5-c6 herniation").
  const indexed = (token: Token | undefined) => token?.kind === 'number' && /^[a-z]\d+$/u.test(token.text);
  if (next.kind === 'number') return (/^[/^*]$/u.test(after.text) && (variable(tokens[index + 3]) || tokens[index + 3]?.text === '(')) || (indexed(next) && /^[+*/^=×·]$/u.test(after.text) && (indexed(tokens[index + 3]) || variable(tokens[index + 3])));
  if (next.text === '(') return (variable(after) || after.kind === 'number') && operator(tokens[index + 3]);
  if (variable(next)) {
    if (operator(after) || (after.kind === 'word' && (MATH_FUNCTIONS.has(after.text.toLowerCase()) || MATH_CONNECTIVES.has(after.text.toLowerCase()) || DIFFERENTIAL.test(after.text)))) return true;
    // A product of variables: "a x e^x", "a x y".
    if (variable(after) && (operator(tokens[index + 3]) || tokens[index + 3] === undefined)) return true;
    // A random variable named again soon after: "the standard deviation of a X if X has variance 4".
    if (!/^[XYZ]$/u.test(next.text)) return false;
    for (let at = index + 2; at < Math.min(tokens.length, index + 2 + VARIABLE_REACH); at++) if (tokens[at]!.kind === 'word' && tokens[at]!.text === next.text) return true;
    return false;
  }
  // "a sin x", "a cos(2x)", "a log 2"; not "get a tan (naturally)".
  const inBracket = tokens[index + 3];
  const argument = after.text === '(' ? inBracket !== undefined && (inBracket.kind !== 'word' || /^\p{Ll}{1,3}$/u.test(inBracket.text)) : operator(after) || after.kind === 'number' || variable(after);
  return next.kind === 'word' && MATH_FUNCTIONS.has(next.text.toLowerCase()) && argument;
}
/**
 * A lowercase "a" that names something, in text typed in lowercase: a blood type ("can a negative donate to ab
 * positive"), amperes after a number ("can a 15 a breaker handle a heater", "is 5 a too much for usb"), a share class or
 * another letter before a plural, which no article stands before ("do a shares have voting rights"). A red team on
 * entities and units, session 54: 28 such pairs served as an article dropped.
 */
function isLetterName(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const [previous, next] = [tokens[index - 1], tokens[index + 1]];
  if (tokens[index]!.text !== 'a' || next?.kind !== 'word') return false;
  const word = next.text.toLowerCase();
  if (previous?.kind === 'number' && AMPERE_AFTER.has(word)) return true;
  const blood = BLOOD_SIGNS.has(word);
  if (!blood && (!word.endsWith('s') || word.endsWith('ics') || isInvariantNoun(word))) return false;
  // Not a word that modifies a noun after it ("a positive test result", "a savings account"): read only here, where
  // the word could name a type or a class, not for every article.
  const after = tokens[index + 2];
  // A word of the lexicon with no tagged use, or a name with capitals and lowercase (not an acronym or a ticker: "are a
  // shares NYSE listed"), reads as a noun ("a sales rep", "a pandas DataFrame":
  // a review of session 54's rules, session 55); another unknown word, a typo or a ticker, as none ("do a shares
  // recieve dividends", "are a shares googl better").
  const afterWord = after?.kind === 'word' ? after.text.toLowerCase() : undefined;
  const acronym = after?.kind === 'word' && /^\p{Lu}{2,}$/u.test(after.text);
  const nounShare = afterWord !== undefined && !FUNCTION_WORDS.has(afterWord) && !acronym ? (lexicon.nounShare(afterWord) ?? (lexicon.isWord(afterWord) || /\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}/u.test(after!.text) ? 1 : 0)) : 0;
  if (blood) return nounShare < 0.2 && speaksOfBlood(tokens);
  const singular = nounShare < 0.5 ? lexicon.singular(word) : undefined;
  return singular !== undefined && singular !== word;
}
/** Whether the text names blood, donors or a blood type's letters (read once per token list). */
function speaksOfBlood(tokens: readonly Token[]): boolean {
  let blood = BLOOD.get(tokens);
  if (blood === undefined) BLOOD.set(tokens, (blood = tokens.some((token) => token.kind === 'word' && BLOOD_CUES.has(token.text.toLowerCase()))));
  return blood;
}
const BLOOD = new WeakMap<readonly Token[], boolean>();
const BLOOD_SIGNS: ReadonlySet<string> = new Set(['positive', 'negative', 'pos', 'neg']);
const BLOOD_CUES: ReadonlySet<string> = new Set(['blood', 'donate', 'donates', 'donor', 'donors', 'donating', 'transfusion', 'recipient', 'ab', 'rh']);
/** Words after "a" that make it amperes after a number: "15 a breaker", "5 a too much". */
const AMPERE_AFTER: ReadonlySet<string> = new Set([
  'breaker', 'breakers', 'fuse', 'fuses', 'circuit', 'circuits', 'charger', 'chargers', 'outlet', 'outlets', 'plug', 'plugs', 'cable', 'cables',
  'wire', 'wires', 'socket', 'sockets', 'too', 'enough', 'max', 'maximum', 'draw', 'load', 'current', 'rated', 'usb',
]);
/** One Greek letter, a variable's name: "θ", "δ". */
const GREEK_LETTER = /^\p{Script=Greek}$/u;
/** Units written with a power, after which "a" is one ("a m²" is a square metre). */
const UNIT_POWERS = /^(?:m|cm|mm|km|ft|in|yd|mi|s)[²³]$/u;
/** A differential after a variable: "a x dx". */
const DIFFERENTIAL = /^d[a-z\p{Script=Greek}]$/u;
/** How many tokens after "a X" are read for the variable named again. */
const VARIABLE_REACH = 12;
/** Functions of a variable, written before it: "sin x", "log(x)". */
const MATH_FUNCTIONS: ReadonlySet<string> = new Set([
  'sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'sinh', 'cosh', 'tanh', 'arcsin', 'arccos', 'arctan', 'log', 'ln', 'lg', 'exp', 'sqrt',
]);
/** Words of an expression after a variable: "a X plus b", "a x squared". */
const MATH_CONNECTIVES: ReadonlySet<string> = new Set(['plus', 'minus', 'times', 'over', 'squared', 'cubed', 'divided', 'mod']);
/** Marks after a variable that make it a term of an expression (one mark each: "++" in "C++" is none). */
const OPERATORS_AFTER_VARIABLE: ReadonlySet<string> = new Set(['^', '+', '-', '*', '/', '=', '(', '²', '³', '·', '×', '−']);

/**
 * The letter A in any case, by its place: after a noun that takes a letter ("vitamin a", "hepatitis a", "CLASS A
 * FELONY", "blood type a", "plan a") — one of LETTER_LABELS or a word WordNet lists only as a noun — or where no
 * noun can follow, at the end of a clause or before a function word ("the a in vitamin a").
 */
function isLetterA(side: PreparedSide, index: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  if (tokens[index]!.text.toLowerCase() !== 'a' || tokens[index]!.sentenceStart) return false;
  const [previous, next] = [tokens[index - 1], tokens[index + 1]];
  // No article follows an article or a possessive: "an a minor chord", "the a train", "my a tag" (a red team, session 35:
  // "how do i play an a minor chord" / "… a minor chord" was served as an article dropped).
  // Not "a a": the same article typed twice ("What is a a good workout?").
  if (previous?.kind === 'word' && !tokens[index]!.expanded && side.breaks[index] !== 1 && previous.text !== 'a' && BEFORE_LETTER.has(previous.text.toLowerCase())) return true;
  if (next === undefined || side.breaks[index + 1] === 1 || (next.kind === 'word' && FUNCTION_WORDS.has(next.text.toLowerCase()) && !ARTICLE_MODIFIERS.has(next.text.toLowerCase()) && !ARTICLES.has(next.text.toLowerCase()))) return true;
  if (previous?.kind !== 'word' || side.breaks[index] === 1) return false;
  const noun = previous.text.toLowerCase();
  return LETTER_LABELS.has(noun) || (!FUNCTION_WORDS.has(noun) && !NUMBER_WORDS.has(noun) && lexicon.isOnlyNoun(noun));
}
/** Words after which an "a" is the letter: an article or a possessive. */
const BEFORE_LETTER: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'which', 'this', 'that', 'every', 'any', 'no', 'each', 'whose', 'some']);

/**
 * The article before a lowercase letter a ("an a minor chord", "the a train"): dropped, the letter left reads as the
 * article ("a minor chord").
 */
function beforeLetterA(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  // In lowercase only: "an A in calculus" / "A in calculus" keep the letter, which the case shows.
  return ARTICLES.has(tokens[index]!.text.toLowerCase()) && tokens[index]!.text !== 'a' && next?.kind === 'word' && next.text === 'a' && !next.sentenceStart;
}

/**
 * "the" or "an" where no noun can follow: before a preposition, a conjunction or a form of "be", or at a clause's end —
 * the word itself is asked about ("How do you write the in cursive?", "… sign the in ASL?", "How do you say an?").
 */
function isMentioned(side: PreparedSide, index: number): boolean {
  const token = side.tokens[index]!;
  const lower = token.text.toLowerCase();
  if (lower === 'a' || token.expanded) return false;
  const next = side.tokens[index + 1];
  if (next === undefined || side.breaks[index + 1] === 1) return index > 0;
  // Typed in capitals or before what names it, the word after is a name of code: "the IF function", "the for loop",
  // "the in operator", "the with statement".
  if (next.kind !== 'word' || next.text !== next.text.toLowerCase() || NAMED_KEYWORD.has(side.tokens[index + 2]?.text.toLowerCase() ?? '')) return false;
  // "the at sign", "the in-laws": a name with the word in it; not "sign the in sign language".
  if (NAMED_WITH_WORD.has(side.tokens[index + 2]?.text.toLowerCase() ?? '') && side.tokens[index + 3]?.text.toLowerCase() !== 'language') return false;
  return NO_NOUN_AFTER.has(next.text);
}
/** Nouns after a keyword that name it: "the for loop", "the in operator", "the AND function". */
const NAMED_KEYWORD: ReadonlySet<string> = new Set([
  'loop', 'loops', 'statement', 'statements', 'operator', 'operators', 'function', 'functions', 'keyword', 'keywords', 'clause', 'clauses', 'method',
  'methods', 'command', 'commands', 'block', 'blocks', 'condition', 'conditions', 'expression', 'expressions', 'syntax', 'construct', 'comprehension',
  'gate', 'gates', 'query', 'queries', 'join', 'joins', 'tag', 'tags', 'element', 'elements', 'formula', 'formulas', 'check', 'test', 'case', 'cases',
  'branch', 'symbol', 'modifier', 'directive', 'filter', 'logic', 'rule', 'rules', 'option', 'flag', 'argument',
]);
/** What a preposition names with it after "the": the at sign, the in-laws, the and key. */
const NAMED_WITH_WORD: ReadonlySet<string> = new Set(['sign', 'symbol', 'key', 'button', 'character', 'laws', 'law', 'crowd', 'thing']);
/** Words no article stands before. */
const NO_NOUN_AFTER: ReadonlySet<string> = new Set(['in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'of', 'into', 'onto', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'as', 'than', 'if', 'an']);

/** Nouns a letter names the kind of ("class A", "type A", "plan A"): all are verbs too, so the lexicon's noun-only test misses them. */
const LETTER_LABELS: ReadonlySet<string> = new Set([
  'class', 'type', 'plan', 'grade', 'group', 'section', 'exhibit', 'side', 'part', 'level', 'tier', 'category', 'option', 'choice',
  'step', 'phase', 'size', 'series', 'schedule', 'list', 'team', 'division', 'model', 'version', 'item', 'point', 'block', 'wing',
  'gate', 'zone', 'floor', 'unit', 'line', 'track', 'batch', 'sample', 'cell', 'box', 'rating', 'flu', 'strep', 'form', 'round', 'hep',
]);
/**
 * Numerals in words before a rate's "a" are number-words.ts's cardinals from two ("three a day"; not "one": "one a day"
 * is a brand; not "half", "once", "first") and these.
 */
const LARGE_NUMBER_WORDS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million']);
/** What a rate is per, beyond the lexicon's units: a time, an occasion, a person, a thing counted out. */
const RATE_NOUNS: ReadonlySet<string> = new Set([
  'second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'year', 'quarter', 'semester', 'term', 'season', 'session', 'serving',
  'dose', 'meal', 'class', 'lesson', 'visit', 'shift', 'game', 'person', 'guest', 'head', 'share', 'plate', 'ticket', 'unit', 'piece', 'item',
  'page', 'word', 'mile', 'km', 'kilometer', 'kilometre', 'kg', 'kilo', 'lb', 'pound', 'ounce', 'oz', 'gallon', 'liter', 'litre', 'feet', 'inch',
  'box', 'bag', 'bottle', 'pack', 'can', 'dozen', 'acre', 'foot', 'meter', 'metre', 'yard', 'hectare', 'room', 'seat', 'user', 'license', 'click',
]);
/** Words after a variable "a" behind its coefficient: "2 a squared", "5 a times 3". */
const VARIABLE_AFTER: ReadonlySet<string> = new Set(['squared', 'cubed', 'plus', 'minus', 'times']);
/** Articles of Spanish, French and Italian, after which an "a" opens a phrase of that language ("a la carte", "a los 30"). */
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(['la', 'las', 'los', 'le', 'les', 'el', 'lo', 'il']);
/** Function words an article can precede: "a very", "a little", "a so-called". */
const ARTICLE_MODIFIERS: ReadonlySet<string> = new Set(['very', 'so', 'more', 'less', 'few', 'little', 'lot', 'bit', 'too']);

// Whether at least three in four of the words (articles and names aside) are English, and whether any is an
// English function word.
function englishWords(tokens: readonly Token[], lexicon: Lexicon): { english: boolean; functionWords: boolean } {
  let words = 0;
  let english = 0;
  let functionWords = false;
  for (let index = 0; index < tokens.length && index < ENGLISH_SAMPLE * 4 && words < ENGLISH_SAMPLE; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    const lower = token.text.toLowerCase();
    // Names (capitalised inside a sentence) belong to no language.
    if (ARTICLES.has(lower) || !/^\p{L}+$/u.test(token.text) || (!token.sentenceStart && /^\p{Lu}/u.test(token.text))) continue;
    words++;
    if (lexicon.isWord(lower)) english++;
    if (FUNCTION_WORDS.has(lower)) functionWords = true;
  }
  return { english: english >= words * ENGLISH_SHARE, functionWords };
}
