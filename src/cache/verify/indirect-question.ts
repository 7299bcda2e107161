import type { PreparedSide } from './prepare-tokens.ts';

/**
 * Whether one side asks the other's question indirectly, after a lead set aside as filler ("Can you tell me", "Do you
 * know", "I wonder"), with the words of an indirect question's order and nothing else changed: the "do" of the direct
 * question dropped ("How long do I boil pasta?" / "Can you tell me how long I boil pasta?") or its auxiliary after the
 * subject ("How long should I boil an egg?" / "Do you know how long I should boil an egg?"). A red team on everyday
 * questions, session 41: 1,050 of 1,160 such rewordings were refused. Only a question word opening both (up to one
 * word after it: "how long", "what time"), a pronoun subject and, after a dropped "do", a verb other than "do"
 * ("What do I do?" / "… what I do" asks another thing).
 */
/** `before` and `after` as prepared, before any folding of their case: every word is compared as typed. */
export function indirectQuestion(before: PreparedSide, after: PreparedSide): boolean {
  return asksIndirectly(before, after) || asksIndirectly(after, before);
}

function asksIndirectly(direct: PreparedSide, indirect: PreparedSide): boolean {
  if (!indirect.filler.some((phrase) => INDIRECT_LEADS.has(phrase)) || direct.filler.some((phrase) => INDIRECT_LEADS.has(phrase))) return false;
  const left = direct.tokens;
  const right = indirect.tokens;
  // Every word but the first (which opens a sentence on one side only) must match as typed ("yyyy-MM-dd" /
  // "yyyy-mm-dd", "US" / "us", "Jordan" / "jordan": a hostile review of a first version that folded case, session 41).
  const key = (tokens: PreparedSide['tokens'], at: number) => (at === 0 ? tokens[at]?.text.toLowerCase() : tokens[at]?.text) ?? '';
  if (!QUESTION_WORDS.has(key(left, 0)) || key(left, 0) !== key(right, 0)) return false;
  const lower = (tokens: PreparedSide['tokens'], at: number) => key(tokens, at).toLowerCase();
  // The question word and at most one word of it ("how long", "what time", "which bus").
  let at = 1;
  if (key(left, 1) === key(right, 1) && !AUXILIARIES.has(lower(left, 1)) && !SUBJECTS.has(lower(left, 1))) at = 2;
  const auxiliary = lower(left, at);
  const subject = lower(left, at + 1);
  if (!AUXILIARIES.has(auxiliary) || !SUBJECTS.has(subject)) return false;
  let rest: number;
  if (auxiliary === 'do' && lower(right, at) === subject) {
    // "how long do I boil" / "how long I boil": the verb after the subject, not "do" itself.
    if (lower(left, at + 2) === 'do' || left.length !== right.length + 1) return false;
    rest = at + 2;
    for (let index = rest; index < left.length; index++) if (key(left, index) !== key(right, index - 1)) return false;
    return true;
  }
  // "how long should I boil" / "how long I should boil".
  if (auxiliary === 'do' || lower(right, at) !== subject || lower(right, at + 1) !== auxiliary || left.length !== right.length) return false;
  rest = at + 2;
  for (let index = rest; index < left.length; index++) if (key(left, index) !== key(right, index)) return false;
  return true;
}

/** Leads of an indirect question, as prepare-tokens.ts sets them aside. */
const INDIRECT_LEADS: ReadonlySet<string> = new Set([
  'can you tell me', 'could you tell me', 'would you tell me', 'could you please tell me', 'can you please tell me', 'please tell me', 'tell me',
  'do you know', 'i wonder', 'i was wondering', 'i want to know', 'i would like to know', 'i need to know',
]);
const QUESTION_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'when', 'where', 'why', 'which', 'who']);
/** Auxiliaries a direct question puts before its subject; not "does"/"did", whose verb changes form ("how he gets"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'should', 'can', 'could', 'will', 'would', 'must', 'shall', 'may', 'might']);
/** Pronoun subjects: a longer subject may hold the auxiliary's scope ("How long should the kids …"). */
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they']);
