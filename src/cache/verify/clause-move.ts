import type { Hunk } from './align.ts';
import { CLAUSE_OPENERS, FUNCTION_WORDS, LANGUAGES, NUMBER_READINGS, NUMBER_WORDS, PERSON_PLURALS, SCOPE_WORDS } from './closed-lists.ts';
import { namesProgramming } from './identifier-position.ts';
import type { Lexicon } from './lexicon.ts';
import { NOT_GERUNDS } from './opening-negation.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';
import { ANIMAL, AUXILIARIES, BE_GET_HAVE, DETERMINERS, firstSenseIn, FORMS_OF_BE, PERSONAL_OBJECTS, POSSESSIVES } from './word-context.ts';

/**
 * A clause or phrase moved from the start of a prompt to its end, and whether the move keeps the question
 * (DESIGN.md §1, "verify"): the StructuralVerifier serves a move between two clauses with nothing that scopes
 * them, unless a place or language phrase comes to attach to a person, or the clause that stays holds another
 * the moved one could come to attach to.
 */

/**
 * A whole clause or phrase moved from the start of the prompt to its end (or back), everything else equal:
 * "If it rains, what should I wear?" / "What should I wear if it rains?". The moved part must open with a
 * subordinator or preposition and have at least two tokens; a single moved word is an order change. Returns
 * the opener of the moved clause (lowercase), or undefined when the difference is no clause move.
 */
export function clauseMove(hunks: Hunk[], before: Token[], after: Token[]): { opener: string; moved: Token[] } | undefined {
  if (hunks.length !== 2) return undefined;
  const [first, second] = hunks as [Hunk, Hunk];
  const pureDeletion = (hunk: Hunk) => hunk.rightStart === hunk.rightEnd && hunk.leftEnd > hunk.leftStart;
  const pureInsertion = (hunk: Hunk) => hunk.leftStart === hunk.leftEnd && hunk.rightEnd > hunk.rightStart;
  let moved: Token[];
  let inserted: Token[];
  if (pureDeletion(first) && pureInsertion(second)) {
    moved = before.slice(first.leftStart, first.leftEnd);
    inserted = after.slice(second.rightStart, second.rightEnd);
    if (first.leftStart !== 0 || second.rightEnd !== after.length) return undefined;
  } else if (pureInsertion(first) && pureDeletion(second)) {
    moved = before.slice(second.leftStart, second.leftEnd);
    inserted = after.slice(first.rightStart, first.rightEnd);
    if (first.rightStart !== 0 || second.leftEnd !== before.length) return undefined;
  } else return undefined;
  if (moved.length < 2 || moved.length !== inserted.length || before.length - moved.length < 2) return undefined;
  const lower = (token: Token) => token.text.toLowerCase();
  if (!moved.every((token, index) => lower(token) === lower(inserted[index]!) && (token.text === inserted[index]!.text || token.sentenceStart || inserted[index]!.sentenceStart))) return undefined;
  // Either part may be the one that moved: "X, Y" / "Y X" where X or Y is the subordinate clause.
  const rest = before.filter((token) => !moved.includes(token));
  const opens = (tokens: Token[]) => tokens[0]!.kind === 'word' && CLAUSE_OPENERS.has(lower(tokens[0]!));
  if (opens(moved)) return { opener: lower(moved[0]!), moved };
  return opens(rest) ? { opener: lower(rest[0]!), moved: rest } : undefined;
}

/**
 * Whether the moved part is a prepositional phrase naming a place or a language that, at the end, attaches to the
 * person before it ("In Germany, how do I send money to my brother?" sends money within Germany; "… to my brother
 * in Germany?" abroad; "In Spanish, how do I reply to an email from my boss?"). A tool, a condition or a phrase
 * after anything else moves freely ("In Excel, how do I freeze a row?", "In Japan, is tipping rude?").
 */
export function movesPlace(move: { opener: string; moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  if (!PLACE_PREPOSITIONS.has(move.opener)) return false;
  const names = (token: Token) => token.kind === 'word' && (LANGUAGES.has(token.text.toLowerCase()) || ((/^\p{Lu}/u.test(token.text) || !lexicon.hasCommonSense(token.text)) && lexicon.namesPlace(token.text)));
  if (!move.moved.some(names)) return false;
  const language = move.moved.some((token) => token.kind === 'word' && LANGUAGES.has(token.text.toLowerCase()));
  // Only a request for output takes a fronted language as the language to answer in ("In Spanish, explain …");
  // "In French, what does 'chat' mean?" asks about the French word either way.
  const requests = (tokens: readonly Token[]) => tokens[0]?.kind === 'word' && OUTPUT_REQUESTS.has(tokens[0].key.toLowerCase());
  const key = move.moved.map((token) => token.key.toLowerCase()).join(' ');
  return sides.some(({ tokens }) => {
    const at = tokens.length - move.moved.length;
    if (at <= 0 || tokens.slice(at).map((token) => token.key.toLowerCase()).join(' ') !== key) return false;
    for (let index = at - 1; index >= Math.max(0, at - ATTACHMENT_REACH); index--) {
      const token = tokens[index]!;
      if (token.kind === 'word' && (POSSESSIVES.has(token.key.toLowerCase()) || lexicon.namesPerson(token.key))) return true;
      // A language after a quoted word or a word about wording asks for that wording in it: "In Spanish, explain how
      // to say 'dog'." explains in Spanish; "Explain how to say 'dog' in Spanish." gives "perro".
      if (language && requests(tokens) && (token.kind === 'code' || token.verbatim === true || (token.kind === 'word' && WORDING.has(token.key.toLowerCase())))) return true;
    }
    return false;
  });
}
const OUTPUT_REQUESTS: ReadonlySet<string> = new Set(['explain', 'describe', 'tell', 'write', 'answer', 'reply', 'respond', 'summarize', 'summarise', 'list', 'give', 'show', 'teach']);
const WORDING: ReadonlySet<string> = new Set(['say', 'said', 'mean', 'means', 'meant', 'word', 'words', 'phrase', 'called', 'spell', 'spelled', 'spelt', 'pronounce', 'pronounced', 'write', 'written']);
/**
 * Whether a phrase of audience or language moved to the end of a request lands right after an adjective of a
 * clause it explains, which it then completes: "For a 5 year old, explain why smoking is bad" explains to a child,
 * "Explain why smoking is bad for a 5 year old" asks why it harms one; "In German, explain which nouns are
 * feminine" / "Explain which nouns are feminine in German". Not a manner ("In simple terms, …") nor a question
 * with no request ("For kids, why is sugar bad?").
 */
export function movesOntoAdjective(move: { opener: string; moved: Token[] }, sides: readonly PreparedSide[]): boolean {
  const language = move.opener === 'in' && move.moved.some((token) => token.kind === 'word' && LANGUAGES.has(token.key.toLowerCase()));
  if (!language && move.opener !== 'for' && move.opener !== 'to') return false;
  const adjectives = language ? JUDGED_IN_A_LANGUAGE : JUDGED_FOR_SOMEONE;
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    if (at === undefined || at < 3) return false;
    const adjective = tokens[at - 1]!;
    if (adjective.kind !== 'word' || !adjectives.has(adjective.key.toLowerCase())) return false;
    let verb = at - 2;
    while (verb > 0 && tokens[verb]!.kind === 'word' && INTENSIFIERS.has(tokens[verb]!.key.toLowerCase())) verb--;
    if (tokens[verb]?.kind !== 'word' || !LINKING_VERBS.has(tokens[verb]!.key.toLowerCase())) return false;
    for (let index = 0; index < verb; index++) if (tokens[index]!.kind === 'word' && OUTPUT_REQUESTS.has(tokens[index]!.key.toLowerCase())) return true;
    return false;
  });
}
/** Adjectives that take "for someone" ("bad for a child", "hard for experts"); not "blue", "volatile". */
const JUDGED_FOR_SOMEONE: ReadonlySet<string> = new Set([
  'bad', 'good', 'harmful', 'hard', 'difficult', 'easy', 'stressful', 'important', 'dangerous', 'safe', 'unsafe', 'healthy', 'unhealthy',
  'necessary', 'useful', 'helpful', 'expensive', 'cheap', 'affordable', 'possible', 'impossible', 'boring', 'fun', 'scary', 'confusing',
  'tough', 'risky', 'beneficial', 'essential', 'appropriate', 'inappropriate', 'suitable', 'unfair', 'fair', 'challenging', 'overwhelming',
  'tiring', 'exhausting', 'painful', 'toxic', 'addictive', 'worse', 'better', 'harder', 'easier', 'deadly', 'fatal', 'illegal', 'legal',
  'best', 'worst', 'enough', 'safest', 'easiest', 'hardest', 'healthiest', 'cheapest',
]);
/** Adjectives a language can be where something is said ("offensive in Spanish", "feminine in German"). */
const JUDGED_IN_A_LANGUAGE: ReadonlySet<string> = new Set([
  'funny', 'offensive', 'rude', 'polite', 'formal', 'informal', 'correct', 'incorrect', 'wrong', 'feminine', 'masculine', 'neuter', 'common',
  'rare', 'irregular', 'regular', 'plural', 'singular', 'silent', 'vulgar', 'archaic', 'slang', 'acceptable', 'grammatical', 'ungrammatical',
  'hard', 'hardest', 'difficult', 'easy', 'easiest', 'strange', 'weird', 'natural', 'awkward',
]);
const LINKING_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'seem', 'seems', 'seemed', 'look', 'looks', 'feel', 'feels', 'sound', 'sounds', 'become', 'becomes', 'get', 'gets']);
const INTENSIFIERS: ReadonlySet<string> = new Set(['so', 'too', 'very', 'really', 'more', 'less', 'most', 'least', 'quite', 'considered', 'not']);

/**
 * Whether a place moved to the end with "from" lands after a verb of getting something, where it names where the
 * thing comes from: "From Germany, how do I buy a car?" asks from where the asker is, "How do I buy a car from
 * Germany?" about a German car; "From Canada, can I order insulin?" / "Can I order insulin from Canada?". A place
 * after other verbs moves freely ("How do I call the US from Germany?").
 */
export function movesIntoSource(move: { opener: string; moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  if (move.opener !== 'from' || !move.moved.some((token) => token.kind === 'word' && lexicon.namesPlace(token.key))) return false;
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    if (at === undefined) return false;
    for (let index = at - 1; index >= Math.max(0, at - SOURCE_REACH); index--) if (tokens[index]!.kind === 'word' && GETTING.has(tokens[index]!.key.toLowerCase())) return true;
    return false;
  });
}
const GETTING: ReadonlySet<string> = new Set([
  'buy', 'buying', 'bought', 'order', 'ordering', 'ordered', 'purchase', 'purchasing', 'purchased', 'source', 'sourcing', 'import', 'importing',
  'imported', 'receive', 'receiving', 'bring', 'bringing', 'adopt', 'adopting',
]);
/** How many words before a moved "from" phrase the verb of getting may stand ("buy pokemon cards from Japan"). */
const SOURCE_REACH = 5;

/**
 * Whether a phrase moved to the end names how a number is written or read (a base, a numeral system, a
 * temperature scale, an angle unit) and lands within a few words after a number, which it then reads as
 * written that way: "In binary, what is 10?" reads 10 as binary (two), "What is 10 in binary?" converts ten into
 * binary; "In kelvin, how cold is 0 degrees?" asks for absolute zero. A tool or a date moves freely past numbers
 * ("In Word, how do I start page numbers on page 3?", "In 2020, what was $100 worth?").
 */
export function movesNextToNumber(move: { moved: Token[] }, sides: readonly PreparedSide[]): boolean {
  // A unit, a scale, a currency or a time zone after "in" too ("In military time, what is 1300?", "In euros, how much
  // is 100?", "In UK sizes, what is a size 10?"); not a game, a field or a tool ("In tennis, what does 40 mean?").
  const reading = move.moved.some((token) => token.kind === 'word' && NUMBER_READINGS.has(token.key.toLowerCase()));
  const unit = move.moved[0]?.key.toLowerCase() === 'in' && move.moved.some((token) => token.kind === 'word' && UNIT_READINGS.has(token.key.toLowerCase())) && !namesDate(move.moved);
  if (!reading && !unit) return false;
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    if (at === undefined || at <= 0) return false;
    for (let index = at - 1; index >= Math.max(0, at - NUMBER_REACH); index--) if (tokens[index]!.kind === 'number') return true;
    return false;
  });
}

/** Where the moved phrase starts when it ends the side (before its closing marks), or undefined. */
function endOfSide(tokens: readonly Token[], moved: readonly Token[]): number | undefined {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === 'punct') end--;
  const at = end - moved.length;
  if (at < 0) return undefined;
  for (let index = 0; index < moved.length; index++) if (tokens[at + index]!.key.toLowerCase() !== moved[index]!.key.toLowerCase()) return undefined;
  return at;
}
/**
 * Whether a phrase moved to the end lands right after an infinitive's verb or its object, which it then modifies:
 * "Which stocks should I buy to sell in 2030?" sells in 2030, "In 2030, which stocks should I buy to sell?" buys
 * then; "How much should I save to retire at 60?" retires at 60.
 */
export function movesIntoPurpose(move: { opener: string; moved: Token[] }, sides: readonly PreparedSide[]): boolean {
  // A time or an age ("in 2030", "at 65", "on Monday"); a tool or a place moves freely ("In Python, explain how to …").
  // A count in words times it only with a unit of time or as an age ("in a few years", "at sixty"; not "in five
  // bullet points").
  // Named days, holidays, seasons and times of day too ("on Sundays", "on Christmas", "in the summer", "at dawn", "on
  // the 5th": a red team on dates, session 42).
  const timed = move.moved.some((token) => (token.kind === 'word' || token.kind === 'number') && namesTime(token.key.toLowerCase()));
  const counted = move.moved.some((token) => token.kind === 'word' && VAGUE_COUNTS.has(token.key.toLowerCase())) && (timed || move.opener === 'at');
  if (!timed && !counted && !move.moved.some((token) => token.kind === 'number')) return false;
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    if (at === undefined || at <= 1) return false;
    for (let index = at - 2; index >= Math.max(0, at - PURPOSE_REACH); index--) {
      const token = tokens[index]!;
      if (token.kind !== 'word') return false;
      // Not "how to …", "what to …": an embedded question, which the phrase does not join; nor "safe to", "the best
      // way to", "cost to": a verb after a word that judges it is the question's, and the time its.
      if (token.key.toLowerCase() === 'to' && tokens[index + 1]?.kind === 'word') return !QUESTION_WORDS_BEFORE_TO.has(tokens[index - 1]?.key.toLowerCase() ?? '') && !JUDGED_BEFORE_TO.has(tokens[index - 1]?.key.toLowerCase() ?? '');
    }
    return false;
  });
}
/**
 * Whether a clause of "when", "if", "where" or "whether" moved to the end lands right after a verb that takes a
 * question (and its object), which then asks it: "When he arrived, did you tell him?" asks whether you told him then,
 * "Did you tell him when he arrived?" whether you told him the time; "If he's awake, can you check?" / "Can you check
 * if he's awake?" (an attack on the verifier's acceptances, session 45: 11 of 22 such moves served). Not after a verb
 * that takes none ("What should I wear if it rains?").
 */
