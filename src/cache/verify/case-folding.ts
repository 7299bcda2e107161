import type { Hunk } from './align.ts';
import { FUNCTION_WORDS, PROGRAMMING_NAMES, QUESTION_WORDS, REQUEST_VERBS } from './closed-lists.ts';
import { aboutCode, languageAfterIntroducer, languageNameAt } from './identifier-position.ts';
import type { Lexicon } from './lexicon.ts';
import { casedUnit, casedUnitAtSentenceStart } from './cased-units.ts';
import { mentionsAny } from './token-scan.ts';
import { isLoneCapital, type Token } from './verify-tokens.ts';

/** Two-letter abbreviations whose case says nothing ("dr smith" = "Dr Smith"), unlike a symbol's (Co, Hf). */
const TITLES: ReadonlySet<string> = new Set(['Dr', 'Mr', 'Ms', 'St', 'Mt', 'Jr', 'Sr', 'Lt', 'Ft', 'Rd', 'No', 'Vs', 'Ok', 'Oh', 'Hi']);
/** The longest token whose inner capital is a symbol's (mW, kWh, MiB) rather than a name's (YouTube, PayPal). */
const SYMBOL_LENGTH = 4;

/**
 * A text typed all in lowercase, in capitals or in Title Case says nothing through the case of its words, so
 * both sides are compared without case — except acronyms of the other side ("US" stays "US"), so "the us
 * economy" still differs from "the US economy". Returns the folded tokens, or undefined when neither side is styled.
 */
export function foldWholeTextCase(typedBefore: Token[], typedAfter: Token[], lexicon: Lexicon, foreign: () => boolean = () => false): { before: Token[]; after: Token[] } | undefined {
  const before = languageNamesFolded(typedBefore);
  const after = languageNamesFolded(typedAfter);
  return foldCase(before, after, lexicon, foreign) ?? (before !== typedBefore || after !== typedAfter ? { before, after } : undefined);
}

/**
 * A language's name after an introducer, whatever its case: "in Java" is "in java", "using Go" "using go" (an
 * over-refusal study, session 43: 120 of 667 near-duplicates typed with a lowercase name refused, since java, go and
 * swift are words of their own). Against a text typed all in lowercase, any language's name after one (see fold);
 * between two sides whose case is their own, only CASELESS_LANGUAGE_NAMES: a letter's case stays evidence ("a prelude
 * in c" is in C minor) and so does a gem's or a person's ("the red in ruby").
 */
function languageNamesFolded(tokens: Token[]): Token[] {
  // A query's tokens are verified against each candidate: read once.
  const known = LANGUAGE_NAMES_FOLDED.get(tokens);
  if (known !== undefined) return known;
  let folded: Token[] | undefined;
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    // Most words open in lowercase: nothing to fold, nothing to lowercase.
    const first = token.key.charCodeAt(0);
    if (first < 0x41 || first > 0x5a || !CASELESS_LANGUAGE_NAMES.has(token.key.toLowerCase()) || !languageNameAt(tokens, index)) continue;
    folded ??= [...tokens];
    folded[index] = { ...token, key: token.key.toLowerCase() };
  }
  LANGUAGE_NAMES_FOLDED.set(tokens, folded ?? tokens);
  return folded ?? tokens;
}
const LANGUAGE_NAMES_FOLDED = new WeakMap<Token[], Token[]>();

/** A word of two or more capitals (digits allowed after the first): an acronym, "HTTP2". */
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

/** Languages' names no gem, person or place shares after "in" ("the red in ruby", "the weather in Crystal"): not c, r, ruby, julia or crystal. */
const CASELESS_LANGUAGE_NAMES: ReadonlySet<string> = new Set(['go', 'golang', 'rust', 'swift', 'dart', 'elixir', 'node', 'java', 'kotlin', 'python', 'react', 'scala', 'haskell', 'perl', 'lua']);

