import { DISCOURSE_WORDS, FUNCTION_WORDS, NEGATIONS_BEFORE_COMMA, QUESTION_OPENERS, REQUEST_VERBS, TEXT_REQUEST_VERBS } from './closed-lists.ts';
import { commaChangesMeaning, type CommaLexicon } from './comma-meaning.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import type { Token } from './verify-tokens.ts';
import { AUXILIARIES, BE_GET_HAVE } from './word-context.ts';

/** Marks that end a sentence inside a text, an ellipsis typed as dots included. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';', '…', '。', '！', '？', '；', '؟', '．', '..', '...', '....']);

/** Whether a mark ends a sentence (the one test the verifier's sentence rules share). */
export function endsSentence(mark: string): boolean {
  return SENTENCE_ENDS.has(mark);
}

/** Whether a mark ends a question: ? in its Latin, full-width and Arabic forms. */
export function endsQuestion(mark: string): boolean {
  return mark === '?' || mark === '？' || mark === '؟';
}

/**
 * What moving the marks between the same words changed, or undefined. A sentence end at other places on each
 * side: "The museum is free. On Sundays, it closes at noon." / "The museum is free on Sundays. It closes at noon."
 * — the phrase between the two places belongs to another sentence on each side (a boundary dropped or added on one
 * side only, "Hi. How are you?" / "Hi, how are you?", moves nothing). A comma or colon at other places after a subordinate clause ("If the customer doesn't
 * reply by Friday, close the ticket." / "If the customer doesn't reply, by Friday close the ticket." — what "by
 * Friday" belongs to), or a
 * comma on one side only that changes what is meant (comma-meaning.ts). Each side's boundaries are found once.
 */
export function punctuationMoved(before: PreparedSide, after: PreparedSide, lexicon: CommaLexicon): string | undefined {
  if (!sameWords(before, after)) return undefined;
  const sentences = [sentenceBoundaries(before), sentenceBoundaries(after)] as const;
  if (movesBoundary(before, sentences[0], sentences[1])) return 'sentence boundary moved';
  // Lines typed without end marks are sentences too, in a text of three or more: "Send the draft to Maria\nOn Monday review the budget" / "Send
  // the draft to Maria on Monday\nreview the budget" (a red team on sentence-level edits, session 36: 1,440 of 1,440
  // such moves served, and 1,857 of 2,073 with a period on one side and a comma on the other).
  if (hasThreeOrMoreClauses(before) && hasThreeOrMoreClauses(after) && movesCapitalisedLineStart(before, after) && movesBoundary(before, lineOrSentenceStarts(before), lineOrSentenceStarts(after))) return 'line boundary moved';
  const commas = [commaBoundaries(before), commaBoundaries(after)] as const;
  // Both phrase rules read each side's clause starts and commas: found once here.
  const clauses: Clauses = { starts: [clauseStarts(before), clauseStarts(after)], commas: [new Set(commas[0]), new Set(commas[1])] };
  if (phraseJoinsSentenceBefore(before, clauses, lexicon)) return 'phrase joined to the sentence before';
  if (phraseJoinsStatementBefore([before, after], clauses, lexicon)) return 'phrase joined to the statement before';
  if (cutsReportedClause(before, after) || cutsReportedClause(after, before)) return 'reported clause cut from its verb';
  // A sentence's end on one side where the other has a comma a few words away: what lies between changes steps
  // ("Water the tomatoes every morning. Feed the chickens." / "Water the tomatoes, every morning feed the chickens.").
  if (endMovedToComma(before, sentences, commas)) return 'sentence end moved to a comma';
  // A sentence's end made a comma inside a sentence that opens with a condition: the next step comes under it ("If
  // the fever goes above 39, give her ibuprofen. Call the doctor." / "…, give her ibuprofen, call the doctor.").
  if (endJoinsCondition(before, sentences, commas, lexicon)) return 'a step joined to a condition';
  if (stepWordMoved(before.tokens, sentences, [...sentences[0], ...commas[0]], [...sentences[1], ...commas[1]])) return 'step word moved';
  if (cutsNegation(before.tokens, sentences[0], [...sentences[1], ...commas[1]], lexicon) || cutsNegation(before.tokens, sentences[1], [...sentences[0], ...commas[0]], lexicon)) return 'negation cut off';
  if (joinsNegatedList(before.tokens, sentences[0], sentences[1], commas[1]) || joinsNegatedList(before.tokens, sentences[1], sentences[0], commas[0])) return 'list joined to a negation';
  if (sameList(commas[0], commas[1])) return undefined;
  if (opensWithClause(before, sentences[0], commas[0], commas[1]) && movesBoundary(before, commas[0], commas[1])) return 'comma moved';
  // Two steps joined by a comma, moved across what one of them says: "Give him tylenol every 4 hours, check his
  // temperature" / "Give him tylenol, every 4 hours check his temperature", "take the steroid as needed, use the
  // inhaler" / "take the steroid, as needed use the inhaler". The phrase goes with the other step.
  if (movesBoundary(before, commas[0], commas[1]) && (opensStep(before.tokens, commas[0], commas[1], lexicon) || opensStep(before.tokens, commas[1], commas[0], lexicon))) return 'comma moved between steps';
  return commaChangesMeaning([before, after], commas, sentences, lexicon);
}

/**
 * Whether a mark `marked` has and `plain` lacks cuts a clause from the verb of telling it was said with: "My coworker
 * told my boss I stole money." / "My coworker told my boss. I stole money." (someone else's claim becomes the asker's
 * confession), "… told the court I never paid" / "… told the court? I never paid.", "told HR: I broke the lease" (a red
 * team on roles, session 42: 1,813 such pairs served). The verb, at most a short object after it, then the mark, then a
 * subject that opens a clause.
 */