export function movesIntoEmbeddedQuestion(move: { moved: Token[] }, sides: readonly PreparedSide[]): boolean {
  const opener = move.moved.find((token) => token.kind === 'word')?.key.toLowerCase() ?? '';
  if (!EMBEDDED_CLAUSE_OPENERS.has(opener)) return false;
  return sides.some((side) => {
    // Read as typed: "will you tell me" set aside as courtesy still takes the clause.
    const end = endOfSide(side.tokens, move.moved);
    if (end === undefined) return false;
    const tokens = side.raw;
    const at = side.origin[end]!;
    for (let back = 1; back <= QUESTION_TAKER_REACH && at - back >= 0; back++) {
      const token = tokens[at - back]!;
      if (token.kind !== 'word') return false;
      const lower = token.key.toLowerCase();
      if (QUESTION_TAKING_VERBS.has(lower)) return true;
      if (!OBJECT_WORDS.has(lower) && !/^\p{Lu}/u.test(token.text)) return false;
    }
    return false;
  });
}
const EMBEDDED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'if', 'where', 'whether']);
/** Verbs that take a question as their object ("tell him when", "check if", "ask where", "find out whether"). */
const QUESTION_TAKING_VERBS: ReadonlySet<string> = new Set([
  'tell', 'told', 'tells', 'ask', 'asked', 'asks', 'check', 'checked', 'checks', 'know', 'knew', 'knows', 'remind', 'reminded', 'see', 'saw', 'wonder',
  'wondered', 'decide', 'decided', 'show', 'showed', 'explain', 'explained', 'learn', 'learned', 'out', 'confirm', 'confirmed', 'verify', 'note', 'notice',
  'noticed', 'remember', 'remembered', 'forget', 'forgot', 'say', 'said', 'mention', 'mentioned', 'inform', 'informed', 'text', 'texted', 'email', 'emailed',
]);
/** Objects between such a verb and the clause ("tell him", "remind my boss", "text the team"). */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it', 'my', 'your', 'his', 'their', 'our', 'the', 'a', 'boss', 'team', 'mom', 'dad', 'wife', 'husband', 'friend', 'everyone']);
/** How many words back from the clause such a verb may stand. */
const QUESTION_TAKER_REACH = 3;

/**
 * Whether a phrase that shapes an answer — its tone, format, tense, language ("In a formal tone", "In YAML", "In the
 * past tense", "In French") — moved to the end of a request lands after its embedded "how to V", which it then shapes
 * instead: "In a formal tone, explain how to write a text to a friend" asks for a formal explanation, "Explain how
 * to write a text to a friend in a formal tone" for how to write a formal text (a red team on instructions, session 33).
 * A tone or a length shapes only a text ("how to write", "how to say"); a language, a span of time or a person of the
 * asker's ("In Italian", "In 30 seconds", "For my dad") attaches to any act: "Explain how to order coffee in Italian"
 * (ordering in Italian), "… how to boil an egg in 30 seconds", "… how to pick a gift for my dad", also after a gerund
 * ("tips on ordering takeout in French") or a meaning ("what 'Schadenfreude' means in German"; a red team on
 * instruction modifiers, session 38: 2,652 pairs served). A tool moves freely ("In Python, explain how to reverse a
 * list"), and so does a language around a question with no act in it ("In Spanish, explain how photosynthesis works").
 */
export function movesOntoEmbeddedTask(move: { moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  const words = move.moved.filter((token) => token.kind === 'word').map((token) => token.key.toLowerCase());
  const language = words.some((word) => LANGUAGES.has(word)) || (words[0] === 'in' && move.moved.some((token) => namesLanguage(token, lexicon)));
  // A language or a time attaches to any act after any request; a person only after a request for an answer ("For my
  // son, is it worth it to hire a tutor?" asks one thing either way).
  const anyRequest = language || words.some((word) => SPANS_OF_TIME.has(word));
  // A manner shapes an act of speaking or writing as it shapes an answer: "Explain how to ask for a refund in a rude
  // way", "… how to order a beer in a Scottish accent", "… a guide to asking for a raise in an angry tone" (a red team
  // on audience and tone, session 41: 3,782 of 5,972 such moves served); not another act ("… how to solve quadratic
  // equations in a simple way": a hostile review). A person of the asker's shapes any act, one word describing them or
  // not ("for my little sister").
  // Not how an explanation goes ("In an easy way", "In a clear way": one request either way).
  const manner = words.some((word) => MANNER_WORDS.has(word)) && !words.some((word) => EXPLAINING_MANNERS.has(word));
  const explains = words.some((word) => EXPLAINING_MANNERS.has(word) || EXPLAINING_SHAPES.has(word));
  const person = words[0] === 'for' && POSSESSIVES.has(words[1] ?? '') && (PEOPLE.has(words[2] ?? '') || (words.length === 4 && PEOPLE.has(words[3]!)));
  const anyAct = anyRequest || person;
  // An audience shapes a text made for it, where the phrase lands right after the text ("Explain how to write a
  // wedding toast for kids"), not another act ("… how to make slime for kids", "… write a for loop in Python for a
  // beginner").
  const audience = words[0] === 'for' && words.length <= 4 && (AUDIENCES.has(words.at(-1)!) || PEOPLE.has(words.at(-1)!));
  // ("Using metaphors" shapes a text as it shapes an answer; "Using Python" is a tool, which moves freely.)
  if (!anyAct && !audience && !manner && !words.some((word) => ANSWER_SHAPES.has(word))) return false;
  return sides.some(({ tokens, filler }) => {
    const at = endOfSide(tokens, move.moved);
    if (at === undefined) return false;
    // Landing right after a text made for someone, an audience shapes it whatever makes it ("make a greeting card for a toddler").
    const forText = audience && TEXTS_FOR_SOMEONE.has(tokens[at - 1]?.key.toLowerCase() ?? '');
    if (audience && !forText && !anyAct && !manner && !words.some((word) => ANSWER_SHAPES.has(word))) return false;
    const anyVerb = anyAct || forText;
    for (let index = at - 1; index >= Math.max(1, at - SHAPED_TASK_REACH); index--) {
      const token = tokens[index]!;
      if (token.sentenceStart) return false;
      if (token.kind !== 'word') continue;
      const word = token.key.toLowerCase();
      const next = tokens[index + 1]!;
      // "to" and a verb ("how to write", "how to say"; for a language, a time or a person any verb: "how to order"),
      // a gerund after a preposition ("tips on ordering"), or a word's meaning ("what it means").
      const act =
        (word === 'to' && index + 1 < at && next.kind === 'word' && (anyVerb ? /^\p{Ll}+$/u.test(next.key) && !FUNCTION_WORDS.has(next.key) : TEXT_ACTS.has(next.key.toLowerCase()) || (/^\p{Ll}{2,}ing$/u.test(next.key) && makesText(next.key)) || givesSpeech(tokens, index + 1, at))) ||
        (ACT_PREPOSITIONS.has(word) && index + 1 < at && next.kind === 'word' && /^\p{Ll}{2,}ing$/u.test(next.key) && (anyVerb || makesText(next.key))) ||
        // A word's meaning: "Tell me what 'Schadenfreude' means in German" asks what the German word means; "In German,
        // tell me …" asks for the answer in German ("In French, what does 'chat' mean?" asks no answer of a language).
        (language && MEANING_WORDS.has(word) && index === at - 1) ||
        // A finite clause of "how" or "what" inside a request: "Explain how the support agent should introduce herself
        // in a formal tone", "… how our CEO would tell the kids in pirate speak" (a red team on constraints, session 49:
        // 279 of 1,167 such moves served; only "how to V" was read).
        (finiteClauseVerb(tokens, index) !== -1 && (anyVerb || TEXT_ACTS.has(word) || givesSpeech(tokens, index, at)));
      if (!act) continue;
      // The clause is the question itself: "How could the waiter describe the side effects in a rude way?" asks for a
      // rude description, "In a rude way, how could …?" for a rude answer. Not a language, which such a question
      // asks about either way ("In Spanish, how do I say good morning?").
      // ("What could my sister say to decline …": the "to" hangs on a finite clause's verb.)
      const opener = word === 'to' && index > 0 ? finiteClauseVerb(tokens, index - 1) : finiteClauseVerb(tokens, index);
      // Not a phrase of how an answer explains ("In simple terms, how should I negotiate my salary?", "In bullet points, …").
      if (!language && !explains && opener !== -1 && (opener === 0 || tokens[opener]!.sentenceStart)) return true;
      // A finite clause's request stands before its "how" or "what": the words inside it are its subject and auxiliary.
      const from = opener !== -1 && word !== 'to' ? opener : index;
      // Writing code is no text a tone shapes: "Explain how to write a for loop in Python in an easy way".
      if (!anyAct && writesCode(tokens, index + 1, at)) return false;
      // Only after a request for an answer ("Explain how to …", "Run me through how to …"): not "When to use de la in
      // Spanish?", where the language is the topic, nor "What is the best way to prepare … in five bullet points?". A
      // tone or a length needs a request of a text; a language, a time or a person any words before the embedded
      // question ("Clarify how to …"). A request set aside as filler counts too ("Tell me how to …").
      for (let back = from - 1; back >= 0 && !tokens[back + 1]!.sentenceStart; back--) {
        const before = tokens[back]!.key.toLowerCase();
        if (ANSWER_REQUESTS.has(before) || (anyRequest && tokens[back]!.kind === 'word' && !QUESTION_WORDS_BEFORE_TO.has(before) && !FUNCTION_WORDS.has(before))) return true;
      }
      return filler.some((phrase) => ANSWER_REQUESTS.has(phrase.split(' ')[0]!));
    }
    return false;
  });
}
/**
 * Where the finite clause whose verb is the word at `index` opens, with "how" or "what" and an auxiliary a few words
 * before it ("how the agent should introduce", "how I should reply", "what our CEO would say"); -1 where it is none.
 */
function finiteClauseVerb(tokens: readonly Token[], index: number): number {
  const verb = tokens[index]!;
  if (verb.kind !== 'word' || !/^\p{Ll}+$/u.test(verb.key) || FUNCTION_WORDS.has(verb.key)) return -1;
  let auxiliary = false;
  for (let back = index - 1; back >= Math.max(0, index - FINITE_CLAUSE_REACH); back--) {
    const token = tokens[back]!;
    if (token.kind !== 'word' || tokens[back + 1]!.sentenceStart) return -1;
    const lower = token.key.toLowerCase();
    if (lower === 'how' || lower === 'what') return auxiliary ? back : -1;
    auxiliary ||= CLAUSE_AUXILIARIES.has(lower);
  }
  return -1;
}
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(['should', 'would', 'could', 'can', 'will', 'might', 'must', 'shall', 'do', 'does', 'did', 'to']);
const FINITE_CLAUSE_REACH = 5;

/**
 * Whether a word names a language or a way of speaking: one of LANGUAGES, a word of SPEECH_VARIETIES ("Gen Z speak",
 * "cowboy lingo", "a Scottish accent"), or a capitalised name WordNet files under communication that is no artifact or
 * place and whose lowercase form is no common word ("Flemish", "Tongan", "Nahuatl", "Cockney"; not "Word", "Windows").
 * Only after "in" for a name (not "For Mormons"). A red team on output constraints, session 42: 932 moves of unlisted
 * languages and registers served.
 */
function namesLanguage(token: Token, lexicon: Lexicon): boolean {
  if (token.kind !== 'word') return false;
  const lower = token.key.toLowerCase();
  if (LANGUAGES.has(lower) || SPEECH_VARIETIES.has(lower)) return true;
  if (!/^\p{Lu}/u.test(token.text) || lexicon.isCommon(lower)) return false;
  // A name WordNet lacks, formed as a language's ("Konglish", "Singlish", "Bhutanese").
  if (!lexicon.isWord(lower)) return LANGUAGE_ENDINGS.test(lower);
  const files = lexicon.nounFiles(lower);
  if (files.has(NOUN_ARTIFACT) || files.has(NOUN_LOCATION) || files.has(NOUN_ANIMAL)) return false;
  // A people's name formed as one is its language's too ("In Samoan", "In Sicilian"; not "In Python", an animal first,
  // nor "In Git", a person only as a word of abuse).
  return files.has(NOUN_COMMUNICATION) || (files.has(NOUN_PERSON) && PEOPLE_ENDINGS.test(lower));
}
const PEOPLE_ENDINGS = /(?:an|ese|ish|i)$/u;
/** WordNet's lexicographer files: noun.animal, noun.artifact, noun.communication, noun.location, noun.person. */
const NOUN_ANIMAL = 5;
const NOUN_ARTIFACT = 6;
const NOUN_PERSON = 18;
const NOUN_COMMUNICATION = 10;
const NOUN_LOCATION = 15;
const SPEECH_VARIETIES: ReadonlySet<string> = new Set([
  'speak', 'lingo', 'dialect', 'accent', 'vernacular', 'patois', 'creole', 'pidgin', 'leetspeak', 'newspeak', 'doublespeak', 'argot', 'brogue',
  'drawl', 'twang', 'prose', 'binary', 'base64', 'hexadecimal', 'alphabet', 'cipher', 'semaphore', 'braille',
]);
const LANGUAGE_ENDINGS = /(?:ish|ese|glish)$/u;

/**
 * Whether a phrase of place, occasion or time fronted before a request to someone ("At the wedding, should I ask my
 * brother to give a speech?") moved to the end lands on the act that person is asked to do ("… ask my brother to give a
 * speech at the wedding?": the speech is at the wedding, the asking before it). A red team on logic and structure,
 * session 38: 96 of 104 such pairs served. Not without such a request ("At the airport, how do I get a taxi?").
 */
export function movesOntoControlledAct(move: { moved: Token[] }, sides: readonly PreparedSide[]): boolean {
  const opener = move.moved.find((token) => token.kind === 'word')?.key.toLowerCase() ?? '';
  if (!SETTING_OPENERS.has(opener)) return false;
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    if (at === undefined) return false;
    for (let index = at - 2; index >= Math.max(1, at - SHAPED_TASK_REACH); index--) {
      const token = tokens[index]!;
      if (token.sentenceStart) return false;
      if (token.kind !== 'word' || token.key.toLowerCase() !== 'to' || tokens[index + 1]?.kind !== 'word') continue;
      // The asker's verb a few words before "to", its object between: "ask my brother to", "remind the team to".
      for (let back = index - 1; back >= Math.max(0, index - CONTROL_REACH); back--) if (CONTROL_VERBS.has(tokens[back]!.key.toLowerCase())) return true;
      return false;
    }
    return false;
  });
}
/** Openers of a phrase of place, occasion or time. */
const SETTING_OPENERS: ReadonlySet<string> = new Set(['at', 'in', 'during', 'while', 'on', 'after', 'before', 'when', 'once']);
/** Verbs that ask someone else to do what follows "to". */
const CONTROL_VERBS: ReadonlySet<string> = new Set([
  'ask', 'asking', 'tell', 'telling', 'remind', 'invite', 'encourage', 'want', 'persuade', 'convince', 'allow', 'expect', 'beg', 'urge',
  'get', 'require', 'force', 'advise', 'instruct', 'order', 'request', 'pay', 'hire', 'challenge', 'dare', 'permit', 'let',
]);
/** Words back from "to" searched for the asker's verb ("ask my younger brother to"). */
const CONTROL_REACH = 5;
/** Shapes of an explanation rather than of words said or written: bullets, steps, plain terms. */
const EXPLAINING_SHAPES: ReadonlySet<string> = new Set(['simple', 'plain', 'terms', 'bullet', 'bullets', 'points', 'steps', 'step', 'detail', 'brief', 'briefly', 'list', 'table', 'tables', 'layman', "layman's", 'eli5']);
/**
 * Words of a phrase that shapes an answer: a tone, a format, a tense, a length, a verse form, a case. Not an audience:
 * "For kids, explain how to make slime" and "… make slime for kids" are one request; nor a language of code or data
 * ("In JSON, show me how to escape a quote": the topic either way).
 */
