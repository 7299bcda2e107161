import { ARTICLES, FUNCTION_WORDS, LANGUAGES, REQUEST_VERBS } from './closed-lists.ts';
import type { Token } from './verify-tokens.ts';

/**
 * Whether a prompt asks about a word itself — its spelling, letters, sound, form, grammar, usage, meaning or
 * translation ("Is recieve a valid Scrabble word?", "What is the plural of goose?", "What rhymes with fix?",
 * "Should I write a hour?", "Is colour British English?"). There every word-level tolerance (typo, spelling
 * variant, inflection, synonym, article, contraction) changes the question: the word is the thing asked about.
 *
 * Decided per sentence, so a cue in one sentence ("Summarize in 100 words") does not reach another, from:
 * - a cue anywhere in the sentence (WORD_CUES: letters, plural, rhymes, synonym, "the word", "how many words"…);
 * - in a short sentence, a judgement of usage (USAGE_CUES: correct, wrong, formal, rude…: "Is don't too informal?");
 * - a verb of saying right before the changed words, one of writing or using when they end the sentence, or
 *   one right after them ("Do you say an unicorn?", "Should a cover letter use I'm?", "Is colour used in the US?",
 *   "What does recieve mean?"), or between "is" and "in <language>" ("What's cat in Spanish?");
 * - for a spelling variant only, a place or variety of English in the sentence ("Which country uses colour?").
 */
export function asksAboutWords(tokens: readonly Token[], start: number, end: number, spellingVariant: boolean, notEnglishAt?: (index: number) => boolean, amissAsks = true, typo = false): boolean {
  const sentences = sentenceTopics(tokens);
  for (let index = Math.max(0, start - 1); index <= end && index < tokens.length; index++) {
    const topic = sentences[index]!;
    if ((spellingVariant && (topic & VARIETY_TOPIC) !== 0) || ((topic & WORD_TOPIC) !== 0 && (!typo || cuedBesideChange(tokens, index, start, end))) || (amissAsks && (topic & AMISS_TOPIC) !== 0)) return true;
  }
  let before = start - 1;
  while (before >= 0 && tokens[before]!.kind === 'word' && ARTICLES.has(tokens[before]!.text.toLowerCase())) before--;
  const cueBefore = tokens[before];
  const cueAfter = tokens[end];
  // "What's cat in Spanish?", "What is dog in French?": the word between "is" and "in <language>" is translated;
  // not "Common mistakes in French".
  const language = tokens[end + 1];
  const translated = cueBefore?.kind === 'word' && /^(?:is|are)$/iu.test(cueBefore.text) && cueAfter?.kind === 'word' && cueAfter.text.toLowerCase() === 'in';
  if (translated && language?.kind === 'word' && LANGUAGES.has(language.text.toLowerCase())) return true;
  if (cueBefore?.kind === 'word' && CUES_BEFORE.has(cueBefore.text.toLowerCase())) return true;
  if (operandOfStringOperation(tokens, start, end)) return true;
  // "the definition of big", "the meaning of fast".
  const ofWhat = tokens[before - 1];
  if (cueBefore?.kind === 'word' && cueBefore.text.toLowerCase() === 'of' && ofWhat?.kind === 'word' && MEANING_OF.has(ofWhat.text.toLowerCase())) return true;
  // An article changed is asked about with its noun: "Should I write a hour?".
  const articles = start < end && tokens.slice(start, end).every((token) => token.kind === 'word' && ARTICLES.has(token.text.toLowerCase()));
  const next = tokens[articles ? end + 1 : end];
  // "Do Americans write colour?", "Should a cover letter use I'm?": the word ends the sentence; not "write a
  // recommendation letter", "use a VPN for work".
  const endsSentence = next === undefined || next.sentenceStart;
  if (endsSentence && cueBefore?.kind === 'word' && CUES_BEFORE_AT_END.has(cueBefore.text.toLowerCase())) return true;
  // "What does a la carte mean?" / "What does la carte mean?", "… an sich …", "… a veces …": an article before a
  // phrase of another language whose meaning is asked is part of it (a red team on other languages, session 33); not
  // "What does the check engine light mean?".
  if (articles && notEnglishAt?.(end) === true && cueBefore?.kind === 'word' && /^(?:does|do|did)$/iu.test(cueBefore.text) && meaningAskedWithin(tokens, end)) return true;
  // Not a purpose: "What is manganese used for?" asks what it does, not about the word.
  // Only in a question of what or how: "Is programme used for software?" asks which word is (a review, session 45).
  if (cueAfter?.kind === 'word' && cueAfter.text.toLowerCase() === 'used' && PURPOSE_AFTER_USED.has(tokens[end + 1]?.text.toLowerCase() ?? '') && PURPOSE_QUESTION_WORDS.has(sentenceOpener(tokens, start))) return false;
  return cueAfter?.kind === 'word' && CUES_AFTER.has(cueAfter.text.toLowerCase());
}
/**
 * Whether the changed words [start, end) are a string an operation takes as typed: after a digest, an encoding, a letter
 * by place, a search, a filter, a secret ("the MD5 of token", "the fifth letter of calendar", "Grep for government",
 * "the tag column equals vacuum", "Set my Wi-Fi password to chocolate", "the string invoices"), with only function words
 * between; or before a conversion of its letters ("3 in all caps", "calendar in Morse", "chocolate backwards"). A red
 * team at the proxy (session 49): 1,787 such typos, spellings, plurals, synonyms and number words served. Not the
 * operation's own noun ("strong password(s)", "binary search(es)").
 */
