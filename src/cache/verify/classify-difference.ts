import { ARTICLES, FREQUENCY_AND_QUANTIFIERS, FUNCTION_WORDS, LIGHT_VERBS, NEGATIONS, NUMBER_WORDS, UNIT_PREFIXES } from './closed-lists.ts';
import { isEverydaySynonym } from './everyday-synonyms.ts';
import type { Lexicon } from './lexicon.ts';
import { NUMBER_IN_WORDS_NOTE, sameCardinal } from './number-words.ts';
import type { Token } from './verify-tokens.ts';
import { isBritishAmericanSpelling, mayBeListed, spellsThroughLemma, splitsInDefinition } from '../../util/british-american.ts';
import { DERIVATIONAL_SUFFIXES, isDigraphVariant, isSpellingVariant, typingSlip } from './word-forms.ts';

/** What one aligned difference (candidate tokens replaced by query tokens) amounts to. */
export type DifferenceClass =
  | { kind: 'accepted'; notes: string[] }
  /**
   * `strong`: decisive wherever it occurs (negation, number, symbol, code, case, antonym). A weak one (sibling,
   * unknown word, modifier) decides only when it is the sole unexplained difference; among several it is part of
   * a rewording, for a judge to weigh.
   */
  | { kind: 'blocking'; reason: string; strong: boolean }
  | { kind: 'unexplained'; reason: string };

/** Longest stretch of added or removed words still called a modifier ("in French", "as a JSON array"). */
const MODIFIER_WORDS = 4;

/**
 * Classifies one difference between the candidate's tokens (`before`) and the query's (`after`). Accepted:
 * articles, inflection, spelling variants, typos, common-sense synonyms (single words or WordNet phrases such as
 * "look up"/"search"). Blocking: antonyms, siblings, numbers, symbols, code, case, negations, unknown tokens,
 * added or removed modifiers. Anything else is unexplained (reworded).
 */
export interface DifferenceOptions {
  /** The prompt is about spelling ("Is 'recieve' spelled right?", "fix the typo in …"): typos and spelling variants are the question. */
  spellingMatters: boolean;
  /**
   * Whether a name's case is code's or the question ("import Tensorflow", "docker pull Ubuntu", "Is #Python
   * different from #python?", "case-sensitive"): then no name's case is accepted as the same.
   */
  caseMatters?: () => boolean;
  /** Whether either text names computing besides the changed words (a name of code, a tool, a command: TECH_PRODUCT_NAMES). */
  techBeside?: () => boolean;
  /**
   * Whether either text holds code or names data or a pattern (a code token, a computing word, "regex", "selector",
   * "domain", "branch", a variable the text names alone): there a hyphen may be a minus or part of a name.
   */
  codeOrDataBeside?: () => boolean;
  /** Whether a product's name stands where a product does: after "in", "use", "with"…, or before a word of computing. */
  productSlot?: () => boolean;
  /** Whether the changed word stands where a month does: after "in", "since", "early"…, or beside a number ("march 3"). */
  monthSlot?: () => boolean;
  /**
   * Whether either text is about code (code-context.ts), given the misspelt form: there a word one slip from
   * another is an identifier ("uint"/"unit"). Asked only when a typo would be accepted.
   */
  codeContext?: (misspelt: string) => boolean;
  /** Whether the changed word stands where a text about code names a package, a module or a function ("use circularr"). */
  namePosition?: () => boolean;
  /**
   * Whether the difference stands where a noun's number is what is asked: right after "which"/"what" or as an
   * imperative's object ("Which country" / "Which countries", "Write a haiku" / "Write haikus"). There a change
   * of number is no inflection but a count (`count …`, decisive). Asked only when an inflection would be accepted.
   */
  countsThings?: () => boolean;
  /**
   * Whether the difference stands inside running words, not as a word talked about: a word follows it in its sentence,
   * and no word of mentioning stands around it ("Count occurrences of teh in this", "Why do I type becuase instead of
   * …", "What's the history of teh?"). Asked of a listed slip of a word of grammar (GRAMMAR_WORD_TYPOS).
   */
  inRunningText?: () => boolean;
  /**
   * Whether the differing words are named as words where they stand on either side: after a word of mentioning ("type",
   * "spell", "between") or before one that compares or defines them ("instead", "means", "vs"), asked about alone, or in
   * a text whose other words make their letters matter (structural-verifier.ts lettersMatterAround).
   */
  mentioned?: () => boolean;
  /** Whether a word naming a package stands near the difference ("the PyPI package reqeusts", "npm package expresss"). */
  packageNamed?: () => boolean;
  /** Whether a possessive stands right before the difference ("my maager", "friend's weddng"). */
  afterPossessive?: () => boolean;
  /** The token right after the difference, lowercase, if any (the same on both sides: it is aligned). */
  nextToken?: () => string | undefined;
  /** Whether the difference follows a number on both sides ("100 g" / "100 grams"): there a unit's abbreviation is its name. */
  afterNumber?: () => boolean;
  /** Whether either text reads an abbreviation after a number in another sense: "g" as a gauge, g-force or a grand, "hr" as a heart rate. */
  unitMisread?: (abbreviation: string) => boolean;
  /**
   * The plural in or next to the difference that names one thing, with a singular verb ("What is pandas?"), if
   * any: its number and its verb's are no inflection (`term …`, decisive). Asked only like countsThings.
   */
  namesOne?: () => string | undefined;
  /**
   * Whether the difference stands right before the noun of "What is …?" that ends its sentence: there "the" is
   * the question ("What is time?" asks for a definition, "What is the time?" for the hour). Asked only when an
   * article alone is the difference.
   */
  asksWhatItIs?: () => boolean;
  /** Whether the prompt is about British or American English: a spelling variant is then another answer. */
  varietyMatters?: () => boolean;
  /** Whether the changed word is the one a definition is asked of ("What is a storey?"). */
  asksDefinition?: () => boolean;
  /**
   * Whether the noun after an indefinite article that one side adds or drops reads as another thing without it:
   * it ends its sentence ("Is there a god?" / "Is there god?", "Does he have a heart?"), where the bare noun reads
   * as a substance, a quality or a name, or it names a substance and a thing ("Is an iron good for anemia?" /
   * "Is iron good …"). Then the article is the question. Asked only for such a difference.
   */
  bareNounMatters?: () => boolean;
  /**
   * Whether the difference stands right before a period such as "last year" or "next week": there "the" is the
   * question ("over the last year" is the past twelve months, "over last year" the calendar year before this).
   */
  namesPeriod?: () => boolean;
  /** Whether the noun without "the" forms a fixed phrase with its preposition ("in front of" / "in the front of"). */
  fixedPhrase?: () => boolean;
  /** Whether the words after the difference are a title, whose "the" is part of it ("who directed room" / "… the room"). */
  namesTitle?: () => boolean;
  /** Whether "the" picks another thing of the name after it ("How long is Titanic?" / "… the Titanic?"). */
  namesAnother?: () => boolean;
  /** Whether the word left of the difference is a verb's subject on both sides: a noun, a name or a pronoun, not "to" or "does". */
  afterSubject?: () => boolean;
  /** Whether the word after a "the" one side drops reads as a state or a quality bare ("got the shot" / "got shot"). */
  bareAfterTheMatters?: () => boolean;
}
/** Verbs whose past tense is their base form: "quit", "read", "cut" after a subject in the singular say it happened. */
const SAME_FORM_PASTS: ReadonlySet<string> = new Set([
  'quit', 'read', 'cut', 'put', 'shut', 'hurt', 'let', 'set', 'bet', 'upset', 'cast', 'burst', 'spread', 'split', 'hit', 'cost', 'broadcast', 'forecast',
  'thrust', 'shed', 'slit', 'spit', 'rid', 'wed', 'bid', 'beat', 'outbid', 'reset', 'offset', 'input', 'output', 'overcast', 'sublet', 'undercut',
]);

