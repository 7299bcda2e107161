import { firstAbove } from '../../util/bisect.ts';
import { FUNCTION_WORDS, REQUEST_VERBS } from './closed-lists.ts';
import type { Lexicon } from './lexicon.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import { inTitlePosition } from './title-position.ts';
import { mentionsAny as mentions, someTokenOnce } from './token-scan.ts';
import type { Token } from './verify-tokens.ts';
import { AUXILIARIES as QUESTION_AUXILIARIES, FORMS_OF_BE } from './word-context.ts';

/*
 * Where a noun's number is the question, not an inflection (DESIGN.md §1, "verify"): the number of things asked
 * for ("Which country" / "Which countries") and a plural that names one thing ("What is pandas?"). The verifier
 * passes these to classifyDifference as its countsThings and namesOne options.
 */

/**
 * Whether a noun at `at` is what a question or a request counts: right after "which"/"what" ("Which country has
 * …" asks for one, "Which countries have …" for a list) or the object of a request verb ("Write a haiku" /
 * "Write haikus", "Give me an example" / "Give me examples"), an article, a number word or "me"/"us" and up to
 * two words describing the noun between ("Delete the duplicate sentence", "Which red car").
 * There its number is the question, not an inflection. "Tell me" is politeness, gone from the tokens: a noun
 * that then opens the text is its object ("Tell me a joke" / "Tell me jokes").
 */
export function asksHowMany(side: PreparedSide, at: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const noun = tokens[at];
  if (noun?.kind === 'word' && FORMS_OF_BE.has(noun.key.toLowerCase())) return asksWhichThroughVerb(tokens, at, lexicon);
  // Back over articles and number words, and up to COUNT_MODIFIERS words that describe the noun: "Delete the
  // duplicate sentence", "Which red car".
  let index = at - 1;
  let modifiers = 0;
  let selecting = false;
  let article = false;
  let definite = false;
  while (index >= 0 && tokens[index]!.kind === 'word') {
    const word = tokens[index]!.key.toLowerCase();
    article ||= ARTICLES_BEFORE.has(word);
    // A definite object, the one or the ones at hand: "push the tag" / "… tags" (not "How to push a Docker image" /
    // "… images"). Other determiners end the walk back (they are function words), so only "the" is read here.
    definite ||= word === 'the';
    // "the tallest building(s)", "the most expensive house(s)", "the official language(s)", "the world's
    // tallest building(s)": one, or a ranking.
    if ((word === 'the' || word.endsWith("'s")) && selecting) return true;
    // "Which US city", "Which IT employee": an acronym that spells a function word describes the noun.
    const acronym = /^[A-Z]{2,}$/u.test(tokens[index]!.key);
    if (!COUNT_FILLERS.has(word) || acronym) {
      const selects = isSelecting(word, lexicon);
      if (modifiers === COUNT_MODIFIERS || asksMe(tokens, index) || (FUNCTION_WORDS.has(word) && !selects && !acronym) || WANTING.has(word) || WANTING_FORMS.has(word) || REQUEST_VERBS.has(word) || COUNTING_VERBS.has(word) || ((isBatchVerb(word, lexicon) || DEV_BATCH_VERBS.has(word)) && inVerbSlot(tokens, index)) || SHAPING_VERBS.has(word) || SHAPING_WORDS.has(word)) break;
      selecting ||= selects;
      modifiers++;
    }
    index--;
  }
  // One thing at hand or several, picked out by "the": an attachment or a part of the conversation ("What's in the
  // attachment(s)?", "Extract the text from the photo(s)", "Tell me more about the second option(s)"; a red team on
  // follow-ups, session 56: 380 of 2,942 judgements served as an inflection).
  if (definite && noun?.kind === 'word' && (REFERRED_THINGS.has(lexicon.singular(noun.key.toLowerCase()) ?? noun.key.toLowerCase()) || tokens.slice(index + 1, at).some((token) => token.kind === 'word' && ORDINALS.has(token.key.toLowerCase())) || insideReferredThing(tokens, at + 1, lexicon))) return true;
  const word = tokens[index];
  // "Which country" / "Which countries"; not "What is" / "What are", where the verb agrees with what follows.
  if (word?.kind === 'word' && /^(?:which|what)$/iu.test(word.key) && (index === at - 1 || modifiers > 0) && noun !== undefined && !AUXILIARIES.has(noun.key.toLowerCase())) return true;
  // "Any book for …" / "Any books for …"; not "Any tip(s)", "Any recommendation(s)": advice comes as a list either way.
  if (tokens.slice(Math.max(0, index), at).some((token) => token.kind === 'word' && token.key.toLowerCase() === 'any') && !ADVICE.has(noun?.key.toLowerCase() ?? '')) return true;
  // At the start, after a request set aside as politeness: "Tell me a joke" / "Tell me jokes".
  if (index < 0) return side.filler.some((phrase) => /\btell me$/u.test(phrase));
  if (word?.kind !== 'word') return false;
  const lower = word.key.toLowerCase();
  if (REQUEST_VERBS.has(lower) || COUNTING_VERBS.has(lower) || asksMe(tokens, index)) return true;
  if (asksForSome(tokens, index, modifiers > 0 ? tokens.slice(index + 1, at).map((token) => token.key.toLowerCase()) : [])) return true;
  // With an article between, the words after it describe the object: "install a Python package" / "… packages".
  if (isBatchVerb(lower, lexicon) || (DEV_BATCH_VERBS.has(lower) && definite && noun?.kind === 'word' && DEV_OBJECTS.has(noun.key.toLowerCase()))) return modifiers === 0 || article;
  // "… and give it a title" / "… give it titles".
  if ((lower === 'it' || lower === 'them') && tokens[index - 1]?.kind === 'word' && REQUEST_VERBS.has(tokens[index - 1]!.key.toLowerCase())) return true;
  // What shapes a requested text: "Summarize this in a tweet" / "… in tweets", "Answer with an example", "a speech
  // that includes a joke", "an email that ends with a question".
  const verb = requestVerb(side, index);
  // The difference may start at the article itself ("into a slide" / "into slides" differ in "a slide").
  const counted = article || ARTICLES_BEFORE.has(noun?.kind === 'word' ? noun.key.toLowerCase() : '');
  // What a reshaped or planned text holds is its content, not what it is cut into: "Organize an agenda that includes a
  // workshop" / "… workshops", "Put together a menu with a cocktail" (a red team on constraints, session 35).
  if (verb !== undefined && RESHAPING.has(verb) && !REQUEST_VERBS.has(verb) && !CONTENT_WORDS.has(lower) && !SHAPING_VERBS.has(lower)) return counted && (RESHAPED_INTO.has(lower) || (lower === 'to' && REDUCING.has(verb)));
  if (lower === 'to') return verb !== undefined && REDUCING.has(verb);
  // "Use a metaphor to summarize the results" / "Use metaphors …", "Include a chart" / "Include charts": an
  // instruction that opens with the verb asks for one device of the text or several (a red team, session 31). Not a
  // how-to ("How do I use a formula in Excel", "How do I cite a source in APA": a review's costs).
  // So does one joined to a request ("Explain recursion and add a joke", "…, then add a table": a red team on
  // instructions, session 33).
  const joined = verb !== undefined && ['and', 'then', 'also', ','].includes(tokens[index - 1]?.key.toLowerCase() ?? '');
  if (DEVICE_VERBS.has(lower) && (word.sentenceStart || joined) && noun?.kind === 'word' && TEXT_DEVICES.has(lexicon.singular(noun.key.toLowerCase()) ?? noun.key.toLowerCase())) return true;
  // Not a verb inside "how to …": "Explain how to add a file to git" / "… add files …" asks one thing.
  if (SHAPING_VERBS.has(lower) && tokens[index - 1]?.key.toLowerCase() === 'to') return false;
  // "followed by a day trip" / "… day trips".
  const shaping = SHAPING_WORDS.has(lower) || SHAPING_VERBS.has(lower) || (lower === 'by' && tokens[index - 1]?.key.toLowerCase() === 'followed');
  if (!shaping || verb === undefined) return false;
  // What a text or a plan holds, named after "using", "including", "containing", "plus" or a planning verb, is counted
  // only against "a"/"an": "including data" / "… datas", "with push notification(s)" name a kind, not how many (a
  // review, session 35).
  return counted || !(CONTENT_ONLY_WORDS.has(lower) || PLANNING_VERBS.has(verb) || RESHAPING.has(verb));
}
/** Whether the words from `at` place a thing inside an attachment: "in the image", "from this screenshot", "above". */
function insideReferredThing(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : '');
  if (word(at) === 'above' || word(at) === 'below') return true;
  if (!['in', 'from', 'on', 'of'].includes(word(at)) || !['the', 'this', 'that', 'my', 'your'].includes(word(at + 1))) return false;
  const thing = word(at + 2);
  return thing !== '' && REFERRED_THINGS.has(lexicon.singular(thing) ?? thing) && !['option', 'point', 'step', 'item', 'suggestion', 'idea', 'answer', 'error'].includes(lexicon.singular(thing) ?? thing);
}
/** Things a message points at with "the": what was attached or said before. */
const REFERRED_THINGS: ReadonlySet<string> = new Set([
  'attachment', 'photo', 'picture', 'image', 'screenshot', 'file', 'document', 'pdf', 'scan', 'video', 'recording', 'slide', 'spreadsheet',
  'option', 'point', 'step', 'item', 'suggestion', 'idea', 'answer', 'error', 'link', 'chart', 'graph', 'table',
]);
const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'next', 'previous', '1st', '2nd', '3rd', '4th', '5th']);
const DEVICE_VERBS: ReadonlySet<string> = new Set(['use', 'include', 'add', 'insert']);
/** What a requested text may use one or several of: "Use a metaphor", "Include tables". */
const TEXT_DEVICES: ReadonlySet<string> = new Set([
  'example', 'metaphor', 'analogy', 'simile', 'footnote', 'chart', 'graph', 'diagram', 'table', 'heading', 'subheading', 'bullet',
  'checklist', 'timeline', 'quote', 'quotation', 'citation', 'emoji', 'hashtag', 'pun', 'joke', 'anecdote', 'illustration',
  'image', 'figure', 'section', 'paragraph', 'link', 'reference', 'source', 'snippet', 'formula', 'equation', 'rhyme', 'idiom',
  'question', 'summary', 'conclusion', 'title', 'caption',
]);

/**
 * Whether the difference at `start` is the verb right after a relative pronoun: its agreement says which noun the
 * clause describes ("the owner of the dogs that bite(s) my kids", "the mother of the twins who live(s) in Ohio",
 * "the brand of tablets that contain(s) aspirin"), so it is no inflection.
 */
export function agreesInRelativeClause(side: PreparedSide, start: number): boolean {
  const { tokens } = side;
  // An adverb may stand between: "the dogs that always bite(s)".
  const pronounAt = ADVERBS_IN_CLAUSE.has(tokens[start - 1]?.key.toLowerCase() ?? '') ? start - 2 : start - 1;
  const pronoun = tokens[pronounAt];
  if (pronoun?.kind !== 'word' || !RELATIVE_PRONOUNS.has(pronoun.key.toLowerCase()) || tokens[start]?.kind !== 'word') return false;
  // Two nouns the clause could describe: "the owner of the dogs that …", "the landlord's tenants who …"; not "a
  // recipe that use(s) leftover rice", where a slip of agreement tells nothing apart.
  for (let index = pronounAt - 1; index >= Math.max(0, pronounAt - 1 - LINK_REACH); index--) {
    const token = tokens[index]!;
    if (token.kind === 'word' && LINKING.has(token.key.toLowerCase())) return true;
  }
  return false;
}
const LINKING: ReadonlySet<string> = new Set(['of', 'with', 'for', 'near', 'beside', 'from', "'s", 'by', 'at', 'on', 'in', 'among', 'and']);
const ADVERBS_IN_CLAUSE: ReadonlySet<string> = new Set(['always', 'also', 'really', 'still', 'often', 'never', 'only', 'usually', 'sometimes', 'just', 'actually', 'constantly', 'currently']);
/** How many words before the noun a relative clause follows may link it to another ("the owner of the two dogs that"). */
const LINK_REACH = 4;
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/**
 * Whether a noun in kept tokens [start, end) is a measure of time or amount ("a week", "a night", "a mile",
 * Lexicon.namesMeasure, or a portion) counted by "a"/"an"/"one" right before it: "Is it safe to fast for a
 * week?" / "… for weeks?", "Create a meal plan for a month" / "… for months". One of it is an amount, the plural
 * another, in a question as in a request. Not a vague amount ("a lot", "a bit", "a ton of").
 */