function operandOfStringOperation(tokens: readonly Token[], start: number, end: number, contraction = false): boolean {
  // The operand is a word changed, not an article or a function word added or dropped before it ("decrypt (a) PDF",
  // "password for (the) router": a review, session 49, 95 of 100 such drops refused); a contraction's words are
  // function words, and one typed otherwise is the operand ("the string dont" / "… don't").
  if (end <= start || (!contraction && tokens.slice(start, end).every((token) => token.kind === 'word' && FUNCTION_WORDS.has(token.text.toLowerCase())))) return false;
  // A noun of an operation takes its operand after one linking word ("password to chocolate", "grep for government",
  // "equal to theater"): right before a word it is a compound's ("password manager(s)", "binary search(es)"), and after
  // a verb it is a subject ("My password must be 8 characters", "grep is not finding anything").
  const links: string[] = [];
  for (let index = start - 1; index >= 0 && index >= start - OPERAND_REACH; index--) {
    const token = tokens[index]!;
    if (tokens[index + 1]!.sentenceStart) break;
    const lower = token.text.toLowerCase();
    // "MD5", "SHA-256", "ROT13" are read as numbers, "SHA" "-" "256" as three tokens.
    if (OPERATIONS_BEFORE.has(lower)) return true;
    if (links.length === 1 && NAMED_OPERATIONS.get(lower)?.has(links[0]!) === true) return true;
    // "Hash government using SHA-256", "SHA-256 hash chocolate": "hash" as the order's verb.
    if (lower === 'hash' && links.length === 0 && (token.sentenceStart || index === 0 || OPERATIONS_BEFORE.has(tokens[index - 1]?.text.toLowerCase() ?? '') || tokens[index - 1]?.kind === 'number')) return true;
    // "the string invoices", "the keyword travelling".
    if (NAMING_NOUNS.has(lower) && links.length === 0 && ARTICLES.has(tokens[index - 1]?.text.toLowerCase() ?? '')) return true;
    if (token.kind === 'number' || token.text === '-') continue;
    if (token.kind !== 'word') break;
    // "when a message contains centre", "cells that contain travelling": a text searched for the string.
    if (CONTAINING.has(lower) && index > 0 && (TEXT_HOLDERS.has(tokens[index - 1]!.text.toLowerCase()) || (index > 1 && /^(?:that|which)$/iu.test(tokens[index - 1]!.text) && TEXT_HOLDERS.has(tokens[index - 2]!.text.toLowerCase())))) return true;
    // "the fifth letter of calendar", "the 3rd letter of", "every letter in sandwich".
    if (/^(?:letters?|characters?|chars?)$/u.test(lower) && index > 0 && (ORDINALS.test(tokens[index - 1]!.text) || /^(?:every|each|all)$/iu.test(tokens[index - 1]!.text))) return true;
    // An article before the operand makes it a kind, not a string typed: "grep for a pattern", "the MD5 of a file".
    if (ARTICLES.has(lower)) break;
    if (FUNCTION_WORDS.has(lower)) {
      links.push(lower);
      continue;
    }
    // A noun after the operation: "the ASCII codes of", "the MD5 hash of", "the Morse code for" (not "password manager for").
    if (links.length > 0 && index > 0 && OPERATION_RESULTS.has(lower) && (OPERATIONS_BEFORE.has(tokens[index - 1]!.text.toLowerCase()) || RESULTS_OF.has(tokens[index - 1]!.text.toLowerCase()))) return true;
    break;
  }
  if (tokens[end]?.sentenceStart ?? true) return false;
  const after = tokens
    .slice(end, end + 4)
    .filter((token) => token.kind === 'word' || token.kind === 'number')
    .map((token) => token.text.toLowerCase())
    .join(' ');
  if (CONVERSIONS_AFTER.test(after)) return true;
  // "Write chocolate backwards", "Count how often car appears", "Does my document mention X anywhere": only after a verb
  // of writing, counting or searching in the sentence ("Why is my car rolling backwards?", "Why does mold appear on bread?").
  return SEARCHED_AFTER.test(after) && stringVerbBefore(tokens, start);
}

