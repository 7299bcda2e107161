import { FUNCTION_WORDS, LANGUAGES, NATIVE_LANGUAGE_NAMES, REQUEST_VERBS, TEXT_REQUEST_VERBS } from './closed-lists.ts';
import { isForeignWord, mostlyForeign, type EnglishWords } from './language.ts';
import type { Lexicon } from './lexicon.ts';
import type { PartsOfSpeech, PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';

/*
 * Courtesy for the verifier (DESIGN.md §1, "verify"): greetings, thanks and apologies are politeness where
 * prepare-tokens.ts sets them aside, except where they are the short text itself, where two sides set aside
 * courtesy of conflicting kinds, and where they are the message to someone (then one kind in other words matches).
 */

/**
 * Whether one text asks whether the assistant itself can do a thing ("Do you know how to lie?", "… how to speak
 * French?") where the other asks how the asker does it ("How do I lie?"): the opener is set aside as politeness,
 * and before a task it is ("Do you know how to change a tire?"), but before a verb alone or a verb of what a mind
 * or a person does (feel, dream, speak, remember) it may ask about the assistant. Neither reading is sure; the
 * caller leaves the pair undecided.
 */
export function asksAssistantAbility(query: string, candidate: string): boolean {
  return ASSISTANT_ABILITY.test(query) !== ASSISTANT_ABILITY.test(candidate);
}
const ASSISTANT_ABILITY = /^\W*(?:do|did) (?:you|u) know how to (?:\p{L}+|(?:feel|browse|remember|forget|lie|dream|speak|understand|count|hack|love|think)(?: \p{L}+){1,3})\W*$/iu;

/**
 * Whether a greeting, thanks or apology set aside on one side (or another one on each) is part of a short text
 * that asks for no answer but names something: "adele hello" / "adele", "dido thank you", "Good afternoon email
 * greeting" / "Good evening email greeting". Beside a request ("Explain recursion, thanks") it is politeness.
 */
export function politenessIsTheText(before: PreparedSide, after: PreparedSide, lexicon: Lexicon): boolean {
  const courtesy = (side: PreparedSide) => side.filler.filter((phrase) => !PLEASE.has(phrase)).join('|');
  if (courtesy(before) === courtesy(after)) return false;
  // Never beside code or a pasted text: what is asked is there.
  if ([before, after].some((side) => side.raw.some((token) => token.kind === 'code'))) return false;
  const words = (side: PreparedSide) => side.tokens.filter((token) => token.kind === 'word');
  const shorter = words(before).length <= words(after).length ? words(before) : words(after);
  const greets = [...before.filler, ...after.filler].some((phrase) => GREETINGS.test(phrase));
  if (shorter.length === 0 || shorter.length > (greets ? SHORT_TEXT_WORDS : 1)) return false;
  const first = shorter[0]!.key.toLowerCase();
  return !REQUEST_VERBS.has(first) && !FUNCTION_WORDS.has(first) && (lexicon.nounShare(first) ?? 1) >= 0.5;
}
/**
 * Courtesy set aside on each side that conflicts, as "left/right": courtesy lines of other kinds in a role-play
 * ("You are a hotel receptionist. Good morning!" / "… Good evening!"), another closing courtesy after a question
 * about wording ("Translate to Korean. Hello" / "… Thanks a lot"), or a greeting that names another time of day
 * on each side ("Good morning! Should I go to bed?" / "Good evening! …"), or on one side where a phrase of the request
 * asks about the hour ("Good evening! Is the pharmacy still open?" / "Is the pharmacy still open?"). Undefined when
 * there is none: a time of day on one side of another request ("Good morning! What is recursion?" / "What is
 * recursion?"), or courtesy of other kinds outside a role-play ("Sorry, how do I …?" / "How do I …? Thanks!"), is
 * politeness.
 */
export function courtesyConflict(before: PreparedSide, after: PreparedSide): string | undefined {
  // In a role-play a courtesy said as a sentence of its own is the line the character answers: "You are a hotel
  // receptionist. Good morning!" / "… Good evening!", "You are my grandmother. Sorry!" / "… Thank you!". Only lines
  // of other kinds on both sides: "Hello!" / "Hi!" is one line, and a "Thanks!" added to a system-style prompt
  // ("You are a helpful assistant. Summarize … Thanks!") closes the request.
  const [linesBefore, linesAfter] = [courtesyLines(before), courtesyLines(after)];
  if (linesBefore !== '' && linesAfter !== '' && linesBefore !== linesAfter && (isRolePlay(before) || isRolePlay(after))) return `role-play ${linesBefore.slice(0, 40)}/${linesAfter.slice(0, 40)}`;
  // A text that names a courtesy as a word ("if I say please", "every time I say hello", "customers who don't
  // greet you") makes the courtesy of that kind said in it a move: "… if I say please. Please tell me a joke." /
  // "… Tell me a joke.".
  const named = new Set([...namedCourtesies(before), ...namedCourtesies(after)]);
  if (named.size > 0 && courtesyKinds(before, named) !== courtesyKinds(after, named)) return 'courtesy named in the text';
  const [endingBefore, endingAfter] = [closingCourtesy(before), closingCourtesy(after)];
  // "Translate to Korean. Hello" / "… Thanks a lot", "What does this mean in Spanish? Thank you" / "… Sorry": after a
  // question about words, the courtesy that closes the text may be the words asked about. Where the question
  // points at them ("this", "it", "translate to …" with no object) every word of it counts ("Thank you very much" /
  // "Thank you"); elsewhere ("How do I say hello in Spanish? Thanks!") only another kind of courtesy does.
  // A part that turns what is typed next into something ("Act as a Morse code translator. Hello there", "You are an
  // echo bot. Thanks!") takes the courtesy that follows as that text, every word of it.
  if (endingBefore !== undefined && endingAfter !== undefined && endingBefore !== endingAfter) {
    const transforms = [before, after].some(transformsWhatFollows);
    if (transforms || [before, after].some(asksAboutWording)) {
      const pointed = transforms || [before, after].some(pointsAtWhatFollows);
      if (pointed || kindOf(endingBefore) !== kindOf(endingAfter)) return `${endingBefore}/${endingAfter}`;
    }
  }
  const times = (side: PreparedSide) => new Set(side.filler.map((phrase) => COURTESY_KINDS.get(phrase)).filter((kind): kind is string => kind !== undefined && TIMES_OF_DAY.has(kind)));
  const [left, right] = [times(before), times(after)];
  const other = [...right].find((time) => !left.has(time));
  const one = [...left].find((time) => !right.has(time));
  // Two times of day: the asker's hour is another, and an answer greets back ("Good morning! Recursion is …") or
  // weighs the hour ("Good morning! Should I go to bed?" / "Good evening! …", "How long until sunset?", "Can I still
  // call the bank?": a red team on numbers and times, session 39, found 25 of 31 such questions served where no
  // listed word showed the hour mattered).
  if (one !== undefined && other !== undefined) return `${one}/${other}`;
  // A time of day on one side only: politeness, unless a phrase of the request asks about the hour ("Good evening! Is
  // it too late for coffee?" / "Is it too late for coffee?", "… still open?"). Words alone ("eat", "plan", "next")
  // refused too many requests the hour does not change (a review, session 39: "Good morning! Can you help me plan a
  // trip to Japan next year?").
  const lone = one ?? other;
  const timely = (side: PreparedSide) => {
    const text = side.raw.map((token) => token.text).join(' ');
    return TIME_DEPENDENT_PHRASE.test(text) || (WRITES_A_GREETING.test(text) && !ASKS_FOR_CODE.test(text));
  };
  return lone !== undefined && (timely(before) || timely(after)) ? `${lone}/none` : undefined;
}

/**
 * The kinds of courtesy a rule of the text names as what the asker says ("… if I say please": please, "every time I
 * say hello": greeting, "the magic word": please), or, in a role-play, as what the character wants ("customers who
 * don't greet you"). A courtesy only spoken of names none ("How do I say thank you in German? Thanks!", "a polite
 * email", "a coworker who is rude", "my toddler won't say please").
 */
function namedCourtesies(side: PreparedSide): readonly string[] {
  let kinds = NAMED.get(side);
  if (kinds === undefined) NAMED.set(side, (kinds = courtesiesNamedIn(side)));
  return kinds;
}
/** Each prepared side's named courtesies, read once: a lookup verifies the same query against up to 8 candidates. */
const NAMED = new WeakMap<PreparedSide, readonly string[]>();

function courtesiesNamedIn(side: PreparedSide): string[] {
  const { tokens } = side;
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : '');
  if (!tokens.some((token) => token.kind === 'word' && RULE_WORDS.has(token.key.toLowerCase()))) return [];
  const kinds: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    // A courtesy in quotation marks is cut as a quoted literal: "unless I type 'please'".
    const current = tokens[index]!.kind === 'code' ? tokens[index]!.key.toLowerCase() : word(index);
    if (current === 'magic' && word(index + 1) === 'word') kinds.push('please');
    else if (SAID_COURTESIES.has(current) && saidByAsker(tokens, index)) kinds.push(SAID_COURTESIES.get(current)!);
    else if (GREETING_VERBS.has(current) && isRolePlay(side)) kinds.push('greeting');
  }
  return kinds;
}
/**
 * Whether the courtesy at `index` is named as what the asker says: "if I say please", "when I type 'pls'", "only if
 * I use the word please", "unless the word please is in it".
 */