export function classifyDifference(before: readonly Token[], after: readonly Token[], lexicon: Lexicon, options: DifferenceOptions = { spellingMatters: false }): DifferenceClass {
  // A short word of grammar typed with two letters swapped: "teh" / "the", "adn" / "and" (three red teams, session 40:
  // "What are teh signs of flu?" was refused as a word added beside an article dropped, 92–227 of each team's controls).
  if (before.length === 1 && after.length === 1 && !options.spellingMatters && isGrammarWordTypo(before[0]!, after[0]!) && options.inRunningText?.() === true) return { kind: 'accepted', notes: [`typo ${before[0]!.text}/${after[0]!.text}`] };
  const beforeWords = before.filter((token) => !isArticle(token));
  const afterWords = after.filter((token) => !isArticle(token));
  const articles = [...before, ...after].filter(isArticle).map((token) => `article ${token.text.toLowerCase()}`);
  // "the" against "a"/"an" is a definite reference against a generic one: "Is the vaccine safe?" asks about one
  // vaccine, "Is a vaccine safe?" about any; "What is the capital?" / "What is a capital?". An article added or
  // dropped ("What is capital of Norway?") and a/an are still free.
  const definiteness = articleSwap(before, after);
  if (definiteness !== undefined) return { kind: 'blocking', reason: `article ${definiteness}`, strong: false };
  if (beforeWords.length === 0 && afterWords.length === 0) {
    const definite = [...before, ...after].some((token) => token.text.toLowerCase() === 'the');
    if (definite && options.asksWhatItIs?.() === true) return { kind: 'blocking', reason: 'article the (a definition)', strong: false };
    if (definite && (before.length === 0 || after.length === 0) && options.namesPeriod?.() === true) return { kind: 'blocking', reason: 'article the (a period)', strong: false };
    if (definite && (before.length === 0 || after.length === 0) && options.fixedPhrase?.() === true) return { kind: 'blocking', reason: 'article the (a fixed phrase)', strong: false };
    if (definite && (before.length === 0 || after.length === 0) && options.namesTitle?.() === true) return { kind: 'blocking', reason: 'article the (a title)', strong: false };
    if (definite && (before.length === 0 || after.length === 0) && options.namesAnother?.() === true) return { kind: 'blocking', reason: 'article the (a name)', strong: false };
    if (definite && (before.length === 0 || after.length === 0) && options.bareAfterTheMatters?.() === true) return { kind: 'blocking', reason: 'article the (a bare word)', strong: false };
    if (!definite && (before.length === 0 || after.length === 0) && options.bareNounMatters?.() === true) return { kind: 'blocking', reason: `${articles.join(', ')} (a bare noun)`, strong: false };
    return { kind: 'accepted', notes: articles };
  }

  const negation = [...beforeWords, ...afterWords].find((token) => token.kind === 'word' && NEGATIONS.has(token.text.toLowerCase()));
  if (negation !== undefined) return { kind: 'blocking', reason: `negation ${side(before, negation) ? '-' : '+'}${negation.text}`, strong: true };

  if (beforeWords.length === 0 || afterWords.length === 0) {
    const words = beforeWords.length === 0 ? afterWords : beforeWords;
    const sign = beforeWords.length === 0 ? '+' : '-';
    const text = words.map((token) => token.text).join(' ');
    const symbolic = words.find((token) => token.kind !== 'word' || NUMBER_WORDS.has(token.text.toLowerCase()) || FREQUENCY_AND_QUANTIFIERS.has(token.text.toLowerCase()));
    if (symbolic !== undefined) return { kind: 'blocking', reason: `${describeKind(symbolic)} ${sign}${symbolic.text}`, strong: true };
    if (words.length <= MODIFIER_WORDS) return { kind: 'blocking', reason: `modifier ${sign}${text}`, strong: false };
    return { kind: 'unexplained', reason: `reworded ${sign}${text}` };
  }

  if (beforeWords.length === afterWords.length) {
    const notes = [...articles];
    let unexplained: string | undefined;
    for (let index = 0; index < beforeWords.length; index++) {
      const pair = classifyPair(beforeWords[index]!, afterWords[index]!, lexicon, options);
      if (pair.kind === 'blocking') return pair;
      if (pair.kind === 'unexplained') unexplained ??= pair.reason;
      else for (const note of pair.notes) notes.push(note);
    }
    if (unexplained === undefined) {
      // An article beside a word whose case changes: "a python" is the snake, "Python" the language; "an android" a
      // robot, "Android" the system (a blind red team, session 58: 15 of 15 such pairs served as two free changes).
      const cased = notes.find((note) => note.startsWith('case '));
      // The word a head, not a modifier of the next ("a Python decorator" / "python decorator" is one thing either way).
      const following = options.nextToken?.();
      // A word that is a common noun in lowercase blocks either way: "a python egg" is no "Python egg" (a review told to
      // break the rule).
      const casedWord = cased?.slice('case '.length).split('/')[0]!.toLowerCase() ?? '';
      const modifies = following !== undefined && /^\p{L}/u.test(following) && !FUNCTION_WORDS.has(following) && (lexicon.canBeNoun(following) && (lexicon.nounShare(following) ?? 0) >= 0.5) && !lexicon.canBeNoun(casedWord);
      const head = !modifies;
      if (articles.length > 0 && cased !== undefined && head) return { kind: 'blocking', reason: `${articles.join(', ')} with ${cased}`, strong: false };
      // "the" and a plural against neither, of a word that is a name: the plural names another place or family than
      // the singular ("the americas" / "america", "the hamptons" / "hampton", "the windsors" / "windsor"); not "clean
      // the gutters" / "clean gutter".
      if (notes.some((note) => note.startsWith('inflection ')) && theOnOneSide(before, after) && namesPlace(beforeWords, afterWords, lexicon)) return { kind: 'blocking', reason: `article the with ${notes.find((note) => note.startsWith('inflection '))}`, strong: false };
      // "the" before the singular where the plural has no article: "How does the future work?" asks about the
      // future, "How do futures work?" about contracts; "Explain the option" / "Explain options".
      const definite = definiteSingular(before, after, beforeWords, afterWords, lexicon);
      return definite === undefined ? { kind: 'accepted', notes } : { kind: 'blocking', reason: `definite ${definite}`, strong: false };
    }
    const phrase = phraseSynonym(beforeWords, afterWords, lexicon);
    return phrase ?? { kind: 'unexplained', reason: unexplained };
  }

  // A hyphen for a space between the same words: "round-trip" / "round trip", "for-loop" / "for loop", "ten-year-old" / "ten
  // year old" (a blind near-duplicate study, session 58: 5 of 45 spelling variants refused as rewordings).
  const hyphen = options.codeOrDataBeside?.() === true ? undefined : hyphenForSpace(beforeWords, afterWords, lexicon, options.nextToken?.());
  if (hyphen !== undefined) return options.spellingMatters ? { kind: 'blocking', reason: `spelling ${hyphen}`, strong: true } : { kind: 'accepted', notes: [`spelling ${hyphen}`] };
  const blocking = [...beforeWords, ...afterWords].find((token) => token.kind !== 'word' || NUMBER_WORDS.has(token.text.toLowerCase()));
  if (blocking !== undefined) return { kind: 'blocking', reason: `${describeKind(blocking)} ${blocking.text}`, strong: true };
  const spacing = phrasalVerbSpacing(beforeWords, afterWords, lexicon, options.nextToken);
  if (spacing !== undefined) return options.spellingMatters ? { kind: 'blocking', reason: `spelling ${spacing}`, strong: true } : { kind: 'accepted', notes: [`spelling ${spacing}`] };
  const phrase = phraseSynonym(beforeWords, afterWords, lexicon);
  if (phrase) return phrase;
  return { kind: 'unexplained', reason: `reworded ${joined(beforeWords)}/${joined(afterWords)}` };
}

/**
 * Names of languages, tools and products whose case says nothing: no common word shares their spelling in a
 * question a user asks ("in python" / "in Python", "on android", "HOW DO I CENTER A DIV IN CSS"). Not "Word",
 * "Chrome", "Windows", "React", "Pandas", "Flask", "Polish", "Excel" (to excel), "Java" (the island), whose
 * lowercase is another thing; nor where case is code's or the question (DifferenceOptions.caseMatters).
 */
