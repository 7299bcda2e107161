import {
  CONDITION_SCOPE, DEICTIC_OBJECTS, FILLER_ANYWHERE, FILLER_AT_EDGES, FILLER_AT_START, FUNCTION_WORDS, HOW_MODALS, HOW_SUBJECTS, KINDLY_REQUEST_VERBS, KINDLY_VERBS_TO_ASKER, LANGUAGES, POLITENESS_AS_OBJECT_AFTER,
  PERSON_PLURALS, POLITENESS_AS_OBJECT_BEFORE, POSSIBILITY_SCOPE, QUESTION_OPENERS, QUESTION_WORDS, REQUEST_VERBS, TEXT_REQUEST_VERBS,
} from './closed-lists.ts';
import { asksCapability } from './capability-question.ts';
import { courtesyIsForeignObject, isMessageToSomeone } from './courtesy.ts';
import { namesProgramming } from './identifier-position.ts';
import { FUNCTION_WORDS_ONLY, type EnglishWords } from './language.ts';
import { someTokenOnce } from './token-scan.ts';
import type { Token } from './verify-tokens.ts';
import { endsSentence } from './sentence-boundary.ts';
import { AUXILIARIES, FORMS_OF_BE } from './word-context.ts';

/** A side of the comparison once politeness, filler and sentence punctuation are set aside. */
export interface PreparedSide {
  /** The tokens the rules judge. */
  tokens: Token[];
  /** Filler phrases removed ("please", "thank you"), lowercase. */
  filler: string[];
  /** Sentence punctuation removed, in order. */
  punctuation: string[];
  /** How many tokens came from expanding a contraction. */
  expanded: number;
  /**
   * `breaks[i]` is 1 when sentence punctuation was removed between tokens i - 1 and i: there the text separates
   * two clauses, and the other text's loose mark ("tent - which" / "tent, which") may stand for it.
   */
  breaks: Uint8Array;
  /**
   * `gaps[i]` is the whitespace before kept token i (Token.gap, ' ' when unset), after that of any punctuation
   * removed just before it, each followed by "|": where layout is the question, "a , b" is not "a, b". After
   * filler set aside inside the text it is the filler's own ("Write me a poem": " " before "a"). Only
   * with prepareSide's `gaps` option (from tokens that recorded them).
   */
  gaps?: string[];
  /** The tokens before anything was set aside (verifyTokens' output), punctuation included. */
  raw: readonly Token[];
  /** `origin[i]` is the index in `raw` of kept token i. */
  origin: Uint32Array;
}

const PUNCTUATION_REMOVED = 1;
const FILLER_REMOVED = 2;

/**
 * Sets aside what never changes a prompt's meaning: sentence punctuation, and politeness or filler at the places
 * where it is filler (see closed-lists.ts). Code is never touched: inside code every token counts.
 */
export function prepareSide(tokens: readonly Token[], options: { gaps?: boolean; partsOfSpeech?: PartsOfSpeech } = {}): PreparedSide {
  const partsOfSpeech = options.partsOfSpeech ?? NO_PARTS_OF_SPEECH;
  const removed = new Uint8Array(tokens.length);
  const filler: string[] = [];
  let expanded = 0;
  // Whether the text has a word in lowercase: where it does, a filler word typed in capitals is an acronym.
  let lowercase: boolean | undefined;
  const hasLowercase = () => (lowercase ??= tokens.some((token) => token.kind === 'word' && /\p{Ll}/u.test(token.text)));
  const searchesTitle = isTitleSearch(tokens);
  // Whether every token before `index` is set aside, read once over the text as the loop goes (a scan from the start
  // for each opener was quadratic in a text of many: "hey all, " repeated; a review, session 50).
  let scanned = 0;
  let keptFound = false;
  const nothingKeptBefore = (index: number) => {
    for (; !keptFound && scanned < index; scanned++) if (removed[scanned] === 0) keptFound = true;
    return !keptFound;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.expanded) expanded++;
    if (token.kind === 'punct') {
      removed[index] = PUNCTUATION_REMOVED;
      continue;
    }
    if (token.kind !== 'word' || removed[index] || searchesTitle) continue;
    if (isFillerAcronym(token.text) && hasLowercase() && !closingThanksInCapitals(tokens, index)) continue;
    if (isAskerClosingRequest(tokens, index, removed, partsOfSpeech)) {
      removed[index] = FILLER_REMOVED;
      removed[index + 1] = FILLER_REMOVED;
      filler.push(`${token.text.toLowerCase()} ${tokens[index + 1]!.text.toLowerCase()}`);
      index++;
      continue;
    }
    if (isAskerAsBeneficiary(tokens, index, removed, partsOfSpeech) || isTellBeforeWork(tokens, index, removed, partsOfSpeech)) {
      removed[index] = FILLER_REMOVED;
      filler.push(token.text.toLowerCase());
      continue;
    }
    const plea = helpPlea(tokens, index);
    if (plea > 0) {
      for (let offset = 0; offset < plea; offset++) removed[index + offset] = tokens[index + offset]!.kind === 'word' ? FILLER_REMOVED : PUNCTUATION_REMOVED;
      filler.push('please help');
      index += plea - 1;
      continue;
    }
    if (index === 0 && isQuestionLabel(tokens)) {
      removed[index] = FILLER_REMOVED;
      filler.push(token.text.toLowerCase());
      continue;
    }
    if (isDiscourseOpener(tokens, index, nothingKeptBefore, partsOfSpeech)) {
      removed[index] = FILLER_REMOVED;
      filler.push(token.text.toLowerCase());
      continue;
    }
    const phrase = matchFiller(tokens, index, index > 0 && removed[index - 1] !== 0, partsOfSpeech);
    if (phrase === undefined) continue;
    for (let offset = 0; offset < phrase.length; offset++) removed[index + offset] = FILLER_REMOVED;
    filler.push(phrase.join(' '));
    index += phrase.length - 1;
  }
  // A text that is only politeness ("Good morning", "Thanks!") says nothing else: there it is the content.
  if (filler.length > 0 && !tokens.some((token, index) => token.kind === 'word' && removed[index] === 0)) {
    removed.fill(0);
    filler.length = 0;
    tokens.forEach((token, index) => {
      if (token.kind === 'punct') removed[index] = PUNCTUATION_REMOVED;
    });
  }
  const kept: Token[] = [];
  // One more slot per "how to" that is read as "how do I" (opensHowTo) or a number cut from its unit ("5km").
  const slots = tokens.length * 2;
  const origin = new Uint32Array(slots);
  const punctuation: string[] = [];
  const breaks = new Uint8Array(slots + 1);
  const gaps: string[] = [];
  let carried = '';
  let fillerGap = '';
  let fillerSince = false;
  for (let index = 0; index < tokens.length; index++) {
    // A loose mark next to removed filler separated it from the prompt ("Hello - how do I …", "… - thanks").
    if (removed[index] === 0 && tokens[index]!.loose && (removed[index - 1] === FILLER_REMOVED || removed[index + 1] === FILLER_REMOVED)) removed[index] = PUNCTUATION_REMOVED;
    if (removed[index] === 0) {
      // The text's start, and where politeness was set aside ("Please write a haiku"), has no gap to compare.
      if (options.gaps) {
        // Inside the text, a token after filler has the filler's gap: "Write me a poem" is laid out as "Write a poem".
        // Right after filler, the filler's gap, or the line break after it ("Why? Thanks\n```js"); after filler and its
        // marks, the marks count as one ("Why? Thanks.\n\n```js"): the text without the filler has one there.
        const own = tokens[index]!.gap ?? ' ';
        const afterFiller = own.includes('\n') && !fillerGap.includes('\n') ? fillerGap.replace(/[ \t]+$/u, '') + own : fillerGap;
        gaps.push(kept.length === 0 ? '' : removed[index - 1] === FILLER_REMOVED ? afterFiller : fillerSince ? (carried + own).replace(/\|[ |]*\|/gu, '|') : carried + own);
        carried = '';
        fillerSince = false;
      }
      origin[kept.length] = index;
      kept.push(kept.length === 0 && removed[index - 1] !== undefined && filler.length > 0 ? asTextStart(tokens[index]!, tokens, index) : tokens[index]!);
      const unit = tokens[index]!.kind === 'number' ? NUMBER_WITH_UNIT.exec(tokens[index]!.text) : null;
      if (unit !== null && UNITS.has(unit[2]!)) {
        // "5km" is "5 km": the number and its unit as two tokens, as typed with a space ('' between them for layout).
        const number = tokens[index]!;
        kept[kept.length - 1] = { ...number, text: unit[1]!, key: unit[1]! };
        origin[kept.length] = index;
        kept.push({ ...number, kind: 'word', text: unit[2]!, key: unit[2]!, sentenceStart: false, expanded: false });
        if (options.gaps) gaps.push('');
      } else if (opensHowTo(tokens, index, removed, kept, partsOfSpeech)) {
        // "How to reset my router?" asks what "How do I reset my router?" does: the same two keys, "do" and "I".
        const to = tokens[index]!;
        kept[kept.length - 1] = { ...to, key: 'do' };
        origin[kept.length] = index;
        kept.push({ ...to, text: 'I', key: 'I', sentenceStart: false, expanded: false });
        if (options.gaps) gaps.push(' ');
      }
    } else if (removed[index] === FILLER_REMOVED) {
      fillerSince = true;
      if (options.gaps && removed[index - 1] !== FILLER_REMOVED) fillerGap = carried + (tokens[index]!.gap ?? ' ');
    } else if (removed[index] === PUNCTUATION_REMOVED) {
      punctuation.push(tokens[index]!.text);
      breaks[kept.length] = 1;
      if (options.gaps) carried += `${tokens[index]!.gap ?? ' '}|`;
    }
  }
  invertEmbeddedQuestions(tokens, removed, kept, origin, breaks, options.gaps ? gaps : undefined);
  return { tokens: canonicalEquivalents(canonicalHowModals(kept), knowsEnglishWords(partsOfSpeech) ? partsOfSpeech : undefined), filler, punctuation, expanded, breaks: breaks.subarray(0, kept.length + 1), ...(options.gaps ? { gaps } : {}), raw: tokens, origin: origin.subarray(0, kept.length) };
}

/**
 * Whether the text is a search for a song, a film or a phrase by its title ("please don't go lyrics", "sorry seems
 * to be the hardest word chords", "excuse me miss lyrics", "sorry not sorry meaning", "don't leave me lyrics pink",
 * "please please me album release date"): a few words with no sentence end and no question asked, then a
 * word for what is wanted of the title with no article before it ("the lyrics of …" is a request), and at most an
 * artist's name, a year or "release date" after it. There politeness opening the text is the title's own first
 * word ("Please Don't Go" is not "Don't Go"), so none is set aside.
 */
function isTitleSearch(tokens: readonly Token[]): boolean {
  let words = 0;
  let after: number | undefined;
  let previous: string | undefined;
  let beforePrevious: string | undefined;
  let asks = false;
  let counted = false;
  for (const token of tokens) {
    // A number before "words" counts them: "in under 50 words" is a length, no title's "words" (a red team, session 48:
    // "Please explain recursion in under 50 words." kept its "Please" as a title's first word). Not before "lyrics",
    // "chords": "please stay 1961 lyrics" is a song's search (a review of the first version).
    const afterNumber = counted;
    counted = token.kind === 'number';
    if (token.kind === 'punct') {
      if (/[.?!;]/u.test(token.text) && after === undefined) return false;
      // "Does the warranty cover freezing damage? Thanks!": a question an auxiliary opens and a "?" ends, not a title.
      if (asks && token.text.includes('?')) return false;
      continue;
    }
    if (token.kind !== 'word') continue;
    if (++words > TITLE_SEARCH_WORDS) return false;
    const word = token.key.toLowerCase();
    if (words === 1) asks = AUXILIARIES.has(word) || FORMS_OF_BE.has(word);
    // "what's a good workout song", "who is the lead singer": a question; "what love is chords" is a title.
    if (after === undefined && QUESTION_WORDS.has(previous ?? '') && ASKING_AFTER_QUESTION_WORD.has(word)) return false;
    // "Please write the lyrics for a birthday song", "Give me a song": a request for a text, not a title.
    if (after === undefined && ARTICLES_AFTER_REQUEST.has(word) && (asksFor(previous) || (previous === 'me' && asksFor(beforePrevious)))) return false;
    beforePrevious = previous;
    if (after !== undefined) after++;
    else if (words > 1 && TITLE_SEARCHES.has(word) && previous !== undefined && !BEFORE_TITLE_REQUEST.has(previous) && !(afterNumber && COUNTED_UNITS.has(word))) after = 0;
    previous = word;
  }
  return after !== undefined && after <= TITLE_SEARCH_TAIL;
}
const ASKING_AFTER_QUESTION_WORD: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'s", 's', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'has', 'have', 'had', 'sings', 'sang', 'wrote', 'writes', 'made', 'makes', 'plays', 'played']);
/** A request verb (closed-lists.ts) or a verb of choosing, which asks for a text or a thing, not a title. */
function asksFor(word: string | undefined): boolean {
  return word !== undefined && (REQUEST_VERBS.has(word) || CHOOSING.has(word));
}
const CHOOSING: ReadonlySet<string> = new Set(['choose', 'pick', 'need', 'want', 'recommend', 'suggest', 'find', 'get', 'buy', 'play', 'learn', 'sing']);
/** What follows such a verb when it asks for a text or a thing, not a title ("write the lyrics", "choose a first dance song"). */
const ARTICLES_AFTER_REQUEST: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'my', 'your', 'this', 'that', 'these', 'those']);
/** How many words may follow a title search's word: an artist ("lyrics by kc and the sunshine band"), "release date". */
const TITLE_SEARCH_TAIL = 6;
/** Words before "lyrics", "meaning" … that make a request of them, not a search: "the lyrics of", "its meaning". */
const BEFORE_TITLE_REQUEST: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'my', 'your', 'our', 'of', 'for', 'to', 'with', 'about', 'in',
  'on', 'what', 'which', 'some', 'any', 'write', 'find', 'give', 'show', 'theme', 'best', 'good', 'favorite', 'favourite', 'new', 'latest',
  'famous', 'popular', 'top', 'wedding', 'dance', 'workout', 'sad', 'happy', 'funny', 'love', 'christmas', 'birthday',
]);
/** How many words a title search may have ("i want to know what love is" and more). */
const TITLE_SEARCH_WORDS = 14;
/** Title-search words a number before them counts: a length asked for. */
const COUNTED_UNITS: ReadonlySet<string> = new Set(['words', 'word']);
/** What a search for a title asks of it, after the title ("… lyrics", "… chords", "… album release date"). */
const TITLE_SEARCHES: ReadonlySet<string> = new Set([
  'lyrics', 'lyric', 'chords', 'chord', 'tabs', 'tab', 'karaoke', 'instrumental', 'remix', 'acapella', 'meaning', 'song', 'album', 'soundtrack',
  'ost', 'trailer', 'quote', 'quotes', 'poem', 'cover', 'mp3', 'video', 'sheet', 'tiktok', 'spotify', 'youtube', 'words', 'piano', 'guitar',
  'ukulele', 'release', 'translation', 'version',
]);

/**
 * Whether the kept token at `index` is the "to" of "how to <verb>" opening a question (at the text's or a
 * sentence's start, or after politeness set aside: "Hi, how to reset my router?"), which asks what "how do I <verb>"
 * asks. Not inside a sentence ("I forgot how to swim", "Tell me how to swim" keep their own words), nor before a
 * word that is no verb ("how to Paris").
 */
/** How far past "how to" a "you" is looked for. */
const HOW_TO_REACH = 64;

function opensHowTo(tokens: readonly Token[], index: number, removed: Uint8Array, kept: readonly Token[], partsOfSpeech: PartsOfSpeech): boolean {
  const to = tokens[index]!;
  const how = tokens[index - 1];
  if (to.kind !== 'word' || to.text.toLowerCase() !== 'to' || how?.kind !== 'word' || how.text.toLowerCase() !== 'how' || kept.at(-2) !== how) return false;
  // Only politeness and marks before it in its sentence: "Hi, how to …" opens one; "Show me how to …" does not.
  let before = index - 2;
  while (before >= 0 && removed[before] !== 0 && !tokens[before]!.sentenceStart && !(tokens[before]!.kind === 'punct' && endsSentence(tokens[before]!.text))) before--;
  const opens = how.sentenceStart || before < 0 || removed[before] !== 0 || (tokens[before]!.kind === 'punct' && endsSentence(tokens[before]!.text));
  const verb = tokens[index + 1];
  if (!opens || verb?.kind !== 'word' || removed[index + 1] !== 0 || !partsOfSpeech.canBeVerb(verb.text.toLowerCase())) return false;
  // "How to look in a navy suit" is no "How do I look in a navy suit?" (asking how one looks).
  const afterVerb = tokens[index + 2];
  if (APPEARANCE_VERBS.has(verb.text.toLowerCase()) && (afterVerb?.kind !== 'word' || APPEARANCE_FOLLOWERS.has(afterVerb.text.toLowerCase()))) return false;
  if (asksStanding(verb.text.toLowerCase(), afterVerb?.kind === 'word' ? afterVerb.text.toLowerCase() : undefined, tokens[index + 3]?.kind === 'word' ? tokens[index + 3]!.text.toLowerCase() : undefined)) return false;
  // Not a title ("How to Train Your Dragon": its verb in capitals), nor where "you" follows: in "how to tell
  // if you're pregnant" it is anyone, in "how do I tell if you're pregnant" the one spoken to.
  // To the end of its sentence, a line's start included ("How to go\nHow to go\n…" is many questions), and no
  // further than HOW_TO_REACH words: a scan per "how to" to the text's end was quadratic.
  for (let at = index + 1; at < tokens.length && at - index <= HOW_TO_REACH && !(tokens[at]!.kind === 'punct' && endsSentence(tokens[at]!.text)) && !(at > index + 1 && tokens[at]!.sentenceStart); at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word') continue;
    if (/^(?:you|your|yours|yourself|yourselves|u|ur)$/iu.test(token.text)) return false;
    // A capital on the verb is a title's ("How to Train …"); later ones are names ("… in Python").
    if (at === index + 1 && /^\p{Lu}/u.test(token.text)) return false;
  }
  return true;
}

/**
 * The first word kept after politeness that opened the text starts the text when it opens a question or a
 * request: its capital is a sentence's ("Quick question: What is …?" is "What is …?"; after a colon the
 * tokenizer saw no sentence start).
 */
