import { firstAbove } from '../../util/bisect.ts';
import { CALENDAR_NAMES, FUNCTION_WORDS, NUMBER_WORDS, REQUEST_VERBS } from './closed-lists.ts';
import { isName } from './noun-number.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import { AUXILIARIES, BE_GET_HAVE, PERSONAL_OBJECTS, POSSESSIVES } from './word-context.ts';

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
      if (next === 'because' && negatedBefore(side, at, lexicon)) return 'comma before a reason after a negation';
      // "I didn't sell my house to avoid the tax" may deny the purpose; "…, to avoid the tax" gives it for not selling
      // (a red team on polarity, session 41: 30 of 30 served, "to" and "for").
      if ((next === 'to' || next === 'for') && negatedBefore(side, at, lexicon) && purposeFollows(side, at)) return 'comma before a purpose after a negation';
      // "The bridge opens if a tall ship arrives and the traffic is stopped" (both are the condition) / "… arrives, and
      // the traffic is stopped" (the second is a fact); "Lucas said that Arjun scored(,) and Carlos won".
      if ((next === 'and' || next === 'or') && !NEW_REQUEST_AFTER.has(word(at + 1) ?? '') && conditionOpenBefore(side, at, commas[one])) return 'comma closing a condition before "and"/"or"';
      // "Give me a pasta recipe with chicken, no garlic and onions" (no onions either) / "…, no garlic, and onions"
      // (onions wanted), "Answer in English, not French and German": a comma before a list's last item takes it out of
      // the negation the item before it is in (a red team on constraints, session 51: 78 of 100 such pairs served).
      const negator = next === 'and' ? negatedItemBefore(side, at, commas[one], sentences[one]) : undefined;
      if (negator !== undefined && nounPhraseAfter(side, at + 1, negator, commas[one], sentences[one], lexicon)) return 'comma takes an item out of a negation';
      // "free for children and seniors on Tuesdays" (both on Tuesdays) / "free for children, and seniors on Tuesdays"
      // (children always), "soup or salad and bread" / "soup, or salad and bread", "senior men and women" / "senior men,
      // and women": a comma before a two-item list's "and"/"or" keeps a qualifier off the first item (a red team on scope,
      // session 52: 15 of 15 served).
      // Only in a rule stated, then asked about ("… on Tuesdays. Is it free for a child on Monday?"): in a request the
      // qualifier is mostly the action's ("Mix the flour, and sugar for 2 minutes"; a break test, session 52: 41 of 87
      // everyday pairs refused by a first version).
      if ((next === 'and' || next === 'or') && !sentenceAsks(side, sentences[one], at, asks) && laterQuestion(side, sentences[one], at) && qualifierScopeChanges(side, at, commas[one], sentences[one], lexicon)) return 'comma keeps a qualifier off a list\'s first item';
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
      // "My brother who lives in Ohio" picks one of my brothers; "My brother, who lives in Ohio," is my only one: where the
      // text asks how many there are or about the others (a red team on scope, session 52: 8 of 8 served).
      if (!group && OWNERS.has(owner ?? '') && (RELATIVE_PRONOUNS.has(next) || next === 'which' || next === 'that') && lexicon.canBeNoun(previous) && asksAboutOthers(side, previous, at - 1, lexicon)) return 'comma before a relative clause';
      // "Employees hired before 2020 keep the pension" (some) / "Employees, hired before 2020, keep …" (all, and all were
      // hired then): a participle set off by two commas describes every one of a plural that opens a rule's sentence (a
      // red team on long prompts, session 51: 79 of 270 served); not the asker's own things ("The cookies, baked at 180C,
      // came out flat": a break test, 41 of 50 such pairs refused by a first version).
      // The same with "that" ("Residents, that moved in after June, pay the new rate"), a comma users type before it too.
      if (group && opensClause(side, at - 1) && (next === 'that' || isParticiple(next, lexicon)) && closesParticipleAside(side, at, commas[one], other, lexicon)) {
        return next === 'that' ? 'comma before a relative clause' : 'comma before a participle clause';
      }
      // "my parents, Ann and Bob" (two people) / "my parents, Ann, and Bob" (four); "My son Tom and I" (two) / "My
      // son, Tom and I" (three): a comma after or inside a name that follows a group or a relative makes it an item.
      if ((next === 'and' || next === 'or') && namesAppositive(side, at, commas[one], other, lexicon)) return 'comma after an appositive';
      // "Priya Keller, the manager, and Ingrid Petrov" (two people) / "Priya Keller, the manager and Ingrid Petrov" (three).
      if ((next === 'and' || next === 'or') && namesRoleAfterName(side, at, commas[one], other, lexicon)) return 'comma after a role of a name';
      if (RELATIVES.has(previous) && /^\p{Lu}/u.test(side.tokens[at]!.text) && word(at + 1) === 'and') return 'comma before a name';
      // "split among Mary Kate and Diego" (two people) / "among Mary, Kate and Diego" (three): a comma between two names
      // before a list's last makes a double name two items (a red team on long prompts, session 51: 39 of 248 served).
      // Not after a greeting or a thanks, where the comma may close the address ("Hi Mary, Kate and Joe are here"), nor in
      // a place ("Paris, France and Chicago"); only names of people ("Netflix, Hulu and Disney+", "Monday, Wednesday and
      // Friday" are lists typed either way) where the text counts or shares among them (a break test, session 51).
      if ((word(at + 1) === 'and' || word(at + 1) === 'or') && isNameAt(side, at - 1) && isNameAt(side, at) && isNameAt(side, at + 2) && !ADDRESSING.has(word(at - 2) ?? '') && !ADDRESSING.has(previous) && personalNames(side, at, lexicon) && countsPeople(side)) return 'comma between two names before a list';
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
 * The word that leaves things out, when the words since this side's last comma or sentence start, up to the comma
 * before token `at`, are a short item under it: "no garlic", "without ESLint", "excluding Mondays", or a phrase that opens
 * with "not" ("…, not French", "…, but not the cons"). Not a clause's "not" ("It's not raining", "Don't use numpy").
 */