const ANSWER_SHAPES: ReadonlySet<string> = new Set([
  'tone', 'style', 'voice', 'manner', 'register', 'format', 'table', 'tables', 'bullet', 'bullets',
  'points', 'list', 'words', 'sentences', 'sentence', 'paragraph', 'paragraphs', 'tense', 'person', 'poem', 'haiku', 'rhyme', 'rhymes', 'formal', 'informal',
  'casual', 'friendly', 'professional', 'simple', 'detail', 'brief', 'emojis', 'slang', 'pirate', 'capital', 'capitals', 'uppercase', 'lowercase',
  'line', 'lines', 'page', 'pages', 'characters', 'chars', 'verse', 'verses', 'couplet', 'couplets', 'pentameter', 'stanza', 'stanzas', 'limerick',
  'sonnet', 'caps', 'emoji', 'legalese', 'markdown', 'jargon', 'plain', 'rhyming', 'tweet', 'tweets', 'syllables', 'letters', 'case', 'terms',
  'metaphors', 'metaphor', 'analogies', 'analogy', 'humor', 'humour', 'examples', 'morse',
]);
/** Whether the act at `at` writes code: "write"/"code" and a word of code before `end` ("write a for loop", "write a SQL query"). */
function writesCode(tokens: readonly Token[], at: number, end: number): boolean {
  if (!/^(?:write|writing|code|coding)$/iu.test(tokens[at]?.key ?? '')) return false;
  for (let index = at + 1; index < Math.min(end, at + 1 + OBJECT_REACH); index++) if (CODE_OBJECTS.has(tokens[index]!.key.toLowerCase())) return true;
  return false;
}
/** How many words after the act its object may be found in ("write a short SQL query"). */
const OBJECT_REACH = 5;
/** Whether the act at `at` gives or delivers a speech ("give a best man speech", "deliver a toast"), which a tone shapes. */
function givesSpeech(tokens: readonly Token[], at: number, end: number): boolean {
  if (!/^(?:give|giving|deliver|delivering|make|making)$/iu.test(tokens[at]?.key ?? '')) return false;
  for (let index = at + 1; index < Math.min(end, at + 1 + OBJECT_REACH); index++) if (SPEECHES.has(tokens[index]!.key.toLowerCase())) return true;
  return false;
}
const SPEECHES: ReadonlySet<string> = new Set(['speech', 'toast', 'talk', 'eulogy', 'presentation', 'compliment', 'announcement', 'apology', 'pitch', 'sermon', 'lecture', 'vow', 'vows']);
/** Words of how an explanation goes, not of a tone: "In an easy way", "In a clear and simple way". */
const EXPLAINING_MANNERS: ReadonlySet<string> = new Set([
  'easy', 'easier', 'simple', 'simpler', 'clear', 'clearer', 'short', 'quick', 'brief', 'concise', 'detailed', 'step', 'understandable', 'basic',
  'straightforward', 'plain', 'structured', 'organized', 'organised', 'logical', 'thorough', 'comprehensive', 'practical', 'visual', 'efficient',
]);
const CODE_OBJECTS: ReadonlySet<string> = new Set([
  'loop', 'function', 'functions', 'script', 'scripts', 'query', 'queries', 'program', 'programs', 'class', 'classes', 'regex', 'code', 'test',
  'tests', 'method', 'methods', 'api', 'sql', 'python', 'javascript', 'java', 'app', 'macro', 'formula', 'algorithm', 'component', 'endpoint',
]);
/** Whether a gerund is one of TEXT_ACTS ("writing", "texting", "proposing"). */
function makesText(gerund: string): boolean {
  const stem = gerund.slice(0, -3);
  return TEXT_ACTS.has(stem) || TEXT_ACTS.has(`${stem}e`);
}
/** Texts made for someone, after which an audience is the text's ("a wedding toast for kids"). */
const TEXTS_FOR_SOMEONE: ReadonlySet<string> = new Set([
  'toast', 'speech', 'card', 'letter', 'email', 'note', 'story', 'poem', 'message', 'eulogy', 'invitation', 'invite', 'song', 'joke', 'jokes',
  'bio', 'post', 'caption', 'text', 'apology', 'wish', 'wishes', 'greeting', 'riddle', 'limerick', 'haiku', 'rap', 'stories', 'poems', 'cards',
]);
/** Whom a text can be made for ("for kids", "for an expert"; PEOPLE too: "for a toddler"). */
const AUDIENCES: ReadonlySet<string> = new Set([
  'kids', 'kid', 'children', 'child', 'beginner', 'beginners', 'expert', 'experts', 'adults', 'adult', 'teens', 'teenagers', 'students', 'student',
  'seniors', 'professionals', 'toddlers', 'audience', 'everyone', 'dummies', 'newbies', 'scientists', 'engineers', 'developers', 'executives',
]);
/** Words of a manner, which shapes an act of speaking or writing it lands on ("in a rude way", "in a formal tone", "in a Scottish accent"). */
const MANNER_WORDS: ReadonlySet<string> = new Set([
  'tone', 'style', 'voice', 'manner', 'way', 'accent', 'register', 'slang', 'formal', 'informal', 'casual', 'friendly', 'professional', 'funny',
  'sarcastic', 'rude', 'angry', 'romantic', 'flirty', 'gentle', 'kind', 'polite', 'dramatic', 'sad', 'humorous', 'serious', 'playful',
  'aggressive', 'sweet', 'cute', 'childish', 'poetic', 'pirate', 'shakespearean', 'form', 'mean', 'cheerful', 'blunt', 'sassy', 'snarky', 'talk',
  'whisper', 'drawl', 'sarcasm',
]);
/** Spans of time an act can take ("boil an egg in 30 seconds", "learn French in two weeks"). */
const SPANS_OF_TIME: ReadonlySet<string> = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
]);
/** People of the asker's an act can be for ("for my dad"; not "for my essay"). */
const PEOPLE: ReadonlySet<string> = new Set([
  'dad', 'mom', 'mum', 'mother', 'father', 'parents', 'wife', 'husband', 'partner', 'son', 'daughter', 'kids', 'kid', 'children', 'child',
  'baby', 'toddler', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'sister', 'brother', 'siblings', 'grandma',
  'grandmother', 'grandpa', 'grandfather', 'grandparents', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'friend', 'friends', 'boss',
  'manager', 'coworker', 'coworkers', 'colleague', 'colleagues', 'team', 'students', 'student', 'teacher', 'client', 'clients',
  'customer', 'customers', 'family', 'neighbor', 'neighbour', 'roommate', 'guests', 'guest', 'dog', 'cat', 'pet', 'teenager', 'teen',
]);
/** Prepositions before a gerund that names an act ("tips on ordering", "advice about bargaining"). */
const ACT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about', 'for', 'of', 'with', 'at', 'in']);
/** A word's meaning, which a language can be the language of ("what 'Schadenfreude' means in German"). */
const MEANING_WORDS: ReadonlySet<string> = new Set(['means', 'mean', 'meaning', 'meant']);
/** Verbs of making a text or speaking, which a tone, a format or a language can shape as well as the answer. */
const TEXT_ACTS: ReadonlySet<string> = new Set([
  'write', 'say', 'text', 'reply', 'respond', 'answer', 'greet', 'ask', 'tell', 'email', 'word', 'phrase', 'draft', 'compose', 'apologize', 'apologise',
  'thank', 'introduce', 'describe', 'address', 'sign', 'start', 'end', 'open', 'close', 'express', 'conjugate', 'pronounce', 'spell',
  // Acts of speaking a form can shape (a red team, session 41): "how to pitch my startup in haiku form".
  'pitch', 'propose', 'congratulate', 'comfort', 'decline', 'complain', 'talk', 'negotiate', 'confess', 'flirt', 'praise', 'announce',
  'invite', 'persuade', 'convince', 'break', 'sing', 'recite', 'toast', 'order', 'request', 'refuse', 'reject', 'quit', 'resign', 'beg', 'wish',
]);
/** Requests for an answer whose language a fronted "In French" names. */
const ANSWER_REQUESTS: ReadonlySet<string> = new Set([
  'explain', 'describe', 'tell', 'show', 'teach', 'write', 'summarize', 'summarise', 'give', 'list', 'suggest', 'share', 'outline', 'walk', 'guide',
  'demonstrate', 'provide', 'detail', 'break', 'lay', 'spell',
]);
/** Words back from the moved phrase searched for the embedded "to". */
const SHAPED_TASK_REACH = 12;

/**
 * Whether a phrase moved to the end lands right after the verb of a relative clause, which it then modifies:
 * "In Texas, is it legal to carry the gun I bought?" asks about Texas, "… the gun I bought in Texas?" about where
 * it was bought; "On Friday, list the orders that shipped." / "List the orders that shipped on Friday.". The
 * clause is a noun and a pronoun before the verb ("the gun I bought") or "that"/"which"/"who" ("orders that
 * shipped"); a main clause's verb lets it move ("In 1989, what happened?"), and so does a tool ("In Git, …").
 */
export function movesIntoRelativeClause(move: { moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  // A place or a time ("In Texas", "On Friday", "in 2023"); a tool moves freely ("In Git, how do I undo a commit that I pushed?").
  // A language or a way of speaking too: "Write a story about a man who sings in Tongan" / "In Tongan, write a story …".
  const spoken = move.moved[0]?.key.toLowerCase() === 'in';
  const placeOrTime = (token: Token) => token.kind === 'number' || (token.kind === 'word' && (TIME_WORDS.has(token.key.toLowerCase()) || (/^\p{Lu}/u.test(token.text) && lexicon.namesPlace(token.key)))) || (spoken && namesLanguage(token, lexicon));
  // A clause without "that" whose subject and verb end the question: any phrase but a tool's may join its verb.
  if ((!namesTool(move.moved) || move.moved.some(placeOrTime)) && sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    return at !== undefined && endsWithReducedRelative(tokens, at, lexicon);
  })) return true;
  if (!move.moved.some(placeOrTime)) return false;
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    if (at === undefined || at < 3) return false;
    const words = (from: number) => tokens.slice(from, at).every((token) => token.kind === 'word');
    const nounAt = (index: number) => tokens[index]?.kind === 'word' && !FUNCTION_WORDS_BEFORE_RELATIVE.has(tokens[index]!.key.toLowerCase());
    // "orders that shipped", "invoices that were paid", "invoices that are due": "that"/"which"/"who" up to three words back.
    for (let opener = at - 2; opener >= Math.max(1, at - 4); opener--) {
      if (!words(opener) || !RELATIVE_PRONOUNS.has(tokens[opener]!.key.toLowerCase())) continue;
      return nounAt(opener - 1);
    }
    // "the gun I bought": a noun, a pronoun and a past verb.
    const [noun, subject, verb] = [tokens[at - 3]!, tokens[at - 2]!, tokens[at - 1]!];
    if (!words(at - 3) || !RELATIVE_SUBJECTS.has(subject.key.toLowerCase())) return false;
    return nounAt(at - 3) && lexicon.canBeNoun(noun.key.toLowerCase()) && lexicon.isPastForm(verb.key.toLowerCase());
  });
}

/**
 * Whether the words before `at` end with a relative clause without "that" whose subject is a noun phrase or whose
 * verb has an object pronoun: "aspirin my doctor prescribed", "the house my parents gave us", "the texts my ex sent
 * me", "the money my wife earns", "the crypto I sold", "the money I earn". A phrase after it may be the clause's:
 * "Should I stop taking aspirin my doctor prescribed before the surgery?" asks about a prescription given before
 * the surgery, "Before the surgery, should I stop taking aspirin my doctor prescribed?" about stopping. A pronoun
 * and a past verb alone ("the gun I bought") are the place-or-time branch's. Not a main clause's subject and verb,
 * which an auxiliary or a question word opens ("Why does my car stall", "How much do I earn").
 */
function endsWithReducedRelative(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const word = (index: number) => (index >= 0 && tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : undefined);
  let end = at;
  // The verb's object: "sent me", "gave to me".
  let object = false;
  if (OBJECT_PRONOUNS.has(word(end - 1) ?? '')) {
    end -= word(end - 2) === 'to' ? 2 : 1;
    object = true;
  }
  const verb = word(end - 1);
  if (verb === undefined || !lexicon.canBeVerb(verb)) return false;
  const past = lexicon.isPastForm(verb);
  // "my husband has caught", "my doctor had prescribed".
  if (past && PERFECT_AUXILIARIES.has(word(end - 2) ?? '')) end--;
  let subjectStart: number | undefined;
  if (past && PASSIVE_AUXILIARIES.has(word(end - 2) ?? '') && RELATIVE_SUBJECTS.has(word(end - 3) ?? '')) {
    // "the pills I was given", "the forms we were sent".
    subjectStart = end - 3;
  } else if (RELATIVE_SUBJECTS.has(word(end - 2) ?? '')) {
    // "the crypto I sold" with an unknown noun, "the money I earn", "the shoes they sent me"; "the gun I bought" is
    // the other branch's when a place or a time moves.
    subjectStart = end - 2;
  } else if (past && tokens[end - 2]?.kind === 'word' && !tokens[end - 2]!.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(tokens[end - 2]!.text) && !lexicon.isWord(word(end - 2)!)) {
    // "the pills John prescribed": a name.
    subjectStart = end - 2;
  } else {
    // "my doctor prescribed", "my new doctor prescribed", "my ex's lawyer sent", "a doctor gave me": a determiner and one
    // or two words. A present verb only after a possessive: "the floor tiles" is a compound noun.
    for (const length of [1, 2]) {
      const determiner = word(end - 2 - length);
      const words = tokens.slice(end - 1 - length, end - 1);
      if (determiner === undefined || !SUBJECT_DETERMINERS.has(determiner) || !words.every((token) => token.kind === 'word')) continue;
      if (!lexicon.canBeNoun(word(end - 2)!)) continue;
      if (!past && !object && !POSSESSIVES.has(determiner)) return false;
      subjectStart = end - 2 - length;
      break;
    }
  }
  if (subjectStart === undefined) return false;
  let headAt = subjectStart - 1;
  // "the texts that my ex sent me": the same clause with its "that".
  if (word(headAt) === 'that' || word(headAt) === 'which') headAt--;
  const head = word(headAt);
  if (head === undefined || FUNCTION_WORDS_BEFORE_RELATIVE.has(head) || OBJECT_PRONOUNS.has(head)) return false;
  // Not the question's own verb before a compound noun: "should I check my car tires", "how often should I water my
  // house plants" (my car / tires, read as subject and verb, would make "check" a noun).
  const beforeHead = word(headAt - 1);
  if (beforeHead !== undefined && VERB_OPENERS.has(beforeHead)) return false;
  // The clause's noun: a noun, or a word the lexicon does not know ("crypto"); not a verb alone ("tell my boss I quit").
  return lexicon.canBeNoun(head) || !lexicon.isWord(head);
}
/** Words after which the next word is a verb: a subject, "to", a modal. */
const VERB_OPENERS: ReadonlySet<string> = new Set([
  'i', 'you', 'we', 'they', 'he', 'she', 'to', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'do', 'does', 'did',
  'please', 'not', "n't", 'always', 'never', 'often', 'also', 'just', 'still',
]);
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PERSONAL_OBJECTS, 'it']);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'am', 'are', 'is', 'been']);
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'the', 'a', 'an', 'this', 'that']);
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she']);
/** Words before "that"/"I" that open no noun phrase ("so that", "is it that", "how I"). */
const FUNCTION_WORDS_BEFORE_RELATIVE: ReadonlySet<string> = new Set([
  'so', 'is', 'was', 'it', 'how', 'what', 'when', 'where', 'why', 'if', 'and', 'or', 'but', 'can', 'do', 'did', 'should', 'would', 'could', 'will',
  'than', 'that', 'now', 'then', 'because', 'since', 'before', 'after', 'until', 'while', 'does', 'are', 'were', 'am', 'has', 'have', 'had',
  'may', 'might', 'must', 'shall', 'which', 'who', 'whom', 'whose', 'whether', 'though', 'although', 'unless', 'once', 'as', 'not', "n't",
]);

