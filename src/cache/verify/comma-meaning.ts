import { firstAbove } from '../../util/bisect.ts';
import { FUNCTION_WORDS } from './closed-lists.ts';
import { isName } from './noun-number.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import { AUXILIARIES, BE_GET_HAVE } from './word-context.ts';

/**
 * A comma on one side only that changes what is meant, in texts whose kept words are the same (a comma is
 * sentence punctuation, set aside, elsewhere):
 * - before a relative clause, which then describes every one of the things instead of picking some out:
 *   "Refund the customers who were charged twice" / "Refund the customers, who were charged twice";
 * - between two words of a list the other side has too, which makes them two items: "Add peanut butter, bread and
 *   milk" / "Add peanut, butter, bread and milk" (a list of two made three, "Invite Mary Ann and Joe" / "Invite
 *   Mary, Ann and Joe", is left served: an opener's comma looks the same), or inside a WordNet compound before a
 *   list's "and" even where the other side has no list ("Add ice cream and cake" / "Add ice, cream and cake");
 * - before "because" after an action denied with do/did, which then gives the reason instead of denying it: "I
 *   didn't quit my job because of my boss" / "…, because of my boss" (not after a state: "I can't sleep, because …");
 * - before "which" and a verb after a plural, in no question ("Archive the emails which mention the merger").
 * `commas` and `sentences` are each side's boundaries (sentence-boundary.ts), of texts whose kept words are the
 * same. Returns the reason, or undefined. A comma after an opening phrase or before "and" keeps its freedom ("In
 * Python, how do I …", "Explain recursion, and give an example").
 */