function negatedItemBefore(side: PreparedSide, at: number, own: readonly number[], sentences: readonly number[]): string | undefined {
  // Where the item's phrase opens (after this side's last comma, or its sentence's start), and how far back it is read.
  const open = Math.max(own[firstAbove(own, at - 1) - 1] ?? 0, sentences[firstAbove(sentences, at - 1) - 1] ?? 0);
  const start = Math.max(open, at - NEGATED_ITEM_WORDS - 1);
  for (let index = at - 1; index >= start; index--) {
    const token = side.tokens[index]!;
    const word = token.kind === 'word' ? token.key.toLowerCase() : '';
    if (LEAVING_OUT.has(word)) return index < at - 1 ? word : undefined;
    // "none of", "free of", "instead of", "rather than", "other than", "apart from", "except for" (a break test, session 51).
    const pair = side.tokens[index - 1]?.kind === 'word' ? `${side.tokens[index - 1]!.key.toLowerCase()} ${word}` : '';
    if (LEAVING_OUT_PAIRS.has(pair)) return index < at - 1 ? word : undefined;
    if (word === 'not') {
      const before = side.tokens[index - 1];
      return index < at - 1 && (index === open || token.sentenceStart || (before?.kind === 'word' && before.key.toLowerCase() === 'but')) ? word : undefined;
    }
    if (token.sentenceStart) return undefined;
  }
  return undefined;
}
/** Words that leave out the item they stand before ("no garlic", "without curl"). */
const LEAVING_OUT: ReadonlySet<string> = new Set([
  'no', 'without', 'excluding', 'except', 'minus', 'sans', 'excl', 'never', 'avoid', 'avoiding', 'skip', 'skipping', 'barring', 'omit', 'omitting',
  'zero',
]);
/** Two words that do the same ("free of gluten", "instead of jQuery", "allergic to walnuts"). */
const LEAVING_OUT_PAIRS: ReadonlySet<string> = new Set([
  'none of', 'free of', 'instead of', 'rather than', 'other than', 'apart from', 'except for', 'allergic to', 'leave out', 'nothing with', 'hold the',
  'drop the',
]);
/** How many words an item under a negation may take before its comma ("no big cities", "not the seller's side"). */
const NEGATED_ITEM_WORDS = 5;