function foldCase(before: Token[], after: Token[], lexicon: Lexicon, foreign: () => boolean): { before: Token[]; after: Token[] } | undefined {
  const styled = (tokens: Token[]) => caseStyleOf(tokens) !== 'mixed';
  const beforeStyled = styled(before);
  const afterStyled = styled(after);
  if (!beforeStyled && !afterStyled) return foldLoweredNames(before, after, lexicon, foreign);
  // New tokens: the query's prepared tokens are reused across candidates.
  // On a side whose case is its own (mixed), a capital inside a sentence is evidence unless the word is only a
  // name: "Reading"/"reading", "Windows"/"windows" differ; "Paris"/"paris" do not.
  // Nor is the case of a symbol: a two-letter one inside a sentence (Co/CO, Hf), a capital after a lowercase
  // letter (mW, kWh, MiB), a data rate (MBps is megabytes, Mbps megabits), or one right after a number ("2 Gb" is gigabits, "2 GB" gigabytes); nor that of code
  // (see codeCase).
  // Against a text typed all in lowercase, a name whose lowercase form means nothing else is that name: "nasa",
  // "vpn" and "dna" can only be NASA, VPN and DNA, and "mount" before "everest" only Mount. "us", "aids", "ram"
  // and "reading" keep their case: their lowercase forms are words of their own.
  const onlyAName = (text: string) => text.length > 2 && !lexicon.hasCommonSense(text);
  const besideOnlyAName = (tokens: Token[], index: number) =>
    [tokens[index - 1], tokens[index + 1]].some((token) => token?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !token.sentenceStart && onlyAName(token.text));
  const keepsCase = (tokens: Token[], index: number, otherLower: boolean, otherCaseOwn: boolean) => {
    const token = tokens[index]!;
    const previous = tokens[index - 1];
    return (
      (/^\p{Lu}{2,}$/u.test(token.text) && !(otherLower && onlyAName(token.text))) ||
      (!token.sentenceStart && token.text !== 'I' && /^\p{Lu}/u.test(token.text) && (lexicon.hasCommonSense(token.text) || (/^\p{Lu}\p{Ll}$/u.test(token.text) && !TITLES.has(token.text))) && !(otherLower && besideOnlyAName(tokens, index))) ||
      (token.text.length <= SYMBOL_LENGTH && /\p{Ll}\p{Lu}/u.test(token.text)) ||
      // (Not against a text in capitals, which says nothing of case: "CONVERT 12 MPA TO PSI.")
      ((otherLower || otherCaseOwn) && (token.sentenceStart ? casedUnitAtSentenceStart(token.text) : casedUnit(token.text))) ||
      // Against a text typed all in lowercase, a name in camel or Pascal case that is no word of any vocabulary, after
      // a word that introduces a name of code (component, function, named, call, column, a flag), in a text about
      // code or after a word that only code's names follow ("in go why can't i call NewClient", "column OrderID"; a
      // red team, session 32), is code's:
      // "MyButton" is a React component where "mybutton" is an HTML tag, "GetUser" is exported from a Go package and
      // "getuser" is not. Not "NumPy" or "JavaScript", which the vocabularies or the programming names know in
      // lowercase, nor a brand ("a WhatsApp-style chat app", "export a OneDrive folder to Linux").
      (otherLower && /\p{Ll}\p{Lu}/u.test(token.text) && namedAsCode(previous) && (STRONG_CODE_NAME_CUES.has(previous!.text.toLowerCase()) || aboutCode(tokens) || languageAfterIntroducer(tokens)) && !lexicon.isKnownAnywhere(token.text.toLowerCase()) && !PROGRAMMING_NAMES.has(token.text.toLowerCase())) ||
      // A type or a function whose case is another one in a language, against a text typed all in lowercase about code:
      // "in java what is the default value of a Boolean field" (null) / "… boolean field" (false), Println / println
      // in Go (stdout / stderr), Dict / dict in Python's typing (a technical red team, session 32).
      (otherLower && !token.sentenceStart && CASED_CODE_NAMES.has(token.text) && (aboutCode(tokens) || languageAfterIntroducer(tokens))) ||
      // German's polite Sie/Ihr against a side whose capitals are its own: one typed all in lowercase or capitals says nothing.
      (otherCaseOwn && GERMAN_POLITE.has(token.text) && !token.sentenceStart) ||
      // A unit's symbol after a number, whose case is its meaning: two letters ("2 Gb" gigabits, "2 GB" gigabytes), or
      // mega or peta before a unit, which a lowercase m or p makes milli or pico ("12 Mbar" megabar / "12 mbar"
      // millibar, "30 MPa", "5 Mohm"; a red team, session 34), against a text typed in lowercase too. Not "5 GHz" /
      // "5 ghz" (no other unit is typed so), nor "9 Mths" or "12 Ppl" (a review, session 34).
      (previous?.kind === 'number' && /\p{Lu}/u.test(token.text) && (token.text.length <= 2 || (otherLower && casedUnit(token.text)))) ||
      // A data rate ("MBps"), a command before its flag ("Python --version" is not found where "python --version"
      // runs), an image after a Dockerfile's FROM ("FROM Ubuntu" fails), a date format's part ("what does YYYY mean in
      // a date format": week-year in Java), a letter range in brackets.
      (/\p{Lu}/u.test(token.text) && symbolOrCodeCase(tokens, index))
    );
  };
  // Title Case capitalises each word's first letter and nothing else: a word with another capital was typed so
  // ("What Does IT Mean In A Job Posting" is IT, "Convert 500 MB To Mb" megabytes to megabits), and is read as on
  // a side whose case is its own.
  // Nor German's polite "Sie"/"Ihr" inside a sentence (keepsCase): German capitalises its nouns, so "Sprechen Sie
  // Deutsch?" reads as Title Case, and "sie"/"ihr" is they or her (a red team on other languages, session 33).
  const styledWord = (tokens: Token[], style: CaseStyle, index: number, other: CaseStyle) =>
    style !== 'title' || (TITLE_CASED.test(tokens[index]!.text) && !(other === 'mixed' && GERMAN_POLITE.has(tokens[index]!.text) && !tokens[index]!.sentenceStart));
  // Against a text typed all in capitals, an acronym whose lowercase form is no word is typed as the other side types
  // it: "Explain TCP" / "EXPLAIN TCP" (a must-hit review, session 56: every acronym in a prompt typed in capitals was
  // refused as a case change). Not "US", "IT", "WHO", "ICE", "REST", which the capitals may mean as the word, nor a
  // unit after a number ("5 MW": the capitals may be mW; a review of a first version).
  const capitalsAgainstCapitals = (tokens: Token[], index: number, other: CaseStyle) => {
    const text = tokens[index]!.text;
    return other === 'upper' && ALL_CAPITALS.test(text) && !lexicon.hasCommonSense(text) && tokens[index - 1]?.kind !== 'number' && !casedUnit(text);
  };
  const fold = (tokens: Token[], style: CaseStyle, other: CaseStyle) =>
    tokens.map((token, index) =>
      token.kind === 'word' && ((other === 'lower' && languageNameAt(tokens, index)) || capitalsAgainstCapitals(tokens, index, other) || (!keptLoneCapital(tokens, index) && ((style !== 'mixed' && styledWord(tokens, style, index, other)) || !keepsCase(tokens, index, other === 'lower', other === 'mixed' || other === 'title')))) ? { ...token, key: token.key.toLowerCase() } : token,
    );
  return { before: fold(before, caseStyleOf(before), caseStyleOf(after)), after: fold(after, caseStyleOf(after), caseStyleOf(before)) };
}