export function commaChangesMeaning(
  sides: readonly [PreparedSide, PreparedSide],
  commas: readonly [readonly number[], readonly number[]],
  sentences: readonly [readonly number[], readonly number[]],
  lexicon: CommaLexicon,
): string | undefined {
  for (const one of [0, 1] as const) {
    const side = sides[one];
    const otherCommas = one === 0 ? commas[1] : commas[0];
    const other = new Set(otherCommas);
    let joined: Uint8Array | undefined;
    // Whether each sentence (by its end) asks, read once per sentence: a sentence of many commas before a long run of
    // marks would otherwise be read once per comma.
    const asks = new Map<number, boolean>();
    for (const at of commas[one]) {
      if (other.has(at)) continue;
      const word = (index: number) => (side.tokens[index]?.kind === 'word' ? side.tokens[index]!.key.toLowerCase() : undefined);
      const previous = word(at - 1);
      const next = word(at);
      // "I didn't quit my job because of my boss" denies the reason; "…, because of my boss" gives it for not quitting.
      if (next === 'because' && negatedBefore(side, at)) return 'comma before a reason after a negation';
      // "I didn't sell my house to avoid the tax" may deny the purpose; "…, to avoid the tax" gives it for not selling
      // (a red team on polarity, session 41: 30 of 30 served, "to" and "for").
      if ((next === 'to' || next === 'for') && negatedBefore(side, at) && purposeFollows(side, at)) return 'comma before a purpose after a negation';
      // "The bridge opens if a tall ship arrives and the traffic is stopped" (both are the condition) / "… arrives, and
      // the traffic is stopped" (the second is a fact); "Lucas said that Arjun scored(,) and Carlos won".
      if ((next === 'and' || next === 'or') && !NEW_REQUEST_AFTER.has(word(at + 1) ?? '') && conditionOpenBefore(side, at, commas[one])) return 'comma closing a condition before "and"/"or"';
      if (previous === undefined || next === undefined || FUNCTION_WORDS.has(previous)) continue;
      // "Rafael, claimed Priya, was absent" / "Rafael claimed Priya was absent": set off by two commas, the speaker
      // is someone else's word on the statement; without them the statement is the speaker's (who was absent flips).
      if (SPEECH_VERBS.has(next) && namesSpeaker(side, at + 1) && closesAside(side, at, commas[one], other)) return 'comma around a reported speaker';
      // Only a plural (or a collective noun: "kitchen staff who live abroad", a red team on conditions, session 36) is a
      // set a restrictive clause picks some of: "my landlord, who is moving" is one person either way.
      // A plural the text speaks to or of as the asker's own is one set either way: "Hello friends, who knows …",
      // "my parents, who are moving".
      const owner = word(at - 2);
      const whichClause = () => isVerbAfterWhich(word(at + 1), lexicon) && !CLAUSE_AFTER_NOUN.has(word(at + 2) ?? '') && !sentenceAsks(side, sentences[one], at, asks);
      const group = lexicon.singular(previous) !== undefined || COLLECTIVE_NOUNS.has(previous) || (NOMINAL_ADJECTIVES.has(previous) && owner === 'the');
      if (group && !ADDRESSING.has(owner ?? '') && (RELATIVE_PRONOUNS.has(next) || (next === 'which' && whichClause()))) return 'comma before a relative clause';
      // "my parents, Ann and Bob" (two people) / "my parents, Ann, and Bob" (four); "My son Tom and I" (two) / "My
      // son, Tom and I" (three): a comma after or inside a name that follows a group or a relative makes it an item.
      if ((next === 'and' || next === 'or') && namesAppositive(side, at, commas[one], other, lexicon)) return 'comma after an appositive';
      // "Priya Keller, the manager, and Ingrid Petrov" (two people) / "Priya Keller, the manager and Ingrid Petrov" (three).
      if ((next === 'and' || next === 'or') && namesRoleAfterName(side, at, commas[one], other, lexicon)) return 'comma after a role of a name';
      if (RELATIVES.has(previous) && /^\p{Lu}/u.test(side.tokens[at]!.text) && word(at + 1) === 'and') return 'comma before a name';
      if (FUNCTION_WORDS.has(next)) continue;
      joined ??= joinerAhead(side, sentences[one]);
      // A comma inside a compound before a list's "and"/"or" makes its two words two items: "Add ice cream and cake"
      // / "Add ice, cream and cake", "fruit juice and toast" / "fruit, juice and toast".
      if (joined[at] === 1 && lexicon.hasLemma(`${previous}_${next}`)) return 'comma between the words of a compound';
      // Or between two nouns WordNet joins in no compound: "What can I make with rice noodles and beans?" / "… rice,
      // noodles and beans?", "potato chips", "fish sauce", "corn bread" (a hostile review, session 47: 20 of 48 served).
      if (joined[at] === 1 && nounsSplitByComma(side, at, lexicon)) return 'comma between two nouns before a list';
      // A list on both sides, one item more on this one: a comma after an opening phrase ("If it rains tomorrow,
      // suggest activities for kids and adults", "Briefly, explain …") or in a place or a date ("Paris, France and
      // Chicago") is no item of a list the other side has.
      if (joined[at] === 1 && commaInSentence(otherCommas, sentences[one], at)) return 'comma between list items';
    }
  }
  return undefined;
}

/**
 * Whether the comma before token `at` stands between two lowercase nouns of food inside a sentence (not after a
 * pronoun's verb, "If it rains, bring tea and cake", nor after an opening phrase, "For dinner, chicken and rice"):
 * without it the first would be the second's modifier, one food instead of two ("rice noodles", "fish sauce"). Only
 * foods: "photosynthesis, respiration and fermentation" or "history, philosophy and economics" are lists typed with
 * or without commas (a probe of over-refusal, session 47: 18 of 27 such lists refused by a rule on any two nouns).
 */