export function countsMeasure(side: PreparedSide, start: number, end: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  for (let at = start; at < end; at++) {
    const noun = tokens[at]!;
    const key = noun.kind === 'word' ? noun.key.toLowerCase() : '';
    if (noun.kind !== 'word' || VAGUE_AMOUNTS.has(key) || !(lexicon.namesMeasure(key) || PORTIONS.has(lexicon.singular(key) ?? key))) continue;
    // A compound's modifier: "a six month old baby", "a two week trip" (the number is the amount), "a week's worth".
    const next = tokens[at + 1];
    if (next?.kind === 'word' && COMPOUND_HEADS.has(next.key.toLowerCase())) continue;
    // Right after the article: "for a week" / "for weeks"; "a busy week" / "busy weeks" is one kind of week.
    const article = tokens[at - 1];
    if (article?.kind === 'word' && /^(?:a|an|one)$/iu.test(article.key)) return true;
    // A portion may have its kind between: "a fish oil capsule" / "fish oil capsules", "an energy drink" / "energy drinks".
    if (PORTIONS.has(lexicon.singular(key) ?? key)) {
      for (let back = at - 2; back >= Math.max(0, at - 3); back--) {
        const word = tokens[back]!;
        if (word.kind !== 'word') break;
        if (/^(?:a|an|one)$/iu.test(word.key)) return true;
      }
    }
  }
  return false;
}
/** Portions one takes, eats or misses, counted like measures: "miss a dose" / "miss doses", "skip a meal" / "… meals". */
const PORTIONS: ReadonlySet<string> = new Set([
  'dose', 'cup', 'glass', 'serving', 'drink', 'shot', 'bottle', 'cigarette', 'pack', 'slice', 'piece', 'stick', 'puff', 'beer', 'bar', 'scoop',
  'spoonful', 'tablespoon', 'teaspoon',
]);
/** Words after a measure that make it a compound's modifier ("a six month old baby"). */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(['old', 'long', 'worth', 'tall', 'wide', 'high', 'deep', 'trip', 'stay', 'run', 'plan', 'course', 'program', 'programme']);
/** Amounts "a" gives no number to: "a lot of homework" / "lots of homework", "a bit" / "bits". */
const VAGUE_AMOUNTS: ReadonlySet<string> = new Set(['lot', 'lots', 'bit', 'bits', 'ton', 'tons', 'load', 'loads', 'heap', 'heaps', 'couple', 'number', 'amount', 'deal', 'plenty', 'while', 'moment', 'moments']);

/**
 * Whether the noun at `at` is picked out by "the" or a possessive (up to two describing words between), as one
 * person or thing of a named whole: its number then says which are meant, one of them or all, so it is no
 * inflection. Picked out when it names people ("the founder(s) of Apple", "a poem for my daughter(s)", "Obama's
 * daughter(s)"), when a name stands between ("the Harry Potter movie(s)", "the Tesla model(s)") or when "of", "to"
 * or "in" and a name follow ("the moon(s) of Mars", "the sequel(s) to Dune", "the tower(s) of Notre-Dame"). A kind
 * has no determiner ("What does a teacher earn?" / "What do teachers earn?"), and "the benefit(s) of yoga" names
 * no one thing: both keep the tolerance.
 */
export function picksOut(side: PreparedSide, at: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const noun = tokens[at];
  if (noun?.kind !== 'word') return false;
  // "my last commit" / "my last commits", "the first page(s)": a selector counts the things it picks, in a how-to
  // question too ("How do I squash my last commits?" asks for several; amending "my last commit" one).
  const previous = tokens[at - 1];
  if (previous?.kind === 'word' && SELECTORS.has(previous.key.toLowerCase()) && DETERMINERS.has(tokens[at - 2]?.key.toLowerCase() ?? '')) return true;
  const person = lexicon.namesPerson(noun.key);
  // "split the bill with my roommate(s)": how it is shared is the answer, and among how many.
  if (person && sharedAmong(tokens, at)) return true;
  if (asksHowTo(tokens, at)) return false;
  const located = locatedAfter(tokens, at + 1, lexicon) && !namesBodyPart(noun.key, lexicon);
  const owned = ownerBefore(tokens, at);
  if (owned !== undefined && !namesBodyPart(noun.key, lexicon) && (ownedByOne(tokens, owned, lexicon) || THIRD_PARTY_OWNERS.has(tokens[owned]!.key.toLowerCase()))) return true;
  if (!person && !located && namesAbstraction(noun.key, lexicon)) return false;
  let named = false;
  for (let index = at - 1; index >= 0 && index >= at - 1 - COUNT_MODIFIERS; index--) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return false;
    const lower = token.key.toLowerCase();
    if (DETERMINERS.has(lower) || lower === "'s") return named || person || located || namedAfter(tokens, at + 1);
    if (FUNCTION_WORDS.has(lower)) return false;
    // A name used as a noun ("Potter", "Tesla", "Story"); not a proper adjective ("the Olympic game(s)", "the French fry").
    named ||= isName(token) && (lexicon.nounShare(token.key) ?? 1) > 0.5;
  }
  return false;
}

/**
 * Whether the owner before a "'s" at `at` is one named or pointed-at owner: a name ("Tolkien's book(s)", "Apple's
 * laptop(s)", "Jupiter's moon(s)") or a noun after "my", "the", "this" … ("my car's tire(s)"). Its things are then
 * counted, one of them or several (a red team on small edits, session 49: 397 such changes served as inflection). Not
 * a kind's ("a cat's whisker(s)", "children's teeth").
 */
function ownedByOne(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  if (tokens[at]!.key.toLowerCase() !== "'s") return false;
  const owner = tokens[at - 1];
  if (owner?.kind !== 'word') return false;
  // A name, or a word no dictionary holds, a name typed in lowercase ("tolkien's", "netflix's").
  if (isName(owner) || !lexicon.hasCommonSense(owner.key)) return true;
  // "my car's", "my favorite author's": a determiner up to COUNT_MODIFIERS words before the owner.
  for (let index = at - 2; index >= 0 && index >= at - 2 - COUNT_MODIFIERS; index--) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return false;
    const lower = token.key.toLowerCase();
    if (DETERMINERS_OF_AMOUNT.has(lower)) return true;
    if (FUNCTION_WORDS.has(lower)) return false;
  }
  return false;
}

/** The index of a "'s" or of "his", "her", "their", "its" up to COUNT_MODIFIERS words before the noun at `at`. */
function ownerBefore(tokens: readonly Token[], at: number): number | undefined {
  for (let index = at - 1; index >= 0 && index >= at - 1 - COUNT_MODIFIERS; index--) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return undefined;
    const lower = token.key.toLowerCase();
    if (lower === "'s" || THIRD_PARTY_OWNERS.has(lower)) return index;
    if (FUNCTION_WORDS.has(lower)) return undefined;
  }
  return undefined;
}
/**
 * Someone else's things, whose number says which of them are meant ("When was his album released?" / "When were his
 * albums released?", "Summarize her book(s)"); not "my", "our", the asker's own, whose number seldom changes advice.
 */
const THIRD_PARTY_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Whether the sentence of the person at `at` shares something out, the person after "with", "between" or "among": "split rent with my roommate(s)". */
function sharedAmong(tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (start > 0 && !tokens[start]!.sentenceStart) start--;
  let among = false;
  for (let index = at - 1; index >= start && index >= at - 4; index--) among ||= tokens[index]!.kind === 'word' && SHARING_WITH.has(tokens[index]!.key.toLowerCase());
  if (!among) return false;
  for (let index = start; index < at; index++) if (tokens[index]!.kind === 'word' && SHARING_VERBS.has(tokens[index]!.key.toLowerCase())) return true;
  return false;
}
const SHARING_WITH: ReadonlySet<string> = new Set(['with', 'between', 'among', 'amongst']);
const SHARING_VERBS: ReadonlySet<string> = new Set(['split', 'splitting', 'divide', 'dividing', 'share', 'sharing', 'distribute', 'distributing', 'allocate', 'allocating', 'apportion']);

/**
 * Whether the noun at `at`, picked out by "the", "this"/"these", "that"/"those", a possessive or "'s" (up to
 * COUNT_MODIFIERS words between), points into a passage (a text of two sentences or more, over PASSAGE_TOKENS
 * tokens) or, in a shorter text, picks among several of a thing another sentence names ("… three bugs. … Who is
 * responsible for the bug(s)?", "What did the auditors say about the invoice(s)?"): one of them and all of them are
 * other answers. A kind asked about alone keeps its tolerance ("How do cats purr?" / "How does a cat purr?"), as does
 * a noun the text names once ("My curl command(s) hang(s).", "We adopted a kitten. … feed the kitten(s)?").
 */
export function namedElsewhereInText(side: PreparedSide, at: number, lexicon: Lexicon, sentences: readonly number[]): boolean {
  const { tokens } = side;
  const noun = tokens[at];
  if (noun?.kind !== 'word' || sentences.length === 0) return false;
  let determiner = -1;
  for (let index = at - 1; index >= 0 && index >= at - 1 - COUNT_MODIFIERS; index--) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return false;
    const lower = token.key.toLowerCase();
    if (PICKING_DETERMINERS.has(lower) || lower === "'s") {
      determiner = index;
      break;
    }
    if (FUNCTION_WORDS.has(lower)) return false;
  }
  if (determiner === -1) return false;
  // A passage around the question (two sentences or more, over PASSAGE_TOKENS tokens): "the" points into it even
  // where it names the thing by a verb ("… after 324 customers complained. What was the complaint about?").
  if (sentences.length >= 1 && tokens.length > PASSAGE_TOKENS) return true;
  // In a short text, "my"/"our" is the asker's own thing, whose number changes no advice ("My cat keeps scratching the
  // couch. How do I stop my cat(s) …?"; a review, session 32): only "the" and the demonstratives point back.
  if (!POINTING_BACK.has(tokens[determiner]!.key.toLowerCase())) return false;
  const lower = noun.key.toLowerCase();
  const sentence = firstAbove(sentences, at);
  const mentions = nounSentences(side, sentences, lexicon).get(lexicon.singular(lower) ?? lower);
  if (mentions === undefined) return false;
  // Several named elsewhere ("three bugs", "the bugs"), or two of them named one by one ("The Juniper platform …; the
  // Fable platform …"); a story of one leaves a slip of number free ("We adopted a kitten. How often should we feed
  // the kitten(s)?"; a review, session 32).
  return mentions.several.some((other) => other !== sentence) || mentions.one.filter((other) => other !== sentence).length >= 2;
}

/**
 * Each noun's mentions in a side, by the noun's singular (lowercase): the sentences (by index) where it names several
 * (a plural, or after a number; the first two distinct) and where it names one (the first three), enough to tell
 * whether other sentences than a given one name several of the thing. Built once per side, so a long text of many
 * changed nouns is read once.
 */
function nounSentences(side: PreparedSide, sentences: readonly number[], lexicon: Lexicon): Map<string, { several: number[]; one: number[] }> {
  let found = NOUN_SENTENCES.get(side);
  if (found === undefined) {
    found = new Map();
    let sentence = 0;
    for (let index = 0; index < side.tokens.length; index++) {
      while (sentence < sentences.length && sentences[sentence]! <= index) sentence++;
      const token = side.tokens[index]!;
      if (token.kind !== 'word') continue;
      const lower = token.key.toLowerCase();
      if (FUNCTION_WORDS.has(lower)) continue;
      const singular = lexicon.singular(lower);
      const base = singular ?? lower;
      let mentions = found.get(base);
      if (mentions === undefined) found.set(base, (mentions = { several: [], one: [] }));
      const several = singular !== undefined || (index > 0 && side.tokens[index - 1]!.kind === 'number');
      const list = several ? mentions.several : mentions.one;
      if (list.length < (several ? 2 : 3) && !(several && list[0] === sentence)) list.push(sentence);
    }
    NOUN_SENTENCES.set(side, found);
  }
  return found;
}
const NOUN_SENTENCES = new WeakMap<PreparedSide, Map<string, { several: number[]; one: number[] }>>();
/** How many tokens make a text a passage a question is about (the verifier's CONTEXT_TOKENS). */
const PASSAGE_TOKENS = 40;
const POINTING_BACK: ReadonlySet<string> = new Set(['the', 'this', 'these', 'that', 'those']);
const PICKING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'these', 'that', 'those', 'my', 'our', 'your', 'his', 'her', 'their', 'its']);