/**
 * Between two sides whose case is their own, a name typed in lowercase inside a sentence on one of them: a word that
 * is only a name (its lowercase form means nothing else: Xeloda, Bayern, Dakota, Munich) is that name ("How long
 * does Glucotrol stay in your system?" / "… glucotrol …"), and so is a capitalised word beside one ("North Dakota" /
 * "north dakota"). Its key is folded on both sides where the other side holds it in lowercase. Not in a text about
 * code, where a class and an instance differ by case, nor in one of another language (`foreign`); never a word with a sense of its own (Reading/reading,
 * Turkey/turkey) or in capitals (US/us). A red team's near-duplicates, session 34: 604 of 616 refused before.
 */
function foldLoweredNames(before: Token[], after: Token[], lexicon: Lexicon, foreign: () => boolean): { before: Token[]; after: Token[] } | undefined {
  const capitalised = (token: Token | undefined): token is Token => token !== undefined && token.kind === 'word' && !token.sentenceStart && CAPITALISED_WORD.test(token.text);
  const onlyAName = (token: Token) => token.text.length > 2 && !lexicon.hasCommonSense(token.text);
  const foldable = (tokens: Token[], index: number, own: Casings, other: Casings) => {
    const token = tokens[index];
    if (!capitalised(token)) return false;
    const lower = token.text.toLowerCase();
    // In one case on each side: a text that holds both ("Println instead of println") asks about the difference.
    if (!other.lower.has(lower) || other.other.has(lower) || own.lower.has(lower)) return false;
    if (keepsOwnCase(tokens, index)) return false;
    const previous = tokens[index - 1]?.key.toLowerCase() ?? '';
    const next = tokens[index + 1]?.key.toLowerCase() ?? '';
    // A name of code before or after the word that names its kind ("the Bool type", "the Int class").
    if (CODE_NAME_CUES.has(previous) || CODE_NAME_CUES.has(next)) return false;
    if (onlyAName(token)) return true;
    return [tokens[index - 1], tokens[index + 1]].some((neighbour) => capitalised(neighbour) && onlyAName(neighbour) && other.lower.has(neighbour.text.toLowerCase()));
  };
  const fold = (tokens: Token[], own: Casings, other: Casings): Token[] | undefined => {
    let folded: Token[] | undefined;
    for (let index = 0; index < tokens.length; index++) {
      if (!foldable(tokens, index, own, other)) continue;
      folded ??= [...tokens];
      folded[index] = { ...tokens[index]!, key: tokens[index]!.key.toLowerCase() };
    }
    return folded;
  };
  // Most pairs hold no capitalised word inside a sentence: nothing to fold, nothing to count.
  if (!before.some(capitalised) && !after.some(capitalised)) return undefined;
  const beforeCasings = casingsOf(before);
  const afterCasings = casingsOf(after);
  const beforeFolded = fold(before, beforeCasings, afterCasings);
  const afterFolded = fold(after, afterCasings, beforeCasings);
  if (beforeFolded === undefined && afterFolded === undefined) return undefined;
  // Not in a text about code, nor where a word itself is asked about ("What does Stan mean?" / "… stan …": a name or slang),
  // nor in a text of another language, where the English lexicon cannot tell a name from a word: German capitalises its
  // nouns ("Ist Essen gesund?" food / "Ist essen gesund?" eating, "Weg" way / "weg" away), and a city is a word in
  // lowercase ("¿Dónde está La Paz?" / "… la paz?", "Где Орёл?" / "… орёл?"; a red team on other languages, session 37).
  if (aboutCode(before) || aboutCode(after) || asksAboutAWord(before) || asksAboutAWord(after) || foreign()) return undefined;
  return { before: beforeFolded ?? before, after: afterFolded ?? after };
}

/** A side's words in lowercase, split by whether they were typed in lowercase; once per token list (a side is compared with many candidates). */
interface Casings {
  lower: ReadonlySet<string>;
  other: ReadonlySet<string>;
}
function casingsOf(tokens: Token[]): Casings {
  let casings = CASINGS.get(tokens);
  if (casings === undefined) {
    const lower = new Set<string>();
    const other = new Set<string>();
    for (const token of tokens) if (token.kind === 'word') (token.text === token.text.toLowerCase() ? lower : other).add(token.text.toLowerCase());
    CASINGS.set(tokens, (casings = { lower, other }));
  }
  return casings;
}
const CASINGS = new WeakMap<Token[], Casings>();