function saidByAsker(tokens: readonly Token[], index: number): boolean {
  let at = index - 1;
  const skipQuotes = () => {
    while (at >= 0 && tokens[at]!.kind !== 'word' && QUOTES.test(tokens[at]!.text)) at--;
  };
  const word = () => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : '');
  skipQuotes();
  if (word() === 'word') return true;
  return SAYING.has(word()) && (at--, SPEAKERS.has(word()));
}
const QUOTES = /^["'“”‘’`«»]+$/u;
const SAID_COURTESIES: ReadonlyMap<string, string> = new Map([
  ...['please', 'pls', 'plz'].map((word) => [word, 'please'] as const),
  ...['hello', 'hi', 'hey'].map((word) => [word, 'greeting'] as const),
  ...['thanks', 'thank'].map((word) => [word, 'thanks'] as const),
  ['sorry', 'apology'],
  ...['goodbye', 'bye'].map((word) => [word, 'farewell'] as const),
]);
const SAYING: ReadonlySet<string> = new Set(['say', 'type', 'write', 'use', 'include', 'add']);
/** The asker as the one whose courtesy the rule reads ("if I say please"; not "my toddler won't say please"). */
const SPEAKERS: ReadonlySet<string> = new Set(['i', 'we']);
const GREETING_VERBS: ReadonlySet<string> = new Set(['greet', 'greets', 'greeted']);
const RULE_WORDS: ReadonlySet<string> = new Set(['if', 'whenever', 'when', 'unless', 'until', 'every', 'only', 'who', 'magic']);
/** The kinds among `named` of the courtesies set aside on a side, sorted and joined. */
function courtesyKinds(side: PreparedSide, named: ReadonlySet<string>): string {
  const kinds = side.filler.map((phrase) => (phrase === 'please' || phrase === 'pls' || phrase === 'plz' ? 'please' : kindOf(phrase))).filter((kind) => named.has(kind));
  return kinds.sort().join('|');
}
/**
 * Whether the text sets the assistant a part to play: "You are a pirate.", "You are Santa Claus …", "Pretend to be
 * …", "Act as …", "Stay in character".
 */
function isRolePlay(side: PreparedSide): boolean {
  let words = '';
  for (const token of side.raw) if (token.kind === 'word') words += `${token.sentenceStart ? ' |' : ''} ${token.key.toLowerCase()}`;
  return ROLE_PLAY.test(words);
}
const ROLE_PLAY = /\| (?:you are|(?:pretend|imagine) (?:you are|to be)|act as|role ?play|be my|stay in character|let us play|play (?:a|an|my|the) \S+|play (?:the )?(?:role|part) of)\b|\bwhere you are (?:a|an|my|the)\b/u;

/**
 * The kinds of the sentences of the text that are only a courtesy ("Good morning!": morning, "Sorry.": apology,
 * "Thank you so much": thanks), sorted and joined: in a role-play, the line said to the character.
 */
function courtesyLines(side: PreparedSide): string {
  const lines: string[] = [];
  let words: string[] = [];
  const close = () => {
    const phrase = words.join(' ');
    if (words.length > 0 && (COURTESY_KINDS.has(phrase) || CLOSING_WORDS.has(phrase))) lines.push(kindOf(phrase));
    words = [];
  };
  for (const token of side.raw) {
    if (token.kind === 'word') {
      if (token.sentenceStart) close();
      words.push(token.key.toLowerCase());
    } else if (/[.!?。！？]/u.test(token.text)) close();
    else if (token.kind !== 'punct') words.push(token.text);
  }
  close();
  return lines.sort().join('|');
}

/** The courtesy phrase that ends the text as a sentence of its own ("… in Spanish? Thank you"), if one does. */
function closingCourtesy(side: PreparedSide): string | undefined {
  const words: string[] = [];
  for (let index = side.raw.length - 1; index >= 0; index--) {
    const token = side.raw[index]!;
    if (token.kind === 'punct' && words.length === 0) continue;
    if (token.kind !== 'word') break;
    words.unshift(token.key.toLowerCase());
    if (token.sentenceStart) {
      const phrase = words.join(' ');
      return COURTESY_KINDS.has(phrase) || CLOSING_WORDS.has(phrase) ? phrase : undefined;
    }
    if (words.length > 5) return undefined;
  }
  return undefined;
}
/** A courtesy's kind ("thanks", "greeting", "apology", a time of day, "farewell"), or the phrase itself. */
export const kindOf = (phrase: string): string => COURTESY_KINDS.get(phrase) ?? CLOSING_WORDS.get(phrase) ?? phrase;

/** Whether the text sets a part that turns the text typed next into something: a translator, an echo, a converter. */
function transformsWhatFollows(side: PreparedSide): boolean {
  // With a request of its own ("Act as a translator. Translate 'where is …' into Japanese. Thanks!") the courtesy
  // closes that request.
  if (side.tokens.some((token) => token.kind === 'word' && (REQUEST_VERBS.has(token.key.toLowerCase()) || TEXT_REQUEST_VERBS.has(token.key.toLowerCase())))) return false;
  return isRolePlay(side) && side.tokens.some((token) => token.kind === 'word' && TRANSFORMERS.has(token.key.toLowerCase()));
}
const TRANSFORMERS: ReadonlySet<string> = new Set([
  'translator', 'interpreter', 'echo', 'parrot', 'converter', 'counter', 'encoder', 'decoder', 'speller', 'checker', 'generator', 'repeat', 'repeats',
]);

/** Whether the text points at words it does not hold yet: "What does this mean …?", "Translate to Korean." */
function pointsAtWhatFollows(side: PreparedSide): boolean {
  return side.raw.some((token, index) => {
    if (token.kind !== 'word') return false;
    const word = token.key.toLowerCase();
    if (POINTING.has(word)) return true;
    const next = side.raw[index + 1];
    return TRANSLATING.has(word) && next?.kind === 'word' && ['to', 'into', 'in'].includes(next.key.toLowerCase());
  });
}
const POINTING: ReadonlySet<string> = new Set(['this', 'it', 'that', 'these', 'those', 'following', 'below']);
const TRANSLATING: ReadonlySet<string> = new Set(['translate', 'say', 'write', 'spell', 'pronounce', 'sign', 'type', 'encode']);

/** Whether the text asks about words: their translation, meaning, sound or tone. */
function asksAboutWording(side: PreparedSide): boolean {
  return side.raw.some((token) => {
    if (token.kind !== 'word') return false;
    const word = token.key.toLowerCase();
    return WORDING.has(word) || LANGUAGES.has(word) || NATIVE_LANGUAGE_NAMES.has(word);
  });
}
/** Words of asking about wording, besides the names of languages (closed-lists.ts). */
const WORDING: ReadonlySet<string> = new Set([
  'translate', 'translation', 'translated', 'say', 'said', 'mean', 'means', 'meaning', 'pronounce', 'pronunciation', 'spell', 'spelling',
  'respond', 'reply', 'emoji', 'emojis', 'formal', 'informal', 'rude', 'polite', 'phrase', 'word', 'words', 'sign', 'caption',
  'morse', 'braille', 'binary', 'backwards', 'syllables', 'rhyme', 'rhymes', 'anagram', 'cipher', 'katakana',
  'hiragana', 'kanji', 'pinyin', 'romaji', 'cyrillic', 'klingon', 'vowels', 'consonants', 'letters',
]);
/** Closing words that are courtesy in a prompt but no COURTESY_KINDS of the verifier ("Cheers", "Bye"), and their kinds. */
const CLOSING_WORDS: ReadonlyMap<string, string> = new Map([
  ...['cheers', 'ty', 'tysm', 'tia', 'thank u', 'thanks a bunch'].map((phrase) => [phrase, 'thanks'] as const),
  ...['bye', 'goodbye', 'good night', 'goodnight', 'see you', 'take care', 'regards', 'best regards', 'kind regards'].map((phrase) => [phrase, 'farewell'] as const),
]);
/**
 * Questions whose answer the hour changes, as phrases (single words like "take" or "open" are everywhere): "Is it
 * too late for caffeine?", "Is the pharmacy still open?", "Is the stock market open?", "Should I take my Adderall?".
 */
/**
 * A request to write what someone is greeted with, where the asker's hour is in the text the answer writes ("Good
 * morning! Write a short message to greet my team." / without it; a red team on instructions, session 46: 139 of 139
 * served): a greeting or welcome message, or a text written to greet or welcome someone. Not a message that greets no
 * one ("Write a regex that validates an email address", "How do I say hello in Japanese?", "How do I welcome a new cat
 * into my home?"), nor a letter, a note or a toast for someone ("Write an email to my landlord about the heater": a
 * hostile review).
 */
const WRITES_A_GREETING = new RegExp(String.raw`\b(?:write|draft|compose|send)\b[^.?!]{0,30}\b(?:greeting|greetings|welcome)\s+(?:message|note|e-?mail|text|line|card)\b|\b(?:write|draft|compose|send)\b[^.?!]{0,40}\bto\s+(?:greet|welcome|say\s+(?:hello|hi|good\s+\w+)\s+to)\b`, 'iu');
/** A request for code, where greeting the user is what the program does ("Write a Python function to greet the user"). */
const ASKS_FOR_CODE = /\b(?:function|script|program|code|bot|app|class|method|python|javascript|typescript|java|regex|html|css|sql)\b/iu;
const TIME_DEPENDENT_PHRASE = new RegExp(String.raw`\b(?:too\s+(?:late|early)\s+(?:for\s+(?:a\s+)?\w+\s*[?.!]?$|to\s+(?:eat|drink|have|take|call|text|go\s+(?:out|to\s+bed)|sleep|nap|run|work\s*out|exercise|shower))|(?:still\s+)?open(?:\s+(?:now|today|tonight|yet|right\s+now))?\s*\?|(?:still\s+)?take\s+my\s+\w+(?:\s+\w+)?(?:\s+now)?\s*\?|right\s+now|good\s+time\s+to)`, 'iu');
const COURTESY_KINDS: ReadonlyMap<string, string> = new Map([
  ...['thanks', 'thank you', 'thx', 'many thanks', 'thanks a lot', 'thanks so much', 'thank you so much', 'thank you very much', 'thanks in advance', 'thank you in advance', 'much appreciated', 'appreciate it', 'i appreciate it'].map((phrase) => [phrase, 'thanks'] as const),
  ...['sorry', 'sorry in advance'].map((phrase) => [phrase, 'apology'] as const),
  // "Excuse me" asks for attention or passage as often as it apologises: "tell my neighbor sorry" is no "… excuse me"
  // (an attack on the verifier's acceptances, session 45).
  ['excuse me', 'excuse'],
  ...['hi', 'hello', 'hey', 'hi there', 'hello there', 'hey there', 'greetings'].map((phrase) => [phrase, 'greeting'] as const),
  ['good morning', 'morning'],
  ['good afternoon', 'afternoon'],
  ['good evening', 'evening'],
]);
const TIMES_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

/**
 * The courtesy phrases of one kind that a difference swaps as the message to someone (prepare-tokens.ts keeps
 * it), as "left/right" ("tell my team thanks" / "… thank you", "hi/hello"), or undefined. Up to two words the sides share before it count, so an added intensifier is seen with what it
 * intensifies ("thank you" / "thank you so much").
 */
export function sameCourtesy(left: readonly Token[], leftStart: number, leftEnd: number, right: readonly Token[], rightStart: number, rightEnd: number, lexicon: Lexicon): string | undefined {
  const phrase = (tokens: readonly Token[], start: number, end: number) => tokens.slice(start, end).map((token) => token.key.toLowerCase()).join(' ');
  for (let shared = 0; shared <= 2; shared++) {
    if (shared > 0 && (leftStart - shared < 0 || rightStart - shared < 0 || left[leftStart - shared]!.key.toLowerCase() !== right[rightStart - shared]!.key.toLowerCase())) break;
    const [one, other] = [phrase(left, leftStart - shared, leftEnd), phrase(right, rightStart - shared, rightEnd)];
    const kind = COURTESY_KINDS.get(one);
    // Only as the message itself: "Hey vs hello in emails?" asks about the words.
    // Not where the wording is judged: "Is it unprofessional to email my boss hey?" / "… hello?".
    if (kind !== undefined && kind === COURTESY_KINDS.get(other) && isMessageToSomeone(left, leftStart - shared, lexicon) && isMessageToSomeone(right, rightStart - shared, lexicon) && !judgesWording(left) && !judgesWording(right)) return `${one}/${other}`;
  }
  return undefined;
}
/** Whether the text judges how something said comes across: "Is it rude to text my boss thx?". */
function judgesWording(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.kind === 'word' && WORDING_JUDGEMENTS.has(token.key.toLowerCase()));
}
// Words that judge how a message comes across; not "best", "enough", "warm" or "formal", which ask about the gift,
// the card or the tone wanted ("What's the best way to tell my team thanks?", "… make it warm").
const WORDING_JUDGEMENTS: ReadonlySet<string> = new Set([
  'rude', 'unprofessional', 'impolite', 'weird', 'awkward', 'flirty', 'presumptuous', 'inappropriate', 'unacceptable', 'cringe', 'cringy',
  'creepy', 'offensive', 'childish', 'needy', 'desperate', 'clingy', 'disrespectful', 'sarcastic', 'passive-aggressive', 'aggressive', 'stiff',
  'okay', 'ok', 'appropriate', 'acceptable', 'casual', 'professional',
]);
/** Greetings name a text more often than thanks do ("Good afternoon email greeting", "adele hello"). */
const GREETINGS = /^(?:hello|hi|hey|good (?:morning|afternoon|evening|night)|greetings)$/u;
const PLEASE: ReadonlySet<string> = new Set(['please', 'kindly', 'pls', 'plz']);
/** A text this short with no request in it may be a name or a title; one word only beside thanks or sorry. */
const SHORT_TEXT_WORDS = 3;