function cutsReportedClause(marked: PreparedSide, plain: PreparedSide): boolean {
  const plainMarks = new Set([...commaBoundaries(plain), ...clauseStarts(plain)]);
  const { tokens } = marked;
  const ends = clauseStarts(marked);
  for (const at of new Set([...commaBoundaries(marked), ...ends])) {
    if (plainMarks.has(at)) continue;
    const subject = tokens[at];
    const opener = subject?.kind === 'word' ? subject.key.toLowerCase() : '';
    // After a comma or colon a clause of "the …" or a generic "you" is said either way ("My mom says, the cake needs
    // sugar", "I heard, you can freeze bread"); another pronoun changes who it means ("She told me, I love you").
    const comma = !ends.has(at);
    if (!CLAUSE_SUBJECTS.has(opener) || (comma && (opener === 'the' || opener === 'you'))) continue;
    for (let verb = at - 1; verb >= Math.max(0, at - 1 - REPORTED_OBJECT_WORDS); verb--) {
      const word = tokens[verb]!;
      if (word.kind !== 'word') break;
      const key = word.key.toLowerCase();
      if (TELLING_VERBS.has(key)) {
        const before = tokens[verb - 1]?.kind === 'word' ? tokens[verb - 1]!.key.toLowerCase() : '';
        // "an email", "the message": a noun, not a verb of telling ("Write an email to my landlord, I want to …").
        if (NOUN_DETERMINERS.has(before) && NOUNS_TOO.has(key)) break;
        // "As my doctor said, I need …", "As promised, I'm sending …": a clause of its own before the sentence.
        if (asClause(tokens, verb)) break;
        // "I told my boss, I would quit": said in the teller's own words, the "I" is the same person either way.
        if (SAME_PERSON.get(before)?.has(opener) === true) break;
        // A comma after the verb alone or after a pronoun is typed for "that" as often ("My doctor said, I need to cut
        // back", "The mechanic told me, my brake pads are fine", "I told her, she can stay"); after someone named, it
        // quotes them ("told my boss, I stole money").
        if (comma && (verb === at - 1 || (verb === at - 2 && OBJECT_PRONOUNS.has(tokens[at - 1]!.key.toLowerCase())))) break;
        // A request to write the message ("Help me email my boss, I can't make it"): what follows is its text either way;
        // not the base form after an auxiliary of someone else ("Why did my coworker tell our HOA? I …").
        if (REQUEST_FORMS.has(key) && !afterOthersAuxiliary(tokens, verb)) break;
        return true;
      }
      // The object between: a pronoun, a determiner and its nouns, a name ("my boss", "the health inspector", "HR").
      if (FUNCTION_WORDS.has(key) && !OBJECT_WORDS.has(key)) break;
    }
  }
  return false;
}
/** Forms of TELLING_VERBS that ask for a message rather than report one ("tell him", "email my boss", "text Mike"). */
const REQUEST_FORMS: ReadonlySet<string> = new Set(['tell', 'say', 'inform', 'claim', 'swear', 'email', 'text', 'message', 'remind', 'warn']);
/** Verbs of telling whose clause is what was said. */
const TELLING_VERBS: ReadonlySet<string> = new Set([
  'told', 'tell', 'tells', 'telling', 'said', 'say', 'says', 'saying', 'informed', 'inform', 'informs', 'claimed', 'claims', 'claim',
  'emailed', 'texted', 'messaged', 'wrote', 'warned', 'reported', 'assured', 'promised', 'convinced', 'reminded', 'remind', 'insisted',
  'insists', 'swore', 'admitted', 'alleged', 'alleges', 'testified', 'announced', 'mentioned', 'suggested', 'implied', 'thinks', 'thought',
  'believes', 'believed', 'heard', 'hears', 'swear', 'swears', 'email', 'emails', 'text', 'texts', 'message', 'reminds', 'warn', 'warns',
]);
/** Whether "as" or "like" opens the clause of the verb at `verb` ("As my doctor said", "Like you said", "As promised"). */
function asClause(tokens: readonly Token[], verb: number): boolean {
  for (let back = verb - 1; back >= Math.max(0, verb - REPORTED_OBJECT_WORDS); back--) {
    const token = tokens[back]!;
    if (token.kind !== 'word') return false;
    const key = token.key.toLowerCase();
    if (key === 'as' || key === 'like') return true;
    if (token.sentenceStart) return false;
  }
  return false;
}
/** Whether an auxiliary opens the verb at `verb` with a subject other than "you" between ("did my coworker tell"). */
function afterOthersAuxiliary(tokens: readonly Token[], verb: number): boolean {
  for (let back = verb - 1; back >= Math.max(0, verb - REPORTED_OBJECT_WORDS - 1); back--) {
    const token = tokens[back]!;
    if (token.kind !== 'word') return false;
    const key = token.key.toLowerCase();
    if (key === 'you' || key === 'u') return false;
    if (AUXILIARIES.has(key)) return back < verb - 1;
    if (token.sentenceStart) return false;
  }
  return false;
}
const NOUNS_TOO: ReadonlySet<string> = new Set(['email', 'emails', 'text', 'texts', 'message', 'claim', 'claims']);
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that', 'every', 'each']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'it']);
/** The teller's pronoun, and the openers of a clause that mean the teller in direct and in reported speech alike. */
const SAME_PERSON: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['i', new Set(['i', 'my'])],
  ['we', new Set(['we', 'our'])],
]);
/** Words that open the reported clause's subject. */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they', 'you', 'my', 'his', 'her', 'our', 'their', 'your', 'the']);
/** Function words an object of the verb of telling may have ("everyone at church", "to the principal"). */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'my', 'his', 'our', 'their', 'your', 'the', 'a', 'an', 'its', 'to', 'at', 'in', 'of']);
/** The most words an object takes between the verb of telling and the mark. */
const REPORTED_OBJECT_WORDS = 5;

/**
 * Whether the sentence where the two sides' commas first differ opens with a subordinate clause ("If the customer
 * doesn't reply by Friday, close …"): a phrase crossing the comma moves from that clause into the main one. Between
 * two opening phrases ("Yesterday at the gym, I …" / "Yesterday, at the gym I …") a comma moves nothing.
 */
function opensWithClause(side: PreparedSide, sentences: readonly number[], left: readonly number[], right: readonly number[]): boolean {
  const rightAt = new Set(right);
  const leftAt = new Set(left);
  let first = Infinity;
  for (const at of left) if (!rightAt.has(at)) first = Math.min(first, at);
  for (const at of right) if (!leftAt.has(at)) first = Math.min(first, at);
  if (first === Infinity) return false;
  let start = 0;
  for (const at of sentences) if (at <= first) start = Math.max(start, at);
  // The clause opens the sentence, or follows a colon or comma both sides have ("Write a rule: if the customer …").
  for (let at = first - 1; at >= start; at--) {
    const opener = side.tokens[at]!;
    if (opener.kind === 'word' && SUBORDINATORS.has(opener.key.toLowerCase()) && (at === start || side.raw[side.origin[at]!]!.sentenceStart || (leftAt.has(at) && rightAt.has(at)))) return true;
  }
  return false;
}
const SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'whenever', 'once', 'because', 'although', 'though', 'while', 'whereas', 'after', 'before', 'since', 'until', 'till']);

/** Discourse words that are also a verb's manner or degree. */
const MANNER_WORDS: ReadonlySet<string> = new Set(['well', 'seriously', 'honestly', 'quickly', 'personally', 'again', 'frankly']);

/**
 * Whether a phrase that opens a sentence of one side ("Explain inflation. In two sentences, explain deflation.",
 * "… revolution; in detail, give …", a line break before "In one sentence, …") ends the sentence before it on the
 * other ("Explain inflation in two sentences, explain deflation."): the same words, but the length, language,
 * audience or detail they set now governs the other request.
 */
