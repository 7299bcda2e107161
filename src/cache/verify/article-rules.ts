import { FUNCTION_WORDS, LANGUAGES, NUMBER_WORDS } from './closed-lists.ts';
import { isInvariantNoun } from './noun-number.ts';
import type { Lexicon } from './lexicon.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import { someTokenOnce } from './token-scan.ts';
import type { Token } from './verify-tokens.ts';
import { FORMS_OF_BE } from './word-context.ts';

/**
 * Where an article added or dropped is the question rather than a slip (DESIGN.md §1, "verify"): the
 * StructuralVerifier passes these to classifyDifference as its bareNounMatters and namesPeriod options.
 */

/**
 * Whether a number in digits that one side has an article before is a thing with it and a count or an age without (a
 * red team on numbers, session 42): after a verb "be" that follows a person or an animal (a pronoun, or a noun whose
 * first sense is one: "She's a 7" is a rating, "She's 7" an age; "my girlfriend is a 34" a size; not "My credit score
 * is a 680"); a number with "or", "and" or "vs" and another number closing the phrase ("the 13 or the 14" are models,
 * "13 or 14" a count; not "the 128 or 256 GB iPhone"). Not a question's verb before its subject ("Is a 700 a good
 * credit score?" / "Is 700 …"), nor a number before its noun.
 */
function numberNamedByArticle(side: PreparedSide, at: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const next = tokens[at + 1];
  const key = (token: Token | undefined) => (token?.kind === 'word' ? token.key.toLowerCase() : '');
  // The phrase closes at the text's or a sentence's end (the marks are set aside: "My nephew is 12. Any advice?"), a
  // mark or a function word.
  const closesPhrase = (index: number) => {
    const token = tokens[index];
    return token === undefined || side.breaks[index] === 1 || token.sentenceStart || token.kind !== 'word' || FUNCTION_WORDS.has(key(token));
  };
  // Where the article may be (the other side's, so `at - 1` is the word before it or before the number).
  const before = key(tokens[at - 1]) === 'a' || key(tokens[at - 1]) === 'an' || key(tokens[at - 1]) === 'the' ? at - 2 : at - 1;
  // "2 to the 10" is a power (1,024), "2 to 10" a range (a red team on numbers, session 51: 16 of 16 served).
  if (key(tokens[before]) === 'to' && tokens[before - 1]?.kind === 'number') return true;
  if (!closesPhrase(at + 1)) return false;
  const previous = tokens[before];
  const subject = tokens[before - 1];
  if (previous?.kind === 'word' && FORMS_OF_BE_AFTER_SUBJECT.has(key(previous)) && !previous.sentenceStart && subject?.kind === 'word' && (PERSON_PRONOUNS.has(key(subject)) || lexicon.namesLivingBeing(key(subject)))) return true;
  // The question's order: "Is she a 10?" (a rating) / "Is she 10?" (an age).
  if (previous?.kind === 'word' && (PERSON_PRONOUNS.has(key(previous)) || lexicon.namesLivingBeing(key(previous))) && subject?.kind === 'word' && FORMS_OF_BE_AFTER_SUBJECT.has(key(subject))) return true;
  const joiner = key(next);
  if (joiner !== 'or' && joiner !== 'and' && joiner !== 'vs') return false;
  const other = tokens[at + 2]?.kind === 'number' ? at + 2 : tokens[at + 3]?.kind === 'number' ? at + 3 : -1;
  return other !== -1 && closesPhrase(other + 1);
}
const FORMS_OF_BE_AFTER_SUBJECT: ReadonlySet<string> = new Set([...FORMS_OF_BE, 'am', 'be', 'been']);
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'we', 'they']);

/**
 * Whether a noun read bare has another common sense than with "a", beyond a substance and a thing in its commonest
 * senses (namesStuffAndThing): a meat and an animal or a material and a made thing in any stored sense (Lexicon's
 * massReading: "lamb", "duck", "pot"), a season or a span against an event ("fall", "time"), or a sense WordNet does
 * not store, a drug's street name or a phone's signal ("crack", "coke", "reception"; a red team on the brief's
 * categories, session 49: "Can I bring a pot on a plane?" / "… bring pot …", "Is there a reception at the hotel?" /
 * "… reception …", 342 of 459 served as an article).
 */