/**
 * Whether the words from token `at` (after "and") to the next comma or sentence end are one more item `negator` could
 * leave out, a noun phrase ("onions", "the letting agent", "jumping"), not a clause ("and the sun is out"), a new request
 * ("and keep it short", "and explain why") or courtesy ("and thanks").
 */
function nounPhraseAfter(side: PreparedSide, at: number, negator: string, own: readonly number[], sentences: readonly number[], lexicon: CommaLexicon): boolean {
  const word = (index: number) => (side.tokens[index]?.kind === 'word' ? side.tokens[index]!.key.toLowerCase() : undefined);
  let head = at;
  while (head < at + ITEM_WORDS && ITEM_DETERMINERS.has(word(head) ?? '')) head++;
  if (side.tokens[head] === undefined) return false;
  const first = word(head) ?? '';
  if (NEW_REQUEST_AFTER.has(first) || SUBJECTS_AND_AUXILIARIES.has(first) || COURTESY.has(first) || (head === at && REQUEST_VERBS.has(first))) return false;
  // A second negation is its own ("no login, and no database", "never X, and never Y"); after "no" an item with a
  // determiner of its own is out of its reach ("a story with no dialogue and a twist ending").
  if (LEAVING_OUT.has(first) || (negator === 'no' && head > at)) return false;
  // A thing the negation could leave out, not a constraint beside it: "and in plain English", "and under 100 words",
  // "and max 50 words", "and for two people", "and firm", "and accurately" (a break test of the first version, session
  // 51: 71 of 100 everyday pairs refused). Its head is a name or a noun, and it holds no number or preposition.
  if ((first === '' && !(head > at && side.tokens[head]!.kind === 'number')) || FUNCTION_WORDS.has(first)) return false;
  const named = /^\p{Lu}/u.test(side.tokens[head]!.text);
  // A verb right after "and" opens a step ("and keep it short", "and add comments"): a word read as a verb before what
  // it acts on, or one seldom a noun ("add", "include"); not an item's modifier ("and discount codes", "and mixed
  // indentation") nor a gerund ("and jumping").
  const then = word(head + 1);
  if (head === at && side.tokens[head]!.text === first && !/(?:ing|ed)$/u.test(first) && lexicon.canBeVerb(first) && !mostlyNoun(first, lexicon)) {
    const share = lexicon.nounShare(first);
    if ((then !== undefined && (FUNCTION_WORDS.has(then) || STEP_OBJECTS.has(then))) || (share === undefined ? !lexicon.canBeNoun(first) : share < SELDOM_NOUN)) return false;
  }
  // An item is short and ends where its sentence or phrase does: "and my boss wants it today" is a clause.
  const end = Math.min(own[firstAbove(own, at)] ?? Infinity, sentences[firstAbove(sentences, at)] ?? Infinity, side.tokens.length);
  if (end - head > ITEM_WORDS) return false;
  // Its head noun last ("onions", "mixed indentation", "the delay", "jumping", "matplotlib"), or a name; not a quality
  // ("and light", "and fun": how the whole is to be).
  const last = word(end - 1);
  if (!named && (last === undefined || !itemHead(last, head > at, lexicon))) return false;
  for (let index = at; index < end; index++) {
    const next = word(index);
    if ((side.tokens[index]!.kind === 'number' && head === at) || (next !== undefined && index > head && FUNCTION_WORDS.has(next))) return false;
    if (next !== undefined && (AUXILIARIES.has(next) || BE_GET_HAVE.has(next) || SUBJECTS_AND_AUXILIARIES.has(next))) return false;
  }
  return true;
}
/**
 * Whether a comma before "and"/"or" at `at` parts a two-item list of nouns whose qualifier, after the second item or
 * before the first, would otherwise reach both: "children and seniors on Tuesdays", "senior men and women", "soup or
 * salad and bread" (where "and" then joins the second item alone).
 */