/** How far before a moved phrase "to" may open the infinitive it joins ("to have $1 million at 65"). */
const PURPOSE_REACH = 5;
const QUESTION_WORDS_BEFORE_TO: ReadonlySet<string> = new Set(['how', 'what', 'where', 'when', 'which', 'whether', 'who', 'why']);
/** Counts in words that time a phrase as a number does ("in a few years", "at sixty"). */
const VAGUE_COUNTS: ReadonlySet<string> = new Set([
  'few', 'several', 'couple', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'sixty-five', 'seventy', 'eighty', 'ninety', 'hundred',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'fifteen', 'eighteen', 'twenty-one',
]);
/** Words after which "to" and a verb is what they judge, not a purpose ("is it safe to hike", "the best way to fish"). */
const JUDGED_BEFORE_TO: ReadonlySet<string> = new Set([
  'safe', 'unsafe', 'way', 'ways', 'cost', 'costs', 'easy', 'hard', 'difficult', 'good', 'bad', 'okay', 'ok', 'possible', 'necessary', 'time',
  'place', 'legal', 'illegal', 'allowed', 'able', 'worth', 'fine', 'dangerous', 'cheap', 'expensive', 'smart', 'wise', 'best', 'better',
  'worst', 'fun', 'normal', 'healthy', 'enough', 'likely', 'too', 'it',
]);
/** Whether a word names a time: a day, a month, a holiday, a season, a time of day, an age, an ordinal day ("5th", "fifth"). */
function namesTime(word: string): boolean {
  return TIME_WORDS.has(word) || TIME_NAMES.has(word) || MORE_TIMES.has(word) || ORDINAL_DAY.test(word);
}
const ORDINAL_DAY = /^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\w+|thirtieth|thirty-first|dawn|dusk|daybreak|nightfall)$/u;
const TIME_WORDS: ReadonlySet<string> = new Set([
  'today', 'tomorrow', 'tonight', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'year', 'month',
  'week', 'morning', 'evening', 'night', 'noon', 'midnight', 'retirement', 'age', 'years', 'months', 'weeks', 'days', 'decades', 'decade',
]);

/** How many tokens before a moved phrase a number it reads may stand ("What is 10 plus two in base 3?"). */
const NUMBER_REACH = 3;

/** How many words before a phrase moved to the end may name whom it attaches to ("to my younger brother"). */
const ATTACHMENT_REACH = 3;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for', 'from', 'within', 'via', 'by']);

/**
 * Whether the moved phrase ranges over every thing of a kind ("in every race", "on all plans", "at each stop") and the
 * clause that stays holds a word whose scope it can take or fall under: a negation or a quantifier of its own. "In all
 * cases a visa isn't required" is "none", "A visa isn't required in all cases" "not always"; "In every game nobody
 * scored" / "Nobody scored in every game"; "In every race, one runner fell" / "One runner fell in every race" (a red
 * team on word order, session 43: 2,580 such pairs served). Not a question word: "For each guest, how much food should
 * I prepare?" asks per guest either way (a review), though "In every race, who fell?" may not. Not an idiom of "all"
 * ("In all honesty, what should I do?", "After all, why not?").
 */
export function movesUniversalOverScope(move: { moved: Token[] }, side: PreparedSide): boolean {
  const words = move.moved.filter((token) => token.kind === 'word').map((token) => token.key.toLowerCase());
  const idiom = (at: number) => {
    const [previous, next] = [words[at - 1] ?? '', words[at + 1]];
    return (ALL_IDIOM_BEFORE.has(previous) && next === undefined) || (previous === 'for' && next !== undefined && PERSONAL_PRONOUNS.has(next)) || ALL_IDIOM_AFTER.has(next ?? '');
  };
  if (!words.some((word, at) => UNIVERSALS.has(word) && !(word === 'all' && idiom(at)))) return false;
  const moved = new Set(move.moved);
  const { tokens } = side;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (moved.has(token) || token.kind !== 'word') continue;
    const word = token.key.toLowerCase();
    // A counted word only as the subject, opening the clause that stays ("Few players scored"): not a degree's or a
    // question's "how many", "the most", nor a request's count of what to write ("give me two examples"; a review).
    if (COUNTED_SUBJECTS.has(word) && !(at === 0 || moved.has(tokens[at - 1]!) || tokens[at - 1]!.kind !== 'word')) continue;
    if (SCOPE_TAKERS.has(word)) return true;
  }
  return false;
}
const COUNTED_SUBJECTS: ReadonlySet<string> = new Set(['few', 'most', 'many', 'several', 'both', 'two', 'three', 'four', 'five']);
const UNIVERSALS: ReadonlySet<string> = new Set(['every', 'all', 'each', 'everywhere', 'always']);
/** "after all", "above all", "at all", "first of all" closing the phrase; "for all I know". */
const ALL_IDIOM_BEFORE: ReadonlySet<string> = new Set(['after', 'above', 'at', 'of']);
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** "in all honesty", "in all seriousness", "in all likelihood", "all in all". */
const ALL_IDIOM_AFTER: ReadonlySet<string> = new Set(['honesty', 'seriousness', 'fairness', 'likelihood', 'probability', 'in', 'right', 'good', 'set', 'together']);
/** Words whose scope a phrase of every thing can take or fall under. */
const SCOPE_TAKERS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'nobody', 'none', 'nothing', 'nowhere', 'neither', 'nor', 'cannot', 'one', 'some', 'someone', 'somebody', 'something',
  'any', 'anyone', 'anybody', 'anything', 'single', 'same', 'only',
  // A counted subject reads per thing before the phrase and may read across all of them after it: "In every game, few
  // players scored." / "Few players scored in every game." (a red team on word order, session 44).
  'few', 'most', 'many', 'several', 'both', 'two', 'three', 'four', 'five',
]);

/**
 * Whether the clause that stays reports a second clause, which the moved one can come to time or condition once it
 * follows it: "When I get back from vacation, how do I tell my boss I'm quitting?" times the telling; "How do I tell
 * my boss I'm quitting when I get back from vacation?" most naturally times the quitting. Seen as a verb of telling
 * or knowing with a subject or "that" within a few words after it ("tell my boss I'm", "let my manager know
 * that"); "If I have a cold, do you think I should exercise?" moves freely.
 */
export function holdsSecondClause(move: { moved: Token[] }, side: PreparedSide): boolean {
  const { tokens } = side;
  const movedFirst = tokens[0] === move.moved[0];
  const stays = movedFirst ? tokens.slice(move.moved.length) : tokens.slice(0, tokens.length - move.moved.length);
  const word = (at: number) => (stays[at]?.kind === 'word' ? stays[at]!.text.toLowerCase() : undefined);
  for (let at = 0; at < stays.length; at++) {
    if (!hasVerb(REPORTING_VERBS, word(at))) continue;
    for (let next = at + 1; next <= at + REPORTED_REACH && next < stays.length; next++) if (REPORTED_OPENERS.has(word(next) ?? '')) return true;
  }
  // A clause inside the other one, which the moved phrase may attach to at the end: "who gets the house that we
  // bought (after the divorce)?", "can I return a laptop I bought (within 30 days)?", "a file written by Java (in
  // Python)". A tool or a language named by the moved phrase sets the whole question ("In Git, how do I undo a
  // commit that I pushed?"). From the third word: an opener first in its clause ("When …", "How do I …") is the clause.
  if (saysWhen(move.moved) && holdsEmbeddedClause(stays)) return true;
  // A reported question: "After lunch, tell me who called" / "Tell me who called after lunch" ("tell me" is set
  // aside as courtesy, as in "Tell me, what is …?"), "By Friday, let me know which invoices are unpaid".
  if (timesRequest(move.moved) && holdsReportedQuestion(side, movedFirst ? move.moved.length : 0, stays.length)) return true;
  if (namesTool(move.moved)) return false;
  for (let at = 2; at < stays.length; at++) {
    const current = word(at);
    if (current === undefined) continue;
    if (INNER_CLAUSE_OPENERS.has(current)) return true;
    const previous = word(at - 1);
    if (REPORTED_OPENERS.has(current) && current !== 'that' && previous !== undefined && !FUNCTION_WORDS.has(previous) && !THINKING.has(previous)) return true;
    if (current === 'by' && previous !== undefined && (/ed$/u.test(previous) || PARTICIPLES.has(previous))) return true;
  }
  return false;
}

/**
 * Whether kept tokens `from`..`from + length` hold a question word ("who", "which", "what" …) right after a verb of
 * telling or showing, kept or set aside as filler ("tell me", "let me know", "show me"): a question reported, not
 * asked.
 */
function holdsReportedQuestion(side: PreparedSide, from: number, length: number): boolean {
  for (let at = from; at < from + length; at++) {
    const opener = side.tokens[at]!;
    if (opener.kind !== 'word' || !REPORTED_QUESTION_WORDS.has(opener.key.toLowerCase())) continue;
    const rawAt = side.origin[at]!;
    for (let back = rawAt - 1; back >= Math.max(0, rawAt - 3); back--) {
      const token = side.raw[back]!;
      if (token.kind === 'word' && (REPORTING_VERBS.has(token.key.toLowerCase()) || token.key.toLowerCase() === 'show')) return true;
    }
  }
  return false;
}

/** Question words of a reported question about who or which did something ("who called", "which invoices are unpaid"). */
const REPORTED_QUESTION_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'whether']);

/**
 * Whether a moved phrase can time a request still to be carried out ("After lunch", "By Friday", "Tomorrow", "During
 * the call"): a phrase of time, not a condition ("If you know, …"), and none in the past ("In 1969", "Last year").
 */
function timesRequest(moved: readonly Token[]): boolean {
  const first = moved[0];
  if (first?.kind !== 'word' || !REQUEST_TIMES.has(first.key.toLowerCase())) return false;
  return !moved.some((token) => (token.kind === 'number' && /^\d{4}$/u.test(token.text)) || (token.kind === 'word' && PAST_TIMES.has(token.key.toLowerCase())));
}
const REQUEST_TIMES: ReadonlySet<string> = new Set(['after', 'before', 'by', 'until', 'till', 'during', 'at', 'on', 'tomorrow', 'tonight', 'later', 'next', 'this']);
const PAST_TIMES: ReadonlySet<string> = new Set(['yesterday', 'last', 'ago', 'past', 'previous', 'war', 'century', 'decade']);

/**
 * Whether the clause that stays holds a second verb's clause that a phrase at its end would come to belong to:
 * "Before the meeting, confirm that the shipment will arrive" / "Confirm that the shipment will arrive before the
 * meeting" (the confirming or the arriving before the meeting), "check whether the pharmacy is open", "find out if
 * …", "remind me to call the dentist", "tell John the game is cancelled", "make sure the report is submitted". Asked
 * only of a phrase of time or condition (saysWhen): a place, a platform or a tool sets the whole question ("In a
 * React app, how do I check if the user is logged in?"). An adverbial clause stays one question ("In Canada, can I
 * work while I study?").
 */
function holdsEmbeddedClause(stays: readonly Token[]): boolean {
  const word = (at: number) => (stays[at]?.kind === 'word' ? stays[at]!.key.toLowerCase() : undefined);
  for (let at = 1; at < stays.length; at++) {
    const current = word(at);
    if (current === undefined) continue;
    const previous = word(at - 1);
    if (current === 'whether') return true;
    // "confirm that the …", "verify that it …": a complement clause after a verb that takes one (not a relative
    // clause: "cherry blossoms that are in bloom", "a commit that I pushed").
    if (current === 'that' && COMPLEMENT_VERBS.has(previous ?? '')) return true;
    // "check if", "find out if", "let me know if", "ask the landlord if": an indirect question.
    if (current === 'if' && within(word, at, ASKERS)) return true;
    // "remind me to call", "tell the team to deploy": the infinitive is another doer's verb.
    if (current === 'to' && word(at + 1) !== undefined && !FUNCTION_WORDS.has(word(at + 1)!) && within(word, at, DIRECTIVES)) return true;
    // "tell John the game is cancelled", "notify the customer the order is …", "make sure the report is …".
    if (CLAUSE_SUBJECTS.has(current) && (within(word, at, REPORTING_VERBS) || within(word, at, MAKE_SURE)) && (isFinite(word(at + 1)) || isFinite(word(at + 2)))) return true;
    // "tell my boss prices will go up", "explain to my kids Mom is moving": a subject with no determiner before an
    // auxiliary; "tell the customer the discount applies": a subject's verb in the present or past.
    // Only after the verb's person ("tell my boss | prices", "explain to my kids | prices"), with no question word
    // between ("explain what a black hole is" asks about the hole; a review, session 34).
    if (!FUNCTION_WORDS.has(current) && !DETERMINERS_OF_SUBJECT.has(previous ?? '') && (reportsToPerson(word, at) || hasVerb(REPORTING_VERBS, previous)) && isFinite(word(at + 1)) && !isFinite(current)) return true;
    // "telling the staff Mom starts …", "remind my husband it closes early": a pronoun or a name and its verb in the
    // present or past (not a noun: "tell me fun activities", "explain the top attractions" are no clauses).
    if ((SUBJECT_PRONOUNS_OF_CLAUSE.has(current) || isName(stays[at]!)) && !DETERMINERS_OF_SUBJECT.has(previous ?? '') && reportsToPerson(word, at) && isPlainVerb(word(at + 1))) return true;
    // "what did the CEO say would happen", "who did the board announce will replace …": a clause whose subject is the
    // question's word, its modal right after the verb of saying (a red team on dates, session 42: "In 2019, what did
    // the CEO say would happen?" / "… would happen in 2019?").
    if (GAP_MODALS.has(current) && (hasVerb(REPORTING_VERBS, previous) || hasVerb(COMPLEMENT_VERBS, previous) || hasVerb(PREDICTING_VERBS, previous))) return true;
    // A verb of opinion too where someone held it then ("what did the landlord believe would launch"); not the asker's
    // now ("What do you think will happen in 2030?" asks one thing either way).
    if (GAP_MODALS.has(current) && hasVerb(OPINION_VERBS, previous) && within(word, at - 1, PAST_AUXILIARY)) return true;
    // "which analyst claimed the stock would double": a clause after a verb of claiming or predicting.
    if (CLAUSE_SUBJECTS.has(current) && within(word, at, PREDICTING_VERBS) && (isFinite(word(at + 1)) || isFinite(word(at + 2)))) return true;
  }
  return false;
}
const OPINION_VERBS: ReadonlySet<string> = new Set(['believe', 'think', 'deny', 'imply', 'suggest', 'confirm', 'fear', 'hope', 'guess', 'assume', 'expect', 'worry', 'suspect', 'decide', 'agree']);
const PAST_AUXILIARY: ReadonlySet<string> = new Set(['did']);
/** Modals that open a clause whose subject is a question's word. */
const GAP_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'might', 'may', 'should', 'must', 'was', 'were', 'is', 'are', 'had', 'has']);
/** Verbs of claiming and predicting whose clause is what they claim. */
const PREDICTING_VERBS: ReadonlySet<string> = new Set(['claim', 'predict', 'hint', 'tweet', 'forecast', 'estimate', 'expect', 'project', 'pledge', 'vow', 'swear', 'swore', 'allege', 'argue', 'insist', 'announce', 'declare', 'reveal', 'said', 'told']);
/** Verbs whose object is a clause with "that": "confirm that", "make sure that", "mention that". */
const COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  'confirm', 'verify', 'check', 'ensure', 'sure', 'certain', 'mention', 'note', 'state', 'say', 'tell', 'know', 'prove', 'show', 'insist',
  'agree', 'announce', 'explain', 'remind', 'warn', 'inform', 'notify', 'promise', 'guarantee', 'assume', 'suppose', 'clarify', 'indicate',
  'add', 'write', 'email', 'text', 'report', 'claim', 'admit', 'request', 'demand', 'recommend', 'suggest', 'specify', 'stipulate',
]);
const ASKERS: ReadonlySet<string> = new Set([
  'check', 'checking', 'see', 'know', 'ask', 'asking', 'wonder', 'wondering', 'verify', 'confirm', 'determine', 'out', 'decide', 'learn',
  'remember', 'forget', 'tell', 'test', 'investigate', 'sure', 'unsure', 'up', 'clarify', 'explain', 'show',
]);
const DIRECTIVES: ReadonlySet<string> = new Set([
  'tell', 'ask', 'remind', 'instruct', 'order', 'advise', 'warn', 'allow', 'invite', 'encourage', 'urge', 'force', 'require', 'expect', 'request',
  'persuade', 'convince', 'teach', 'beg', 'get', 'told', 'asked', 'reminded', 'email', 'text', 'message', 'notify',
]);
/** Words that open a reported clause's subject: "that the shipment", "John the game is". */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'i', 'you', 'he', 'she', 'it', 'we', 'they', 'there']);
/** How many words before "if", "to" or a reported subject its verb may stand ("ask the new landlord if"). */
const VERB_REACH = 4;