/** Whether a text asks what a word means, stands for, where it comes from, how it is said or spelled, or its translation. */
function asksAboutAWord(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    if (token.kind !== 'word') return false;
    const key = token.key.toLowerCase();
    if (WORD_QUESTION_WORDS.has(key)) return true;
    // "How do you say Weg in English?", "What is the English for Sucht?", "How to say Łódź": the word is asked about
    // as typed (a red team on other languages, session 39: 2,274 such pairs served).
    const [previous, next] = [tokens[index - 1]?.key.toLowerCase(), tokens[index + 1]?.key.toLowerCase()];
    // "What is the English for Sucht?", "What is Weg in English?" (one word between "is" and "in"), not "the history
    // of Nairobi in English".
    if (key === 'english') return next === 'for' || next === 'word' || (previous === 'in' && ASKED_WORD_BEFORE.has(tokens[index - 3]?.key.toLowerCase() ?? ''));
    // "Use Essen in a sentence", "an example sentence with Mal": the word is to be used as typed.
    if (key === 'sentence' || key === 'sentences') return previous === 'example' || (previous === 'a' && tokens[index - 2]?.key.toLowerCase() === 'in');
    // "How do you say Weg in English?": one word said in a language; not "How do you say happy birthday to Emily in
    // Spanish?", nor "What did Obama say".
    return key === 'say' && tokens.slice(Math.max(0, index - 3), index).some((before) => before.key.toLowerCase() === 'how') && tokens[index + 2]?.key.toLowerCase() === 'in';
  });
}
/** Words before a word asked about in a language: "is Weg in English", "say Weg in English". */
const ASKED_WORD_BEFORE: ReadonlySet<string> = new Set(['is', "'s", 'say', 'means', 'mean', 'write', 'spell', 'pronounce']);
const WORD_QUESTION_WORDS: ReadonlySet<string> = new Set([
  'mean', 'means', 'meant', 'meaning', 'stand', 'stands', 'word', 'words', 'term', 'definition', 'define', 'origin', 'etymology',
  'pronounce', 'pronounced', 'pronunciation', 'spell', 'spelled', 'spelt', 'spelling', 'slang', 'acronym', 'abbreviation', 'short',
  // A word to translate is asked about as typed: "Translate Weg to English" (way) / "… weg …" (away).
  'translate', 'translates', 'translated', 'translating', 'translation',
  // Its grammar or its case: "Is Sucht a noun?" (addiction) / "Is sucht …?" (seeks), "Is Weg capitalized in German?".
  'noun', 'nouns', 'verb', 'verbs', 'adjective', 'adverb', 'plural', 'singular', 'gender', 'masculine', 'feminine', 'neuter', 'capitalized',
  'capitalised', 'capitalize', 'capitalise', 'capitalization', 'capitalisation', 'lowercase', 'uppercase', 'conjugate', 'conjugation',
]);

/**
 * Case that is a symbol's or code's whatever the lexicon says of the word: German's polite Sie/Ihr, a type whose case
 * is another one (Println, Boolean), a data rate, a unit's prefix after a number, a command before its flag or an image
 * after FROM, a date format's part, a letter range. Read by the fold of names typed in lowercase (foldLoweredNames).
 */
function keepsOwnCase(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  return (
    GERMAN_POLITE.has(token.text) ||
    CASED_CODE_NAMES.has(token.text) ||
    // A short word after a number is a unit's symbol more often than a name ("250 Cal" kilocalories / "250 cal").
    (previous?.kind === 'number' && token.text.length <= 4) ||
    casedUnit(token.text) ||
    symbolOrCodeCase(tokens, index)
  );
}

/**
 * Case that is a symbol's or code's in a word with a capital, for both folds (keepsCase, keepsOwnCase): a data rate
 * in bits or bytes, a command before its flag or an image after a Dockerfile's FROM (a shell and a registry match
 * names by case), a date format's part in a text about formats, a range or a letter in brackets (codeCase).
 */
function symbolOrCodeCase(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  return (
    RATE_UNIT.test(token.text) ||
    /^-{1,2}\p{L}/u.test(tokens[index + 1]?.text ?? '') ||
    tokens[index - 1]?.text === 'FROM' ||
    (DATE_FORMAT_CAPITALS.test(token.text) && speaksOfDateFormats(tokens)) ||
    codeCase(tokens, index)
  );
}
/** A word capitalised as a name is: one capital, then lowercase letters ("Xeloda", not "XML" or "iPhone"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

const GERMAN_POLITE: ReadonlySet<string> = new Set(['Sie', 'Ihr', 'Ihre', 'Ihnen', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']);

/** A capital letter standing alone, not an initial ("G in vim", not "E. coli"): its case is its meaning even in a styled text. */
function keptLoneCapital(tokens: Token[], index: number): boolean {
  return isLoneCapital(tokens[index]!.text) && tokens[index + 1]?.text !== '.';
}