/**
 * Whether the contraction at [start, end) is the operand of an operation on a string as typed ("Hash the string dont
 * with MD5", "Grep for isnt"): there its apostrophe is part of the string (a review, session 56).
 */
export function contractionIsOperand(tokens: readonly Token[], start: number, end: number): boolean {
  return operandOfStringOperation(tokens, start, end, true);
}

/** Whether a verb of writing, counting or searching stands before `start` in its sentence. */
function stringVerbBefore(tokens: readonly Token[], start: number): boolean {
  // Back to the sentence's start, within STRING_VERB_REACH tokens (a sentence of thousands is not read per operand).
  for (let index = start - 1; index >= Math.max(0, start - STRING_VERB_REACH); index--) {
    if (tokens[index]!.kind === 'word' && STRING_VERBS.has(tokens[index]!.text.toLowerCase())) return true;
    if (tokens[index]!.sentenceStart) return false;
  }
  return false;
}
/** Verbs that act on a string as typed, and the words of counting its occurrences ("how often", "how many times"). */
const STRING_VERBS: ReadonlySet<string> = new Set(['write', 'spell', 'say', 'type', 'print', 'count', 'search', 'find', 'highlight', 'mention', 'mentions', 'grep', 'filter', 'often', 'times']);
const OPERAND_REACH = 3;
const STRING_VERB_REACH = 40;
const ORDINALS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|middle|last|nth|\d+(?:st|nd|rd|th))$/iu;
/** Operations whose operand follows them as typed. */
const OPERATIONS_BEFORE: ReadonlySet<string> = new Set([
  'md5', 'sha1', 'sha256', 'sha-1', 'sha-256', 'sha512', 'sha', 'md5sum', 'sha1sum', 'sha256sum', 'checksum', 'base64', 'encode', 'decode', 'encrypt',
  'decrypt', 'rot13', 'rot-13', 'urlencode', 'highlight', 'equals', 'fingerspell',
]);
/** What an operation makes of a string: "the ASCII code(s) of", "the MD5 hash of", "the binary representation of". */
const OPERATION_RESULTS: ReadonlySet<string> = new Set(['code', 'codes', 'hash', 'digest', 'sum', 'value', 'values', 'representation', 'encoding', 'form', 'version', 'equivalent', 'spelling']);
const CONTAINING: ReadonlySet<string> = new Set(['contains', 'contain', 'containing', 'includes', 'include', 'including', 'mentions', 'mention', 'mentioning']);
/** What holds text to search: "a message contains …", "cells that contain …". */
const TEXT_HOLDERS: ReadonlySet<string> = new Set([
  'message', 'messages', 'text', 'string', 'strings', 'cell', 'cells', 'column', 'columns', 'field', 'fields', 'email', 'emails', 'subject', 'title', 'titles',
  'name', 'names', 'line', 'lines', 'file', 'files', 'row', 'rows', 'url', 'urls', 'filename', 'filenames', 'tweet', 'tweets', 'post', 'posts', 'comment',
  'comments', 'log', 'logs', 'document', 'documents', 'page', 'pages', 'input', 'value', 'values', 'body',
]);
/**
 * Nouns and verbs of an operation whose operand follows one linking word, and the links they take: "password to …",
 * "grep for …", "equal to …"; not "password for Netflix" (the account), "binary to decimal" (a base).
 */