/**
 * Whether the phrase at `index` is the message a verb of telling gives someone: "Write a card to tell my neighbor
 * sorry" (not "… thank you"), "How do I tell him thanks?", "wish my grandma good morning", "let my wife know good
 * night". The recipient right before it is an object pronoun, a name, a bare word for someone ("tell mom") or one
 * noun phrase of a determiner and up to two words naming a person or a group; "Tell me a joke, thanks" and "tell
 * my team the news thanks" close a request instead. prepare-tokens.ts keeps such a phrase as content.
 */
export function isMessageToSomeone(tokens: readonly Token[], index: number, partsOfSpeech: PartsOfSpeech): boolean {
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.text.toLowerCase() : undefined);
  let at = index - 1;
  const letKnow = word(at) === 'know';
  if (letKnow) at--;
  const last = word(at);
  if (last === undefined) return false;
  // A pronoun, a name ("tell John sorry") or a bare word for someone ("tell mom good morning").
  const named = !tokens[at]!.sentenceStart && /^\p{Lu}\p{Ll}/u.test(tokens[at]!.text) && !FUNCTION_WORDS.has(last);
  // A bare plural the lexicon may lack counts too: "wish coworkers good morning".
  const bare = !FUNCTION_WORDS.has(last) && (partsOfSpeech.namesPerson?.(last) === true || /\p{Ll}s$/u.test(last)) && MESSAGE_VERBS.has(word(at - 1) ?? '');
  if (RECIPIENT_PRONOUNS.has(last) || named || bare) at--;
  else {
    let words = 0;
    for (; words < 2 && word(at) !== undefined && !FUNCTION_WORDS.has(word(at)!) && !tokens[at]!.sentenceStart; words++) at--;
    if (words === 0 || !RECIPIENT_DETERMINERS.has(word(at) ?? '')) return false;
    // Someone, not something: "tell my boss thanks", "tell my team thanks", but "tell my story thanks" closes a request.
    // A noun the lexicon lacks ("coworker", "bestie") may be someone too.
    if (partsOfSpeech.namesPerson && partsOfSpeech.canBeNoun(last) && !partsOfSpeech.namesPerson(last) && !partsOfSpeech.namesGroup?.(last)) return false;
    at--;
  }
  const verb = word(at);
  return verb !== undefined && (letKnow ? verb === 'let' : MESSAGE_VERBS.has(verb));
}
/** Verbs that give someone a message: "tell my boss sorry", "wish my dad good night", "text my wife good morning". */
// Not "send": "write a poem I can send my girlfriend, thanks" sends the poem.
const MESSAGE_VERBS: ReadonlySet<string> = new Set([
  'tell', 'tells', 'telling', 'told', 'wish', 'wishes', 'wishing', 'wished', 'text', 'texting', 'message', 'messaging', 'bid', 'bidding',
  'email', 'emailing', 'dm', 'whatsapp', 'ping',
]);
const RECIPIENT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'everyone', 'everybody', 'someone', 'somebody']);
const RECIPIENT_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'our', 'his', 'her', 'their', 'the', 'a', 'an', 'this', 'that', 'these', 'those']);