function hasOtherBareSense(word: string, previous: Token, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  const before = previous.kind === 'word' ? previous.key.toLowerCase() : '';
  // Not a thing mended, cleaned or kept, which is the thing either way ("How to fix (a) crack in (the) wall", "clean (a) pot").
  if (TENDING_VERBS.has(before)) return false;
  if (OTHER_BARE_SENSES.has(lower) || lexicon.massReading(lower) !== undefined) return true;
  // "get (a) home", "enjoy (a) company": bare the place one goes to, the companionship one keeps; elsewhere a writer
  // who leaves articles out ("How to buy home in California", "How to start company in Germany"; a review, session 49).
  if (lower === 'home') return GOING_VERBS.has(before);
  if (lower === 'company') return KEEPING_VERBS.has(before);
  // A season asked about as a cause or a time ("Can (a) fall affect my allergies?", "in (a) spring"), not an event one
  // recovers from ("recover from (a) fall on ice").
  return (lexicon.namesTimeAndEvent(lower) || lower === 'spring') && (QUESTION_AUXILIARIES.has(before) || FORMS_OF_BE.has(before) || SEASON_BEFORE.has(before));
}
const OTHER_BARE_SENSES: ReadonlySet<string> = new Set([
  'crack', 'coke', 'grass', 'weed', 'acid', 'dope', 'smack', 'speed', 'ice', 'molly', 'reception',
  // A service, a game, a charge, a material or a room to spare bare, a thing with "a", in senses WordNet ranks low or
  // does not store: "How much does (a) cable cost per month?" (cable TV), "(a) pool" (the game), "(a) cover" (a club's
  // charge), "Is (a) rubber safe for kids?", "(a) space", "(a) film", "(a) tape", "(a) wire" (a red team, session 56).
  'cable', 'pool', 'cover', 'rubber', 'space', 'film', 'tape', 'wire', 'lace', 'pipe', 'wood', 'jam', 'gas', 'power', 'toast', 'change', 'room', 'joint',
]);
/** Adverbs of place and time that close a noun's phrase: "bring (a) pot home", "take (a) film abroad". */
const CLOSING_ADVERBS: ReadonlySet<string> = new Set(['home', 'abroad', 'overseas', 'along', 'back', 'away', 'today', 'tonight', 'tomorrow', 'yesterday', 'inside', 'outside', 'upstairs', 'downstairs']);
const TENDING_VERBS: ReadonlySet<string> = new Set([
  'fix', 'repair', 'seal', 'fill', 'patch', 'clean', 'wash', 'scrub', 'remove', 'prevent', 'cover', 'hide', 'caulk', 'raise', 'feed', 'breed', 'keep', 'pet',
  'train', 'hatch', 'glue', 'mend', 'paint', 'polish', 'season', 'store', 'dry',
]);
const GOING_VERBS: ReadonlySet<string> = new Set(['get', 'go', 'come', 'drive', 'walk', 'arrive', 'head', 'fly', 'ride', 'run', 'bring', 'getting', 'going', 'coming', 'driving', 'walking', 'heading']);
const KEEPING_VERBS: ReadonlySet<string> = new Set(['like', 'enjoy', 'keep', 'want', 'need', 'miss', 'prefer', 'love', 'crave', 'likes', 'enjoys', 'wants', 'needs']);
const SEASON_BEFORE: ReadonlySet<string> = new Set(['in', 'during', 'this', 'next', 'last', 'every', 'through', 'until', 'since', 'before', 'after']);

/**
 * Whether the phrase opening at `at` (its modifiers, at most SAME_PLURAL_REACH words) ends in a noun whose plural is
 * itself (isInvariantNoun) that heads it: "a (TV) series like …", not "a deer crossing sign".
 */
function headsWithSamePlural(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  for (let index = at; index < at + SAME_PLURAL_REACH; index++) {
    const token = tokens[index];
    if (token?.kind !== 'word' || FUNCTION_WORDS.has(token.key.toLowerCase())) return false;
    if (!isInvariantNoun(token.key.toLowerCase())) continue;
    const next = tokens[index + 1];
    return !(next?.kind === 'word' && !FUNCTION_WORDS.has(next.key.toLowerCase()) && (lexicon.nounShare(next.key) ?? 0) >= MODIFIED_NOUN_SHARE);
  }
  return false;
}
const SAME_PLURAL_REACH = 4;
/** Verbs of a request for one thing or several: "Write a haiku", "Name a species", "Recommend a series". */
const ASKING_FOR_ONE: ReadonlySet<string> = new Set(['write', 'compose', 'recommend', 'suggest', 'name', 'give', 'list', 'create', 'generate', 'draw', 'find', 'show', 'pick', 'choose', 'share', 'send', 'me', 'us']);

/**
 * Whether the bare noun at `at`, where the other side has an indefinite article before it, reads differently
 * without it: it ends its sentence ("Is there god?", "Does he have heart?"); the bare word is mostly an adjective
 * ("Can you get a cold from wet hair?" / "… get cold …"); or it names both a substance and a countable thing and
 * is no compound's modifier nor a measure ("Is iron good for anemia?" / "Is an iron good …", "buy paper in
 * London"; not "an iron supplement", "a glass of water"). After a coordinator the article is often left out ("a
 * list and tuple").
 */