const NAMED_OPERATIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    hash: ['of'],
    password: ['to', 'is', 'as', 'be'],
    passphrase: ['to', 'is', 'as', 'be'],
    username: ['to', 'is', 'as', 'be'],
    hashtag: ['is', 'as'],
    equal: ['to'],
    grep: ['for'],
  }).map(([word, links]) => [word, new Set(links)]),
);
/** Operations named before their result: "the ASCII codes of …", "the Morse code for …", "the Unicode value of …". */
const RESULTS_OF: ReadonlySet<string> = new Set(['hash', 'ascii', 'unicode', 'morse', 'binary', 'hex', 'hexadecimal']);
/** Nouns that name the string after them: "the string invoices", "the keyword travelling". */
const NAMING_NOUNS: ReadonlySet<string> = new Set(['string', 'substring', 'keyword', 'word', 'term']);
/** Conversions of a string's letters ("in all caps", "in Morse", "to binary"), read after it by the token rule and the case rule alike. */
const CONVERSIONS = 'all caps|all-caps|caps|capitals|capital letters|uppercase|upper case|lowercase|lower case|title case|morse|binary|hex|hexadecimal|ascii|base64|rot13|pig latin|leetspeak|reverse|braille|nato';
const CONVERSIONS_AFTER = new RegExp(String.raw`^(?:in|into|to) (?:the )?(?:${CONVERSIONS})\b`, 'u');
const SEARCHED_AFTER = /^(?:backwards|reversed|(?:appears?|occurs?|shows? up) (?:in|anywhere|on)|anywhere|in the (?:subject|title|body|filename|file name|url|header|column|field|cell))\b/u;

const RIGHT_AS_TIME: ReadonlySet<string> = new Set(['now', 'away', 'after', 'before', 'then']);
const PURPOSE_AFTER_USED: ReadonlySet<string> = new Set(['for', 'to', 'as']);
const PURPOSE_QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'how', 'where', 'why', 'which']);
/** The first word of the sentence that holds token `at`, lowercase. */
function sentenceOpener(tokens: readonly Token[], at: number): string {
  let start = at;
  while (start > 0 && !tokens[start]!.sentenceStart) start--;
  return tokens[start]?.text.toLowerCase() ?? '';
}

/** Whether "mean"/"means" follows within MEANT_PHRASE_WORDS words of the same sentence from `from`: "does a la carte mean". */
function meaningAskedWithin(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < tokens.length && index <= from + MEANT_PHRASE_WORDS; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || (index > from && token.sentenceStart)) return false;
    if (/^means?$/iu.test(token.text)) return index > from;
  }
  return false;
}
const MEANT_PHRASE_WORDS = 4;

const WORD_TOPIC = 1;
const VARIETY_TOPIC = 2;
/** A short sentence whose only cue is "wrong" closing a question of what is amiss (asksWhatWentWrong). */
const AMISS_TOPIC = 4;
/** Longest sentence (in words) whose judgement of usage ("Is X correct?") is taken as asking about a word. */
const SHORT_SENTENCE = 12;