const CASELESS_NAMES: ReadonlySet<string> = new Set([
  'python', 'javascript', 'typescript', 'kotlin', 'golang', 'haskell', 'scala', 'php', 'perl', 'matlab', 'sql', 'mysql', 'postgres',
  'postgresql', 'sqlite', 'mongodb', 'bash', 'powershell', 'linux', 'ubuntu', 'numpy', 'pytorch', 'tensorflow', 'nodejs', 'django', 'kubernetes',
  'github', 'gitlab', 'regex', 'json', 'yaml', 'html', 'css', 'vlookup', 'dataframe', 'dataframes', 'android', 'facebook', 'instagram',
  'youtube', 'whatsapp', 'tiktok', 'gmail', 'spotify', 'netflix', 'google', 'chatgpt', 'macbook', 'airpods',
]);

/**
 * Products and tools of computing whose names are words too (docker, git, chrome, excel, rust, swift), whose case says
 * nothing beside another name or word of computing ("How do I use git on Windows?", "react hooks": a blind near-duplicate
 * study, session 58) but does alone ("How do I remove rust?", "Is java good for you?"), and after "install", "import" or
 * "pull", where a package's name is read as typed (CASE_TOPIC). Not the names whose lowercase is also computing's own
 * word, another thing in the same texts: node (a linked list's), lambda (Python's), windows (a browser's), zoom, spring,
 * express, angular, rails, word, edge, access, teams, outlook, notion, go.
 */
const TECH_PRODUCT_NAMES: ReadonlySet<string> = new Set([
  'docker', 'git', 'react', 'chrome', 'excel', 'safari', 'firefox', 'flask', 'apache', 'slack', 'unity', 'blender', 'pandas', 'jest', 'mocha',
  'cypress', 'ruby', 'java', 'swift', 'rust', 'kotlin', 'jenkins', 'homebrew', 'vim',
]);

/** Months whose names are words too: after "in", "since", "early" or beside a day's number they are the month ("in march"). */
const MONTHS_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['march', 'may', 'june', 'august']);

function classifyPair(before: Token, after: Token, lexicon: Lexicon, options: DifferenceOptions): DifferenceClass {
  const pair = `${before.text}/${after.text}`;
  if (before.kind !== 'word' || after.kind !== 'word') {
    // A small number in digits or in words is one number ("Give me 5 tips" / "Give me five tips"), unless spelling is
    // the question ("How do you spell 40?").
    if (!options.spellingMatters && (sameCardinal(before, after) || sameCardinal(after, before))) return { kind: 'accepted', notes: [`${NUMBER_IN_WORDS_NOTE} ${pair}`] };
    const kind = before.kind === after.kind ? before.kind : before.kind === 'word' ? after.kind : before.kind;
    return { kind: 'blocking', reason: `${kind === 'word' ? 'token' : kind === 'space' ? 'code' : kind} ${pair}`, strong: true };
  }
  // A unit's abbreviation against its name after the same number: "100 g" / "100 grams", "5 km" / "5 kilometres".
  if (!options.spellingMatters && (namesUnit(before.text, after.text) || namesUnit(after.text, before.text)) && options.afterNumber?.() === true && options.unitMisread?.(UNIT_ABBREVIATIONS.has(before.text) ? before.text : after.text) !== true) return { kind: 'accepted', notes: [`spelling ${pair}`] };
  const left = before.text.toLowerCase();
  const right = after.text.toLowerCase();
  if (left === right) return (CASELESS_NAMES.has(left) || (TECH_PRODUCT_NAMES.has(left) && options.techBeside?.() === true && options.productSlot?.() === true) || (MONTHS_THAT_ARE_WORDS.has(left) && options.monthSlot?.() === true)) && !options.spellingMatters && !options.caseMatters?.() ? { kind: 'accepted', notes: [`case ${pair}`] } : { kind: 'blocking', reason: `case ${pair}`, strong: true };
  // Where spelling is the question, every other form of a word is another answer ("colour"/"color").
  if (options.spellingMatters) return { kind: 'blocking', reason: `spelling ${pair}`, strong: true };
  // (A known misspelling of one may be that word: "usualy"; it goes on to the typo rule below.)
  const misspeltAs = (form: string, word: string) => lexicon.isKnownMisspelling(form, word) || lexicon.isListedMisspelling(form, word);
  const listedSlip = misspeltAs(left, right) || misspeltAs(right, left);
  if (!listedSlip && (FREQUENCY_AND_QUANTIFIERS.has(left) || FREQUENCY_AND_QUANTIFIERS.has(right))) return { kind: 'blocking', reason: `quantifier ${pair}`, strong: true };
  if (!listedSlip && (NUMBER_WORDS.has(left) || NUMBER_WORDS.has(right))) return { kind: 'blocking', reason: `number ${pair}`, strong: true };
  // Acronyms and names in capitals ("US", "NASA") are identifiers: no word-form rule applies to them.
  if (isAcronym(before.text) || isAcronym(after.text)) return { kind: 'blocking', reason: `token ${pair}`, strong: true };
  // A capitalised word inside a sentence is a name: "Jon"/"John" is two people, not a typo, and "America" is not
  // "the Americas".
  // "calories"/"kilocalories", "gigabyte"/"gibibyte": WordNet may list them together, but the unit differs.
  if (differsInUnitPrefix(left, right)) return { kind: 'blocking', reason: `unit ${pair}`, strong: true };
  if (lexicon.sameLemma(left, right)) {
    if (isName(before) || isName(after)) return { kind: 'blocking', reason: `token ${pair}`, strong: true };
    // Inflection is noun number and verb agreement, never tense, and never a plural that is a word of its own.
    if (lexicon.isPastForm(left) !== lexicon.isPastForm(right)) return { kind: 'blocking', reason: `tense ${pair}`, strong: true };
    // A verb whose past is its base form, after a subject: "My manager quit" (past) / "My manager quits" (now), "My ex
    // read my messages" / "… reads …" (a red team on tense, session 52: 19 of 25 served as agreement).
    if ((SAME_FORM_PASTS.has(left) ? right === `${left}s` : SAME_FORM_PASTS.has(right) && left === `${right}s`) && options.afterSubject?.() === true) return { kind: 'blocking', reason: `tense ${pair}`, strong: true };
    if (lexicon.isLexicalisedPlural(left, right)) return { kind: 'blocking', reason: `lexicalised plural ${pair}`, strong: true };
    // The "s" of a protocol is "secure": http/https (port 80 or 443), ftp/ftps, ws/wss (a look-alike red team, session 32).
    if (SECURE_PROTOCOLS.has(`${left.toLowerCase()}/${right.toLowerCase()}`)) return { kind: 'blocking', reason: `protocol ${pair}`, strong: true };
    if (lexicon.isInflection(left, right)) {
      const term = options.namesOne?.();
      if (term !== undefined) return { kind: 'blocking', reason: `term ${term}`, strong: true };
      if (options.countsThings?.() === true) return { kind: 'blocking', reason: `count ${pair}`, strong: true };
      return { kind: 'accepted', notes: [`inflection ${pair}`] };
    }
    if (isSpelling(left, right, lexicon)) return spellingDifference(left, right, pair, lexicon, options);
    // Another form of the word that is no inflection names another thing: dressing/dress, parking/park,
    // later/late, highest/high. A slip of typing between two forms the lemmatizer reads as words is no typo
    // either: "occured"/"occurred" would be, but so would starring/staring, scrapped/scraped, hopping/hoping,
    // canned/caned, and nothing here tells the misspelling from the other real word.
    return { kind: 'blocking', reason: `word form ${pair}`, strong: false };
  }
  const leftKnown = lexicon.isWord(left);
  const rightKnown = lexicon.isWord(right);
  const named = isName(before) || isName(after);
  if (!named && isSpelling(left, right, lexicon)) return spellingDifference(left, right, pair, lexicon, options);
  const relation = lexicon.relation(left, right);
  if (relation === 'antonym') return { kind: 'blocking', reason: `antonym ${pair}`, strong: true };
  if (relation === 'sibling' || relation === 'hyponym') return { kind: 'blocking', reason: `${relation} ${pair}`, strong: false };
  // Pronouns and other function words ("us"/"America", "me"/"Maine") and names ("Carlos", "John") are never
  // synonyms; nor are a past and a present form ("happened"/"occurs", "bought"/"purchases").
  const synonymous = relation === 'synonym' && !named && !FUNCTION_WORDS.has(left) && !FUNCTION_WORDS.has(right) && !isLightVerb(left, lexicon) && !isLightVerb(right, lexicon);
  if (synonymous) {
    const [leftTense, rightTense] = [lexicon.tense(left), lexicon.tense(right)];
    if (leftTense !== undefined && rightTense !== undefined && leftTense !== rightTense) return { kind: 'blocking', reason: `tense ${pair}`, strong: true };
    // A synonym in another degree ranks or compares where the other does not: "the 5 largest cities" / "5 big
    // cities", "is it harder for women" / "is it difficult for women".
    if (degreeOf(left, lexicon) !== degreeOf(right, lexicon)) return { kind: 'blocking', reason: `degree ${pair}`, strong: true };
    // Sharing a sense is not being interchangeable: speed/velocity, process/procedure, found/launch.
    if (!isEverydaySynonym(lexicon.lemmas(left), lexicon.lemmas(right))) return { kind: 'unexplained', reason: `near-synonym ${pair}` };
    return { kind: 'accepted', notes: [`synonym ${pair}`] };
  }
  // The misspelt side must be no word in any language the embedder knows ("poisson" is not a typo of "poison"),
  // unless the vocabulary holds it as that word misspelt ("goverment", "suprise": misspellings.ts, whose
  // evidence is the word vectors, so the guards of an unknown form — sup + rise — do not apply).
  if (leftKnown !== rightKnown && !named) {
    const [misspelt, word] = leftKnown ? [right, left] : [left, right];
    // Not beside a word that names a package, whose name one slip from another is another package ("Is the PyPI
    // package reqeusts safe?"; an attack on the verifier's acceptances, session 45).
    const listed = lexicon.isListedMisspelling(misspelt, word) && listedSlipTaken(misspelt, word, options, lexicon);
    if ((lexicon.isKnownMisspelling(misspelt, word) || listed || (!lexicon.isKnownAnywhere(misspelt) && !lexicon.isDictionaryWord(misspelt) && isTypo(misspelt, word, lexicon, () => options.inRunningText?.() === true || options.afterPossessive?.() === true))) && (options.codeContext?.(misspelt) !== true || (proseTypoInCode(misspelt, word, lexicon, listed) && options.namePosition?.() !== true)) && options.packageNamed?.() !== true) return { kind: 'accepted', notes: [`typo ${pair}`] };
  }
  if (!leftKnown || !rightKnown) return { kind: 'blocking', reason: `token ${pair}`, strong: false };
  return { kind: 'unexplained', reason: `reworded ${pair}` };
}