export function bareNounMatters(side: PreparedSide, at: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const noun = tokens[at];
  if (noun?.kind === 'number') return numberNamedByArticle(side, at, lexicon);
  if (noun?.kind !== 'word') return false;
  const previous = tokens[at - 1];
  if (previous === undefined) return false;
  // A people's name is its language bare: "Is a German difficult to understand?" / "Is German …" (an attack on the
  // verifier's acceptances, session 45).
  if (LANGUAGES.has(noun.key.toLowerCase())) return true;
  // A noun whose plural is itself is one thing with "a" and several bare, as the object of a request: "Write a haiku
  // about autumn." / "Write haiku …", "Recommend a Netflix series" / "… series" (a red team on constraints, session 53:
  // 28 of 30 served). Not a kind spoken of ("Can a deer swim?", "What is a Fourier series?": a review).
  if (previous.kind === 'word' && ASKING_FOR_ONE.has(previous.key.toLowerCase()) && headsWithSamePlural(tokens, at, lexicon)) return true;
  // After a coordinator the article is mostly left out ("a list and (a) tuple"), unless the two words share the head
  // after them, one thing that is both: "a cheap and healthy lunch" / "a cheap and a healthy lunch", "a ham and
  // cheese sandwich" / "a ham and a cheese sandwich".
  if (previous.kind === 'word' && COORDINATORS.has(previous.key.toLowerCase())) return (previous.key === 'and' || previous.key === '&') && sharesHead(tokens, at, lexicon);
  // After "get" or "be" a bare word that is also a participle or an adjective is the state: "got a shot" / "got
  // shot", "gets a cold easily" / "gets cold easily", "is a drunk" / "is drunk".
  if (previous.kind === 'word' && BECOMING.has(previous.key.toLowerCase()) && !describesNext(tokens, at, lexicon)) {
    if (lexicon.isPastForm(noun.key) || (GETTING_FORMS.has(previous.key.toLowerCase()) && (lexicon.modifierShare(noun.key) ?? 0) > MODIFIER_SHARE)) return true;
  }
  if (at + 1 === tokens.length || side.breaks[at + 1] === 1 || tokens[at + 1]!.sentenceStart === true) return true;
  const next = tokens[at + 1]!;
  const following = next.key.toLowerCase();
  // "a quarter" is a number: "grew by a quarter" (25%) / "grew by quarter" (per quarter); not before "of" or its
  // noun, where bare it is the same number ("(a) quarter of 80", "a half hour").
  if (FRACTIONS.has(noun.key.toLowerCase()) && following !== 'of' && !(next.kind === 'word' && !FUNCTION_WORDS.has(following) && (lexicon.nounShare(next.key) ?? 0) >= MODIFIED_NOUN_SHARE)) return true;
  // After make, let or help, "a" before a living being and a verb makes the being its subject, where bare the two
  // words are one thing WordNet lists: "make a bird feed" (get one to eat) is not "make bird feed" (birdseed). Not
  // "help (a) friend move house", "make (a) phone call" (no such thing).
  if (previous.kind === 'word' && CAUSATIVE_VERBS.has(previous.key.toLowerCase()) && next.kind === 'word' && lexicon.namesLivingBeing(noun.key) && lexicon.canBeVerb(next.key) && lexicon.hasLemma(`${noun.key}_${next.key}`)) return true;
  // Only where it heads its phrase: "a big ball" / "big ball" drops the article before an adjective of a noun.
  const heads = next.kind === 'word' ? FUNCTION_WORDS.has(following) && !COORDINATORS.has(following) && following !== 'of' : CLAUSE_PUNCTUATION.test(next.text);
  if (heads && (lexicon.modifierShare(noun.key) ?? 0) > MODIFIER_SHARE) return true;
  const nounNext = next.kind === 'word' && !FUNCTION_WORDS.has(following) && (lexicon.nounShare(next.key) ?? 0) >= MODIFIED_NOUN_SHARE;
  // A maker's name bare is the company, with "a" its product, where the text is about investing or buying: "Is Tesla
  // a good investment?" / "Is a Tesla …?", "Is Tesla a good buy?" (its shares or a car; not "Is a Honda reliable?",
  // "a Python script", "a Samsung TV").
  if (makerAsCompany(tokens, at, lexicon)) return true;
  // A word mostly an adjective that also names an illness or a state, bare between a question's auxiliary and a
  // verb or an adjective: "Can cold trigger asthma?" / "Can a cold …?", "Is cold bad for a baby?" (not "Can (a)
  // minor open a bank account?").
  const asks = previous.kind === 'word' && (QUESTION_AUXILIARIES.has(previous.key.toLowerCase()) || FORMS_OF_BE.has(previous.key.toLowerCase()));
  if (asks && (lexicon.modifierShare(noun.key) ?? 0) > MODIFIER_SHARE && lexicon.namesState(noun.key) && next.kind === 'word' && !FUNCTION_WORDS.has(following) && !nounNext) return true;
  // A bird, a fish or a big fruit cooked, thawed or kept is whole with "a" and in pieces bare: "How long should I cook
  // (a) chicken at 350 degrees?", "thaw (a) turkey in cold water" (a red team on logic and structure, session 38); not
  // before the part it names ("(a) chicken breast").
  if (previous.kind === 'word' && (KITCHEN_VERBS.has(previous.key.toLowerCase()) || WHOLE_HANDLING_VERBS.has(previous.key.toLowerCase())) && WHOLE_OR_PIECES.has(noun.key.toLowerCase()) && !nounNext) return true;
  if (!lexicon.namesStuffAndThing(noun.key) && !hasOtherBareSense(noun.key, previous, lexicon)) return false;
  // Cooked or eaten, a food is the dish whether counted or not: "How long to boil (an) egg?", "bake (a) cake".
  if (previous.kind === 'word' && KITCHEN_VERBS.has(previous.key.toLowerCase())) return false;
  if (next.kind !== 'word') return CLAUSE_PUNCTUATION.test(next.text);
  if (following === 'of') return false; // a measure: "a glass of water", "a piece of paper"
  if (FUNCTION_WORDS.has(following)) return true;
  // An adverb of place or time after it closes its phrase, no compound's head: "Can I bring (a) pot home on the plane?"
  // (a red team, session 56).
  if (CLOSING_ADVERBS.has(following)) return true;
  // A noun before another is the compound's modifier ("an iron supplement", "a water bottle"). After a question's
  // auxiliary the next word may be the verb instead ("How much does (an) iron cost?"); it is the compound's head
  // when a verb follows it ("Why does a light switch get warm?").
  const share = lexicon.nounShare(next.key);
  if (share !== undefined && share < MODIFIED_NOUN_SHARE) return true;
  // The subject of "is" with a word that is no noun after it, the predicate: "Is glass recyclable?" asks about the
  // material, "Is a glass recyclable?" about the vessel (an attack on the verifier's acceptances, session 46).
  if (share === undefined && ((lexicon.modifierShare(next.key) ?? 0) > MODIFIER_SHARE || ADJECTIVE_ENDING.test(next.key)) && previous.kind === 'word' && FORMS_OF_BE.has(previous.key.toLowerCase()) && previous.sentenceStart) return true;
  if (previous.kind !== 'word' || !QUESTION_AUXILIARIES.has(previous.key.toLowerCase())) return false;
  const after = tokens[at + 2];
  return after === undefined || after.kind !== 'word' || after.sentenceStart || FUNCTION_WORDS.has(after.key.toLowerCase());
}
/**
 * Whether the word at `at`, bare on one side where the other has "the" before it, reads as another thing bare: after
 * "get" or "become" a word that is also a participle or mostly an adjective is the state ("My son got the shot at
 * school" / "… got shot …", "Did he get the hit?" / "… get hit?", "Did you get the beat?"), as after "a"
 * (bareNounMatters); after "take" a substance ("take the lead" / "take lead"); a word mostly an adjective, or "one",
 * that ends its phrase is a quality or a number ("Is this the final?" / "Is this final?", "Was it the cold?" / "Was it
 * cold?", "Is she the one?" / "Is she one?"). A red team on surface edits, session 48: 49 of 51 served. Not before a
 * noun it describes ("get the final score").
 */