/**
 * Whether the English courtesy or filler phrase of `length` tokens at `index` is the words a prompt asks about
 * rather than politeness, by the language around it: courtesy is filler only in English. So it is content
 * - right after a word of another language, whose object it can be ("Was heißt thank you?", "¿Cómo se dice en
 *   japonés sorry?");
 * - anywhere in a text mostly not English, the phrase left out ("Mein Kollege schreibt immer btw. Was heißt das?",
 *   "Que veut dire good morning, en japonais ?"), unless marks set it apart as a sentence or an aside of its own
 *   ("Thanks! 如何做红烧肉？", "Wo ist der Bahnhof, please?");
 * - in English, right after "translate into <language>" with no object of its own ("Translate into Korean
 *   thank you"; not "Translate this into Korean, thanks").
 */
export function courtesyIsForeignObject(tokens: readonly Token[], index: number, length: number, words: EnglishWords): boolean {
  const previous = tokens[index - 1];
  if (previous?.kind === 'word' && isForeignWord(tokens, index - 1, words)) return true;
  if (translatedIntoLanguage(tokens, index)) return true;
  if (!mostlyForeign(tokens, words, index, index + length, true)) return false;
  // Set apart at the text's start or end it is the asker's courtesy, unless the text asks about words: a verb of
  // saying or meaning, or a language's name, in another language ("Hello, c'est quoi en espagnol ?", "Thank you, wat
  // betekent dat?"; a red team on other languages, session 42: 5,263 served). Inside a text it is an aside about it
  // ("En espagnol, hello, c'est quoi ?").
  // The text's first and last words, found once per text: slicing the text around each phrase was quadratic in a text of
  // many ("hey all, " repeated: 4.5 s at 64 KB; a review, session 50).
  const { first, last } = wordSpan(tokens);
  const atEdge = first >= index || last < index + length;
  return !(setApart(previous) && setApart(tokens[index + length]) && atEdge && !asksAboutForeignWords(tokens));
}
/** The indexes of a text's first and last words (-1 when it has none), read once per token list. */
function wordSpan(tokens: readonly Token[]): { first: number; last: number } {
  let span = WORD_SPANS.get(tokens);
  if (span === undefined) {
    let last = tokens.length - 1;
    while (last >= 0 && tokens[last]!.kind !== 'word') last--;
    WORD_SPANS.set(tokens, (span = { first: last === -1 ? -1 : tokens.findIndex((token) => token.kind === 'word'), last }));
  }
  return span;
}
const WORD_SPANS = new WeakMap<readonly Token[], { first: number; last: number }>();
/**
 * Whether a text asks about words in another language, with no quoted word of its own to ask about: a verb of saying
 * or meaning, or a language's name after its preposition ("en español", "auf Englisch"; not "aprender inglés"). Not
 * "¿Qué significa 'saudade' en español? Thanks!", whose question has its object. Once per token list.
 */
