import { kindOf } from './courtesy.ts';
/**
 * Politeness inside text the asker pasted, not wrote to the assistant. prepare-tokens.ts sets "please", "thanks",
 * "sorry", "if possible" … aside as filler wherever they stand; in the asker's own lines that is right ("Hi,\nCan
 * you please help me?\nThanks"), but inside a pasted message or context, and as a hedge in a list of rules, they are
 * its content: "Context:\nYour order shipped today. Thank you!\n\nQuestion: How many sentences does the message
 * have?", "Please find attached the invoice.\n\nCount the words in the message.", "- Avoid peanuts if you can" /
 * "- Avoid peanuts" in a meal plan's rules. Found by lines, so a one-line prompt is never affected.
 */

/**
 * Whether a politeness phrase that the verdict accepted as filler (`phrases`, as in its "politeness …" notes) is
 * there a different number of times in the pasted lines of `left` and `right`.
 */
export function politenessDiffersInPastedLines(phrases: readonly string[], left: string, right: string): boolean {
  if (phrases.length === 0 || (!LINE_BREAKS.test(left) && !LINE_BREAKS.test(right))) return false;
  const [leftLines, rightLines] = [pastedLines(left), pastedLines(right)];
  return phrases.some((phrase) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(/\s+/u).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    const hedge = HEDGES.has(phrase.toLowerCase());
    return count(leftLines, pattern, hedge) !== count(rightLines, pattern, hedge);
  });
}

interface Lines {
  /** Lines of a pasted text: after a label line ("Context:", "Email:") up to a "Question:" line or the last line, and the lines before a last line that asks about "the message" above. */
  pasted: string;
  /** Lines of a list ("- …", "2. …"), where a hedge ("if possible") makes a rule optional. */
  listed: string;
}

/**
 * Whether a courtesy set aside is a bullet or a numbered point of its own on one side and not on the other: a point to
 * put in a message or a word to teach ("Write a message to my landlord\n- rent will be late\n- sorry" / "… - thanks",
 * "Reply to Tom. Points:\n1. thanks\n2. yes to Friday" / "1. sorry"; a red team on constraint lists, session 39:
 * 9,922 such pairs served as politeness). Of another kind, or there on one side only: "thanks" / "cheers" is one point.
 */