export function bareWordMattersAfterThe(side: PreparedSide, at: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const word = tokens[at];
  const previous = tokens[at - 1];
  // A word of when after it is no noun it describes ("got (the) shot yesterday").
  if (word?.kind !== 'word' || previous?.kind !== 'word' || (describesNext(tokens, at, lexicon) && !WHEN_WORDS.has(tokens[at + 1]!.key.toLowerCase()))) return false;
  const key = word.key.toLowerCase();
  const before = previous.key.toLowerCase();
  const adjective = (lexicon.modifierShare(word.key) ?? 0) > MODIFIER_SHARE;
  if (GETTING_FORMS.has(before) && (lexicon.isPastForm(word.key) || SAME_FORM_PARTICIPLES.has(key) || adjective)) return true;
  if (TAKING_FORMS.has(before) && lexicon.namesStuffAndThing(word.key)) return true;
  // Otherwise only where the word ends its sentence: "Is it (the) same in the UK?", "What is (the) minimum in Texas?" are
  // one question (a review of a first version, session 48). Not an ordinal ("on (the) 4th", "(the) first"), a
  // superlative or a comparative ("make (the) most of", "Which is (the) cheaper?"), nor "same", the same either way.
  // A word of when after it leaves it ending the sentence: "Is this (the) final tonight?" (a review, session 48).
  const closing = tokens[at + 1]?.kind === 'word' && WHEN_WORDS.has(tokens[at + 1]!.key.toLowerCase()) && tokens[at + 1]!.key.toLowerCase() !== 'in' ? at + 2 : at + 1;
  const next = tokens[closing];
  const endsSentence = next === undefined || side.breaks[closing] === 1 || next.sentenceStart === true;
  if (ORDINAL.test(key) || SUPERLATIVE.test(key) || COMPARATIVE.test(key) || key === 'same') return false;
  return endsSentence && (adjective || key === 'one');
}
const COMPARATIVE = /^(?:more|less|better|worse|\p{L}{2,}er)$/u;
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|latter|former)$/u;
const SUPERLATIVE = /^(?:most|least|best|worst|\p{L}{2,}est)$/u;
const TAKING_FORMS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** Verbs whose participle is their base form (isPastForm reads only forms that differ): "get hit", "get cut", "get beat". */
const SAME_FORM_PARTICIPLES: ReadonlySet<string> = new Set(['hit', 'cut', 'beat', 'hurt', 'shut', 'set', 'put', 'cast', 'burst', 'upset', 'bust', 'spread', 'split', 'quit', 'bet', 'let']);

/**
 * Whether the capitalised word at `at`, bare on one side and after "a" on the other, is a maker's name in a text about
 * investing, buying or a company's value: bare it is the company, with "a" its product ("How much is Tesla worth?" /
 * "How much is a Tesla worth?", "What is (a) BMW worth?"). Not before a noun or another capital ("a Samsung TV", "a Tesla
 * Model 3"); a word of when is none ("the price of (a) Kia today").
 */
function makerAsCompany(tokens: readonly Token[], at: number, lexicon: Lexicon, valueOnly = false): boolean {
  const [noun, next] = [tokens[at], tokens[at + 1]];
  if (noun?.kind !== 'word' || noun.sentenceStart || !/^\p{Lu}(?:\p{Ll}|\p{Lu}{1,3}$)/u.test(noun.text)) return false;
  // A place after "in", "to", "from" ("the average price in (the) Netherlands").
  const before = tokens[at - 1]?.key.toLowerCase() === 'the' || tokens[at - 1]?.key.toLowerCase() === 'a' ? tokens[at - 2] : tokens[at - 1];
  if (before?.kind === 'word' && PLACE_PREPOSITIONS.has(before.key.toLowerCase())) return false;
  // Nor before a model's number ("the Ryzen 7 7700X", "the Roomba j7").
  if (next !== undefined && /\p{N}/u.test(next.text)) return false;
  if (next?.kind === 'word' && !WHEN_WORDS.has(next.key.toLowerCase()) && (/^\p{Lu}/u.test(next.text) || (!FUNCTION_WORDS.has(next.key.toLowerCase()) && (lexicon.nounShare(next.key) ?? 0) >= MODIFIED_NOUN_SHARE))) return false;
  // After "the", buying names one of the maker's products as the bare name does ("Is (the) Dyson worth buying?"): only
  // a value asked tells the company from the thing.
  return valueOnly ? aboutAValue(tokens) : aboutInvesting(tokens);
}

/** Whether a text asks what something is worth (VALUE_WORDS, asksAValue). Once per token list, as aboutInvesting. */
function aboutAValue(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, ABOUT_A_VALUE, (token, index) => token.kind === 'word' && VALUE_WORDS.has(token.key.toLowerCase()) && asksAValue(tokens, index));
}
const ABOUT_A_VALUE = new WeakMap<readonly Token[], boolean>();

/**
 * Whether a text is about investing, buying, selling or a value or a price ("How much is (a) Tesla worth?": the company's
 * value or a car's price; "Is a Kindle worth it?" is the product either way). Once per token list: an article rule asks it
 * for every article changed.
 */