function nounsSplitByComma(side: PreparedSide, at: number, lexicon: CommaLexicon): boolean {
  const first = side.tokens[at - 1]!;
  const second = side.tokens[at]!;
  // A compound's first noun is singular ("rice noodles"): "cats, dogs and birds" is a list typed with or without commas.
  if (lexicon.singular(first.key) !== undefined || first.text !== first.text.toLowerCase() || second.text !== second.text.toLowerCase()) return false;
  const firstWord = first.key.toLowerCase();
  const secondWord = second.key.toLowerCase();
  // The second is a food named after what it is made of ("pork chops", "egg whites"; a second review, session 47); not any
  // plural food after a singular one ("tomato, onions and garlic" is a list typed with or without commas; a third review).
  const product = FOOD_PRODUCTS.has(secondWord);
  if (!product || !(FOOD_MODIFIERS.has(firstWord) || (lexicon.namesFood(firstWord, true) && mostlyNoun(firstWord, lexicon)))) return false;
  const before = side.tokens[at - 2];
  if (first.sentenceStart || before === undefined || (before.kind === 'word' && SUBJECTS_AND_AUXILIARIES.has(before.key.toLowerCase()))) return false;
  for (let index = at - 1, words = 0; index >= 0 && words < OPENING_PHRASE_WORDS; index--, words++) {
    if (side.tokens[index]!.sentenceStart) return !OPENING_PREPOSITIONS.has(side.tokens[index]!.key.toLowerCase());
  }
  return true;
}
/** First words of foods that are more than nouns ("hot dogs", "corn dogs"). */
const FOOD_MODIFIERS: ReadonlySet<string> = new Set(['hot', 'corn', 'sweet', 'sour', 'dark', 'white', 'brown', 'red', 'green']);
/** Foods named after what they are made of ("rice noodles", "fish sauce", "pumpkin seeds"); not "chicken, broccoli and rice". */
// Heads that stand in a list on their own rarely ("nuts", "beans", "cookies", "cheese" do: "kale, beans and spinach";
// a third review, session 47).
const FOOD_PRODUCTS: ReadonlySet<string> = new Set([
  'noodles', 'chips', 'crisps', 'sauce', 'bread', 'seeds', 'soup', 'butter', 'milk', 'cake', 'cakes', 'pie', 'oil', 'flour', 'juice', 'paste',
  'powder', 'sticks', 'fries', 'rolls', 'balls', 'stew', 'curry', 'broth', 'stock', 'vinegar', 'syrup', 'chowder', 'wings', 'nuggets',
  'dumplings', 'fillets', 'steak', 'steaks', 'flakes', 'sprouts', 'shells', 'skins', 'peel', 'zest', 'extract', 'loaf', 'bites', 'patties',
  'skewers', 'kebabs', 'cutlets', 'tenders', 'strips', 'puree', 'scampi', 'cider', 'dogs', 'knots', 'rinds', 'chops', 'thighs', 'breasts', 'legs',
  'drumsticks', 'ribs', 'loin', 'belly', 'rings', 'whites', 'yolks', 'tortillas', 'wedges', 'fingers', 'livers', 'sandwich', 'sandwiches', 'bacon',
  'tacos', 'burger', 'burgers',
]);
function mostlyNoun(word: string, lexicon: CommaLexicon): boolean {
  const share = lexicon.nounShare(word);
  return share === undefined ? lexicon.canBeNoun(word) && !lexicon.canBeVerb(word) : share >= MOSTLY_NOUN;
}
/** The first noun's least share of noun uses ("rains" 0.7 after "it" is a verb). */
const MOSTLY_NOUN = 0.6;
const OPENING_PHRASE_WORDS = 4;
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in', 'on', 'at', 'after', 'before', 'during', 'with', 'without', 'from', 'by', 'as', 'like', 'since', 'until', 'besides']);
/** Subjects before a verb ("If it rains, …"); not an auxiliary, which a question's food may follow ("How long do chicken, thighs …"). */
const SUBJECTS_AND_AUXILIARIES: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'there', 'to']);

/**
 * Whether a condition or a reported statement opened in this sentence runs on, with no comma since, to the comma at
 * `at` (this side's only, before "and" or "or"): there the comma closes it, and what follows "and" is a fact or the
 * speaker's own instead of part of it (a red team on word problems, session 40: 60 of 73 such pairs served as
 * punctuation). Not where a comma already closed the condition ("If it rains, bring an umbrella(,) and boots").
 */