function phraseJoinsSentenceBefore(before: PreparedSide, { starts, commas }: Clauses, lexicon: CommaLexicon): boolean {
  return joinsBefore(before.tokens, starts[0], starts[1], commas, lexicon, commas[0]) || joinsBefore(before.tokens, starts[1], starts[0], commas, lexicon, commas[1]);
}

/**
 * Whether a phrase of time, place, condition or frequency that opens a sentence on one side ends the statement before
 * it on the other, where no boundary stands: "The store is closed. On Sundays, it opens at noon." / "The store is closed
 * on Sundays, it opens at noon." — the same words, but what the phrase limits is another fact ("Food is forbidden. In
 * the café, drinks are allowed." / "Food is forbidden in the café, …"; "The function returns null. If the list is empty,
 * it logs a warning." / "… returns null if the list is empty, …"). A red team on shared contexts, session 48: 157 of 209
 * served, in plain prompts, retrieved contexts and long documents alike; phraseJoinsSentenceBefore read such a phrase
 * only after a request or a step. Not after a statement about the asking ("I have a question. In Excel, how do I …?"),
 * nor where the sentence the phrase opens asks something, nor where the other side has a comma there (a comma splice
 * keeps the sentences apart), nor a connective ("In addition,").
 */
function phraseJoinsStatementBefore(sides: readonly [PreparedSide, PreparedSide], { starts, commas }: Clauses, lexicon: CommaLexicon): boolean {
  for (const one of [0, 1] as const) {
    const side = sides[one];
    const other = starts[one === 0 ? 1 : 0];
    const otherCommas = commas[one === 0 ? 1 : 0];
    const { tokens } = side;
    for (const at of starts[one]) {
      if (other.has(at) || otherCommas.has(at) || at < 3) continue;
      const opener = tokens[at];
      if (opener?.kind !== 'word' || !ATTACHING_OPENERS.has(opener.key.toLowerCase())) continue;
      // A line with no mark before it is a sentence only where it opens with a capital: a paragraph wrapped at any word
      // ("… who refuses\nto sleep …") is one sentence.
      if (markBefore(side, at, SENTENCE_ENDS) === '' && !/^\p{Lu}/u.test(opener.text)) continue;
      if (!statesFact(side, starts[one], at, lexicon) || sentenceAsks(side, starts[one], at)) continue;
      // The phrase closes with a comma within a few words, on both sides: a run-on typed without one ("I was born in 1990.
      // In 2010 I moved to London." / "… in 1990 in 2010 I moved …") is a slip (a review of a first version, session 48:
      // 43 such near-duplicates refused).
      let end = at + 1;
      while (end < Math.min(tokens.length, at + FRONTED_PHRASE_WORDS + 1) && !starts[one].has(end) && !commaAt(tokens, commas, end)) end++;
      if (!commaAt(tokens, commas, end) || isConnective(tokens, at, end)) continue;
      return true;
    }
  }
  return false;
}
/** Words that open a phrase a statement before it may take as its own: a time, a place, a condition, a frequency. */
const ATTACHING_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'for', 'with', 'without', 'within', 'during', 'after', 'before', 'until', 'till', 'since', 'by', 'from', 'under', 'over',
  'except', 'outside', 'inside', 'near', 'above', 'below', 'between', 'among', 'if', 'when', 'unless', 'while', 'whenever', 'once', 'every',
  'each', 'daily', 'weekly', 'monthly', 'yearly', 'nightly', 'today', 'tonight', 'tomorrow', 'yesterday', 'weekdays', 'weekends', 'mornings',
  'evenings', 'nights', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays',
  'thursdays', 'fridays', 'saturdays', 'sundays', 'usually', 'sometimes', 'often', 'always', 'never', 'only', 'here', 'there', 'now',
  'currently', 'otherwise',
  // More of time and place (a review of the first version, session 48: "Food is forbidden. As of June, drinks are allowed.").
  'as', 'throughout', 'around', 'despite', 'given', 'due', 'starting', 'beginning', 'last', 'next', 'this', 'nearby', 'downstairs', 'upstairs',
  'overnight', 'twice', 'thrice', 'most', 'along', 'across', 'beyond', 'against', 'per', 'apart', 'besides', 'regardless', 'following', 'prior',
  'through', 'past', 'via', 'later', 'earlier', 'upon', 'because', 'although', 'though', 'whereas', 'provided', 'providing', 'assuming', 'weekday',
  'behind', 'opposite', 'midweek', 'beside', 'underneath', 'toward', 'towards', 'beneath', 'off', 'onboard', 'abroad', 'indoors', 'outdoors',
]);
/**
 * Whether the sentence that ends before `at` states a fact a phrase may limit: three words or more with a verb ("is",
 * "has", "can", "returns"), ended by a period, a semicolon or a line, that is no request or question ("Explain …": see
 * joinsBefore) and says nothing about the asking ("I have a question.", "Need some advice.", "Quick update.").
 */