function asTextStart(token: Token, tokens: readonly Token[], index: number): Token {
  if (token.kind !== 'word' || token.sentenceStart || !/^\p{Lu}\p{Ll}*$/u.test(token.text)) return token;
  // Only a word that opens a question or a request: a name or a title may follow a greeting ("Hi, Her
  // soundtrack?", "Hey, Windows won't close").
  const lower = token.text.toLowerCase();
  // Or the asker opening their story ("Hi, My 2-year-old has a fever …", "Hey, I need …"; a red team on advice, session
  // 40: 261 of 445 such near-duplicates refused as a case).
  // Not after an opening quote, where the other text's word is no sentence start either ('Please "We're in …').
  if (!QUESTION_OPENING.has(lower) && !REQUEST_VERBS.has(lower) && !(ASKER_OPENING.has(lower) && !aboutOwnWords(tokens) && !OPENING_QUOTES.test(tokens[index - 1]?.text ?? ''))) return token;
  // "I" keeps its key: the pronoun is a capital wherever it stands.
  return { ...token, sentenceStart: true, key: lower === 'i' || lower.startsWith("i'") ? token.key : lower };
}
const OPENING_QUOTES = /^["“'‘«„]$/u;
/** The asker's own words opening a story after a greeting. */
const ASKER_OPENING: ReadonlySet<string> = new Set(['i', 'my', 'we', 'our', "i'm", 'im']);
/** Words that open a question. */
const QUESTION_OPENING: ReadonlySet<string> = new Set([
  ...QUESTION_WORDS,
  // Not the modals that are nouns too ("Will is invalid", "May sales"): can, will, may, must.
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'could', 'would', 'should', 'shall', 'might', 'has', 'have', 'had',
]);

/**
 * A question asked through politeness that asks for it ("Could you tell me", "Do you know", "I was wondering")
 * keeps a statement's order: "Could you tell me what the capital of France is?", "Do you know where the station
 * is?", "… how old the universe is", "… why the sky is blue". With the politeness set aside, the question's own
 * order is restored — the copula after the question word (and the word it asks about: "how old", "what
 * colour") — so it reads as "What is the capital of France?". Only a short noun phrase may stand between, with no
 * verb, relative word or other copula in it; the rest stays as written ("Tell me what you are doing").
 */
function invertEmbeddedQuestions(raw: readonly Token[], removed: Uint8Array, kept: Token[], origin: Uint32Array, breaks: Uint8Array, gaps: string[] | undefined): void {
  const lower = (token: Token | undefined) => (token?.kind === 'word' ? token.text.toLowerCase() : undefined);
  // Read the whole text only once a question word after asking politeness is found: every side is prepared.
  let oneQuestion: boolean | undefined;
  let oneSentence: boolean | undefined;
  for (let at = 0; at < kept.length; at++) {
    const wh = lower(kept[at]);
    if (wh === undefined || !QUESTION_WORDS.has(wh) || !afterAskingPoliteness(raw, removed, origin[at]!, wh)) continue;
    // A name typed as code ("iPhone") leaves a pronoun and its verb as they are; the copula's move reads more of the text.
    if (!(oneSentence ??= isOneQuestion(raw, true))) return;
    // The question word's phrase: "how old", "what colour", "which country" (not before a determiner or a pronoun).
    let subject = at + 1;
    const next = lower(kept[subject]);
    if (next !== undefined && (wh === 'how' || wh === 'what' || wh === 'which' || wh === 'whose') && !DETERMINERS.has(next) && !SUBJECT_OPENERS.has(next) && !COPULAS.has(next)) subject++;
    // A pronoun subject and its verb: a modal goes back before it ("how long I should boil" → "how long should I
    // boil"), and a plain verb gets the "do" of the direct question ("how long I boil" → "how long do I boil"; a red
    // team on everyday questions, session 41: 1,050 of 1,160 such rewordings refused). Not "what I do" ("What do I do?"
    // asks another thing), nor a verb's other forms ("why he lies": "does"/"did" change the verb).
    const pronoun = kept[subject]?.text;
    const verb = lower(kept[subject + 1]);
    // Not a question already direct ("how to" read as "how do I": opensHowTo).
    const direct = INVERTED_MODALS.has(kept[subject - 1]?.key.toLowerCase() ?? '') || kept[subject - 1]?.key.toLowerCase() === 'do';
    // Nor a question word that is the subject of its own verb ("what made you cry": a hostile review, session 41).
    const ownVerb = subject === at + 2 && /(?:ed|es|s)$|^(?:made|make|got|get|went|go|did|took|take|brought|led|kept|drove|gave|left|put)$/u.test(lower(kept[at + 1]) ?? '');
    if (!direct && !ownVerb && pronoun !== undefined && DO_SUBJECTS.has(pronoun) && verb !== undefined && breaks[subject + 1] === 0) {
      if (INVERTED_MODALS.has(verb)) {
        swapKept(kept, origin, gaps, subject);
        at = subject + 1;
        continue;
      }
      if (/^\p{Ll}+$/u.test(kept[subject + 1]!.text) && verb !== 'do' && !FUNCTION_WORDS.has(verb) && !CLAUSE_WORDS.has(verb) && !COPULAS.has(verb) && !/(?:ed|s)$/u.test(verb)) {
        kept.splice(subject, 0, { text: 'do', key: 'do', kind: 'word', sentenceStart: false, expanded: false });
        origin.copyWithin(subject + 1, subject, kept.length - 1);
        breaks.copyWithin(subject + 1, subject, kept.length);
        breaks[subject + 1] = 0;
        gaps?.splice(subject + 1, 0, ' ');
        at = subject + 2;
        continue;
      }
    }
    if (!(oneQuestion ??= isOneQuestion(raw, false))) return;
    let copula = subject;
    for (; copula < kept.length && copula - subject <= NOUN_PHRASE_WORDS; copula++) {
      const word = lower(kept[copula]);
      if (word === undefined || COPULAS.has(word) || CLAUSE_WORDS.has(word) || (copula > subject && raw[origin[copula]! - 1]?.kind === 'punct')) break;
    }
    if (copula === subject || copula >= kept.length || !COPULAS.has(lower(kept[copula]) ?? '') || raw[origin[copula]! - 1]?.kind === 'punct') continue;
    // Not about the one asked or the one asking ("Do you know where you are?", "… how lucky you are"), nor a
    // title ("I Wonder Where the Lions Are").
    const between = kept.slice(subject, copula);
    // Case-sensitive: "the US" is no "us".
    if (between.some((token) => PARTICIPANTS.has(token.text) || token.text === 'I' || (/^\p{Lu}\p{Ll}/u.test(token.text) && FUNCTION_WORDS.has(token.text.toLowerCase())))) continue;
    // The clause ends the question, at most a short complement after its copula ("why the sky is blue"): more is a
    // story ("I was wondering why the light was on until I saw the cat"). And "how <adjective> this/it is" is an
    // exclamation as often as a question ("Do you know how late it is?").
    if (kept.length - copula - 1 > COMPLEMENT_WORDS) continue;
    if (wh === 'how' && between.length === 1 && LONE_PRONOUNS.has(lower(between[0]) ?? '')) continue;
    // Move the copula in front of the subject, with its origin and gap.
    const [token, from] = [kept[copula]!, origin[copula]!];
    kept.splice(copula, 1);
    kept.splice(subject, 0, token);
    origin.copyWithin(subject + 1, subject, copula);
    origin[subject] = from;
    if (gaps !== undefined) {
      const [gap] = gaps.splice(copula, 1);
      gaps.splice(subject, 0, gap!);
    }
    at = copula;
  }
}
/** Swaps kept tokens `at` and `at + 1`, with their origins and gaps. */
function swapKept(kept: Token[], origin: Uint32Array, gaps: string[] | undefined, at: number): void {
  [kept[at], kept[at + 1]] = [kept[at + 1]!, kept[at]!];
  [origin[at], origin[at + 1]] = [origin[at + 1]!, origin[at]!];
  if (gaps !== undefined) [gaps[at], gaps[at + 1]] = [gaps[at + 1]!, gaps[at]!];
}
/** Pronoun subjects of an embedded question whose verb takes "do" unchanged ("Can you tell me what you think of it?"). */
const DO_SUBJECTS: ReadonlySet<string> = new Set(['I', 'you', 'we', 'they']);
/** Modals a direct question puts before its subject. */
const INVERTED_MODALS: ReadonlySet<string> = new Set(['should', 'can', 'could', 'will', 'would', 'must', 'shall', 'may', 'might']);
/**
 * Whether the politeness set aside right before raw token `index` asks for an answer: "… tell me", "… know", "I
 * wonder". Not "tell me when": that asks to be told when it happens ("Tell me when the coast is clear").
 */
function afterAskingPoliteness(raw: readonly Token[], removed: Uint8Array, index: number, wh: string): boolean {
  const words: string[] = [];
  for (let at = index - 1; at >= 0 && removed[at] !== 0 && words.length < 6; at--) if (raw[at]!.kind === 'word') words.unshift(raw[at]!.text.toLowerCase());
  const phrase = words.join(' ');
  if (wh === 'when' && phrase.endsWith('tell me')) return false;
  return words.length > 0 && removed[index - 1] === FILLER_REMOVED && /(?:tell me|know|wonder|wondering)$/u.test(phrase);
}

/**
 * Whether the text is one question and nothing else: one sentence (a mark that ends one only at its end), no
 * quotation or code (but a name the tokens read as code, where `codeAllowed`: "iPhone"), and no word that makes its wording the question (a text to translate, correct or count, a
 * song's or a film's title: "Translate to Spanish. Can you tell me where the bathroom is?", "Fix my sentence
 * please. Tell me where is the station.", "Do you know where the love is lyrics").
 */
function isOneQuestion(raw: readonly Token[], codeAllowed: boolean): boolean {
  let last = raw.length - 1;
  while (last >= 0 && raw[last]!.kind === 'punct') last--;
  for (let at = 0; at <= last; at++) {
    const token = raw[at]!;
    if ((token.kind === 'code' && !codeAllowed) || token.kind === 'symbol') return false;
    if (token.kind === 'punct' && (endsSentence(token.text) || /["“”«»]/u.test(token.text))) return false;
    if (token.kind === 'word' && WORDING_TOPIC.test(token.text)) return false;
  }
  return true;
}
/** Words that make a text's wording its question. */
const WORDING_TOPIC = /^(?:translat\w*|grammar\w*|grammatical\w*|correct\w*|sentences?|phrases?|words?|english|french|spanish|german|italian|chinese|japanese|language|lyrics|chords|tabs|songs?|movies?|films?|titles?|books?|poems?|rewrite|rephrase|paraphrase|count|spell\w*|proofread\w*|fix|homework|meaning|means?)$/iu;
/** The one asked and the one asking: a question about them is no plain question ("Do you know how lucky you are?"). */
// Compared case-sensitively: "the US" is no "us" ("I" is checked on its own).
const PARTICIPANTS: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'me', 'my', 'we', 'us', 'our', 'u', 'ur']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** Pronouns that open the subject itself rather than complete the question word ("how it", "what that"), besides DETERMINERS ("what the capital"). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['that', 'i', 'you', 'he', 'she', 'it', 'we', 'they', 'there']);
/** Words that make what follows the question word more than a noun phrase: a verb of its own, a relative clause. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'if', 'whether', 'because', 'and', 'or', 'but', 'do', 'does', 'did', 'can', 'could', 'will', 'would',
  'should', 'may', 'might', 'must', 'has', 'have', 'had', 'not', 'be', 'been', 'being',
]);
/** Words a copula may have after it to the end of the question ("… is blue", "… are kept"). */
const COMPLEMENT_WORDS = 2;
const LONE_PRONOUNS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'they', 'these', 'those', 'he', 'she']);
/** The longest noun phrase between the question word and its copula. */
const NOUN_PHRASE_WORDS = 8;

// "how can I" / "how do I": one key, "do" (see HOW_MODALS). A question opening with "Could you" and a request verb
// keys as "Can you" where it was kept as content ("Could you translate documents?" / "Can you …": what the
// assistant can do); before another verb "could" is the past ("Could you smoke on planes?" / "Can you …").
function canonicalHowModals(tokens: Token[]): Token[] {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const [modal, subject, verb] = [tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
    if (modal.kind === 'word' && modal.sentenceStart && modal.key.toLowerCase() === 'could' && subject.kind === 'word' && subject.key.toLowerCase() === 'you' && verb.kind === 'word' && REQUEST_VERBS.has(verb.key.toLowerCase())) tokens[index] = { ...modal, key: 'can' };
  }
  for (let index = 0; index + 2 < tokens.length; index++) {
    const [how, modal, subject] = [tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
    if (how.kind !== 'word' || how.text.toLowerCase() !== 'how' || modal.kind !== 'word' || subject.kind !== 'word') continue;
    const word = modal.text.toLowerCase();
    if (word !== 'do' && HOW_MODALS.has(word) && HOW_SUBJECTS.has(subject.text.toLowerCase()) && !asksOpinion(subject, tokens[index + 3], tokens[index + 4], tokens[index + 5]) && !(subject.text.toLowerCase() === 'you' && disbelief(tokens, index + 3))) tokens[index + 1] = { ...modal, key: 'do' };
  }
  return tokens;
}

/**
 * Whether "how can you <verb>" doubts rather than asks a way: "that", "this" or "such" closing the clause a few words
 * after the verb ("How can you say that?", "How can you drink that?"; an attack on the verifier's acceptances, session
 * 45). Only with "you": "How can I fix that?" asks a way (a review). Not "How can you tell if an egg is bad?".
 */
function disbelief(tokens: readonly Token[], verb: number): boolean {
  for (let at = verb + 1; at < tokens.length && at <= verb + DOUBTED_OBJECT_REACH; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word' || token.sentenceStart) return false;
    const lower = token.key.toLowerCase();
    if (lower === 'such' || ((lower === 'that' || lower === 'this') && (tokens[at + 1] === undefined || tokens[at + 1]!.kind !== 'word' || tokens[at + 1]!.sentenceStart))) return true;
  }
  return false;
}
const DOUBTED_OBJECT_REACH = 3;

/**
 * Whether "how do <subject> <verb>" asks an opinion or how something looks, where "how can" asks a way: a verb of
 * liking said to "you" ("How do you like your steak?" / "How can you like …?"), "think"/"feel" about something ("How
 * do we feel about the new logo?"), "think" or "rate" said to "you" ("How do you think AI will change jobs?", "How do
 * you think of me?", "How do you rate this film?"), "look"/"sound"/"seem" with no adjective after ("How do I look in
 * this photo?" / "How can I look …?"), "compare with" (a red team, session 32). Not "How can you tell if an egg is
 * bad?", "How can you view the commit history?", "How can you think of a good name?", "How can I look taller?", "How
 * do I appear offline?", "How can I feel better?", "How can I enjoy running more?", "How can I sound like a native
 * speaker?" (two reviews, session 32).
 */
function asksOpinion(subject: Token, verb: Token | undefined, next: Token | undefined, third: Token | undefined): boolean {
  if (verb?.kind !== 'word') return false;
  const lower = verb.key.toLowerCase();
  const after = next?.kind === 'word' ? next.key.toLowerCase() : undefined;
  const you = subject.key.toLowerCase() === 'you';
  // "How do you like …?"; not "How can I enjoy running more?" (a way).
  if (LIKING_VERBS.has(lower) && you) return true;
  // "How do we feel about …", "How do you feel today?"; not "How can I think of a name?" (a way).
  const asker = subject.key.toLowerCase() === 'i' || subject.key.toLowerCase() === 'one';
  if ((lower === 'think' || lower === 'feel') && !asker && (after === 'about' || (you && (after === undefined || after === 'today' || after === 'now')))) return true;
  // "How do you think AI will change jobs?"; not "How do you think of a good name?" (a way).
  if (you && lower === 'think' && !(after !== undefined && THINKING_WAYS.has(after))) return true;
  // "How do you think of me?" asks an opinion of someone; "How do you think of a name?" a way.
  if (you && lower === 'think' && after === 'of' && third?.kind === 'word' && (OPINION_OBJECTS.has(third.key.toLowerCase()) || third.key.toLowerCase() === 'me' || third.key.toLowerCase() === 'us')) return true;
  if ((lower === 'rate' || lower === 'judge') && you && after !== undefined && OPINION_OBJECTS.has(after) && after !== 'my' && after !== 'our') return true;
  if (lower === 'compare' && (after === 'with' || after === 'to' || after === 'against')) return true;
  return (APPEARANCE_VERBS.has(lower) && (after === undefined || APPEARANCE_FOLLOWERS.has(after))) || asksStanding(lower, after, third?.kind === 'word' ? third.key.toLowerCase() : undefined);
}

/**
 * Whether "how do I <verb>" asks how one stands, feels or comes across, where "how can I" and "how to" ask a way:
 * "How do I compare to other applicants?", "How do I rank among my classmates?", "How do I measure up?", "How do I
 * come across in interviews?", "How do I feel?", "How do I know him?", "How do I smell after the gym?" (a red team on
 * rewordings, session 46). Not "How do I compare two files?", "How do I measure a room?", "How do I rank higher on
 * Google?", "How do I know if …?", "How do I feel better?" (ways).
 */
function asksStanding(verb: string, after: string | undefined, third?: string): boolean {
  const followers = STANDING_VERBS.get(verb);
  if (followers === undefined || !(after === undefined ? followers.has('') : followers.has(after))) return false;
  // "How do I know him?"; not "How do I know you are telling the truth?", "… know him better" (ways).
  if (verb === 'know') return third === undefined;
  // "rank among my classmates"; not "rank among the top results on Google".
  if (after === 'among' && third === 'the') return false;
  // "compare to other candidates", "rank against my peers"; not "compare with null in SQL" (a hostile review).
  if ((after === 'to' || after === 'with') && verb !== 'feel') return third !== undefined && OTHERS.has(third);
  // "come across in interviews", "measure up against the competition"; not "come across as more confident", "come off
  // antidepressants", "stack up firewood", "measure up a room" (a hostile review): ways to.
  return !(verb === 'come' || verb === 'measure' || verb === 'stack') || third === undefined || PHRASAL_STANDING_AFTER.has(third);
}
const PHRASAL_STANDING_AFTER: ReadonlySet<string> = new Set(['in', 'on', 'against', 'among', 'compared', 'overall', 'now', 'today', 'with']);
const STANDING_AMONG = ['', 'among', 'with', 'to', 'compared', 'overall', 'now'];
/** Who one stands against: "compare to other applicants", "… with my classmates". */
const OTHERS: ReadonlySet<string> = new Set(['other', 'others', 'my', 'people', 'peers', 'everyone', 'most', 'average', 'similar', 'classmates', 'colleagues', 'coworkers', 'competitors', 'candidates', 'applicants']);
/** Verbs of standing with what may follow them there ('' for nothing: "How do I rank?"). Not "rank on Google", "score against a zone defense". */
const STANDING_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['compare', new Set(STANDING_AMONG)],
  ['rank', new Set([...STANDING_AMONG, 'against'])],
  ['rate', new Set([...STANDING_AMONG, 'against', 'as'])],
  ['fare', new Set([...STANDING_AMONG, 'against', 'in', 'on', 'as'])],
  ['score', new Set(['', 'among', 'compared', 'overall'])],
  ['measure', new Set(['up'])],
  ['stack', new Set(['up'])],
  ['come', new Set(['across', 'off'])],
  ['feel', new Set(['', 'about', 'now', 'today', 'overall'])],
  ['know', new Set(['him', 'her', 'them', 'you', 'me', 'us'])],
  ...['smell', 'taste'].map((verb) => [verb, new Set(['', 'after', 'now', 'today', 'to'])] as const),
]);
const LIKING_VERBS: ReadonlySet<string> = new Set(['like', 'love', 'hate', 'enjoy', 'dislike']);
/** Words after "think" that ask a way of thinking: "think of a name", "think through", "think up", "think outside the box". */
const THINKING_WAYS: ReadonlySet<string> = new Set(['of', 'through', 'up', 'outside', 'clearly', 'faster', 'critically', 'positively', 'logically', 'creatively']);
/** What an opinion is asked of: "How do you rate this …?", "How do you think of me?". */
const OPINION_OBJECTS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'my', 'our', 'his', 'her', 'their', 'it', 'him', 'them']);
const APPEARANCE_VERBS: ReadonlySet<string> = new Set(['look', 'sound', 'seem', 'appear']);
/** Words after "look"/"sound" that ask how one looks, not how to look some way: "How do I look in this photo?", "… with a beard". */
const APPEARANCE_FOLLOWERS: ReadonlySet<string> = new Set(['in', 'with', 'to', 'on', 'when', 'wearing', 'compared', 'now', 'today']);

/**
 * Keys for ways of writing one thing that users swap freely, where no reading tells them apart: "versus" is "vs",
 * and in a text asking to choose, "vs" sets two options side by side as "or" does ("iPhone vs Android, which is
 * better?" / "iPhone or Android, …"; not a title, a match or a plot's axes: "Kramer vs Kramer", "Plot sales vs
 * time"); an ordinal in digits is the word, capitalised or not ("2nd" / "second", "5th" / "Fifth"; not "FIRST", a
 * name in code); round thousands with separators before a word are their digits ("1,000 grams" / "1000 grams";
 * not in a text with code's marks, where "x = 1,000" is a tuple, nor after a word that lists numbers: "size to
 * 800,600"). ("Which" against "What" is StructuralVerifier's: which "which" opens a question shows only against
 * the other side.)
 */