/**
 * Whether the sentence holding token `at` asks how to do something ("How do I export my Spotify playlist(s)?",
 * "How can I help my employee(s)?"): the way is the answer, whatever the number of things it is done to.
 */
function asksHowTo(tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (start > 0 && !tokens[start]!.sentenceStart) start--;
  const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : '');
  if (word(start) === 'how' && HOW_TO_FOLLOWERS.has(word(start + 1))) return true;
  // "What's the fastest way to delete my Instagram account(s)?", "the steps to export my playlist(s)".
  for (let index = start; index + 1 < at; index++) if ((word(index) === 'way' || word(index) === 'ways' || word(index) === 'steps' || word(index) === 'how') && word(index + 1) === 'to') return true;
  return false;
}
/** Words that pick some of a series by their place: "my last commit(s)", "the first page(s)". */
const SELECTORS: ReadonlySet<string> = new Set([
  'last', 'first', 'latest', 'previous', 'recent', 'next', 'final', 'top', 'bottom', 'past', 'coming', 'upcoming', 'following', 'preceding', 'prior',
  'early', 'earlier', 'later', 'remaining',
]);
const HOW_TO_FOLLOWERS: ReadonlySet<string> = new Set(['do', 'does', 'can', 'could', 'should', 'would', 'to', 'best']);

/** A noun whose commonest sense is an abstraction (a benefit, a price, a risk, an effect): no one thing to pick out. */
function namesAbstraction(word: string, lexicon: Lexicon): boolean {
  for (const file of lexicon.nounFiles(word, 1)) if (ABSTRACT_NOUN_FILES.has(file)) return true;
  return false;
}
/** WordNet's lexicographer files of abstractions: act, attribute, feeling, motive, phenomenon, possession, process, relation, state. */
const ABSTRACT_NOUN_FILES: ReadonlySet<number> = new Set([4, 7, 12, 16, 19, 21, 22, 24, 26]);

/**
 * Whether the words from `at` place the noun before them among the asker's own things, which "the" then picks out
 * one or several of ("Classify the sentiment of the review(s) below", "Refund the item(s) in order ORD-10023",
 * "Cancel the subscription(s) on my account", "the parcel(s) I ordered on Monday", "the invoice(s) for March"): a
 * pointer at a text ("below", "attached"), a preposition before "my"/"this", an ID or an amount, or a
 * clause of the asker's ("I ordered"), or a text pointed at ("the question(s) in the email below"). Not a kind placed in
 * general ("the lung(s) in the body").
 */
function locatedAfter(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : '');
  const first = word(at);
  if (POINTERS_AT_TEXT.has(first)) return true;
  // "the parcel I ordered", "the shirts we bought", "the email you sent".
  if (ASKER_PRONOUNS.has(first) && (lexicon.isPastForm(word(at + 1)) || ASKER_HAVING.has(word(at + 1)))) return true;
  if (!LOCATING_PREPOSITIONS.has(first)) return false;
  if (OWNERS.has(word(at + 1))) return true;
  for (let index = at + 1; index <= at + 4 && index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'code' || token.kind === 'number' || (token.kind === 'symbol' && /^\p{Sc}$/u.test(token.text)) || POINTERS_AT_TEXT.has(word(index))) return true;
    // "ORD-10023" may be cut into a word, a hyphen and a number.
    if (token.kind !== 'word' && !(token.kind === 'symbol' && token.text === '-')) return false;
  }
  return false;
}
const POINTERS_AT_TEXT: ReadonlySet<string> = new Set(['below', 'above', 'attached', 'enclosed', 'provided', 'pasted', 'quoted', 'shown', 'listed', 'here']);
const ASKER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you']);
/** "the subscription I have on Netflix", "the bills we owe". */
const ASKER_HAVING: ReadonlySet<string> = new Set(['have', 'own', 'owe', 'need', 'got', 'use', 'pay']);
const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'for', 'from', 'at', 'with', 'of', 'inside', 'within', 'under', 'toward', 'towards', 'about', 'to']);
const OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'this', 'these', 'that', 'those']);

/** A noun whose commonest sense is a part of the body ("lung", "kidney"): placed in "my body" it is still a kind. */
function namesBodyPart(word: string, lexicon: Lexicon): boolean {
  for (const file of lexicon.nounFiles(word, 1)) if (file === BODY_NOUN_FILE) return true;
  return false;
}
/** WordNet's lexicographer file noun.body. */
const BODY_NOUN_FILE = 8;

/** "of Mars", "to Dune", "of the Golden Gate Bridge", "in Paris", "from Acme": a preposition, maybe "the", then a name. */
function namedAfter(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.kind !== 'word' || !NAMING_PREPOSITIONS.has(tokens[at]!.key.toLowerCase())) return false;
  const next = tokens[at + 1]?.kind === 'word' && tokens[at + 1]!.key.toLowerCase() === 'the' ? tokens[at + 2] : tokens[at + 1];
  return next !== undefined && isName(next);
}
const NAMING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'in', 'from', 'for']);

/** A capitalised word that does not open its sentence: a name ("Mars", "Harry", "Tesla"). */
export function isName(token: Token): boolean {
  return token.kind === 'word' && !token.sentenceStart && /^\p{Lu}/u.test(token.text) && token.text !== 'I';
}

/**
 * Whether the word at `index` (before a noun phrase) asks for one thing or several: "I need a gift" / "… gifts",
 * "Looking for a podcast", "Any tip for …", "Is there a tool …" / "Are there tools …", "Can you think of a quote",
 * "come up with a slogan", "I'd like a movie", and "What's a good X" / "What are good X"
 * (a recommendation: one, or a list). Not "What does a cat eat?" / "What do cats eat?", where the noun is a kind.
 */
function asksForSome(tokens: readonly Token[], index: number, modifiers: readonly string[]): boolean {
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : '');
  const lower = word(index);
  // "Do I need a visa?" / "… visas?", "Does my cat need a vaccine?": whether one is required, not how many are wanted.
  if ((lower === 'need' || lower === 'needs') && [1, 2, 3].some((back) => ['do', 'does', 'did', 'will', 'would'].includes(word(index - back)))) return false;
  if (WANTING.has(lower) || lower === 'any' || lower === 'there') return true;
  // Asked of the assistant: "Do you have a recipe …?", "Got a book about cats?"; not "I have a question".
  if ((lower === 'have' || lower === 'got') && (word(index - 1) === 'you' || index === 0 || tokens[index]!.sentenceStart)) return true;
  if (lower === 'like' || lower === 'love') return word(index - 1) === "'d" || word(index - 1) === 'would';
  if (lower === 'for') return ['looking', 'look', 'searching', 'search', 'asking', 'hoping'].includes(word(index - 1));
  if (lower === 'of') return word(index - 1) === 'think';
  if (lower === 'with') return word(index - 1) === 'up' && word(index - 2) === 'come';
  // "What's a good gift", "what would be a good name", "What are some fun games": a recommendation.
  if ((FORMS_OF_BE.has(lower) || lower === 'be') && modifiers.some((modifier) => RECOMMENDING.has(modifier))) {
    for (let back = index - 1; back >= Math.max(0, index - 3); back--) if (word(back) === 'what') return true;
  }
  return false;
}
const WANTING: ReadonlySet<string> = new Set(['need', 'needs', 'want', 'wants', 'seeking', 'recommend', 'suggest']);
/** Words a noun phrase after them is no modifier of ("I have a question", "I'd like a movie"). */
const WANTING_FORMS: ReadonlySet<string> = new Set(['like', 'love', 'have', 'has', 'got']);
/** Nouns of advice, which comes as a list whatever their number: "Any tip(s) for a first date?". */
const ADVICE: ReadonlySet<string> = new Set(['tip', 'tips', 'recommendation', 'recommendations', 'suggestion', 'suggestions', 'idea', 'ideas', 'advice', 'pointer', 'pointers', 'hint', 'hints', 'thought', 'thoughts']);
const RECOMMENDING: ReadonlySet<string> = new Set(['good', 'great', 'nice', 'fun', 'funny', 'cool', 'best', 'fine', 'decent', 'easy', 'cheap', 'healthy', 'cute', 'creative', 'unique', 'interesting', 'some']);

/**
 * The verb (lowercase) of the request that holds kept token `at`, or undefined: a request opens with an imperative
 * verb ("Write …", "Summarize …", "Turn …"), maybe after politeness set aside ("Please summarize …", "Can you
 * write …"). Read on the tokens as typed, where the sentence's first word is marked even when it was politeness.
 */
function requestVerb(side: PreparedSide, at: number): string | undefined {
  const raw = side.raw;
  let start = side.origin[at]!;
  while (start > 0 && !raw[start]!.sentenceStart) start--;
  let first = start;
  while (first < raw.length && raw[first]!.kind === 'word' && REQUEST_OPENERS.has(raw[first]!.text.toLowerCase())) first++;
  // A shaping phrase put first: "In a tweet, tell me …", "With an example, explain …" (a red team on instructions,
  // session 33).
  if (raw[first]?.kind === 'word' && SHAPING_WORDS.has(raw[first]!.text.toLowerCase())) {
    for (let index = first + 1; index < raw.length && index <= first + FRONTED_PHRASE_TOKENS && !raw[index]!.sentenceStart; index++) {
      if (raw[index]!.text !== ',') continue;
      first = index + 1;
      while (first < raw.length && raw[first]!.kind === 'word' && REQUEST_OPENERS.has(raw[first]!.text.toLowerCase())) first++;
      break;
    }
  }
  const verb = raw[first];
  if (verb?.kind !== 'word') return undefined;
  const lower = verb.text.toLowerCase();
  return REQUEST_VERBS.has(lower) || IMPERATIVES.has(lower) || RESHAPING.has(lower) ? lower : undefined;
}
/** The longest shaping phrase read as put before a request's verb. */
const FRONTED_PHRASE_TOKENS = 8;
/** Words before a request's verb that the verifier sets aside as politeness: "Please", "Can you", "Kindly". */
const REQUEST_OPENERS: ReadonlySet<string> = new Set(['please', 'kindly', 'can', 'could', 'would', 'will', 'you', 'pls', 'plz']);
/** Prepositions that shape a requested text: "in a tweet", "with a source", "as a bullet point", "using a story". */
const SHAPING_WORDS: ReadonlySet<string> = new Set(['with', 'in', 'as', 'using', 'into', 'including', 'containing', 'plus']);
/** Shaping words added in session 35, whose noun is counted only against an article (see asksHowMany's end). */
const CONTENT_ONLY_WORDS: ReadonlySet<string> = new Set(['using', 'including', 'containing', 'plus', 'covers', 'covering', 'by']);
/** Verbs of a requested text's content: "that includes a joke", "ends with a question", "lists a benefit". */
const SHAPING_VERBS: ReadonlySet<string> = new Set(['add', 'adds', 'includes', 'include', 'mentions', 'mention', 'lists', 'teaches', 'features', 'featuring', 'contains', 'contain', 'ends', 'end', 'finish', 'finishes', 'uses', 'use', 'cites', 'cite', 'gives', 'covers', 'covering']);
/** Imperatives of a plan, whose content is its parts ("Plan a trip with a day trip"; session 35). */
const PLANNING_VERBS: ReadonlySet<string> = new Set(['plan', 'design', 'build', 'prepare', 'devise', 'develop', 'propose', 'structure', 'outline', 'map', 'brainstorm', 'sketch', 'come', 'draw', 'set']);
/** Imperatives of a text request beside REQUEST_VERBS, and of a plan. */
const IMPERATIVES: ReadonlySet<string> = new Set([
  'answer', 'respond', 'reply', 'summarise', 'rewrite', 'draft', 'compose', 'illustrate', 'support', 'back', 'add', 'format', 'present', 'produce',
  'output', 'return', 'emit', 'export', 'dump', 'render', 'end', 'finish', 'close', 'conclude', ...PLANNING_VERBS,
]);
/** Prepositions of what a text or plan holds, as against what it is cut into. */
const CONTENT_WORDS: ReadonlySet<string> = new Set(['with', 'using', 'including']);
/**
 * Verbs that reshape a text or code into what "into", "in", "as" (or, for REDUCING, "to") names: "Turn this into a
 * slide" / "… into slides", "Refactor this into a module". Counted only against "a"/"an"/"one": "with commas",
 * "in bullet points", "in cells" name a separator or a format, not how many things are made.
 */