function statesFact(side: PreparedSide, starts: ReadonlySet<number>, at: number, lexicon: CommaLexicon): boolean {
  const { tokens } = side;
  // Back to the sentence's start, or past a label's colon ("**Context:** The store is closed.").
  let start = at - 1;
  while (start > 0 && !starts.has(start) && !markBefore(side, start, COLON) && !(tokens[start - 1]!.kind !== 'word' && /[:：]/u.test(tokens[start - 1]!.text))) start--;
  // The sentence starts at `start` too, where a label's colon ends (no copy of the set: a long text has many starts).
  if (at - start < 3 || opensRequest(tokens, { has: (index) => index === start || starts.has(index) }, at)) return false;
  const mark = markBefore(side, at, SENTENCE_ENDS);
  if (mark !== '' && !STATEMENT_ENDS.has(mark)) return false;
  let verb = false;
  let asker = false;
  let asking = false;
  for (let index = start; index < at; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    const word = token.key.toLowerCase();
    if (ABOUT_THE_ASKING.has(word)) asking = true;
    if (ASKER.has(word)) asker = true;
    // "Hi.", "Quick question.", "Context:", "Update:" open a prompt; elsewhere those words are the fact's own ("New
    // accounts are free.", "The help desk is closed."; a review of the first version, session 48).
    if (index === start && SCENE_OPENERS.has(word) && at - start <= SCENE_WORDS) return false;
    const afterSubject = index > start && SUBJECT_PRONOUNS.has(tokens[index - 1]!.key.toLowerCase());
    if (BE_GET_HAVE.has(word) || AUXILIARIES.has(word) || ((afterSubject || (index > start && /\p{L}{2}(?:s|ed)$/u.test(word))) && lexicon.canBeVerb(word))) verb = true;
  }
  // A statement about the asking is the asker's own: "I have a question.", "I'm new to Excel.", "We need some help.".
  return verb && !(asking && asker);
}
/** Marks that end a statement a phrase may be joined to: "The store is closed! On Sundays, …" too. */
const STATEMENT_ENDS: ReadonlySet<string> = new Set(['.', ';', '!', '…', '..', '...', '....', '。', '！', '；', '．']);
const ASKER: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'us', 'our', "i'm", 'im']);
/** First words of a statement that sets the scene for the prompt. */
const SCENE_WORDS = 3;
const SCENE_OPENERS: ReadonlySet<string> = new Set(['hi', 'hello', 'hey', 'thanks', 'quick', 'question', 'context', 'background', 'update', 'note', 'fyi', 'ps']);
/** Words of a statement about the asking, which sets the scene for any question after it. */
const ABOUT_THE_ASKING: ReadonlySet<string> = new Set([
  'question', 'questions', 'advice', 'help', 'problem', 'problems', 'issue', 'issues', 'doubt', 'query', 'favor', 'favour', 'curious', 'wondering',
  'confused', 'stuck', 'update', 'context', 'background', 'note', 'beginner', 'new', 'student', 'hi', 'hello', 'hey', 'thanks',
]);
/** The first of `marks` removed right before kept token `at` ('' where none: a line break, or nothing). */
function markBefore(side: PreparedSide, at: number, marks: ReadonlySet<string>): string {
  for (let raw = side.origin[at - 1]! + 1; raw < side.origin[at]!; raw++) {
    const token = side.raw[raw]!;
    if (token.kind === 'punct' && marks.has(token.text)) return token.text;
  }
  return '';
}
const COLON: ReadonlySet<string> = new Set([':', '：']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** Whether the sentence that opens at `at` ends with a question mark. */
function sentenceAsks(side: PreparedSide, starts: ReadonlySet<number>, at: number): boolean {
  let next = at + 1;
  while (next < side.tokens.length && !starts.has(next)) next++;
  const to = next < side.tokens.length ? side.origin[next]! : side.raw.length;
  for (let raw = side.origin[next - 1]! + 1; raw < to; raw++) {
    const token = side.raw[raw]!;
    if (token.kind === 'punct' && endsQuestion(token.text)) return true;
  }
  return false;
}

/** Each side's clause starts and commas (token indices), as both phrase rules read them. */
interface Clauses {
  starts: readonly [ReadonlySet<number>, ReadonlySet<number>];
  commas: readonly [ReadonlySet<number>, ReadonlySet<number>];
}
/**
 * Whether a comma closes a phrase right before token `end`: one both sides have there, or one kept as a mark ("In two
 * sentences, …" after a number word is in both sides' tokens alike).
 */
function commaAt(tokens: readonly Token[], commas: Clauses['commas'], end: number): boolean {
  const token = tokens[end];
  return (commas[0].has(end) && commas[1].has(end)) || (token !== undefined && token.kind !== 'word' && COMMAS.has(token.text));
}

/**
 * Whether one side ends a sentence where the other has no boundary, and the other has a comma within a few words of
 * it where the first has none: the words between belong to the other step ("… every morning. Feed …" / "…, every
 * morning feed …"). Only between two steps that open with a verb, as schedules and instructions do.
 */
function endMovedToComma(side: PreparedSide, sentences: readonly [readonly number[], readonly number[]], commas: readonly [readonly number[], readonly number[]]): boolean {
  for (const [one, other] of [[0, 1], [1, 0]] as const) {
    const otherAll = new Set([...sentences[other], ...commas[other]]);
    const ownAll = new Set([...sentences[one], ...commas[one]]);
    const otherCommas = commas[other];
    // Both lists ascend: a window of the other side's commas within MOVED_PHRASE_WORDS of each end, moved forward once.
    let first = 0;
    for (const end of sentences[one]) {
      if (otherAll.has(end)) continue;
      while (first < otherCommas.length && otherCommas[first]! < end - MOVED_PHRASE_WORDS) first++;
      for (let index = first; index < otherCommas.length && otherCommas[index]! <= end + MOVED_PHRASE_WORDS; index++) {
        const comma = otherCommas[index]!;
        if (ownAll.has(comma)) continue;
        const [from, to] = comma < end ? [comma, end] : [end, comma];
        for (let at = from; at < to; at++) {
          const token = side.tokens[at]!;
          if (token.kind !== 'word' || !FUNCTION_WORDS.has(token.key.toLowerCase())) return true;
        }
      }
    }
  }
  return false;
}
function endJoinsCondition(side: PreparedSide, sentences: readonly [readonly number[], readonly number[]], commas: readonly [readonly number[], readonly number[]], lexicon: CommaLexicon): boolean {
  for (const [one, other] of [[0, 1], [1, 0]] as const) {
    const otherCommas = new Set(commas[other]);
    const otherEnds = sentences[other];
    // The other side's sentence start before each end, found in one sweep (both lists ascend).
    let start = 0;
    let next = 0;
    for (const end of sentences[one]) {
      while (next < otherEnds.length && otherEnds[next]! < end) start = otherEnds[next++]!;
      if (!otherCommas.has(end)) continue;
      const opener = side.tokens[start];
      if (opener?.kind !== 'word' || !CONDITION_OPENERS.has(opener.key.toLowerCase())) continue;
      // Only a step comes under the condition ("…, call the doctor"), not a question or a remark ("…, what should I do?").
      if (opensWithStepVerb(side.tokens, end, lexicon)) return true;
    }
  }
  return false;
}

/** Whether the words at `at` open a step: a verb in its base form, not a question word, an auxiliary, a pronoun or "any". */
function opensWithStepVerb(tokens: readonly Token[], at: number, lexicon: CommaLexicon): boolean {
  const token = tokens[at];
  if (token?.kind !== 'word') return false;
  const word = token.key.toLowerCase();
  if (FUNCTION_WORDS.has(word) || QUESTION_OPENERS.has(word) || NOT_STEPS.has(word)) return false;
  return (lexicon.canBeVerb(word) || COMMAND_NOUNS.has(word)) && !word.endsWith('ing') && !/(?<!s)s$/u.test(word);
}
/** Words that open a remark or a question after a comma, not a step. */
const NOT_STEPS: ReadonlySet<string> = new Set(['any', 'thanks', 'thank', 'please', 'hope', 'guess', 'need', 'got', 'looking', 'asking', 'wondering']);
const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'whenever', 'once', 'until', 'while', 'after', 'before']);

/** The most words a phrase moves across when a sentence's end becomes a comma nearby. */
const MOVED_PHRASE_WORDS = 6;