function canonicalEquivalents(tokens: Token[], english: EnglishWords | undefined): Token[] {
  let choice: boolean | undefined;
  const asksToChoose = () => (choice ??= tokens.some((token) => token.kind === 'word' && CHOICE_WORDS.has(token.key.toLowerCase())));
  // A text in a language that writes a decimal comma: "1,000 Euro" is one euro (a red team on numbers, session 41:
  // "Der Preis ist 1,000 Euro." / "… 1000 Euro." and 154 more served in German, French, Italian, Portuguese, Dutch,
  // Spanish, Russian and Polish).
  let comma: boolean | undefined;
  const decimalComma = () => (comma ??= writesDecimalComma(tokens, english));
  let code: boolean | undefined;
  // Code's marks or words, or a text about how numbers are written: there "1,000" may be a tuple, a list or the
  // very thing asked about ("Why does my Python code treat 1,000 as a tuple?", "Format 1,000,000 without commas").
  const codeLike = () =>
    (code ??= tokens.some((token) => (token.kind !== 'word' && token.kind !== 'number' && CODE_MARKS.test(token.text)) || (token.kind === 'word' && (NUMBER_FORMAT_WORDS.has(token.key.toLowerCase()) || namesProgramming(token)))));
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'word') {
      const lower = token.key.toLowerCase();
      if (lower === 'versus' || lower === 'vs') tokens[index] = { ...token, key: asksToChoose() && !namesOneThing(tokens, index) ? 'or' : 'vs' };
      else if ((lower === 'ok' || lower === 'okay') && isOkay(tokens, index)) tokens[index] = { ...token, key: 'okay' };
      else if ((lower === 'a' || lower === 'an') && isRate(tokens, index)) tokens[index] = { ...token, key: 'per' };
      else if (ORDINAL_WORDS.has(lower) && /^\p{Lu}\p{Ll}+$/u.test(token.key)) tokens[index] = { ...token, key: lower };
      else if (lower === 'into' && translatesInto(tokens, index)) tokens[index] = { ...token, key: 'to' };
      else if (LANGUAGE_MEANS.has(lower) && namesLanguageToWriteIn(tokens, index)) tokens[index] = { ...token, key: 'in' };
    } else if (token.kind === 'number') {
      const ordinal = ORDINALS.get(token.key.toLowerCase());
      if (ordinal !== undefined && !(ordinal === 'second' && inPlaceOfUnit(tokens, index))) tokens[index] = { ...token, key: ordinal, kind: 'word' };
      else if (THOUSANDS.test(token.key) && tokens[index + 1]?.kind === 'word' && !LISTS_NUMBERS.has(tokens[index - 1]?.key.toLowerCase() ?? '') && !codeLike() && !decimalComma()) tokens[index] = { ...token, key: token.key.replaceAll(',', '') };
    }
  }
  return tokens;
}
/**
 * Whether "into" at `index` is the target of a translation, where "to" says the same: a form of "translate" before it in
 * its sentence and a language's name after it ("Translate this into German" / "… to German"; a red team on rewordings,
 * session 46). Not after other verbs: "get into Harvard", "log into my router", "look into it", "run into".
 */
function translatesInto(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (next?.kind !== 'word' || !LANGUAGES.has(next.key.toLowerCase())) return false;
  // The target closes its phrase, and no other target follows: not "Translate sneak into French class to Korean" (a
  // fourth hostile review).
  const after = tokens[index + 2];
  if (after?.kind === 'word' && !TARGET_FOLLOWERS.has(after.key.toLowerCase())) return false;
  for (let at = index + 2; at < Math.min(tokens.length, index + 2 + TRANSLATION_REACH); at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && endsSentence(token.text)) break;
    if (token.kind === 'word' && (token.key.toLowerCase() === 'to' || token.key.toLowerCase() === 'into') && LANGUAGES.has(tokens[at + 1]?.key.toLowerCase() ?? '')) return false;
  }
  for (let at = index - 1; at >= 0 && index - at <= TRANSLATION_REACH; at--) {
    const token = tokens[at]!;
    // Only its object between: no mark that starts the text to translate ("… into Turkish - He walked into Japanese
    // class"), no verb of that text (a hostile review, session 46).
    if (token.kind === 'punct' || token.kind === 'symbol' || (token.kind === 'word' && INSIDE_TRANSLATED.has(token.key.toLowerCase()))) return false;
    if (token.kind === 'word' && /^translate$/iu.test(token.key)) {
      // A request to translate: the text's or a sentence's first word, or after "please", "you", "to" ("How do I
      // translate …", "Can you translate …"); not the phrase counted or written ("How many letters are in translate into German?").
      const before = tokens[at - 1];
      return at === 0 || token.sentenceStart || (before?.kind === 'word' && TRANSLATE_OPENERS.has(before.key.toLowerCase()));
    }
  }
  return false;
}
const TRANSLATION_REACH = 8;
const TARGET_FOLLOWERS: ReadonlySet<string> = new Set(['please', 'for', 'thanks', 'and', 'so', 'because', 'but']);
const TRANSLATE_OPENERS: ReadonlySet<string> = new Set(['please', 'you', 'to', 'i', 'pls', 'kindly']);
/** Words of a sentence to translate rather than of the request: its own verbs and subjects. */
const INSIDE_TRANSLATED: ReadonlySet<string> = new Set(['he', 'she', 'we', 'they', 'i', 'it', 'walked', 'got', 'ran', 'moved', 'went', 'is', 'are', 'was', 'were', 'came', 'fell', 'turned', 'looked']);

/**
 * Whether "in", "with" or "using" at `index` names the programming language a how-to or a task is written in, where the
 * three say the same: the language closes the sentence, which opens with "how" and a verb that does something to the
 * data its object names, or with "Write a function" right before it, and no verb in it sets two things against each
 * other ("How do I sort a list with Python?" / "… in Python?", "Write a function using Python." / "… in Python."; a red
 * team on rewordings, session 46). Not "What's wrong with Python?", "Replace Python with Rust", "What jobs can I get
 * with Python?", "How do I get started with Python?", "sign in with Google", "integrate Slack with Jira", nor what four
 * hostile reviews found (below).
 */
function namesLanguageToWriteIn(tokens: readonly Token[], index: number): boolean {
  const name = tokens[index + 1];
  if (name?.kind !== 'word' || !namesWritingLanguage(name)) return false;
  const end = tokens[index + 2];
  // A face after the question ("… with CSS? 🤔") closes it too.
  if (end !== undefined && !(end.kind === 'punct' && endsSentence(end.text)) && !(end.kind === 'symbol' && /^\p{Extended_Pictographic}/u.test(end.text))) return false;
  const before = tokens[index - 1];
  if (before === undefined || before.kind !== 'word' || NOT_A_MEANS_BEFORE.has(before.key.toLowerCase())) return false;
  for (let at = index - 1; at >= 0 && index - at <= LANGUAGE_MEANS_REACH; at--) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && endsSentence(token.text)) return false;
    if (token.kind !== 'word') continue;
    const lower = token.key.toLowerCase();
    // Code as the thing worked on, where "in Python" is code written in it and "with Python" the tool: "count lines of
    // code", "find unused imports", "hide my API key" (a hostile review, session 46: 97 of 103 such pairs served).
    // The program a request asks for is no artefact worked on ("Write a function that …").
    const asked = PROGRAMS.has(lower) && /^an?$/u.test(tokens[at - 1]?.key ?? '') && WRITE_OPENERS.has(tokens[at - 2]?.key.toLowerCase() ?? '');
    if (SETTING_AGAINST.has(lower) || (CODE_ARTEFACTS.has(lower) && !asked)) return false;
    if (NOT_DATA_OBJECT.has(lower)) return false;
    if (!(token.sentenceStart || at === 0)) continue;
    // "How do I <task verb> <its object> with Python?": the verb after the opener does something to data, and only its
    // object (DATA_OBJECT_WORDS words) stands between it and the language (a hostile review, session 46: "How do I merge
    // my React frontend with Python?", "… check what changed in Python?").
    if (lower === 'how') {
      let verb = at + 1;
      if (tokens[verb]?.key.toLowerCase() === 'to') verb++;
      else if (HOW_MODALS.has(tokens[verb]?.key.toLowerCase() ?? '') && HOW_SUBJECTS.has(tokens[verb + 1]?.key.toLowerCase() ?? '')) verb += 2;
      else return false;
      // The object names data ("a list", "a CSV file", "the dates"): not "Big-O", "a community", "the latest version".
      // Not a dataframe "using SQL": code of another language that runs a query (a hostile review, session 47).
      const sql = name.key.toLowerCase() === 'sql';
      return DATA_VERBS.has(tokens[verb]?.key.toLowerCase() ?? '') && index - verb - 1 <= DATA_OBJECT_WORDS && tokens.slice(verb + 1, index).some((word) => DATA_NOUNS.has(word.key.toLowerCase())) && !(sql && tokens.slice(verb + 1, index).some((word) => /^dataframes?$/iu.test(word.key)));
    }
    // "Write a function in Rust": the language right after the program asked for (not after a clause about it: "Write a
    // script that finds job postings in Python").
    const article = tokens[at + 1]?.key.toLowerCase() === 'a' || tokens[at + 1]?.key.toLowerCase() === 'an' ? 1 : 0;
    const program = tokens[at + 1 + article]?.key.toLowerCase() ?? '';
    // Not "a class using SQL", "a program with SQL": code of another language that runs queries; "in SQL" is a query (a
    // hostile review, session 47).
    if (name.key.toLowerCase() === 'sql' && !SQL_PROGRAMS.has(program)) return false;
    return WRITE_OPENERS.has(lower) && PROGRAMS.has(program) && index === at + 2 + article;
  }
  return false;
}
const DATA_NOUNS: ReadonlySet<string> = new Set([
  'list', 'lists', 'string', 'strings', 'array', 'arrays', 'file', 'csv', 'json', 'xml', 'yaml', 'dictionary', 'dictionaries', 'dict', 'dicts',
  'dataframe', 'dataframes', 'column', 'columns', 'row', 'rows', 'table', 'tables', 'number', 'numbers', 'integer', 'integers', 'float', 'date',
  'dates', 'image', 'images', 'directory', 'folder', 'object', 'objects', 'map', 'set', 'tuple', 'tuples', 'matrix', 'vector', 'url', 'urls', 'data',
  'text', 'characters', 'records', 'values', 'keys', 'elements', 'items', 'database', 'request', 'response',
]);
/** How many words the object of a data how-to may have: "sort a list of dictionaries by a key". */
const DATA_OBJECT_WORDS = 7;
/** Words that make what stands before the language more than a data object: a clause, an owner, a state. */
const NOT_DATA_OBJECT: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whose', 'where', 'when', 'whether', 'if', 'what', 'my', 'our', 'their', 'his', 'her', 'tagged', 'specialize', 'specializes',
  'changed', 'deprecated', 'supported', 'available', 'new', 'spends', 'spent', 'coding', 'written', 'filed', 'repositories', 'repos', 'projects',
  'postings', 'questions', 'freelancers', 'jobs', 'issues', 'skilled', 'candidates', 'developers', 'people', 'files', 'frontend', 'backend', 'app', 'compatibility', 'interoperate', 'merge', 'time',
]);
/** Verbs of a how-to that does something to data, where the language is the means: "How do I sort a list with Python?". */
const DATA_VERBS: ReadonlySet<string> = new Set([
  'sort', 'reverse', 'read', 'parse', 'split', 'join', 'concatenate', 'filter', 'iterate', 'loop', 'remove', 'delete', 'append',
  'insert', 'print', 'download', 'upload', 'calculate', 'round', 'center', 'centre', 'align', 'shuffle', 'flatten',
  'deduplicate', 'dedupe', 'trim', 'strip', 'extract', 'validate', 'query', 'fetch', 'scrape', 'encode', 'decode',
  'save', 'load', 'import', 'export', 'resize', 'crop', 'transpose', 'multiply', 'add', 'subtract', 'sum',
]);
const WRITE_OPENERS: ReadonlySet<string> = new Set(['write', 'implement', 'create', 'code', 'generate']);
/** What "Write a … in SQL" may ask that is SQL itself, whether "in", "with" or "using" names it. */
const SQL_PROGRAMS: ReadonlySet<string> = new Set(['script', 'query', 'snippet', 'code', 'function']);
/** What "Write a …" asks for when it is a program: "Write a function …", "Write a script …". */
const PROGRAMS: ReadonlySet<string> = new Set(['function', 'program', 'script', 'method', 'class', 'snippet', 'code', 'loop', 'algorithm']);
/** Code as the thing a task is about: with them "in Python" names the code, "with Python" the tool. */
const CODE_ARTEFACTS: ReadonlySet<string> = new Set([
  'code', 'comment', 'comments', 'import', 'imports', 'api', 'secret', 'secrets', 'password', 'passwords', 'credentials', 'token', 'tokens',
  'function', 'functions', 'variable', 'variables', 'regex', 'syntax', 'error', 'errors', 'bug', 'bugs', 'indentation', 'keyword', 'keywords',
  'identifier', 'identifiers', 'literal', 'literals', 'lines', 'line', 'class', 'classes', 'todo', 'plagiarism', 'complexity', 'vulnerabilities',
  'injection', 'leaks', 'leak', 'source', 'linter', 'lint', 'tests', 'test', 'documentation', 'docs', 'mistakes', 'words', 'reserved', 'dead',
  'unused', 'assignments', 'style', 'formatting', 'format', 'obfuscate', 'refactor', 'rename', 'debug', 'review',
]);
const LANGUAGE_MEANS: ReadonlySet<string> = new Set(['in', 'with', 'using']);
const LANGUAGE_MEANS_REACH = 24;
/** Programming languages by name (not libraries, tools or platforms: "with pandas", "with Docker", "with GitHub" are means of their own). */
// Not the names that are words, places or people too ("C", "Go", "Rust", "Ruby", "Lua", "Swift", "Julia", "Java"): "in C"
// is a key, "in Java" an island, "split the bill with Ruby" a friend (a third hostile review, session 46).
function namesWritingLanguage(token: Token): boolean {
  return WRITING_LANGUAGES.has(token.key.toLowerCase());
}
const WRITING_LANGUAGES: ReadonlySet<string> = new Set([
  // Not PHP (the peso), CSS (a game, a form), Bash (a party), Solidity (a table's) (a fourth hostile review).
  'python', 'javascript', 'typescript', 'kotlin', 'golang', 'haskell', 'matlab', 'fortran', 'cobol', 'powershell', 'sql',
]);
/** Verbs that set one thing against another, where "with" joins the two: "replace X with Python", "compare it with Java". */
const SETTING_AGAINST: ReadonlySet<string> = new Set([
  'replace', 'replacing', 'switch', 'switching', 'migrate', 'migrating', 'swap', 'port', 'porting', 'convert', 'converting', 'rewrite', 'translate',
  'integrate', 'integrating', 'combine', 'compare', 'comparing', 'mix', 'connect', 'interface', 'embed', 'call', 'calling', 'interop', 'wrap',
  'substitute', 'vs', 'versus', 'or', 'than', 'instead',
]);
/** Words a "with" or an "in" completes on its own: "get started with", "help with", "familiar with", "jobs in". */
const NOT_A_MEANS_BEFORE: ReadonlySet<string> = new Set([
  'started', 'start', 'begin', 'help', 'work', 'working', 'deal', 'dealing', 'familiar', 'experience', 'experienced', 'good', 'better', 'proficient',
  'fluent', 'interested', 'wrong', 'problem', 'problems', 'issue', 'issues', 'job', 'jobs', 'career', 'up', 'along', 'me', 'us', 'comfortable',
  'confident', 'new', 'faster', 'slower', 'compatible', 'written', 'certified', 'certification', 'course', 'courses', 'degree', 'tutorial',
]);

/**
 * Whether the token at `index` stands where "second" is the unit of time, not the ordinal: after "a", "per", "one" …
 * with no noun after it ("How many milliseconds are in a second?", "metres per second"), where "2nd" is no way of
 * writing it; "a 2nd opinion", "What does a 2nd mean in music?" are the ordinal.
 */
function inPlaceOfUnit(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  return previous?.kind === 'word' && BEFORE_UNIT_SECOND.has(previous.key.toLowerCase()) && (next === undefined || next.kind === 'punct' || (next.kind === 'word' && AFTER_UNIT_SECOND.has(next.key.toLowerCase())));
}
const BEFORE_UNIT_SECOND: ReadonlySet<string> = new Set(['a', 'per', 'one', 'each', 'every', 'half', 'split']);
const AFTER_UNIT_SECOND: ReadonlySet<string> = new Set(['of', 'or', 'and', 'ago', 'later', 'longer', 'faster', 'slower']);
/**
 * Whether "ok" at `index` is the adjective that "okay" spells out: after "it", "that", "this", "totally", "seems" …
 * ("Is it ok to …", "Is that OK?"), or after a form of "be" before "to", "if", "with" or "for" ("Am I ok to drive?").
 * Not the word or the initialism asked about ("How many letters is ok?", "Is OK short for Oklahoma?", "OK Go").
 */
function isOkay(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.key.toLowerCase() ?? '';
  if (OK_AFTER.has(previous)) return true;
  return OK_AFTER_BE.has(previous) && OK_BEFORE.has(tokens[index + 1]?.key.toLowerCase() ?? '');
}
const OK_AFTER: ReadonlySet<string> = new Set(['it', 'that', 'this', 'totally', 'perfectly', 'seem', 'seems', 'feel', 'feels', 'look', 'looks', 'sound', 'sounds', 'all']);
const OK_AFTER_BE: ReadonlySet<string> = new Set(['is', "'s", 'are', 'am', 'be', 'was', 'were', 'been', 'being', 'i', 'you', 'we', 'they']);
const OK_BEFORE: ReadonlySet<string> = new Set(['to', 'if', 'with', 'for']);

/**
 * Whether "a"/"an" at `index` says "per" before a unit of time ending a rate: "How much water should I drink a
 * day?" / "… per day?", "twice a week", "How many hours a week should I study?". Not "Can I take a day off?",
 * "a week in Rome" (a unit followed by anything but the end, a preposition or a verb of the question).
 */
function isRate(tokens: readonly Token[], index: number): boolean {
  const unit = tokens[index + 1];
  if (unit?.kind !== 'word' || !RATE_UNITS.has(unit.key.toLowerCase()) || index === 0) return false;
  // What a rate counts: a number ("3 a day"), "twice", a plural ("hours a week", "cups a day") or a verb of doing
  // something over time ("drink a day"); not a duration ("for a week") or a word asked about ("write a hour").
  const previous = tokens[index - 1]!;
  const counted = previous.key.toLowerCase();
  if (previous.kind !== 'number' && !RATE_COUNTS.has(counted) && !RATE_VERBS.has(counted) && !(counted.length > 3 && counted.endsWith('s') && !counted.endsWith('ss') && !FUNCTION_WORDS.has(counted))) return false;
  const next = tokens[index + 2];
  return next === undefined || (next.kind === 'word' && AFTER_RATE.has(next.key.toLowerCase()));
}
const RATE_COUNTS: ReadonlySet<string> = new Set(['once', 'twice', 'thrice', 'times', 'much', 'many', 'often']);
const RATE_VERBS: ReadonlySet<string> = new Set([
  'drink', 'eat', 'sleep', 'walk', 'run', 'study', 'exercise', 'smoke', 'earn', 'make', 'spend', 'cost', 'costs', 'charge',
  'practice', 'practise', 'train', 'meditate', 'consume', 'burn', 'save', 'poop', 'pee', 'feed', 'water', 'shower', 'brush',
]);
const RATE_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'night', 'decade', 'fortnight']);
const AFTER_RATE: ReadonlySet<string> = new Set([
  'for', 'on', 'in', 'at', 'during', 'while', 'when', 'if', 'and', 'or', 'to', 'should', 'can', 'could', 'do', 'does', 'is', 'are', 'will',
  'would', 'must', 'safe', 'enough', 'too', 'max', 'maximum', 'minimum', 'average',
]);
const ORDINALS: ReadonlyMap<string, string> = new Map([
  ['1st', 'first'], ['2nd', 'second'], ['3rd', 'third'], ['4th', 'fourth'], ['5th', 'fifth'],
  ['6th', 'sixth'], ['7th', 'seventh'], ['8th', 'eighth'], ['9th', 'ninth'], ['10th', 'tenth'],
]);
const ORDINAL_WORDS: ReadonlySet<string> = new Set(ORDINALS.values());
/** A number typed onto its unit: "5km", "500mg", "2.5L", "8GB". */
const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)(\p{L}+)$/u;
/**
 * Units whose symbol, typed onto a number, reads the same as with a space ("5km" / "5 km"), in their own case:
 * "8GB" is not "8 Gb". Not "G" (5G is a network), "K" (a 4K screen, a 401k), "D" (3D), "x" (2x), "m" (metres or
 * millions; "sleep 5m" in a shell).
 */