/**
 * Where a misspelling of the curated list (Lexicon.isListedMisspelling) is taken for its word: not named as a word
 * ("Why do I always type becuase instead of because?"; a term asked about alone, "What is containor?", the verifier
 * leaves to a judge), and neither at the first letter nor at the last, where names and other words are made ("canva"
 * is no "canvas" misspelt; "aache").
 */
function listedSlipTaken(misspelt: string, word: string, options: DifferenceOptions, lexicon: Lexicon): boolean {
  return misspelt[0] === word[0] && misspelt.at(-1) === word.at(-1) && options.mentioned?.() !== true && !oneEditFromAnother(misspelt.toLowerCase(), word.toLowerCase(), lexicon);
}

/**
 * Whether `misspelt` is one edit (a letter dropped, added, changed, or two swapped) from a common English word other than
 * `word` and its own forms that rivals it: about as frequent or more (RIVAL_RANK_RATIO), or its antonym. Then the list's
 * one correction may not be the writer's ("causual" is casual as often as causal, "dezert" desert, "employeers" employers, "miximum" minimum; a
 * review of the listed misspellings, session 58). A rarer neighbour of no such relation is no rival: "recieved" is
 * received, not relieved; "sytem" system, not stem.
 */
function oneEditFromAnother(misspelt: string, word: string, lexicon: Lexicon): boolean {
  const rank = lexicon.frequencyRank(word);
  const other = (candidate: string) =>
    candidate !== word &&
    candidate !== misspelt &&
    !word.startsWith(candidate) &&
    !candidate.startsWith(word) &&
    lexicon.isCommon(candidate) &&
    lexicon.isWord(candidate) &&
    !lexicon.sameLemma(candidate, word) &&
    (lexicon.frequencyRank(candidate) <= rank * RIVAL_RANK_RATIO || lexicon.relation(candidate, word) === 'antonym');
  for (let at = 0; at <= misspelt.length; at++) {
    const [head, tail] = [misspelt.slice(0, at), misspelt.slice(at)];
    for (const letter of LETTERS) if (other(head + letter + tail)) return true;
    if (at === misspelt.length) break;
    if (other(head + tail.slice(1))) return true;
    if (at + 1 < misspelt.length && other(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const letter of LETTERS) if (letter !== tail[0] && other(head + letter + tail.slice(1))) return true;
  }
  return false;
}

/**
 * Whether a typo in a text about code is still one: a common word of eight letters or more misspelt by a
 * slip of typing ("async funtions in JavaScript"; an over-refusal study, session 44), which no one names a variable or a
 * type after. A short one may be an identifier ("uint"/"unit", "ttest"/"test"), and a rarer one a term of art one key
 * from a word ("debounce"/"denounce", "coinfection"/"confection").
 */
function proseTypoInCode(misspelt: string, word: string, lexicon: Lexicon, listed: boolean): boolean {
  const slip = typingSlip(misspelt, word);
  // Not a vowel for a vowel: how packages are named after words ("vectorious", "pasition"; a review). A misspelling
  // of the curated list taken where it stands (`listed`: listedSlipTaken) is people's ("arguement"), whatever its slip.
  const slipped = (slip !== undefined && slip !== 'vowel') || listed;
  return word.length >= PROSE_TYPO_LENGTH && misspelt.length >= PROSE_TYPO_LENGTH - 1 && lexicon.isCommon(word) && slipped;
}
const PROSE_TYPO_LENGTH = 8;

/** Whether swapping two adjacent letters of `misspelt` also gives a common word other than `word`. */
function swapsToAnother(misspelt: string, word: string, lexicon: Lexicon): boolean {
  for (let at = 0; at + 1 < misspelt.length; at++) {
    const swapped = misspelt.slice(0, at) + misspelt[at + 1] + misspelt[at] + misspelt.slice(at + 2);
    if (swapped !== word && swapped !== misspelt && lexicon.isCommon(swapped)) return true;
  }
  return false;
}
/**
 * Whether a misspelling is also one slip of typing from `word`'s counterpart: the same word with a paired prefix
 * (intra-/inter-, ab-/ad-, hyper-/hypo-, pre-/peri-, a-/none), a word of the lexicon.
 */
function slipsFromAnother(misspelt: string, word: string, lexicon: Lexicon): boolean {
  for (const [one, other] of PAIRED_PREFIXES) {
    for (const [from, to] of [[one, other], [other, one]] as const) {
      if (!word.startsWith(from)) continue;
      const counterpart = to + word.slice(from.length);
      // A bare stem of six letters or more ("vascular"; not "ware" of "aware": a hostile review, session 41).
      if ((from === '' || to === '') && word.length - from.length < BARE_STEM_LETTERS) continue;
      if (counterpart !== word && counterpart !== misspelt && counterpart.length >= 4 && lexicon.isWord(counterpart) && typingSlip(misspelt, counterpart) !== undefined) return true;
    }
  }
  return false;
}
const BARE_STEM_LETTERS = 6;
/**
 * Whether a misspelling is one slip of typing (word-forms.ts typingSlip) from a word of the lexicon other than `word`
 * and its forms, as common as `word`: every word one swap, one letter more or less, or one inner vowel away, tried.
 */
function slipsFromOtherWord(misspelt: string, word: string, lexicon: Lexicon): boolean {
  // Beside a common word, a shorter or equal one only if common too ("waare" is aware, not ware); a longer one (a letter
  // left out of it, as of "motility" in "moility") and any beside a rarer term, if it is a word.
  const common = lexicon.isCommon(word);
  const other = (candidate: string) =>
    candidate !== word &&
    candidate !== misspelt &&
    lexicon.isWord(candidate) &&
    (!common || candidate.length > misspelt.length || lexicon.isCommon(candidate)) &&
    !lexicon.sameLemma(candidate, word) &&
    (typingSlip(misspelt, candidate) ?? keyboardSlip(misspelt, candidate)) !== undefined;
  for (let at = 0; at < misspelt.length; at++) {
    const [head, letter, tail] = [misspelt.slice(0, at), misspelt[at]!, misspelt.slice(at + 1)];
    if (at + 1 < misspelt.length && other(head + tail[0] + letter + tail.slice(1))) return true;
    if (other(head + tail)) return true;
    if (VOWELS.includes(letter)) for (const vowel of VOWELS) if (vowel !== letter && other(head + vowel + tail)) return true;
    for (const key of KEY_NEIGHBOURS[letter] ?? '') if (other(head + key + tail)) return true;
    for (const inserted of LETTERS) if (other(head + inserted + letter + tail)) return true;
  }
  return false;
}
const VOWELS = 'aeiou';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** A neighbour this much rarer than the list's word still rivals it ("converzation": conversation against conservation). */
const RIVAL_RANK_RATIO = 1.1;
/** Prefixes of opposite or neighbouring meaning, one slip of typing apart in some words. */
const PAIRED_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['inter', 'intra'], ['ab', 'ad'], ['hyper', 'hypo'], ['pre', 'peri'], ['pre', 'per'], ['ante', 'anti'], ['a', ''], ['an', ''], ['in', 'un'],
  ['sub', 'super'], ['endo', 'exo'], ['extra', 'intra'], ['infra', 'supra'], ['micro', 'macro'], ['hetero', 'homo'], ['dys', 'dis'], ['im', 'em'],
  ['ex', 'ec'], ['e', 'a'], ['de', 'di'], ['con', 'com'],
];
/** The longest misspelling checked for a second reading (the slips of longer words rarely make two words). */
const AMBIGUOUS_SWAP_LENGTH = 5;