/** Whether a sentence of `own` opens with a phrase up to a comma both sides have, where `other` starts no sentence. */
function joinsBefore(tokens: readonly Token[], own: ReadonlySet<number>, other: ReadonlySet<number>, commas: readonly [ReadonlySet<number>, ReadonlySet<number>], lexicon: CommaLexicon, ownCommas: ReadonlySet<number>): boolean {
  for (const at of own) {
    // A sentence before it with words of its own (a greeting set aside leaves none), itself a request ("Explain
    // inflation."): the phrase can then govern either request. After a statement it sets the scene for the
    // question either way ("I have a question. In Excel, how do I …" / "I have a question in Excel, how do I …").
    // After a step of a schedule ("Walk the dog. On Sunday, take out the recycling."), a time, a frequency or a
    // condition moves to that step (a red team on sentence-level edits, session 36).
    if (other.has(at) || at < 2) continue;
    const opener = tokens[at];
    if (opener?.kind !== 'word' && opener?.kind !== 'number') continue;
    const lower = opener.key.toLowerCase();
    const request = opensRequest(tokens, own, at);
    if (!(request && FRONTED_PHRASE_OPENERS.has(lower)) && !(opensStepSentence(tokens, own, ownCommas, at, lexicon) && (STEP_PHRASE_OPENERS.has(lower) || opener.kind === 'number'))) continue;
    for (let end = at + 1; end < Math.min(tokens.length, at + FRONTED_PHRASE_WORDS + 1); end++) {
      if (own.has(end) || other.has(end)) break;
      if (commaAt(tokens, commas, end)) {
        if (isConnective(tokens, at, end)) return false;
        // Read as a request's phrase, or as a step's where another step follows it ("On Sunday, take out …"; not
        // "Need some advice. If my landlord keeps my deposit, what can I do?").
        if (request && FRONTED_PHRASE_OPENERS.has(lower)) return true;
        return opensWithStepVerb(tokens, tokens[end]!.kind === 'word' ? end : end + 1, lexicon);
      }
    }
  }
  return false;
}

/** Whether the sentence that ends before `at` is a request or a question ("Explain …", "Write …", "What is …?"). */
function opensRequest(tokens: readonly Token[], starts: { has(index: number): boolean }, at: number): boolean {
  let start = at - 1;
  while (start > 0 && !starts.has(start)) start--;
  const opener = tokens[start];
  if (opener?.kind !== 'word') return false;
  const verb = opener.key.toLowerCase();
  // A question asks for an answer a phrase can shape too ("What is inflation? In one sentence, …"); "about" opens
  // what is left of "Tell me about Rome." once "tell me" is set aside.
  return (REQUEST_VERBS.has(verb) || TEXT_REQUEST_VERBS.has(verb) || QUESTION_OPENERS.has(verb) || verb === 'about') && !ASKS_NO_OUTPUT.has(verb);
}

/** Whether the sentence that ends before `at` opens with a verb: a step of a schedule or an instruction ("Walk the dog."). */
function opensStepSentence(tokens: readonly Token[], starts: ReadonlySet<number>, commas: ReadonlySet<number>, at: number, lexicon: CommaLexicon): boolean {
  // Back to the sentence's start, or to a colon (set aside or kept) or a comma inside it ("The doctor said: give her …").
  let start = at - 1;
  while (start > 0 && !starts.has(start) && !commas.has(start) && tokens[start - 1]!.text !== ':' && !afterSpeech(tokens, start)) start--;
  // Past what asks for the step: "Please", "You need to", "Don't forget to", "Remember to", "Make sure to".
  start = pastStepPrefix(tokens, start, at);
  const opener = tokens[start];
  if (opener?.kind !== 'word') return false;
  const word = opener.key.toLowerCase();
  // A verb, or a word WordNet reads as a noun first that is also typed as a command ("Text Maria.", "Email Tom.").
  // "Check the tire pressure.", "Fix the login bug." are steps too; "Help me out." is not.
  return !FUNCTION_WORDS.has(word) && !QUESTION_OPENERS.has(word) && word !== 'help' && !NOT_STEPS.has(word) && !CHATTY_OPENERS.has(word) && (lexicon.canBeVerb(word) || COMMAND_NOUNS.has(word));
}
/** Where the step's verb stands after a prefix that asks for it ("please", "you need to", "don't forget to"), or `start`. */
function pastStepPrefix(tokens: readonly Token[], start: number, end: number): number {
  const words: string[] = [];
  for (let index = start; index < Math.min(end, start + 5); index++) words.push(tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : '');
  for (const prefix of STEP_PREFIXES) if (prefix.every((word, index) => words[index] === word)) return start + prefix.length;
  return start;
}
const STEP_PREFIXES: readonly (readonly string[])[] = [
  ['you', 'need', 'to'], ['you', 'have', 'to'], ['you', 'should'], ['you', 'must'], ['i', 'need', 'to'], ['i', 'have', 'to'],
  ['do', 'not', 'forget', 'to'], ['dont', 'forget', 'to'], ['remember', 'to'], ['make', 'sure', 'to'], ['be', 'sure', 'to'], ['please'],
];

/** Whether the token at `at` follows a verb of speech that quotes it ("the doctor said: give her …", "she told me: call …"). */
function afterSpeech(tokens: readonly Token[], at: number): boolean {
  const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : '');
  return SPEECH_VERBS.has(word(at - 1)) || ((word(at - 1) === 'me' || word(at - 1) === 'us') && SPEECH_VERBS.has(word(at - 2)));
}
const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'wrote', 'writes', 'told', 'tells', 'texted', 'emailed', 'asked', 'instructed', 'advised']);

/** Verbs that open a remark to the reader, not a step ("Guess what.", "Hear me out.", "Imagine this.", "Bear with me."). */
const CHATTY_OPENERS: ReadonlySet<string> = new Set(['guess', 'hear', 'imagine', 'bear', 'think', 'explain', 'tell', 'listen', 'picture', 'consider', 'look', 'wait', 'quick', 'sorry', 'just']);
/** Nouns typed as commands at the start of a step. */
const COMMAND_NOUNS: ReadonlySet<string> = new Set(['text', 'email', 'e-mail', 'message', 'ping', 'phone', 'call', 'mail', 'slack', 'dm', 'google', 'zoom']);
/** Words that open a time, a frequency or a condition of a step ("Every 6 hours,", "Once a month,", "If it rains,"). */
const STEP_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'every', 'each', 'once', 'twice', 'daily', 'weekly', 'monthly', 'nightly', 'tomorrow', 'tonight', 'today', 'if', 'when', 'unless',
  'until', 'while', 'whenever', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekends', 'mornings',
  'evenings', 'nights', 'always', 'never', 'only', 'next', 'first', 'then', 'later', 'afterwards', 'starting', 'from', 'this', 'last',
  'at', 'on', 'by', 'after', 'before', 'during', 'within', 'for', 'with', 'in', 'around', 'overnight', 'right', 'three', 'four',
  'two', 'both',
]);

/** Verbs of request that ask for no text a length or an audience could shape ("Help me out.", "Check this."). */
const ASKS_NO_OUTPUT: ReadonlySet<string> = new Set(['help', 'check', 'fix', 'find', 'name', 'share', 'please', 'any', 'have', 'has']);