function aboutInvesting(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, ABOUT_INVESTING, (token, index) => token.kind === 'word' && (INVESTING.has(token.key.toLowerCase()) || (VALUE_WORDS.has(token.key.toLowerCase()) && asksAValue(tokens, index))));
}
const ABOUT_INVESTING = new WeakMap<readonly Token[], boolean>();

/**
 * Whether the value word at `index` asks what something is worth, not whether the product is worth having: "worth it",
 * "worth the money", "worth buying" and "hold its value" ask about the product either way ("Is (a) Kindle worth it?",
 * "Does (the) Dyson hold its value?"; a hostile review, session 40).
 */
function asksAValue(tokens: readonly Token[], index: number): boolean {
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : '');
  if (word(index) === 'worth') return !WORTH_HAVING.has(word(index + 1)) && !word(index + 1).endsWith('ing');
  // "the price of (a) Volvo" asks a value; "worth the price", "the best price for (the) Dyson" the product's.
  if (word(index) === 'price') return word(index + 1) === 'of';
  return word(index) !== 'value' || !OWN_VALUE.has(word(index - 1));
}
const WORTH_HAVING: ReadonlySet<string> = new Set(['it', 'the', 'a', 'an', 'every', 'its', 'their', 'my', 'your', 'this', 'that']);
const OWN_VALUE: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'good', 'great', 'best', 'better']);

/** Whether the word at `at`, after a coordinator, and the one before the coordinator describe one head after them. */
function sharesHead(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const word = tokens[at]!;
  const next = tokens[at + 1];
  if (next?.kind !== 'word' || next.sentenceStart || FUNCTION_WORDS.has(next.key.toLowerCase())) return false;
  // Two words that only describe ("cheap and healthy", "black and white"): "a title and (a) short description" and
  // "a ham and (a) cheese sandwich" are left, one noun then a describing word or two nouns.
  const before = tokens[at - 2];
  const describes = (token: Token | undefined) => token?.kind === 'word' && (lexicon.modifierShare(token.key) ?? 0) >= MODIFIER_SHARE;
  return describes(word) && describes(before);
}
/** Fractions, which "a" makes a number. */
const FRACTIONS: ReadonlySet<string> = new Set(['half', 'third', 'quarter', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Verbs whose object may be followed by its own bare verb: "make a bird feed", "let a dog walk" (not "watch a horse race": the event). */
const CAUSATIVE_VERBS: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making', 'let', 'lets', 'letting', 'help', 'helps', 'helped', 'helping']);
const GETTING_FORMS: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'gotten', 'getting', 'become', 'becomes', 'became']);
const BECOMING: ReadonlySet<string> = new Set([...GETTING_FORMS, 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Whether the word at `at` describes a noun after it ("an only child", "a second opinion", "a black hole"). */
function describesNext(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const next = tokens[at + 1];
  return next?.kind === 'word' && !next.sentenceStart && !FUNCTION_WORDS.has(next.key.toLowerCase()) && (lexicon.nounShare(next.key) ?? 0) >= MODIFIED_NOUN_SHARE;
}

/**
 * Whether the article at `at` belongs to an idiom of ARTICLE_IDIOMS, after the word before it in any of its forms,
 * where the idiom ends its phrase or is asked about: "break the ice" (the social idiom) / "break ice", "broke the
 * ice with a new team" (the article side is read, where the idiom stands whole).
 */
export function articleInIdiom(side: PreparedSide, at: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const [before, article, noun, next] = [tokens[at - 1], tokens[at], tokens[at + 1], tokens[at + 2]];
  if (before?.kind !== 'word' || article?.kind !== 'word' || noun?.kind !== 'word') return false;
  // The idiom ends there: "break the ice." / "… with a shy group"; not "pay the price difference", "take the floor tiles".
  const endsSentence = next === undefined || next.sentenceStart || side.breaks[at + 2] === 1;
  // Or the idiom is asked about: "What does spill the tea mean?".
  if (!endsSentence && !(next.kind === 'word' && (FUNCTION_WORDS.has(next.key.toLowerCase()) || /^(?:mean|means|meant)$/iu.test(next.key)))) return false;
  const tail = `${article.key.toLowerCase()}_${noun.key.toLowerCase()}`;
  const word = before.key.toLowerCase();
  return [word, ...lexicon.lemmas(word)].some((form) => ARTICLE_IDIOMS.has(`${form}_${tail}`) || (endsSentence && SENTENCE_END_IDIOMS.has(`${form}_${tail}`)));
}
/**
 * Idioms whose article makes them the idiom and whose literal reading is another question ("break the ice" /
 * "break ice"). WordNet's phrases are not used: most also read literally ("draw a line in Python turtle", "take a
 * look at my code", "see the light on my router"), where the article is a slip.
 */
const ARTICLE_IDIOMS: ReadonlySet<string> = new Set([
  'break_the_ice', 'break_the_bank', 'break_a_leg', 'make_a_toast', 'raise_a_toast', 'propose_a_toast', 'kick_the_bucket', 'spill_the_beans',
  'bite_the_bullet', 'spill_the_tea', 'face_the_music', 'hit_the_sack', 'hit_the_hay', 'hit_the_books', 'hit_the_roof', 'call_the_shots', 'jump_the_gun',
  'rock_the_boat', 'tie_the_knot', 'steal_the_show', 'cut_the_mustard', 'take_the_cake', 'foot_the_bill', 'pass_the_buck', 'shoot_the_breeze',
  'turn_the_tables', 'take_the_plunge', 'throw_the_book', 'have_a_ball', 'have_a_blast', 'take_a_hike',
]);
/** Idioms only where they end the sentence: "Do you have the time?" (the hour), not "have the time to learn piano". */
const SENTENCE_END_IDIOMS: ReadonlySet<string> = new Set(['have_the_time', 'got_the_time', 'hit_the_road', 'make_the_cut', 'pay_the_price']);

/** Whether the tokens at `at` name a period up to now: "last year", "past two weeks", "previous month". */
export function namesPeriod(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const first = tokens[at];
  if (first?.kind !== 'word' || !PERIOD_OPENERS.has(first.key.toLowerCase())) return false;
  let unit = at + 1;
  if (tokens[unit]?.kind === 'number' || (tokens[unit]?.kind === 'word' && NUMBER_WORDS.has(tokens[unit]!.key.toLowerCase()))) unit++;
  const word = tokens[unit];
  // "the next year" after a past event is not "next year"; "the next day after Christmas" is anchored either way,
  // "the next 3 days" counts from now either way, "the next day" of a story is no period to come, and with no past
  // before it "(the) next week" is the coming one ("Plan my meals for (the) next week").
  if (first.key.toLowerCase() === 'next') return unit === at + 1 && !ANCHORS.has(tokens[unit + 1]?.key.toLowerCase() ?? '') && NEXT_PERIODS.test(word?.key ?? '') && tellsPast(tokens, at, lexicon);
  return word?.kind === 'word' && TIME_UNITS.test(word.key);
}
const PERIOD_OPENERS: ReadonlySet<string> = new Set(['last', 'past', 'previous', 'next']);
const ANCHORS: ReadonlySet<string> = new Set(['after', 'of', 'before', 'following']);
/** Whether a past event comes before `at`: a verb in the past ("I filed …") or a year ("in 2020"). */
function tellsPast(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  for (let index = 0; index < at; index++) {
    const token = tokens[index]!;
    if (token.kind === 'number' && /^(?:19|20)\d\d$/u.test(token.text)) return true;
    if (token.kind === 'word' && !FUNCTION_WORDS.has(token.key.toLowerCase()) && lexicon.tense(token.key) === 'past') return true;
  }
  return false;
}
const NEXT_PERIODS = /^(?:week|month|year|semester|season|term|decade|summer|winter|spring|autumn|fall)$/iu;
const TIME_UNITS = /^(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century|season|semester|term)s?$/iu;

const CLAUSE_PUNCTUATION = /^[,;:.!?)]$/u;
/** Foods cooked or kept whole or in pieces, whose time or keeping differs between the two. */
const WHOLE_OR_PIECES: ReadonlySet<string> = new Set([
  'chicken', 'turkey', 'duck', 'goose', 'hen', 'fish', 'salmon', 'trout', 'lamb', 'pig', 'ham', 'watermelon', 'melon', 'pumpkin', 'pineapple', 'cabbage',
]);
/** Verbs of handling a food whole or in pieces, besides cooking it. */
const WHOLE_HANDLING_VERBS: ReadonlySet<string> = new Set(['thaw', 'defrost', 'carve', 'brine', 'marinate', 'store', 'freeze', 'cut', 'debone']);
const KITCHEN_VERBS: ReadonlySet<string> = new Set(['bake', 'boil', 'fry', 'cook', 'grill', 'poach', 'scramble', 'roast', 'steam', 'peel', 'slice', 'chop', 'eat', 'make']);
const INVESTING: ReadonlySet<string> = new Set([
  'invest', 'investing', 'investment', 'investments', 'stock', 'stocks', 'shares', 'portfolio', 'dividend', 'dividends', 'buy', 'buying', 'bought',
  'valuation', 'gains',
]);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'near', 'across', 'around']);
const MAKING: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making', 'get', 'gets', 'got', 'getting']);
/** Words of when after a name, which no compound makes: "the price of (a) Kia today". */
const WHEN_WORDS: ReadonlySet<string> = new Set(['today', 'now', 'tomorrow', 'yesterday', 'tonight', 'currently', 'nowadays', 'anymore', 'these', 'this', 'next', 'last', 'in']);
/**
 * Words of a value or a price: "What is Tesla worth today?" asks the company's value, "… a Tesla …" a car's; "How much
 * value will (a) Samsung lose?", "the price of (a) Volvo", "Will (a) Garmin still be worth anything?" (a red team on
 * named entities, session 40: 1,225 such pairs served, where "worth" counted only beside "much").
 */
