import { LINE_BREAKS } from './pasted-politeness.ts';

/**
 * The end marks of pasted chat lines and of options, which the verifier otherwise sets aside as sentence
 * punctuation: "Him: ok." / "Him: ok!" before "Is he mad?", "Which reply is more enthusiastic?\n1. Sure.\n2. Sure!"
 * with the options' marks swapped. There the question is what the lines' marks say, so a difference makes the pair
 * undecided, never served by the rules alone. Kept narrow, because labelled lines are everywhere ("Name: Anna",
 * "Budget: $500", "1) What's a mutex?"): only lines of a chat (a speaker from a closed list of people and roles, or a
 * dialogue of two or more named speakers), lines pasted after "He texted:"-style intros, and options under a
 * "which" question; only each line's end marks; and not where the lines are material for a summary, a
 * translation or an extraction ("Summarize this chat.").
 */

/** Whether the end marks of the chat, message or option lines differ between the texts, line by line. */
export function lineMarksDiffer(left: string, right: string): boolean {
  // A chat to summarize says the same with "can I keep it?" or "can I keep it." (red-team-24).
  if (MATERIAL_REQUEST.test(lastLine(left)) && MATERIAL_REQUEST.test(lastLine(right))) return false;
  const [leftMarks, rightMarks] = [lineMarks(left), lineMarks(right)];
  // Only line against line: where the lines themselves differ, the other rules judge the words.
  if (leftMarks.length === 0 || leftMarks.length !== rightMarks.length) return false;
  return leftMarks.join('\n') !== rightMarks.join('\n');
}

/**
 * The end marks of each chat line, message line or option, in order; a line of more than SHORT_LINE words counts
 * as no marks (a texted "ok." or "I got the job!" carries a tone; the full stop of "You need to show your work." does
 * not).
 */
function lineMarks(text: string): string[] {
  const lines = text.split(LINE_BREAKS).map((line) => line.trim()).filter((line) => line !== '');
  const marks: string[] = [];
  const chooses = WHICH.test(text);
  const labels = lines.map((line) => SPEAKER_LABEL.exec(line)?.[1]?.toLowerCase());
  // Named speakers ("Anna: …", "Tom: …") make a dialogue when two or more take turns and none is a form's field.
  const named = new Set(labels.filter((label): label is string => label !== undefined && !FORM_FIELDS.has(label)));
  const turns = labels.filter((label) => label !== undefined && named.has(label)).length;
  // Turns taken: a speaker comes back ("Anna: …\nTom: …\nAnna: …"); "Flight: 9am\nMeeting: noon" is a list.
  const dialogue = named.size >= 2 && turns > named.size && labels.every((label) => label === undefined || !FORM_FIELDS.has(label));
  let pasted = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const label = lines.length > 1 ? labels[index] : undefined;
    if (label !== undefined && (SPEAKERS.has(label) || (dialogue && named.has(label)))) {
      marks.push(endMarks(line.slice(line.indexOf(':') + 1)));
    } else if (chooses && OPTION_LINE.test(line)) {
      marks.push(endMarks(line));
    } else if (chooses && line.split(INLINE_OPTION).length > 2) {
      for (const option of line.split(INLINE_OPTION).slice(1)) marks.push(endMarks(option));
    } else if (pasted && index < lines.length - 1) {
      marks.push(endMarks(line));
    }
    if (MESSAGE_INTRO.test(line)) pasted = true;
  }
  return marks;
}