/** Where a side's sentences start: after a closing mark, or on a new line. */
function clauseStarts(side: PreparedSide): Set<number> {
  return new Set([...sentenceBoundaries(side), ...lineOrSentenceStarts(side)]);
}
/** Words that open a phrase setting how a request is carried out ("In two sentences,", "For a beginner,", "Briefly,"). */
const FRONTED_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'in', 'for', 'with', 'without', 'within', 'under', 'using', 'as', 'like', 'to', 'from', 'at', 'on', 'by', 'during', 'after', 'before', 'via',
  'briefly', 'simply', 'concisely', 'formally', 'informally', 'casually', 'quickly', 'carefully', 'thoroughly', 'politely',
]);
/** The most words such a phrase has before its comma. */
const FRONTED_PHRASE_WORDS = 6;

/** Whether the words [start, end) only link two sentences and shape neither ("In addition,", "For example,", "By the way,"). */
function isConnective(tokens: readonly Token[], start: number, end: number): boolean {
  let words = '';
  for (let index = start; index < end; index++) if (tokens[index]!.kind === 'word') words += `${words === '' ? '' : ' '}${tokens[index]!.key.toLowerCase()}`;
  return CONNECTIVES.has(words);
}
/** Not "in short", "in detail", "in general": those set how much the request asks for. */
const CONNECTIVES: ReadonlySet<string> = new Set([
  'in addition', 'for example', 'for instance', 'in other words', 'on the other hand', 'by the way', 'in contrast', 'by contrast', 'as a result',
  'in fact', 'on top of that', 'with that said', 'on that note', 'as well', 'in turn', 'on another note',
]);

function sameWords(before: PreparedSide, after: PreparedSide): boolean {
  if (before.tokens.length !== after.tokens.length) return false;
  for (let index = 0; index < before.tokens.length; index++) if (before.tokens[index]!.key.toLowerCase() !== after.tokens[index]!.key.toLowerCase()) return false;
  return true;
}

function sameList(left: readonly number[], right: readonly number[]): boolean {
  return left.length === right.length && left.every((at, index) => at === right[index]);
}

/** Whether boundaries only one side has, on both sides, have words that carry meaning between them. */
function movesBoundary(before: PreparedSide, left: readonly number[], right: readonly number[]): boolean {
  const rightAt = new Set(right);
  const leftAt = new Set(left);
  const onlyLeft = left.filter((at) => !rightAt.has(at));
  const onlyRight = right.filter((at) => !leftAt.has(at));
  if (onlyLeft.length === 0 || onlyRight.length === 0) return false;
  // What changed sentences: a discourse word crossing over ("I love your answers. Anyway, how …" / "…, anyway.
  // How …") belongs to neither sentence's meaning.
  // A loop, not Math.min(...): a long text has more boundaries than a call takes arguments.
  let from = Infinity;
  let to = -Infinity;
  for (const at of [onlyLeft, onlyRight].flat()) {
    from = Math.min(from, at);
    to = Math.max(to, at);
  }
  // A word that limits a negation goes with the negated sentence it ends: "I don't drink really. Is a glass of wine
  // bad?" (little) / "I don't drink. Really, is …" (not at all), "My husband doesn't work either." (he too), "I
  // won't get the bonus either way." (whatever happens).
  if (before.tokens.slice(from, to).some((token) => token.kind === 'word' && NEGATION_LIMITS.has(token.key.toLowerCase())) && negatedBefore(before.tokens, from, [...left, ...right])) return true;
  // A capitalised word inside a sentence is a name, even one spelled like a function word ("in May").
  // A word that also says how a verb's action is done goes with the verb it ends a sentence after ("I don't sleep
  // well. What …" / "I don't sleep. Well, what …").
  return before.tokens.slice(from, to).some((token) => token.kind !== 'word' || (!token.sentenceStart && token.text !== 'I' && /^\p{Lu}/u.test(token.text)) || !(FUNCTION_WORDS.has(token.key.toLowerCase()) || DISCOURSE_WORDS.has(token.key.toLowerCase())) || MANNER_WORDS.has(token.key.toLowerCase()));
}

/** Words that limit the negation of the sentence they end: "really", "either", "either way", "at all". */
const NEGATION_LIMITS: ReadonlySet<string> = new Set(['really', 'either', 'way', 'all', 'much', 'actually']);