/**
 * The degree of an adjective or adverb: a comparative ("larger", "better", "more") or superlative ("largest",
 * "best", "most") form of another lemma, or plain.
 */
function degreeOf(word: string, lexicon: Lexicon): 'comparative' | 'superlative' | 'plain' {
  if (SUPERLATIVES.has(word)) return 'superlative';
  if (COMPARATIVES.has(word)) return 'comparative';
  const graded = (suffix: string) => word.endsWith(suffix) && lexicon.lemmas(word).some((lemma) => lemma !== word && word.startsWith(lemma.slice(0, Math.max(2, lemma.length - 2))));
  if (graded('est')) return 'superlative';
  if (graded('er')) return 'comparative';
  return 'plain';
}
const SUPERLATIVES: ReadonlySet<string> = new Set(['best', 'worst', 'most', 'least']);
const COMPARATIVES: ReadonlySet<string> = new Set(['better', 'worse', 'more', 'less', 'fewer']);

/** Whether one of two words is a listed slip of the other, a short word of grammar (GRAMMAR_WORD_TYPOS), in the same case. */
export function isGrammarWordTypo(one: Token, other: Token): boolean {
  if (one.kind !== 'word' || other.kind !== 'word') return false;
  const [left, right] = [one.text, other.text];
  const typed = (typo: string, word: string) => GRAMMAR_WORD_TYPOS.get(typo.toLowerCase()) === word.toLowerCase() && /^\p{Lu}/u.test(typo) === /^\p{Lu}/u.test(word);
  return typed(left, right) || typed(right, left);
}
/** Slips of short words of grammar that are no word of their own, each with the word it stands for. */
const GRAMMAR_WORD_TYPOS: ReadonlyMap<string, string> = new Map([
  ['teh', 'the'], ['hte', 'the'], ['adn', 'and'], ['nad', 'and'], ['taht', 'that'], ['thta', 'that'], ['wiht', 'with'], ['waht', 'what'],
  ['whta', 'what'], ['jsut', 'just'], ['yuo', 'you'], ['yoru', 'your'], ['thier', 'their'], ['becuase', 'because'], ['shoudl', 'should'],
  ['woudl', 'would'], ['coudl', 'could'], ['wehn', 'when'], ['whihc', 'which'], ['tehm', 'them'], ['tehy', 'they'], ['frmo', 'from'],
]);

/**
 * A typo: a slip of typing (word-forms.ts typingSlip: two letters swapped, a letter doubled or undoubled, a
 * letter dropped inside a long word, one vowel for another; the last two of these only of a common word). A dropped letter is no typo when the short form is two words
 * ("nodriver") or a word with a suffix ("memo" + "ization"): that is how new words are coined.
 */
function isTypo(misspelt: string, word: string, lexicon: Lexicon, amidWords: () => boolean = () => false): boolean {
  const slip = typingSlip(misspelt, word) ?? (droppedFromCommon(misspelt, word, lexicon) && amidWords() ? 'drop' : undefined);
  // A neighbouring key struck for a letter, in a long word ("photosynthrsis", "restaurabt"; an over-refusal
  // study, session 44: every such typo refused), as common as a vowel slip must be or longer still; not where it is
  // also one slip from another word.
  if (slip === undefined) {
    const keyboard = keyboardSlip(misspelt, word);
    // Not a prefix before a word ("debounce" is de + bounce, a term, not "denounce"; a review).
    return keyboard !== undefined && (lexicon.isCommon(word) || word.length >= KEYBOARD_SLIP_RARE_LENGTH) && !prefixedWord(misspelt, lexicon) && !slipsFromOtherWord(misspelt, word, lexicon) && !slipsFromAnother(misspelt, word, lexicon);
  }
  // A slip one slip from the word's counterpart too says neither: "intrcellular" is intercellular or intracellular,
  // "aduction" abduction or adduction (a red team on directions, session 41: 44 of 384 such typos served against both).
  if (slip !== undefined && slipsFromAnother(misspelt, word, lexicon)) return false;
  // One slip from another word as well says neither: "dysphaia" is dysphagia or dysphasia, "isulated" isolated or
  // insulated, "inerior" interior or inferior (a red team on siblings, session 43: 1,812 such typos served against both).
  if (slip !== undefined && slipsFromOtherWord(misspelt, word, lexicon)) return false;
  // A short slip that two common words share says neither: "hwo" is "who" or "how".
  if (slip === 'swap' && misspelt.length <= AMBIGUOUS_SWAP_LENGTH && swapsToAnother(misspelt, word, lexicon)) return false;
  // A vowel for a vowel, or the last two letters swapped, is taken for a slip of a common word only ("definately",
  // "lenght"): one such edit from a rarer word is as often another term (nonogram/nanogram, liftover/leftover).
  if (slip === 'vowel' || (slip === 'swap' && misspelt.slice(0, -2) === word.slice(0, -2))) return lexicon.isCommon(word);
  if (slip !== 'drop') return slip !== undefined;
  // A letter left out where it makes another part of a chemical or surgical term is that term (dichloromethane/
  // dichloroethane, methyl/ethyl, ileostomy/ileotomy: a red team, session 41); elsewhere it is how words are misspelt,
  // rare drugs' names too ("azitromycin", "lisinopil": a hostile review of a rule that took every consonant dropped
  // from a word outside the vocabulary for another term).
  if (TERM_PARTS_ONE_LETTER_APART.some(([long, short]) => word.replace(long, short) === misspelt)) return false;
  const lemma = (part: string) => part.length >= 3 && lexicon.hasLemma(part);
  for (let split = 3; split <= misspelt.length - 3; split++) if (lemma(misspelt.slice(0, split)) && lemma(misspelt.slice(split))) return false;
  return !DERIVATIONAL_SUFFIXES.some((suffix) => misspelt.endsWith(suffix) && lemma(misspelt.slice(0, -suffix.length)));
}