function conditionOpenBefore(side: PreparedSide, at: number, own: readonly number[]): boolean {
  const ownBefore = own[firstAbove(own, at - 1) - 1];
  const stop = Math.max(0, at - CONDITION_REACH, ownBefore ?? 0);
  for (let index = at - 1; index >= stop; index--) {
    const token = side.tokens[index]!;
    const word = token.kind === 'word' ? token.key.toLowerCase() : '';
    // Not "if" as "whether" ("Tell me if it is correct, and explain why").
    if (CONDITIONS.has(word)) return !(word === 'if' && WHETHER_BEFORE.has(side.tokens[index - 1]?.key.toLowerCase() ?? ''));
    if (word === 'that' && SPEECH_VERBS.has(side.tokens[index - 1]?.key.toLowerCase() ?? '')) return true;
    if (token.sentenceStart) return false;
  }
  return false;
}
const CONDITION_REACH = 40;
/** Words before an "if" that means "whether": "tell me if", "check if", "not sure if", "wondering if". */
const WHETHER_BEFORE: ReadonlySet<string> = new Set([
  'me', 'us', 'tell', 'check', 'see', 'know', 'ask', 'asking', 'wonder', 'wondering', 'determine', 'sure', 'unsure', 'decide', 'out', 'show',
  'confirm', 'verify', 'test', 'curious', 'idea', 'whether', 'matter', 'matters', 'care',
]);
/**
 * Words after "and"/"or" that open a request or a question of the asker's own, not a part of the condition: ", and
 * explain why", ", and how does it …", ", and I want to know …" (a hostile review, session 40).
 */
const NEW_REQUEST_AFTER: ReadonlySet<string> = new Set([
  'how', 'what', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose', 'is', 'are', 'can', 'could', 'should', 'would', 'will', 'do', 'does',
  'did', 'i', 'please', 'explain', 'tell', 'give', 'show', 'list', 'describe', 'suggest', 'recommend', 'write', 'help', 'also', 'then', 'if',
]);
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'provided', 'whenever', 'iff']);

/**
 * Whether the comma at `at` (this side's only, before "and") closes a name or two that a comma both sides have
 * sets after a group or a relative: "my parents, Ann(,) and Bob", "two dogs, a poodle(,) and a beagle".
 */
function namesAppositive(side: PreparedSide, at: number, own: readonly number[], other: ReadonlySet<number>, lexicon: CommaLexicon): boolean {
  // Only the few commas just before `at` (`own` is in order): a text of many commas is read once per comma, not
  // once per pair of them.
  for (let index = firstAbove(own, at - APPOSITIVE_WORDS - 1); index < own.length && own[index]! < at; index++) {
    const comma = own[index]!;
    if (!other.has(comma)) continue;
    const head = side.tokens[comma - 1];
    const owner = side.tokens[comma - 2];
    const name = side.tokens[comma];
    if (head?.kind !== 'word' || name?.kind !== 'word') continue;
    // A group of the asker's or counted ("my parents", "two dogs"), then a name or one thing ("Ann", "a poodle"): not
    // a list of things ("eggs, milk and bread").
    const owned = owner !== undefined && (owner.kind === 'number' || (owner.kind === 'word' && GROUP_OWNERS.has(owner.key.toLowerCase())));
    // A name or one thing; after one relative or role also one word after "the" or a title ("my brother, the lawyer,
    // and my aunt", "the witness, Ms Park, and …"; not "the managers, the interns, and the clients", "my wife, my son,
    // and my daughter", "my manager, the HR team, and the CEO", "my manager, the designers, and …": lists).
    const key = head.key.toLowerCase();
    const opener = name.key.toLowerCase();
    const named = /^\p{Lu}/u.test(name.text) || opener === 'a' || opener === 'an' || (RELATIVES.has(key) && APPOSITIVE_OPENERS.has(opener) && at === comma + 2 && lexicon.singular(side.tokens[comma + 1]?.key.toLowerCase() ?? '') === undefined);
    if (owned && named && (lexicon.singular(key) !== undefined || RELATIVES.has(key))) return true;
  }
  return false;
}
const GROUP_OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'the', 'two', 'three', 'four', 'both']);
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['the', 'mr', 'mrs', 'ms', 'dr']);
/** How many words an appositive name may take between its comma and the list's "and" ("a poodle", "Dr. Lee"). */
const APPOSITIVE_WORDS = 3;
/** Relatives and others a name follows as an appositive: "my son Tom", "my wife, Ana". */
const RELATIVES: ReadonlySet<string> = new Set([
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'mom', 'mum', 'dad', 'friend', 'boss', 'partner', 'cousin',
  'aunt', 'uncle', 'niece', 'nephew', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'boyfriend', 'girlfriend', 'fiance', 'fiancee',
  'roommate', 'colleague', 'coworker', 'neighbor', 'neighbour', 'child', 'kid', 'baby', 'dog', 'cat', 'manager', 'teacher', 'doctor',
  'lawyer', 'witness', 'officer', 'intern', 'client', 'customer', 'guest', 'landlord', 'tenant', 'nurse', 'coach', 'author', 'patient', 'ceo',
]);