function asksAboutForeignWords(tokens: readonly Token[]): boolean {
  let found = FOREIGN_WORDING.get(tokens);
  if (found === undefined) {
    const quoted = tokens.some((token) => token.kind === 'code' || (token.kind !== 'word' && QUOTE_MARKS.test(token.text)));
    found = !quoted && tokens.some((token, index) => {
      if (token.kind !== 'word') return false;
      const key = token.key.toLowerCase();
      return FOREIGN_WORDING_CUES.has(key) || (FOREIGN_LANGUAGE_NAMES.has(key) && tokens[index - 1]?.kind === 'word' && LANGUAGE_PREPOSITIONS.has(tokens[index - 1]!.key.toLowerCase()));
    });
    FOREIGN_WORDING.set(tokens, found);
  }
  return found;
}
const QUOTE_MARKS = /["'“”‘’«»„]/u;
const LANGUAGE_PREPOSITIONS: ReadonlySet<string> = new Set(['en', 'in', 'auf', 'em', 'al', 'au', 'na', 'no', 'het', 'im', 'ins', 'op', 'po', 'dal', 'dall']);
const FOREIGN_WORDING = new WeakMap<readonly Token[], boolean>();
const FOREIGN_WORDING_CUES: ReadonlySet<string> = new Set([
  // Saying, meaning, writing, translating.
  'dice', 'dicen', 'decir', 'dit', 'dire', 'dis', 'disent', 'sagt', 'sagen', 'sage', 'heißt', 'heisst', 'bedeutet', 'bedeuten', 'significa',
  'significado', 'signifie', 'veut', 'zeg', 'zegt', 'zeggen', 'betekent', 'betekenis', 'fala', 'falar', 'diz', 'dizer', 'escribe', 'escribir',
  'écrit', 'écrire', 'schreibt', 'schreiben', 'traduce', 'traducir', 'traduire', 'traduis', 'traduit', 'übersetze', 'übersetzen', 'vertaal',
  'vertalen', 'traduz', 'traduzir', 'traduci', 'tradurre', 'dicono', 'scrive', 'pronuncia', 'pronunciar', 'prononce', 'ausgesprochen', 'uitspreken',
]);
/** Languages named in their own words. */
const FOREIGN_LANGUAGE_NAMES: ReadonlySet<string> = new Set([
  'espagnol', 'anglais', 'japonais', 'allemand', 'russe', 'chinois', 'coréen', 'italien', 'français', 'portugais', 'arabe',
  'español', 'inglés', 'japonés', 'alemán', 'ruso', 'chino', 'coreano', 'italiano', 'francés', 'portugués', 'árabe',
  'englisch', 'japanisch', 'spanisch', 'deutsch', 'russisch', 'chinesisch', 'koreanisch', 'italienisch', 'französisch', 'portugiesisch',
  'engels', 'japans', 'spaans', 'duits', 'russisch', 'chinees', 'koreaans', 'italiaans', 'frans', 'portugees',
  'inglês', 'alemão', 'japonês', 'espanhol', 'russo', 'chinês', 'francês', 'inglese', 'tedesco', 'giapponese', 'spagnolo', 'francese',
]);
/** A text's edge or a mark that separates a sentence or an aside, in any script (？ 。 ， ، are no ASCII marks). */
function setApart(token: Token | undefined): boolean {
  return token === undefined || ((token.kind === 'punct' || token.kind === 'symbol') && SEPARATING_MARKS.test(token.text));
}
const SEPARATING_MARKS = /^[.,!?;…—–\-。．？！，、؟،]+$/u;

/** Whether the tokens before `index` are "<translate> into|to|in <language>" ("Translate into Korean …", "Say in Japanese, …"). */
function translatedIntoLanguage(tokens: readonly Token[], index: number): boolean {
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : undefined);
  // A comma may set the words apart: "Say in Japanese, thank you".
  const end = tokens[index - 1]?.kind !== 'word' && tokens[index - 1]?.text === ',' ? index - 1 : index;
  const [verb, preposition, language] = [word(end - 3), word(end - 2), word(end - 1)];
  return verb !== undefined && TRANSLATING.has(verb) && ['into', 'to', 'in'].includes(preposition ?? '') && LANGUAGES.has(language ?? '');
}