/**
 * Case that is code's in a word with a capital: a part of a date or time format (the month of "yyyy-MM-dd",
 * "HH-mm"), or a range of letters or one letter inside brackets ("[A-Z]+", "[A]", "(I)"). Not "X-Forwarded-For"
 * (a header's name), "WhatsApp-style" or "sort A-Z", whose case says nothing.
 */
function codeCase(tokens: Token[], index: number): boolean {
  const { text } = tokens[index]!;
  if (!/\p{Lu}/u.test(text)) return false;
  if (text.includes('-') && text.split('-').some((part) => part.length > 1 && /\p{Lu}/u.test(part) && FORMAT_CODE.test(part))) return true;
  const bracketed = (token: Token | undefined, brackets: string) => token !== undefined && token.text.length === 1 && brackets.includes(token.text);
  return (/^\p{L}$/u.test(text) || LETTER_RANGE.test(text)) && (bracketed(tokens[index - 1], '[(') || bracketed(tokens[index + 1], '])'));
}
/** Whether the token before a word introduces it as a name of code: "component MyButton", "call GetUser", "-t MyApp". */
function namedAsCode(previous: Token | undefined): boolean {
  if (previous === undefined) return false;
  return previous.kind === 'word' ? CODE_NAME_CUES.has(previous.text.toLowerCase()) : /^-{1,2}\p{L}/u.test(previous.text);
}
const CODE_NAME_CUES: ReadonlySet<string> = new Set([
  'component', 'function', 'method', 'class', 'struct', 'field', 'type', 'interface', 'enum', 'variable', 'hook', 'module', 'package',
  'named', 'name', 'called', 'call', 'calls', 'calling', 'import', 'tag', 'prop', 'property', 'constant', 'object', 'instance',
  'column', 'columns', 'table', 'attribute', 'endpoint', 'param', 'parameter', 'argument', 'exception', 'macro', 'trait', 'decorator', 'annotation', 'schema',
]);
const LETTER_RANGE = /^\p{L}-\p{L}$/u;
/** Cues only names of code follow: "function GetUser", "column OrderID" (not "named", "called", "call": "a show called TikTok", "call GoFundMe customer service"). */
const STRONG_CODE_NAME_CUES: ReadonlySet<string> = new Set([
  'function', 'method', 'struct', 'interface', 'enum', 'hook', 'prop', 'column', 'columns', 'endpoint', 'param', 'parameter',
  'argument', 'exception', 'macro', 'trait', 'decorator', 'annotation', 'schema', 'variable', 'component',
]);
/** Names of code whose capitalised form is another type or function than the lowercase one. */
const CASED_CODE_NAMES: ReadonlySet<string> = new Set([
  'Boolean', 'Integer', 'Long', 'Double', 'Float', 'Character', 'Byte', 'Short', 'String', 'Object', 'Println', 'Printf', 'Print', 'Sprintf',
  'Dict', 'List', 'Tuple', 'Set', 'Type', 'Vec', 'Box', 'Decimal', 'BigInt', 'Number', 'Symbol', 'Array', 'Date', 'Error', 'Map', 'Function',
  'Bool', 'Int', 'Str', 'Char', 'Uint', 'Usize', 'Isize', 'Any', 'Self', 'Sprint', 'Sprintln', 'Fprintf', 'Fprintln',
]);
/**
 * Whether a side speaks of dates' or times' formats, read once per token list: asked per capitalised format code, it
 * made a text of many "YYYY" quadratic (66 s at 280 KB; a reread, session 32).
 */
function speaksOfDateFormats(tokens: readonly Token[]): boolean {
  return mentionsAny(tokens, DATE_FORMAT_WORDS);
}
const DATE_FORMAT_WORDS: ReadonlySet<string> = new Set(['format', 'formats', 'formatting', 'formatter', 'pattern', 'patterns', 'date', 'dates', 'datetime', 'timestamp', 'strftime', 'simpledateformat', 'datetimeformatter', 'moment', 'dayjs']);
/** A date format's part in capitals, which a lowercase one is not (YYYY week-year / yyyy year, DDD / ddd): not "II" or "XX". */
const DATE_FORMAT_CAPITALS = /^(?:Y{2,4}|D{2,3}|M{2,4}|H{2}|S{2,3}|E{3,4})$/u;
/** A part of a date or time format: one letter repeated (yyyy, MM, dd, HH). */
const FORMAT_CODE = /^(\p{L})\1+$/u;
/** A data rate or size in bits: kbps, MBps, GB/s, Mbit (the case tells bits from bytes). */
const RATE_UNIT = /^[kmgtp]i?(?:b(?:ps|\/s)|bits?)$/iu;

/**
 * caseStyle, once per token list: a prepared side (kept in the verifier's LRU) is compared with many candidates,
 * and its style was computed again for each (~15 µs on a 270-token prompt).
 */
export function caseStyleOf(tokens: Token[]): CaseStyle {
  let style = CASE_STYLES.get(tokens);
  if (style === undefined) CASE_STYLES.set(tokens, (style = caseStyle(tokens)));
  return style;
}
export type CaseStyle = 'lower' | 'upper' | 'title' | 'mixed';
const CASE_STYLES = new WeakMap<Token[], CaseStyle>();