export function courtesyItemsDiffer(phrases: readonly string[], left: string, right: string): boolean {
  if (phrases.length === 0 || !LINE_BREAKS.test(left) || !LINE_BREAKS.test(right)) return false;
  const wanted = new Set(phrases.map((phrase) => phrase.toLowerCase().replace(/\s+/gu, ' ')));
  const items = (text: string) =>
    text
      .split(LINE_BREAKS)
      .map((line) => COURTESY_ITEM.exec(line)?.[1]?.toLowerCase().replace(/\s+/gu, ' '))
      .filter((item): item is string => item !== undefined && wanted.has(item))
      .map(kindOf)
      .join('|');
  return items(left) !== items(right);
}
/** A bullet or a numbered point and its words, without a closing mark: "- sorry", "2. thank you!". */
const COURTESY_ITEM = /^[^\S\n]*(?:[-*•+–]|\d{1,3}[.)])[^\S\n]+(\p{L}[\p{L}' ]{0,40}?)[\s.!,]*$/u;

/** The lines of a text pasted into a prompt (see pastedLines), "\n"-joined; empty where there are none. */
export function pastedPart(text: string): string {
  return LINE_BREAKS.test(text) ? pastedLines(text).pasted : '';
}

function pastedLines(text: string): Lines {
  const lines = text.split(LINE_BREAKS).map((line) => line.trim()).filter((line) => line !== '');
  const pasted: string[] = [];
  const last = lines.length - 1;
  if (last >= 1) {
    // The asker's question about the text pasted before it: "… Count the words in the message." (not after a line
    // that itself introduces the text: "Please translate this message:\n…").
    // Or has it translated or rewritten, unless the last line holds its own text ("Translate to Italian: …").
    const actsOnAbove = asksToTransform(lines[last]!);
    const asksAboutAbove = lines[last]!.length <= QUESTION_LINE && (TEXT_ASKED_ABOUT.test(lines[last]!) || actsOnAbove) && !lines[0]!.endsWith(':');
    // Or a first line has the text below it translated or rewritten, with no colon: "Translate to Spanish\nHi Mark, …".
    const actsOnBelow = !asksAboutAbove && asksToTransform(lines[0]!) && !lines[0]!.endsWith(':');
    // Or a first line asks about someone's text or how they feel, the text below it: "Does the sender sound
    // grateful?\n\nHi Tom, … Thank you so much!", "Is the customer upset?\n\nSure, cancel my order 😡" (a red team on
    // shared contexts, session 39: 501 closing courtesies and 897 closing faces served as the asker's).
    const asksAboutBelow = !asksAboutAbove && !actsOnBelow && lines[0]!.length <= QUESTION_LINE && lines[0]!.endsWith('?') && ABOUT_SOMEONES_TEXT.test(lines[0]!) && FEELING_ASKED.test(lines[0]!);
    // Its last line, when only thanks, may be the asker's as well as the text's: not counted.
    if (actsOnBelow || asksAboutBelow) pasted.push(...lines.slice(1, THANKS_LINE.test(lines[last]!) ? last : undefined).filter((line) => !ASKERS_LINE.test(line)));
    let inLabelled = false;
    for (let index = 0; index < last; index++) {
      const line = lines[index]!;
      if (QUESTION_LABEL.test(line)) break;
      if (LABEL_LINE.test(line) && !ASKERS_LABEL.test(line)) {
        inLabelled = true;
        continue;
      }
      // A line that speaks to the assistant is the asker's own ("Can you please help me with this message?").
      if (inLabelled || (asksAboutAbove && !(actsOnAbove && ASKERS_LINE.test(line)))) pasted.push(line);
    }
  }
  return { pasted: pasted.join('\n'), listed: lines.filter((line) => LIST_ITEM.test(line)).join('\n') };
}

/** A short line that asks for a text to be translated or edited and holds no text of its own ("Translate to Italian: …" does). */
function asksToTransform(line: string): boolean {
  return line.length <= QUESTION_LINE && ACTS_ON_ABOVE.test(line) && !/:\s*\S/u.test(line);
}

function count(lines: Lines, pattern: RegExp, hedge: boolean): number {
  return (lines.pasted.match(pattern)?.length ?? 0) + (hedge ? (lines.listed.match(pattern)?.length ?? 0) : 0);
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Whether the words before a face go on past a sentence that asks how a text or its writer feels or what it means, or
 * how a text reads: those words are the text judged, and a face after them is its own ("Is the customer happy?
 * Thanks for nothing 🙂", "Describe the mood of the writer: Come to my office 😡", "Sentiment? I passed the exam 😢",
 * "Explain how the author feels.\n\"Thanks a lot\" 😒"; a red team on judged texts, session 49: 221 of 339 such
 * faces were read as the asker's). Not a question about the asker's own task ("How do I bake bread? I have flour 🙂").
 */
export function judgesTextAfterQuestion(said: string): boolean {
  const pieces = said.slice(0, JUDGED_REACH).split(/(?<=[?:？：.!。\n])/u).filter((piece) => /\p{L}/u.test(piece));
  // The asker's sign-off after the question is no text judged: "How do I reply to an angry customer? thx 🙏" (a review,
  // session 49: 85 of 133 such near-duplicates refused).
  // Only after the asker's own question ("How do I …", "my cover letter"): after "Is the user being sarcastic?" a "Thanks!"
  // may be the text judged (a break test, session 49).
  while (pieces.length > 1 && SIGN_OFF.test(pieces.at(-1)!) && FIRST_PERSON.test(pieces.at(-2)!)) pieces.pop();
  if (pieces.length < 2) return false;
  return pieces.slice(0, -1).some((sentence) => {
    // A text or its writer, and how it reads: "Is the customer happy?", "Does the email sound rude?", "Explain how the author feels."
    if ((TEXT_OR_WRITER.test(sentence) || POINTED_SOMEONE_OR_TEXT.test(sentence)) && (FEELING_ASKED.test(sentence) || MEANING_ASKED.test(sentence))) return true;
    // How someone comes across, whoever they are: "Does she sound upset?", "Is my friend joking?".
    if (/[?:？：]\s*$/u.test(sentence) && SOMEONE.test(sentence) && COMES_ACROSS.test(sentence)) return true;
    // A reading asked of a text with no one named: "Sentiment?", "Positive, negative or neutral?".
    const words = sentence.match(/\p{L}[\p{L}'’]*/gu) ?? [];
    return words.length > 0 && words.length <= 8 && !FIRST_PERSON.test(sentence) && READING_ASKED.test(sentence);
  });
}
const JUDGED_REACH = 600;
const SIGN_OFF = /^\s*(?:(?:many\s+)?thanks?(?:\s+(?:a\s+lot|so\s+much|in\s+advance|you(?:\s+so\s+much)?))?|thank\s+you(?:\s+(?:so\s+much|in\s+advance))?|thx|ty|tia|cheers|please|pls|plz|appreciate\s+it)[\s!.,]*$/iu;
/**
 * A text, or one who wrote or spoke it. Not a person alone: "Is my boss mad at me? I hope not 🙂", "Does she like me?
 * Fingers crossed 😊" close with the asker's own face (a review of the first version, session 49: 329 of 730 refused).
 */
const TEXT_OR_WRITER =
  /\b(?:message|e-?mail|text|texts|review|tweet|post|comment|reply|note|letter|feedback|tone|wording|writer|author|sender|reviewer|customer|client|guest|caller|user|speaker|poster|commenter|respondent)s?\b/iu;
const FIRST_PERSON = /\b(?:i|me|my|we|us|our)\b/iu;
/** What a text means or does: "Is the reviewer recommending it?", "What does the message imply?". */
const MEANING_ASKED = /\b(?:mean|means|meant|imply|implies|implying|hint\w*|recommend\w*|sarcas\w*|passive[- ]aggressive|complain\w*|prais\w*|criticiz\w*|criticis\w*|insult\w*|threat\w*|flirt\w*|like|liked|likes|approve\w*|genuine|sincere)\b/iu;
/** How a text reads: "Positive, negative or neutral?", "Would you call this feedback good or bad?", "What emotion does this express?". */
const READING_ASKED =
  /\b(?:sentiment|classify|categori[sz]e|positive|negative|neutral|mood|tone|emotions?|express|expresses|conveys?|good\s+or\s+bad|happy\s+or\s+(?:unhappy|sad)|sarcas\w*|feels?|vibes?|passive[- ]aggressive|good\s+news\s+or\s+bad)\b/iu;

/** How long a last line may be to be the asker's question about the text above (not a pasted paragraph). */
const QUESTION_LINE = 100;
/** A line of a list: a bullet or a number before its text. */
const LIST_ITEM = /^(?:[-*•+–—]|\d{1,3}[.)])\s/u;
/** A line that introduces the text after it: one to four words and a colon ("Context:", "Doctor instructions:", "Email from my boss:"). */
const LABEL_LINE = /^[\p{L}'’]+(?:\s+[\p{L}'’]+){0,3}:$/u;
/** A label of the asker's own questions, not of a text: "Some questions:", "My tasks:". */
const ASKERS_LABEL = /\b(?:questions?|tasks?|requests?|help|asks?)\b/iu;
/** Someone, or someone's text, asked about: "Does the sender sound grateful?", "Is the customer upset?". */
const SOMEONE_OR_TEXT = String.raw`(?:sender|writer|author|customer|client|guest|user|caller|employee|speaker|reviewer|poster|person|patient|student|tenant|buyer|seller|colleague|coworker|co-worker|boss|manager|friend|sister|brother|mom|mum|dad|mother|father|wife|husband|partner|girlfriend|boyfriend|son|daughter|team|teacher|neighbou?r|landlord|crush|date|message|e-?mail|text|letter|note|review|tweet|post|comment|reply|chat|tone|feedback)`;
const ABOUT_SOMEONES_TEXT = new RegExp(String.raw`\b(?:the|this|that|my|our|his|her|their)\s+${SOMEONE_OR_TEXT}\b`, 'iu');
/** Someone or a text pointed at, not the asker's own: "the customer", "this reviewer", "that email" (not "my boss"). */
const POINTED_SOMEONE_OR_TEXT = new RegExp(String.raw`\b(?:the|this|that)\s+(?:\w+\s+)?${SOMEONE_OR_TEXT}\b`, 'iu');
const SOMEONE = new RegExp(String.raw`\b(?:he|she|they|person|${SOMEONE_OR_TEXT})\b`, 'iu');
/** How words come across, asked of their speaker: "sound", "seem", "joking", "genuine". */
const COMES_ACROSS = /\b(?:sound|sounds|seem|seems|come\s+across|comes\s+across|genuine|sincere|joking|kidding|serious|sarcas\w*|passive[- ]aggressive|being\s+(?:rude|nice|mean|fake))\b/iu;
/** How someone's text comes across: not a summary or a translation, which keep no courtesy of it. */
const FEELING_ASKED =
  /\b(?:sound|sounds|seem|seems|come across|comes across|feel|feels|feeling|feelings|tone|mood|sentiment|emotions?|upset|angry|mad|happy|satisfied|unsatisfied|dissatisfied|grateful|thankful|appreciative|sorry|apologetic|apologi[sz]e|polite|rude|friendly|sarcastic|frustrated|annoyed|excited|sad|positive|negative|neutral|serious|joking|kidding|pleased|content|glad|disappointed|worried|concerned|irritated|nervous|anxious|scared|afraid|jealous|proud|embarrassed|hurt|offended|sincere|genuine|interested|enthusiastic|confident|bored|stressed|hostile|passive[- ]aggressive|warm|cold|cheerful|grumpy|okay with|fine with|took the news)\b/iu;
/** A line that asks about the text before it: "Question: …", "Q: …". */
const QUESTION_LABEL = /^(?:question|q|query|task|instruction)s?\s*:/iu;
/** A last line that asks about a text above it: "Count the words in the message.", "Is the email polite?". */
const TEXT_ASKED_ABOUT = /\b(?:the|this|that|above)\s+(?:message|e-?mail|text|letter|note|paragraph|passage|reply|review|post|tweet|comment|document|sentence|sentences|words|wording|tone)\b/iu;
/**
 * A last line that has the text above translated or rewritten: "Translate the above into Italian.", "Rewrite this in a
 * casual tone.", "Translate to French please.", "Can you translate this?", "Correct any mistakes.", "In Spanish,
 * please.", "How do you say this in Korean?", "Spanish?" (a red team on templated prompts, session 36: "Please do not
 * reply to this email." / "Do not reply …" before it were served each other's translation). Not a summary or a
 * shortening, which keeps no courtesy of the text.
 */
const LANGUAGE_NAMES = String.raw`(?:english|spanish|french|german|italian|portuguese|japanese|chinese|mandarin|korean|russian|arabic|hindi|dutch|swedish|norwegian|danish|finnish|hebrew|turkish|polish|ukrainian|vietnamese|thai|indonesian|greek|latin)`;
const ACTS_ON_ABOVE = new RegExp(
  String.raw`^(?:(?:and|please|pls|now|kindly|can you|could you|would you|help me|i need you to|i want you to)\s+)*` +
    String.raw`(?:(?:translate|rewrite|rephrase|paraphrase|reword|proofread|polish|edit|correct)\b(?:\s+(?:the\s+above|everything\s+above|all\s+(?:of\s+)?the\s+above|this|that|it|to|into|in|any|pls|please)\b|\s*[.!?]?$)` +
    String.raw`|(?:put|turn|convert)\s+(?:this|that|it|the\s+above)\s+into\b` +
    String.raw`|(?:now\s+)?(?:do|say|give\s+me)\s+(?:it|this|that)\s+in\s+${LANGUAGE_NAMES}\b|(?:same\s+but\s+)?in\s+${LANGUAGE_NAMES}(?:,?\s+(?:please|pls))?\s*[.!?]?$` +
    String.raw`|i\s+need\s+(?:this|it)\s+in\s+${LANGUAGE_NAMES}\b|what\s+is\s+(?:this|that)\s+in\s+${LANGUAGE_NAMES}\b|how\s+do\s+(?:you|i)\s+say\s+(?:this|that|it)\s+in\b|${LANGUAGE_NAMES}(?:\s+(?:version|translation))?(?:,?\s+(?:please|pls))?\s*[.!?]?$)`,
  'iu',
);
/**
 * A line that asks the assistant for something: the asker's own, not the text to translate ("Can you please help me
 * with this?", "Please keep the same tone."); not an email's "Please do not reply to this email.".
 */
const ASKERS_LINE =
  /^(?:(?:hi|hello|hey)\b[\s,!.]*)?(?:(?:can|could|would|will)\s+you|help\s+me|i\s+need|i\s+want|i'd\s+like|(?:please\s+)?(?:help|be|keep|make|use|write|answer|respond|give|tell|explain|translate|rewrite|summari[sz]e|check|proofread|edit|format|return|list|provide|ignore|focus|avoid|don't\s+change|do\s+not\s+change)\b)/iu;
/** A line of thanks alone: "Thanks.", "Thank you!", "Many thanks". */
const THANKS_LINE = /^(?:(?:many|big)\s+)?(?:thanks|thank\s+you|thx|ty|cheers)(?:\s+(?:a\s+lot|so\s+much|in\s+advance))?[\s.!]*$/iu;
/** Hedges that make a rule optional. */
const HEDGES: ReadonlySet<string> = new Set(['if possible', 'if you can', 'if you could', 'when possible', 'where possible', 'ideally', 'preferably']);
/** Line breaks as a client may send them: CRLF, LF, a lone CR, and Unicode's line and paragraph separators. */
export const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085]/u;