const RESHAPING: ReadonlySet<string> = new Set([
  'turn', 'put', 'break', 'split', 'refactor', 'condense', 'shorten', 'reformat', 'organize', 'organise', 'merge', 'compress', 'boil',
  'restructure', 'divide', 'arrange', 'transform', 'rework', 'reduce', 'trim', 'distill', 'distil', 'cut', 'wrap', 'separate', 'bundle',
  // Output verbs that name what is made after "as"/"in": "Return the result as a JSON object" / "… as JSON objects".
  'return', 'output', 'print', 'convert', 'produce', 'render', 'dump', 'emit', 'export', 'save', 'store', 'package',
]);
const RESHAPED_INTO: ReadonlySet<string> = new Set(['into', 'in', 'as']);
/** Of those, the ones that take what they make after "to": "Shorten this to a sentence", "boil it down to a takeaway". */
const REDUCING: ReadonlySet<string> = new Set(['shorten', 'condense', 'compress', 'boil', 'reduce', 'trim', 'distill', 'distil', 'cut', 'summarize', 'summarise', 'convert']);
/**
 * A form of "be" that agrees with what a which/who question asks for: with a noun that has no plural only the
 * verb says whether one or several are wanted ("Which species is/are endangered?", "Which of these is/are
 * prime: 2, 3, 4?", "Who was/were the founder(s)?"); the question word may stand up to four words before the verb,
 * within its sentence. After "what" or "where", only a selection is counted: "What is the largest planet?" asks for one,
 * "What are the largest planets?" for a list, but "What is/are the benefit(s) of yoga?" asks the same.
 */
function asksWhichThroughVerb(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  for (let index = at - 1; index >= 0 && index >= at - 5; index--) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return false;
    const lower = token.text.toLowerCase();
    if (lower === 'which' || lower === 'who') return true;
    if (lower === 'what' || lower === 'where') return index === at - 1 && selects(tokens, at + 1, lexicon);
    if (AUXILIARIES.has(lower) || token.sentenceStart) return false;
  }
  return false;
}

// A superlative or a word that picks out ("the largest", "the most common", "the main", "your favourite") after
// an optional determiner.
function selects(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const first = tokens[at];
  const determined = first?.kind === 'word' && DETERMINERS.has(first.text.toLowerCase());
  const word = determined ? tokens[at + 1] : first;
  if (word?.kind !== 'word') return false;
  if (isSelecting(word.text.toLowerCase(), lexicon)) return true;
  // "What is the capital of …" / "What are the capitals …", "the time zone(s)", "the solution(s) of x² = 4": nouns
  // whose answer may be one or several, so the number asked is the question (not "the benefit(s) of yoga").
  const next = tokens[at + (determined ? 2 : 1)];
  const counted = (token: Token | undefined) => token?.kind === 'word' && ANSWER_SET_NOUNS.has(lexicon.singular(token.text.toLowerCase()) ?? token.text.toLowerCase());
  return determined && (counted(word) || counted(next));
}
/** Nouns whose answer is one thing or a set of them, the number asked deciding which. */
const ANSWER_SET_NOUNS: ReadonlySet<string> = new Set([
  'capital', 'currency', 'zone', 'border', 'solution', 'root', 'factor', 'eigenvalue', 'eigenvector', 'zero', 'divisor', 'asymptote', 'intercept',
]);

/** A superlative or a word that picks one out: "largest", "most", "main", "official", "leading". */
function isSelecting(lower: string, lexicon: Lexicon): boolean {
  if (SELECTING_WORDS.has(lower)) return true;
  // "largest" → large, "oldest" → old; not "honest", "interest".
  return lower.length > 4 && lower.endsWith('est') && lexicon.lemmas(lower).some((lemma) => lemma !== lower && lower.startsWith(lemma.slice(0, -1)));
}
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'your', 'my', 'our', 'their', 'his', 'her', 'its']);
const SELECTING_WORDS: ReadonlySet<string> = new Set([
  'best', 'worst', 'most', 'least', 'top', 'main', 'primary', 'favourite', 'favorite', 'only', 'first', 'last', 'biggest', 'major',
  'official', 'leading', 'chief', 'principal', 'prime', 'dominant', 'sole', 'nearest', 'closest', 'national', 'active', 'root',
]);

/**
 * A bare plural with a singular verb, in or next to the tokens from `start` to `end`: "What is pandas?", "Is
 * requests thread-safe?", "Pandas is …", "What is numpy arrays?" (one word between). Such a plural names one thing
 * (a library, a product, a field), so neither its number nor its verb's is an inflection ("What is pandas?" /
 * "What is a panda?", "What is pandas?" / "What are pandas?"). Returns the plural, or undefined.
 */
export function pluralAsName(side: PreparedSide, start: number, end: number, lexicon: Lexicon): string | undefined {
  const { tokens } = side;
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : undefined);
  for (let at = Math.max(0, start - 2); at < Math.min(tokens.length, end + 2); at++) {
    const plural = word(at);
    if (plural === undefined || FUNCTION_WORDS.has(plural) || lexicon.singular(plural) === undefined) continue;
    // An irregular plural only as a title typed in lowercase: "who sang man / men in black", "mad man / men".
    if (!plural.endsWith('s')) {
      if (inTitlePosition(tokens, at, at + 1)) return plural;
      continue;
    }
    const between = word(at - 1);
    const modified = between !== undefined && !FUNCTION_WORDS.has(between) && SINGULAR_VERBS.has(word(at - 2) ?? '');
    // After the verb ("What is pandas"), or opening a clause before it ("Pandas is …"; not "How many legs does …").
    const subject = SINGULAR_VERBS.has(word(at + 1) ?? '') && (at === 0 || tokens[at]!.sentenceStart || side.breaks[at] === 1 || word(at - 1) === undefined);
    // A title typed in lowercase: "who directed aliens" (a film) / "alien" (another), "twisters cast".
    const titled = inTitlePosition(tokens, at, at + 1);
    if (SINGULAR_VERBS.has(word(at - 1) ?? '') || subject || modified || titled) return plural;
  }
  return undefined;
}
const SINGULAR_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'does', 'has']);

/**
 * A plural that after "the" names its own thing, changed to its singular: "have the runs" (diarrhoea) / "the run",
 * "keep the books" (the accounts) / "the book", "scatter the ashes" (remains) / "the ash", "the heats" (a race's
 * rounds), "out in the sticks", "go to the pictures", "the blues". Some only after the words that make them the
 * thing ("keep the books", not "read the books"). Returns the plural, or undefined.
 */
export function idiomPluralAfterThe(side: PreparedSide, start: number, end: number): string | undefined {
  if (end - start !== 1) return undefined;
  const word = side.tokens[start]!;
  const [the, before] = [side.tokens[start - 1], side.tokens[start - 2]];
  if (word.kind !== 'word' || the?.kind !== 'word' || the.key.toLowerCase() !== 'the') return undefined;
  const plural = word.key.toLowerCase();
  const after = THE_PLURALS.get(plural);
  if (after === undefined) return undefined;
  if (after === ANYWHERE) return plural;
  // Ending the phrase: "keep the books for a shop", not "keep the books open".
  const next = side.tokens[end];
  const closes = next === undefined || next.kind !== 'word' || FUNCTION_WORDS.has(next.key.toLowerCase());
  return closes && before?.kind === 'word' && after.has(before.key.toLowerCase()) ? plural : undefined;
}
const ANYWHERE: ReadonlySet<string> = new Set();
const HAVING = ['have', 'has', 'had', 'having', 'get', 'gets', 'got', 'getting', 'treat', 'treating', 'stop', 'stopping', 'cure', 'cause', 'causes', 'caused', 'causing', 'prevent', 'give', 'gives', 'gave', 'with'];
const THE_PLURALS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['runs', new Set(HAVING)],
  ['books', new Set(['keep', 'keeps', 'kept', 'keeping', 'cook', 'cooks', 'cooked', 'cooking', 'balance', 'balancing', 'close', 'closing', 'audit', 'auditing', 'do', 'doing'])],
  ['sticks', new Set(['in', 'to', 'from'])],
  ['pictures', new Set(['to'])],
  ['movies', new Set(['to'])],
  ['woods', new Set(['in', 'into', 'through', 'from'])],
  ['ashes', new Set(['scatter', 'scattered', 'scattering', 'spread', 'spreading', 'bury', 'buried', 'keep', 'kept', 'collect', 'collected', 'receive', 'received'])],
  ...['heats', 'blues', 'shakes', 'jitters', 'creeps', 'willies', 'hots', 'dumps', 'spins'].map((plural) => [plural, ANYWHERE] as const),
]);
/** Imperatives beside REQUEST_VERBS whose object's number is how many things are wanted ("Extract the date(s)"). */
const COUNTING_VERBS: ReadonlySet<string> = new Set([
  'extract', 'identify', 'select', 'delete', 'remove', 'highlight', 'return', 'pick', 'choose', 'underline', 'mark',
  // "How do I get the child of a DOM element?" / "… the children …", "revert the last commit(s)".
  'get', 'fetch', 'find', 'revert', 'undo', 'drop', 'kill', 'squash',
]);
/**
 * Whether the word at `at` stands where a verb does: opening its sentence, or after "to", a subject, a modal or
 * "please" ("How do I rename …", "I want to download …"), not after an article or another word it would modify
 * ("open a zip file", "resolve a merge conflict", "an import statement").
 */
function inVerbSlot(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  if (at === 0 || tokens[at]!.sentenceStart) return true;
  return previous?.kind === 'word' && VERB_SLOT_AFTER.has(previous.key.toLowerCase());
}
const VERB_SLOT_AFTER: ReadonlySet<string> = new Set(['to', 'i', 'you', 'we', 'they', 'please', 'can', 'could', 'should', 'would', 'will', 'must', 'do', 'does', 'how', 'and', 'then']);

/**
 * Verbs whose object's number picks another command, one thing or a batch: "rename a file" (mv) / "rename files" (a
 * loop), "download a video" / "download videos". Counted only for the object right after the verb or its article:
 * "pip install requests fails" is no count of failures.
 */
const BATCH_VERBS: ReadonlySet<string> = new Set([
  'rename', 'download', 'upload', 'install', 'uninstall', 'resize', 'unzip', 'zip', 'compress', 'encrypt', 'decrypt', 'hide',
  'unhide', 'lock', 'unlock', 'mock', 'import', 'export', 'archive', 'mute', 'pin', 'move', 'copy', 'duplicate', 'merge',
  'rotate', 'clone', 'restore', 'transfer', 'sync', 'backup', 'crop',
]);
/**
 * Verbs of a developer's tools whose object's number picks another command where the object is one of DEV_OBJECTS, definite:
 * "push the tag" (git push origin v1) / "… tags" (--tags), "upgrade the package" / "… packages", "amend the commit
 * message" / "… messages" (a red team on constraints, session 53); not their everyday senses ("close a deal", "start an
 * essay", "update a resume", "restart a computer": a review of the first version, which listed them with BATCH_VERBS).
 */