const WORD_CUES = new RegExp(
  [
    String.raw`spell\w*|misspel\w*|letters|(?:double|silent|first|last|capital|same|which|what) letter|letter \p{L}\b`,
    String.raw`vowels?|consonants?|syllables?|rhym\w*|plurals?|singular|tense|participles?|gerunds?|infinitives?`,
    String.raw`conjugat\w*|declension\w*|pronounc\w*|abbreviat\w*|acronyms?|initialisms?|anagrams?|palindromes?`,
    String.raw`scrabble|wordle|crosswords?|dictionar\w*|grammar|grammatical\w*|synonyms?|antonyms?|homophones?`,
    String.raw`etymology|origin of|opposite of|contractions?|capitali[sz]\w*|hyphen\w*|part of speech|translat\w*`,
    String.raw`slang|idioms?|(?:a|an|the) (?:noun|verb|adjective|adverb|pronoun|preposition|conjunction)|(?:ir)?regular verbs?|(?:transitive|intransitive|modal|auxiliary|phrasal) verbs?`,
    String.raw`how many (?:characters|\p{L} 's)|(?:correct|proper|good|standard|valid|real|british|american) english|english (?:word|spelling)`,
    // "the word", "a valid word", "how many words"; not a length ("in 100 words", "in a few words", "in other words").
    String.raw`(?<!(?:\d|\bfew|\bother|\bkind|\bown|\bsimple|\bfewer|\bmore|\bless|\bfinal|\bkey|\bfamous|\blast)\s)words?`,
    String.raw`the (?:term|phrase|expression)|in a sentence|(?:academic|formal|informal|professional|business) writing`,
    String.raw`stands? for|short for|(?:un)?countable|swear|profanity|apostrophes?`,
    // A word's grammatical gender: "Is coussin a masculine noun?", "What's the gender of poissons?" (a red team, session 29).
    String.raw`masculine|feminine|neuter|gender of|grammatical gender`,
    // The word used in a sentence: "How do you use coussin in a French sentence?", "example sentence with coussin"
    // (a review, session 29).
    String.raw`in an? \p{L}+ sentence|example sentences?`,
    // Where a word comes from, or what one bare word is to another: "Does big come from Old Norse?", "Is couch from the
    // French coucher?", "Is evident the same as evidence?" (an attack on the verifier's acceptances, session 46); not "Is
    // (the) flu the same as a cold?" (a hostile review).
    String.raw`comes? from (?:old |middle )?(?:latin|greek|french|german|norse|english|arabic|sanskrit|dutch|spanish|italian)|from the (?:old |middle )?(?:latin|greek|french|german|norse)|cognates?|root words?|^is \p{L}+ (?:the same as|related to) \p{L}+\W*$`,
  ].join('|'),
  'u',
);
const WORD_CUES_BOUNDED = new RegExp(String.raw`(?:^|\s)(?:${WORD_CUES.source})(?=\s|$)`, 'u');
const USAGE_CUES: ReadonlySet<string> = new Set([
  'correct', 'incorrect', 'correctly', 'right', 'wrong', 'proper', 'properly', 'valid', 'acceptable', 'formal', 'informal',
  'polite', 'rude', 'offensive', 'appropriate', 'archaic', 'outdated',
]);
/** Places and varieties of English: with one of them a spelling variant is the question ("Is colour used in the US?"). */
const VARIETIES: ReadonlySet<string> = new Set([
  'british', 'american', 'americans', 'brits', 'britain', 'england', 'english', 'us', 'usa', 'uk', 'canada', 'canadian',
  'australia', 'australian', 'country', 'countries', 'region', 'dialect', 'editor', 'style', 'variant', 'version',
]);
/** Words before "English" that ask for a register, not a variety. */
const PLAIN: ReadonlySet<string> = new Set(['plain', 'simple', 'basic', 'easy', 'everyday']);
/** Verbs of saying, writing and using, and "word"/"term", right before a changed word: "say an unicorn", "use won't". */
// "My boss wrote definately in an email", "I keep typing recieve", "Why does Word underline recieve?", "Why does my phone
// suggest accomodate?" (a red team, session 47).
const CUES_BEFORE: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'spell', 'spelt', 'pronounce', 'word', 'term', 'called', 'named', 'conjugate', 'define', 'wrote', 'typed', 'typing',
  'underline', 'underlines', 'underlined', 'flagged', 'circled', 'autocorrects', 'autocorrected',
]);
const MEANING_OF: ReadonlySet<string> = new Set(['definition', 'meaning', 'meanings', 'definitions']);
/** Verbs common in other uses ("write a letter", "use a VPN") that ask about a word only when it ends the sentence. */
const CUES_BEFORE_AT_END: ReadonlySet<string> = new Set(['write', 'writes', 'wrote', 'use', 'uses', 'accept', 'accepts']);
/** Words right after a changed word that ask about it: "Is colour used …", "… spelled", "… pronounced". */
const CUES_AFTER: ReadonlySet<string> = new Set(['used', 'spelled', 'spelt', 'pronounced', 'written', 'accepted', 'mean', 'means', 'rhymes']);