/**
 * Whether a line of courtesy alone ("Thanks", "Hi!") in a text with a code block may be the code's input rather
 * than the asker's politeness, and the two texts differ in such lines: one standing between a question that points
 * forward and the code ("What does the bot answer to this?\nHi\n```if msg == 'Hi': …```"; not "Why does this
 * print undefined?\nThanks in advance!\n```…"), or any such line where the text points at a word or a line by its
 * place ("the word above", "the line after it"). A closing "Thanks!" after the code, or
 * one on the question's own line, stays politeness, also after "the code below".
 */
export function courtesyLineAsInput(query: string, candidate: string): boolean {
  if (!hasFence(query) && !hasFence(candidate)) return false;
  return inputCourtesyLines(query) !== inputCourtesyLines(candidate);
}

function inputCourtesyLines(text: string): string {
  if (!hasFence(text)) return '';
  const lines = text.split('\n').map((line) => line.trim());
  const pointsAtPlace = PLACE_POINTERS.test(text);
  // For each line, whether the next non-empty line opens a code block (one pass from the end: linear).
  const codeNext = new Uint8Array(lines.length);
  for (let index = lines.length - 2, next = lines[lines.length - 1]!; index >= 0; index--) {
    codeNext[index] = isFence(next) ? 1 : 0;
    if (lines[index]! !== '') next = lines[index]!;
  }
  const found: string[] = [];
  let proseBefore = false;
  let lastProse = '';
  let seenCode = false;
  let inCode = false;
  for (const [index, line] of lines.entries()) {
    if (isFence(line)) {
      seenCode = true;
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    if (COURTESY_LINE.test(line)) {
      // Between the question and the code, or anywhere where the text points at a place.
      if ((!seenCode && proseBefore && codeNext[index] === 1 && POINTS_FORWARD.test(lastProse)) || pointsAtPlace) found.push(`${seenCode ? 'after ' : ''}${line.toLowerCase().replace(/[^\p{L} ]/gu, '')}`);
    } else if (line !== '') {
      proseBefore = true;
      lastProse = line;
    }
  }
  return found.join('|');
}
const hasFence = (text: string) => text.includes('```') || text.includes('~~~');
const isFence = (line: string) => line.startsWith('```') || line.startsWith('~~~');
/** A line of courtesy alone: a greeting or thanks, maybe with "there", "all", "so much", and its marks. */
const COURTESY_LINE = /^(?:hi|hello|hey|hiya|howdy|greetings|thanks|thank you|thanks a lot|thank you so much|many thanks|thx|ty|cheers|good (?:morning|afternoon|evening))(?: (?:there|all|everyone|so much|a lot|again|in advance))?[ !.,?]*$/iu;
/** Words that point at a place in the text: what stands there is what is asked about. */
const PLACE_POINTERS = /\b(?:(?:word|greeting|input|text)\s+(?:above|below)|(?:word|line|greeting|input|text)\s+(?:after|before)\s+(?:it|this|the\s+code))\b/iu;
/** A question that points forward at what follows: "What does the bot answer to this?", "… on the next line?", "… if the user types". */
const POINTS_FORWARD = /(?:\b(?:this|these|following|below|next\s+line|types?|writes?|sends?|says?|enters?)|:)[ \t]*[?:.]*[ \t]*$/iu;