/**
 * Whether the comma at `at` (this side's only, before "and"/"or") closes a role set after a name by a comma both sides
 * have: "Priya Keller, the manager(,) and Ingrid Petrov", "Ann, our treasurer(,) and Bob", the role one thing (a
 * singular noun after a determiner, in up to APPOSITIVE_WORDS words) and a name or a determiner after "and".
 */
function namesRoleAfterName(side: PreparedSide, at: number, own: readonly number[], other: ReadonlySet<number>, lexicon: CommaLexicon): boolean {
  const after = side.tokens[at + 1];
  if (after?.kind !== 'word' || !(isNameAt(side, at + 1) || ROLE_DETERMINERS.has(after.key.toLowerCase()))) return false;
  const role = side.tokens[at - 1];
  // A role, not a name: "Priya Keller, our CFO, Tom(,) and Mei" adds an Oxford comma after a name (a review, session 32).
  if (role?.kind !== 'word' || isNameAt(side, at - 1) || FUNCTION_WORDS.has(role.key.toLowerCase()) || lexicon.singular(role.key.toLowerCase()) !== undefined) return false;
  for (let index = firstAbove(own, at - APPOSITIVE_WORDS - 1); index < own.length && own[index]! < at; index++) {
    const comma = own[index]!;
    if (!other.has(comma) || !isNameAt(side, comma - 1) || !ROLE_DETERMINERS.has(side.tokens[comma]?.key.toLowerCase() ?? '')) continue;
    if (side.tokens.slice(comma, at).every((token) => token.kind === 'word')) return true;
  }
  return false;
}
const ROLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'its']);

/** Whether token `at` is a name ("Priya", "Keller"; noun-number.ts isName). */
function isNameAt(side: PreparedSide, at: number): boolean {
  const token = side.tokens[at];
  return token !== undefined && isName(token);
}

/**
 * Whether a comma of this side's only follows the speech verb after `at` within ASIDE_WORDS tokens ("…, claimed Priya
 * Kowalski, was absent"): the aside is closed, so it is no list of actions ("I packed, said goodbye and left").
 */
function closesAside(side: PreparedSide, at: number, own: readonly number[], other: ReadonlySet<number>): boolean {
  for (let index = firstAbove(own, at); index < own.length && own[index]! <= at + ASIDE_WORDS; index++) {
    const comma = own[index]!;
    // The sentence goes on after the aside ("…, was absent"), not a list of actions with "and" ("…, explained the
    // problem, and they froze my card").
    if (!other.has(comma) && side.tokens.slice(at + 1, comma).every((token) => token.kind === 'word') && !AFTER_ACTIONS.has(side.tokens[comma]?.key.toLowerCase() ?? '')) return true;
  }
  return false;
}
/**
 * Whether a speaker opens at `at`, after a speech verb: a name or a determiner ("claimed Priya", "said the manager"),
 * not a verb's object or adverbial ("I called the airline, asked for a refund, and …"; a review, session 32).
 */
function namesSpeaker(side: PreparedSide, at: number): boolean {
  const token = side.tokens[at];
  return token?.kind === 'word' && (isNameAt(side, at) || SPEAKER_DETERMINERS.has(token.key.toLowerCase()));
}
const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'one', 'another', 'some']);
const AFTER_ACTIONS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'then', 'so', 'nor']);
/** How many words a reported speaker takes between its verb and the closing comma ("claimed the new head of finance"). */
const ASIDE_WORDS = 8;
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'claimed', 'claims', 'insisted', 'insists', 'argued', 'argues', 'reported', 'reports', 'stated', 'states', 'wrote', 'writes',
  'noted', 'notes', 'added', 'adds', 'explained', 'explains', 'admitted', 'admits', 'alleged', 'alleges', 'announced', 'announces', 'confirmed',
  'confirms', 'replied', 'replies', 'warned', 'warns', 'suggested', 'suggests', 'thought', 'thinks', 'believed', 'believes', 'recalled', 'recalls',
  'told', 'tells', 'asked', 'asks', 'answered', 'answers', 'testified', 'testifies', 'declared', 'declares', 'mentioned', 'mentions',
  'remarked', 'remarks', 'observed', 'observes', 'joked', 'jokes', 'revealed', 'reveals', 'concluded', 'concludes', 'whispered', 'shouted',
  'maintained', 'maintains', 'conceded', 'concedes', 'countered', 'counters', 'recounted', 'estimated', 'estimates', 'predicted', 'predicts',
]);