const UNITS: ReadonlySet<string> = new Set([
  'km', 'cm', 'mm', 'mi', 'ft', 'kg', 'g', 'mg', 'mcg', 'lb', 'lbs', 'oz', 'l', 'L', 'ml', 'mL', 'KB', 'MB', 'GB', 'TB', 'Mbps', 'Gbps',
  'mph', 'kph', 'kmh', 'Hz', 'kHz', 'MHz', 'GHz', 'W', 'kW', 'kWh', 'V', 'mAh', 'am', 'pm', 'AM', 'PM', 'cal', 'kcal', 'min', 'mins', 'hr', 'hrs', 'sec',
]);
/** What a pair or a list of numbers follows, where "800,600" is two numbers: a bracket, "size to", "rows". */
const LISTS_NUMBERS: ReadonlySet<string> = new Set([
  '(', '[', '{', 'to', 'size', 'sizes', 'row', 'rows', 'column', 'columns', 'cells', 'lines', 'line', 'index', 'indices', 'indexes', 'coordinates', 'point', 'points', 'between', 'range', 'resolution', 'at',
]);
/**
 * Whether "1,000" may be a decimal in a text: its lowercase words are not mostly English, or two are common words of
 * a language that writes a decimal comma (most of Europe and South America: "Der Preis ist 1,000 Euro", "Calcule
 * 2,000 fois 3"). Not a place or a language named in English ("1,000 grams of Greek yogurt", "a trip to Europe": a
 * hostile review refused 1,128 such near-duplicates of a first version). Without the lexicon, any word not of ASCII
 * letters.
 */
function writesDecimalComma(tokens: readonly Token[], english: EnglishWords | undefined): boolean {
  let words = 0;
  let known = 0;
  const foreign = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'word' || !/^\p{L}{2,}$/u.test(token.text)) continue;
    const lower = token.key.toLowerCase();
    if (DECIMAL_COMMA_WORDS.has(lower)) foreign.add(lower);
    // Names and codes say nothing of the language: "TikTok", "USD", "Lisbon".
    if (!/^\p{Ll}+$/u.test(token.key)) continue;
    words++;
    if (english === undefined ? /^[a-z]+$/u.test(lower) : english.isWord(lower) || FUNCTION_WORDS.has(lower)) known++;
  }
  // WordNet knows many short words of these languages ("est", "prix", "cher"): two of their common words count too.
  return foreign.size >= 2 || (words > 0 && known < words * ENGLISH_SHARE);
}
/** Common words of French, Spanish, German, Italian, Portuguese, Dutch and Polish that English prose lacks. */
const DECIMAL_COMMA_WORDS: ReadonlySet<string> = new Set([
  'le', 'les', 'est', 'une', 'pour', 'avec', 'combien', 'prix', 'cher', 'que', 'el', 'es', 'precio', 'caro', 'para', 'tengo', 'cuesta', 'der',
  'das', 'ist', 'und', 'ich', 'nicht', 'kostet', 'il', 'sono', 'costa', 'quanto', 'um', 'uma', 'custa', 'het', 'een', 'ik', 'heb', 'kost',
  'jest', 'mam', 'ile', 'por',
]);
/** The least share of a text's words that are English for "1,000" to read as a thousand. */
const ENGLISH_SHARE = 0.6;
/** Round thousands grouped with commas: "1,000", "12,000", "2,500,000" (not "1,250", a decimal in much of Europe). */
const THOUSANDS = /^[1-9]\d{0,2}(?:,\d{3})*,000$/u;
/**
 * Whether "vs" at `index` joins two names into one thing: a match, a case, a film or a debate named after the pair
 * ("Which channel shows the Lakers vs Celtics game?", "the Mac vs PC debate"), or a title after a preposition or a
 * verb of watching ("the best scene in Alien vs Predator", "Which service has Godzilla vs Kong?"): there it is no
 * choice between the two (a red team, session 32). "a Mac vs a PC", "React vs Vue performance: which is better?"
 * stay two options (a review, session 32).
 */
function namesOneThing(tokens: readonly Token[], index: number): boolean {
  const word = (at: number) => (tokens[at]?.kind === 'word' && !tokens[at]!.sentenceStart ? tokens[at]!.key.toLowerCase() : undefined);
  if (VS_TITLE_BEFORE.has(word(index - 2) ?? '')) return true;
  // "the best scene in Alien vs Predator", "the cast of Freddy vs Jason": a preposition after a title's part; not "Cost
  // of renting vs buying", "Which gives more value in Uber vs Lyft?" (a review, session 32).
  if (TITLE_PREPOSITIONS.has(word(index - 2) ?? '') && VS_EVENTS.has(word(index - 3) ?? '')) return true;
  return VS_EVENTS.has(word(index + 2) ?? '') || VS_EVENTS.has(word(index + 3) ?? '');
}
/** Words before the first of a pair that make the pair one title or match: "the best scene in Alien vs Predator", "has Godzilla vs Kong". */
const VS_TITLE_BEFORE: ReadonlySet<string> = new Set(['has', 'have', 'had', 'watch', 'watched', 'watching', 'shows', 'showing', 'stream', 'streaming', 'played', 'produced', 'directed', 'aired', 'decided', 'heard', 'won']);
const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'during', 'for']);
/** Things named after a pair: "the Lakers vs Celtics game", "Roe vs Wade case", "the Mac vs PC debate". */
const VS_EVENTS: ReadonlySet<string> = new Set([
  'game', 'games', 'match', 'matches', 'fight', 'fights', 'bout', 'case', 'lawsuit', 'trial', 'ruling', 'decision', 'movie', 'movies', 'film', 'films',
  'series', 'franchise', 'debate', 'rivalry', 'showdown', 'battle', 'war', 'final', 'finals', 'derby', 'clash', 'episode', 'scene', 'score',
  'cast', 'ending', 'plot', 'soundtrack', 'trailer', 'sequel', 'director', 'winner', 'highlights', 'scenes', 'characters',
]);
/** Words of a question asking which of two things to choose. */
const CHOICE_WORDS: ReadonlySet<string> = new Set(['which', 'better', 'best', 'worse', 'should', 'prefer', 'choose', 'pick', 'recommend', 'worth']);
const NUMBER_FORMAT_WORDS: ReadonlySet<string> = new Set([
  'comma', 'commas', 'format', 'formatted', 'formatting', 'separator', 'separators', 'literal', 'parse', 'parseint', 'regex', 'tuple', 'rgb', 'hex',
  'excel', 'print', 'return', 'returns', 'valid', 'digits', 'code', 'locale',
]);
/** Marks of code or formulas beside a number: "x = 1,000", "LIMIT 10,100;", "zeros((100,100))". */
const CODE_MARKS = /[=()[\]{};<>]/u;

/**
 * A word that only opens what is said, with a comma after it, where the text starts (after any courtesy set aside):
 * "Um, how do I undo the last commit?", "Okay, how long should I boil an egg?", "Hi, so, how do I cancel?" ask what
 * the question alone does (a near-duplicate helper, session 29: 17 of 17 such pairs were refused). Not "So what?" or
 * "Well water …" (no comma), "So, what?" (a retort: fewer than three words after it), nor one inside the text ("The
 * answer is, well, complicated").
 */
function isDiscourseOpener(tokens: readonly Token[], index: number, nothingKeptBefore: (index: number) => boolean, partsOfSpeech: PartsOfSpeech): boolean {
  if (!DISCOURSE_OPENERS.has(tokens[index]!.text.toLowerCase())) return false;
  const comma = tokens[index + 1];
  // "Ok, then how …" is "Ok then, how …": both keep their opener.
  if (comma?.kind !== 'punct' || comma.text !== ',' || tokens[index + 2]?.kind !== 'word' || tokens[index + 2]!.text.toLowerCase() === 'then') return false;
  if (!nothingKeptBefore(index)) return false;
  // A question of its own after it, not a retort ("So, what?", "Well, why?"), nor the first of a list ("Well, good,
  // fine: which is an adverb?", "Right, wrong, or neither: …"): three words before any comma or colon.
  let words = 0;
  for (let at = index + 2; at < tokens.length && words < 3; at++) {
    const token = tokens[at]!;
    if (token.kind === 'word') words++;
    else if (token.text === ',' || token.text === ':' || token.text === ';') return false;
  }
  // Nor where the wording is asked about: "Also, can I start a sentence with this word?" (a review, session 29).
  if (words < 3 || asksAboutWording(tokens)) return false;
  // Nor where the rest points back at it or names it ("Okay, what does it mean in texting?", "Also, what is the
  // difference between also and too?"), or a colon lists what it opens ("Well, done or rare: which is safer?").
  // A colon among the first words only: a longer request may introduce its text with one ("Actually, describe this
  // scene in more detail: A man is playing a flute."), and "this" or "that" before a noun points at a thing, not at
  // the opener ("Actually, explain this error."; an over-refusal study, session 45: 954 of 1,744 such fillers refused).
  // Both only before a question or a request: before a statement the opener may be the text asked about ("Actually,
  // this steak is overcooked. Is the speaker correcting someone?"; a review, session 45).
  const opener = tokens[index]!.text.toLowerCase();
  const asks = QUESTION_OPENERS.has(tokens[index + 2]!.text.toLowerCase()) || REQUEST_VERBS.has(tokens[index + 2]!.text.toLowerCase());
  let wordsAfter = 0;
  for (let at = index + 2; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.text === ':' && (!asks || wordsAfter <= COLON_LIST_WORDS)) return false;
    if (token.kind !== 'word') continue;
    wordsAfter++;
    const lower = token.text.toLowerCase();
    if (lower === opener) return false;
    if (POINTING_BACK.has(lower) && !(asks && DEMONSTRATIVES.has(lower) && beforeNoun(tokens[at + 1], partsOfSpeech))) return false;
  }
  return true;
}
/** How many words a colon may follow an opener by and still list what the opener opens ("Well, done or rare: …"). */
const COLON_LIST_WORDS = 4;
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
/** Whether a token is a noun a demonstrative points with ("this error", "that scene"), not a verb of meaning ("this mean"). */
function beforeNoun(token: Token | undefined, partsOfSpeech: PartsOfSpeech): boolean {
  if (token?.kind !== 'word') return false;
  const lower = token.text.toLowerCase();
  return !NOT_POINTED_NOUNS.has(lower) && partsOfSpeech.canBeNoun(lower);
}
const NOT_POINTED_NOUNS: ReadonlySet<string> = new Set([
  'mean', 'means', 'say', 'says', 'do', 'does', 'is', 'was', 'are', 'were', 'stand', 'stands', 'work', 'works', 'imply', 'implies', 'refer', 'refers',
  'one', 'word', 'words', 'way', 'sound', 'sounds', 'look', 'looks', 'feel', 'feels', 'seem', 'seems', 'right', 'wrong', 'ok', 'okay',
]);
const POINTING_BACK: ReadonlySet<string> = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'them', 'its']);

/** A text that asks about words, sentences or their marks, or how to start one ("start an email with", "this way"). */
function asksAboutWording(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word').map((token) => token.text.toLowerCase());
  return words.some((word, at) => WORDING_ASKED.has(word) || (word === 'this' && words[at + 1] === 'way') || (OPENING_VERBS.has(word) && words.slice(at + 1, at + 5).includes('with')));
}
const WORDING_ASKED: ReadonlySet<string> = new Set([
  'word', 'words', 'sentence', 'sentences', 'comma', 'commas', 'punctuate', 'punctuation', 'interjection', 'interjections', 'filler', 'fillers', 'phrase',
  'grammar', 'grammatical', 'spell', 'spelled', 'spelling',
]);
const OPENING_VERBS: ReadonlySet<string> = new Set(['start', 'starting', 'begin', 'beginning', 'open', 'opening', 'end', 'ending']);
const DISCOURSE_OPENERS: ReadonlySet<string> = new Set([
  'um', 'umm', 'uh', 'uhm', 'er', 'erm', 'hmm', 'hm', 'ok', 'okay', 'so', 'well', 'anyway', 'anyways', 'basically', 'alright', 'oh', 'ah', 'actually', 'also',
]);

// `afterRemoved`: the previous token was set aside ("Please tell me …" starts where "please" was).
function matchFiller(tokens: readonly Token[], index: number, afterRemoved: boolean, partsOfSpeech: PartsOfSpeech): readonly string[] | undefined {
  const first = tokens[index]!.text.toLowerCase();
  const atStart = index === 0 || afterRemoved || tokens[index]!.sentenceStart || isBoundary(tokens[index - 1]);
  const inPlace = (length: number) => (atStart ? !opensContent(tokens, index, length, partsOfSpeech) : !isObjectOfVerb(tokens, index, partsOfSpeech));
  if (first === 'kindly') return kindlyIsFiller(tokens, index, atStart) && !isAskedAbout(tokens, index, 1, atStart, partsOfSpeech) ? KINDLY : undefined;
  if ((first === 'pls' || first === 'plz') && namesSomething(tokens, index, atStart)) return undefined;
  for (const phrase of ANYWHERE_BY_FIRST.get(first) ?? []) if (matchesAt(tokens, index, phrase) && !isAskedAbout(tokens, index, phrase.length, atStart, partsOfSpeech) && inPlace(phrase.length)) return phrase;
  for (const phrase of EDGES_BY_FIRST.get(first) ?? []) {
    if (!matchesAt(tokens, index, phrase)) continue;
    const after = tokens[index + phrase.length];
    if (CONDITIONAL_HEDGES.has(phrase) && !endsText(tokens, index + phrase.length) && !startsText(tokens, index) && (hedgesStatement(tokens, index) || inReportedMessage(tokens, index))) continue;
    // "Would you live forever if you could?", "If you could, would you retire at 40?": a hypothetical's condition.
    if (CONDITIONAL_HEDGES.has(phrase) && asksHypothetical(tokens, index, phrase.length)) continue;
    // A condition of its own: a verb after it ("If you can see it, is it real?"), or closing a question about what anyone
    // should do or what is worth doing ("Should you pay off your mortgage early if you can?", "Is it worth going to
    // college if you can?"), where "you" is anyone, not the assistant asked (a red team, session 55).
    if (CONDITIONAL_HEDGES.has(phrase) && (conditionBeforeQuestion(tokens, index + phrase.length) || ((after === undefined || after.kind === 'punct') && asksWhatAnyoneShould(tokens, index)))) continue;
    // "Would you tell me if I'm wrong?": what the assistant would do in a case (isRequestToAssistant).
    if (phrase[0] === 'would' && isHypothetical(tokens, index + phrase.length)) continue;
    // "When the train leaves, will you tell me?": after a clause of time or condition, "tell me" is the request (to be
    // told then), not politeness before a question (an attack on the verifier's acceptances, session 45).
    // Only closing the sentence: "If it rains, tell me what to wear." keeps its request either way (a review).
    if (phrase.at(-1) === 'me' && phrase.at(-2) === 'tell' && index > 0 && (after === undefined || isBoundary(after)) && opensWithClause(tokens, index)) continue;
    if ((atStart || after === undefined || isBoundary(after)) && !isAskedAbout(tokens, index, phrase.length, atStart, partsOfSpeech) && inPlace(phrase.length)) return phrase;
  }
  if (!atStart) return undefined;
  for (const phrase of START_BY_FIRST.get(first) ?? []) {
    // "I want you to …" only opening the text, in a text that quotes no line, song or text to work on ("i need you to
    // show me the way lyrics", "Make this sound nicer\nI need you to summarize …": a third hostile review, session 46).
    if (phrase[0] === 'i' && (wordBefore(tokens, index) || namesWordsOrTexts(tokens))) continue;
    // "Could you kindly summarize …": the request verb follows the politeness adverb.
    const verbAt = index + phrase.length + (tokens[index + phrase.length]?.text.toLowerCase() === 'kindly' ? 1 : 0);
    if (matchesAt(tokens, index, phrase) && isRequestToAssistant(tokens, verbAt, phrase[0]!, partsOfSpeech)) return phrase;
  }
  return undefined;
}

/** Whether a text speaks of a song, a quotation, a line or a text to work on: there "I want you to …" may be its words. */
function namesWordsOrTexts(tokens: readonly Token[]): boolean {
  // Once per token list: a text of many "I want you to" must not be scanned once for each.
  return someTokenOnce(tokens, NAMES_WORDS_OR_TEXTS, (token) => (token.kind !== 'word' ? token.kind === 'code' : WORDS_OR_TEXTS.has(token.key.toLowerCase())));
}
const NAMES_WORDS_OR_TEXTS = new WeakMap<readonly Token[], boolean>();
/** Whether a word stands anywhere before `index` (the scan stops at the nearest one, mostly right before). */
function wordBefore(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) if (tokens[at]!.kind === 'word') return true;
  return false;
}
const WORDS_OR_TEXTS: ReadonlySet<string> = new Set([
  'lyrics', 'lyric', 'song', 'songs', 'sings', 'sang', 'singer', 'quote', 'quotes', 'verse', 'movie', 'film', 'line', 'lines', 'this', 'that', 'these',
  'those', 'following', 'below', 'above', 'translate', 'reword', 'rephrase', 'rewrite', 'say', 'says', 'said', 'phrase', 'sentence', 'meme', 'title',
]);

/** Whether the sentence that holds token `index` opens with a clause of time or condition ("When the train leaves, …"; not the question "When does it leave?"). */
function opensWithClause(tokens: readonly Token[], index: number): boolean {
  let start = index;
  while (start > 0 && !tokens[start]!.sentenceStart) start--;
  const [opener, next] = [tokens[start], tokens[start + 1]];
  return opener?.kind === 'word' && FRONTED_CLAUSE_OPENERS.has(opener.text.toLowerCase()) && next?.kind === 'word' && !AUXILIARIES.has(next.text.toLowerCase()) && !FORMS_OF_BE.has(next.text.toLowerCase());
}
/** Words that open a clause of time or condition before the sentence's main clause. */
const FRONTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'once', 'after', 'before', 'as', 'while', 'until']);

/**
 * The length of a sentence at `index` that is only a plea for help beside a question of the text ("Please help.",
 * "Help please!", "Pls help me"): courtesy, as "Thanks!" is (two red teams, session 40: 711 of 711 and about 1,300
 * near-duplicates refused as a word added). 0 where there is none, or where it is the whole text ("Help!").
 */
function helpPlea(tokens: readonly Token[], index: number): number {
  const first = tokens[index]!;
  if (first.kind !== 'word' || !(index === 0 || first.sentenceStart)) return 0;
  // Not what someone typed or said ("In gdb I entered\nHelp me.\nWhat does it list?").
  const before = tokens[index - 1];
  if (before?.kind === 'word' && QUOTING_VERBS.has(before.text.toLowerCase())) return 0;
  let end = index;
  let help = false;
  let pleading = false;
  let closed = false;
  while (end < tokens.length && (end === index || !tokens[end]!.sentenceStart)) {
    const token = tokens[end]!;
    if (token.kind === 'word') {
      const word = token.text.toLowerCase();
      if (!PLEA_WORDS.has(word) || closed) return 0;
      help ||= word === 'help';
      pleading ||= word !== 'help';
    } else if (token.kind === 'punct') closed = true;
    else return 0;
    end++;
  }
  // A plea, not the word alone ("Help!" is a song, "help" typed in a REPL), closed by its mark, and something else
  // asked before or after it.
  return help && pleading && closed && (index > 0 || end < tokens.length) && !aboutOwnWords(tokens) ? end - index : 0;
}
const QUOTING_VERBS: ReadonlySet<string> = new Set([
  'entered', 'typed', 'ran', 'wrote', 'said', 'says', 'say', 'texted', 'sent', 'replied', 'asked', 'yelled', 'shouted', 'run', 'type', 'enter',
  'write', 'heard', 'hears', 'hear', 'told', 'tell', 'pressed', 'clicked', 'searched', 'googled', 'posted', 'tweeted', 'messaged', 'screamed',
  'whispered',
]);
const PLEA_WORDS: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'help', 'me', 'us', 'asap', 'urgently']);

/**
 * Whether a text asks about its own words, marks or greeting ("Please help. How many exclamation marks did I use?", "Hi,
 * My name is Ana. Is my greeting formal enough?"): there its courtesy is part of what is asked about (a hostile review,
 * session 40). Once per token list.
 */
function aboutOwnWords(tokens: readonly Token[]): boolean {
  let found = ABOUT_OWN_WORDS.get(tokens);
  if (found === undefined) ABOUT_OWN_WORDS.set(tokens, (found = tokens.some((token) => token.kind === 'word' && OWN_WORDS.has(token.text.toLowerCase()))));
  return found;
}
const ABOUT_OWN_WORDS = new WeakMap<readonly Token[], boolean>();
const OWN_WORDS: ReadonlySet<string> = new Set([
  'message', 'messages', 'letters', 'letter', 'words', 'word', 'characters', 'character', 'marks', 'exclamation', 'punctuation', 'sentences',
  'sentence', 'greeting', 'greetings', 'formal', 'informal', 'polite', 'rude', 'tone', 'wrote', 'typed', 'text', 'morse', 'translate',
]);