/**
 * Whether the language name at `at` names the language, not a people's cuisine or style ("French restaurants"):
 * a translation's target closing the clause ("What are apples in French?", "Say it in German to me") or a
 * translation's head ("Italian for apples?", "the Spanish equivalent of …"). After a request for text
 * (`asksForOutput`: "Summarize this article in French") the target is the answer's language, not the question.
 */
function namesLanguage(tokens: readonly Token[], at: number, end: number, asksForOutput: boolean): boolean {
  const word = (index: number) => (index < end && tokens[index]?.kind === 'word' ? tokens[index]!.text.toLowerCase() : undefined);
  const next = word(at + 1);
  if (next !== undefined && TRANSLATION_HEADS.has(next)) return true;
  if (asksForOutput) return false;
  const before = at > 0 && !tokens[at]!.sentenceStart ? tokens[at - 1] : undefined;
  const target = before?.kind === 'word' && TARGET_PREPOSITIONS.has(before.text.toLowerCase());
  return target && (at + 1 >= end || (next !== undefined && FUNCTION_WORDS.has(next)));
}
const TRANSLATION_HEADS: ReadonlySet<string> = new Set(['for', 'equivalent', 'equivalents', 'translation', 'translations']);
const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'into', 'to', 'from']);

/** For each token, its sentence's topic bits; computed once per token list (a prepared side is reused across candidates). */
function sentenceTopics(tokens: readonly Token[]): Uint8Array {
  let topics = TOPICS.get(tokens);
  if (topics !== undefined) return topics;
  topics = new Uint8Array(tokens.length);
  let start = 0;
  for (let index = 1; index <= tokens.length; index++) {
    if (index < tokens.length && !tokens[index]!.sentenceStart) continue;
    topics.fill(sentenceTopic(tokens, start, index), start, index);
    start = index;
  }
  TOPICS.set(tokens, topics);
  return topics;
}
const TOPICS = new WeakMap<readonly Token[], Uint8Array>();

/**
 * Whether the sentence holding `index` is about words without the changed words [start, end), where they are a typo
 * (asksAboutWords' `typo`; a cue's other number, "Synonyms for big" / "Synonym …", stays asked about): a cue that is itself the
 * word changed asks nothing about it ("Tranlsate good morning into Spanish" / "Translate …", "How do I sort a
 * dictinoary?" / "… dictionary?": a must-hit review, session 56). Read only where the sentence has a cue.
 */
function cuedBesideChange(tokens: readonly Token[], index: number, start: number, end: number): boolean {
  // Only where the changed words are a cue by themselves: a cue of several words holds them as its slot ("Is evident the
  // same as evidence?").
  if (end <= start || !WORD_CUES_BOUNDED.test(tokens.slice(start, end).map((token) => token.text.toLowerCase()).join(' '))) return true;
  let from = index;
  while (from > 0 && !tokens[from]!.sentenceStart) from--;
  let to = index + 1;
  while (to < tokens.length && !tokens[to]!.sentenceStart) to++;
  // A long sentence keeps its cue as read: reading it again for each changed word would be quadratic in it.
  if (end <= from || start >= to || to - from > CUE_SENTENCE_TOKENS) return true;
  const kept = [...tokens.slice(from, Math.max(from, start)), ...tokens.slice(Math.min(to, end), to)];
  if (kept.length === 0) return false;
  if (start > from) return (sentenceTopic(kept, 0, kept.length) & WORD_TOPIC) !== 0;
  // The changed words open the sentence: the rest reads as a sentence of its own.
  return (sentenceTopic([{ ...kept[0]!, sentenceStart: true }, ...kept.slice(1)], 0, kept.length) & WORD_TOPIC) !== 0;
}