/** What the comma rules ask of the lexicon (Lexicon's methods of these names). */
export interface CommaLexicon {
  /** The singular of a plural noun form: only a plural is a set a restrictive clause picks some of. */
  singular(word: string): string | undefined;
  canBeVerb(word: string): boolean;
  canBeNoun(word: string): boolean;
  /** The share of the word's tagged uses as a noun (0 to 1), undefined when WordNet's corpus never tags it. */
  nounShare(word: string): number | undefined;
  /** Whether a noun sense of the word is a food (or, with `orSource`, a plant or an animal). */
  namesFood(word: string, orSource?: boolean): boolean;
  /** Whether a word or phrase (joined with `_`) is a WordNet lemma ("ice_cream"). */
  hasLemma(phrase: string): boolean;
}

/** Words before a plural that make it people addressed or the asker's own. */
const ADDRESSING: ReadonlySet<string> = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'my', 'our', 'your', 'his', 'her', 'their', 'okay', 'ok', 'alright', 'right', 'well', 'so', 'now']);

/** Pronouns that open a relative clause after a noun ("which" only before a verb: "I have a dog, which food is best?" asks). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);

/** `ahead[i]` is 1 when and/or/nor follows token i in its sentence: one pass from the end, so a long text stays linear. */
function joinerAhead(side: PreparedSide, sentences: readonly number[]): Uint8Array {
  const ahead = new Uint8Array(side.tokens.length + 1);
  const ends = new Set(sentences);
  let seen = 0;
  for (let index = side.tokens.length - 1; index >= 0; index--) {
    ahead[index] = seen;
    const token = side.tokens[index]!;
    if (token.kind === 'word' && LIST_JOINERS.has(token.key.toLowerCase())) seen = 1;
    if (ends.has(index)) seen = 0;
  }
  return ahead;
}

/**
 * Whether one of `commas` falls in the sentence of token `at` (`sentences`: where sentences start). Both lists are
 * ascending, as sentence-boundary.ts finds them: two bisections, so a text of many commas stays linear.
 */
function commaInSentence(commas: readonly number[], sentences: readonly number[], at: number): boolean {
  const next = firstAbove(sentences, at);
  const start = next === 0 ? 0 : sentences[next - 1]!;
  const end = next < sentences.length ? sentences[next]! : Infinity;
  const comma = firstAbove(commas, start);
  return comma < commas.length && commas[comma]! < end;
}


/**
 * Whether "which" before `word` opens a relative clause: an auxiliary or any verb ("the emails which mention the
 * merger", "the stocks which lost value"), not a noun it asks about ("I have a dog, which food is best?").
 */
function isVerbAfterWhich(word: string | undefined, lexicon: CommaLexicon): boolean {
  return word !== undefined && (AUXILIARIES.has(word) || BE_GET_HAVE.has(word) || (!FUNCTION_WORDS.has(word) && lexicon.canBeVerb(word)));
}

/** How far back a negation is looked for before a comma: a clause's length, so many commas stay linear. */
const NEGATION_REACH = 16;

/**
 * Whether an action is denied in the words before token `at` (back to the sentence's start or NEGATION_REACH):
 * "do"/"did" and "not" ("I didn't quit my job", "Don't hire him"). Not a state ("I can't sleep", "It doesn't
 * work", "I'm not sure", "I never use Windows"), whose reason reads the same with a comma or without.
 */