const VALUE_WORDS: ReadonlySet<string> = new Set([
  'worth', 'value', 'valued', 'price', 'priced', 'pricing', 'resale', 'depreciate', 'depreciates', 'depreciated', 'depreciation',
]);
const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must']);
/** The share of its tagged uses a word after a noun must have as a noun for the two to read as a compound. */
const MODIFIED_NOUN_SHARE = 0.5;
/** The share of its tagged uses as an adjective or adverb above which a bare word reads as one ("cold"). */
const MODIFIER_SHARE = 0.5;
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'vs', 'versus', '&']);

/**
 * Whether the bare noun at `at`, where the other side has "the" before it, forms a fixed phrase with the
 * preposition before it: "in front of the plane" is ahead of it, "in the front of the plane" its front part;
 * "in office" (holding it) / "in the office", "in house" / "in the house", "on top" / "on the top", "in hand".
 * Phrases WordNet lists (in_front, in_time, in_case, at_home…) and places that drop their article when they
 * name an activity (school, hospital, bed, prison, court, class).
 */
export function namesFixedPhrase(side: PreparedSide, at: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const noun = tokens[at];
  const preposition = tokens[at - 1];
  if (noun?.kind !== 'word' || preposition?.kind !== 'word') return false;
  const before = preposition.key.toLowerCase();
  if (!PHRASE_PREPOSITIONS.has(before)) return false;
  const lower = noun.key.toLowerCase();
  // "in heat" of an animal (an attack on the verifier's acceptances, session 46); not "Is it safe to run in (the) heat?".
  if (lower === 'heat' && before === 'in') return tokens[at + 1]?.key.toLowerCase() !== 'of' && tokens.some((token) => token.kind === 'word' && IN_SEASON_WORDS.has(token.key.toLowerCase()));
  // "in first place" is ranked first, "in the first place" at all (a red team on numbers, session 51: 19 of 19 served).
  // Only after a verb of ranking: "Why did I choose this job in (the) first place?" can only mean "at all" (a review).
  if (lower === 'first' && before === 'in' && tokens[at + 1]?.key.toLowerCase() === 'place') return [2, 3, 4].some((back) => RANKING_VERBS.has(tokens[at - back]?.key.toLowerCase() ?? ''));
  return PHRASE_NOUNS.has(lower) || lexicon.hasLemma(`${before}_${lower}`);
}
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'out', 'by', 'to', 'from']);
/** Verbs a ranking follows ("finished in first place", "end up in first place", "is in first place"). */
const RANKING_VERBS: ReadonlySet<string> = new Set([
  'finish', 'finished', 'finishes', 'finishing', 'up', 'came', 'come', 'comes', 'coming', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'stay',
  'stayed', 'stays', 'remain', 'remained', 'remains', 'placed', 'ranked', 'sit', 'sits', 'sitting', 'sat', 'still', 'currently', 'now', 'tied',
]);
const PHRASE_NOUNS: ReadonlySet<string> = new Set([
  'front', 'back', 'office', 'house', 'top', 'bottom', 'school', 'hospital', 'bed', 'prison', 'jail', 'court', 'class',
  'college', 'church', 'charge', 'hand', 'town', 'sea', 'work', 'home',
  // "in thousands" is the unit figures are given in, "in the thousands" their size (session 51).
  'hundreds', 'thousands', 'millions', 'billions', 'tens', 'dozens',
]);
/** Endings of adjectives the lexicon may lack ("recyclable"), not of a compound's head ("an air fryer"). */
const ADJECTIVE_ENDING = /\p{L}{3}(?:able|ible|ful|ous|ive|ic|al|less)$/iu;
/** Words of an animal's breeding, where "in heat" is in season and "in the heat" hot weather ("Can I spay my dog in (the) heat?"). */
const IN_SEASON_WORDS: ReadonlySet<string> = new Set(['dog', 'dogs', 'cat', 'cats', 'mare', 'mares', 'horse', 'cow', 'cows', 'heifer', 'female', 'bitch', 'spay', 'spayed', 'spaying', 'breed', 'breeding', 'mate', 'mating', 'puppy', 'kitten', 'pet', 'doe', 'ewe', 'sow', 'rabbit', 'hamster']);