const CUE_SENTENCE_TOKENS = 200;

/**
 * Whether "wrong" at `index` closes a question of what is amiss: "My dog isn't eating, what could be wrong?", "What am
 * I doing wrong?", "What went wrong?". Such a sentence may still judge the words before it ("They was late, what is
 * wrong?"), so it is about words (AMISS_TOPIC) for every difference but a contraction written out, with its apostrophe
 * on both sides (asksAboutWords' `amissAsks`; a must-hit review and a review of a first version, session 56). "What is
 * wrong with don't?" and "Is ain't wrong?" keep their reading.
 */
function asksWhatWentWrong(tokens: readonly Token[], start: number, index: number, end: number): boolean {
  if (tokens[index]!.text.toLowerCase() !== 'wrong' || index + 1 !== end) return false;
  // Only after a thing of the asker's or one at hand ("My dog …", "The app …"): "He don't care, what could be wrong?"
  // asks about its words (a last review, session 56).
  if (!AMISS_SUBJECTS.has(tokens[start]?.text.toLowerCase() ?? '')) return false;
  return AMISS_BEFORE.has(tokens[index - 1]?.text.toLowerCase() ?? '');
}
const AMISS_SUBJECTS: ReadonlySet<string> = new Set(['my', 'our', 'the', 'this', 'your']);
const AMISS_BEFORE: ReadonlySet<string> = new Set(['be', 'been', 'doing', 'did', 'went', 'go', 'goes', 'going', 'gone', 'get', 'gets', 'got', 'getting']);

function sentenceTopic(tokens: readonly Token[], start: number, end: number): number {
  const words: string[] = [];
  let usage = false;
  let amiss = false;
  let variety = false;
  let named = false;
  // "Summarize this article in French" asks for an answer in French, not about the words of the request.
  const opener = tokens[start]?.kind === 'word' ? tokens[start]!.text.toLowerCase() : '';
  const asksForOutput = REQUEST_VERBS.has(opener) && opener !== 'translate';
  for (let index = start; index < end; index++) {
    const token = tokens[index]!;
    const lower = token.text.toLowerCase();
    // "in Word": the application inside a sentence, not "the word" (a single-word red team, session 45).
    words.push(token.text === 'Word' && index > start ? 'ms-word' : lower);
    if (token.kind !== 'word') continue;
    // Not "right now", "right away": a time, no judgement of usage.
    if (USAGE_CUES.has(lower) && !(lower === 'right' && RIGHT_AS_TIME.has(tokens[index + 1]?.text.toLowerCase() ?? ''))) {
      if (asksWhatWentWrong(tokens, start, index, end)) amiss = true;
      else usage = true;
    }
    // Not "plain English", "simple English": a register asked for, no variety ("Summarise this in plain English: …").
    const register = lower === 'english' && PLAIN.has(tokens[index - 1]?.text.toLowerCase() ?? '');
    if (VARIETIES.has(lower) && (lower !== 'us' || token.text === 'US') && !register) variety = true;
    if (LANGUAGES.has(lower) && namesLanguage(tokens, index, end, asksForOutput)) named = true;
  }
  const cued = named || WORD_CUES_BOUNDED.test(words.join(' ')) || (usage && words.length <= SHORT_SENTENCE);
  const amissOnly = !cued && amiss && words.length <= SHORT_SENTENCE;
  return (cued ? WORD_TOPIC : 0) | (variety ? VARIETY_TOPIC : 0) | (amissOnly ? AMISS_TOPIC : 0);
}

/**
 * Whether two texts that differ only in the case of some letters differ where a sentence operates on a string as typed:
 * its digest, its encoding, a cipher, a password or a case-sensitive search ("Tiger: write it in ROT13." / "tiger: …",
 * "Dragon: what is its SHA-1 hash?" / "dragon: …"; a red team at the proxy, session 49: a first word's case was folded
 * as a sentence's opening capital).
 */