/** Whether one of `verbs`, in any of its forms, stands within VERB_REACH words before `at`. */
function within(word: (at: number) => string | undefined, at: number, verbs: ReadonlySet<string>): boolean {
  for (let back = at - 1; back >= Math.max(0, at - VERB_REACH); back--) if (hasVerb(verbs, word(back))) return true;
  return false;
}

/**
 * Whether `word` is one of `verbs` or a form of one: "explaining", "reminded", "announces", "promising" (a red team
 * on time phrases, session 34: the lists held base forms, so "write an email explaining the office will be closed"
 * was no reported clause).
 */
function hasVerb(verbs: ReadonlySet<string>, word: string | undefined): boolean {
  if (word === undefined) return false;
  if (verbs.has(word)) return true;
  for (const [suffix, endings] of VERB_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 2) continue;
    const stem = word.slice(0, -suffix.length);
    if (endings.some((ending) => verbs.has(stem + ending))) return true;
    // A doubled consonant: "permitting", "submitted".
    if (stem.length > 3 && stem.at(-1) === stem.at(-2) && verbs.has(stem.slice(0, -1))) return true;
  }
  return false;
}
// Not "-s": "emails", "texts", "notes", "updates" are mostly nouns ("how do I recover emails I deleted in Gmail?"; a review, session 34).
const VERB_SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
];
/** "make sure the report is submitted": "sure" reports like a verb. */
const MAKE_SURE: ReadonlySet<string> = new Set(['sure']);

/**
 * Whether a reporting verb stands within VERB_REACH words before `at` with a word or more between (its person: "tell
 * the customer", "explain to my kids") and no question word there.
 */
function reportsToPerson(word: (at: number) => string | undefined, at: number): boolean {
  for (let back = at - 2; back >= Math.max(0, at - VERB_REACH - 1); back--) {
    const current = word(back);
    if (current === undefined || QUESTION_WORDS_BETWEEN.has(current)) return false;
    if (hasVerb(REPORTING_VERBS, current)) return !QUESTION_WORDS_BETWEEN.has(word(back + 1) ?? '');
  }
  return false;
}
/** A capitalised word inside a sentence: "Mom", "John". */
function isName(token: Token): boolean {
  return token.kind === 'word' && !token.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(token.text);
}
const SUBJECT_PRONOUNS_OF_CLAUSE: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'someone', 'everyone', 'nobody']);
const QUESTION_WORDS_BETWEEN: ReadonlySet<string> = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose', 'whether', 'if']);
const DETERMINERS_OF_SUBJECT: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'our', 'their', 'its', 'some', 'any', 'many', 'few',
  'several', 'all', 'no', 'each', 'every', 'both', 'more', 'most',
]);

/** A verb in the present's third person or the past after a subject's noun ("the discount applies", "the store opened"). */
function isPlainVerb(word: string | undefined): boolean {
  return word !== undefined && word.length > 3 && !FUNCTION_WORDS.has(word) && (/[^s]s$/u.test(word) || /ed$/u.test(word));
}

/** A finite verb of a reported clause ("the game is", "the order was", "it will"). */
function isFinite(word: string | undefined): boolean {
  return word !== undefined && (AUXILIARIES.has(word) || BE_GET_HAVE.has(word));
}

/** Whether the phrase names a tool, a platform or a language after its preposition: "In JavaScript", "on windows". */
function namesTool(phrase: readonly Token[]): boolean {
  const words = phrase.slice(1).filter((token) => token.kind !== 'punct');
  return words.length > 0 && words.every((token) => token.kind === 'code' || (token.kind === 'word' && (/^\p{Lu}/u.test(token.text) || TOOLS.has(token.key.toLowerCase()) || LANGUAGES.has(token.key.toLowerCase()))));
}
/** Words that make a moved phrase a time: "On Friday", "In July", "At Christmas", "in the morning". */
const TIME_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays',
  'saturdays', 'sundays', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'christmas', 'easter', 'thanksgiving', 'halloween', 'ramadan', 'hanukkah', 'diwali', 'eid', 'day', 'eve', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'morning', 'afternoon', 'evening', 'night', 'tonight', 'today', 'tomorrow',
  'yesterday', 'noon', 'midnight', 'weekend', 'weekends', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute',
  'minutes', 'days', 'am', 'pm', 'summer', 'winter', 'spring', 'autumn', 'fall',
]);
/**
 * More times a phrase can name, for saysWhen only (not dates: "On holiday" is also a person's state, movesOntoOther):
 * plural parts of the day, quarters, events of a calendar (a red team, session 34: "In Q3, tell my boss prices will
 * go up" / "Tell my boss prices will go up in Q3").
 */
const MORE_TIMES: ReadonlySet<string> = new Set([
  'mornings', 'afternoons', 'evenings', 'nights', 'weekday', 'weekdays', 'q1', 'q2', 'q3', 'q4', 'payday', 'launch', 'deadline', 'sunrise',
  'sunset', 'birthday', 'holiday', 'holidays', 'semester', 'quarter', 'anniversary', 'graduation', 'lunch', 'dinner', 'breakfast',
  'lunchtime', 'bedtime', 'overnight', 'season', 'term',
]);
/** A first word of a bound or a scope ("Every morning", "Twice a week"), or its preposition and second word ("At least", "For every", "In all"). */
const BOUND_FIRST: ReadonlySet<string> = new Set(['every', 'each', 'twice', 'once', 'daily', 'weekly', 'monthly', 'always', 'never', 'only']);
const BOUND_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'for', 'in', 'on', 'with', 'to', 'under', 'over']);
const BOUND_SECOND: ReadonlySet<string> = new Set(['least', 'most', 'every', 'each', 'all', 'both', 'any', 'no', 'half', 'under', 'over', 'less', 'more', 'once', 'twice', 'full']);
/** What opens a phrase of time or a condition: the phrases whose attachment holdsEmbeddedClause asks about. */
const TIME_OPENERS: ReadonlySet<string> = new Set(['before', 'after', 'by', 'until', 'till', 'within', 'during', 'since', 'when', 'whenever', 'once', 'if', 'unless']);

/** Whether a moved phrase says when (or on what condition): "Before the meeting", "On Friday", "At 9am", "If it rains". */
function saysWhen(phrase: readonly Token[]): boolean {
  const first = phrase[0];
  if (first?.kind === 'word' && TIME_OPENERS.has(first.key.toLowerCase())) return true;
  // A bound or a scope that a clause's verb can take as well as the request's: "At least twice", "For every order",
  // "In all stores", "At half price", "For under $50", "Every morning" (a red team, session 34).
  const second = phrase[1];
  if (first?.kind === 'word' && (BOUND_FIRST.has(first.key.toLowerCase()) || (BOUND_PREPOSITIONS.has(first.key.toLowerCase()) && second?.kind === 'word' && BOUND_SECOND.has(second.key.toLowerCase())))) return true;
  if (phrase.some((token) => (token.kind === 'word' || token.kind === 'number') && namesTime(token.key.toLowerCase()))) return true;
  // A number after a preposition or article is a time ("In 2025", "At 9am", "Within 2 days"); after a name it is a
  // version ("In Python 3", "In pandas 2.0"), and glued to letters it is a name ("In Python3", "ES6", "Win10").
  return phrase.some((token, index) => token.kind === 'number' && !/^\p{L}/u.test(token.text) && phrase[index - 1]?.kind === 'word' && FUNCTION_WORDS.has(phrase[index - 1]!.key.toLowerCase()));
}
const TOOLS: ReadonlySet<string> = new Set([
  'python', 'javascript', 'typescript', 'java', 'excel', 'git', 'github', 'windows', 'linux', 'mac', 'macos', 'ubuntu', 'android', 'ios',
  'bash', 'powershell', 'sql', 'postgres', 'mysql', 'react', 'node', 'docker', 'chrome', 'firefox', 'vscode', 'vim', 'word', 'sheets',
]);
const PARTICIPLES: ReadonlySet<string> = new Set(['written', 'made', 'taken', 'given', 'built', 'sent', 'done', 'seen', 'known', 'shown', 'drawn', 'chosen', 'driven', 'eaten', 'broken', 'spoken', 'stolen', 'sold', 'bought', 'caught', 'taught', 'held', 'kept', 'left', 'paid', 'found', 'told', 'read', 'run', 'owned', 'signed']);
/** "do you think I should …": the clause after them is what is asked, not one inside a noun phrase. */
const THINKING: ReadonlySet<string> = new Set(['think', 'believe', 'guess', 'suppose', 'feel', 'reckon', 'hope', 'mean', 'wish', 'bet', 'sure', 'say', 'said', 'wonder']);
/**
 * Relative pronouns, which open a clause inside a noun phrase: "the house that we bought", "the man who called".
 * Not if/when/while: "In Canada, can I work while I study?" moved is one question ("… while I study in Canada?").
 */
const INNER_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Verbs that report a clause: "tell my boss I'm quitting", "let them know that …", "explain to my kids we are moving". */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'tell', 'telling', 'told', 'know', 'say', 'saying', 'explain', 'inform', 'warn', 'convince', 'admit', 'announce', 'ask', 'promise', 'reassure',
  'confess', 'remind', 'notify', 'email', 'text', 'message', 'write', 'assure', 'mention', 'note', 'state', 'confirm', 'instruct', 'advise',
  'update', 'alert', 'said',
]);
/** What opens a reported clause: a subject pronoun or "that". */
const REPORTED_OPENERS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'that']);
/** How many words after the verb the reported clause may open ("tell my younger brother that"). */
const REPORTED_REACH = 6;

/** At most one separating comma, no other clause punctuation and no sequencing or contrast word. */
export function isTwoClauses(side: PreparedSide, opener: string): boolean {
  const separators = side.punctuation.slice(0, -1).filter((mark) => !/^['"“”‘’]$/u.test(mark));
  if (separators.length > 1 || separators.some((mark) => mark !== ',')) return false;
  const scopes = side.tokens.filter((token) => token.kind === 'word' && SCOPE_WORDS.has(token.text.toLowerCase())).map((token) => token.text.toLowerCase());
  return scopes.length === 0 || (scopes.length === 1 && scopes[0] === opener);
}

/**
 * Whether a phrase of time moved to the end lands inside a clause the question holds after its
 * main verb, which it then modifies: a condition ("After 24 hours, how much alcohol is in my blood if I drink 5
 * beers?" asks about the time after drinking, "… if I drink 5 beers after 24 hours?" about drinking then), what
 * someone said, thought or planned ("In 2022, what did Musk say Tesla would deliver?" / "… would deliver in
 * 2022?"), or an infinitive further back than movesIntoPurpose looks ("In 2 years, how much should I save to buy
 * a $30,000 car?"). A phrase that is the condition itself moves freely ("If I'm 30, how much …" / "… if I'm
 * 30?"), and so does a tool or a topic ("In Excel, how do I sum a column if it has blanks?").
 */
export function movesIntoSubordinateClause(move: { opener: string; moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  if (SUBORDINATE_OPENERS.has(move.opener)) return false;
  // A time: a word of time, a year, an age ("At 60"); not a place ("In Canada, can I work while I study?" is one
  // question) nor a version ("In Python 3, …").
  const time = (token: Token) => (token.kind === 'number' && /^\d{4}$/u.test(token.text)) || (token.kind === 'word' && TIME_WORDS.has(token.key.toLowerCase()));
  const timed = move.moved.some(time) || (move.opener === 'at' && move.moved.some((token) => token.kind === 'number'));
  // A count of whom or what the question is for ("For 3 kids, how much do I spend if lunch costs $5?"): moved into
  // the clause it prices a total, not a share (a red team on quantities, session 36: 275 such moves served).
  const counted = move.opener === 'for' && move.moved.some((token) => token.kind === 'number' || (token.kind === 'word' && NUMBER_WORDS.has(token.key.toLowerCase())));
  // A place or an event ("At the wedding", "In the car") lands on what someone said, planned or offered to do there:
  // "At the wedding, did Omar say Bob would propose?" / "Did Omar say Bob would propose at the wedding?", "At the
  // station, did Bob promise to meet Alice?" (a red team on word order, session 45: 58 such moves served).
  const words = move.moved.filter((token) => token.kind === 'word').map((token) => token.key.toLowerCase());
  const named = move.moved[1]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(move.moved[1].text) && move.moved.length === 2;
  const place = EVENT_OPENERS.has(move.opener) && (PLACE_DETERMINERS.has(words[1] ?? '') || named);
  const timePreposition = TIME_PREPOSITIONS.has(move.opener);
  if (!timePreposition && !timed && !counted && !place) return false;
  const onlyPlace = place && !timePreposition && !timed && !counted;
  // A span or an age, which an infinitive's action can take ("In 2 years, how much should I save to buy a car?");
  // a year only dates the question ("In 2024, what is the best way to invest $10k?").
  const spanOrAge = move.moved.some((token) => token.kind === 'word' && TIME_SPANS.has(token.key.toLowerCase())) || (move.opener === 'at' && move.moved.some((token) => token.kind === 'number'));
  return sides.some((side) => {
    const { tokens } = side;
    const at = endOfSide(tokens, move.moved);
    if (at === undefined) return false;
    const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : undefined);
    // The asker's own plan or offer ("In Paris, what should I plan to see?", "At the interview, should I offer to shake
    // hands?", "is it rude to refuse to dance"): a place or a time is the act's either way (a review, session 45).
    const asksOwnAct = (to: number) => [2, 3, 4, 5].some((back) => ASKER_SUBJECTS.has(word(to - back) ?? ''));
    for (let index = at - 1; index >= Math.max(1, at - SUBORDINATE_REACH); index--) {
      if (side.breaks[index + 1] === 1) return false; // a sentence or clause mark between: another clause
      const lower = word(index);
      if (lower === undefined) continue;
      if (!onlyPlace && (SUBORDINATE_OPENERS.has(lower) || (counted && lower === 'since'))) return true;
      // "say Tesla would", "signal it would", "predict the rate will": a verb of saying or thinking before a clause
      // (for a place, someone's, not a request's "tell the program to stop": "was Bob told the store would close").
      const request = onlyPlace && TELLING.has(lower) && [1, 2, 3, 4].some((ahead) => word(index + ahead) === 'to');
      if (SAYING_VERBS.has(lower) && !request && !(onlyPlace && asksOwnAct(index + 1)) && index + 1 < at && (CLAUSE_SUBJECTS_AFTER_VERB.has(word(index + 1) ?? '') || (MODALS_AFTER_SAYING.has(word(index + 1) ?? '') && !ASKED_OPINION.has(word(index - 1) ?? '')) || /^\p{Lu}/u.test(tokens[index + 1]!.text))) return true;
      // "offer to drive Bob home", "threaten to sue", "schedule Dev to present": an act someone offers, plans or
      // refuses, which the phrase then places or times.
      if (lower === 'to' && index + 1 < at && lexicon.canBeVerb(word(index + 1) ?? '') && !NOT_AFTER_INFINITIVE_TO.has(word(index + 1) ?? '') && (INTENT_VERBS.has(word(index - 1) ?? '') || (INTENT_VERBS.has(word(index - 2) ?? '') && !QUESTION_WORDS_BEFORE_TO.has(word(index - 1) ?? ''))) && !asksOwnAct(index)) return true;
      if (onlyPlace) continue;
      // "to buy a $30,000 car": an infinitive, not a preposition ("to a Roth IRA"), and only for a span or an age
      // ("After a workout, how long should I wait to eat?" is one question).
      if (lower === 'to' && spanOrAge && index + 1 < at && lexicon.canBeVerb(word(index + 1) ?? '') && !NOT_AFTER_INFINITIVE_TO.has(word(index + 1) ?? '')) return true;
    }
    return false;
  });
}
/** Openers of a place or an event phrase, and the words after them that make one ("at the", "in my", "on our"). */
const EVENT_OPENERS: ReadonlySet<string> = new Set(['at', 'in', 'on']);
const PLACE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'your']);
const TELLING: ReadonlySet<string> = new Set(['tell', 'tells', 'told']);
/** Subjects of an act the asker plans or offers themselves ("should I offer to", "is it rude to refuse to"). */
const ASKER_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'it']);
/** The asker's or the answerer's own view ("what do you think will happen in 2030"): the time is the event's either way. */
const ASKED_OPINION: ReadonlySet<string> = new Set(['you', 'i', 'we']);
/** A modal right after a verb of saying opens the clause whose subject was asked about: "who did Bob say would propose". */
const MODALS_AFTER_SAYING: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'should', 'might', 'may', 'was', 'were', 'is', 'are', 'had', 'has']);
/** Verbs of intending, offering or refusing an act: "offer to drive", "promise to meet", "schedule Dev to present". */
const INTENT_VERBS: ReadonlySet<string> = new Set(
  ['offer', 'refuse', 'volunteer', 'promise', 'plan', 'agree', 'decide', 'threaten', 'pretend', 'intend', 'arrange', 'schedule', 'vow', 'pledge', 'swear', 'choose', 'hope', 'expect']
    .flatMap((verb) => [verb, verb + 's', verb.endsWith('e') ? verb + 'd' : verb + 'ed'])
    .concat(['planned', 'chose', 'chosen', 'swore', 'sworn']),
);
const TIME_SPANS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'year', 'month', 'week', 'day', 'decade']);
/** Words that open a clause inside a question ("… if I drink 5 beers", "… when I retire"). */
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['if', 'when', 'whenever', 'unless', 'once', 'because', 'whether']);
/** Prepositions that make a phrase a time ("Before the election", "After surgery", "By Friday"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['before', 'after', 'by', 'until', 'till', 'during', 'since', 'within']);
/** Verbs of saying, thinking or planning that a clause follows ("what did Musk say Tesla would deliver"). */
const SAYING_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'think', 'thinks', 'thought', 'predict', 'predicts', 'predicted', 'expect', 'expects', 'expected', 'signal', 'signals',
  'signaled', 'signalled', 'promise', 'promises', 'promised', 'plan', 'plans', 'planned', 'agree', 'agrees', 'agreed', 'announce', 'announces',
  'announced', 'claim', 'claims', 'claimed', 'estimate', 'estimates', 'estimated', 'believe', 'believes', 'believed', 'forecast', 'forecasts',
  'project', 'projects', 'projected', 'hope', 'hopes', 'hoped', 'decide', 'decides', 'decided', 'tell', 'tells', 'told', 'report', 'reports', 'reported',
]);
/** Words that open the clause after a verb of saying ("said it would", "think inflation will", "expect the Fed to"). */
const CLAUSE_SUBJECTS_AFTER_VERB: ReadonlySet<string> = new Set(['the', 'a', 'an', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'that', 'this', 'inflation', 'prices', 'rates', 'there', 'to']);
/** Words after "to" that are no infinitive's verb though a dictionary lists them as verbs. */
const NOT_AFTER_INFINITIVE_TO: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'me', 'us', 'them', 'him', 'it']);
/** How far back from a phrase moved to the end the clause it joins may open. */
const SUBORDINATE_REACH = 10;