const PICKED_BY_THE: ReadonlySet<string> = new Set(['few', 'fewest']);
const PICKED_BY_THE_BEFORE_PLURAL: ReadonlySet<string> = new Set(['most', 'only']);
const AUXILIARIES_BEFORE_SUBJECT: ReadonlySet<string> = new Set([
  'did', 'do', 'does', 'will', 'would', 'can', 'could', 'should', 'might', 'may', 'must', 'are', 'were', 'have', 'had', 'has', "didn't", "don't",
  "doesn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "aren't", "weren't",
]);
const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had']);
/** Plurals the lexicon's singular() does not give: "most people", "the only children". */
const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'folks', 'police', 'cattle', 'mice', 'geese', 'feet', 'teeth', 'staff', 'personnel', 'kids', 'adults']);

/**
 * Whether "the" added or dropped before the capitalised word at `at` picks another thing of that name: a word that
 * is a name only by its capital names a brand, a work or a performer bare and the thing itself after "the" ("How
 * long is Titanic?" the film / "… the Titanic?" the ship; "Who owns Amazon?" / "… the Amazon?"; "Queen's net worth"
 * / "the Queen's"; "the Jordan" the river / "Jordan" the country). Not a place or a natural thing alone ("the
 * Netherlands", "the Nile"), an acronym ("the EU"), a unique thing
 * whose "the" is often left out (THE_OPTIONAL: "Earth"), nor a name that modifies a noun after it ("the Biden
 * administration"): only where the name ends its phrase (a mark, "'s", a function word, a participle, or any word that
 * is not only a noun follows).
 */