function qualifierScopeChanges(side: PreparedSide, at: number, own: readonly number[], sentences: readonly number[], lexicon: CommaLexicon): boolean {
  const word = (index: number) => (side.tokens[index]?.kind === 'word' ? side.tokens[index]!.key.toLowerCase() : '');
  const first = word(at - 1);
  if (first === '' || FUNCTION_WORDS.has(first) || !lexicon.canBeNoun(first) || (lexicon.nounShare(first) ?? 1) < 0.5) return false;
  // The first item opens after a word of grammar (a preposition, a determiner) within three words, with no comma before it.
  const open = Math.max(own[firstAbove(own, at - 1) - 1] ?? -1, sentences[firstAbove(sentences, at - 1) - 1] ?? -1);
  let start = at - 1;
  while (start - 1 > open && start > at - 3 && side.tokens[start - 1]!.kind === 'word' && !FUNCTION_WORDS.has(word(start - 1))) start--;
  if (start - 1 <= open || !FUNCTION_WORDS.has(word(start - 1))) return false;
  const mixed = (coordinator: string) => (coordinator === 'and' && word(at) === 'or') || (coordinator === 'or' && word(at) === 'and');
  // The second item: bare ("and seniors", "and women"; "and a white dog" names a thing of its own), unless "and" and
  // "or" mix ("fries or a salad and a drink"); at most three words ending in a noun.
  let head = at + 1;
  while (head < at + 1 + ITEM_WORDS && ITEM_DETERMINERS.has(word(head))) head++;
  const sentenceEnd = Math.min(sentences[firstAbove(sentences, at)] ?? Infinity, side.tokens.length);
  for (let end = head + 1; end <= Math.min(head + ITEM_WORDS, sentenceEnd); end++) {
    const last = word(end - 1);
    if (last === '' || FUNCTION_WORDS.has(last) || NUMBER_WORDS.has(last)) return false;
    if (!lexicon.canBeNoun(last)) continue;
    const after = word(end);
    if (mixed(after) && end < sentenceEnd - 1) return true;
    if (head > at + 1) return false;
    // A quality before a plural first item that would reach the second: "senior men, and women".
    if (start < at - 1 && lexicon.singular(first) !== undefined && (lexicon.modifierShare(word(start)) ?? 0) > ITEM_MODIFIER_SHARE && (end === sentenceEnd || side.tokens[end]?.kind !== 'word')) return true;
    if (end < sentenceEnd - 1 && limits(end)) return true;
  }
  return false;

  /** Whether the words from `from` limit the item before them: "over 65", "after 6 PM", "on Tuesdays", "working nights". */
  function limits(from: number): boolean {
    const opener = word(from);
    if (LIMITING_PARTICIPLES.has(opener)) return true;
    if (!ITEM_QUALIFIERS.has(opener)) return false;
    for (let index = from + 1; index <= from + 2; index++) {
      const token = side.tokens[index];
      if (token === undefined) return false;
      if (token.kind === 'number' || /^[$€£]?\d/u.test(token.text) || CALENDAR_NAMES.has(word(index)) || CALENDAR_NAMES.has(word(index).replace(/s$/u, '')) || TIMES_OF_WEEK.has(word(index))) return true;
    }
    return false;
  }
}
/** Words that open a limit after a list's last item when a number or a time follows: "over 65", "on Tuesdays", "within 30 days". */
const ITEM_QUALIFIERS: ReadonlySet<string> = new Set(['over', 'under', 'above', 'below', 'after', 'before', 'on', 'within', 'during', 'at', 'in', 'until', 'since', 'from', 'for', 'up']);
/** Participles and adjectives that limit a list's last item by themselves: "technicians working nights", "kids aged 5". */
const LIMITING_PARTICIPLES: ReadonlySet<string> = new Set(['working', 'living', 'aged', 'older', 'younger', 'earning', 'born', 'hired', 'enrolled', 'registered']);
const TIMES_OF_WEEK: ReadonlySet<string> = new Set(['weekdays', 'weekends', 'weekend', 'nights', 'night', 'mornings', 'evenings', 'holidays', 'summer', 'winter', 'noon', 'midnight']);
/** How many words a list's last item may take after its determiner ("US customary units", "jokes about exes"). */
const ITEM_WORDS = 3;
/** A noun share below which a word after "and" is read as a verb ("add" 0, "use" 0.16; "discount" 0.25). */
const SELDOM_NOUN = 0.2;
/** Whether the last word of an item after "and" is a thing: a noun (after a determiner any word is), a gerund, or a word WordNet lacks. */
function itemHead(word: string, determined: boolean, lexicon: CommaLexicon): boolean {
  if ((lexicon.modifierShare(word) ?? 0) > ITEM_MODIFIER_SHARE) return false;
  if (determined || word.endsWith('ing') || mostlyNoun(word, lexicon)) return true;
  return lexicon.nounShare(word) === undefined && !lexicon.canBeNoun(word) && !lexicon.canBeVerb(word) && !word.endsWith('ly');
}
const ITEM_MODIFIER_SHARE = 0.5;
const ITEM_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'any', 'some', 'all']);
const COURTESY: ReadonlySet<string> = new Set(['thanks', 'thank', 'cheers', 'sorry', 'regards', 'bye']);
/** Words a step's verb takes right after it: "keep it short", "make sure", "send me". */
const STEP_OBJECTS: ReadonlySet<string> = new Set(['it', 'me', 'us', 'them', 'him', 'her', 'sure', 'up', 'out', 'everything', 'something']);

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
/** Whether the words around the comma before token `at` read as people's given names: capitalised words, not acronyms, days, months or places. */
function personalNames(side: PreparedSide, at: number, lexicon: CommaLexicon): boolean {
  for (const index of [at - 1, at, at + 2]) {
    const token = side.tokens[index]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(token.text) || CALENDAR_NAMES.has(token.key.toLowerCase()) || lexicon.namesPlace(token.key)) return false;
  }
  return true;
}
/** Whether a text counts, shares or seats people: "split evenly among", "each", "per child", "how many", "at least three". */
function countsPeople(side: PreparedSide): boolean {
  let known = COUNTS_PEOPLE.get(side);
  if (known === undefined) COUNTS_PEOPLE.set(side, (known = readsCountOfPeople(side)));
  return known;
}
/** countsPeople of a side, read once: a text of many lists of names is read once, not once per list. */
const COUNTS_PEOPLE = new WeakMap<PreparedSide, boolean>();
function readsCountOfPeople(side: PreparedSide): boolean {
  const word = (index: number) => (side.tokens[index]?.kind === 'word' ? side.tokens[index]!.key.toLowerCase() : '');
  return side.tokens.some((token, index) => token.kind === 'word' && (COUNTING_WORDS.has(word(index)) || (word(index) === 'how' && word(index + 1) === 'many') || (word(index) === 'per' && PER_WHOM.has(word(index + 1)))));
}
/**
 * Whether a text asks how many of the noun there are or about the others: "How many brothers do I have?", "Do I have
 * other sons?", "Which of my brothers …"; about that noun, not another ("my husband, who is 6 feet tall" in "How many
 * calories …": a break test, session 52). `at` is the noun's own place, left out.
 */