function negatedBefore(side: PreparedSide, at: number): boolean {
  for (let index = at - 1; index >= 1 && index >= at - NEGATION_REACH; index--) {
    const token = side.tokens[index]!;
    if (token.kind === 'word' && token.key.toLowerCase() === 'not' && DO_FORMS.has(side.tokens[index - 1]!.key.toLowerCase())) return !STATES.has(side.tokens[index + 1]?.key.toLowerCase() ?? '');
    if (token.sentenceStart) return false;
  }
  return false;
}
const DO_FORMS: ReadonlySet<string> = new Set(['do', 'did']);
/** Whether "to" at `at`, after a comma, opens an infinitive ("to avoid"), or "for" a reason or a gain ("for the green card"). */
function purposeFollows(side: PreparedSide, at: number): boolean {
  const word = side.tokens[at];
  const after = side.tokens[at + 1];
  if (word === undefined || after?.kind !== 'word') return false;
  const next = after.key.toLowerCase();
  // An infinitive of a verb of doing ("to avoid", "to get"), not an aside ("to be honest", "to clarify").
  if (word.key.toLowerCase() === 'to') return /^\p{Ll}+$/u.test(after.key) && !FUNCTION_WORDS.has(next) && next !== 'be' && !ASIDE_INFINITIVES.has(next);
  // A gain or a reason after a determiner ("for the green card", "for a visa", "for money"), not an aside or a time ("for
  // now", "for example", "for the record", "for years": a hostile review, session 41).
  const then = side.tokens[at + 2]?.key.toLowerCase() ?? '';
  return (next === 'the' || next === 'a' || next === 'an' || next === 'my' || next === 'money' || next === 'tax' || next === 'taxes') && !ASIDE_NOUNS.has(then);
}
/** Infinitives of an aside after a comma: "…, to clarify", "…, to summarize". */
const ASIDE_INFINITIVES: ReadonlySet<string> = new Set(['tell', 'clarify', 'summarize', 'summarise', 'recap', 'explain', 'add', 'note', 'reiterate', 'elaborate', 'confirm', 'say', 'answer', 'repeat', 'begin', 'start', 'conclude']);
/** Nouns of an aside or a time after "for the"/"for a": "for the record", "for a while". */
const ASIDE_NOUNS: ReadonlySet<string> = new Set(['record', 'moment', 'time', 'while', 'bit', 'change', 'sake', 'most', 'first', 'last', 'second', 'past', 'next', 'rest', 'long', 'reason', 'reasons', 'context', 'reference']);
/** Verbs of a state, not an action, after "don't"/"didn't": "I don't want to go, because I am bullied" gives the reason either way. */
const STATES: ReadonlySet<string> = new Set(['want', 'like', 'know', 'think', 'need', 'have', 'feel', 'understand', 'believe', 'care', 'mind', 'see', 'get']);

/** Words after "which <noun>" that make it a question's subject or object: "which school should I pick", "which one do you". */
const CLAUSE_AFTER_NOUN: ReadonlySet<string> = new Set([
  'should', 'would', 'could', 'can', 'will', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'i', 'you', 'we', 'they', 'he', 'she', 'it',
]);

/**
 * Whether the sentence of token `at` ends with a question mark (read among the tokens set aside after its last
 * word), remembered in `asked` by the sentence's end.
 */
function sentenceAsks(side: PreparedSide, sentences: readonly number[], at: number, asked: Map<number, boolean>): boolean {
  const next = firstAbove(sentences, at);
  const end = next < sentences.length ? sentences[next]! : side.tokens.length;
  const known = asked.get(end);
  if (known !== undefined) return known;
  const until = end < side.tokens.length ? side.origin[end]! : side.raw.length;
  let asks = false;
  for (let raw = side.origin[end - 1]! + 1; raw < until && !asks; raw++) asks = /[?？؟]/u.test(side.raw[raw]!.text);
  asked.set(end, asks);
  return asks;
}
/** Nouns that name a group of people without a plural's -s: a restrictive clause picks some of them too. */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(['staff', 'crew', 'personnel', 'faculty', 'management', 'workforce', 'police', 'clergy', 'people', 'folk', 'folks', 'livestock', 'cattle', 'poultry', 'clientele']);
/** Adjectives that name a group after "the": "the elderly who live alone" / "the elderly, who live alone". */
const NOMINAL_ADJECTIVES: ReadonlySet<string> = new Set(['elderly', 'homeless', 'unemployed', 'poor', 'disabled', 'sick', 'rich', 'wealthy', 'young', 'old', 'public', 'youth', 'injured', 'vulnerable', 'uninsured', 'deaf', 'blind']);