/** Whether a negation stands in the sentence that ends at `at` (back to the nearest boundary of either side). */
function negatedBefore(tokens: readonly Token[], at: number, boundaries: readonly number[]): boolean {
  let start = 0;
  for (const boundary of boundaries) if (boundary < at) start = Math.max(start, boundary);
  for (let index = start; index < at; index++) {
    const token = tokens[index]!;
    if (token.kind === 'word' && LIMITED_NEGATIONS.has(token.key.toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether a comma of `own` that `other` lacks is followed by a verb in its base form opening a step of its own
 * ("…, check his temperature", "…, use the inhaler"), not a function word, a name or a pronoun.
 */
function opensStep(tokens: readonly Token[], own: readonly number[], other: readonly number[], lexicon: CommaLexicon): boolean {
  const otherAt = new Set(other);
  for (const at of own) {
    if (otherAt.has(at)) continue;
    const token = tokens[at];
    if (token?.kind !== 'word' || token.text !== token.text.toLowerCase()) continue;
    const key = token.key.toLowerCase();
    if (FUNCTION_WORDS.has(key) || DISCOURSE_WORDS.has(key) || /(?:ing|ed|s)$/u.test(key)) continue;
    if (lexicon.canBeVerb(key)) return true;
  }
  return false;
}

/**
 * Whether a sentence end of `own` where the other side has no mark at all cuts a negation from what it negates:
 * right after the negation ("Don't stop the car." / "Don't. Stop the car."), or after a verb it negates when a
 * choice or a list follows, which was the verb's object ("I don't drink coffee or tea, which …" / "I don't drink.
 * Coffee or tea, which …"). Not before a subject ("I don't know. I tried …") nor a sentence of its own ("I can't
 * sleep. Any tips?").
 */
function cutsNegation(tokens: readonly Token[], own: readonly number[], other: readonly number[], lexicon: CommaLexicon): boolean {
  const otherAt = new Set(other);
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : '');
  for (const at of own) {
    if (otherAt.has(at) || at === 0 || tokens[at]?.kind !== 'word' || SUBJECTS.has(word(at))) continue;
    const last = word(at - 1);
    if (CUT_NEGATIONS.has(last)) return true;
    // What the verb would take as its object is a choice or a list ("Coffee or tea, which …", "Dairy or eggs"): not
    // a new sentence of its own ("I can't sleep. Any tips?", "Not working. Printer says offline").
    if (lexicon.canBeVerb(last) && (NEGATIONS.has(word(at - 2)) || NEGATIONS.has(word(at - 3))) && listsAfter(word, at)) return true;
  }
  return false;
}
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'cannot']);
/** A verb's negation: NEGATIONS but "no" ("I have no idea, really." is emphasis), and "hardly", "barely". */
const LIMITED_NEGATIONS: ReadonlySet<string> = new Set([...[...NEGATIONS].filter((word) => word !== 'no'), 'hardly', 'barely']);
/**
 * NEGATIONS with other languages' "no" and "not" (NEGATIONS_BEFORE_COMMA): "Dokter bilang tidak! Perlu puasa …" /
 * "Dokter bilang tidak perlu puasa …" (a red team on other languages, session 52).
 */
/** Negations of two letters that are other words in English texts too ("Head NE. Then …", "nu", "ei"). */
const SHORT_NEGATIONS: ReadonlySet<string> = new Set(['ne', 'nu', 'ei']);
const CUT_NEGATIONS: ReadonlySet<string> = new Set([...NEGATIONS, ...NEGATIONS_BEFORE_COMMA.filter((word) => !SHORT_NEGATIONS.has(word))]);

/**
 * Whether a sentence that ends a few words after a negation on one side is a comma or nothing on the other, before a
 * list: "Coffee with no sugar. Cream and cinnamon please" (cream wanted) / "… no sugar, cream and cinnamon please"
 * (none of the three), "Tacos without cilantro! Onion and lime please", "Don't include tests. Docs and examples
 * please", "Denies fever. Chills and cough for 3 days." / "Denies fever chills and cough …", "Stopped: aspirin.
 * Metoprolol and lisinopril continued" / "Stopped: aspirin metoprolol and …".
 */
function joinsNegatedList(tokens: readonly Token[], own: readonly number[], otherSentences: readonly number[], otherCommas: readonly number[]): boolean {
  const [sentencesThere, commasThere] = [new Set(otherSentences), new Set(otherCommas)];
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : '');
  for (const at of own) {
    // What follows opens a question or a request of its own ("Never mind. Can you explain A and B?", "I'm not a
    // programmer. What are APIs and …?"): the negation stays with the asker's own clause either way.
    const next = word(at);
    if (sentencesThere.has(at) || SUBJECTS.has(next) || QUESTION_OPENERS.has(next) || REQUEST_VERBS.has(next) || TEXT_REQUEST_VERBS.has(next)) continue;
    // A comma there before a list, or no mark at all before a list ("Denies fever chills and cough") or after a
    // word of a note's status ("Denies drug allergies amoxicillin caused a rash"): what follows now belongs to it.
    // Not a casual message's dropped stop after a plain negation ("Not working printer says offline").
    const list = listsAfter(word, at, NEGATED_LIST_AFTER);
    const comma = commasThere.has(at);
    for (let back = at - 1; back >= Math.max(0, at - NEGATED_LIST_REACH); back--) {
      const negator = word(back);
      // "Negative for", "Free of", "Allergic to": not "Gluten free." nor "Test results negative.".
      const status = STATUSES.has(negator) && (!STATUS_PREPOSITIONS.has(negator) || word(back + 1) === STATUS_PREPOSITIONS.get(negator));
      if ((status || LEAVING_OUT.has(negator)) && (list || !comma)) return true;
      // A plain negation right before ("No dishwasher air conditioning and …"), or a comma before a list.
      if (NEGATIONS.has(negator) && list && (comma || at - back <= 2)) return true;
    }
  }
  return false;
}
/**
 * Words of a note that deny, exclude or give the status of what follows them ("Denies fever. Chills and cough …",
 * "Negative for fever", "Free of rust", "Declined influenza vaccine", "Discontinued glipizide"): the list after the
 * sentence's end is not theirs, joined to them it is.
 */
const STATUSES: ReadonlySet<string> = new Set([
  'deny', 'denies', 'denied', 'negative', 'free', 'stopped', 'held', 'discontinued', 'declined', 'refused', 'rejected', 'excludes', 'excluded',
  'voided', 'waived', 'missing', 'lacks', 'lacking', 'absent', 'ruled', 'eliminate', 'none', 'quit', 'avoids', 'skipped', 'omitted', 'tolerates',
  'unvaccinated', 'allergic', 'intolerant', 'positive', 'dislikes', 'hates',
]);
/** Status words that say it only with their preposition: "negative for", "free of". */
const STATUS_PREPOSITIONS: ReadonlyMap<string, string> = new Map([['negative', 'for'], ['positive', 'for'], ['free', 'of'], ['allergic', 'to'], ['intolerant', 'of']]);
/** Words that leave things out of a request ("without cilantro", "skip the onions", "except nuts"). */
const LEAVING_OUT: ReadonlySet<string> = new Set(['without', 'except', 'excluding', 'exclude', 'skip', 'omit', 'minus', 'hold', 'avoid']);
/** How many words before the sentence's end a negation may stand ("no sugar", "without the fried onions"). */
const NEGATED_LIST_REACH = 4;
/** Whether "or"/"and" joins the words after `at` within a few words: "Coffee or tea", "A house or a condo". */
function listsAfter(word: (at: number) => string, at: number, reach = 3): boolean {
  for (let next = at + 1; next <= at + reach; next++) if (word(next) === 'or' || word(next) === 'and') return true;
  return false;
}
/** How far after a negated sentence's end a list may go on ("Vomiting three times today and …"). */
const NEGATED_LIST_AFTER = 5;
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it', 'this', 'that', 'there', 'my', 'what', 'how', 'why', 'when', 'where', 'who', 'which', 'can', 'could', 'should', 'is', 'are', 'do', 'does', 'please', 'thanks']);

/**
 * Whether a word that orders, times or negates steps (STEP_WORDS) closes a clause on one side and opens the next on
 * the other, its sentence and comma boundaries (`left`, `right`) read together: "Turn off the breaker. First remove
 * the cover." / "Turn off the breaker first. Remove the cover.", "Can I drink after? I took …" / "Can I drink? After
 * I took …", "Commit your changes first, pull" / "Commit your changes, first pull". Not where the clause it closes is
 * only an acknowledgement ("Ok then, how do I fix it?" / "Ok, then how …", "Got it now. How …" / "Got it. Now how
 * …"), and not where a sentence break stands for a comma ("The power. Then remove" / "The power, then remove").
 */
function stepWordMoved(tokens: readonly Token[], sentences: readonly [readonly number[], readonly number[]], left: readonly number[], right: readonly number[]): boolean {
  const leftAt = new Set(left);
  const rightAt = new Set(right);
  const [leftSentences, rightSentences] = [new Set(sentences[0]), new Set(sentences[1])];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word' || !STEP_WORDS.has(token.key.toLowerCase())) continue;
    // Opening a clause includes opening a sentence alone before a comma: "Too, follow up …" (not "tried that, too,").
    const opensLeft = leftAt.has(at) && (!leftAt.has(at + 1) || leftSentences.has(at));
    const closesLeft = leftAt.has(at + 1) && !leftAt.has(at);
    const opensRight = rightAt.has(at) && (!rightAt.has(at + 1) || rightSentences.has(at));
    const closesRight = rightAt.has(at + 1) && !rightAt.has(at);
    if (!((opensLeft && closesRight) || (closesLeft && opensRight))) continue;
    if (!acknowledges(tokens, at, closesLeft ? leftAt : rightAt)) return true;
  }
  return false;
}