export function namesAnotherByThe(side: PreparedSide, at: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const name = tokens[at];
  if (name?.kind === 'number') return numberNamedByArticle(side, at, lexicon);
  // "few" after "the" picks out the members: "Why do few startups succeed?" asks why they are few, "Why do the few
  // startups succeed?" why those did. ("(the) other planets" is left: "What are (the) other options?" is one.)
  if (name?.kind === 'word' && PICKED_BY_THE.has(name.key.toLowerCase())) return true;
  // "most" and "only" before things counted: "Did most people vote for Clinton?" asks for a majority, "Did the most
  // people …?" for a plurality; "Are only children lonely?" asks about children with no siblings, "Are the only
  // children …" about the only ones (a red team's one-word edits, session 34).
  if (name?.kind === 'word' && PICKED_BY_THE_BEFORE_PLURAL.has(name.key.toLowerCase())) {
    // "most" as the subject after an auxiliary ("Did (the) most voters …", "Which party did (the) most voters …"); not
    // an object, where both read as the largest number ("Which country has (the) most people?").
    let before = tokens[at - 1]?.key.toLowerCase() === 'the' ? tokens[at - 2] : tokens[at - 1];
    // "Haven't most …" is read "have not most …": the auxiliary is before the "not".
    if (before?.expanded === true && before.key.toLowerCase() === 'not') before = tokens[tokens.indexOf(before) - 1];
    // "have", "has", "had" only opening a question ("Have (the) most countries banned it?"), not as a verb ("Which
    // country has (the) most people?").
    const auxiliary = before?.key.toLowerCase() ?? '';
    // "(the) most of" is a plurality or a majority wherever it stands: "Who ate the most of the cake?" / "… most of the
    // cake?" (a red team on word problems, session 40: 64 of 80 served).
    // Not "make (the) most of", an idiom either way ("How do I make the most of my trip?").
    if (name.key.toLowerCase() === 'most' && tokens[at + 1]?.key.toLowerCase() === 'of' && !MAKING.has(tokens[at - 1]?.key.toLowerCase() === 'the' ? (tokens[at - 2]?.key.toLowerCase() ?? '') : (tokens[at - 1]?.key.toLowerCase() ?? ''))) return true;
    if (name.key.toLowerCase() === 'most' && (!AUXILIARIES_BEFORE_SUBJECT.has(auxiliary) || (HAVE_FORMS.has(auxiliary) && before?.sentenceStart !== true))) return false;
    const next = tokens[at + 1];
    const counted = next?.kind === 'word' ? next.key.toLowerCase() : '';
    if (counted === 'of' || PLURALS_WITHOUT_S.has(counted) || (counted !== '' && lexicon.singular(counted) !== undefined)) return true;
  }
  if (name?.kind !== 'word' || name.sentenceStart || !/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(name.text)) return false;
  const lower = name.text.toLowerCase().replace(/['’]s$/u, '');
  // A place or a river, a mountain takes "the" or not as it likes ("(the) Netherlands", "(the) Nile"); a name of
  // both is two things ("How long is the Mississippi?" the river, "… is Mississippi?" the state; "the Jordan").
  // Not a common word with a sense of its own, whose bare capital names a person, a paper or a brand: "Who is the
  // Rock?" (Dwayne Johnson) / "Who is Rock?", "Who owns the Sun?" (the newspaper) / "Who owns Sun?".
  const commonWord = lexicon.isCommon(lower) && lexicon.hasCommonSense(lower);
  if (THE_OPTIONAL.has(lower) || (!commonWord && lexicon.namesPlace(lower) !== lexicon.namesNaturalObject(lower))) return false;
  // A maker's or an artist's name bare is the company or the artist, after "the" one thing of theirs, in a text about
  // a value: "What is (the) Tesla worth today?", "What would (the) Lenovo be worth in 10 years?". Not a place ("the
  // price of a house in (the) Netherlands", above) nor a plural, a band's ("the net worth of (the) Beatles").
  if (!/s$/u.test(lower) && makerAsCompany(tokens, at, lexicon, true)) return true;
  // Otherwise only a common word with a sense of its own, one thing or many, that is no building: there the bare capital
  // makes a brand, a work or a performer of it (Amazon, Titanic, Queen, Prince, Sun). "The Beatles", "the
  // Louvre", "the Colosseum", "the Kremlin" are the same with or without "the".
  const riverAndPlace = lexicon.namesPlace(lower);
  // A plural names a band or a work as surely ("Did (The) Killers win?"); a building keeps its name either way ("(the)
  // Kremlin's position").
  if (!riverAndPlace && (!lexicon.isCommon(lower) || !lexicon.hasCommonSense(lower) || lexicon.namesArtifactFirst(lower))) return false;
  if (/['’]s$/u.test(name.text) || at + 1 === tokens.length || side.breaks[at + 1] === 1) return true;
  const next = tokens[at + 1]!;
  if (next.kind !== 'word') return true;
  const following = next.key.toLowerCase();
  // Nor where a verb, an adjective or an adverb follows ("How much money did (The) Predator make?", "Is (the) Amazon
  // shrinking?", "How polluted is (the) Ohio today?"; a red team on named entities, session 38: 1,041 pairs served).
  return following === "'s" || following === 's' || FUNCTION_WORDS.has(following) || lexicon.isPastForm(following) || (lexicon.isKnownAnywhere(following) && !lexicon.isOnlyNoun(following));
}
/**
 * Whether a short lowercase search opens with "the" before what it asks of a title, a band or a paper: "the police
 * members", "the road movie", "the sun newspaper", "the who songs" (a name typed in lowercase, which "police
 * members" is not). Capitals are the usual sign of a name (namesAnotherByThe); a search typed all in lowercase has
 * none.
 */
export function theOpensTitleSearch(text: string): boolean {
  if (!/^the\s/u.test(text) || text !== text.toLowerCase()) return false;
  const words = text.match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.length <= 6 && words.slice(2).some((word) => MEDIA_CUES.has(word));
}
const MEDIA_CUES: ReadonlySet<string> = new Set([
  'songs', 'song', 'album', 'albums', 'lyrics', 'members', 'band', 'movie', 'movies', 'film', 'cast', 'actor', 'actress', 'season', 'episode',
  'episodes', 'series', 'show', 'book', 'books', 'author', 'newspaper', 'owner', 'rapper', 'singer', 'guitar', 'guitarist', 'drummer', 'tour',
  'concert', 'trailer', 'game', 'news', 'height', 'age', 'wife', 'net',
]);
/** Unique things and periods written with or without "the": "How old is (the) Earth?", "(the) Renaissance". */
const THE_OPTIONAL: ReadonlySet<string> = new Set([
  'earth', 'moon', 'universe', 'internet', 'web', 'bible', 'quran', 'koran', 'torah', 'pope', 'equator', 'renaissance', 'reformation',
  'enlightenment', 'holocaust', 'bronze', 'iron', 'stone', 'cosmos', 'galaxy', 'government', 'president', 'senate', 'congress', 'parliament',
  'buddha', 'prophet', 'messiah', 'almighty', 'devil', 'creator', 'fed', 'met', 'economist',
  // (a cost review, session 38: "Can (the) Police search my phone?"; not the Sun, also a newspaper)
  'church', 'army', 'navy', 'police', 'military', 'court', 'supreme', 'constitution',
]);