/**
 * Whether the text opens with the label "Question:" or "Q:" (or "Q.") before a question of words: "Question: What is
 * the unit of frequency?" asks what "What is the unit of frequency?" asks (three red teams, session 40: 795 of 795 and
 * 1,080 of 1,080 such near-duplicates refused).
 */
function isQuestionLabel(tokens: readonly Token[]): boolean {
  const [label, mark, next] = tokens;
  // "Q" in capitals only, and not a drive's letter ("Q: drive not showing"); "q:" is vim's command-line window.
  if (label?.kind !== 'word' || (label.text !== 'Q' && label.text.toLowerCase() !== 'question') || next?.kind !== 'word' || DRIVE_WORDS.has(next.text.toLowerCase())) return false;
  if (mark?.kind !== 'punct' || !(mark.text === ':' || (mark.text === '.' && label.text.length === 1)) || tokens.length <= 4) return false;
  // "Q: what is its value in Scrabble?": a short question about "it" may ask about the letter Q.
  if (label.text === 'Q') {
    let words = 0;
    for (let index = 2; index < tokens.length && !(index > 2 && tokens[index]!.sentenceStart); index++) {
      if (tokens[index]!.kind !== 'word') continue;
      if (++words > 10) return true;
      if (LETTER_PRONOUNS.has(tokens[index]!.text.toLowerCase())) return false;
    }
  }
  return true;
}
const LETTER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', "it's", 'this', 'letter']);
const DRIVE_WORDS: ReadonlySet<string> = new Set(['drive', 'drives', 'partition', 'disk', 'volume', 'is', 'was', 'has', 'shows', 'appeared', 'missing']);

/**
 * Whether "pls"/"plz" at `index` is a name, not "please": after an article or a possessive ("a pls file"), after a
 * programming name ("sklearn pls", "python pls regression": partial least squares), or before a word of what it
 * names ("pls regression", "pls path modeling"). "help me pls asap", "explain pls photosynthesis" stay courtesy.
 */
function namesSomething(tokens: readonly Token[], index: number, atStart: boolean): boolean {
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : undefined);
  const previous = atStart ? undefined : word(index - 1);
  if (previous !== undefined && (DETERMINERS.has(previous) || PLS_TOOLS.has(previous))) return true;
  return PLS_TERMS.has(word(index + 1) ?? '');
}
/** Statistics tools whose "pls" is partial least squares: "sklearn pls", "python pls regression". */
const PLS_TOOLS: ReadonlySet<string> = new Set(['sklearn', 'scikit', 'python', 'matlab', 'spss', 'sas', 'stata', 'r', 'julia', 'minitab']);
/** What "PLS" names before: partial least squares (regression, path modeling, discriminant analysis), a playlist file. */
const PLS_TERMS: ReadonlySet<string> = new Set(['regression', 'path', 'model', 'models', 'modeling', 'modelling', 'file', 'files', 'package', 'da', 'sem']);

/**
 * "me" or "us" right after a request verb for information that opens a sentence, before the information asked
 * for: "Give me an example of recursion", "Recommend me 3 books", "Show me how to center a div" ask what "Give an
 * example of recursion", "Recommend 3 books", "Show how to center a div" do. The object must be information, a
 * noun whose commonest sense is a cognition or a communication: a plural after a number or quantifier ("5
 * ideas", "some examples"), or one that a phrase of what it is about follows ("an example of", "a recipe for", "a
 * summary on"). Not "Give me 20 dollars", "Give me drugs", "Give me orders". Elsewhere the asker is whom something is given, made or done to: "Give me a raise",
 * "Give me permission to leave", "Give me a performance review", "Show me the door", "Make me an admin", "Write me
 * a love letter", "Find me a husband".
 */
function isAskerAsBeneficiary(tokens: readonly Token[], index: number, removed: Uint8Array, partsOfSpeech: PartsOfSpeech): boolean {
  const word = (at: number) => (tokens[at]?.kind === 'word' && !tokens[at]!.sentenceStart ? tokens[at]!.text.toLowerCase() : undefined);
  const asker = word(index);
  if (asker !== 'me' && asker !== 'us') return false;
  const verb = tokens[index - 1]?.kind === 'word' ? tokens[index - 1]!.text.toLowerCase() : undefined;
  if (verb === undefined || (!BENEFACTIVE_VERBS.has(verb) && !CREATING_VERBS.has(verb))) return false;
  const verbAt = index - 1;
  if (!opensRequestAt(tokens, verbAt, removed)) return false;
  const following = word(index + 1);
  if (following !== undefined && QUESTION_WORDS.has(following)) return verb === 'show';
  // The object's head: after a determiner, a number or a quantifier, and up to two describing words.
  let head = index + 1;
  const counted = tokens[head]?.kind === 'number' || COUNTING.has(following ?? '');
  if (counted || DETERMINERS.has(following ?? '')) head++;
  for (let words = 0; words < 2 && word(head) !== undefined && word(head + 1) !== undefined && !FUNCTION_WORDS.has(word(head + 1)!) && partsOfSpeech.singular?.(word(head)!) === undefined; words++) head++;
  const noun = word(head);
  if (noun === undefined || FUNCTION_WORDS.has(noun)) return false;
  // A work made for the asker to read, hear or run: "Write me a haiku", "Sing me a song" ask what "Write a haiku",
  // "Sing a song" do; not a message written to the asker ("Write me a love letter", "… a note").
  if (CREATING_VERBS.has(verb)) return namesWorkMade(tokens, index + 1, partsOfSpeech);
  const singular = partsOfSpeech.singular?.(noun);
  if (singular !== undefined) return counted && partsOfSpeech.namesKnowledge?.(singular) === true;
  return partsOfSpeech.namesKnowledge?.(noun) === true && ABOUT.has(word(head + 1) ?? '');
}
/**
 * Whether the words from `at` name one or a few works made to be read, heard or run: "a haiku", "a short funny poem",
 * "3 jokes"; not one addressed to its reader ("a love poem", "a birthday song") nor one of the asker's own ("my poem").
 */
function namesWorkMade(tokens: readonly Token[], at: number, partsOfSpeech: PartsOfSpeech): boolean {
  const word = (index: number) => (tokens[index]?.kind === 'word' && !tokens[index]!.sentenceStart ? tokens[index]!.text.toLowerCase() : undefined);
  const first = word(at);
  if (!(tokens[at]?.kind === 'number' || first === 'a' || first === 'an' || COUNTING.has(first ?? ''))) return false;
  const isWork = (noun: string | undefined) => noun !== undefined && WORKS_MADE.has(partsOfSpeech.singular?.(noun) ?? noun);
  let head = at + 1;
  // "a a recipe": an article typed twice is still one.
  while (word(head) === first && tokens[at]?.kind === 'word') head++;
  for (let words = 0; words < 2 && word(head) !== undefined && !isWork(word(head)) && !FUNCTION_WORDS.has(word(head)!); words++) head++;
  if (!isWork(word(head)) || tokens.slice(at + 1, head).some((token) => ADDRESSED_BEFORE_WORK.has(token.text.toLowerCase()))) return false;
  // The work is the head of its noun phrase: not "a song writer", "a quiz master", "a program manager".
  const after = tokens[head + 1];
  return after === undefined || after.kind !== 'word' || FUNCTION_WORDS.has(after.text.toLowerCase());
}

/**
 * An opening "tell" before a work made ("Tell a joke", "Tell a story about dragons"): what "Tell me a joke" asks, whose
 * "tell me" is filler (closed-lists.ts). Not before whom it is told to ("Tell my boss a joke").
 */
function isTellBeforeWork(tokens: readonly Token[], index: number, removed: Uint8Array, partsOfSpeech: PartsOfSpeech): boolean {
  const token = tokens[index]!;
  if (token.kind !== 'word' || token.text.toLowerCase() !== 'tell') return false;
  if (!opensRequestAt(tokens, index, removed) || !namesWorkMade(tokens, index + 1, partsOfSpeech)) return false;
  // Only where nothing but what the work is about follows: "tell a riddle from a joke" tells them apart, "tell a story
  // with data" and "tell a joke in front of a crowd" are skills (a review of a first version).
  let end = index + 2;
  while (tokens[end]?.kind === 'word' && !FUNCTION_WORDS.has(tokens[end]!.text.toLowerCase())) end++;
  const after = tokens[end];
  return after === undefined || after.kind === 'punct' || TOLD_ABOUT.has(after.text.toLowerCase());
}
/** What a work told is about: "Tell a joke about cats", "Tell a story that …". */
const TOLD_ABOUT: ReadonlySet<string> = new Set(['about', 'on', 'that', 'which', 'involving', 'featuring', 'where', 'for']);
/**
 * "to me" or "for me" closing a request to explain, summarise or work on something named right after its verb:
 * "Can you explain this to me?", "Summarize this article for me", "Explain `useEffect` to me", "Write a haiku for me"
 * ask what the request without it does. The thing worked on is a pronoun, code, something shown ("this error", "the
 * following") or a work made (namesWorkMade): after a bare topic or a noun with an article, "to me" or "for me" may be
 * the noun's or the asker's own ("Explain threats to me", "the role of a mentor to me", "Define goals for me"), and
 * after a clause whom something happened or was done to ("Explain what happened to me", "the debt owed to me"); nor a
 * work about the asker ("Write a bio for me"). A review of a first version, session 55, found those served.
 */
function isAskerClosingRequest(tokens: readonly Token[], index: number, removed: Uint8Array, partsOfSpeech: PartsOfSpeech): boolean {
  const lower = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.text.toLowerCase() : undefined);
  const preposition = lower(index);
  if ((preposition !== 'to' && preposition !== 'for') || (lower(index + 1) !== 'me' && lower(index + 1) !== 'us')) return false;
  const after = tokens[index + 2];
  if (after !== undefined && !(after.kind === 'punct' && CLOSING_MARKS.test(after.text))) return false;
  // The request's verb, at most five tokens back, opening its sentence or after a request's politeness.
  let verbAt = index - 1;
  while (verbAt > 0 && index - verbAt <= 5 && !VERBS_FOR_ASKER.has(lower(verbAt) ?? '')) verbAt--;
  const verb = lower(verbAt);
  if (verb === undefined || !VERBS_FOR_ASKER.has(verb) || verbAt >= index - 1 || !opensRequest(tokens, verbAt, removed)) return false;
  if (CREATING_VERBS.has(verb)) return preposition === 'for' && namesWorkMade(tokens, verbAt + 1, partsOfSpeech) && !tokens.slice(verbAt + 1, index).some((token) => token.kind !== 'word' || NOT_AN_OBJECT.has(token.text.toLowerCase()));
  if (!(preposition === 'to' ? EXPLAINING_VERBS : WORKING_VERBS).has(verb)) return false;
  const object = tokens.slice(verbAt + 1, index);
  if (object.every((token) => token.kind === 'code') || (object.length === 1 && WORKED_ON_PRONOUNS.has(lower(verbAt + 1) ?? ''))) return true;
  if (object.length > 3 || object.some((token) => token.kind !== 'word' || NOT_AN_OBJECT.has(token.text.toLowerCase()) || QUESTION_WORDS.has(token.text.toLowerCase()))) return false;
  // Something shown with the request ("this error", "these lines", "the following"): a bare topic may be the asker's own
  // ("Define goals for me", "Check eligibility for me") or take "to me" itself ("threats to me").
  const words = object.map((token) => token.text.toLowerCase());
  if (words[0] === 'the' && words[1] === 'following' && words.length === 2) return true;
  if (!SHOWN.has(words[0]!) || words.slice(1).some((word) => FUNCTION_WORDS.has(word) || ADDRESSED_THING.has(partsOfSpeech.singular?.(word) ?? word))) return false;
  // The last word is the thing worked on: a noun, not a verb's participle ("sent", "owed").
  const last = words.at(-1)!;
  return words.length > 1 && partsOfSpeech.canBeNoun(last) && (partsOfSpeech.nounShare?.(last) ?? 1) >= 0.5;
}
/** Whether the word at `at` opens a request: its sentence's or clause's first word, or the first after filler set aside. */
function opensRequestAt(tokens: readonly Token[], at: number, removed: Uint8Array): boolean {
  return at === 0 || tokens[at]!.sentenceStart === true || removed[at - 1] === FILLER_REMOVED || isBoundary(tokens[at - 1]);
}
/** Whether the verb at `at` opens a request, as opensRequestAt reads it or after "Can you" / "Please" not yet set aside. */
function opensRequest(tokens: readonly Token[], at: number, removed: Uint8Array): boolean {
  if (opensRequestAt(tokens, at, removed)) return true;
  let start = at;
  while (start > 0 && at - start < 4 && !tokens[start]!.sentenceStart) start--;
  const opener = tokens.slice(start, at).map((token) => token.text.toLowerCase()).join(' ');
  return tokens[start]!.sentenceStart === true && REQUEST_OPENERS.test(opener);
}
const REQUEST_OPENERS = /^(?:(?:can|could|would|will) you(?: please| kindly)?|please|kindly)$/u;
const CLOSING_MARKS = /^[.!?:]+$/u;
/** Verbs of making something plain to the asker: "Explain it to me". */
const EXPLAINING_VERBS: ReadonlySet<string> = new Set(['explain', 'describe', 'summarize', 'summarise', 'clarify', 'define', 'outline', 'spell']);
/** Verbs of working on something for the asker: "Summarize this for me", "Solve this for me". */
const WORKING_VERBS: ReadonlySet<string> = new Set([
  'explain', 'describe', 'summarize', 'summarise', 'clarify', 'define', 'outline', 'translate', 'solve', 'calculate', 'compute', 'proofread', 'check', 'fix',
  'debug', 'rewrite', 'rephrase', 'paraphrase', 'simplify', 'analyze', 'analyse',
]);
const VERBS_FOR_ASKER: ReadonlySet<string> = new Set([...EXPLAINING_VERBS, ...WORKING_VERBS, 'write', 'compose', 'sing', 'generate']);
/** Determiners of something shown with the request: "this error", "these lines". */
const SHOWN: ReadonlySet<string> = new Set(['this', 'these', 'that', 'those']);
/** Words that make what stands before "to me" a clause of its own or the asker's ("what this means to me", "my rights"). */
const NOT_AN_OBJECT: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'has', 'have', 'had', 'mean', 'means', 'meant', 'happen', 'happens',
  'happened', 'if', 'whether', 'said', 'says', 'say', 'sent', 'owed', 'given', 'gave', 'told', 'wrote', 'written', 'matter', 'matters', 'apply', 'applies',
  'my', 'mine', 'myself', 'our', 'ours', 'me', 'us', 'to', 'for',
]);
const WORKED_ON_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'these', 'those', 'them', 'everything']);
/** Things that are someone's to or for someone: "this debt to me", "this gift for me". */
const ADDRESSED_THING: ReadonlySet<string> = new Set([
  'debt', 'threat', 'gift', 'letter', 'message', 'note', 'email', 'e-mail', 'apology', 'promise', 'obligation', 'loan', 'payment', 'transfer', 'reply', 'answer',
  'response', 'invitation', 'offer', 'complaint', 'warning', 'risk', 'danger', 'bill', 'invoice', 'charge', 'fee', 'fine', 'refund', 'present', 'card', 'plan',
  'diet', 'routine', 'schedule', 'prescription', 'dose', 'dosage', 'treatment', 'option', 'choice', 'job', 'role', 'position',
]);
/** Request verbs for information whose indirect object may be the asker without changing what is asked for. */
const BENEFACTIVE_VERBS: ReadonlySet<string> = new Set(['give', 'show', 'recommend', 'suggest', 'list']);
/** Verbs of making a work, whose indirect object may be the asker when the work is one of WORKS_MADE. */
const CREATING_VERBS: ReadonlySet<string> = new Set(['write', 'compose', 'sing', 'generate']);
/** Works made to be read, heard or run, none of them a message to someone (no letter, note, e-mail, card, speech or toast). */
const WORKS_MADE: ReadonlySet<string> = new Set([
  'poem', 'haiku', 'limerick', 'sonnet', 'rhyme', 'ballad', 'story', 'tale', 'fable', 'song', 'joke', 'riddle', 'pun', 'essay', 'recipe',
  'function', 'script', 'program', 'regex', 'quiz', 'puzzle', 'playlist', 'checklist', 'outline', 'slogan', 'tagline', 'jingle',
]);
/** Describing words that make a work a message to or about its reader: "Write me a love poem", "… a birthday song". */
const ADDRESSED_BEFORE_WORK: ReadonlySet<string> = new Set([
  'love', 'birthday', 'personal', 'personalized', 'personalised', 'apology', 'farewell', 'wedding', 'romantic', 'valentine', 'valentines', "valentine's", 'anniversary',
  'well', 'retirement', 'sympathy', 'graduation', 'goodbye', 'welcome', 'congratulations', 'congratulatory', 'condolence', 'thank-you', 'get-well', 'memorial', 'tribute',
]);
/** Quantities before a plural: "some ideas", "three reasons". */
const COUNTING: ReadonlySet<string> = new Set(['some', 'few', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'fifty']);
/** What information is about: "an example of", "a recipe for", "a summary on", "an explanation about". */
const ABOUT: ReadonlySet<string> = new Set(['of', 'for', 'on', 'about']);

const KINDLY: readonly string[] = ['kindly'];

/**
 * "if possible", "if you can", "if you could": politeness at the start or end of the text ("Book me a table for
 * two, if possible") and in a request. Closing a statement of fact or rule inside a text (hedgesStatement), it
 * turns what is required into a best effort: "Staff must attend on Mondays. Parking is free." / "Staff must attend
 * on Mondays if possible. Parking is free."
 */
const CONDITIONAL_HEDGES: ReadonlySet<readonly string[]> = new Set(FILLER_AT_EDGES.filter((phrase) => phrase[0] === 'if'));

/**
 * Whether the hedge closes a statement of fact or rule, not a request: its sentence's subject is no person spoken
 * of as I, we or you, and a form of "be" or a modal follows it within a few words ("Staff must attend in person
 * if possible.", "The headphones are not waterproof, if you could."). A request keeps its politeness however it is
 * worded ("Hi, can you suggest a name if possible?", "My wife and I would like a room with a view if possible.",
 * "Break it into sections if possible.").
 */
function hedgesStatement(tokens: readonly Token[], index: number): boolean {
  let start = index;
  while (start > 0 && !tokens[start]!.sentenceStart && !(tokens[start - 1]!.kind === 'punct' && endsSentence(tokens[start - 1]!.text))) {
    // Bounded, so a long sentence of many hedges stays linear: a hedge that far into its sentence is left politeness.
    if (index - start >= HEDGE_SENTENCE_REACH) return false;
    start--;
  }
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.text.toLowerCase() : undefined);
  // The asker's own situation or a request in the sentence ("My son needs a tutor …", "The report is due Friday,
  // could you summarize it …"): the hedge is theirs.
  for (let at = start; at < index; at++) if (SPEAKERS.has(word(at) ?? '') || SPEAKER_POSSESSIVES.has(word(at) ?? '')) return false;
  for (let at = start + 1; at < Math.min(index, start + STATEMENT_REACH); at++) {
    const verb = word(at);
    if (verb === undefined || !STATEMENT_VERBS.has(verb)) continue;
    const subject = word(at - 1);
    const after = word(at + 1);
    return subject !== undefined && !SPEAKERS.has(subject) && !FUNCTION_WORDS.has(subject) && (after === undefined || !SPEAKERS.has(after));
  }
  return false;
}
/**
 * Whether the hedge is inside someone else's message the prompt quotes after a label: "The supplier wrote: We will
 * deliver by April 26 if possible.", "My boss's message: Send me the figures by 5 pm if you can." There it is how
 * firm their words are, which the prompt may well ask ("Is April 26 a firm commitment?"), not the asker's
 * politeness. Looked for up to REPORT_REACH tokens back, within the sentences before the hedge.
 */
