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
  const [queryFace, candidateFace] = [TRAILING_FACE.exec(query), TRAILING_FACE.exec(candidate)];
  if ((queryFace === null) === (candidateFace === null)) return undefined;
  const [own, face, other] = queryFace !== null ? [query, queryFace, candidate] : [candidate, candidateFace!, query];
  const stripped = own.slice(0, face.index);
  if (ANY_FACE.test(stripped) || ANY_FACE.test(other) || FACE_TOPIC.test(stripped) || /[:=]/u.test(stripped)) return undefined;
  if (!asks(stripped)) return undefined;
  return queryFace !== null ? { query: stripped, candidate } : { query, candidate: stripped };
}

/** A question mark, or a question word or a request verb opening the text. */
function asks(text: string): boolean {
  if (text.includes('?')) return true;
  const first = /^\s*([\p{L}']+)/u.exec(text)?.[1]?.toLowerCase() ?? '';
  return QUESTION_OPENERS.has(first) || REQUEST_VERBS.has(first) || TEXT_REQUEST_VERBS.has(first);
}

const FACES = String.raw`(?::-?[)(DPp/]|;-?\)|:'\(|[xX]D|\^\^|<3)`;
/** A face after a space at the very end ("slow :(", "Python? :)"), not glued to a word or code ("f(x):)"). */
const TRAILING_FACE = new RegExp(String.raw`\s+${FACES}\s*$`, 'u');
const ANY_FACE = new RegExp(String.raw`(?:^|\s)${FACES}(?=\s|$)`, 'u');
const FACE_TOPIC = /\b(?:emojis?|emoticons?|smileys?|smiley face|faces?|symbols?|means?|meaning|translate|react(?:ion)?|type|typed|text)\b/iu;