const DEV_BATCH_VERBS: ReadonlySet<string> = new Set([
  'push', 'pull', 'amend', 'reword', 'rebase', 'cherry-pick', 'sign', 'restart', 'upgrade', 'downgrade', 'update', 'rerun', 're-run', 'retry', 'checkout',
  'deploy', 'redeploy', 'reinstall', 'publish', 'unpublish', 'tag', 'untag', 'revoke', 'migrate', 'stop', 'start', 'terminate', 'drain', 'scale', 'bump', 'unmount',
]);
const DEV_OBJECTS: ReadonlySet<string> = new Set(
  ['commit', 'tag', 'branch', 'package', 'dependency', 'container', 'image', 'pod', 'service', 'migration', 'message', 'job', 'workflow', 'deployment',
    'module', 'plugin', 'extension', 'gem', 'crate', 'submodule', 'remote', 'instance', 'server', 'vm', 'cluster', 'volume', 'node', 'token', 'key', 'secret',
    'certificate', 'test', 'build', 'worker', 'process', 'daemon', 'replica', 'stack', 'release', 'version', 'library', 'app', 'function', 'lambda', 'topic', 'queue']
    .flatMap((word) => [word, /[^aeiou]y$/u.test(word) ? `${word.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/u.test(word) ? `${word}es` : `${word}s`]),
);

/** One of BATCH_VERBS, or its -ing form ("renaming a file" / "renaming files"). */
function isBatchVerb(lower: string, lexicon: Lexicon): boolean {
  return BATCH_VERBS.has(lower) || (lower.endsWith('ing') && lexicon.lemmas(lower).some((lemma) => lemma !== lower && BATCH_VERBS.has(lemma)));
}
const ARTICLES_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one']);
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'had']);
const COUNT_MODIFIERS = 2;
const COUNT_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'some', 'me', 'us', 'few', 'several']);

/**
 * Whether the kept tokens [start, end) are the word a definition is asked of: "What is (a) X?", "What does (a) X
 * mean?", "X meaning", "Explain what a X is", "What is meant by a X?", "Define (a) X", "the meaning / definition
 * of (a) X".
 */
export function asksDefinition(side: PreparedSide, start: number, end: number): boolean {
  const { tokens } = side;
  const key = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : undefined);
  if (start >= end) return false;
  let before = start - 1;
  if (/^(?:a|an|the)$/u.test(key(before) ?? '')) before--;
  const closes = end === tokens.length || side.breaks[end] === 1;
  if (/^(?:meaning|definition|mean|means|meant)$/u.test(key(end) ?? '')) return true; // "storey meaning", "what does storey mean"
  if (key(before - 1) === 'what' && /^(?:is|are|'s)$/u.test(key(before) ?? '')) return closes || DEFINITION_TAILS.has(key(end) ?? '');
  if (key(before) === 'what' && key(end) === 'is') return true; // "Explain what a storey is"
  if (key(before) === 'define') return closes;
  if (key(before) === 'by' && key(before - 1) === 'meant') return true; // "What is meant by a draught?"
  return key(before) === 'of' && /^(?:meaning|definition)$/u.test(key(before - 1) ?? '');
}

/** Words after "What is a X" that still ask what X is: "in simple terms", "and how does it work", "exactly", "for". */
const DEFINITION_TAILS: ReadonlySet<string> = new Set(['in', 'and', 'exactly', 'actually', 'for', 'used', 'called']);

/**
 * Whether the word at `at` is the noun that ends a "What is …?" / "What are …?" sentence right after them:
 * "What is time?", "What are options?" ask for a definition, and "the" before the noun asks for one thing
 * instead ("What is the time?"). Not when more follows: "What is capital of Norway?" only drops an article.
 */
export function isWhatItIs(side: PreparedSide, at: number): boolean {
  const { tokens } = side;
  const key = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : undefined);
  if (key(at - 2) !== 'what' || !['is', 'are'].includes(key(at - 1) ?? '') || key(at) === undefined) return false;
  return at + 1 === tokens.length || side.breaks[at + 1] === 1;
}

/**
 * Whether the noun at `at` is a bare singular (no article, number or possessive before it) of a word that names a
 * substance and a made thing or an animal and its meat (Lexicon.massReading), where the other side has its plural:
 * uncounted it is the stuff, counted the things ("Is nickel magnetic?" / "Are nickels …?", "Where can I buy
 * chicken?" / "… chickens?"). Not a verb ("What lead to …", "to lead"), nor a compound's modifier ("tin foil").
 */
export function massAgainstCount(side: PreparedSide, start: number, end: number, lexicon: Lexicon): boolean {
  // The noun alone, or after the verb that agrees with it ("Is nickel magnetic?" / "Are nickels magnetic?", "How much
  // does lamb cost?" / "… do lambs cost?").
  if (end === start + 2 && side.tokens[start]?.kind === 'word' && (FORMS_OF_BE.has(side.tokens[start]!.key.toLowerCase()) || AGREEING_DO.has(side.tokens[start]!.key.toLowerCase()))) start++;
  if (end !== start + 1) return false;
  const { tokens } = side;
  const noun = tokens[start]!;
  if (noun.kind !== 'word' || FUNCTION_WORDS.has(noun.key.toLowerCase()) || lexicon.singular(noun.key) !== undefined || !lexicon.canBeNoun(noun.key)) return false;
  const reading = lexicon.massReading(noun.key);
  // An animal's name bare is its meat where it is bought or priced ("Where can I buy chicken?" / "… chickens?"); eaten
  // or cooked, the two are one question ("Can cats eat shrimp?", "How long to boil lobster?").
  if (reading === undefined || (reading === 'meat' && !tokens.some((token) => token.kind === 'word' && COMMERCE.has(token.key.toLowerCase())))) return false;
  // Counted or a verb: a determiner, a number, a subject or "to" before it.
  const previous = tokens[start - 1];
  if (previous !== undefined && (previous.kind === 'number' || (previous.kind === 'word' && NOT_BARE_AFTER.has(previous.key.toLowerCase())))) return false;
  const modifies = previous?.kind === 'word' && !FUNCTION_WORDS.has(previous.key.toLowerCase()) && ((lexicon.modifierShare(previous.key) ?? 0) >= 0.5 || (lexicon.nounShare(previous.key) ?? 0) >= 0.5 || lexicon.hasLemma(`${previous.key.toLowerCase()}_${noun.key.toLowerCase()}`));
  // After a modifier the plural is kinds of the same ("best oil" / "best oils", "seed oil" / "seed oils").
  if (modifies) return false;
  // A unit converted into is counted either way ("70 kg in stone" / "… in stones").
  if (previous?.kind === 'word' && CONVERTING.has(previous.key.toLowerCase()) && tokens.slice(Math.max(0, start - 5), start - 1).some((token) => token.kind === 'number')) return false;
  const next = tokens[start + 1];
  // After a question's auxiliary the next word is the verb ("How much does lamb cost?"), not a compound's head.
  const verbNext = previous?.kind === 'word' && QUESTION_AUXILIARIES.has(previous.key.toLowerCase());
  if (!verbNext && next?.kind === 'word' && !FUNCTION_WORDS.has(next.key.toLowerCase()) && (lexicon.nounShare(next.key) ?? 0) >= MASS_COMPOUND_SHARE) return false;
  return true;
}
/** Words after which a singular is counted or a verb: determiners, numbers in words, subjects, "to". */
const NOT_BARE_AFTER: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'each', 'every', 'one', 'another', 'either', 'neither', 'which', 'what', 'whose',
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'to', 'not', "n't",
]);
const AGREEING_DO: ReadonlySet<string> = new Set(['do', 'does']);
const COMMERCE: ReadonlySet<string> = new Set(['buy', 'buying', 'sell', 'selling', 'cost', 'costs', 'price', 'prices', 'order', 'ordering', 'purchase']);
const CONVERTING: ReadonlySet<string> = new Set(['in', 'into', 'to']);
/** A next word at least this often a noun makes the mass noun its modifier ("pepper spray", "chicken soup"). */
const MASS_COMPOUND_SHARE = 0.5;

/**
 * Whether the word at `index` asks the asker: "ask" or "quiz" before "me"/"us" ("Ask me a riddle" / "Ask me
 * riddles"), or the "with" after "quiz me" ("Quiz me with a riddle" / "… with riddles"); not "ask a girl out".
 */
function asksMe(tokens: readonly Token[], index: number): boolean {
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : '');
  if (word(index) === 'with') return ASKER.has(word(index - 1)) && ASKING_THE_ASKER.has(word(index - 2));
  return ASKING_THE_ASKER.has(word(index)) && ASKER.has(word(index + 1));
}
const ASKING_THE_ASKER: ReadonlySet<string> = new Set(['ask', 'quiz', 'test', 'challenge']);
const ASKER: ReadonlySet<string> = new Set(['me', 'us']);

/**
 * Whether the noun at `at` is one whose number sets an amount the text asks for: a question of how much or how
 * many, of what it costs to do something or of a total, where a determiner picks the noun out: "How much paint
 * do I need for the wall?" / "… the walls?", "How much does it cost to replace the tire?" / "… the tires?", "the
 * total price of the $15 shirt(s)", "How much should I feed my puppy?" / "… my puppies?". Not the noun
 * whose own price or size is asked, before its verb or after "is"/"are" ("How much does a puppy cost?" / "… do
 * puppies cost?", "How much is a coffee in Paris?": per one either way), nor a price of one ("the average price of a
 * house" / "… of houses").
 */
export function asksAmountOf(side: PreparedSide, start: number, end: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  // The noun ends the change ("a dog" / "dogs" is one change); its determiner may be in it.
  const at = Math.max(start, end - 1);
  const noun = tokens[at];
  if (noun?.kind !== 'word' || !asksAmount(tokens)) return false;
  const next = tokens[at + 1];
  if (next?.kind === 'word' && OWN_AMOUNT_VERBS.has(next.key.toLowerCase())) return false;
  let modifiers = 0;
  for (let index = at - 1; index >= 0; index--) {
    const token = tokens[index]!;
    if (token.kind === 'number' || token.kind === 'symbol') continue;
    if (token.kind !== 'word') return false;
    const word = token.key.toLowerCase();
    // "my son's tooth" / "… teeth": one owner's, counted as "my tooth" would be.
    if (DETERMINERS_OF_AMOUNT.has(word) || (word === "'s" && ownedByOne(tokens, index, lexicon))) return !FORMS_OF_BE.has(tokens[index - 1]?.key.toLowerCase() ?? '');
    if (FUNCTION_WORDS.has(word) || ++modifiers > AMOUNT_MODIFIERS) return false;
  }
  return false;
}

/** Whether the text asks how much or how many, what it costs to do something, or a total. */
function asksAmount(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, ASKS_AMOUNT, (token, index) => {
    if (token.kind !== 'word') return false;
    const word = token.key.toLowerCase();
    if (AMOUNT_WORDS.has(word)) return true;
    const next = tokens[index + 1]?.kind === 'word' ? tokens[index + 1]!.key.toLowerCase() : '';
    const previous = tokens[index - 1]?.kind === 'word' ? tokens[index - 1]!.key.toLowerCase() : '';
    // The cost of doing something to the thing(s) ("cost to replace the tire"), not a price per one ("the cost of a house").
    if ((word === 'cost' || word === 'costs') && (next === 'to' || previous === 'it')) return true;
    return word === 'how' && (next === 'much' || next === 'many');
  });
}
const ASKS_AMOUNT = new WeakMap<readonly Token[], boolean>();
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['total', 'calories']);
/**
 * Determiners that pick out the things meant: with them their number sets the amount. Not "a": "How much should I
 * pay a babysitter?" / "… babysitters?" asks a rate either way.
 */
const DETERMINERS_OF_AMOUNT: ReadonlySet<string> = new Set(['the', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'these', 'those']);
/** Verbs after a noun whose own amount is asked ("a puppy costs", "bananas have"): per one either way. */
const OWN_AMOUNT_VERBS: ReadonlySet<string> = new Set([
  'cost', 'costs', 'weigh', 'weighs', 'need', 'needs', 'eat', 'eats', 'have', 'has', 'contain', 'contains', 'take', 'takes', 'last', 'lasts',
  'run', 'runs', 'sell', 'sells', 'make', 'makes', 'earn', 'earns', 'get', 'gets', 'require', 'requires', 'use', 'uses', 'burn', 'burns',
  'hold', 'holds', 'live', 'lives', 'sleep', 'sleeps', 'drink', 'drinks', 'charge', 'charges', 'pay', 'pays', 'is', 'are', 'go', 'goes',
]);
/** How many words may describe the noun between its determiner and it ("a 40 gallon water heater"). */
const AMOUNT_MODIFIERS = 3;

/**
 * Whether the noun in kept tokens [start, end) is the object of a sentence that opens with a verb that adds or
 * makes things (ADDING_VERBS), which asks for so many of what it names: "Add a comment to this function" / "Add
 * comments …", "Implement a unit test" / "… unit tests", "Brainstorm an interview question" / "… interview
 * questions". Not such a verb inside a question ("How do I add a column?" asks how, for one or several).
 */
export function objectOfImperative(side: PreparedSide, start: number, end: number): boolean {
  const at = changedNoun(side.tokens, start, end);
  let modifiers = 0;
  for (const [index, word] of wordsBefore(side.tokens, at)) {
    const opens = index === 0 || side.tokens[index]!.sentenceStart || side.breaks[index] === 1;
    if (opens) return ADDING_VERBS.has(word);
    // After a request's opening words: "Can you paint me a horse?", "Could you please sketch a wolf?".
    if (ADDING_VERBS.has(word) && opensRequest(side.tokens, index)) return true;
    if (COUNT_FILLERS.has(word)) continue;
    if (FUNCTION_WORDS.has(word) || ++modifiers > COUNT_MODIFIERS) return false;
  }
  return false;
}

/**
 * Whether the noun in kept tokens [start, end) is what a picture shows, after "an image of", "a photo of", "a sticker
 * of" (up to COUNT_MODIFIERS words between): one thing drawn or several is another picture, its alt text another text
 * ("Generate an image of a horse" / "… of horses", "Write alt text for a photo of a dog" / "… of dogs"; a red team on
 * the brief's categories, session 49: 133 of 171 such pairs served as an article and an inflection).
 */
export function depictedThing(side: PreparedSide, start: number, end: number): boolean {
  const at = changedNoun(side.tokens, start, end);
  let modifiers = 0;
  for (const [index, word] of wordsBefore(side.tokens, at)) {
    if (word === 'of') return index > 0 && side.tokens[index - 1]!.kind === 'word' && DEPICTIONS.has(side.tokens[index - 1]!.key.toLowerCase());
    // "a birthday card showing a dragon" / "… dragons".
    if (SHOWING.has(word)) return true;
    if (COUNT_FILLERS.has(word)) continue;
    if (FUNCTION_WORDS.has(word) || ++modifiers > COUNT_MODIFIERS) return false;
  }
  return false;
}
const SHOWING: ReadonlySet<string> = new Set(['showing', 'featuring', 'depicting', 'portraying']);
/** Pictures and the like, which show so many of what they are "of". */
const DEPICTIONS: ReadonlySet<string> = new Set([
  'image', 'images', 'picture', 'pictures', 'pic', 'pics', 'photo', 'photos', 'photograph', 'photographs', 'painting', 'paintings', 'drawing', 'drawings',
  'sketch', 'sketches', 'illustration', 'illustrations', 'sticker', 'stickers', 'logo', 'logos', 'icon', 'icons', 'portrait', 'portraits', 'render',
  'rendering', 'cartoon', 'cartoons', 'poster', 'posters', 'wallpaper', 'avatar', 'clipart', 'watercolor', 'watercolour', 'caricature', 'doodle',
  'tattoo', 'sculpture', 'statue', 'figurine', 'animation', 'gif', 'video', 'clip', 'scene', 'mural', 'print', 'engraving', 'silhouette', 'emoji',
  'art', 'artwork', 'sprite', 'sprites', 'snapshot', 'selfie', 'shot', 'still', 'graphic', 'vector', 'diagram', 'model', 'mockup', 'collage', 'mosaic', 'comic', 'meme', 'banner', 'thumbnail',
]);

/**
 * Whether the noun a change in kept tokens [start, end) ends with holds what a count counts, inside a whole named
 * after it: "How many electrons are in lone pairs on the oxygen in water?" / "… in a lone pair …", "Count the
 * hydrogen atoms in methyl groups of acetone" / "… in a methyl group …" (a red team, session 41). With the whole
 * named, the plural is all its parts and "a" one of them: two counts. Without it "How many calories are in a banana?"
 * / "… in bananas?" asks one thing of a kind, and keeps the tolerance.
 */
export function countsPartsOfWhole(side: PreparedSide, start: number, end: number): boolean {
  const { tokens } = side;
  const at = changedNoun(tokens, start, end);
  if (at < 0) return false;
  const of = tokens[at + 1];
  const whole = tokens[at + 2];
  if (of?.kind !== 'word' || !PART_OF.has(of.key.toLowerCase()) || whole === undefined || whole.kind === 'punct' || whole.kind === 'space' || whole.kind === 'symbol') return false;
  let modifiers = 0;
  let container = false;
  for (const [index, word] of wordsBefore(tokens, at)) {
    if (!container) {
      if (PART_OF.has(word)) container = true;
      else if (/^(?:a|an|one)$/u.test(word)) continue;
      else if (FUNCTION_WORDS.has(word) || ++modifiers > COUNT_MODIFIERS) return false;
      continue;
    }
    // Back from "in" to what is counted: "how many electrons are (shared)", "count the electrons", "the number of electrons".
    if (word === 'many' && tokens[index - 1]?.kind === 'word' && tokens[index - 1]!.key.toLowerCase() === 'how') return true;
    if (COUNTING.has(word)) return true;
    if (index < at - COUNT_REACH) return false;
  }
  return false;
}
/**
 * Whether the noun a change in kept tokens [start, end) ends with is a card's rank after "pocket": "pocket aces" are a
 * pair dealt, "a pocket ace" one card (a red team on notations, session 41: "What are the odds of being dealt pocket
 * aces?" / "… a pocket ace?", 204 of 237 served).
 */
export function namesPocketPair(side: PreparedSide, start: number, end: number): boolean {
  const { tokens } = side;
  const at = changedNoun(tokens, start, end);
  return at > 0 && tokens[at - 1]!.key.toLowerCase() === 'pocket' && CARD_RANKS.has(tokens[at]!.key.toLowerCase());
}
const CARD_RANKS: ReadonlySet<string> = new Set([
  'ace', 'aces', 'king', 'kings', 'queen', 'queens', 'jack', 'jacks', 'ten', 'tens', 'nine', 'nines', 'eight', 'eights', 'seven', 'sevens',
  'six', 'sixes', 'five', 'fives', 'four', 'fours', 'three', 'threes', 'deuce', 'deuces', 'two', 'twos', 'pair', 'pairs', 'rocket', 'rockets',
]);
/** Words between a part and the whole it belongs to: "bonds in CO2", "pairs on the oxygen", "groups of acetone". */
const PART_OF: ReadonlySet<string> = new Set(['in', 'on', 'of', 'within', 'inside']);
/** Words that open a count: "count the electrons", "the number of electrons", "total electrons". */
const COUNTING: ReadonlySet<string> = new Set(['count', 'number', 'total', 'tally']);
/** How far back from the changed noun a count's opening may be ("How many hydrogen atoms are shared in a …"). */
const COUNT_REACH = 8;

/** The noun a change in kept tokens [start, end) ends with ("a dog" / "dogs" is one change), or -1 when it is no word. */
function changedNoun(tokens: readonly Token[], start: number, end: number): number {
  const at = Math.max(start, end - 1);
  return tokens[at]?.kind === 'word' ? at : -1;
}
/** The words before `at`, nearest first, each with its lowercase key, up to the first token that is no word. */
function* wordsBefore(tokens: readonly Token[], at: number): Generator<[number, string]> {
  if (at < 0) return;
  for (let index = at - 1; index >= 0 && tokens[index]!.kind === 'word'; index--) yield [index, tokens[index]!.key.toLowerCase()];
}
/** Whether the words before `at`, from its sentence's start, only ask for it: "can you", "could you please", "please", "I want you to". */
function opensRequest(tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (start > 0 && !tokens[start]!.sentenceStart && at - start < REQUEST_OPENING_WORDS) start--;
  if (!(start === 0 || tokens[start]!.sentenceStart)) return false;
  const words = tokens
    .slice(start, at)
    .map((token) => token.key.toLowerCase())
    .join(' ');
  return REQUEST_OPENING.test(words);
}
const REQUEST_OPENING_WORDS = 5;
const REQUEST_OPENING = /^(?:(?:can|could|would|will) (?:you|u)(?: please)?|please|(?:i|we) (?:want|need|would like) you to|help me)$/u;

/**
 * Verbs that add or make what they name, beyond asksHowMany's request verbs: with them one thing or several is the
 * output asked for. Not verbs that act on a kind of thing, where "a steak" and "steaks" are one how-to ("Cook a
 * steak medium rare", "Handle an exception in Python", "Treat a blister").
 */
const ADDING_VERBS: ReadonlySet<string> = new Set([
  'add', 'insert', 'include', 'append', 'attach', 'brainstorm', 'propose', 'craft', 'draft', 'compose', 'invent', 'devise', 'generate', 'produce',
  'pitch', 'mention', 'embed', 'sketch', 'draw', 'design', 'implement', 'code', 'prepend', 'paint', 'illustrate', 'depict', 'render', 'animate', 'doodle',
  'visualize', 'visualise', 'photograph',
]);

/**
 * Whether "a"/"an" before the noun in kept tokens [start, end) counts one dose the asker takes or took: a drink or
 * a medicine after or before which they ask ("Can I drive after a beer?" / "… after beers?"), or what they took,
 * had or drank ("I took a sleeping pill, can I drive?" / "… sleeping pills …"). One and several are two doses. Not
 * a meal ("after a meal" / "after meals"), nor whether a kind of food is allowed ("Can I eat a potato if I'm
 * diabetic?" / "… potatoes …").
 */
export function countsDose(side: PreparedSide, start: number, end: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const at = changedNoun(tokens, start, end);
  let modifiers = 0;
  for (const [index, word] of wordsBefore(tokens, at)) {
    if (word === 'a' || word === 'an') {
      const cue = tokens[index - 1];
      if (cue?.kind !== 'word' || !askerTakes(tokens)) return false;
      const lowerCue = cue.key.toLowerCase();
      const noun = tokens[at]!.key.toLowerCase();
      const singular = lexicon.singular(noun) ?? noun;
      if (MEALS.has(singular)) return false;
      // After or before a drink or a medicine ("after a beer"); what the asker took, had or drank ("I had a beer, …").
      if (TIMING_CUES.has(lowerCue)) return DRINKS.has(singular) || MEDICINES.has(singular);
      return TAKEN_CUES.has(lowerCue) && (lexicon.nounFiles(noun, 1).has(FOOD_FILE) || MEDICINES.has(singular) || DRINKS.has(singular));
    }
    if (FUNCTION_WORDS.has(word) || ++modifiers > COUNT_MODIFIERS) return false;
  }
  return false;
}
/**
 * Whether "a"/"an" before the noun in kept tokens [start, end) counts one event that a question of consequences asks
 * about: after "for" and a penalty of law or status, or a gerund after "from", "after" or "over", in a question a modal
 * or "do" opens ("Can you be deported for a misdemeanor?" / "… for misdemeanors?", "can you die from eating an apple
 * seed" / "… apple seeds", "Can you get pregnant after missing a pill?": one and several are two thresholds; a
 * hand-written red team, session 43: 18 of 20 such pairs served). Not a meal, nor a noun after another word ("Can a dog
 * eat grapes?" asks of dogs), nor a time ("after a tattoo") or a penalty of one's own ("fired for a meme").
 */
export function countsEvent(side: PreparedSide, start: number, end: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const at = changedNoun(tokens, start, end);
  const opener = tokens.find((token) => token.kind === 'word');
  if (opener === undefined || !CONSEQUENCE_OPENERS.has(opener.key.toLowerCase())) return false;
  let modifiers = 0;
  for (const [index, word] of wordsBefore(tokens, at)) {
    if (word === 'a' || word === 'an') {
      const noun = tokens[at]!.key.toLowerCase();
      if (MEALS.has(lexicon.singular(noun) ?? noun)) return false;
      // "from eating an apple seed", "after missing a pill": a dose taken or missed; "for a misdemeanor" after a penalty.
      const gerund = tokens[index - 1]?.kind === 'word' && tokens[index - 1]!.key.toLowerCase().endsWith('ing');
      const cueAt = gerund ? index - 2 : index - 1;
      const cue = tokens[cueAt]?.kind === 'word' ? tokens[cueAt]!.key.toLowerCase() : '';
      if (cue === 'for') return penaltyBefore(tokens, cueAt);
      // Not "after a tattoo", "after a long run" (a time, one question either way: a review, session 43).
      return gerund && EVENT_PREPOSITIONS.has(cue);
    }
    if (FUNCTION_WORDS.has(word) || ++modifiers > COUNT_MODIFIERS) return false;
  }
  return false;
}
/** Whether a penalty's word comes before `at` in its sentence ("Can you be deported for …", "lose your CDL for …"). */
function penaltyBefore(tokens: readonly Token[], at: number): boolean {
  for (let index = at - 1; index >= 0 && at - index <= PENALTY_REACH; index--) {
    const token = tokens[index]!;
    const word = token.kind === 'word' ? token.key.toLowerCase() : '';
    if (PENALTIES.has(word)) return true;
    // "lose your license for …", "lose my CDL for …": a licence or a status, whose loss counts offences.
    if (word === 'lose' && tokens.slice(index + 1, at).some((next) => LICENCES.has(next.key.toLowerCase()))) return true;
    if (token.sentenceStart) break;
  }
  return false;
}
const PENALTY_REACH = 12;
/** Penalties of law and status that offences add up to (not "fired", "sued", "charged": one meme or several, one question). */
const PENALTIES: ReadonlySet<string> = new Set(['deported', 'evicted', 'arrested', 'jailed', 'jail', 'prison', 'felony', 'revoked', 'disqualified', 'denied', 'expelled']);
const LICENCES: ReadonlySet<string> = new Set(['license', 'licence', 'cdl', 'clearance', 'visa', 'permit', 'citizenship', 'status', 'benefits']);
/** Prepositions of a cause or a condition before an event counted: "for a ticket", "from a sting", "after a pill". */
const EVENT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'from', 'after', 'over']);
/** Openers of a question of what may follow: "Can you …", "Will I …", "Does a …". */
const CONSEQUENCE_OPENERS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would', 'does', 'do', 'is', 'are', 'should', 'may', 'might']);
/** Whether the text is the asker's own ("I took …", "Can I drive after …", "my"): "Can dogs eat a bell pepper?" is general. */
function askerTakes(tokens: readonly Token[]): boolean {
  return mentions(tokens, ASKER_WORDS);
}
const ASKER_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'our', 'us']);
/** WordNet's lexicographer file of foods and drinks (noun.food). */
const FOOD_FILE = 13;
const MEDICINES: ReadonlySet<string> = new Set(['pill', 'tablet', 'capsule', 'dose', 'drug', 'medication', 'medicine', 'painkiller', 'edible', 'gummy', 'aspirin', 'antihistamine', 'antibiotic', 'sedative', 'joint', 'puff', 'hit', 'line']);
/** A time around what is taken ("after a beer", "before a pill"). */
const TIMING_CUES: ReadonlySet<string> = new Set(['after', 'before', 'during']);
/** What the asker took, in the past: their own account ("I had a beer", "I took a sleeping pill", "I missed a pill"). */
const TAKEN_CUES: ReadonlySet<string> = new Set(['took', 'had', 'drank', 'ate', 'smoked', 'swallowed', 'popped', 'chewed', 'downed', 'missed', 'skipped']);
/** Meals are times, not doses: "after a meal" / "after meals" is one question. */
const MEALS: ReadonlySet<string> = new Set(['meal', 'snack', 'breakfast', 'lunch', 'dinner', 'supper', 'brunch', 'workout']);
const DRINKS: ReadonlySet<string> = new Set([
  'beer', 'wine', 'whiskey', 'whisky', 'vodka', 'gin', 'rum', 'tequila', 'cocktail', 'margarita', 'shot', 'drink', 'coffee', 'espresso', 'latte',
  'soda', 'glass', 'pint', 'can', 'bottle', 'cup', 'seltzer', 'cider', 'sake', 'mimosa',
]);

/**
 * Whether "a"/"an" before the noun in kept tokens [start, end) counts one of something held, lost or carried, so that
 * one and several are two answers (a red team, session 28): in a yes/no question, the object of "without" ("Can you
 * live without a kidney?" / "… kidneys?"), or of "with" or a verb of having, bringing, giving up or carrying where
 * the noun is a person (not a child) or a part of the body or the text speaks of a limit ("Is it legal to have a wife
 * in Utah?" / "… wives …", "Can I bring a guest?" / "… guests?" under a policy allowing one; not "Can I bring a
 * laptop on a plane?" / "… laptops …", "Can I donate blood with a tattoo?"); "without" a part of the body in any
 * question ("How do you live without a lung?"); something swallowed ("My toddler swallowed a magnet" / "… magnets": several is a surgical emergency); "for"
 * a person or an animal an amount is asked for ("How many acres do I need for a horse?" / "… for horses?"; not "How
 * much should I tip for a haircut?"); the people a thing comes with ("How do I cite a book with an editor?" / "…
 * with editors?"); what one or several parts of the body cost or take. Not a how-to, where
 * one and several ask the same ("How do I train a puppy?" / "… puppies?"), nor other verbs ("Can dogs eat a banana?").
 */
export function countsOneHeld(side: PreparedSide, start: number, end: number, lexicon: Lexicon): boolean {
  const { tokens } = side;
  const at = changedNoun(tokens, start, end);
  let modifiers = 0;
  for (const [index, word] of wordsBefore(tokens, at)) {
    if (word === 'a' || word === 'an') {
      const cue = tokens[index - 1]?.kind === 'word' ? tokens[index - 1]!.key.toLowerCase() : '';
      if (SWALLOWING.has(cue)) return true;
      // For whom or which animal an amount is asked: "for a horse", "for a kid"; not a rate ("tip for a haircut").
      if (cue === 'for') return asksAmount(tokens) && (lexicon.nounFiles(tokens[at]!.key, 1).has(PERSON_FILE) || lexicon.nounFiles(tokens[at]!.key, 1).has(ANIMAL_FILE));
      if (cue === 'without' && lexicon.nounFiles(tokens[at]!.key, 1).has(BODY_FILE)) return true;
      // What one or several parts of the body cost or take: "How much does it cost to pull a wisdom tooth?" / "…
      // wisdom teeth?", "How long is recovery after removing a wisdom tooth?" (a review, session 28).
      if (lexicon.nounFiles(tokens[at]!.key, 1).has(BODY_FILE) && (asksAmount(tokens) || asksSize(tokens) || asksHowLong(tokens))) return true;
      // A thing with one or several people: "cite a book with an editor" / "… with editors" (Ed. or Eds.); not "a
      // wall with a hole" / "… holes" (a second review).
      if (cue === 'with' && THING_DETERMINERS.has(tokens[index - 3]?.key.toLowerCase() ?? '') && tokens[index - 2]?.kind === 'word' && lexicon.nounFiles(tokens[at]!.key, 1).has(PERSON_FILE)) return true;
      if (!isYesNoQuestion(side, index)) return false;
      if (cue === 'without') return true;
      // Having, bringing or keeping one or several is the question only where a count is: a person ("have a wife",
      // "bring a guest"), a part of the body ("donate a kidney"), or a text that speaks of a limit ("one cat or one
      // dog is permitted", "for free"). "Can I bring a laptop on a plane?" / "… laptops …" is one answer (a review).
      return HOLDING_CUES.has(cue) && (countedKind(tokens[at]!.key, lexicon) || speaksOfLimit(side));
    }
    if (FUNCTION_WORDS.has(word) || ++modifiers > COUNT_MODIFIERS) return false;
  }
  return false;
}
const THING_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Whether the noun names a person or a part of the body, whose number is always a count that matters. */
function countedKind(noun: string, lexicon: Lexicon): boolean {
  // Not a child: "Can I have a baby after 40?", "Can I adopt a child …?" ask the same of one or several.
  if (CHILDREN.has(noun.toLowerCase())) return false;
  const files = lexicon.nounFiles(noun, 1);
  return files.has(PERSON_FILE) || files.has(BODY_FILE);
}
const CHILDREN: ReadonlySet<string> = new Set(['baby', 'babies', 'child', 'children', 'kid', 'kids', 'toddler', 'toddlers', 'infant', 'infants']);
/** WordNet's lexicographer file of animals (noun.animal). */
const ANIMAL_FILE = 5;
/** WordNet's lexicographer file of people (noun.person). */
const PERSON_FILE = 18;
/** Whether the text speaks of a limit, an allowance or a price: there one and several are two answers. */
function speaksOfLimit(side: PreparedSide): boolean {
  let limit = SPEAKS_OF_LIMIT.get(side);
  if (limit === undefined) SPEAKS_OF_LIMIT.set(side, (limit = side.raw.some((token) => (token.kind === 'word' || token.kind === 'number') && LIMIT_WORDS.has(token.text.toLowerCase()))));
  return limit;
}
const SPEAKS_OF_LIMIT = new WeakMap<PreparedSide, boolean>();
const LIMIT_WORDS: ReadonlySet<string> = new Set(['one', '1', 'single', 'only', 'limit', 'limits', 'limited', 'maximum', 'max', 'per', 'each', 'allowance', 'allowed', 'permitted', 'free', 'policy', 'rules', 'fee', 'fees', 'charge']);
/** WordNet's lexicographer file of body parts (noun.body). */
const BODY_FILE = 8;
const SWALLOWING: ReadonlySet<string> = new Set(['swallowed', 'swallow', 'swallows', 'swallowing', 'ingested', 'inhaled']);
/** Verbs and prepositions of having, bringing, giving up or carrying one thing or several. */
const HOLDING_CUES: ReadonlySet<string> = new Set([
  'have', 'has', 'having', 'bring', 'brings', 'bringing', 'keep', 'keeps', 'own', 'owns', 'carry', 'carries', 'donate', 'donates', 'adopt',
  'adopts', 'marry', 'to', 'take', 'takes', 'remove', 'removes', 'lose', 'loses', 'with', 'without',
]);

/** Whether the sentence holding token `at` opens with an auxiliary or a modal: a yes/no question ("Can I …", "Is it legal to …"). */
function isYesNoQuestion(side: PreparedSide, at: number): boolean {
  for (let index = at; index >= 0 && at - index <= SENTENCE_REACH; index--) {
    const token = side.tokens[index]!;
    if (index === 0 || token.sentenceStart || side.breaks[index] === 1) return token.kind === 'word' && YES_NO_OPENERS.has(token.key.toLowerCase());
  }
  return false;
}
/** How far back a sentence's first word is looked for. */
const SENTENCE_REACH = 24;
const YES_NO_OPENERS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'is', 'are', 'am', 'was', 'were', 'do', 'does', 'did', 'should', 'would', 'will', 'shall', 'must']);

/**
 * Whether the change in kept tokens [start, end) is a verb's number ("does"/"do", "is"/"are", "was"/"were",
 * "has"/"have") whose subject is a noun spelled alike in the singular and the plural, in a question of an amount or
 * a size: there the verb alone says whether it is one animal's or a group's ("How much hay does my sheep need?" /
 * "… do my sheep need?", "How many gallons does my goldfish need?", "How big a tank does my fish need?"), a red
 * team's (session 28). Not elsewhere ("What do sheep eat?" / "What does a sheep eat?"), nor a noun that shows its
 * own number ("does my dog" / "do my dogs" changes the noun too).
 */
export function verbNumberOfInvariantNoun(side: PreparedSide, start: number, end: number): boolean {
  const { tokens } = side;
  if (end - start !== 1 || tokens[start]?.kind !== 'word' || !NUMBERED_VERBS.has(tokens[start]!.key.toLowerCase()) || !(asksAmount(tokens) || asksSize(tokens))) return false;
  // The subject after the verb in a question ("does my sheep"), or before it in a statement ("my sheep is").
  for (const step of [1, -1]) {
    for (let index = start + step, words = 0; index >= 0 && index < tokens.length && words <= COUNT_MODIFIERS + 1; index += step, words++) {
      const token = tokens[index]!;
      if (token.kind !== 'word') break;
      const word = token.key.toLowerCase();
      // A determiner before it makes it a counted animal or thing ("my sheep", "the fish"); bare, it is a kind or a
      // food ("How long do salmon live?", "How much protein does fish have?"), one answer either way (a review).
      if (isInvariantNoun(word)) return SUBJECT_FILLERS.has(tokens[index - 1]?.key.toLowerCase() ?? '');
      if (!SUBJECT_FILLERS.has(word) && FUNCTION_WORDS.has(word)) break;
    }
  }
  return false;
}
/** "How long": a time that may be one part's or several's (a recovery, a procedure). Read once per text. */
function asksHowLong(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, ASKS_HOW_LONG, (token, index) => token.kind === 'word' && token.key.toLowerCase() === 'how' && tokens[index + 1]?.key.toLowerCase() === 'long');
}
const ASKS_HOW_LONG = new WeakMap<readonly Token[], boolean>();
/** "How big", "how heavy", "what size": a size that may be one animal's or a group's. Read once per text (each hunk asks). */
function asksSize(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, ASKS_SIZE, (token, index) => token.kind === 'word' && ((token.key.toLowerCase() === 'how' && SIZES.has(tokens[index + 1]?.key.toLowerCase() ?? '')) || (token.key.toLowerCase() === 'what' && tokens[index + 1]?.key.toLowerCase() === 'size')));
}
const ASKS_SIZE = new WeakMap<readonly Token[], boolean>();
// Not "long": "How long does my fish live?" / "… do my fish live?" is one lifespan (a second review).
const SIZES: ReadonlySet<string> = new Set(['big', 'large', 'heavy']);
const NUMBERED_VERBS: ReadonlySet<string> = new Set(['does', 'do', 'is', 'are', 'was', 'were', 'has', 'have']);
const SUBJECT_FILLERS: ReadonlySet<string> = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'the', 'this', 'these', 'that', 'those']);
/** Nouns whose plural is the singular: the animals, craft and Latin-shaped nouns English does not inflect. */
const INVARIANT_NOUNS: ReadonlySet<string> = new Set([
  'sheep', 'fish', 'deer', 'moose', 'bison', 'buffalo', 'elk', 'reindeer', 'caribou', 'swine', 'quail', 'grouse', 'salmon', 'trout', 'cod', 'tuna',
  'halibut', 'shrimp', 'squid', 'carp', 'pike', 'aircraft', 'series', 'species', 'offspring', 'means', 'headquarters', 'crossroads', 'chassis',
  'corps', 'livestock', 'cattle', 'poultry', 'haiku', 'tanka', 'senryu', 'kanji', 'emoji', 'samurai', 'pokémon', 'pokemon', 'barracks', 'anime', 'manga',
]);
export function isInvariantNoun(word: string): boolean {
  return INVARIANT_NOUNS.has(word) || (word.length > 4 && (word.endsWith('fish') || word.endsWith('craft') || word.endsWith('sheep')));
}

/**
 * Whether the noun at `at` is counted by what it is or by how it was come upon, whatever the sentence around it: a
 * body part people have two or many of, where one against all is another diagnosis ("Why is my ear ringing?" / "Why
 * are my ears ringing?": one-sided tinnitus is a red flag; "my tooth" / "my teeth", "a swollen calf" / "swollen
 * calves"), or what someone found, saw or noticed, where how many is the evidence ("I found a flea on my cat" / "…
 * fleas …", "They found a polyp" / "… polyps"). An attack on the verifier's acceptances, session 46: 243 of 274
 * such pairs served.
 */
export function countedByNature(side: PreparedSide, start: number, end: number): boolean {
  // The noun may share its hunk with its verb ("ear is" / "ears are") or its article ("a wasp" / "wasps").
  for (let at = start; at < Math.max(end, start + 1); at++) if (side.tokens[at]?.kind === 'word' && countedAt(side, at)) return true;
  return false;
}
function countedAt(side: PreparedSide, at: number): boolean {
  const { tokens } = side;
  const lower = tokens[at]!.key.toLowerCase();
  // Someone's own ("my ear", "your knees") or one ("a swollen calf"); not the organ in general ("How does the lung work?").
  // With "a", a question of the asker's or of a diagnosis: "When should I worry about a swollen calf?", "Is a swollen
  // tonsil a sign of cancer?"; not "Does a chipped tooth hurt?" / "Do chipped teeth hurt?" (a hostile review).
  if (REPEATED_BODY_PARTS.has(lower)) return mentions(tokens, SYMPTOMS) && (determinedBy(tokens, at, OWN) || (determinedBy(tokens, at, ONE) && mentions(tokens, DIAGNOSTIC)));
  // "sort a dataframe by a column" / "… by columns", "join on a column": the key's number is the query's; not "ORDER BY
  // date" / "… dates", one key either way.
  const [article, preposition] = [tokens[at - 1]?.key.toLowerCase(), tokens[at - 2]?.key.toLowerCase()];
  if ((article === 'a' || article === 'an') && (preposition === 'by' || preposition === 'on')) {
    for (const [index, word] of wordsBefore(tokens, at - 2)) {
      if (KEYED_VERBS.has(word)) return true;
      if (at - index > KEYED_REACH) break;
    }
  }
  // What was found, seen or met, right after the verb but for its article and words describing it, where the text asks
  // what it means ("do I have an infestation?", "should I be worried?"); not "I noticed a charge I don't recognize".
  if (!mentions(tokens, WORRIES)) return false;
  for (const [index, word] of wordsBefore(tokens, at)) {
    if (FINDING_VERBS.has(word)) return true;
    if (THERE_IS.has(word) && tokens[index - 1]?.key.toLowerCase() === 'there') return true;
    if ((FUNCTION_WORDS.has(word) && !ARTICLES_AND_COUNTS.has(word)) || at - index > FOUND_REACH) return false;
  }
  return false;
}
/** Whether a word of `determiners` stands before the noun at `at`, with at most two words describing it between. */
function determinedBy(tokens: readonly Token[], at: number, determiners: ReadonlySet<string>): boolean {
  for (const [index, word] of wordsBefore(tokens, at)) {
    if (determiners.has(word)) return true;
    if (FUNCTION_WORDS.has(word) || at - index > 2) return false;
  }
  return false;
}
/** Whether a word of `words` is in the text: once per token list and set. */
/** A symptom: with one, one part or all is a diagnosis ("Why is my ear ringing?"); without, care (“How do I clean my ears?”). */
const SYMPTOMS: ReadonlySet<string> = new Set([
  'hurt', 'hurts', 'hurting', 'pain', 'painful', 'ache', 'aches', 'aching', 'sore', 'swollen', 'swelling', 'swell', 'swells', 'ringing', 'ring',
  'itchy', 'itch', 'itching', 'numb', 'numbness', 'tingling', 'tingle', 'tingles', 'red', 'redness', 'bruised', 'bruise', 'throb', 'throbbing',
  'twitch', 'twitching', 'twitches', 'twitchy', 'bleeding', 'bleed', 'bleeds', 'lump', 'lumps', 'rash', 'infected', 'infection', 'crack', 'cracking',
  'click', 'clicking', 'pop', 'popping', 'weak', 'weakness', 'stiff', 'stiffness', 'burning', 'burn', 'burns', 'discharge', 'blocked', 'clogged',
  'drooping', 'droopy', 'sensitive', 'cold', 'hot', 'warm', 'bulging', 'cramp', 'cramps', 'cramping', 'spasm', 'spasms', 'tender', 'inflamed',
  'shaking', 'shaky', 'tremor', 'dizzy', 'muffled', 'fluid', 'yellow', 'blue', 'purple', 'pale', 'weird', 'strange', 'wrong', 'worry', 'worried',
  'doctor', 'er', 'sign', 'symptom', 'symptoms', 'normal', 'cancer', 'clot', 'feel', 'feels', 'feeling',
]);
/** What makes a thing found a question of how many: "do I have an infestation?", "should I be worried?". */
const WORRIES: ReadonlySet<string> = new Set([
  'infestation', 'infested', 'worry', 'worried', 'worrying', 'concerned', 'concern', 'normal', 'cancer', 'cancerous', 'serious', 'emergency',
  'exterminator', 'pest', 'pests', 'biopsy', 'surgery', 'doctor', 'vet', 'dangerous', 'danger', 'benign', 'malignant', 'checked', 'screening',
  'more', 'contagious', 'spread', 'nest', 'colony', 'risk', 'bad', 'mean',
]);
const OWN: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'both', "baby's", "son's", "daughter's", "child's"]);
const ONE: ReadonlySet<string> = new Set(['a', 'an', 'one']);
const DIAGNOSTIC: ReadonlySet<string> = new Set(['i', 'my', 'me', "i'm", 'sign', 'signs', 'cancer', 'worry', 'worried', 'serious', 'normal', 'doctor', 'er', 'emergency']);
const ARTICLES_AND_COUNTS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'several', 'one', 'two', 'three', 'few', 'many', 'more', 'another']);
const KEYED_REACH = 6;
/** Body parts a person has two or many of, singular and plural. */
const REPEATED_BODY_PARTS: ReadonlySet<string> = new Set(
  [
    'ear', 'eye', 'eyelid', 'eyebrow', 'hand', 'arm', 'leg', 'foot', 'feet', 'knee', 'ankle', 'calf', 'calves', 'wrist', 'elbow', 'shoulder', 'hip',
    'thigh', 'shin', 'heel', 'kidney', 'lung', 'ovary', 'ovaries', 'testicle', 'testis', 'testes', 'tonsil', 'breast', 'nipple', 'nostril', 'cheek',
    'finger', 'toe', 'thumb', 'tooth', 'teeth', 'joint', 'muscle', 'gland', 'node', 'palm', 'sole', 'armpit', 'temple', 'fallopian', 'ureter',
    'adrenal', 'toenail', 'fingernail', 'nail', 'lymph', 'eardrum', 'sinus', 'vein', 'artery', 'lip', 'rib', 'vertebra', 'disc', 'disk',
  ].flatMap((word) => [word, /(?:s|x|ch|sh)$/u.test(word) ? `${word}es` : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`]),
);
/** Verbs of coming upon something, before the thing found: "I found a lump", "They saw a polyp", "I noticed a bug". */
const FINDING_VERBS: ReadonlySet<string> = new Set([
  'found', 'find', 'finding', 'saw', 'see', 'seeing', 'spotted', 'spot', 'noticed', 'notice', 'discovered', 'detected', 'showed', 'shows', 'revealed',
  'passed',
]);
/** "There was a wasp" / "There were wasps": a thing met where it should not be. */
const THERE_IS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** Verbs of code that order, group or join by a key, where one key or several is another query ("sort by a column" / "by columns"). */
const KEYED_VERBS: ReadonlySet<string> = new Set(['sort', 'group', 'partition', 'order', 'join', 'index', 'rank', 'filter', 'merge', 'aggregate']);
const FOUND_REACH = 4;