function inReportedMessage(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 1; at > 0 && index - at <= REPORT_REACH; at--) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && /[?？]/u.test(token.text)) return false;
    if (token.kind === 'punct' && token.text === ':') {
      const label = tokens[at - 1];
      return label?.kind === 'word' && REPORT_LABELS.has(label.text.toLowerCase());
    }
  }
  return false;
}
/** Words that label a quoted message before a colon. */
const REPORT_LABELS: ReadonlySet<string> = new Set([
  'wrote', 'writes', 'said', 'says', 'replied', 'replies', 'texted', 'emailed', 'messaged', 'message', 'email', 'e-mail', 'text', 'reply',
  'response', 'letter', 'memo', 'dm', 'sms', 'voicemail',
]);
/** How many tokens back from a hedge its message's label is looked for. */
const REPORT_REACH = 48;
/** Forms of "be" and modals that make a statement of fact or rule after its subject. */
const STATEMENT_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'must', 'shall', 'should', 'may', 'will', 'can', 'cannot', 'might']);
const SPEAKER_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'your']);
/** The persons of a request: "I would like …", "could you …", "we need …". */
const SPEAKERS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us']);
/** How many words into its sentence a statement's verb is looked for. */
const STATEMENT_REACH = 6;
/** How far back from a hedge its sentence's start is looked for. */
const HEDGE_SENTENCE_REACH = 64;

/** Whether only marks come before `to`. */
function startsText(tokens: readonly Token[], to: number): boolean {
  return contentSpan(tokens).first >= to;
}

/** Whether only marks follow `from` to the text's end. */
function endsText(tokens: readonly Token[], from: number): boolean {
  return contentSpan(tokens).last < from;
}

/** The first and last token that is a word, a number or code, found once per token list (-1 and -1 if none). */
function contentSpan(tokens: readonly Token[]): { first: number; last: number } {
  let span = CONTENT_SPANS.get(tokens);
  if (span === undefined) {
    const content = (token: Token) => token.kind === 'word' || token.kind === 'number' || token.kind === 'code';
    const first = tokens.findIndex(content);
    span = { first: first === -1 ? tokens.length : first, last: tokens.findLastIndex(content) };
    CONTENT_SPANS.set(tokens, span);
  }
  return span;
}
const CONTENT_SPANS = new WeakMap<readonly Token[], { first: number; last: number }>();

/**
 * "Kindly" is politeness where it opens a request to the assistant for text, at the start of a sentence or after
 * "you" or "please", before a request verb ("Kindly explain …", "Could you kindly summarize …", "Kindly tell me …"):
 * see KINDLY_REQUEST_VERBS. Elsewhere it is an adverb of manner, the tone asked for: "Reject this applicant kindly",
 * "Write an email to decline, kindly", "Kindly tell my roommate to move out".
 */
function kindlyIsFiller(tokens: readonly Token[], index: number, atStart: boolean): boolean {
  const previous = tokens[index - 1];
  const opens = atStart || (previous?.kind === 'word' && (previous.text.toLowerCase() === 'you' || previous.text.toLowerCase() === 'please'));
  const verb = tokens[index + 1];
  if (!opens || verb?.kind !== 'word') return false;
  const lower = verb.text.toLowerCase();
  const object = tokens[index + 2];
  if (KINDLY_VERBS_TO_ASKER.has(lower)) return object?.kind === 'word' && (object.text.toLowerCase() === 'me' || object.text.toLowerCase() === 'us');
  return REQUEST_VERBS.has(lower) || KINDLY_REQUEST_VERBS.has(lower);
}

const WAKE_NAMES: ReadonlySet<string> = new Set(['google', 'siri', 'cortana', 'alexa', 'bixby', 'portal']);
const GIVING: ReadonlySet<string> = new Set(['owe', 'owes', 'owed', 'owing', 'deserve', 'deserves', 'deserved', 'give', 'gives', 'gave', 'giving', 'express', 'expressed', 'expressing']);
const PRODUCT_WORDS: ReadonlySet<string> = new Set(['maps', 'docs', 'drive', 'photos', 'home', 'nest', 'chrome', 'play', 'sheets', 'translate', 'pixel', 'meet', 'calendar', 'fit', 'pay', 'lens', 'tv', 'music', 'shortcuts', 'app']);
/** Whether the sentence holding the verb at `at` opens with a question word that is its object ("What tip do I owe …"). */
function asksForObject(tokens: readonly Token[], at: number): boolean {
  for (let back = at; back >= Math.max(0, at - 12); back--) {
    const token = tokens[back]!;
    if (back === 0 || token.sentenceStart) return token.kind === 'word' && /^(?:what|which|how)$/iu.test(token.text);
  }
  return false;
}
/** Words that open a phrase of their own between "owe" and "thanks": "owe in taxes thanks" owes no thanks. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for', 'to', 'from', 'by', 'about', 'of', 'with', 'after', 'before', 'if']);

/** Words after which "sorry" is what someone is or feels: a copula, a verb of seeming, an intensifier, a subject. */
const SORRY_AS_STATE_AFTER: ReadonlySet<string> = new Set([
  'be', 'am', 'are', 'were', 'been', 'being', "i'm", "you're", "we're", "they're", "he's", "she's", 'feel', 'feels', 'felt', 'feeling', 'seem', 'seems',
  'seemed', 'look', 'looks', 'sound', 'sounds', 'so', 'very', 'really', 'truly', 'not', 'you', 'i', 'we', 'they', 'he', 'she', 'it',
]);
/** Marks that open a span of emphasis, a bracket or a quotation (as typed, matched or not) around the words a question is about. */
const OPENING_DELIMITERS: ReadonlySet<string> = new Set(['*', '**', '(', '[', '<', '{', '"', "'", '“', '”', '‘', '’', '‛', '‚', '„', '`', '``', '″', '′', '‹', '›', '«', '»', '＂', '〝', '~', '|', '+', '^', '\\', '=', '—', '–', '#']);

/**
 * A politeness phrase that is what the prompt asks about, not politeness: after "say", "word", "for", "called"…
 * ("What's the Japanese word for hello?", "When should you say sorry?"), before "mean" or "in" ("What does
 * cheers mean?", "Hello in Japanese?"), or capitalised inside a sentence without a boundary before it (a title:
 * "Which song is called Hello?", "Who sang Hello?").
 */
function isAskedAbout(tokens: readonly Token[], index: number, length: number, atStart: boolean, partsOfSpeech: PartsOfSpeech): boolean {
  // The slot of a template or a turn's text: "Translate into Spanish: thank you", "Agent: Sorry!".
  const before = tokens[index - 1];
  if (before !== undefined && before.kind !== 'word' && before.text === ':') return true;
  const previous = tokens[index - 1];
  const next = tokens[index + length];
  if (previous?.kind === 'word' && POLITENESS_AS_OBJECT_AFTER.has(previous.text.toLowerCase())) return true;
  const subject = tokens[index - 2];
  // A greeting or an apology only: a please or a thanks there closes the question ("Where do I enter please?", "How
  // often can I email thanks?": a review of a first version).
  if (previous?.kind === 'word' && SENDING_AFTER_SUBJECT.has(previous.text.toLowerCase()) && subject?.kind === 'word' && SUBJECTS.has(subject.text.toLowerCase()) && SENT_COURTESIES.has(tokens[index]!.text.toLowerCase())) return true;
  if (next?.kind === 'word' && POLITENESS_AS_OBJECT_BEFORE.has(next.text.toLowerCase())) return true;
  // The value a question works on, not politeness (a red team on code and data, session 54: "What does len(s) return
  // when s is the string sorry" / "… hi there", "Create a git branch hey" / "… good morning" were served, one answer for
  // another value). A greeting after a noun of a value names it ("the branch hey", "the message hi there", "the key
  // hey"): greetings close no request. A thanks, a please or a sorry there only where a name is given the value ("s
  // is the string thanks", "equals the string please") or a result of code is asked of it ("What does f return for the
  // string thanks"): elsewhere it closes the request ("Validate the input thanks", "What is the tone of the text
  // please", "I typed the wrong password sorry", "Can you recommend a laptop for coding hi": reviews of first versions).
  if (previous?.kind === 'word' && !previous.sentenceStart && VALUE_NOUNS.has(previous.text.toLowerCase())) {
    const courtesyWord = tokens[index]!.text.toLowerCase();
    if (CLOSING_GREETINGS.has(courtesyWord) || (courtesyWord === 'good' && length === 2)) return true;
    if (length === 1 && VALUE_COURTESIES.has(courtesyWord) && valueGiven(tokens, index - 1)) return true;
  }
  // "Sorry" as what someone is or feels: "Should I be sorry?", "Are you sorry?", "I feel sorry for him" (an attack on
  // the verifier's acceptances, session 45).
  if (tokens[index]!.text.toLowerCase() === 'sorry' && length === 1 && previous?.kind === 'word' && SORRY_AS_STATE_AFTER.has(previous.text.toLowerCase())) return true;
  // Marked off by emphasis, a bracket or a quote mark after such a word: "How do you say *thanks, see you soon* in
  // French?", "say <please help me>", "Translate ‛please close the door’ into Spanish." (a red team and a review,
  // session 29; a quotation the tokenizer pairs is verbatim anyway).
  const marked = tokens[index - 2];
  if (previous !== undefined && previous.kind !== 'word' && OPENING_DELIMITERS.has(previous.text) && marked?.kind === 'word' && POLITENESS_AS_OBJECT_AFTER.has(marked.text.toLowerCase())) return true;
  // An assistant's wake words: "Hey Google not working", "OK Google", "Hey Siri".
  // Not before a product of the same maker: "Hey Google Docs keeps crashing", "hey google maps won't load".
  const product = tokens[index + length + 1];
  if (next?.kind === 'word' && WAKE_NAMES.has(next.text.toLowerCase()) && /^(?:hey|hi|ok|okay)$/iu.test(tokens[index]!.text) && !(product?.kind === 'word' && (/^\p{Lu}/u.test(product.text) || PRODUCT_WORDS.has(product.text.toLowerCase())))) return true;
  // Thanks given or owed: "Why do we give thanks?", "Do I owe my roommate thanks?" (up to three words back in the
  // sentence, none opening a phrase of its own); not where a question word is already the object ("What tip do I owe
  // the movers thanks", "How much should I give thanks").
  if (/^thank/iu.test(tokens[index]!.text)) {
    for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
      const word = tokens[at]!;
      if (word.kind !== 'word' || PREPOSITIONS.has(word.text.toLowerCase())) break;
      if (GIVING.has(word.text.toLowerCase())) return !asksForObject(tokens, at);
      if (word.sentenceStart) break;
    }
  }
  // A courtesy as a noun, after an article and maybe a word describing it: "close with a sincere sorry", "end every
  // reply with a brief thank you", "greet guests with a short hello".
  // Or someone's: "Why does he ignore my hello?", "How do I reply to a coworker's thanks?".
  if (previous?.kind === 'word' && (/^(?:my|your|his|her|our|their)$/iu.test(previous.text) || /(?:^|\p{L})['’]s?$/u.test(previous.text))) return true;
  const article = (token: Token | undefined) => token?.kind === 'word' && /^(?:a|an|the)$/iu.test(token.text);
  const describing = previous?.kind === 'word' && (partsOfSpeech.nounShare?.(previous.text.toLowerCase()) ?? 1) < DESCRIBING_NOUN_SHARE;
  if (article(previous) || (describing && article(tokens[index - 2]))) return true;
  // A reply quoted after a one-word answer or to someone: "is it rude to say no thanks", "she texted me sorry",
  // "why do guys text hey" (the verb "text", not "this text please").
  const beforePrevious = tokens[index - 2];
  const said = (token: Token | undefined) => token?.kind === 'word' && (POLITENESS_AS_OBJECT_AFTER.has(token.text.toLowerCase()) || TEXTING.has(token.text.toLowerCase()));
  if (previous?.kind === 'word' && REPLY_WORDS.has(previous.text.toLowerCase()) && said(beforePrevious)) return true;
  if (previous?.kind === 'word' && TEXTING.has(previous.text.toLowerCase()) && !(beforePrevious?.kind === 'word' && TEXT_NOUN_CUES.has(beforePrevious.text.toLowerCase()))) return true;
  if (previous?.kind === 'word' && REPLY_PRONOUNS.has(previous.text.toLowerCase()) && said(beforePrevious)) return true;
  // The phrase a text ending in "in <language>" asks to have translated: "hi how are you in spanish", "sorry im
  // late in spanish" (not "Hi! How do you say cat in Spanish?", where a mark parts the greeting from the question).
  if (atStart && next?.kind === 'word' && SAYINGS.has(tokens[index]!.text.toLowerCase()) && contentSpan(tokens).first === index && endsInLanguage(tokens) && !namesWhatToTranslate(tokens)) return true;
  if (isMessageToSomeone(tokens, index, partsOfSpeech)) return true;
  if (isSaidAtMessageEdge(tokens, index, length)) return true;
  if (isListItem(tokens, index, length)) return true;
  if (courtesyIsForeignObject(tokens, index, length, knowsEnglishWords(partsOfSpeech) ? partsOfSpeech : FUNCTION_WORDS_ONLY)) return true;
  return !atStart && /^\p{Lu}/u.test(tokens[index]!.text);
}


/**
 * A courtesy said where a message, a call or a greeting opens or closes, after the verb and its object: "Is it rude
 * to end an email cheers?", "start my cover letter hello", "answer the phone hey", "sign off a letter sorry", "greet
 * my neighbours good morning", "reply to my boss thanks", "teach my parrot hello?" (a red team, session 41: "end an
 * email cheers" / "… thanks in advance" were one question). The object is up to four words with no mark or
 * preposition in it ("to" after a verb of replying or a message noun aside) and, but after "greet" or "teach", names
 * a message or a call. In a question about how or what to do the courtesy closes the request unless it stands inside
 * the question mark.
 */
function isSaidAtMessageEdge(tokens: readonly Token[], index: number, length: number): boolean {
  const courtesy = tokens[index]!.text.toLowerCase();
  if (!SAYINGS.has(courtesy) && courtesy !== 'many') return false;
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.text.toLowerCase() : undefined);
  // "Is it rude to sign off cheers?"
  if (word(index - 1) === 'off' && SIGNING.has(word(index - 2) ?? '')) return true;
  let names = false;
  let reach = 4;
  let verbFound = false;
  let at = index - 1;
  for (let objectWords = 0; at >= 0 && objectWords <= reach; at--, objectWords++) {
    const text = word(at);
    if (text === undefined) return false;
    if (objectWords > 0) {
      const verb = text === 'off' && SIGNING.has(word(at - 1) ?? '') ? word(at - 1)! : text;
      const verbAt = verb === text ? at : at - 1;
      if (OBJECT_DETERMINERS.has(word(verbAt - 1) ?? '')) {
        // "the end", "my opening": a noun
      } else if ((MESSAGE_EDGE_VERBS.has(verb) && (names || GREETING_VERBS.has(verb))) || (TEACHING.has(verb) && !RECIPIENT_SELF.has(word(at + 1) ?? ''))) {
        verbFound = true;
        at = verbAt;
        break;
      } else if (MESSAGE_EDGE_VERBS.has(verb) || TEACHING.has(verb)) return false;
    }
    if (tokens[at]!.sentenceStart) return false;
    if (PREPOSITIONS.has(text)) {
      // Whom a reply or a message goes to: "reply to my boss thanks", "start a letter to my landlord hi".
      // "write back to a client": the particle before "to".
      const before = word(at - 1) === 'back' && REPLYING.has(word(at - 2) ?? '') ? word(at - 2)! : word(at - 1) ?? '';
      if (before !== word(at - 1)) at -= 1;
      if (text !== 'to' || !(REPLYING.has(before) || MESSAGE_NOUNS.has(before))) return false;
      if (REPLYING.has(before) && !OBJECT_DETERMINERS.has(word(at - 2) ?? '')) {
        verbFound = true;
        at -= 1;
        break;
      }
      if (REPLYING.has(before)) return false;
      reach += 2;
      continue;
    }
    if (MESSAGE_NOUNS.has(text)) names = true;
  }
  if (!verbFound) return false;
  // The verb found: the courtesy is what is said there, but in a question about how or what to do only inside its
  // question mark ("How do I teach my parrot hello?"): after it, or with no mark, it closes the request ("How do I end
  // a conversation politely thanks", "What is the best way to close a chat cheers": a hostile review, session 41).
  if (tokens[index + length]?.text === '?') return true;
  for (let back = at - 1; back >= 0; back--) {
    if (HOW_OPENERS.has(word(back) ?? '')) return false;
    if (tokens[back]!.sentenceStart) break;
  }
  return true;
}
/** Openers of a question about how or what to do, after which a closing courtesy is the asker's. */
const HOW_OPENERS: ReadonlySet<string> = new Set(['how', 'what', 'whats', 'where', 'when', 'which', 'tips', 'help', 'best', 'ways', 'guide']);
/** Verbs of teaching a word, before a learner: "teach my parrot hello" (not "teach me Python thanks": the asker learns). */
const TEACHING: ReadonlySet<string> = new Set(['teach', 'teaches', 'teaching', 'taught']);
const RECIPIENT_SELF: ReadonlySet<string> = new Set(['me', 'us', 'myself', 'ourselves']);
/** Not "responds"/"said": "Russia responds to Ukraine ceasefire thanks" reports, a headline (a regression sweep, session 41). */
const REPLYING: ReadonlySet<string> = new Set(['reply', 'replying', 'respond', 'responding', 'say', 'saying', 'write', 'writing']);
/**
 * A courtesy that is an item of a list of single words, an option to answer with: "Classify as greeting, thanks,
 * question or complaint", "… hello, thanks, bye or other?" (a red team on engineered prompts, session 41). Not a
 * greeting before a question ("Hi, thanks, how do I …": no one-word item follows).
 */
function isListItem(tokens: readonly Token[], index: number, length: number): boolean {
  const separator = (token: Token | undefined) => token !== undefined && (token.text === ',' || token.text === '/' || (token.kind === 'word' && /^(?:or|and)$/iu.test(token.text)));
  const closes = (token: Token | undefined) => token === undefined || separator(token) || /^[:?.!;)\]]$/u.test(token.text);
  // A one-word item beside it: a word closed by a separator or a mark.
  const item = (at: number) => tokens[at]?.kind === 'word' && !SAYINGS.has(tokens[at]!.text.toLowerCase()) && closes(tokens[at + 1]);
  const before = tokens[index - 1];
  const after = tokens[index + length];
  if (!SAYINGS.has(tokens[index]!.text.toLowerCase()) || !separator(before)) return false;
  if (separator(after)) return item(index + length + 1);
  // The last item, joined by "or"/"and" ("… question or thanks?"; not "Who wrote Pride and Prejudice, thanks?").
  return before!.kind === 'word' && closes(after) && item(index - 2) && separator(tokens[index - 3]);
}
const SIGNING: ReadonlySet<string> = new Set(['sign', 'signs', 'signed', 'signing']);
const GREETING_VERBS: ReadonlySet<string> = new Set(['greet', 'greets', 'greeted', 'greeting']);
/** Verbs that open, close or answer a message, a call or a visitor. */
const MESSAGE_EDGE_VERBS: ReadonlySet<string> = new Set([
  ...SIGNING, ...GREETING_VERBS, 'start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'beginning', 'open', 'opens', 'opened',
  'opening', 'end', 'ends', 'ended', 'ending', 'close', 'closes', 'closed', 'closing', 'finish', 'finishes', 'finished', 'finishing',
  'conclude', 'concludes', 'concluded', 'concluding', 'answer', 'answers', 'answered', 'answering', 'address', 'addresses', 'addressed', 'addressing',
  // "wrap up an email", "pick up the phone", "leave a voicemail" (a hostile review, session 41).
  'wrap', 'wraps', 'wrapping', 'wrapped', 'pick', 'picks', 'picking', 'picked', 'leave', 'leaves', 'leaving', 'left',
]);
/** Words before which such a verb is a noun or a modifier: "the end", "my opening". */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'my', 'your', 'his', 'her', 'our', 'their', 'its']);
/** Messages, calls and doors, where a courtesy opens or closes. */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  'email', 'emails', 'e-mail', 'e-mails', 'mail', 'mails', 'letter', 'letters', 'message', 'messages', 'text', 'texts', 'note', 'notes', 'card',
  'cards', 'call', 'calls', 'phone', 'voicemail', 'voicemails', 'conversation', 'conversations', 'speech', 'speeches', 'toast', 'toasts',
  'presentation', 'presentations', 'meeting', 'meetings', 'dm', 'dms', 'memo', 'memos', 'reply', 'replies', 'response', 'responses', 'tweet',
  'tweets', 'whatsapp', 'whatsapps',
]);