/**
 * Whether "for" and a person, moved to the end, lands on a verb inside the question, so that who the action is
 * for changes ("Is it legal to buy alcohol for a minor?" is buying it for a minor, "For a minor, is it legal to
 * buy alcohol?" a minor buying it; "Can I be fired for refusing to lie for my boss?"; "What happens if I buy
 * alcohol for a minor?"). The verb is a gerund after a verb's preposition ("fired for refusing to lie", "fined for
 * buying"; not "a laptop for gaming"), a condition's verb ("if I buy …"), or the infinitive of "is it legal/ethical/
 * rude … to V", whose doer the fronted phrase names. Else "for" and a person belong to the main clause either way
 * ("Can I buy a house for my parents?", "What's a good gift to get for my dad?", "Is it safe to eat sushi for a
 * pregnant woman?"). The person is a noun of one ("a minor", "my boss") or "someone"; not "my birthday".
 */
export function movesOntoNestedVerb(move: { opener: string; moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  if (move.opener !== 'for') return false;
  const person = (token: Token, index: number) => {
    const lower = token.key.toLowerCase();
    // "a 16 year old", "16 year olds": an age is a person.
    if (AGED.has(lower) && move.moved[index - 1]?.key.toLowerCase().startsWith('year')) return true;
    return token.kind === 'word' && (SOMEONE.has(lower) || lexicon.namesPerson(lower));
  };
  if (!move.moved.some((token, index) => index > 0 && person(token, index))) return false;
  return sides.some((side) => {
    const { tokens } = side;
    const at = endOfSide(tokens, move.moved);
    if (at === undefined) return false;
    const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : undefined);
    let infinitive = false;
    for (let index = at - 1; index >= Math.max(1, at - SUBORDINATE_REACH); index--) {
      if (side.breaks[index + 1] === 1) return false; // a sentence or clause mark between: another clause
      const lower = word(index);
      if (lower === undefined) continue;
      if (lower.endsWith('ing') && GERUND_PREPOSITIONS.has(word(index - 1) ?? '') && lexicon.canBeVerb(lower) && lexicon.canBeVerb(word(index - 2) ?? '')) return true;
      if ((lower === 'if' || lower === 'when') && CONDITION_SUBJECTS.has(word(index + 1) ?? '')) return true;
      if (lower === 'to' && !infinitive && lexicon.canBeVerb(word(index + 1) ?? '') && !NOT_AFTER_INFINITIVE_TO.has(word(index + 1) ?? '')) {
        infinitive = true;
        // "is it legal to buy …", "isn't it wrong to …": "it" after a form of "be" before, a word of permission
        // between, no "for X" yet.
        for (let back = index - 1; back >= Math.max(1, index - 6); back--) {
          if (word(back) === 'for') break;
          const be = word(back - 1) === 'not' ? word(back - 2) : word(back - 1);
          if (word(back) === 'it' && IT_BE.has(be ?? '')) {
            if (tokens.slice(back + 1, index).some((token) => PERMISSION_WORDS.has(token.key.toLowerCase()))) return true;
            break;
          }
        }
      }
    }
    return false;
  });
}
const AGED: ReadonlySet<string> = new Set(['old', 'olds']);
// With the person nouns WordNet spells otherwise ("co-worker").
const SOMEONE: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody', 'coworker', 'coworkers']);
const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'about', 'against', 'from', 'by', 'without', 'with', 'after', 'before', 'while']);
const CONDITION_SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'someone', 'somebody']);
const IT_BE: ReadonlySet<string> = new Set(['is', 'was', 'be', 'would', 'will']);
/**
 * Words that make "is it … to V" a question of what one may do, whose doer a fronted "for X" names; not "hard",
 * "normal" or "safe", where "for an adult" at the end names the doer too ("Is it hard to learn piano for an adult?").
 */
const PERMISSION_WORDS: ReadonlySet<string> = new Set([
  'legal', 'illegal', 'lawful', 'unlawful', 'ethical', 'unethical', 'moral', 'immoral', 'wrong', 'rude', 'crime', 'felony', 'allowed',
  'fair', 'unfair', 'fraud', 'cheating', 'plagiarism',
]);

/**
 * Whether a state a person is in ("on drugs", "in pain", "in prison", "in foster care"), moved to the end, lands
 * right after a person or an animal that it then describes: "How do I help a friend on drugs?" asks about the
 * friend, "On drugs, how do I help a friend?" about the asker. Only such states, without an article: a manner, a
 * time or a place describes the action as often ("meet a friend in person", "pay a nanny in cash", "call my mom on
 * weekends", "thank a coworker in an email").
 */
export function movesOffPerson(move: { opener: string; moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  if (!STATE_OPENERS.has(move.opener)) return false;
  const state = PERSON_STATES.has(move.moved[1]?.key.toLowerCase() ?? '');
  // A school lands on someone of the asker's ("my brother in college"), not on anyone ("make friends in college").
  const school = !state && namesSchooling(move.moved);
  if (!state && !school) return false;
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    return at !== undefined && at >= 2 && endsOnPersonOrAnimal(tokens, at, lexicon) && (!school || [2, 3].some((back) => POSSESSIVES.has(tokens[at - back]?.key.toLowerCase() ?? '')));
  });
}
const STATE_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'from', 'at']);
/**
 * A school or a training that a person is in, without an article: "In college, how do I deal with my brother?" is the
 * asker's time there, "How do I deal with my brother in college?" the brother's (a red team on word order, session 44:
 * 2,377 such pairs served). "in college", "at uni", "in high school", "in law school", "at boot camp", "in basic training".
 */
function namesSchooling(moved: readonly Token[]): boolean {
  const [second, third] = [moved[1]?.key.toLowerCase() ?? '', moved[2]?.key.toLowerCase() ?? ''];
  if (moved.length === 2) return SCHOOLING.has(second);
  return moved.length === 3 && SCHOOL_KINDS.has(second) && SCHOOLS.has(third);
}
const SCHOOLING: ReadonlySet<string> = new Set(['college', 'school', 'university', 'uni', 'kindergarten', 'preschool', 'daycare', 'residency', 'seminary', 'grad']);
const SCHOOL_KINDS: ReadonlySet<string> = new Set(['high', 'middle', 'elementary', 'primary', 'secondary', 'grad', 'graduate', 'law', 'med', 'medical', 'nursing', 'boarding', 'art', 'business', 'dental', 'vet', 'summer', 'boot', 'basic', 'flight', 'police', 'film', 'trade', 'culinary']);
const SCHOOLS: ReadonlySet<string> = new Set(['school', 'college', 'camp', 'training', 'academy']);
/** States a person or an animal is in, after "in"/"on"/"from" without an article. */
const PERSON_STATES: ReadonlySet<string> = new Set([
  'drugs', 'pain', 'trouble', 'need', 'debt', 'labor', 'labour', 'prison', 'jail', 'rehab', 'mourning', 'grief', 'foster', 'hospice',
  'chemo', 'chemotherapy', 'treatment', 'recovery', 'crisis', 'distress', 'danger', 'shock', 'denial', 'therapy', 'custody', 'detention',
  'withdrawal', 'remission', 'heat', 'abroad', 'overseas', 'welfare', 'probation', 'parole', 'medication', 'antidepressants', 'dialysis',
]);

/**
 * Whether a phrase or a clause without a subject, moved to the end, lands right after a person or an animal it then
 * describes instead of the asker (DESIGN.md §1, "verify"): "When nervous, how do I calm my dog?" / "How do I calm my
 * dog when nervous?", "After being fired, how do I talk to my employee?", "On vacation, how do I contact my
 * manager?", "In a wheelchair, …", "At 65, can my wife collect my Social Security?". A time by its name moves freely
 * ("On Monday, how do I call my boss?", "After lunch, can my boss call me?"), as does a tool ("In Excel, how do I
 * share a sheet with my team?"), and a clause with its own subject ("When I'm tired, how do I help my kids?").
 */
export function movesOntoOther(move: { opener: string; moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  const second = move.moved[1];
  if (second === undefined || namesDate(move.moved)) return false;
  const lowerSecond = second.key.toLowerCase();
  // An age ("At 65", "At age 65", "At sixty"): whose age it is.
  const ageAt = lowerSecond === 'age' ? 2 : 1;
  const ageToken = move.moved[ageAt];
  const age = move.opener === 'at' && move.moved.length === ageAt + 1 && ageToken !== undefined && ((ageToken.kind === 'number' && /^\d{1,3}$/u.test(ageToken.text)) || VAGUE_COUNTS.has(ageToken.key.toLowerCase()));
  // A state a person is in, named ("on vacation", "on maternity leave", "in a wheelchair", "in ICU", "while on
  // deployment"); not a place or a time the action is in as often ("at home", "in the car", "at work", "before bed").
  const state = move.moved.some((token) => token.kind === 'word' && (PERSON_STATE_NAMES.has(token.key.toLowerCase()) || PERSON_STATES.has(token.key.toLowerCase()))) && (STATE_PREPOSITIONS.has(move.opener) || STATE_PREPOSITIONS.has(lowerSecond));
  // Under a drug, a drink or an injury, or doing what impairs ("On Percocet,", "After a few drinks,", "While driving,"),
  // said without whose: fronted it is often the asker's, at the end it is the clause's subject's ("Is it safe for my
  // boyfriend to watch the baby (on Percocet)?"; a red team on advice, session 40: 234 of 316 served). Not where the
  // phrase says whose ("Since I'm on Xanax, …"). Only drugs and acts of a list: an unknown name after "on" is as often a
  // tool ("On Venmo, can my son …").
  const unowned = IMPAIRING_OPENERS.has(move.opener) && !move.moved.some((token) => token.kind === 'word' && (SUBJECTS.has(token.key.toLowerCase()) || OWNERS.has(token.key.toLowerCase())));
  const impaired = unowned && move.moved.some((token, index) => token.kind === 'word' && index > 0 && IMPAIRMENTS.has(token.key.toLowerCase()));
  if (!state && !impaired && namesTool(move.moved)) return false;
  // A clause without a subject that says how someone feels or what befell them ("when nervous", "while unemployed",
  // "after being fired", "once retired"); not an activity ("when traveling") nor a fixed phrase ("if needed").
  const condition =
    SUBJECTLESS_OPENERS.has(move.opener) &&
    second.kind === 'word' &&
    !SUBJECTS.has(lowerSecond) &&
    !DETERMINERS.has(lowerSecond) &&
    !FIXED_CONDITIONS.has(lowerSecond) &&
    !STATE_PREPOSITIONS.has(lowerSecond) &&
    (lowerSecond === 'being' || STATE_PARTICIPLES.has(lowerSecond) || (!lowerSecond.endsWith('ing') && (WHEN_OPENERS.has(move.opener) || /ed$/u.test(lowerSecond))));
  if (!age && !state && !condition && !impaired) return false;
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    if (at === undefined || at < 2) return false;
    if (endsOnPersonOrAnimal(tokens, at, lexicon)) return true;
    // Or it may come to describe the clause's other doer: "Should my child go to school when sick?", "Can my wife
    // collect my Social Security at 65?", "Is it safe for my boyfriend to watch the baby on Percocet?".
    return otherSubject(tokens, at, lexicon) || (impaired && forSomeoneTo(tokens, at, lexicon));
  });
}
/** States a person is in, named after "on"/"in"/"at" (with an article or not). */
const PERSON_STATE_NAMES: ReadonlySet<string> = new Set([
  'vacation', 'holiday', 'leave', 'deployment', 'maternity', 'paternity', 'wheelchair', 'panic', 'quarantine', 'army', 'navy', 'military',
  'icu', 'coma', 'crutches', 'furlough', 'sabbatical', 'strike', 'bedrest', 'isolation', 'lockdown', 'parole', 'probation', 'chemo', 'bail', 'oxygen', 'antibiotics', 'steroids', 'diet'
]);
/** Participles of a state someone is in, not an activity the asker does ("when crying", "while bleeding"; not "when traveling"). */
const STATE_PARTICIPLES: ReadonlySet<string> = new Set([
  'crying', 'shaking', 'bleeding', 'sobbing', 'panicking', 'vomiting', 'sleeping', 'teething', 'grieving', 'choking', 'struggling', 'suffering',
  'dying', 'hurting', 'limping', 'coughing', 'sneezing', 'itching', 'screaming', 'whining', 'barking', 'hiding', 'fighting', 'drinking',
  'hallucinating', 'seizing', 'fainting', 'overheating', 'freezing', 'shivering', 'trembling',
]);
const WHEN_OPENERS: ReadonlySet<string> = new Set(['when', 'whenever', 'while', 'if', 'once', 'unless', 'though', 'although']);
const FIXED_CONDITIONS: ReadonlySet<string> = new Set(['necessary', 'needed', 'possible', 'required', 'appropriate', 'applicable', 'ready', 'done', 'finished', 'complete', 'so', 'not', 'any', 'ever', 'unsure', 'available']);