/**
 * Whether the verb at `at` agrees with a noun whose plural is itself (isInvariantNoun) that "which" or "what" asks
 * about, before a ranking: its number is how many answers are wanted ("Which TV series has won the most Emmys?" / "…
 * have won …", "What aircraft is the fastest?" / "… are …"; a red team on constraints, session 53). Only be and have,
 * whose subject comes before them ("What aircraft does Ryanair use?": "does" agrees with Ryanair).
 */
export function agreesWithAskedSamePlural(side: PreparedSide, at: number): boolean {
  const { tokens } = side;
  const noun = tokens[at - 1];
  if (noun?.kind !== 'word' || !isInvariantNoun(noun.key.toLowerCase()) || !AGREEING_BEFORE_OBJECT.has(tokens[at]?.key.toLowerCase() ?? '')) return false;
  // A ranking asks for the one or the several at its top ("has won the most", "is the fastest"); elsewhere the two ask
  // alike ("What fish is/are high in omega-3?": a review).
  if (!tokens.slice(at + 1, at + 1 + SUPERLATIVE_REACH).some((token, index, after) => token.kind === 'word' && isSuperlative(token.key.toLowerCase(), after[index - 1]?.key.toLowerCase()))) return false;
  for (let index = at - 2; index >= 0 && index >= at - 2 - COUNT_MODIFIERS; index--) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return false;
    const lower = token.key.toLowerCase();
    if (lower === 'which' || lower === 'what') return true;
    if (FUNCTION_WORDS.has(lower)) return false;
  }
  return false;
}
const AGREEING_BEFORE_OBJECT: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have']);
const SUPERLATIVE_REACH = 4;
/** "the most", "the best", "the only", or a word in -est after "the" ("the fastest", "the longest"); not "most at risk". */
function isSuperlative(word: string, previous: string | undefined): boolean {
  return previous === 'the' && (SUPERLATIVES.has(word) || (word.length > 4 && word.endsWith('est')));
}
const SUPERLATIVES: ReadonlySet<string> = new Set(['most', 'least', 'best', 'worst', 'only', 'first', 'last']);