/**
 * Whether `misspelt` is a common word of seven letters with one inner letter left out ("weddng", "maager"; an
 * over-refusal study, session 45: 374 of 385 such typos refused): typingSlip takes a dropped letter from eight letters
 * on, as short names are one letter from many words, but a common word's is as often a slip as a longer word's. Only
 * amid running words or after a possessive (isTypo's `amidWords`): a term asked about or named alone is as often
 * another one ("What is a varint?", "balance parens in Lisp", "chicken karahi"; a review, session 45). The guards of a
 * dropped letter (another word one slip away, two lemmas, a word and a suffix) still apply.
 */
function droppedFromCommon(misspelt: string, word: string, lexicon: Lexicon): boolean {
  if (word.length !== COMMON_DROP_LENGTH || misspelt.length !== word.length - 1 || !/^\p{Ll}+$/u.test(word) || !lexicon.isCommon(word)) return false;
  for (let index = 1; index < word.length - 1; index++) {
    if (word.slice(0, index) + word.slice(index + 1) !== misspelt) continue;
    return word[index] !== word[index - 1] && word[index] !== word[index + 1];
  }
  return false;
}
const COMMON_DROP_LENGTH = 7;

/**
 * A slip of a neighbouring key in a word of KEYBOARD_SLIP_LENGTH letters or more: one inner letter struck as a key beside
 * it ("photosynthrsis"). Not the first or the last letter, where words of their own are made; not a
 * letter added, which makes another term as often as a slip ("coinfection"/"confection", "nephrostomy"/"nephrotomy").
 */
function keyboardSlip(misspelt: string, word: string): 'neighbour' | undefined {
  if (word.length < KEYBOARD_SLIP_LENGTH || misspelt.length !== word.length || !/^\p{Ll}+$/u.test(misspelt) || !/^\p{Ll}+$/u.test(word)) return undefined;
  let at = -1;
  for (let index = 0; index < word.length; index++) {
    if (misspelt[index] === word[index]) continue;
    if (at !== -1) return undefined;
    at = index;
  }
  return at > 0 && at < word.length - 1 && (KEY_NEIGHBOURS[word[at]!] ?? '').includes(misspelt[at]!) ? 'neighbour' : undefined;
}
const KEYBOARD_SLIP_LENGTH = 8;
const KEYBOARD_SLIP_RARE_LENGTH = 10;
/** Whether a form is a prefix and a word, a word and an ending, or two words, as terms are coined ("debounce", "unmount", "dataframe"). */
function prefixedWord(form: string, lexicon: Lexicon): boolean {
  // Or a word with an ending ("computeds": Vue's computed properties, not "computers"; a review).
  if (INFLECTING_ENDINGS.some((ending) => form.endsWith(ending) && form.length - ending.length >= 4 && lexicon.isWord(form.slice(0, -ending.length)))) return true;
  if (COINING_PREFIXES.some((prefix) => form.startsWith(prefix) && form.length - prefix.length >= 4 && lexicon.hasLemma(form.slice(prefix.length)))) return true;
  for (let split = 3; split <= form.length - 3; split++) if (lexicon.hasLemma(form.slice(0, split)) && lexicon.hasLemma(form.slice(split))) return true;
  return false;
}
const INFLECTING_ENDINGS: readonly string[] = ['s', 'es', 'ed', 'ing', 'er', 'ers', 'ly'];
const COINING_PREFIXES: readonly string[] = ['de', 're', 'un', 'pre', 'non', 'anti', 'over', 'under', 'sub', 'co', 'multi', 'micro', 'auto', 'inter', 'super', 'hyper', 'meta', 'bi', 'tri', 'mis', 'out', 'up'];
/** The keys around each letter's on a QWERTY keyboard. */
const KEY_NEIGHBOURS: Readonly<Record<string, string>> = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

/** Parts of chemical and surgical terms one letter apart, each of its own meaning (methane/ethane, -ostomy/-otomy). */
const TERM_PARTS_ONE_LETTER_APART: ReadonlyArray<readonly [string, string]> = [['meth', 'eth'], ['ostom', 'otom']];
/**
 * British/American spelling: a listed pair (src/util/british-american.ts: tyre/tire, grey/gray, colour/color), directly or
 * through the words' lemmas (realised/realized), whatever the senses WordNet keeps for each; or two words that
 * differ by one of word-forms.ts's patterns and share a sense (a pair the list lacks; not timbre/timber,
 * mourning/morning). The caller rules out names (Labour/Labor, Phoenix/Phenix).
 */
function isSpelling(left: string, right: string, lexicon: Lexicon): boolean {
  // A hyphen added or dropped is a spelling by the same test (e-mail/email), never a typo: not re-sign/resign,
  // un-ionized/unionized.
  const hyphenated = left.includes('-') !== right.includes('-') && left.replaceAll('-', '') === right.replaceAll('-', '');
  if (!hyphenated && isBritishAmericanPair(left, right, lexicon)) return true;
  if (!hyphenated && !isSpellingVariant(left, right)) return false;
  if (!lexicon.isWord(left) || !lexicon.isWord(right)) return false;
  if (!hyphenated && isDigraphVariant(left, right) && !lexicon.nestsSenses(left, right)) return false;
  return lexicon.sharesSense(left, right);
}

/** Whether two words end in different inflections (-s, -ed, -ing, -er, -est): "colour"/"colors", "organised"/"organizes". */
function inflectedDifferently(left: string, right: string): boolean {
  const ending = (word: string) => /(?:ing|ed|est|er|s)$/u.exec(word)?.[0] ?? '';
  return ending(left) !== ending(right);
}

/**
 * A spelling variant, except where the prompt asks what the word is and the American form also names something
 * else (src/util/british-american.ts): "What is a storey?" / "What is a story?", "What is a groyne?" / "… a
 * groin?" ask for two definitions.
 */
function spellingDifference(left: string, right: string, pair: string, lexicon: Lexicon, options: DifferenceOptions): DifferenceClass {
  // The variety's own verb ("Americanise" / "Americanize") is not its question.
  if (options.varietyMatters?.() === true && !VARIETY_VERB.test(left) && !VARIETY_VERB.test(right)) return { kind: 'blocking', reason: `spelling ${pair} (a variety of English)`, strong: true };
  const lemmas = lexicon.lemmas(right);
  const splits = lexicon.lemmas(left).some((a) => lemmas.some((b) => splitsInDefinition(a, b)));
  if (splits && options.asksDefinition?.() === true) return { kind: 'blocking', reason: `spelling ${pair} (a definition)`, strong: true };
  return { kind: 'accepted', notes: [`spelling ${pair}`] };
}

const VARIETY_VERB = /^(?:americani|anglici|britici)/u;

/** A listed British/American pair (src/util/british-american.ts), as written or through the words' lemmas. */
function isBritishAmericanPair(left: string, right: string, lexicon: Lexicon): boolean {
  if (isBritishAmericanSpelling(left, right)) return true;
  // Through the lemmas only in the same form: "colour" / "colors" is one thing against several, "criticised" /
  // "criticizes" a past against a present (the list holds the inflected forms themselves).
  if (inflectedDifferently(left, right) || !mayBeListed(left) || !mayBeListed(right) || !spellsThroughLemma(left) || !spellsThroughLemma(right)) return false;
  const rightLemmas = lexicon.lemmas(right);
  return lexicon.lemmas(left).some((a) => rightLemmas.some((b) => a !== b && isBritishAmericanSpelling(a, b)));
}

/** Whether one of the changed words is, in its singular, only a name in WordNet ("america", "windsor"). */
function namesPlace(beforeWords: readonly Token[], afterWords: readonly Token[], lexicon: Lexicon): boolean {
  return [...beforeWords, ...afterWords].some((token) => token.kind === 'word' && !lexicon.hasCommonSense(lexicon.singular(token.text) ?? token.text) && lexicon.isWord(token.text));
}