/**
 * Whether the clause before `at` has a subject other than the asker: an auxiliary and then a person or an animal
 * ("can my boss", "should my child", "can hackers", "does she").
 */
function otherSubject(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : '');
  for (let index = 0; index < Math.min(at, SUBJECT_REACH); index++) {
    if (!AUXILIARIES.has(word(index))) continue;
    let subject = index + 1;
    if (DETERMINERS.has(word(subject))) subject++;
    return namesOtherDoer(word(subject), lexicon);
  }
  return false;
}
/** Whether the clause before `at` asks about another person's act: "… for my boyfriend to watch …", "for the nanny to". */
function forSomeoneTo(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : '');
  for (let index = 0; index + 2 < at && index < SUBJECT_REACH + 4; index++) {
    if (word(index) !== 'for') continue;
    let subject = index + 1;
    if (DETERMINERS.has(word(subject)) || OWNERS.has(word(subject))) subject++;
    return word(subject + 1) === 'to' && namesOtherDoer(word(subject), lexicon);
  }
  return false;
}
/** How far into the clause its auxiliary may stand ("How often should my child …"). */
const SUBJECT_REACH = 5;

/** A person or an animal other than the asker or the assistant ("my child", "hackers", "she"). */
function namesOtherDoer(lower: string, lexicon: Lexicon): boolean {
  return OTHER_DOERS.has(lower) || ((lexicon.namesPerson(lower) || firstSenseIn(lower, lexicon, [ANIMAL])) && !FUNCTION_WORDS.has(lower));
}
const IMPAIRING_OPENERS: ReadonlySet<string> = new Set(['on', 'after', 'while', 'during', 'under']);
const OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'its', 'mine']);
/** Drugs, drinks, injuries and acts that impair someone, named after "on", "after", "while", "during" or "under". */
const IMPAIRMENTS: ReadonlySet<string> = new Set([
  'drink', 'drinks', 'beer', 'beers', 'wine', 'alcohol', 'shot', 'shots', 'weed', 'marijuana', 'edible', 'edibles', 'pill', 'pills', 'painkiller',
  'painkillers', 'opioid', 'opioids', 'sedative', 'sedatives', 'anesthesia', 'anaesthesia', 'ambien', 'xanax', 'valium', 'percocet', 'oxycodone',
  'methadone', 'vicodin', 'adderall', 'gabapentin', 'accutane', 'benadryl', 'nyquil', 'melatonin', 'tramadol', 'hydrocodone', 'morphine',
  'codeine', 'lorazepam', 'klonopin', 'ativan', 'suboxone', 'ketamine', 'concussion', 'seizure', 'stroke', 'surgery', 'anesthetic', 'all-nighter',
  'driving', 'fasting', 'influence', 'sedation', 'insulin', 'warfarin', 'thinners', 'lithium', 'steroids', 'chemo', 'chemotherapy', 'c-section',
]);
/** Openers of a clause that may have no subject of its own ("when nervous", "while sick", "after being fired"). */
const SUBJECTLESS_OPENERS: ReadonlySet<string> = new Set(['when', 'whenever', 'while', 'if', 'once', 'unless', 'though', 'although', 'after', 'before', 'during', 'until', 'since']);
/** Prepositions of a state, a place or an age a person is in ("on vacation", "at work", "in the ICU", "at 65"). */
const STATE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at']);
const SUBJECTS: ReadonlySet<string> = new Set([...CONDITION_SUBJECTS, 'it', 'there', 'everyone', 'nobody']);

/**
 * Whether the words before `at` end with a person or an animal: "a friend", "my dog", people without a determiner
 * ("help friends on drugs"), or an object pronoun ("visit me", "help him").
 */
function endsOnPersonOrAnimal(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : undefined);
  const noun = word(at - 1);
  if (noun === undefined) return false;
  if (PERSONAL_OBJECTS.has(noun) && noun !== 'you') return true;
  if (SOMEONE.has(noun)) return true;
  // A group of people ("my team", "my class", "my family") counts as people.
  if (!lexicon.namesPerson(noun) && !lexicon.namesGroup(noun) && !firstSenseIn(noun, lexicon, [ANIMAL])) return false;
  return noun.endsWith('s') || PERSON_PLURALS.has(noun) || [word(at - 2), word(at - 3)].some((before) => before !== undefined && DETERMINERS.has(before));
}

/** A phrase of time by a date's name: a year, a month, a weekday, a holiday, a meal, an hour ("At 3pm", "After lunch"). */
function namesDate(phrase: readonly Token[]): boolean {
  return phrase.some((token, index) => {
    const lower = token.key.toLowerCase();
    if (token.kind === 'number') return /^\d{4}$/u.test(token.text) || /[:.]|am$|pm$/iu.test(token.text) || ['am', 'pm', "o'clock"].includes(phrase[index + 1]?.key.toLowerCase() ?? '');
    return token.kind === 'word' && (DATE_NAMES.has(lower) || MEALS.has(lower));
  });
}
const DATE_NAMES: ReadonlySet<string> = new Set([...TIME_NAMES].filter((word) => !['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes'].includes(word)));
const MEALS: ReadonlySet<string> = new Set(['breakfast', 'lunch', 'dinner', 'supper', 'brunch']);

/**
 * Whether a participle phrase ("Using public Wi-Fi", "Driving my car"), moved to the end, may come to describe the
 * other doer of the clause: "Using my phone, can my boss track my location?" is the asker's phone; "Can my boss
 * track my location using my phone?" may be the boss using it. Not when the asker is the only doer ("Using Excel,
 * how do I sum a column?").
 */
export function movesOntoOtherDoer(move: { opener: string; moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  if (!move.opener.endsWith('ing') || move.opener === 'during' || namesTool(move.moved)) return false;
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    return at !== undefined && otherSubject(tokens, at, lexicon);
  });
}
const OTHER_DOERS: ReadonlySet<string> = new Set([...SOMEONE, 'he', 'she', 'they', 'hackers', 'people', 'others']);

/**
 * Whether a phrase moved to the end comes to name another thing than the time or the place of the asking: "From my
 * iPhone, how do I delete my Instagram account?" (deleting it with the phone) / "… account from my iPhone?" (off the
 * phone); "After lunch, schedule the meeting" / "Schedule the meeting after lunch" (the meeting's time); "In 2020,
 * what was the forecast for inflation?" / "… for inflation in 2020?" (the period forecast); "On Monday, did you hear
 * the office is closed?" / "… is closed on Monday?"; "For all x, is there a y …" / "Is there a y … for all x?" (one y
 * for every x).
 */
export function movesOntoObject(move: { opener: string; moved: Token[] }, sides: readonly PreparedSide[]): boolean {
  const first = move.moved[1]?.key.toLowerCase() ?? '';
  const when = saysWhen(move.moved);
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    if (at === undefined) return false;
    const stays = tokens.slice(0, at).filter((token) => token.kind === 'word').map((token) => token.key.toLowerCase());
    if (move.opener === 'from' && stays.slice(-SOURCE_REACH - 1).some((word) => REMOVING.has(word)) && stays.some((word) => ACCOUNTS.has(word))) return true;
    if (when) {
      if (stays.some((word) => SCHEDULING.has(word)) && stays.some((word) => EVENTS.has(word))) return true;
      if (stays.some((word) => FORECASTS.has(word))) return true;
      // "hear the office is closed", "announce classes would resume": a finite verb soon after, its clause's.
      if (stays.some((word, index) => KNOWING.has(word) && stays.slice(index + 2, index + 1 + REPORTED_REACH).some(isFinite))) return true;
    }
    return move.opener === 'for' && QUANTIFIERS.has(first) && stays.some((word) => EXISTENTIALS.has(word));
  });
}
/** Units, scales, currencies and time zones a number can be read in or converted to. */
const UNIT_READINGS: ReadonlySet<string> = new Set([
  'time', 'utc', 'gmt', 'cet', 'est', 'pst', 'cst', 'mst', 'ist', 'jst', 'pacific', 'eastern', 'central', 'mountain', 'sizes', 'size',
  'euros', 'euro', 'dollars', 'dollar', 'pounds', 'pound', 'yen', 'rupees', 'pesos', 'francs', 'yuan', 'usd', 'eur', 'gbp', 'knots', 'ounces',
  'ounce', 'grams', 'kilograms', 'kg', 'lbs', 'feet', 'foot', 'meters', 'metres', 'miles', 'km', 'kilometers', 'kilometres', 'inches', 'cm',
  'mph', 'kph', 'liters', 'litres', 'gallons', 'cups', 'years', 'odds', 'unix', 'base64', 'bytes', 'bits', 'calories', 'joules', 'watts',
  'percent', 'metric', 'imperial', 'stone', 'stones', 'hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'aud', 'cad', 'rubles',
  'roubles', 'pints', 'quarts', 'psi', 'bar', 'gb', 'mb', 'tb', 'kb', 'bitcoin', 'btc', 'tablespoons', 'teaspoons', 'tbsp', 'tsp', 'sizing',
  'karats', 'carats', 'mbps', 'gbps', 'ml', 'mg', 'yards', 'acres', 'hectares', 'pascals', 'kelvins', 'hertz', 'ghz', 'mhz',
]);
const REMOVING: ReadonlySet<string> = new Set(['delete', 'deleting', 'remove', 'removing', 'uninstall', 'uninstalling', 'erase', 'unlink', 'disconnect', 'wipe', 'clear', 'logout', 'unpair', 'deactivate']);
/** What is deleted from a device or off it: an account or an app ("delete my Instagram account from my iPhone"). */
const ACCOUNTS: ReadonlySet<string> = new Set(['account', 'accounts', 'profile', 'app', 'apps', 'id']);
const SCHEDULING: ReadonlySet<string> = new Set(['schedule', 'book', 'move', 'cancel', 'reschedule', 'postpone', 'arrange', 'plan', 'set', 'organize', 'organise', 'push', 'confirm', 'rebook', 'cancelling', 'canceling', 'moving', 'invite', 'remind']);
const EVENTS: ReadonlySet<string> = new Set(['meeting', 'call', 'appointment', 'delivery', 'trip', 'flight', 'interview', 'class', 'session', 'reservation', 'dinner', 'party', 'event', 'lesson', 'visit', 'demo', 'review', 'standup', 'sync', 'shift', 'surgery', 'exam', 'test', 'pickup', 'haircut', 'dentist', 'checkup', 'massage', 'viewing']);
const FORECASTS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'prediction', 'predictions', 'projection', 'projections', 'outlook', 'estimate', 'estimates', 'expectation', 'expectations', 'guidance', 'consensus', 'poll', 'polls', 'odds', 'target', 'targets', 'expected']);
/** Verbs of learning or stating what a clause says: "hear the office is closed", "realize the virus would spread". */
const KNOWING: ReadonlySet<string> = new Set([
  'hear', 'heard', 'realize', 'realise', 'realized', 'learn', 'learned', 'notice', 'noticed', 'suspect', 'fear', 'feared', 'guess', 'guessed', 'doubt',
  'doubted', 'hint', 'mention', 'confirm', 'announce', 'imply', 'predict', 'predicted', 'expect', 'expected', 'discover', 'assume', 'worry', 'report',
  'claim', 'deny', 'say', 'said', 'warn', 'know', 'knew', 'tell', 'told', 'promise', 'suggest', 'read',
]);
const QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'every', 'each', 'any']);
const EXISTENTIALS: ReadonlySet<string> = new Set(['there', 'exist', 'exists', 'one', 'single', 'same', 'some']);

/**
 * Whether a phrase moved to the end lands after a clause inside the question, whose verb it can then modify: an
 * indirect question ("find out if my boyfriend is cheating", "see what my kids are doing", "remember what I
 * said"), a past event's gerund ("regret not studying", "remember being born") or a reported clause ("prove my ex is
 * lying"). "On Tinder, how do I find out if my boyfriend is
 * cheating?" asks where to look, "… if my boyfriend is cheating on Tinder?" where he cheats; "In high school, did
 * you regret not studying?" / "Did you regret not studying in high school?". A place moved after where one goes
 * names the destination's place instead of the asker's ("At the station, how do I get to the museum?" / "How do I
 * get to the museum at the station?"). A programming language or tool sets the whole question ("In JavaScript,
 * how do I check if a string is empty?").
 */
export function movesPastInnerClause(move: { moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  // A named place, platform or tool sets the whole question ("On Instagram, how do I see who viewed my story?", "In
  // Canada, how do I find out if I owe taxes?"), and so does a language.
  const named = !saysWhen(move.moved) && move.moved.some((token) => token.kind === 'word' && token !== move.moved[0] && token.text !== 'I' && /^\p{Lu}\p{Ll}/u.test(token.text));
  if (namesProgrammingTool(move.moved) || named || move.moved.some((token) => token.kind === 'word' && LANGUAGES.has(token.key.toLowerCase()))) return false;
  const preposition = move.moved[0]?.kind === 'word' ? move.moved[0].key.toLowerCase() : '';
  return sides.some((side) => {
    const end = endOfSide(side.tokens, move.moved);
    if (end === undefined) return false;
    // Read as typed: courtesy set aside ("Can you tell me if …") still holds the clause.
    const tokens = side.raw;
    const at = side.origin[end]!;
    const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : undefined);
    // A clause's verb comes within a few words of its opener ("if my boyfriend is", "what I said"): bounded, so a run
    // of openers is not rescanned to the end from each one.
    const verbAfter = (from: number) => {
      for (let index = from; index < Math.min(at, from + INNER_VERB_REACH); index++) {
        const current = word(index);
        if (current !== undefined && (AUXILIARIES.has(current) || BE_GET_HAVE.has(current) || lexicon.isPastForm(current) || isGerund(current, lexicon))) return true;
      }
      return false;
    };
    // From the third word: the question's own opener and auxiliary ("How do I …", "Can you …") are not inside.
    for (let index = 2; index < at; index++) {
      const current = word(index);
      if (current === undefined) continue;
      if (EMBEDDED_QUESTION_OPENERS.has(current) && word(index - 1) !== undefined && (verbAfter(index + 1) || CLAUSE_SUBJECTS.has(word(index + 1) ?? ''))) return true;
      if (isGerund(current, lexicon) && (GERUND_HEADS.has(word(index - 1) ?? '') || (word(index - 1) === 'not' && GERUND_HEADS.has(word(index - 2) ?? '')))) return true;
      // "prove my ex is lying": a finite verb after a noun that follows a possessive.
      if ((current === 'is' || current === 'are' || current === 'was' || current === 'were') && POSSESSIVES.has(word(index - 2) ?? '')) return true;
    }
    if (!PLACE_OPENERS.has(preposition)) return false;
    // "get to the museum (at the station)", "tickets for the concert (at the museum)".
    for (let index = at - 1; index >= Math.max(1, at - ATTACHMENT_REACH - 1); index--) {
      const current = word(index);
      const destination = tokens[index + 1];
      const namesPlace = destination?.kind === 'word' && (DETERMINERS.has(destination.key.toLowerCase()) || POSSESSIVES.has(destination.key.toLowerCase()) || /^\p{Lu}/u.test(destination.text));
      if ((current === 'to' || current === 'for') && namesPlace && DESTINATION_CUES.has(word(index - 1) ?? '')) return true;
    }
    return false;
  });
}
/** How many words after an inner clause's opener its verb may stand ("if my younger brother is"). */
const INNER_VERB_REACH = 5;
/** Openers of an indirect question inside another clause ("tell if", "see what", "know how"). */
const EMBEDDED_QUESTION_OPENERS: ReadonlySet<string> = new Set(['if', 'whether', 'what', 'who', 'whom', 'where', 'when', 'how', 'why', 'which']);
const PLACE_OPENERS: ReadonlySet<string> = new Set(['at', 'on', 'by', 'in', 'near', 'inside', 'outside', 'behind']);
/** Words before "to"/"for" that make what follows a destination: "get to", "directions to", "tickets for". */
const DESTINATION_CUES: ReadonlySet<string> = new Set([
  'get', 'go', 'walk', 'drive', 'travel', 'fly', 'ride', 'head', 'commute', 'cycle', 'bike', 'directions', 'way', 'route', 'bus', 'train',
  'taxi', 'ticket', 'tickets', 'seats', 'reservation', 'table', 'transfer', 'shuttle',
]);
/**
 * Verbs whose gerund is an event apart from the asking, which a phrase at the end can time or place: "regret not
 * studying (in high school)", "remember being born (in the hospital)". Not "stop eating (before surgery)", where
 * the phrase times the stopping either way.
 */