function caseStyle(tokens: Token[]): CaseStyle {
  // Only words with cased letters show a style: an Arabic, Hindi or Chinese word equals its own upper and lower
  // case, so beside one Latin acronym it made the text read as typed in caps lock ("ما هو ML؟" / "ما هو ml؟").
  // A fold needs CASE_STYLE_WORDS of them: one or two words in capitals are acronyms, not a caps-lock text.
  const words = tokens.filter((token) => token.kind === 'word' && CASED_LETTER.test(token.text) && token.text !== 'I');
  if (words.length < CASE_STYLE_WORDS) return 'mixed';
  if (words.every((token) => token.text === token.text.toLowerCase())) return 'lower';
  if (words.every((token) => token.text === token.text.toUpperCase())) return 'upper';
  const titled = words.filter((token) => /^\p{Lu}\p{Ll}*$/u.test(token.text)).length;
  return titled >= words.length * 0.8 ? 'title' : 'mixed';
}
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u;
/** A word as Title Case writes it: no capital after its first character ("What", "Don't", "A"). */
const TITLE_CASED = /^.[^\p{Lu}]*$/u;
/** The fewest words with cased letters whose case shows how a whole text was typed. */
const CASE_STYLE_WORDS = 3;

/**
 * In a text about code, the case of a type's name that opens a sentence or a line (CASED_TYPE_NAMES; a request verb
 * only before a verb of its own): there it names a type, a class or a key ("Boolean fields default to null in Java" is the wrapper
 * class, "boolean fields" the primitive; "List is not defined" is typing.List; "Kind: Deployment" a manifest's key).
 * The key of such a word is lowercase (verify-tokens.ts), so the alignment pairs the two; returns them as
 * "left/right", or undefined. Only between sides whose case is their own: a text typed all in lowercase says nothing.
 */
export function codeNameCaseDiffers(hunks: readonly Hunk[], before: readonly Token[], after: readonly Token[]): string | undefined {
  if (caseStyleOf(before as Token[]) !== 'mixed' || caseStyleOf(after as Token[]) !== 'mixed') return undefined;
  if (!aboutCode(before) && !aboutCode(after)) return undefined;
  const differs = (left: number, right: number): string | undefined => {
    const [one, other] = [before[left]!, after[right]!];
    if (one.kind !== 'word' || other.kind !== 'word' || one.text === other.text || one.text.toLowerCase() !== other.text.toLowerCase()) return undefined;
    if (!one.sentenceStart || !other.sentenceStart) return undefined;
    // A verb telling what to do with something ("Return the result", "Sort my list") is no name.
    if (OBJECT_OPENERS.has(before[left + 1]?.text.toLowerCase() ?? '')) return undefined;
    const lower = one.text.toLowerCase();
    // Only the names of types and keys whose case is their meaning in common languages: "Trying to …", "Error: …",
    // "Memory usage …" or a phone's capital on "Pip install …" say nothing.
    if (!CASED_TYPE_NAMES.has(lower)) return undefined;
    // A request verb asks ("List the files"), unless a verb follows it as its subject ("List is not defined").
    if (REQUEST_VERBS.has(lower) && !SUBJECT_VERBS.has(before[left + 1]?.text.toLowerCase() ?? '')) return undefined;
    return `${one.text}/${other.text}`;
  };
  return firstMatchedPair(hunks, before.length, after.length, differs);
}
/** Verbs after a word that make it their subject: "List is not defined", "Name has no effect". */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'does', 'do', 'did', 'can', 'cannot', 'will', 'should', 'must', 'returns', 'works', 'fails', 'throws']);
/** Words that open a verb's object: "Return the result", "Sort my list", "Parse this", "Print it". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'all', 'each', 'every', 'it', 'them', 'me', 'us', 'some', 'any']);
/**
 * Names of types, wrappers and keys that exist in two cases with two meanings: Java's Boolean/boolean and
 * String/string, Python's List/list, Dict/dict, Self/self and Any/any (typing), C#'s Object/object, a manifest's
 * Kind/kind.
 */
const CASED_TYPE_NAMES: ReadonlySet<string> = new Set([
  'boolean', 'string', 'object', 'list', 'dict', 'set', 'tuple', 'map', 'array', 'integer', 'double', 'float', 'long', 'short', 'byte',
  'char', 'character', 'self', 'optional', 'union', 'callable', 'type', 'kind', 'number', 'symbol', 'promise', 'void', 'unknown',
  'record', 'decimal', 'bigint', 'sequence', 'iterable', 'iterator', 'mapping', 'deque', 'frozenset', 'bytes', 'int', 'bool', 'str',
]);

/**
 * The case of a word that is a sentence or a line by itself, at most one more word with it, on two sides that type
 * capitals: "Translate to Spanish\nTurkey" / "… turkey", "Übersetze ins Englische\n1. Arm" / "… arm", "Translate into
 * French. China" / "… china". There the word is what is asked about, and its case picks the word (the country or the
 * bird, the arm or "poor"); a capital that opens a sentence of its own says nothing only where more words follow.
 * The key of a sentence's first word is lowercase (verify-tokens.ts), so the alignment pairs the two; returns them as
 * "left/right", or undefined. Not the text's first word (a phone capitalises it), nor a word of grammar, a question
 * word, a request verb or an answer ("Why?", "Help", "Yes"). A red team on other languages, session 39: 3,650 such
 * pairs served in twelve languages.
 */