function asksAboutOthers(side: PreparedSide, noun: string, at: number, lexicon: CommaLexicon): boolean {
  // The places a word asking about the others stands before the noun, read once per side and noun.
  let known = ASKS_ABOUT_OTHERS.get(side);
  if (known === undefined) ASKS_ABOUT_OTHERS.set(side, (known = new Map()));
  let places = known.get(noun);
  if (places === undefined) known.set(noun, (places = placesAskedAbout(side, noun, lexicon)));
  return places.some((place) => place !== at);
}
const ASKS_ABOUT_OTHERS = new WeakMap<PreparedSide, Map<string, number[]>>();
function placesAskedAbout(side: PreparedSide, noun: string, lexicon: CommaLexicon): number[] {
  const word = (index: number) => (side.tokens[index]?.kind === 'word' ? side.tokens[index]!.key.toLowerCase() : '');
  const places: number[] = [];
  for (let index = 0; index < side.tokens.length && places.length < 2; index++) {
    const current = word(index);
    if (current !== noun && lexicon.singular(current) !== noun) continue;
    for (let back = index - 1; back >= Math.max(0, index - OTHERS_REACH); back--) {
      const before = word(back);
      if (OTHERS_WORDS.has(before) || (before === 'many' && word(back - 1) === 'how')) {
        places.push(index);
        break;
      }
    }
  }
  return places;
}
/** How many words before the noun a word asking about the others may stand ("how many older brothers"). */
const OTHERS_REACH = 3;
const OTHERS_WORDS: ReadonlySet<string> = new Set(['other', 'another', 'only', 'both', 'all', 'each', 'remaining', 'rest', 'which', 'more']);
/** Possessives before a noun a relative clause may pick out of several: "my brother", "the tenant's dog". */
const OWNERS: ReadonlySet<string> = new Set([...POSSESSIVES, "'s", 's']);
const PER_WHOM: ReadonlySet<string> = new Set(['person', 'head', 'child', 'student', 'tenant', 'member', 'guest', 'heir', 'author', 'winner']);
const COUNTING_WORDS: ReadonlySet<string> = new Set([
  'split', 'splits', 'divide', 'divided', 'divides', 'share', 'shared', 'shares', 'each', 'among', 'equally', 'evenly', 'count', 'counts', 'least',
  'minimum', 'quorum', 'seats', 'seat', 'tickets', 'headcount', 'ratio', 'staffed', 'invite', 'invited', 'rsvps', 'people', 'persons', 'heirs',
  'beneficiaries', 'members', 'approvals', 'fraction', 'half', 'third',
]);