/** The run of marks ending a line or an option ("ok." → ".", "Sure!!!" → "!!!", "well..." → "..."), quotes alike. */
function endMarks(text: string): string {
  if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > SHORT_LINE) return '';
  // Scanned back from the end: a regex anchored at the end would retry from every mark of a long run (quadratic).
  const trimmed = text.trimEnd();
  let start = trimmed.length;
  while (start > 0 && !WORD_OR_SPACE.test(trimmed[start - 1]!)) start--;
  return trimmed.slice(start).replace(/[“”„«»‘’']/gu, '"');
}
const WORD_OR_SPACE = /[\p{L}\p{N}\p{M}\s]/u;

/** How many words a line may have (after a speaker's label) for its end marks to count: "I got the job!". */
const SHORT_LINE = 4;

function lastLine(text: string): string {
  const lines = text.trimEnd().split(LINE_BREAKS);
  return lines[lines.length - 1]!;
}

/** A request that uses the lines as material, whatever their marks: "Summarize this chat.", "Translate it into French". */
const MATERIAL_REQUEST = /\b(?:summari[sz]e|summary|translate|translation|extract|transcribe|tabulate)\b/iu;
/** A question that chooses among options: "Which reply …", "Which one is a question?", "Qual resposta …". */
const WHICH = /(?<![\p{L}])(?:which|qual|quais|cuál|cuáles|cual|quel|quelle|lequel|laquelle|welche|welcher|welches|quale|quali|welke)(?![\p{L}])/iu;
/** "Him: ", "My boss: ", "Anna: ": a speaker of one or two words opening a line. */
const SPEAKER_LABEL = /^((?:my |his |her |the )?[\p{L}][\p{L}'’]{0,19})\s?:\s/iu;
/** People and roles who speak in a pasted chat. */
const SPEAKERS: ReadonlySet<string> = new Set([
  'him', 'her', 'me', 'he', 'she', 'i', 'them', 'they', 'we', 'you', 'boss', 'my boss', 'mom', 'my mom', 'dad', 'my dad', 'customer', 'agent',
  'user', 'assistant', 'bot', 'friend', 'my friend', 'ex', 'my ex', 'partner', 'my partner', 'wife', 'my wife', 'husband', 'my husband',
  'girlfriend', 'my girlfriend', 'boyfriend', 'my boyfriend', 'gf', 'bf', 'crush', 'my crush', 'coworker', 'my coworker', 'colleague',
  'manager', 'my manager', 'client', 'teacher', 'my teacher', 'landlord', 'my landlord', 'tenant', 'recruiter', 'interviewer', 'candidate',
  'seller', 'buyer', 'waiter', 'support', 'rep', 'doctor', 'patient', 'sister', 'brother', 'my sister', 'my brother', 'son', 'daughter',
  'roommate', 'my roommate', 'neighbor', 'neighbour', 'date', 'match', 'person a', 'person b', 'speaker', 'caller',
  // The same in the languages whose chats come pasted most: Spanish, French, German, Portuguese, Italian, Dutch.
  'yo', 'tú', 'tu', 'él', 'el', 'ella', 'moi', 'toi', 'lui', 'elle', 'ich', 'du', 'er', 'sie', 'eu', 'ele', 'ela', 'io', 'lei', 'ik', 'hij', 'zij',
  'jefe', 'chef', 'mamá', 'mama', 'papá', 'papa', 'maman',
]);
/** Labels of a form or a prompt's parts, never a speaker: "Name: Anna", "Budget: $500", "Question: …". */
const FORM_FIELDS: ReadonlySet<string> = new Set([
  'name', 'age', 'budget', 'use', 'symptoms', 'problem', 'hint', 'subject', 'error', 'step', 'date', 'time', 'location', 'price', 'note',
  'notes', 'email', 'phone', 'address', 'title', 'status', 'priority', 'context', 'question', 'q', 'a', 'answer', 'text', 'input', 'output',
  'document', 'instructions', 'instruction', 'task', 'system', 'example', 'rules', 'rule', 'data', 'message', 'article', 'passage', 'review',
  'goal', 'role', 'tone', 'format', 'length', 'audience', 'topic', 'level', 'language', 'style', 'from', 'to', 'cc', 're', 'https', 'http',
]);
/** An option on its own line: "1. Sure.", "2) Sure!", "a. …", "B) …", "A: …", "- …". */
const OPTION_LINE = /^(?:\d{1,2}[.):]|[A-Da-d][.):]|[-*•])\s/u;
/** A short line that introduces a message or lines pasted after it: "He texted:", "My boss wrote:", "Label each line Q or S:". */
const MESSAGE_INTRO = /^(?:[\p{L}'’]+\s+){0,4}(?:texted|texts|said|says|wrote|writes|replied|replies|responded|sent|messaged|answered|commented|posted|emailed|lines?(?:\s+[\p{L}]+){0,4})(?:\s+(?:me|with))?(?:\s+this)?\s*:$/iu;
/** Options on one line: "A) Sure. B) Sure!", "1) … 2) …". */
const INLINE_OPTION = /(?:^|\s)(?:[A-Da-d]|\d{1,2})\)\s/u;