/** Greetings, which close no request: after a noun they name it ("the branch hey"). */
const CLOSING_GREETINGS: ReadonlySet<string> = new Set(['hi', 'hello', 'hey', 'hiya', 'howdy', 'yo', 'greetings']);
/** Nouns of a value, after which a courtesy may be the value itself ("the string thanks", "the key hey", "the user hello"). */
const VALUE_NOUNS: ReadonlySet<string> = new Set([
  'string', 'str', 'substring', 'text', 'word', 'message', 'msg', 'name', 'phrase', 'sentence', 'input', 'value', 'key', 'password', 'username',
  'user', 'token', 'filename', 'hashtag', 'slug', 'title', 'label', 'tag', 'branch', 'variable', 'var', 'prefix', 'suffix', 'literal', 'keyword',
  'characters', 'chars', 'letters', 'column', 'field', 'row', 'cell', 'entry', 'header', 'cookie', 'domain', 'emoji', 'command', 'path', 'url',
  'regex', 'pattern', 'subject', 'payload', 'email', 'id', 'argument', 'arg', 'parameter', 'param', 'option', 'flag',
]);
/**
 * The courtesy word right after a noun of a value, lowercased, on each side, where both have one and they differ
 * ("Reverse the string thanks" / "Reverse the string sorry", "… the key hey" / "… the key thanks"): set aside on both
 * sides as a closing courtesy, one value was served for another (a red team of session 54's rules, session 55: 160
 * such pairs). A courtesy on one side only stays ambiguous (a closing thanks), and is read by isAskedAbout.
 */
export function courtesyValuesDiffer(query: string, candidate: string): boolean {
  const of = (text: string) => {
    const courtesy = COURTESY_AFTER_VALUE_NOUN.exec(text)?.[1]?.toLowerCase().replace(/\s+/gu, ' ');
    return courtesy === undefined ? undefined : (COURTESY_KIND.get(courtesy) ?? courtesy);
  };
  const [queryValue, candidateValue] = [of(query), of(candidate)];
  return queryValue !== undefined && candidateValue !== undefined && queryValue !== candidateValue;
}
/** Spellings of one courtesy ("thanks", "thank you", "thx"; "please", "pls"): closing a request, one is the other. */
const COURTESY_KIND: ReadonlyMap<string, string> = new Map([
  ['thanks', 'thanks'], ['thank you', 'thanks'], ['thx', 'thanks'], ['ty', 'thanks'], ['cheers', 'thanks'], ['please', 'please'], ['pls', 'please'], ['plz', 'please'],
]);
/** Nouns of a value that a request seldom closes on with a courtesy of its own ("the string thanks"; not "reset my password please", "reset the API key please"). */
const STRICT_VALUE_NOUNS: readonly string[] = ['string', 'str', 'substring', 'literal', 'token', 'variable', 'var', 'argument', 'arg', 'parameter', 'param', 'hashtag', 'slug', 'prefix', 'suffix'];
/** One-word thanks, pleases and apologies that may be a value after such a noun. */
const VALUE_COURTESIES: ReadonlySet<string> = new Set(['thanks', 'thx', 'ty', 'cheers', 'please', 'pls', 'plz', 'sorry']);
const COURTESY_AFTER_VALUE_NOUN = new RegExp(String.raw`\b(?:${STRICT_VALUE_NOUNS.join('|')})[ \t]+(${[...VALUE_COURTESIES, ...CLOSING_GREETINGS, 'thank[ \t]+you', 'good[ \t]+morning', 'good[ \t]+night', 'bye', 'goodbye'].join('|')})(?![\p{L}\p{N}])`, 'iu');
/**
 * Whether the noun at `nounAt` heads the value a name is given: after a one-letter or code name and "is", "be" or "="
 * ("when s is the string", "Let s be the string", "x = the value"), or after "equals", "equal to", "set to" or "given"
 * ("whose name equals the string", "Given the input"), with a determiner between.
 */
function valueGiven(tokens: readonly Token[], nounAt: number): boolean {
  let at = nounAt - 1;
  if (tokens[at]?.kind === 'word' && VALUE_FRAME_DETERMINERS.has(tokens[at]!.text.toLowerCase())) at--;
  const frame = tokens[at];
  if (frame === undefined) return false;
  const text = frame.text.toLowerCase();
  if (text === 'equals' || text === 'given' || (text === 'to' && /^(?:equal|set)$/iu.test(tokens[at - 1]?.text ?? ''))) return true;
  // A question for a result of code run on it: "What does shout return for the string thanks" (not "How do I trim
  // whitespace from the string please?", "What is the tone of the text please").
  if (VALUE_PREPOSITIONS.has(text) && asksForResult(tokens, at)) return true;
  const named = tokens[at - 1];
  return (text === '=' || text === 'is' || text === 'be') && named !== undefined && (named.kind === 'code' || /^\p{L}$/u.test(named.text));
}
const VALUE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'in', 'on', 'from', 'with']);
/** Whether the sentence holding `at` opens with "what" or "which" and asks what code returns, prints or outputs. */
function asksForResult(tokens: readonly Token[], at: number): boolean {
  let result = false;
  for (let back = at; back >= 0 && back >= at - 20; back--) {
    const token = tokens[back]!;
    if (token.kind === 'code' || (token.kind === 'word' && RESULT_VERBS.has(token.text.toLowerCase()))) result = true;
    if (token.sentenceStart || back === 0) return result && token.kind === 'word' && /^(?:what|which|what's|whats)$/iu.test(token.text);
  }
  return false;
}
const RESULT_VERBS: ReadonlySet<string> = new Set([
  'return', 'returns', 'returned', 'print', 'prints', 'printed', 'output', 'outputs', 'evaluate', 'evaluates', 'produce', 'produces', 'yield', 'yields',
  'log', 'logs', 'echo', 'echoes', 'give', 'gives',
]);
const VALUE_FRAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'my', 'your', 'our']);

/** Below this noun share a word between an article and a courtesy describes it ("a sincere sorry"; not "an egg plz"). */
const DESCRIBING_NOUN_SHARE = 0.5;
/** Courtesies that are things one says (not "please" or "can you", which ask): a phrase to translate may open with one. */
const SAYINGS: ReadonlySet<string> = new Set(['hi', 'hello', 'hey', 'sorry', 'excuse', 'good', 'thanks', 'thank', 'thx', 'howdy', 'greetings', 'cheers', 'yo']);
/** Words that name what to translate, so a greeting before them is one: "hi, how do you say dog in spanish". */
function namesWhatToTranslate(tokens: readonly Token[]): boolean {
  let names = NAMES_WHAT.get(tokens);
  if (names === undefined) NAMES_WHAT.set(tokens, (names = tokens.some((token) => token.kind === 'word' && TRANSLATION_ASKS.has(token.text.toLowerCase()))));
  return names;
}
const NAMES_WHAT = new WeakMap<readonly Token[], boolean>();
const TRANSLATION_ASKS: ReadonlySet<string> = new Set(['say', 'translate', 'translation', 'word', 'words', 'phrase', 'called', 'mean', 'means', 'write', 'spell', 'pronounce']);
/** A verb of sending a message, and its noun ("text hey"), before a courtesy that is the message. */
const TEXTING: ReadonlySet<string> = new Set(['text', 'texts', 'dm', 'dms', 'message', 'messages']);
/** Verbs of sending or entering a word that are nouns too, read as verbs after a subject: "Should I email sorry", "if I pass hello", "The user types thanks". */
const SENDING_AFTER_SUBJECT: ReadonlySet<string> = new Set(['email', 'emails', 'post', 'posts', 'pass', 'passes', 'type', 'types', 'enter', 'enters', 'input', 'inputs', 'submit', 'submits']);
const SENT_COURTESIES: ReadonlySet<string> = new Set(['sorry', 'hi', 'hello', 'hey', 'greetings', 'howdy', 'yo', 'hiya', 'good', 'goodbye', 'bye', 'congrats', 'congratulations']);
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'user', 'users', 'customer', 'client', 'someone', 'somebody', 'one', 'people']);
/** Words before "text"/"message" that make it a noun, not the verb: "Summarize this text please", "my LinkedIn message thanks". */
const TEXT_NOUN_CUES: ReadonlySet<string> = new Set(['this', 'that', 'the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'these', 'those', 'linkedin', 'whatsapp', 'slack', 'short', 'long']);
/** One-word answers before a quoted reply: "say no thanks", "reply yes please". */
const REPLY_WORDS: ReadonlySet<string> = new Set(['no', 'yes', 'ok', 'okay', 'k', 'nah', 'yeah', 'yep', 'nope', 'sure']);
const REPLY_PRONOUNS: ReadonlySet<string> = new Set(['me', 'you', 'him', 'her', 'us', 'them']);

const KINDLY_OR_PLEASE: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'kindly']);
const OPENER_REACH = 40;
/**
 * Whether the sentence holding `index` opens with "Should you", "Is it" or "Are you", at most OPENER_REACH tokens back:
 * a question of what anyone should do or what is worth doing, whose "you" is anyone ("Should you pay off your mortgage
 * early if you can?", "Is it worth going to college if you can?"); not "Should I use Postgres, if you can?", "Is there
 * a cheaper flight, if you can?" (a review of a first version). A bounded walk: a sentence of many hedges is not read
 * once for each.
 */
function asksWhatAnyoneShould(tokens: readonly Token[], index: number): boolean {
  let start = index;
  while (start > 0 && index - start < OPENER_REACH && !tokens[start]!.sentenceStart) start--;
  const [opener, subject, judged] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (opener?.kind !== 'word' || subject?.kind !== 'word' || start + 2 >= index) return false;
  const [first, second] = [opener.text.toLowerCase(), subject.text.toLowerCase()];
  // "Should you …", "Is it worth / better / wise …": not "Is it possible to recover my photos, if you can?", a request.
  return (first === 'should' && second === 'you') || (first === 'is' && second === 'it' && judged?.kind === 'word' && WORTH_JUDGEMENTS.has(judged.text.toLowerCase()));
}
/** A hedge that is a clause's condition: its own verb after it, then a comma and a question ("If you can see it, is it real?"). */
function conditionBeforeQuestion(tokens: readonly Token[], from: number): boolean {
  const verb = tokens[from];
  if (verb?.kind !== 'word' || KINDLY_OR_PLEASE.has(verb.text.toLowerCase())) return false;
  for (let at = from + 1; at < Math.min(tokens.length, from + OPENER_REACH); at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && token.text === ',') return tokens[at + 1]?.kind === 'word' && QUESTION_AFTER_CONDITION.test(tokens[at + 1]!.text);
    if (token.kind === 'punct' && /[.?!]/u.test(token.text)) return false;
  }
  return false;
}
const WORTH_JUDGEMENTS: ReadonlySet<string> = new Set(['worth', 'worthwhile', 'better', 'best', 'wise', 'smart', 'advisable', 'sensible', 'bad', 'good']);
const QUESTION_AFTER_CONDITION = /^(?:is|are|was|were|do|does|did|will|would|can|could|should|what|how|why|where|when|who|which|then|you|i|we|they|it|he|she|there)$/iu;

/** Whether the text's last words are "in"/"into" and a language ("… in spanish?"), once per token list. */
function endsInLanguage(tokens: readonly Token[]): boolean {
  let ends = ENDS_IN_LANGUAGE.get(tokens);
  if (ends === undefined) {
    const last = contentSpan(tokens).last;
    const language = tokens[last];
    const preposition = tokens[last - 1];
    ends = language?.kind === 'word' && LANGUAGES.has(language.text.toLowerCase()) && preposition?.kind === 'word' && /^(?:in|into)$/iu.test(preposition.text);
    ENDS_IN_LANGUAGE.set(tokens, ends);
  }
  return ends;
}
const ENDS_IN_LANGUAGE = new WeakMap<readonly Token[], boolean>();

/**
 * Politeness opening a request is followed by a clause mark or by the request itself: a function word, a verb or
 * more politeness ("Hi, …", "hey can you …", "hello i need …", "hi explain …"). Followed by a noun it is the
 * start of a title or a name ("hey there delilah lyrics", "hello kitty net worth", "hey jude chords"), and
 * "thank you for" opens one too ("thank you for smoking cast").
 */
function opensContent(tokens: readonly Token[], index: number, length: number, partsOfSpeech: PartsOfSpeech): boolean {
  const next = tokens[index + length];
  if (next === undefined || next.kind !== 'word') return false;
  const lower = next.text.toLowerCase();
  if (lower === 'for' && /^than/u.test(tokens[index]!.text.toLowerCase())) return true;
  // "Tell me you love me", "Tell me it's safe to …": what to say is a clause, the request's content.
  if (CLAUSE_SUBJECTS.has(lower) && tokens[index + length - 1]?.text.toLowerCase() === 'me' && tokens[index + length - 2]?.text.toLowerCase() === 'tell') return true;
  // A title or a statement the courtesy opens: "Sorry to Bother You cast", "Greetings from Asbury Park tracklist", "I
  // appreciate it when people are on time" (an attack on the verifier's acceptances, session 45); not a greeting before
  // a question or a condition ("hi when is the store open", "hey if I move, do I pay tax"), nor "please" ("Please, to
  // train yourself, …").
  const opensTitle = (lower === 'to' || lower === 'from') && !ANYWHERE_BY_FIRST.has(tokens[index]!.text.toLowerCase());
  if (opensTitle || ((lower === 'when' || lower === 'if') && tokens[index + length - 2]?.text.toLowerCase() === 'appreciate')) return true;
  if (FUNCTION_WORDS.has(lower) || ANYWHERE_BY_FIRST.has(lower) || EDGES_BY_FIRST.has(lower) || START_BY_FIRST.has(lower)) return false;
  if (!partsOfSpeech.canBeVerb(lower)) return true;
  // "Please" modifies no noun: "Please list the noble gases", "please refund my order".
  return !ANYWHERE_BY_FIRST.has(tokens[index]!.text.toLowerCase()) && opensNounPhrase(tokens, index + length, partsOfSpeech);
}

/**
 * Whether the word at `at`, right after politeness and able to be a verb, rather heads a noun phrase the
 * politeness modifies ("Thank you note for my teacher", "Sorry message for my girlfriend", "Good morning wishes for
 * my wife", "Hello email to a recruiter"): it is used mostly as a noun (Lexicon.nounShare), or it is a plural noun,
 * or a noun a preposition of purpose follows ("note for", "note to"). Not before the asker as object ("hi email me
 * the report"), nor a word used mostly as a verb without such a preposition ("hi help me", "thanks fix this").
 */
function opensNounPhrase(tokens: readonly Token[], at: number, partsOfSpeech: PartsOfSpeech): boolean {
  const word = tokens[at]!.text.toLowerCase();
  const after = tokens[at + 1];
  const afterLower = after?.kind === 'word' ? after.text.toLowerCase() : undefined;
  // A verb's object follows: "hi email me the report", "hey list the files", "hello book a table".
  if ((afterLower !== undefined && (OBJECT_PRONOUNS.has(afterLower) || DETERMINERS.has(afterLower) || QUANTIFIERS.has(afterLower))) || after?.kind === 'number') return false;
  if (!partsOfSpeech.canBeNoun(word)) return false;
  const share = partsOfSpeech.nounShare?.(word);
  if (share !== undefined && share >= NOUN_PHRASE_SHARE) return true;
  const singular = partsOfSpeech.singular?.(word);
  if (singular !== undefined && singular !== word) return true;
  // A gerund before a preposition is the request's verb: "hello looking for a laptop".
  return afterLower !== undefined && PURPOSE_PREPOSITIONS.has(afterLower) && !word.endsWith('ing');
}
/** Subjects that open a clause after "tell me": the statement asked to be told. */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there', 'everything', 'nothing', 'that']);
/** The share of a word's tagged uses that must be as a noun for it to head a noun phrase after politeness. */
const NOUN_PHRASE_SHARE = 0.5;
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'it', 'that']);
const QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'some', 'any', 'every', 'each', 'no']);
/**
 * Whether a word before one in -ing makes the two a noun phrase ("machine learning", "deep learning"): a lowercase
 * singular noun or adjective that is mostly no verb. Not a verb ("keep going", "stop teasing"), a plural subject
 * ("users typing"), a function word ("no parking", "is learning") or a capitalised word (a quotation's start). A review
 * of a first version, session 56.
 */
function headsNounPhrase(word: Token, partsOfSpeech: PartsOfSpeech): boolean {
  const lower = word.text.toLowerCase();
  if (!/^\p{Ll}+$/u.test(word.text) || FUNCTION_WORDS.has(lower) || partsOfSpeech.singular?.(lower) !== undefined || PERSON_PLURALS.has(lower) || MORE_PERSONS.has(lower)) return false;
  return !partsOfSpeech.canBeVerb(lower) || (partsOfSpeech.nounShare?.(lower) ?? 0) >= MOSTLY_NOUN;
}
const MOSTLY_NOUN = 0.8;
/** Persons no -s marks as several, besides PERSON_PLURALS: "people writing please" is what they write. */
const MORE_PERSONS: ReadonlySet<string> = new Set(['folks', 'staff', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nobody']);
/** Words that put what follows in quotation: a lyric, a sign's text, what a program prints or a pattern matches. */
const QUOTING_WORDS: ReadonlySet<string> = new Set(['lyric', 'lyrics', 'quote', 'quotes', 'reads', 'prints', 'print', 'echo', 'echoes', 'matches', 'match', 'says', 'message', 'text', 'string', 'regex', 'typing', 'typed', 'types',
  // Or asks about the words themselves: "What rhymes with machine learning please", "Alphabetize: … learning please".
  'rhyme', 'rhymes', 'alphabetize', 'alphabetise', 'sort', 'reverse', 'count', 'letters', 'characters', 'word', 'anagram',
]);
/** Prepositions that follow the head of "thank you note for …", "sorry email to …", "thank you email after …". */
const PURPOSE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'after', 'about']);

/**
 * Politeness inside or closing a sentence is the object of what comes before it when that is a preposition or
 * a focusing adverb ("mean by cheers", "reply with only hey") or a verb with a subject of its own ("a script that
 * prints hi", "Do Canadians overuse sorry?", "Can my parrot learn hi?"). After a noun with its determiner, a
 * pronoun, a name or a verb whose subject is "it", "you"… it closes the request ("reset my password thanks",
 * "fix this thanks", "how does it work thanks", "can you help please").
 */
function isObjectOfVerb(tokens: readonly Token[], index: number, partsOfSpeech: PartsOfSpeech): boolean {
  const previous = tokens[index - 1];
  if (previous?.kind !== 'word') return false;
  const lower = previous.text.toLowerCase();
  if (OBJECT_AFTER_FUNCTION_WORDS.has(lower)) return true;
  if (FUNCTION_WORDS.has(lower) || /^\p{Lu}/u.test(previous.text) || previous.sentenceStart) return false;
  // "… for unpaid utility bills please": a plural closing the text is no verb "please" is the object of (a red team on
  // persons, session 40: 183 of 959 such near-duplicates refused).
  if (tokens[index]!.text.toLowerCase() === 'please' && onlyMarksAfter(tokens, index) && partsOfSpeech.singular?.(lower) !== undefined && !asksForWording(tokens)) return false;
  const subject = tokens[index - 2];
  if (subject?.kind !== 'word' || NOT_A_SUBJECT.has(subject.text.toLowerCase()) || !partsOfSpeech.canBeVerb(lower)) return false;
  // A word in -ing after a noun with no "be" between heads a noun phrase or a gerund, not a verb of that subject: "What is
  // machine learning please?", "Explain deep learning pls" (a must-hit review, session 56); "My parrot is learning
  // please" keeps its reading.
  if (/ing$/u.test(lower) && headsNounPhrase(subject, partsOfSpeech) && !asksForWording(tokens) && !tokens.some((token) => token.kind === 'punct' && token.text === ':') && !tokens.some((token) => token.kind === 'word' && QUOTING_WORDS.has(token.text.toLowerCase()))) return false;
  // "the offside rule please": a word that can be a noun, two words after a determiner, ends a noun phrase.
  const determined = [subject, tokens[index - 3]].some((token) => token?.kind === 'word' && DETERMINERS.has(token.text.toLowerCase()));
  return !determined || !partsOfSpeech.canBeNoun(lower);
}
/**
 * Whether a text asks how to say or write something ("How do you say two tickets please?", "Spanish for …",
 * "syllables in …"): there a closing "please" is part of the phrase (a hostile review, session 40). Once per token list.
 */