export function fragmentCaseDiffers(hunks: readonly Hunk[], before: readonly Token[], after: readonly Token[], foreign: () => boolean): string | undefined {
  // A side typed all in lowercase or in capitals says nothing by its case; one in title case does ("Übersetze ins
  // Englische\n1. Ernst" capitalises its German nouns).
  const cased = (style: CaseStyle) => style === 'mixed' || style === 'title';
  if (!cased(caseStyleOf(before as Token[])) || !cased(caseStyleOf(after as Token[]))) return undefined;
  // Only where words are asked about (translated, defined, said) or the text is of another language, whose request
  // the rules cannot read: elsewhere a line of one or two words is a sign-off ("Best,\nJohn"), a topic ("…\nPython")
  // or a short sentence typed in lowercase ("Nothing works." / "nothing works."; a review, session 39).
  const asked = (tokens: readonly Token[]) => asksAboutAWord(tokens) || tokens.some((token) => token.kind === 'word' && /^(?:say|said)$/iu.test(token.text));
  let scoped: boolean | undefined;
  const inScope = () => (scoped ??= asked(before) || asked(after) || foreign());
  const differs = (left: number, right: number): string | undefined => {
    const [one, other] = [before[left]!, after[right]!];
    if (one.kind !== 'word' || other.kind !== 'word' || one.text === other.text || one.text.toLowerCase() !== other.text.toLowerCase()) return undefined;
    if (!opensItem(before, left) || !opensItem(after, right) || left === 0 || right === 0) return undefined;
    const lower = one.text.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || QUESTION_WORDS.has(lower) || REQUEST_VERBS.has(lower) || ANSWER_WORDS.has(lower)) return undefined;
    return fragmentWords(before, left) <= FRAGMENT_WORDS && fragmentWords(after, right) <= FRAGMENT_WORDS && inScope() ? `${one.text}/${other.text}` : undefined;
  };
  return firstMatchedPair(hunks, before.length, after.length, differs);
}
/**
 * The first pair of tokens the alignment matches (outside its hunks) for which `differs` returns a note, or undefined.
 */
function firstMatchedPair(hunks: readonly Hunk[], beforeLength: number, afterLength: number, differs: (left: number, right: number) => string | undefined): string | undefined {
  let left = 0;
  let right = 0;
  for (const hunk of [...hunks, { leftStart: beforeLength, leftEnd: beforeLength, rightStart: afterLength, rightEnd: afterLength }]) {
    for (; left < hunk.leftStart && right < hunk.rightStart; left++, right++) {
      const pair = differs(left, right);
      if (pair !== undefined) return pair;
    }
    left = hunk.leftEnd;
    right = hunk.rightEnd;
  }
  return undefined;
}

/** The most words of a sentence or a line whose first word keeps its case (see fragmentCaseDiffers). */
const FRAGMENT_WORDS = 2;
/** Answers and acknowledgements whose case says nothing: "Yes", "OK", "Thanks". */
const ANSWER_WORDS: ReadonlySet<string> = new Set(['yes', 'no', 'ok', 'okay', 'thanks', 'thank', 'sorry', 'please', 'hi', 'hello', 'hey', 'bye', 'cheers', 'done', 'again', 'also', 'note', 'example', 'examples', 'answer', 'question', 'context', 'output', 'input', 'text', 'options']);

/** Whether a word opens a sentence, or an item of a numbered list ("1. Ernst"). */
function opensItem(tokens: readonly Token[], index: number): boolean {
  const [mark, number] = [tokens[index - 1], tokens[index - 2]];
  return tokens[index]!.sentenceStart || (mark?.kind === 'punct' && (mark.text === '.' || mark.text === ')') && number !== undefined && /^\d{1,3}$/u.test(number.text));
}

/** How many words the sentence opening at `start` holds, up to the next sentence's first word or a sentence's end. */
function fragmentWords(tokens: readonly Token[], start: number): number {
  let words = 1;
  for (let index = start + 1; index < tokens.length && words <= FRAGMENT_WORDS; index++) {
    const token = tokens[index]!;
    if (token.sentenceStart || (token.kind === 'punct' && /^[.?!]+$/u.test(token.text))) break;
    if (token.kind === 'word') words++;
  }
  return words;
}

/**
 * Whether two texts differ only in the case of a code line's first word that is a keyword or a command, which is
 * lowercase in every language that has it: "Why does this fail?\nImport numpy as np" raises a SyntaxError that
 * "…\nimport numpy as np" does not, "Git status" is no command ("command not found"), "Print('hi')" a NameError.
 * Read on lines after the first (a pasted line: a phone capitalises only a text's first word, and a line that opens a
 * question is prose, "Git status shows nothing, why?"), or on any line where the word is glued to "(" ("Print('hi')").
 * A red team on code, session 52: 22 of 48 such pairs served.
 */