const GERUND_HEADS: ReadonlySet<string> = new Set([
  'regret', 'regretted', 'regrets', 'remember', 'remembered', 'remembers', 'recall', 'recalled', 'forget', 'forgot', 'deny', 'denied',
  'admit', 'admitted', 'miss', 'missed', 'imagine', 'mind', 'risk',
]);
/** A verb's -ing form ("studying", "watching"), not a noun in -ing ("morning", "thing"). */
function isGerund(word: string, lexicon: Lexicon): boolean {
  return word.length >= 5 && word.endsWith('ing') && !NOT_GERUNDS.has(word) && lexicon.canBeVerb(word);
}
/**
 * Whether the phrase names a programming language or a tool of code ("In JavaScript", "in Excel", "Using Python3"):
 * identifier-position's namesProgramming, read past a version ("Python3", "Java17") and over TOOLS.
 */
function namesProgrammingTool(phrase: readonly Token[]): boolean {
  return phrase.slice(1).some((token) => {
    if (token.kind === 'code') return true;
    if (token.kind !== 'word' && token.kind !== 'number') return false;
    const text = token.text.replace(/\d+(?:\.\d+)*$/u, '');
    return TOOLS.has(text.toLowerCase()) || namesProgramming({ ...token, kind: 'word', text });
  });
}

/**
 * Whether a phrase moved to the end comes to follow the verb of a clause inside the request — a relative clause's,
 * past or present (presentVerbAfterSubject), or a participle's, with or without its subject, its object or an adverb —
 * which it may then modify: "On Monday,
 * can I return the shoes my bf bought?" asks about returning on Monday, "Can I return the shoes my bf bought on
 * Monday?" about what was bought then; "In Spanish, how do I answer the email Mike sent me?" asks for a Spanish
 * answer, "… the email Mike sent me in Spanish?" about a Spanish email; "the chicken cooked by my roommate", "the
 * jacket that my wife bought online", "the shoes I'd ordered" (a red team on word order, session 35: 726 such pairs
 * served, their clause's subject unknown to the lexicon, a name, "someone" or a possessive chain). Read from the
 * request's own verb: a past form at least three words after its auxiliary, "to" or imperative verb (so not a main
 * predicate: "Is the store closed", "Has it been delivered", "Which team won"), not right before a noun ("duplicated
 * rows", "used cars"). A tool of code or a named app moves freely ("In Git, how do I undo a commit I pushed?").
 */
export function movesOntoInnerVerb(move: { moved: Token[] }, sides: readonly PreparedSide[], lexicon: Lexicon): boolean {
  const opener = move.moved[0]?.kind === 'word' ? move.moved[0].key.toLowerCase() : '';
  if (!PAST_FORM_PREPOSITIONS.has(opener) || namesProgrammingTool(move.moved)) return false;
  // A named app or platform sets the whole question ("In Gmail, how do I recover emails I deleted?"); a language or a
  // place need not ("In Spanish, …", "In Texas, can I sell the car I bought?").
  const named = (token: Token) => token.kind === 'word' && token !== move.moved[0] && /^\p{Lu}/u.test(token.text) && !LANGUAGES.has(token.key.toLowerCase()) && !lexicon.namesPlace(token.key);
  // "At Costco", "At Walmart" name a shop where a thing was bought, not an app.
  if (!saysWhen(move.moved) && opener !== 'at' && move.moved.some(named)) return false;
  return sides.some(({ tokens }) => {
    const at = endOfSide(tokens, move.moved);
    if (at === undefined) return false;
    const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : undefined);
    let main = -1;
    while (main + 1 < at && !REQUEST_VERB_OPENERS.has(word(main + 1) ?? '')) main++;
    let first: number;
    if (main + 1 < at) {
      main++;
      // "Is the store closed": a form of "be" with no verb after it has its past form as its predicate; "Is it safe to
      // eat the chicken my coworker cooked" has its verb after "to".
      if (FORMS_OF_BE.has(word(main)!)) {
        let verb = main + 1;
        while (verb < at && !REQUEST_VERB_OPENERS.has(word(verb) ?? '')) verb++;
        if (verb === at) return false;
        main = verb;
      }
      // The auxiliary, a subject or the verb, and the verb's object before a clause's verb: "can I return the shoes ordered".
      first = main + 3;
    } else if (word(0) === undefined || !lexicon.canBeVerb(word(0)!) || EMBEDDED_QUESTION_OPENERS.has(word(0)!)) {
      return false;
    } else {
      // No auxiliary or "to": an imperative's verb opens the request ("Cancel the orders placed on Friday").
      first = 2;
    }
    for (let index = first; index < at; index++) {
      const current = word(index);
      if (current === undefined || NOT_PAST_FORMS.has(current)) continue;
      // A present clause's verb after its subject: "the gym John runs", "the email my boss sends", "the gifts my kids
      // get", "the order I'm placing" (a hostile review, session 35).
      if (!lexicon.isPastForm(current)) {
        if (presentVerbAfterSubject(tokens, index, first, lexicon)) return true;
        continue;
      }
      const previous = word(index - 1);
      // A state after a linking verb ("stay focused", "stop feeling attached", "get promoted") or a passive "be".
      if (previous !== undefined && (LINKING_BEFORE_STATE.has(previous) || previous === 'be' || previous === 'been' || previous === 'being')) continue;
      // An object's state after a verb that takes one ("keep my baby entertained", "get the kids dressed").
      // The verb, a determiner and one or two words: not "get a refund for the tickets my bf booked".
      const determinerAt = DETERMINERS.has(word(index - 2) ?? '') || POSSESSIVES.has(word(index - 2) ?? '') ? index - 2 : DETERMINERS.has(word(index - 3) ?? '') || POSSESSIVES.has(word(index - 3) ?? '') ? index - 3 : undefined;
      if (determinerAt !== undefined && STATE_OF_OBJECT.has(word(determinerAt - 1) ?? '')) continue;
      const next = tokens[index + 1];
      const nextWord = next?.kind === 'word' ? next.key.toLowerCase() : undefined;
      const beforeNoun = index + 1 < at && nextWord !== undefined && !FUNCTION_WORDS.has(nextWord) && !PERSONAL_OBJECTS.has(nextWord) && !AFTER_A_VERB.has(nextWord) && !TIME_WORDS.has(nextWord) && lexicon.canBeNoun(nextWord);
      if (!beforeNoun) return true;
    }
    return false;
  });
}
/**
 * Whether the word at `at` is a present verb of a clause inside a noun phrase: a verb form after a subject (a pronoun,
 * "someone", a name, or a possessive and one or two words, an adverb or a progressive's "'m"/"is" between) that
 * itself follows the noun the clause describes.
 */
function presentVerbAfterSubject(tokens: readonly Token[], at: number, first: number, lexicon: Lexicon): boolean {
  const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : undefined);
  const verb = word(at)!;
  const progressive = verb.length > 4 && verb.endsWith('ing') && lexicon.canBeVerb(verb);
  if (!progressive && (FUNCTION_WORDS.has(verb) || !lexicon.canBeVerb(verb))) return false;
  let end = at;
  if (progressive) {
    if (!PROGRESSIVE_BE.has(word(end - 1) ?? '')) return false;
    end--;
  }
  while (end > first && (((word(end - 1) ?? '').endsWith('ly') && (word(end - 1) ?? '').length > 3) || FREQUENCY_ADVERBS.has(word(end - 1) ?? ''))) end--;
  const subject = word(end - 1);
  if (subject === undefined) return false;
  let head: number;
  // "the letter that arrives every month", "the gym which opens": the relative pronoun is the subject.
  if (RELATIVE_PRONOUNS.has(subject) && !progressive) head = end - 2;
  else if (INNER_SUBJECTS.has(subject)) head = end - 2;
  else if (!tokens[end - 1]!.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(tokens[end - 1]!.text) && !progressive) head = end - 2;
  else {
    // "my boss", "my little sister", "our neighbours"; a present verb agrees: "my boss sends", "my kids get".
    const possessiveAt = POSSESSIVES.has(word(end - 2) ?? '') ? end - 2 : POSSESSIVES.has(word(end - 3) ?? '') ? end - 3 : undefined;
    // A word the lexicon does not know is a noun too ("my coworker", "my bf").
    if (possessiveAt === undefined || (!lexicon.canBeNoun(subject) && lexicon.isWord(subject))) return false;
    head = possessiveAt - 1;
  }
  // "the shoes that my son wears": the relative pronoun before the subject.
  if (RELATIVE_PRONOUNS.has(word(head) ?? '') && !RELATIVE_PRONOUNS.has(subject)) head--;
  if (head < first - 1) return false;
  const noun = word(head);
  // The noun the clause describes: not a verb opener or a function word ("how my boss sends", "that my kids get"), nor
  // the request's own verb before a compound noun ("how do I check my bank balance", "should I water my garden plants").
  return noun !== undefined && !FUNCTION_WORDS.has(noun) && !VERB_OPENERS.has(noun) && !VERB_OPENERS.has(word(head - 1) ?? '') && lexicon.canBeNoun(noun);
}
const FREQUENCY_ADVERBS: ReadonlySet<string> = new Set(['always', 'usually', 'often', 'never', 'sometimes', 'still', 'just', 'already', 'also', 'rarely', 'normally', 'typically', 'even']);
const PROGRESSIVE_BE: ReadonlySet<string> = new Set(["'m", 'am', "'re", 'are', "'s", 'is']);
const INNER_SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'people']);
/** Verbs after which a past participle is a state, not a clause's event. */
const LINKING_BEFORE_STATE: ReadonlySet<string> = new Set([
  'stay', 'stays', 'staying', 'stayed', 'get', 'gets', 'getting', 'feel', 'feels', 'feeling', 'become', 'becomes', 'becoming', 'remain', 'remains',
  'remaining', 'seem', 'seems', 'look', 'looks', 'looking', 'keep', 'keeps', 'keeping', 'grow', 'growing', 'go', 'going', 'appear', 'sound', 'am',
  'is', 'are', 'was', 'were', "'m", "'re", "'s", 'so', 'too', 'very', 'more', 'less', 'most', 'least', 'overly',
]);
/** Verbs that take an object and its state: "keep my baby entertained", "get my car inspected", "have my teeth cleaned". */
const STATE_OF_OBJECT: ReadonlySet<string> = new Set(['keep', 'get', 'make', 'have', 'leave', 'want', 'need', 'like', 'find', 'prefer', 'see', 'hear', 'consider', 'let']);
/** What opens the phrases whose attachment movesOntoInnerVerb asks about: a time, a place, a language, a manner. */
const PAST_FORM_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'from', 'by', 'via', 'during', 'after', 'before', 'since', 'until', 'till', 'within', 'over', 'with', 'without',
  'around', 'through', 'throughout', 'under', 'near', 'across', 'inside', 'outside',
]);
/** A request's own auxiliary or "to", after which its verb comes. */
const REQUEST_VERB_OPENERS: ReadonlySet<string> = new Set([...AUXILIARIES, ...FORMS_OF_BE, 'am', 'to']);
/** Past forms of auxiliaries, which time no event of their own. */
const NOT_PAST_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'did', 'had', 'been', 'could', 'would', 'should', 'might']);
/** Words after a verb that are no noun it modifies ("bought online", "cooked at home"): adverbs the lexicon lists as nouns too. */
const AFTER_A_VERB: ReadonlySet<string> = new Set(['online', 'home', 'together', 'here', 'there', 'ago', 'earlier', 'recently', 'last', 'first', 'once', 'twice', 'up', 'out', 'off', 'back', 'down', 'away', 'today', 'yesterday', 'tonight', 'tomorrow']);

/**
 * Whether an "if" clause moved to or from the end of a request to ask or check: there it says what to ask ("Ask my
 * landlord if I can paint the walls": whether), at the front a condition ("If I can paint the walls, ask my landlord":
 * only then ask; a red team on scope, session 52: 12 of 12 served). Not where the one asked is the asker ("Ask me if
 * you get stuck" / "If you get stuck, ask me": a condition either way).
 */
export function movesWhetherClause(move: { opener: string; moved: Token[] }, side: PreparedSide, lexicon: Lexicon): boolean {
  if (move.opener !== 'if') return false;
  const moved = new Set(move.moved);
  const rest = side.tokens.filter((token) => !moved.has(token) && token.kind === 'word').map((token) => token.key.toLowerCase());
  // A question of what or how to ask takes the clause as its condition: "What should I check if my car won't start?";
  // so does a clause about the one addressed ("Ask your pharmacist if you miss a dose").
  if (WH_OPENERS.has(rest[0] ?? '') || move.moved[1]?.key.toLowerCase() === 'you') return false;
  for (let at = 0; at < rest.length; at++) {
    const word = rest[at]!;
    const next = rest[at + 1] ?? '';
    // "check with the airline", "find out from the school", "confirm with the venue".
    if ((ASKING_VERBS.has(word) && next === 'with') || (word === 'find' && next === 'out' && rest[at + 2] === 'from')) return true;
    // "ask my landlord", "ask the vet": someone's own or a given person, not "ask a doctor" (anyone: a condition) nor
    // "ask for a refund", "check the logs", "check your spam folder" (a break test, session 52: 24 of 41 refused).
    if (ASKS_SOMEONE.has(word) && OWNED.has(next)) {
      for (let noun = at + 2; noun <= at + 3 && noun < rest.length; noun++) if (lexicon.namesPerson(rest[noun]!)) return rest[noun + 1] !== 'for';
    }
  }
  return false;
}
const WH_OPENERS: ReadonlySet<string> = new Set(['what', 'how', 'which', 'who', 'when', 'where', 'why']);
/** Verbs that take the one asked as their object ("ask my landlord"; "check the router" checks a thing). */
const ASKS_SOMEONE: ReadonlySet<string> = new Set(['ask', 'asking', 'inquire', 'enquire']);
/** Determiners before someone given: "my landlord", "the vet", "your insurer". */
const OWNED: ReadonlySet<string> = new Set([...POSSESSIVES, 'the']);
/** Verbs whose "if" clause is what is asked or checked. */
const ASKING_VERBS: ReadonlySet<string> = new Set([
  'ask', 'asking', 'check', 'checking', 'confirm', 'verify', 'inquire', 'enquire', 'determine', 'investigate', 'double-check', 'doublecheck', 'wonder',
]);
/** The asker as the one asked: "ask me", "check with us". */
const ASKER: ReadonlySet<string> = new Set(['me', 'us']);