/** Whether the clause the step word at `at` closes (after the boundary before it in `boundaries`) is an acknowledgement. */
function acknowledges(tokens: readonly Token[], at: number, boundaries: ReadonlySet<number>): boolean {
  let words = 0;
  for (let index = at - 1; index >= 0 && !boundaries.has(index + 1); index--) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || !ACKNOWLEDGEMENTS.has(token.key.toLowerCase()) || ++words > ACKNOWLEDGEMENT_WORDS) return false;
  }
  return words > 0;
}
/** Words of a short acknowledgement before a step word: "ok then", "got it now", "I see now", "that works now". */
const ACKNOWLEDGEMENTS: ReadonlySet<string> = new Set([
  'ok', 'okay', 'alright', 'right', 'great', 'cool', 'perfect', 'nice', 'awesome', 'thanks', 'thank', 'you', 'sure', 'yes', 'yeah', 'yep', 'oh',
  'so', 'well', 'hmm', 'got', 'it', 'i', 'see', 'that', 'works', 'worked', 'helped', 'good', 'fine', 'understood', 'makes', 'sense', 'wow', 'lol', 'done',
  'and', 'but',
]);
const ACKNOWLEDGEMENT_WORDS = 4;
const STEP_WORDS: ReadonlySet<string> = new Set([
  'first', 'firstly', 'then', 'now', 'again', 'next', 'later', 'before', 'after', 'afterwards', 'since', 'until', 'while', 'during', 'quickly', 'otherwise', 'not', 'no', 'only', 'without', 'too', 'also',
]);
/**
 * Before which kept tokens a sentence ends, read on the tokens as typed: politeness and filler set aside are
 * skipped, so "Sorry. By the way, how do I …" / "Sorry, by the way. How do I …" end a sentence in one place. A
 * line break is none: a prompt wrapped at other places (a pasted email, a narrow text box) is the same prompt.
 */
export function sentenceBoundaries(side: PreparedSide): readonly number[] {
  const known = BOUNDARIES.get(side);
  if (known !== undefined) return known;
  const at: number[] = [];
  for (let index = 1; index < side.tokens.length; index++) {
    for (let raw = side.origin[index - 1]! + 1; raw < side.origin[index]!; raw++) {
      const token = side.raw[raw]!;
      if (token.kind === 'punct' && SENTENCE_ENDS.has(token.text)) {
        at.push(index);
        break;
      }
    }
  }
  BOUNDARIES.set(side, at);
  return at;
}
/** Each prepared side's sentence starts, found once: several rules read them per difference. */
const LINE_STARTS = new WeakMap<PreparedSide, readonly number[]>();

/**
 * Whether a side is three or more sentences or lines (steps, a schedule), not a sentence or two wrapped ("Summarize
 * the main\ncauses of …" / "… in five\nshort bullet points" is one request either way).
 */
function hasThreeOrMoreClauses(side: PreparedSide): boolean {
  return lineOrSentenceStarts(side).length + 1 >= MIN_STEP_CLAUSES;
}
const MIN_STEP_CLAUSES = 3;

/**
 * Whether a line start one side has and the other lacks opens with a capital (not "I"): a step typed on its own line
 * ("On Monday review the budget"). A paragraph wrapped at other widths starts its lines with lowercase words on both
 * sides ("…who\nrefuses to sleep" / "…who refuses\nto sleep": a review, session 36).
 */
function movesCapitalisedLineStart(before: PreparedSide, after: PreparedSide): boolean {
  const [left, right] = [lineOrSentenceStarts(before), lineOrSentenceStarts(after)];
  const [leftAt, rightAt] = [new Set(left), new Set(right)];
  const capitalised = (side: PreparedSide, at: number) => {
    const text = side.raw[side.origin[at]!]!.text;
    return text !== 'I' && /^\p{Lu}/u.test(text);
  };
  return left.some((at) => !rightAt.has(at) && capitalised(before, at)) || right.some((at) => !leftAt.has(at) && capitalised(after, at));
}

/** The kept tokens that start a sentence or a line (verifyTokens marks a line's first word as a sentence's). */
function lineOrSentenceStarts(side: PreparedSide): readonly number[] {
  const known = LINE_STARTS.get(side);
  if (known !== undefined) return known;
  const at: number[] = [];
  for (let index = 1; index < side.tokens.length; index++) if (side.raw[side.origin[index]!]!.sentenceStart) at.push(index);
  LINE_STARTS.set(side, at);
  return at;
}
const BOUNDARIES = new WeakMap<PreparedSide, readonly number[]>();

/**
 * Where a side's statements start: its sentences' starts, and in a text of three lines or more also each line's (a
 * chat's messages, a list's items and a table's rows close with no mark: "Tom: I found a bug in checkout\nPriya:
 * on it"). A sentence or two wrapped over lines keeps its sentences.
 */
export function statementStarts(side: PreparedSide): readonly number[] {
  const known = STATEMENT_STARTS.get(side);
  if (known !== undefined) return known;
  const lines: number[] = [];
  for (let index = 1; index < side.tokens.length; index++) {
    for (let raw = side.origin[index - 1]! + 1; raw <= side.origin[index]!; raw++) {
      if (side.raw[raw]!.lineStart === true) {
        lines.push(index);
        break;
      }
    }
  }
  const starts = lines.length + 1 < MIN_STEP_CLAUSES ? sentenceBoundaries(side) : [...new Set([...sentenceBoundaries(side), ...lines])].sort((a, b) => a - b);
  STATEMENT_STARTS.set(side, starts);
  return starts;
}
const STATEMENT_STARTS = new WeakMap<PreparedSide, readonly number[]>();

/**
 * Before which kept tokens a comma or colon was set aside, where no sentence ends as well ("a full refund, by the
 * way. Items …": the comma closed the filler set aside, the sentence's end is what separates).
 */
export function commaBoundaries(side: PreparedSide): number[] {
  const at: number[] = [];
  for (let index = 1; index < side.tokens.length; index++) {
    let comma = false;
    let end = false;
    for (let raw = side.origin[index - 1]! + 1; raw < side.origin[index]!; raw++) {
      const token = side.raw[raw]!;
      if (token.kind !== 'punct') continue;
      if (COMMAS.has(token.text)) comma = true;
      if (SENTENCE_ENDS.has(token.text)) end = true;
    }
    if (comma && !end) at.push(index);
  }
  return at;
}
const COMMAS: ReadonlySet<string> = new Set([',', ':', '，', '、', '：', '،']);