export function codeLineOpenerCaseDiffers(one: string, other: string): boolean {
  if (one.length !== other.length || one.toLowerCase() !== other.toLowerCase()) return false;
  const oneLines = one.split('\n');
  const otherLines = other.split('\n');
  if (oneLines.length !== otherLines.length) return false;
  for (let index = 0; index < oneLines.length; index++) {
    const line = oneLines[index]!;
    const otherLine = otherLines[index]!;
    if (line === otherLine) continue;
    const opener = CODE_LINE_OPENER.exec(line);
    const otherOpener = CODE_LINE_OPENER.exec(otherLine);
    if (opener === null || otherOpener === null || opener[1] === otherOpener[1] || opener[1]!.toLowerCase() !== otherOpener[1]!.toLowerCase()) continue;
    const word = opener[1]!.toLowerCase();
    if (!LOWERCASE_KEYWORDS.has(word)) continue;
    const rest = line.slice(opener[0].length);
    if (/^\(/u.test(rest)) return true;
    if (index > 0 && pastedCodeLine(oneLines[index - 1]!, line, rest)) return true;
  }
  return false;
}
/**
 * Whether a line after `previous` is pasted code rather than prose: it follows a question or a colon (or is indented),
 * the word after its first is no word of grammar ("For some reason …", "If you …" are prose), and it holds a mark of
 * code or is a short line with no sentence's end and no prose's brackets or quotes ("Import numpy as np", "Pass"; not
 * "Import duties on cars (Canada)", "Git says 'fatal: …'": a break test, session 52).
 */
function pastedCodeLine(previous: string, line: string, rest: string): boolean {
  if (!/[?:]\s*$/u.test(previous) && !/^[^\S\n]+\S/u.test(line)) return false;
  // A label ("Source: https://…", "Class: economy") is a form's, not code's.
  if (/^:/u.test(rest)) return false;
  const next = /^[^\S\n]+([A-Za-z']+)/u.exec(rest)?.[1]?.toLowerCase();
  if (next !== undefined && (FUNCTION_WORDS.has(next) || PROSE_AFTER_KEYWORD.has(next))) return false;
  // Code's own marks: an assignment, a statement's end, brackets, a call, a member, a path, a flag, a block's colon.
  if (/[=;{}[\]]|\w\(|\w\.\w|\w\/\w|(?:^|\s)--?\w|:\s*$/u.test(rest)) return true;
  if (/[()'"]/u.test(rest)) return false;
  // A word alone on its line is code only indented ("    Pass"); unindented it is a topic ("How do I reverse a list?\nPython").
  const words = rest.trim() === '' ? 1 : rest.trim().split(/\s+/u).length + 1;
  return words <= SHORT_CODE_LINE_WORDS && (words > 1 || /^[^\S\n]+\S/u.test(line)) && !/[.!?]\s*$/u.test(rest);
}
/** Words after a line's first that make it prose: "For me …", "Let me …", "Print out …". */
const PROSE_AFTER_KEYWORD: ReadonlySet<string> = new Set(['me', 'us', 'you', 'out', 'some', 'example', 'instance', 'now', 'reason', 'sure']);
const SHORT_CODE_LINE_WORDS = 4;
/** Whether a word is a keyword or a command of LOWERCASE_KEYWORDS that is no English word ("git", "def", "chmod"; not "for", "import"). */
export function isCodeOnlyKeyword(word: string): boolean {
  return LOWERCASE_KEYWORDS.has(word) && !ENGLISH_KEYWORDS.has(word);
}
/** Keywords and commands that are English words too. */
const ENGLISH_KEYWORDS: ReadonlySet<string> = new Set([
  'for', 'if', 'else', 'while', 'with', 'from', 'try', 'let', 'return', 'print', 'class', 'pass', 'global', 'raise', 'yield', 'assert', 'export', 'function',
  'package', 'public', 'private', 'source', 'import', 'touch', 'cat', 'alias', 'await', 'async', 'require', 'except', 'finally', 'echo', 'var', 'const',
]);
/** A line's first word, after its indentation. */
const CODE_LINE_OPENER = /^[^\S\n]*([A-Za-z]+)/u;
/**
 * Keywords and commands typed only in lowercase (SQL's, case-insensitive, are not here): Python's, JavaScript's,
 * Ruby's, and shell commands.
 */
const LOWERCASE_KEYWORDS: ReadonlySet<string> = new Set([
  'import', 'from', 'def', 'class', 'pass', 'lambda', 'global', 'nonlocal', 'del', 'return', 'yield', 'raise', 'assert', 'print', 'elif', 'while',
  'for', 'if', 'else', 'try', 'except', 'finally', 'with', 'async', 'await', 'export', 'let', 'const', 'var', 'function', 'puts', 'require',
  'echo', 'sudo', 'git', 'npm', 'npx', 'yarn', 'pnpm', 'docker', 'pip', 'pip3', 'python3', 'source', 'chmod', 'chown', 'curl',
  'wget', 'brew', 'apt', 'ls', 'cd', 'rm', 'cp', 'mv', 'mkdir', 'cat', 'grep', 'kubectl', 'ssh', 'scp', 'tar', 'unset', 'alias', 'cargo',
  'javac', 'gcc', 'touch', 'sed', 'awk', 'printf', 'console', 'fn', 'func', 'struct', 'impl', 'package', 'public', 'private',
]);