/** Whether token `at` opens a sentence, a line or a numbered passage ("[1] Students enrolled …"). */
function opensClause(side: PreparedSide, at: number): boolean {
  const before = side.tokens[at - 1];
  return side.tokens[at]!.sentenceStart || side.breaks[at] === 1 || before === undefined || before.kind !== 'word';
}
/** Whether a word is a participle that opens a clause after a noun: "hired", "living", "built", "written". */
function isParticiple(word: string, lexicon: CommaLexicon): boolean {
  return (/(?:ed|ing)$/u.test(word) || IRREGULAR_PARTICIPLES.has(word)) && !FUNCTION_WORDS.has(word) && lexicon.canBeVerb(word);
}
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'built', 'held', 'paid', 'sold', 'made', 'written', 'given', 'taken', 'sent', 'bought', 'kept', 'left', 'known', 'shown', 'seen', 'done', 'set',
  'found', 'brought', 'taught', 'told', 'spent', 'lost', 'grown', 'drawn', 'driven', 'worn', 'chosen', 'frozen', 'stolen', 'born', 'hit', 'run',
  'sung', 'shaken', 'sworn', 'blown', 'overtaken', 'undertaken', 'forgotten', 'forgiven', 'spoken', 'broken', 'hidden', 'bitten',
  'struck', 'laid', 'lent', 'flown', 'won', 'withdrawn', 'mislaid', 'cut', 'shut', 'dealt', 'meant', 'shot', 'fed',
]);
/**
 * Whether a comma this side only has, a few words after `at`, closes the participle's clause before the sentence's
 * verb: "Employees, hired before 2020, keep …", "Packages, weighing over 30 kg, incur …".
 */
