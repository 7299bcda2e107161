import { QUESTION_OPENERS, REQUEST_VERBS, TEXT_REQUEST_VERBS } from './closed-lists.ts';

/**
 * A face typed in ASCII at the end of a question or a request, on one side only: "What's the best way to learn
 * Python? :)" / "… Python?", "Why is my code so slow :(" / "… slow". Like a face emoji there (StructuralVerifier's
 * decorativeEmoji) it is the asker's mood, not the question. Not on a statement, where a face may turn it to sarcasm
 * ("I love Mondays :)"), nor where the face is asked about or is a text's content ("What does :) mean?",
 * "Translate into emoji: I am happy :)"), nor where the other side has a face of its own (":)" / ":(").
 *
 * Returns both texts with the face cut off the side that has it, or undefined.
 */
export function withoutDecorativeEmoticon(query: string, candidate: string): { query: string; candidate: string } | undefined {
  const [queryFace, candidateFace] = [closingFace(query), closingFace(candidate)];
  if ((queryFace === undefined) === (candidateFace === undefined)) return undefined;
  const [own, faceAt, other] = queryFace !== undefined ? [query, queryFace, candidate] : [candidate, candidateFace!, query];
  const stripped = own.slice(0, faceAt);
  if (ANY_FACE.test(stripped) || ANY_FACE.test(other) || FACE_TOPIC.test(stripped) || WORDS_WRITTEN_BEFORE.test(stripped) || /[:=]/u.test(stripped)) return undefined;
  // A request for a text about the asker's own life, whose tone the face sets: "Write a post about my exam results :("
  // (a red team on instructions, session 33). Not a question ("How do I write a for loop? :(").
  if (TEXT_REQUEST.test(stripped) && !stripped.includes('?')) return undefined;
  // One sentence of the asker's on one line: after a question ("Is this sarcastic? Great job :)"), on a line of its
  // own or in code, the face may be the text asked about.
  if (/[\n\r\u2028\u2029\u0085`]/u.test(stripped) || /[.?!]\s+\S/u.test(stripped.trim())) return undefined;
  if (!asks(stripped)) return undefined;
  return queryFace !== undefined ? { query: stripped, candidate } : { query, candidate: stripped };
}

/**
 * Both texts with the same face or emoji closing both cut off ("He quit. :)" / "He quit? :)", "It's over. 🙂" /
 * "It's over? 🙂"), or undefined. The rules that read a text's last mark (a question mark on a statement) look past
 * the closing words, and a face is one of them: the shared face hid "He quit." asked as "He quit?" (session 44). The
 * texts without it are verified as well as the whole ones; a face both share is no difference of its own.
 */
export function withoutSharedClosingFace(query: string, candidate: string): { query: string; candidate: string } | undefined {
  // Every face both share, cut at once: one at a time, a verification each, was quadratic and overflowed the stack on
  // a few thousand faces (a review, session 44).
  let [queryEnd, candidateEnd] = [query.trimEnd().length, candidate.trimEnd().length];
  let cut = false;
  for (;;) {
    const [queryFace, candidateFace] = [closingDecoration(query, queryEnd, true), closingDecoration(candidate, candidateEnd, true)];
    if (queryFace === undefined || candidateFace === undefined || query.slice(queryFace, queryEnd).trim() !== candidate.slice(candidateFace, candidateEnd).trim()) break;
    if (query.slice(0, queryFace).trim() === '' || candidate.slice(0, candidateFace).trim() === '') break;
    [queryEnd, candidateEnd, cut] = [queryFace, candidateFace, true];
  }
  return cut ? { query: query.slice(0, queryEnd), candidate: candidate.slice(0, candidateEnd) } : undefined;
}

/**
 * Where the spaces before the face (or, with `emoji`, the run of emoji) closing `text` up to `end` start, or undefined;
 * typed after a space ("slow :(", "Python? :)"), not glued to a word or code ("f(x):)"), not after a line break, an
 * ideographic space or a no-break space. Only the text's end is read: a regex anchored at the end would rescan a long
 * run of spaces from each of its positions (2 s on 64 KB), and the walk back over the spaces is bounded.
 */
function closingDecoration(text: string, end: number, emoji: boolean): number | undefined {
  const tail = text.slice(Math.max(0, end - CLOSING_EMOJI_LENGTH), end);
  const match = FACE_AT_END.exec(tail.slice(-FACE_LENGTH - 1)) ?? (emoji ? CLOSING_EMOJI.exec(tail) : null);
  if (match === null) return undefined;
  let start = end - match[1]!.length;
  if (start === 0 || !/[ \t]/u.test(text[start - 1]!)) return undefined;
  const floor = Math.max(0, start - SPACES_BEFORE_FACE);
  while (start > floor && /[ \t]/u.test(text[start - 1]!)) start--;
  return start;
}
/** A face alone (no emoji) closing `text`: see closingDecoration. */
const closingFace = (text: string): number | undefined => closingDecoration(text, text.trimEnd().length, false);
const SPACES_BEFORE_FACE = 16;
/** A run of emoji closing a text (with their modifiers, joiners and variation selectors), read in its last characters only. */
const CLOSING_EMOJI = /((?:\p{Extended_Pictographic}[\p{Emoji_Modifier}\u200d\ufe0f]*)+)$/u;
const CLOSING_EMOJI_LENGTH = 40;
/** The longest face, in characters. */
const FACE_LENGTH = 3;

/** A question mark, or a question word or a request verb opening the text. */
function asks(text: string): boolean {
  if (text.includes('?')) return true;
  const first = /^\s*([\p{L}']+)/u.exec(text)?.[1]?.toLowerCase() ?? '';
  return QUESTION_OPENERS.has(first) || REQUEST_VERBS.has(first) || TEXT_REQUEST_VERBS.has(first);
}

// Not "<3": a heart is often what a message says ("she says hi <3").
const FACES = String.raw`(?::-?[)(DPp/]|;-?\)|:'\(|[xX]D|\^\^)`;
const FACE_AT_END = new RegExp(String.raw`(${FACES})$`, 'u');
const ANY_FACE = new RegExp(String.raw`(?:^|\s)${FACES}(?=\s|$)`, 'u');
/** A request for a text, opening the prompt: write, compose, draft a post, a review, a caption, a card… */
const TEXT_REQUEST = /^\s*(?:please\s+|can you\s+|could you\s+)?(?:write|compose|draft|create|make|describe)\b/iu;
const FACE_TOPIC =
  /\b(?:emojis?|emoticons?|smileys?|smiley face|faces?|symbols?|means?|meaning|translate|react(?:ion)?|type|typed|text|texts|texted|tone|sarcas\w*|passive|sentiment|rude|polite|flirt\w*|mad|angry|upset|sound|sounds|sign|end|ending|email|message|reply|regex|characters?|letters?|rewrite|like this|weird|says?|said)\b/iu;
/**
 * The words someone answered or wrote closing the text, the face after them theirs: "Does my crush like me if she answered
 * ok :)" (an attack on the verifier's acceptances, session 46). Not "Who wrote Hamlet? :)" (a hostile review).
 */
export const WORDS_WRITTEN_BEFORE = /\b(?:answer(?:s|ed)?|wrote(?:\s+back)?|writes|said|says|replie[sd](?:\s+back)?|responded|messaged)\s+(?!(?:me|us|to|at|on|in|about|that|a|an|the|this|him|her|them|back|yesterday|today|late|early)\b)[^\s.?!]+(?:\s+[^\s.?!]+){0,3}\s*$/iu;

/**
 * Both texts with a courtesy or a decoration only one side has cut off it: a closing emoji, a closing "Thanks!" /
 * "Thank you." / "Thx" sentence, an opening "Hi," / "Hello,". Every rule that reads the texts' marks first asks that
 * their kept words be the same (sentence-boundary.ts), so such an extra on one side hid a comma, a case or a mark that
 * changes the question ("I won't vote for her because …" / "…, because …? 🙏"; a hostile review, session 52: 15 rules'
 * pairs served with an emoji on one side, 12 with "Thanks!"). The cut texts are verified as well as the whole ones:
 * only a verdict other than `same` there is kept. Undefined where neither or both sides have one.
 */
export function withoutOneSidedCourtesy(query: string, candidate: string): { query: string; candidate: string } | undefined {
  const [queryCut, candidateCut] = [cutCourtesy(query), cutCourtesy(candidate)];
  if ((queryCut.text === query) === (candidateCut.text === candidate)) return undefined;
  // Something must be left to verify: "Thanks!" alone is the text.
  if (queryCut.text.trim() === '' || candidateCut.text.trim() === '') return undefined;
  // The other side has the same extra, typed otherwise: "I love you ❤️" / "I love you ❤️!", "Hello everyone, good
  // morning …" / "Hello everyone good morning, …": no extra on one side only.
  const [cut, other] = queryCut.text !== query ? [queryCut, candidate.trim().toLowerCase()] : [candidateCut, query.trim().toLowerCase()];
  if (cut.closing !== '' && other.slice(-(cut.closing.length + MARK_SLACK)).includes(cut.closing.toLowerCase())) return undefined;
  if (cut.opening !== '' && other.startsWith(cut.opening.toLowerCase())) return undefined;
  return { query: queryCut.text, candidate: candidateCut.text };
}
/** Marks a closing extra may be typed before or after on the other side ("❤️!"). */
const MARK_SLACK = 3;
/**
 * The text without a closing emoji run, a closing thanks and an opening greeting (each read on the text's ends only),
 * and the words of each extra cut (the greeting without its comma).
 */
function cutCourtesy(text: string): { text: string; opening: string; closing: string } {
  const trimmed = text.trimEnd().length;
  let end = trimmed;
  const emoji = closingDecoration(text, end, true);
  if (emoji !== undefined && FACE_AT_END.exec(text.slice(Math.max(0, end - FACE_LENGTH - 1), end)) === null) end = emoji;
  const tail = text.slice(Math.max(0, end - THANKS_REACH), end);
  const thanks = CLOSING_THANKS.exec(tail);
  if (thanks !== null) end = end - tail.length + thanks.index + thanks[1]!.length;
  const greeting = OPENING_GREETING.exec(text.slice(0, GREETING_REACH));
  const start = greeting === null ? 0 : greeting[0].length;
  if (start === 0 && end === trimmed) return { text, opening: '', closing: '' };
  return { text: text.slice(start, end), opening: greeting === null ? '' : greeting[0].replace(/,\s*$/u, '').trim(), closing: text.slice(end, trimmed).trim() };
}
/** A closing thanks as a sentence of its own, after a sentence's mark: "… sexist? Thanks!", "… job. Thank you." */
const CLOSING_THANKS = /([.?!])[ \t]+(?:thanks(?: a lot| so much| in advance)?|thank you(?: so much| in advance)?|many thanks|thx|ty|cheers)[ \t]*[.!]*[ \t]*$/iu;
const THANKS_REACH = 40;
/** An opening greeting before a comma: "Hi, …", "Hello, …", "Hey there, …". */
const OPENING_GREETING = /^[ \t]*(?:hi|hello|hey|hiya)(?: there| all| everyone)?,[ \t]+(?=\S)/iu;
const GREETING_REACH = 30;