/** Whether "the" stands on one side of a difference only. */
function theOnOneSide(before: readonly Token[], after: readonly Token[]): boolean {
  const the = (tokens: readonly Token[]) => tokens.some((token) => token.kind === 'word' && token.text.toLowerCase() === 'the' && token.notArticle !== true);
  return the(before) !== the(after);
}

/**
 * A phrasal verb written as one word, or the one word written as its phrasal verb: "back up" / "backup", "log in" /
 * "login", "set up" / "set-up" / "setup", "work out" / "workout" (a word-form red team, session 36: all 240 such pairs
 * were refused as reworded). Only where WordNet lists both the phrasal verb and the joined word, and the second word
 * is a particle: not "green house" / "greenhouse", "all ready" / "already", "over time" / "overtime". The pair as a
 * note, or undefined.
 */
function phrasalVerbSpacing(before: readonly Token[], after: readonly Token[], lexicon: Lexicon, nextToken?: () => string | undefined): string | undefined {
  const [one, two] = before.length === 1 && after.length === 2 ? [before[0]!, after] : after.length === 1 && before.length === 2 ? [after[0]!, before] : [undefined, undefined];
  if (one === undefined || two === undefined || isName(one) || two.some(isName)) return undefined;
  const verb = two[0]!.text.toLowerCase();
  const particle = two[1]!.text.toLowerCase();
  const joinedWord = one.text.toLowerCase().replace('-', '');
  if (!PARTICLES.has(particle) || joinedWord !== `${verb}${particle}`) return undefined;
  // "in"/"on" before a word may start a phrase of place instead ("sign in DocuSign" is signing inside it, "log in
  // Django" logging in it; a review, session 36): only before "to", "with", "at" … or nothing.
  const next = nextToken?.() ?? '';
  if ((particle === 'in' || particle === 'on') && /[\p{L}\p{N}]/u.test(next) && !PARTICLE_FOLLOWERS.has(next)) return undefined;
  if (!JOINED_PHRASAL_VERBS.has(joinedWord) && (!lexicon.hasLemma(`${verb}_${particle}`) || !(lexicon.isWord(joinedWord) || lexicon.isDictionaryWord(joinedWord)))) return undefined;
  return `${joined(before)}/${joined(after)}`;
}
/**
 * One word token of hyphenated parts against the same parts as words ("round-trip" / "round trip"), each part two letters or
 * more and the case alike: the pair's note, else undefined. Not a closed compound ("everyday" / "every day", "maybe" /
 * "may be" differ), which phrasalVerbSpacing and the spelling rules judge.
 */
function hyphenForSpace(before: readonly Token[], after: readonly Token[], lexicon: Lexicon, next: string | undefined): string | undefined {
  const [one, parts] = before.length === 1 && after.length > 1 ? [before[0]!, after] : after.length === 1 && before.length > 1 ? [after[0]!, before] : [undefined, undefined];
  if (one === undefined || parts === undefined || one.kind !== 'word' || !one.text.includes('-') || parts.some((part) => part.kind !== 'word')) return undefined;
  const pieces = one.text.split('-');
  if (pieces.length !== parts.length || pieces.some((piece, index) => piece.length < 2 || piece !== parts[index]!.text)) return undefined;
  // Words of English on both sides of each hyphen, none a function of mathematics ("sin-cos" is a difference), and not
  // a count made vague or a degree of use ("twenty-odd people", "a little-used car"; a review told to break the rule).
  // Lowercase words of three letters or more, no prefix ("re-cover" / "re cover"), no name ("Monday-Friday"), not two
  // numbers ("ten-three"); and the compound not before another word, where it may modify it and the spaced words not
  // ("a heavy-metal detector" / "a heavy metal detector", "small-animal vet", "big-game hunter").
  const lower = pieces.map((piece) => piece.toLowerCase());
  if (pieces.some((piece) => piece !== piece.toLowerCase() || piece.length < 3 || HYPHEN_PREFIXES.has(piece)) || lower.every((piece) => NUMBER_WORDS.has(piece))) return undefined;
  if (next !== undefined && /^\p{L}/u.test(next) && !FUNCTION_WORDS.has(next)) return undefined;
  if (lower.some((piece) => !lexicon.isWord(piece) || MATH_FUNCTIONS.has(piece)) || lower.slice(1).some((piece) => VAGUE_SECOND_PIECES.has(piece))) return undefined;
  // Not a noun and a participle that takes it as its object, which spaced reads as a clause: "a man-eating shark" / "a man
  // eating shark".
  if (pieces.length === 2 && /ing$/u.test(pieces[1]!) && !/(?:est|er|ly)$/u.test(pieces[0]!)) return undefined;
  return `${joined(before)}/${joined(after)}`;
}