function asksForWording(tokens: readonly Token[]): boolean {
  let found = ASKS_FOR_WORDING.get(tokens);
  if (found === undefined) ASKS_FOR_WORDING.set(tokens, (found = tokens.some((token, index) => token.kind === 'word' && ((WORDING_WORDS.has(token.text.toLowerCase()) && !writesAWork(tokens, index)) || LANGUAGES.has(token.text.toLowerCase())))));
  return found;
}
const ASKS_FOR_WORDING = new WeakMap<readonly Token[], boolean>();
/** "Write a haiku …", "Write me a poem": a work to write, no wording asked for ("How do you write thank you please in Japanese?"). */
function writesAWork(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return tokens[index]!.text.toLowerCase() === 'write' && next?.kind === 'word' && WORK_OPENERS.has(next.text.toLowerCase());
}
const WORK_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'me', 'us', 'the', 'my', 'our', 'some']);
const WORDING_WORDS: ReadonlySet<string> = new Set(['say', 'said', 'saying', 'translate', 'translation', 'pronounce', 'pronunciation', 'phrase', 'write', 'sign', 'syllables', 'words', 'morse', 'spell']);
/** Whether only marks follow the token at `index` (read up to the first word). */
function onlyMarksAfter(tokens: readonly Token[], index: number): boolean {
  for (let next = index + 1; next < tokens.length; next++) if (tokens[next]!.kind !== 'punct') return false;
  return true;
}
/** The lexicon's parts of speech, which prepareSide needs to tell a verb's object from a closing "thanks". */
export interface PartsOfSpeech {
  canBeVerb(word: string): boolean;
  canBeNoun(word: string): boolean;
  /** The share of the word's tagged uses that are as a noun, if WordNet has any (Lexicon.nounShare). */
  nounShare?(word: string): number | undefined;
  /** The singular of a plural noun form, if the word is one (Lexicon.singular). */
  singular?(word: string): string | undefined;
  /** Whether a common sense of the noun is a person (Lexicon.namesPerson). */
  namesPerson?(word: string): boolean;
  /** Whether a common sense of the noun is a group (Lexicon.namesGroup). */
  namesGroup?(word: string): boolean;
  /** Whether the word is an English word (Lexicon.isWord): English courtesy is filler only in English (language.ts). */
  isWord?(word: string): boolean;
  /** Whether the noun's commonest sense is a cognition or a communication: information (Lexicon.namesKnowledge). */
  namesKnowledge?(word: string): boolean;
}
function knowsEnglishWords(partsOfSpeech: PartsOfSpeech): partsOfSpeech is PartsOfSpeech & EnglishWords {
  return partsOfSpeech.isWord !== undefined;
}
const NO_PARTS_OF_SPEECH: PartsOfSpeech = { canBeVerb: () => false, canBeNoun: () => true };
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'his', 'her', 'their', 'its', 'this', 'these', 'those']);
/** Prepositions and focusing adverbs whose object a politeness word can be ("mean by cheers", "with only hey"). */
const OBJECT_AFTER_FUNCTION_WORDS: ReadonlySet<string> = new Set(['by', 'only', 'just', 'simply', 'merely', 'even', 'as', 'without', 'on', 'at', 'in']);
/** Words before a verb that are no subject of it of their own (determiners: "my code thanks"; the asker and the assistant). */
const NOT_A_SUBJECT: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'my', 'your', 'our', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'some', 'any', 'each', 'every',
  'i', 'you', 'u', 'we', 'it', 'he', 'she', 'they',
  // After a preposition the word is its object, a noun: "a fun fact about cats please" (not after "to", whose verb
  // may take the word: "Teach the kids to shout hello").
  'about', 'of', 'for', 'with', 'on', 'in', 'at', 'from', 'into', 'by', 'over', 'under', 'between', 'without', 'like', 'via', 'per', 'during', 'after', 'before', 'around', 'through',
]);

/**
 * Whether "can you" / "could you" / "would you" / "will you" opening the sentence, before the token at `at`,
 * asks the assistant for output — then it is politeness ("Can you write me a poem?" = "Write me a poem") —
 * rather than what is possible, allowed or intended ("Can you give blood after a tattoo?", "Can you write a
 * check to yourself?", "Would you recommend Lisbon in winter?"). A request verb (REQUEST_VERBS) must follow, and:
 * - its object is the asker ("… write me", "… give us"), for any of the four openers; otherwise, after "can you"
 *   or "could you" only ("would/will you" ask an opinion or a plan, and never equal "can you"):
 * - the verb's common use is producing text (TEXT_REQUEST_VERBS: explain, summarize, list…) and nothing in the
 *   sentence scopes it to a person, a means or a permission (POSSIBILITY_SCOPE: "yourself", "without"), or
 * - its object points at the text in front of the assistant ("Can you check this?", "… fix the following")
 *   and nothing scopes it to a person, a means, a condition or a time (POSSIBILITY_SCOPE, CONDITION_SCOPE:
 *   "Can you fix it yourself?", "Can you give it after a meal?").
 */
function isRequestToAssistant(tokens: readonly Token[], at: number, opener: string, partsOfSpeech: PartsOfSpeech): boolean {
  const verb = tokens[at];
  if (verb?.kind !== 'word' || !REQUEST_VERBS.has(verb.text.toLowerCase())) return false;
  const object = tokens[at + 1]?.kind === 'word' ? tokens[at + 1]!.text.toLowerCase() : undefined;
  // "Would you tell me if you don't know?", "Would you show me your prompt if I asked?": what the assistant would
  // do in a case, not a request.
  if ((object === 'me' || object === 'us') && (opener === 'would' || opener === 'will') && isHypothetical(tokens, at + 2)) return false;
  if (object === 'me' || object === 'us') return true;
  if (opener !== 'can' && opener !== 'could' && opener !== 'i') return false;
  // "Can you explain your salary expectations in a cover letter?", "Can you list a PO box as your address?": the
  // "you" of anyone, asking what one may do. Not the assistant's own output: "Can you explain your answer?".
  if (sayAnyonesYou(tokens, at + 1)) return false;
  // "Can you list alcohol on eBay?": whether one may offer it for sale there, not a list.
  if (verb.text.toLowerCase() === 'list' && namesListingPlace(tokens, at + 1)) return false;
  if (TEXT_REQUEST_VERBS.has(verb.text.toLowerCase())) return !scoped(tokens, at + 1, POSSIBILITY_SCOPE) && !asksCapability(tokens, at, partsOfSpeech) && !(MEANS_VERBS.has(verb.text.toLowerCase()) && namesMeans(tokens, at + 1));
  const deictic = object !== undefined && (DEICTIC_OBJECTS.has(object) || (object === 'the' && tokens[at + 2]?.text.toLowerCase() === 'following'));
  return deictic && !scoped(tokens, at + 1, POSSIBILITY_SCOPE) && !scoped(tokens, at + 1, CONDITION_SCOPE);
}

/**
 * Whether the sentence from `start` asks whether a means does the job, which makes "can you <verb>" a question about
 * what is possible: code after "with", "using" or "by" ("Can you compare two strings with == in Java?": no, `==`
 * compares references), or a source that is all one has ("Can you calculate BMI from weight alone?": no, height
 * too); after "compare" and "calculate" only. Not a request's own words ("Can you compare Python with Java?", "Can you
 * rewrite this loop using `enumerate()`?", "Can you recommend books from the 1990s only?": a hostile review).
 * Within MEANS_REACH tokens, so a text of many "can you" is not scanned once per opener (attacks on the verifier's
 * acceptances, sessions 45 and 46).
 */
function namesMeans(tokens: readonly Token[], start: number): boolean {
  let source = false;
  for (let at = start; at < Math.min(tokens.length, start + MEANS_REACH); at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && endsSentence(token.text)) return false;
    if (token.kind !== 'word') continue;
    const lower = token.text.toLowerCase();
    // An operator, not a call ("compare these lists using `set()`" is a request).
    // "… with > and print the larger one": a task done with it, a request (a third hostile review).
    if (MEANS_WORDS.has(lower) && tokens[at + 1]?.kind === 'symbol' && OPERATORS.test(tokens[at + 1]!.text)) return !andThen(tokens, at + 2);
    if (lower === 'from') source = !GIVEN_SOURCE.has(tokens[at + 1]?.key.toLowerCase() ?? '');
    else if (source && lower === 'alone') {
      const next = tokens[at + 1];
      if (next === undefined || (next.kind === 'punct' && endsSentence(next.text))) return true;
    }
  }
  return false;
}
const MEANS_REACH = 24;
/** Data in front of the assistant, from which "alone" asks a calculation: "from these three grades alone". */
const GIVEN_SOURCE: ReadonlySet<string> = new Set(['these', 'this', 'those', 'my', 'the', 'following', 'our']);
/** Whether "and" and a further verb follow in the sentence from `start`. */
function andThen(tokens: readonly Token[], start: number): boolean {
  for (let at = start; at < Math.min(tokens.length, start + MEANS_REACH); at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && endsSentence(token.text)) return false;
    if (token.kind === 'word' && token.key.toLowerCase() === 'and') return true;
  }
  return false;
}
/** Comparison and equality operators; not a currency or a percent sign ("calculate my payment with $20,000"). */
const OPERATORS = /^(?:[=!<>]=?=?|<>|~=|&&|\|\|)$/u;
/** Verbs whose means decides whether they can be done: compare, calculate (not "rewrite this loop using `enumerate()`"). */
const MEANS_VERBS: ReadonlySet<string> = new Set(['compare', 'calculate']);
const MEANS_WORDS: ReadonlySet<string> = new Set(['with', 'using', 'by', 'via']);

/**
 * Whether "list" is to offer for sale on a marketplace: a short object of its own, then "on" and the place ("list
 * alcohol on eBay", "list a car on Craigslist"); not a list of things about it ("list the best deals on Amazon",
 * "list common scams on Facebook Marketplace", "list good things to sell on eBay"). The place's name may be a
 * code-like token ("eBay").
 */
function namesListingPlace(tokens: readonly Token[], start: number): boolean {
  let at = start;
  for (; at < tokens.length && at < start + LISTED_WORDS + 1; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word') return false;
    const lower = token.text.toLowerCase();
    if (lower === 'on') break;
    if (LIST_OF_THINGS.has(lower)) return false;
  }
  if (at === start || tokens[at]?.text.toLowerCase() !== 'on') return false;
  for (let place = at + 1; place < Math.min(tokens.length, at + 3); place++) if (LISTING_PLACES.has(tokens[place]!.text.toLowerCase())) return true;
  return false;
}
/** How many words the thing offered may have: "alcohol", "a car", "prescription drugs". */
const LISTED_WORDS = 3;
/** Words of an object that is a list to write: "the best …", "some popular items", "things to …". */
const LIST_OF_THINGS: ReadonlySet<string> = new Set([
  'the', 'some', 'all', 'any', 'top', 'best', 'worst', 'most', 'common', 'good', 'popular', 'cheapest', 'things', 'ways', 'tips', 'ideas', 'reasons',
  'steps', 'examples', 'to', 'for', 'of', 'what', 'which', 'my', 'your', 'our', 'their',
]);
/** Where things are listed for sale or rent: "list" there is to offer, not to enumerate. */
const LISTING_PLACES: ReadonlySet<string> = new Set([
  'ebay', 'etsy', 'amazon', 'craigslist', 'marketplace', 'facebook', 'depop', 'poshmark', 'mercari', 'vinted', 'offerup', 'gumtree', 'kijiji',
  'stockx', 'airbnb', 'vrbo', 'zillow', 'mls', 'shopify', 'indeed', 'nasdaq', 'nyse',
]);

const HYPOTHETICAL_SCOPE: ReadonlySet<string> = new Set(['if', 'when', 'unless', 'whenever']);

/**
 * Whether the clause at `at` ("if …") is a case the assistant would act in: about the assistant ("if you don't
 * know") or in the past of a supposition ("if I asked", "if my girlfriend was cheating"). Not an indirect question
 * ("Would you tell me if my code has a bug?" asks whether it has).
 */
/**
 * Whether "if you could" closes or opens a question that asks what the assistant would do, in the same sentence
 * ("Would you live forever if you could?", "What would you change if you could?", "If you could, would you retire at
 * 40?"): the condition of a hypothetical, not politeness. Not a request, however worded ("Would you please send me
 * the file if you could?", "Would you be able to translate this, if you could?", "What would be a good name? Give
 * me 10 options if you could.", "My wife and I would like a room with a view if you could.").
 */
function asksHypothetical(tokens: readonly Token[], index: number, length: number): boolean {
  if (tokens[index + length - 1]?.text.toLowerCase() !== 'could') return false;
  // The hedge's sentence, back and forward to a sentence's end, within HYPOTHETICAL_REACH tokens either way (a
  // text of many hedges and no stop must not be scanned once per hedge).
  let start = index;
  while (start > 0 && index - start < HYPOTHETICAL_REACH && !(tokens[start - 1]!.kind === 'punct' && endsSentence(tokens[start - 1]!.text))) start--;
  let end = index + length;
  while (end < tokens.length && end - index - length < HYPOTHETICAL_REACH && !(tokens[end]!.kind === 'punct' && endsSentence(tokens[end]!.text))) end++;
  const lower = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.text.toLowerCase() : '');
  for (let at = start; at < end; at++) {
    if ((at >= index && at < index + length) || lower(at) !== 'would' || lower(at + 1) !== 'you') continue;
    if (QUESTION_WORDS.has(lower(at - 1))) return true;
    let verb = at + 2;
    if (lower(verb) === 'please' || lower(verb) === 'kindly') verb++;
    if (!REQUEST_VERBS.has(lower(verb)) && !TEXT_REQUEST_VERBS.has(lower(verb)) && !REQUEST_IDIOM_VERBS.has(lower(verb))) return true;
  }
  return false;
}
/** How far from "if you could" its question's "would" is looked for. */
const HYPOTHETICAL_REACH = 16;
/** "Would you be able to …", "Would you happen to know …", "Would you mind …": requests, not hypotheticals. */
const REQUEST_IDIOM_VERBS: ReadonlySet<string> = new Set(['be', 'happen', 'know', 'mind', 'like', 'care', 'consider', 'review', 'check', 'recommend', 'suggest']);

function isHypothetical(tokens: readonly Token[], at: number): boolean {
  if (!HYPOTHETICAL_SCOPE.has(tokens[at]?.text.toLowerCase() ?? '')) return false;
  if (tokens[at + 1]?.text.toLowerCase() === 'you') return true;
  for (let next = at + 1; next <= at + 4 && next < tokens.length; next++) if (SUPPOSED.has(tokens[next]!.text.toLowerCase())) return true;
  return false;
}
const SUPPOSED: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'asked', 'became', 'could', 'would']);

/**
 * Whether "your" within the next GENERIC_YOU_REACH words of the sentence from `start` names someone's own thing
 * rather than the assistant's output (ASSISTANT_OUTPUT: "your answer", "your last response", "your sources").
 */
function sayAnyonesYou(tokens: readonly Token[], start: number): boolean {
  for (let at = start; at < Math.min(tokens.length, start + GENERIC_YOU_REACH); at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && /[.!?]/u.test(token.text)) return false;
    if (token.kind !== 'word' || token.text.toLowerCase() !== 'your') continue;
    let next = at + 1;
    while (next < tokens.length && tokens[next]!.kind === 'word' && OUTPUT_MODIFIERS.has(tokens[next]!.text.toLowerCase())) next++;
    const noun = tokens[next]?.kind === 'word' ? tokens[next]!.text.toLowerCase() : '';
    if (!ASSISTANT_OUTPUT.has(noun) && !ASSISTANT_OUTPUT.has(noun.replace(/s$/u, '')) && !ASSISTANT_OUTPUT.has(noun.replace(/ies$/u, 'y'))) return true;
  }
  return false;
}
const GENERIC_YOU_REACH = 12;
const OUTPUT_MODIFIERS: ReadonlySet<string> = new Set(['last', 'previous', 'first', 'second', 'earlier', 'above', 'own', 'whole', 'full', 'final', 'current', 'latest', 'favorite', 'favourite', 'main', 'key']);
const ASSISTANT_OUTPUT: ReadonlySet<string> = new Set([
  'answer', 'response', 'reply', 'reasoning', 'explanation', 'source', 'reference', 'citation', 'code', 'output', 'thought', 'opinion', 'thinking',
  'summary', 'story', 'poem', 'suggestion', 'recommendation', 'list', 'step', 'solution', 'approach', 'logic', 'translation', 'message', 'text',
  'example', 'point', 'argument', 'essay', 'draft', 'version', 'result', 'calculation', 'work', 'plan', 'idea', 'statement', 'claim', 'conclusion',
  'advice', 'instruction', 'question', 'comment', 'feedback', 'table', 'script', 'function', 'joke', 'email', 'letter', 'post', 'description',
  // The assistant itself: "Can you describe your capabilities?", "… in your own words", "… your favorite books".
  'word', 'capability', 'ability', 'limitation', 'knowledge', 'training', 'design', 'choice', 'decision', 'preference', 'view', 'perspective',
  'take', 'purpose', 'name', 'rule', 'guideline', 'feature', 'model', 'creator', 'memory', 'book', 'movie', 'song', 'food', 'color', 'colour',
]);

// Whether a word of `scope` occurs from `start` to the end of the sentence.
function scoped(tokens: readonly Token[], start: number, scope: ReadonlySet<string>): boolean {
  const next = nextScopeWords(tokens, scope);
  return start < tokens.length && next[start]! !== -1;
}

/**
 * For each token, whether a word of `scope` follows it in its sentence: -1 if none, else 1. Computed once per
 * token list and scope, back to front, so a text of many "can you …" is linear (scanning to the sentence's end
 * from each one was quadratic: 256 KB of "can you check this, " took 16 s).
 */
function nextScopeWords(tokens: readonly Token[], scope: ReadonlySet<string>): Int8Array {
  let byScope = SCOPE_MEMO.get(tokens);
  if (byScope === undefined) SCOPE_MEMO.set(tokens, (byScope = new Map()));
  let next = byScope.get(scope);
  if (next !== undefined) return next;
  next = new Int8Array(tokens.length);
  let found = -1;
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!;
    if (token.kind === 'punct' && /[.!?]/u.test(token.text)) found = -1;
    else if (token.kind === 'word' && scope.has(token.text.toLowerCase())) found = 1;
    next[index] = found;
  }
  byScope.set(scope, next);
  return next;
}
const SCOPE_MEMO = new WeakMap<readonly Token[], Map<ReadonlySet<string>, Int8Array>>();

// Phrases by their first word, longest first, so a token is compared with the few phrases it can open.
function byFirstWord(phrases: readonly (readonly string[])[]): Map<string, Array<readonly string[]>> {
  const index = new Map<string, Array<readonly string[]>>();
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) index.set(phrase[0]!, [...(index.get(phrase[0]!) ?? []), phrase]);
  return index;
}
const ANYWHERE_BY_FIRST = byFirstWord(FILLER_ANYWHERE);
const EDGES_BY_FIRST = byFirstWord(FILLER_AT_EDGES);
const START_BY_FIRST = byFirstWord(FILLER_AT_START);

function matchesAt(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) {
    const token = tokens[index + offset];
    if (token === undefined || token.kind !== 'word' || token.text.toLowerCase() !== phrase[offset]) return false;
  }
  return true;
}

/**
 * A short filler word typed in capitals ("HI state income tax" is Hawaii's, "THX sound" the certification, "PLS
 * regression"): in a text with lowercase words it is an acronym, not politeness. Not "BTW", which is written so.
 * Long ones ("PLEASE", "THANKS") are shouted politeness.
 */
function isFillerAcronym(text: string): boolean {
  return /^\p{Lu}{2,3}$/u.test(text) && text !== 'BTW';
}

/**
 * Whether "TIA", "THX" or "TY" in capitals is a sentence of its own closing the text, after a question's or a
 * sentence's mark ("How does it work? TIA"; an over-refusal study, session 44: 160 of 160 refused): thanks, not the
 * acronym ("symptoms of a TIA").
 */
function closingThanksInCapitals(tokens: readonly Token[], index: number): boolean {
  if (!CLOSING_THANKS_CAPITALS.has(tokens[index]!.text) || !/^[.?!]+$/u.test(tokens[index - 1]?.text ?? '')) return false;
  return tokens.slice(index + 1).every((token) => token.kind === 'punct' || EMOJI_TOKEN.test(token.text));
}
const CLOSING_THANKS_CAPITALS: ReadonlySet<string> = new Set(['TIA', 'THX', 'TY']);
const EMOJI_TOKEN = /^[\p{Extended_Pictographic}\u200d\ufe0f\p{Emoji_Modifier}]+$/u;

function isBoundary(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'punct' || token.loose === true) && /^[.,!?;:…—–-]+$/u.test(token.text);
}