export function caseOfOperatedStringDiffers(query: string, candidate: string): boolean {
  if (query.length !== candidate.length || query === candidate || query.toLowerCase() !== candidate.toLowerCase()) return false;
  // Each word that differs reads its line: a whole text re-cased (more than CASE_WORDS words) is another kind of change.
  let words = 0;
  for (let index = 0; index < query.length; index++) {
    if (query[index] === candidate[index]) continue;
    if (++words > CASE_WORDS) return false;
    // The word holding the difference, and the line around it.
    let wordStart = index;
    while (wordStart > 0 && WORD_CHARACTER.test(query[wordStart - 1]!)) wordStart--;
    let wordEnd = index;
    while (wordEnd < query.length && WORD_CHARACTER.test(query[wordEnd]!)) wordEnd++;
    const lineStart = query.lastIndexOf('\n', index) + 1;
    const lineBreak = query.indexOf('\n', index);
    const lineEnd = lineBreak === -1 ? query.length : lineBreak;
    // A word a line opens with, as a label of what the line asks done to it: "Tiger: write it in ROT13.", "Dragon - its SHA-1?".
    // The rest of the line points back at it ("write it", "its hash", "of this"): "Python: best way to store passwords?" does not.
    // ("Gmail: my login stopped working, how do I fix it?" points at the login, not the label: a review, session 49.)
    const rest = query.slice(wordEnd, lineEnd);
    const label = wordStart === lineStart && /^\s*(?::|\s[-–—]\s)/u.test(rest) && (LABEL_OPERATED.test(rest) || (CASE_SENSITIVITY.test(rest) && /\b(?:it|its|this|that)\b/iu.test(rest)));
    // The operand of an operation: "the MD5 of Token", "my password to Chocolate", "Chocolate in binary".
    const operand = OPERAND_BEFORE.test(query.slice(Math.max(lineStart, wordStart - CASE_WINDOW), wordStart)) || CONVERSION_AFTER.test(query.slice(wordEnd, Math.min(lineEnd, wordEnd + CASE_WINDOW)));
    if (label || operand) return true;
    index = wordEnd;
  }
  return false;
}
const CASE_WINDOW = 40;
/** Case itself asked about on the label's line: "welcome: is this exactly my username if logins are case-sensitive?". */
// Or its capitals asked ("Tiger: is it capitalized?", "Monkey: does this password meet the rule of one uppercase letter?";
// a break test, session 49).
const CASE_SENSITIVITY = /\bcase[- ]?sensitiv\w*|\bcapitali[sz]\w*|\bupper ?case\b|\blower ?case\b|\bcapital\s+letters?\b/iu;
const LABEL_OPERATIONS = String.raw`(?:md5|sha-?\d*|sha\d*sum|hash(?:ed|es)?|checksum|base-?64|rot-?13|encod\w*|encrypt\w*|cipher\w*|caesar|binary|hex|ascii|morse|upper ?case|lower ?case|capital\s+letters|url-?encod\w*|revers\w*|backwards)`;
/** The label pointed at right beside an operation on it: "write it in ROT13", "its SHA-1 hash", "the MD5 of this". */
const LABEL_OPERATED = new RegExp(String.raw`\b(?:it|its|this|that)\b[^.?!\n]{0,20}\b${LABEL_OPERATIONS}|\b${LABEL_OPERATIONS}\b[^.?!\n]{0,20}\b(?:it|its|this|that)\b`, 'iu');
const WORD_CHARACTER = /[\p{L}\p{N}_'-]/u;
/** The raw text before an operand, made from the token rule's tables: "the MD5 of ", "my password to ", "grep for ". */
const OPERAND_BEFORE = new RegExp(
  String.raw`(?:\b(?:${[...OPERATIONS_BEFORE, 'string', 'keyword'].join('|')})\b(?:\s+(?:of|for|to|is|as))?|` +
    [...NAMED_OPERATIONS].map(([word, links]) => String.raw`\b${word}\s+(?:${[...links].join('|')})`).join('|') +
    String.raw`)(?:\s*[:=])?\s+["'“‘]?$`,
  'iu',
);
const CONVERSION_AFTER = new RegExp(String.raw`^["'”’]?\s+(?:in|to|into)\s+(?:the\s+)?(?:${CONVERSIONS.replace(/ /gu, '\\s+')})\b`, 'iu');
const CASE_WORDS = 64;