const MATH_FUNCTIONS: ReadonlySet<string> = new Set(['sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'log', 'ln', 'exp', 'sqrt', 'max', 'min', 'abs', 'mod', 'sinh', 'cosh', 'tanh']);
const VAGUE_SECOND_PIECES: ReadonlySet<string> = new Set(['odd', 'used', 'some', 'ish']);
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(['pre', 'non', 'sub', 'mis', 'dis', 'anti', 'over', 'under', 'extra', 'inter', 'intra', 'semi', 'multi', 'counter', 'post', 'self']);

/** Words after "log in" / "sign on" that keep it the phrasal verb (a mark or the end does too). */
const PARTICLE_FOLLOWERS: ReadonlySet<string> = new Set(['to', 'into', 'with', 'as', 'at', 'on', 'from', 'via', 'using', 'through', 'for', 'again', 'automatically', 'anymore', 'now', 'here', 'there', 'first', 'and', 'or', 'but', 'if', 'when', 'after', 'before', 'without']);
const PARTICLES: ReadonlySet<string> = new Set(['up', 'in', 'out', 'down', 'on', 'off', 'over', 'back', 'away', 'through']);
/** Joined phrasal verbs of software and everyday use that WordNet and the word list lack ("login", "signup", "popup"). */
const JOINED_PHRASAL_VERBS: ReadonlySet<string> = new Set([
  'login', 'logon', 'logout', 'signup', 'signin', 'signout', 'popup', 'dropdown', 'walkthrough', 'checkin', 'warmup',
  'rollback', 'printout', 'hangover', 'plugin', 'followup', 'pickup', 'lookup', 'startup', 'cleanup', 'setup', 'backup',
]);

function phraseSynonym(before: readonly Token[], after: readonly Token[], lexicon: Lexicon): DifferenceClass | undefined {
  if (before.length > 3 || after.length > 3 || [...before, ...after].some((token) => token.kind !== 'word')) return undefined;
  // One word against one word is classifyPair's (which refuses names, pronouns and tense changes as synonyms).
  if (before.length === 1 && after.length === 1) return undefined;
  const left = before.map((token) => token.text.toLowerCase()).join('_');
  const right = after.map((token) => token.text.toLowerCase()).join('_');
  if (!lexicon.hasLemma(left) && !lexicon.hasLemma(right)) return undefined;
  const relation = lexicon.relation(left, right);
  const pair = `${joined(before)}/${joined(after)}`;
  const light = [...before, ...after].some((token) => isLightVerb(token.text.toLowerCase(), lexicon) || isName(token));
  if (relation === 'synonym' && !light && isEverydaySynonym([left], [right])) return { kind: 'accepted', notes: [`synonym ${pair}`] };
  if (relation === 'synonym') return { kind: 'unexplained', reason: `near-synonym ${pair}` };
  if (relation !== undefined) return { kind: 'blocking', reason: `${relation} ${pair}`, strong: relation === 'antonym' };
  return undefined;
}

/**
 * Words that give "g" or "hr" after a number another sense than grams and hours: a needle's or a wire's gauge, an ear
 * stretched to a gauge, g-force, a grand owed; a heart rate (an attack on the verifier's acceptances, session 46: "Is
 * an 18 g needle big?" / "… 18 gram needle …", "My watch showed 180 hr at rest, is my heart okay?" / "… 180 hours …").
 */
export const UNIT_OTHER_SENSES: ReadonlyMap<string, RegExp> = new Map([
  // The gauge of what follows ("an 18 g needle"), g-force where flying or accelerating ("survive 9 g"), a grand owed (no
  // "of" after it), an ear stretched "from 2 g to 0 g"; not "a 10 g gold earring", "100 g of copper wire" (a hostile review).
  ['g', /\d\s*g\s+(?:needles?|catheters?|cannulas?|wires?|iv|tunnels?|plugs?|steel)\b|\bg-?forces?\b|\b(?:pilots?|roller ?coasters?|accelerat\w*|centrifuges?)\b[^.?!\n]{0,120}\d\s*g\b(?!\s+of)|\b(?:owes?|owed|borrow\w*|lend|lent|loan)\b[^.?!\n]{0,120}\d\s*g\s*(?:[,.?!]|$|back\b)|\bfrom\s+\d+\s*g\s+to\s+\d+\s*g\b/iu],
  // A heart rate: a number a heart beats at with "hr", in a text about the heart ("Is 180 hr too high?"); not "2 hr of cardio".
  ['hr', /^(?=[\s\S]*\b(?:heart|bpm|pulse|resting|hrv)\b)[\s\S]*(?<!\b(?:for|of|after|in|or|and|every|per|within|than|work|works|worked|working|slept|sleep|sleeping|study|studied|fast|fasted|fasting|only)\s+)\b(?:[4-9]\d|1\d\d|2[0-2]\d)\s*hr\b(?!\s+(?:a\s+|per\s+|this\s+|each\s+)?(?:weeks?|days?|nights?|shifts?|of)\b)/iu],
  ['hrs', /^(?=[\s\S]*\b(?:heart|bpm|pulse|resting|hrv)\b)[\s\S]*(?<!\b(?:for|of|after|in|or|and|every|per|within|than|work|works|worked|working|slept|sleep|sleeping|study|studied|fast|fasted|fasting|only)\s+)\b(?:[4-9]\d|1\d\d|2[0-2]\d)\s*hrs\b(?!\s+(?:a\s+|per\s+|this\s+|each\s+)?(?:weeks?|days?|nights?|shifts?|of)\b)/iu],
]);

/** Whether `abbreviation` (as typed: "mg", "MB") is the unit `name` (any case, singular or plural, either spelling). */
function namesUnit(abbreviation: string, name: string): boolean {
  return UNIT_ABBREVIATIONS.get(abbreviation)?.includes(name.toLowerCase().replace(/s$/u, '').replace(/re$/u, 'er')) === true;
}
/**
 * Units by their abbreviation as typed, and their names (singular, American spelling). Not the one-letter ones that
 * name other things after a number ("5 m" may be millions, "5 G" a network), nor "lbs"/"pounds" (a sum of money),
 * "pt" (a point or a pint) or "in".
 */
const UNIT_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['km', ['kilometer']], ['cm', ['centimeter']], ['mm', ['millimeter']], ['kg', ['kilogram', 'kilo']], ['kgs', ['kilogram', 'kilo']],
  ['g', ['gram']], ['mg', ['milligram']], ['mcg', ['microgram']], ['µg', ['microgram']], ['μg', ['microgram']], ['ug', ['microgram']],
  ['oz', ['ounce']], ['ml', ['milliliter']], ['mL', ['milliliter']], ['tbsp', ['tablespoon']], ['Tbsp', ['tablespoon']],
  ['tsp', ['teaspoon']], ['ft', ['foot', 'feet']], ['mi', ['mile']], ['yd', ['yard']], ['yds', ['yard']], ['gal', ['gallon']],
  ['qt', ['quart']], ['hr', ['hour']], ['hrs', ['hour']], ['min', ['minute']], ['mins', ['minute']], ['sec', ['second']],
  ['secs', ['second']], ['KB', ['kilobyte']], ['MB', ['megabyte']], ['GB', ['gigabyte']], ['TB', ['terabyte']], ['kW', ['kilowatt']],
  ['Hz', ['hertz']], ['kHz', ['kilohertz']], ['MHz', ['megahertz']], ['GHz', ['gigahertz']],
]);

function differsInUnitPrefix(left: string, right: string): boolean {
  const strip = (word: string) => {
    const prefix = UNIT_PREFIXES.find((candidate) => word.startsWith(candidate) && word.length > candidate.length + 2);
    return { prefix: prefix ?? '', stem: prefix ? word.slice(prefix.length) : word };
  };
  const a = strip(left);
  const b = strip(right);
  return a.prefix !== b.prefix && (a.stem === b.stem || (a.stem.slice(0, 2) === b.stem.slice(0, 2) && a.prefix !== '' && b.prefix !== ''));
}

function isLightVerb(word: string, lexicon: Lexicon): boolean {
  return lexicon.lemmas(word).some((lemma) => LIGHT_VERBS.has(lemma));
}

/**
 * "the future/futures" when a noun changes number, "the" stands before its singular and the plural has no article
 * in the same difference: one named thing against a generic plural, which may be a term of its own.
 */
function definiteSingular(before: readonly Token[], after: readonly Token[], beforeWords: readonly Token[], afterWords: readonly Token[], lexicon: Lexicon): string | undefined {
  const hasThe = (tokens: readonly Token[]) => tokens.some((token) => isArticle(token) && token.text.toLowerCase() === 'the');
  const hasArticle = (tokens: readonly Token[]) => tokens.some(isArticle);
  for (let index = 0; index < beforeWords.length; index++) {
    const [left, right] = [beforeWords[index]!.text.toLowerCase(), afterWords[index]!.text.toLowerCase()];
    if (lexicon.singular(left) === right && hasThe(after) && !hasArticle(before)) return `the ${right}/${left}`;
    if (lexicon.singular(right) === left && hasThe(before) && !hasArticle(after)) return `the ${left}/${right}`;
  }
  return undefined;
}

/** "the/a" when one side of a difference has "the" where the other has "a" or "an" (and not also "the"). */
function articleSwap(before: readonly Token[], after: readonly Token[]): string | undefined {
  const definite = (tokens: readonly Token[]) => tokens.some((token) => isArticle(token) && token.text.toLowerCase() === 'the');
  const indefinite = (tokens: readonly Token[]) => tokens.find((token) => isArticle(token) && token.text.toLowerCase() !== 'the');
  const [beforeDefinite, afterDefinite] = [definite(before), definite(after)];
  if (beforeDefinite === afterDefinite) return undefined;
  const generic = beforeDefinite ? indefinite(after) : indefinite(before);
  return generic === undefined ? undefined : beforeDefinite ? `the/${generic.text}` : `${generic.text}/the`;
}

// Not an a/an/the the verifier marked as no English article (the letter A, "a few", a foreign text's "a").
export function isArticle(token: Token): boolean {
  return token.kind === 'word' && token.notArticle !== true && ARTICLES.has(token.text.toLowerCase());
}

function isName(token: Token): boolean {
  return !token.sentenceStart && /^\p{Lu}/u.test(token.text);
}

function isAcronym(text: string): boolean {
  return text.length >= 2 && /^\p{Lu}+$/u.test(text);
}

function side(tokens: readonly Token[], token: Token): boolean {
  return tokens.includes(token);
}

function describeKind(token: Token): string {
  if (token.kind === 'word') return FREQUENCY_AND_QUANTIFIERS.has(token.text.toLowerCase()) ? 'quantifier' : 'number';
  return token.kind === 'code' || token.kind === 'space' ? 'code' : token.kind;
}

function joined(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join(' ');
}

const SECURE_PROTOCOLS: ReadonlySet<string> = new Set(
  ['http', 'ftp', 'ws', 'smtp', 'imap', 'pop3', 'ldap', 'nntp', 'sftp'].flatMap((protocol) => [`${protocol}/${protocol}s`, `${protocol}s/${protocol}`]),
);