function closesParticipleAside(side: PreparedSide, at: number, own: readonly number[], other: ReadonlySet<number>, lexicon: CommaLexicon): boolean {
  for (let index = firstAbove(own, at); index < own.length && own[index]! <= at + ASIDE_WORDS; index++) {
    const comma = own[index]!;
    if (other.has(comma)) continue;
    const verb = side.tokens[comma];
    const key = verb?.kind === 'word' ? verb.key.toLowerCase() : '';
    return AUXILIARIES.has(key) || BE_GET_HAVE.has(key) || (!FUNCTION_WORDS.has(key) && !AFTER_ACTIONS.has(key) && key !== '' && lexicon.canBeVerb(key) && !/ing$/u.test(key));
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
  /** Whether one of the word's two commonest noun senses is a place ("France", "Texas"). */
  namesPlace(word: string): boolean;
  /** The share of the word's tagged uses as an adjective or an adverb (0 to 1), undefined when WordNet never tags it. */
  modifierShare(word: string): number | undefined;
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
function negatedBefore(side: PreparedSide, at: number, lexicon: CommaLexicon): boolean {
  for (let index = at - 1; index >= 1 && index >= at - NEGATION_REACH; index--) {
    const token = side.tokens[index]!;
    // "I never eat meat because it is unhealthy", "Nobody was fired because of the audit", "I can't recommend her because
    // she is my friend" (a red team on scope, session 52), but not an ability's state ("I can't sleep", "can't log in").
    const lower = token.kind === 'word' ? token.key.toLowerCase() : '';
    if (lower === 'never' || lower === 'nobody' || (lower === 'one' && side.tokens[index - 1]?.key.toLowerCase() === 'no')) {
      const verb = side.tokens[index + 1]?.key.toLowerCase() ?? '';
      // "Nobody was fired because of the audit": a passive denies the act without an object.
      if (BE_FORMS.has(verb)) return isParticiple(side.tokens[index + 2]?.key.toLowerCase() ?? '', lexicon) && !(side.tokens[index + 2]?.key.toLowerCase() ?? '').endsWith('ing');
      return verb !== '' && !STATES.has(verb) && !ABILITY_STATES.has(verb) && lexicon.canBeVerb(verb) && actsOnObject(side, index + 1, at, lexicon);
    }
    if (lower === 'not') {
      const auxiliary = side.tokens[index - 1]!.key.toLowerCase();
      const verb = side.tokens[index + 1]?.key.toLowerCase() ?? '';
      if (DO_FORMS.has(auxiliary)) return !STATES.has(verb);
      // A choice or an act denied on someone or something ("I won't vote for her", "I can't recommend her", "I haven't
      // sold the house"); not a thing's failure or a state ("My car won't start", "The page won't load", "The package has
      // not arrived", "The video is not playing": a break test, session 52: 32 of 46 such pairs refused by a first version).
      if (STATES.has(verb) || ABILITY_STATES.has(verb) || STATE_PARTICIPLES.has(verb)) return false;
      if (WILL_FORMS.has(auxiliary) || CAN_FORMS.has(auxiliary)) return lexicon.canBeVerb(verb) && actsOnObject(side, index + 1, at, lexicon);
      // "The company was not sued because of the leak": a passive denies the act without an object.
      if (BE_FORMS.has(auxiliary) && isParticiple(verb, lexicon)) return !verb.endsWith('ing') || actsOnObject(side, index + 1, at, lexicon);
      if (HAVE_FORMS.has(auxiliary) && isParticiple(verb, lexicon)) return actsOnObject(side, index + 1, at, lexicon);
    }
    if (token.sentenceStart) return false;
  }
  return false;
}
const DO_FORMS: ReadonlySet<string> = new Set(['do', 'did']);
/** "won't", "wouldn't", "shouldn't": a choice denied ("I won't vote for her because she is a woman"). */
const WILL_FORMS: ReadonlySet<string> = new Set(['will', 'would', 'should']);
/**
 * Whether the verb at `verb` acts on someone or something before the comma at `at`, within OBJECT_REACH words and
 * after a preposition at most: "vote for her", "hire him", "sold the house", "moving to Canada".
 */
function actsOnObject(side: PreparedSide, verb: number, at: number, lexicon: CommaLexicon): boolean {
  for (let index = verb + 1; index < at && index <= verb + OBJECT_REACH; index++) {
    const token = side.tokens[index];
    if (token?.kind !== 'word') return false;
    const word = token.key.toLowerCase();
    if (OBJECT_OPENERS.has(word)) return true;
    if (OBJECT_PREPOSITIONS.has(word)) continue;
    return /^\p{Lu}/u.test(token.text) || (!FUNCTION_WORDS.has(word) && lexicon.canBeNoun(word) && (lexicon.nounShare(word) ?? 1) >= 0.5);
  }
  return false;
}
const OBJECT_REACH = 3;
/** Words that open an object: a determiner or an object pronoun. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([...POSSESSIVES, ...PERSONAL_OBJECTS, 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it']);
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'with', 'on', 'in', 'into', 'from', 'about', 'at']);
const BE_FORMS: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were']);
const CAN_FORMS: ReadonlySet<string> = new Set(['can', 'could', 'cannot']);
/** What one cannot do as a state, whose reason reads the same with a comma or without: "I can't sleep, because …", "never works". */
const ABILITY_STATES: ReadonlySet<string> = new Set([
  'attend', 'join', 'sleep', 'breathe', 'focus', 'concentrate', 'log', 'login', 'connect', 'access', 'find', 'remember', 'afford', 'wait', 'stop', 'stand', 'hear',
  'open', 'install', 'run', 'start', 'load', 'print', 'update', 'upgrade', 'download', 'upload', 'sign', 'move', 'walk', 'go', 'come', 'use',
  'read', 'work', 'works', 'worked', 'type', 'save', 'delete', 'send', 'receive', 'reach', 'make', 'play', 'watch', 'see', 'be', 'do', 'help',
  'believe', 'imagine', 'tell', 'figure', 'seem', 'change', 'fix', 'get', 'sit', 'swallow', 'lose', 'gain', 'finish', 'decide', 'choose',
]);
const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had']);
/** Participles of a thing's state after "is not"/"has not": "It is not working, because …", "It has not loaded, because …". */
const STATE_PARTICIPLES: ReadonlySet<string> = new Set([
  'working', 'loading', 'loaded', 'running', 'starting', 'started', 'responding', 'connecting', 'connected', 'showing', 'shown', 'compiling',
  'compiled', 'installed', 'installing', 'updating', 'updated', 'syncing', 'synced', 'saving', 'saved', 'charging', 'charged', 'printing',
  'opening', 'opened', 'displaying', 'displayed', 'allowed', 'supported', 'set', 'found', 'defined', 'enabled', 'configured', 'feeling',
  'sleeping', 'eating', 'going', 'doing', 'getting', 'coming', 'trying', 'sure', 'interested', 'able', 'used', 'married', 'done', 'finished',
]);
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
  return (next === 'the' || next === 'a' || next === 'an' || POSSESSIVES.has(next) || next === 'money' || next === 'tax' || next === 'taxes') && !ASIDE_NOUNS.has(then);
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
/** Whether a sentence after the one of token `at` asks: a question mark among the raw tokens after that sentence's end. */
function laterQuestion(side: PreparedSide, sentences: readonly number[], at: number): boolean {
  const next = firstAbove(sentences, at);
  if (next >= sentences.length) return false;
  let last = LAST_QUESTION_MARK.get(side);
  if (last === undefined) {
    last = -1;
    for (let raw = side.raw.length - 1; raw >= 0 && last === -1; raw--) if (/[?？؟]/u.test(side.raw[raw]!.text)) last = raw;
    LAST_QUESTION_MARK.set(side, last);
  }
  const start = side.origin[sentences[next]!];
  return start !== undefined && last >= start;
}
/** Where a side's last question mark stands among its raw tokens (-1: none), read once per side. */
const LAST_QUESTION_MARK = new WeakMap<PreparedSide, number>();
/** Nouns that name a group of people without a plural's -s: a restrictive clause picks some of them too. */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(['staff', 'crew', 'personnel', 'faculty', 'management', 'workforce', 'police', 'clergy', 'people', 'folk', 'folks', 'livestock', 'cattle', 'poultry', 'clientele']);
/** Adjectives that name a group after "the": "the elderly who live alone" / "the elderly, who live alone". */
const NOMINAL_ADJECTIVES: ReadonlySet<string> = new Set(['elderly', 'homeless', 'unemployed', 'poor', 'disabled', 'sick', 'rich', 'wealthy', 'young', 'old', 'public', 'youth', 'injured', 'vulnerable', 'uninsured', 'deaf', 'blind']);
