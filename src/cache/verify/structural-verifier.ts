import { align, type Hunk } from './align.ts';
import { articleInIdiom, bareNounMatters, bareWordMattersAfterThe, namesAnotherByThe, namesFixedPhrase, namesPeriod, theOpensTitleSearch } from './article-rules.ts';
import { clauseBoundaryChange, commaInsideSentence } from './boundary-move.ts';
import { codeLineOpenerCaseDiffers, codeNameCaseDiffers, isCodeOnlyKeyword, foldWholeTextCase, fragmentCaseDiffers } from './case-folding.ts';
import { classifyDifference, isArticle, isGrammarWordTypo, UNIT_OTHER_SENSES } from './classify-difference.ts';
import { clauseMove, holdsSecondClause, isTwoClauses, movesIntoEmbeddedQuestion, movesWhetherClause, movesIntoPurpose, movesUniversalOverScope, movesIntoRelativeClause, movesOntoEmbeddedTask, movesOntoControlledAct, movesIntoSource, movesIntoSubordinateClause, movesNextToNumber, movesOffPerson, movesOntoAdjective, movesOntoNestedVerb, movesOntoObject, movesOntoOther, movesOntoOtherDoer, movesOntoInnerVerb, movesPastInnerClause, movesPlace } from './clause-move.ts';
import { isCodeContext } from './code-context.ts';
import { codeLineEndChanged, inlineScalarQuoted, yamlScalarQuoted } from './code-line-end.ts';
import { commandTextChanged, printedTextChanged } from './command-text.ts';
import { markInPastedCode } from './code-line-marks.ts';
import { gluedApostrophesDiffer } from './glued-apostrophe.ts';
import { editsInsideDocument } from './document-edit.ts';
import { COMPUTING_TERMS, FUNCTION_WORDS, NUMBER_WORDS, QUESTION_OPENERS, QUESTION_WORDS, REQUEST_VERBS, SENTENCE_LEAD_INS, TEXT_REQUEST_VERBS } from './closed-lists.ts';
import { inIdentifierPosition } from './identifier-position.ts';
import { noteMovedBetweenItems } from './labelled-items.ts';
import { talliedValueChanged } from './tallied-items.ts';
import { someTokenOnce } from './token-scan.ts';
import { inLiteralPosition } from './literal-position.ts';
import { editInTextOfTask, turnInsideFrame } from './template-turn.ts';
import { ASKS_ABOUT_LINES, codeSpacingMattersIn, gapsOfSide, itemBreaksMatterIn, layoutDiffers, layoutMattersIn, markdownAsked, markSpacingDiffers, markupSpacingAsked, onlyLineBreaksMatterIn, shellAsked, shellLine } from './layout.ts';
import { agreesInRelativeClause, agreesWithAskedSamePlural, asksAmountOf, asksDefinition, asksHowMany, countedByNature, countsDose, countsEvent, countsPartsOfWhole, depictedThing, namesPocketPair, countsOneHeld, verbNumberOfInvariantNoun, objectOfImperative, countsMeasure, isWhatItIs, massAgainstCount, namedElsewhereInText, picksOut, idiomPluralAfterThe, pluralAsName } from './noun-number.ts';
import { approximateNumbers, asksHowNumbersAreWritten, cardinalValue, countsInWords, NUMBER_IN_WORDS_NOTE } from './number-words.ts';
import type { Lexicon } from './lexicon.ts';
import { asksAssistantAbility, courtesyConflict, courtesyLineAsInput, politenessIsTheText, sameCourtesy } from './courtesy.ts';
import { proseFirst } from './code-block-order.ts';
import { withoutProseQuotes } from './prose-quotes.ts';
import { withoutDecorativeEmoticon, withoutOneSidedCourtesy, withoutSharedClosingFace, WORDS_WRITTEN_BEFORE } from './emoticons.ts';
import { lineMarksDiffer } from './pasted-marks.ts';
import { courtesyItemsDiffer, judgesTextAfterQuestion, pastedPart, politenessDiffersInPastedLines } from './pasted-politeness.ts';
import { courtesyValuesDiffer, prepareSide, type PreparedSide } from './prepare-tokens.ts';
import { withAsciiMarks, withLowercase } from './typed-forms.ts';
import { codeMarkChanged } from './code-marks.ts';
import { questionMarkOnStatement } from './question-mark.ts';
import { endsQuestion, endsSentence, punctuationMoved, sentenceBoundaries, statementStarts } from './sentence-boundary.ts';
import { synonymFitsContext } from './synonym-sense.ts';
import { symmetricSwap } from './symmetric-swap.ts';
import { inTitlePosition } from './title-position.ts';
import type { CandidateVerifier, Verdict, VerifyContext } from './verdict.ts';
import { SharedWords } from './shared-words.ts';
import { clearlyForeign, isForeignWord, looksEnglish, mostlyForeign, OTHER_SCRIPT, showsAnotherLanguage } from './language.ts';
import { foldLookAlikes, type FoldedText } from './look-alikes.ts';
import { markNonArticles } from './non-articles.ts';
import { ABOUT_RENDERING, asksAboutLineEndings, asksAboutOwnWhitespace, endsAreContent, endsWithEmptyField, endsWithPaddedValue, LEADING_SPACE } from '../normalise-text.ts';
import { negationMovedPastSubject, openingNegations } from './opening-negation.ts';
import { typesContractionWithoutApostrophe, verifyTokens, type Token } from './verify-tokens.ts';
import { asksAboutTextForm, endPieces, formChangedInText, promptPieces } from './text-form-topic.ts';
import { asksAboutWords, caseOfOperatedStringDiffers, contractionIsOperand } from './word-topic.ts';
import { gluedPeriodsDiffer } from './glued-period.ts';
import { codeBangsDiffer, markupTextDiffers } from './code-literal-marks.ts';
import { namesProgramming } from './identifier-position.ts';
import { POSSESSIVES } from './word-context.ts';

/**
 * A text longer than this many tokens whose difference is unexplained is a shared context (a RAG passage, a
 * template, a document) around a different question: the shared part is no evidence, so it is `different`
 * (`context-only-match`), not a rewording for a judge.
 */
const CONTEXT_TOKENS = 40;

/**
 * A capitalised word run as a command, before its flag ("Python --version", "MySQL -u root"), or an image after a
 * Dockerfile's FROM ("FROM Ubuntu"): a shell and a registry match names by case, so there even a language's or a
 * tool's name keeps its case.
 */
/** An apostrophe after echo, printf, alias or a commit's -m on its line, outside quotation marks of its own. */
// Bounded: an unbounded scan to the line's end from each "echo" of a line of them was quadratic (4 s on 256 KB).
const SHELL_APOSTROPHE = /(?<!\b(?:an?|the|my|your|amazon)\s+)\b(?:echo|printf|alias|-m)[ \t]+[^\n"`.?!]{0,200}?\p{L}['’]\p{L}/u;
/**
 * A string in single quotes, passed to a call, assigned or printed, with an apostrophe between letters inside it:
 * "print('don't')" ends the string at the apostrophe (a syntax error) where "print(\"don't\")" prints (a red team on
 * typography, session 51: 13 such pairs served). Bounded like SHELL_APOSTROPHE.
 */
const QUOTED_APOSTROPHE = /(?:[\p{L}\p{N}_)\]]\([ \t]*|[^=!<>]=[ \t]*|[=!]=[ \t]*|(?:^|[\s=(])\[[ \t]*|\{\{[ \t]*|[\w)\]'"][ \t]+[+%][ \t]+|\b(?:echo|puts|return|raise|assert|throw)[ \t]+)'[^'"\n]{0,80}?\p{L}'\p{L}[^'"\n]{0,80}?'/u;
/** Which lines of a text end with a Markdown hard break (two spaces or more before the line break), as their numbers. */
function hardBreaksOf(text: string): string {
  if (!text.includes('  \n') && !text.includes('  \r')) return '';
  const lines: number[] = [];
  text.split(/\r?\n/u).forEach((line, index, all) => {
    // endsWith, not / {2,}$/: that regex retried from each space of a long run (2.3 s on a 32 KB line; a review, session 51).
    if (index < all.length - 1 && line.endsWith('  ') && line.trim() !== '') lines.push(index);
  });
  return lines.join(',');
}
/** A text about a shell, where "echo" and "alias" are commands (not an Amazon Echo or a mail alias). */
const SHELL_TOPIC = /\b(?:bash|zsh|shell|terminal|script|command|commands|prompt|git|commit|cli|console|cmd|powershell|linux|unix|macos)\b/iu;
function runsAsCommand(tokens: readonly Token[], at: number): boolean {
  return /^-{1,2}\p{L}/u.test(tokens[at + 1]?.text ?? '') || tokens[at - 1]?.text === 'FROM';
}

/** A prompt about spelling: there a typo or a spelling variant is the question, not noise. */
const SPELLING_TOPIC = new RegExp(
  [
    String.raw`\b(?:spell\w*|misspel\w*|typos?|grammar|grammatical\w*|proofread\w*`,
    // Where a word is judged, its spelling is the question: a checker's mark ("Why does Word underline recieve?", "Why
    // does Grammarly flag favourite?", "My teacher circled definately"), a usage asked ("Is goverment ok to use in an
    // essay?"), a text's errors ("Find the errors: …") (a red team, session 47: 183 words asked about and 36 spelling
    // variants served). Not everyday words that come near such questions ("How do I flag an email?", "feedback from my
    // manager", "Is coffee ok during pregnancy?", "Can I use statistics in my essay?"; a probe of over-refusal, session 47).
    // The checkers by name ("Why does LanguageTool flag recieve?", "Why does Hemingway highlight definately?"; a second
    // review, session 47); not a frame of any subject ("Why does my bank flag transactions?"; a third review).
    String.raw`|(?:word|docs|grammarly|languagetool|language tool|hemingway|prowritingaid|quillbot|ginger|gboard|swiftkey|libreoffice|checker|spellcheck|spell check|autocorrect)(?: app| editor)?(?: keeps?| always)? (?:flag\w*|underlin\w*|circl\w*|highlight\w*|red-lin\w*|mark(?:s|ed)?|reject\w*|complain\w* about|object\w* to|(?:does not|doesn't|won't) (?:like|accept|recogni[sz]e))`,
    String.raw`|(?:editor|teacher|professor|tutor)(?: keeps?| always)? (?:flag\w*|underlin\w*|circl\w*|highlight\w*|red-lin\w*)`,
    String.raw`|(?:phone|keyboard|iphone|android)(?: keeps?)? (?:chang|correct|replac|turn)\w* \p{L}+ (?:to|into|with) \p{L}+`,
    String.raw`|crossed out|autocorrect (?:keeps? |always )?(?:chang|correct|replac|turn)\w*|spell-?check\w*|squiggly (?:red |blue )?lines? under`,
    String.raw`|(?:is \p{L}+|spelling|spelled|spelt|word) (?:british or american|american or british)|(?:british or american|american or british) (?:spelling|english|word)`,
    String.raw`|(?:phone|keyboard|iphone|android|autocomplete)(?: keeps?)? suggest\w*`,
    String.raw`|(?:find|spot|fix|correct|check for|point out|highlight|list)(?: all)?(?: the| any)? (?:errors|mistakes)(?= *[:.]| in (?:it|this|that|the (?:text|essay|email|draft|paragraph|sentence|letter|following)|my (?:essay|text|writing|email|draft|sentence|paragraph))\b)`,
    // Not "Is sushi ok?", a question of health (a second review, session 47), nor "Is ChatGPT ok to use for homework?"
    // (a third review).
    String.raw`|is (?!(?:it|this|that|he|she|they|there|you|we|i)\b)\p{L}+ (?:ok|okay|acceptable|correct) (?:to (?:use|say|write)(?: in (?:an?|my|the) (?:essay|e-?mail|letter|paper|sentence|text|cover letter|resume)|(?=\s*\?))|in (?:an?|my|the) (?:essay|e-?mail|letter|paper|sentence|text|cover letter|resume)))\b`,
  ].join(''),
  'iu',
);
/** Instructions that make spelling the task: check, correct or find the spelling, typos or misspellings; proofread. */
const SPELLING_TASK = /\b(?:check|correct|fix|find|spot|detect|list|point\s+out|flag|mark|catch|count|underline|highlight)(?:s|es|ed|ing)?\s+(?:(?:the|my|any|all|every|each|their|its|his|her|your|for)\s+)?(?:spelling|typos?|misspellings?|misspelled\s+words)\b|\bspell[- ]?check\w*|\bproofread\w*|\bspelling\s+(?:mistakes?|errors?)\b/i;
/**
 * A prompt about British or American English ("Is colour the British or American form?", "Rewrite this in US
 * English", "Americanize this"): there a British and an American spelling are two answers (and only they: a typo
 * or a synonym is still one). "US"/"UK" only in capitals: "us English teachers" is a pronoun.
 */
// Or writing for readers of one ("I'm writing for an American magazine. Is travelling ok?"; a red team, session 47).
const VARIETY_TOPIC = /\b(?:dialects?|(?:british|american|canadian|australian)\s+(?:english|or\s+(?:british|american)|magazine|newspaper|audience|readers|publication|journal|publisher|client|editor)|americani[sz]\w*|anglici[sz]\w*|briticis\w*)\b/iu;
const VARIETY_TOPIC_CASED = /\b(?:US|UK|U\.S\.|U\.K\.)\s+(?:[Ee]nglish|or\s+(?:British|American|UK|US))\b/u;

/**
 * Prepared sides kept for reuse, by text, least recently used first: a lookup verifies up to 8 candidates
 * against one query, and in a dense partition the same entries come up as candidates for many queries (filling
 * 20k entries then missing 5,000 times, 72% of the candidate texts verified had been verified before). Bounded by
 * characters, as a side's tokens grow with its text; a text longer than a tenth of the budget is not kept.
 */
const PREPARED_CACHE_CHARACTERS = 256_000;

/** Line breaks other than "\n": CRLF, a lone CR, the Unicode line and paragraph separators. */
const OTHER_LINE_BREAK = /[\r\u2028\u2029]/u;
const OTHER_LINE_BREAKS = /\r\n?|[\u2028\u2029]/gu;
const ANY_LINE_BREAK = /\r\n?|[\n\u2028\u2029]/gu;

/** A text that starts or ends with whitespace. */
const PADDED = /^\s|\s$/u;
/** A text's leading and trailing whitespace, as one string. */
function endsOf(text: string): string {
  // trimStart/trimEnd, not /\s*$/: that regex is quadratic over a long run of inner spaces.
  return `${text.slice(0, text.length - text.trimStart().length)}|${text.slice(text.trimEnd().length)}`;
}

/**
 * How many "…" stand as a block's body: after the colon of a block's header (def, class, if, for, while, with, try…),
 * on its line or alone on the indented line below; not after a prose colon ("Options: …"). Each "…" is read against
 * its own line and the one above, a bounded stretch (a pattern over the whole text backtracked for seconds on a long
 * line of headers without a colon).
 */
function stubEllipses(text: string): number {
  let count = 0;
  for (let at = text.indexOf('…'); at !== -1; at = text.indexOf('…', at + 1)) {
    // Last on its line: only spaces or tabs after it.
    let after = at + 1;
    while (text[after] === ' ' || text[after] === '\t') after++;
    if (after < text.length && text[after] !== '\n') continue;
    const from = Math.max(0, at - HEADER_REACH);
    const lineStart = from + text.slice(from, at).lastIndexOf('\n') + 1;
    const before = text.slice(Math.max(lineStart, at - HEADER_REACH), at);
    // On the header's line ("def f(): …"), or alone on an indented line under it ("def f():\n    …").
    const header = before.trim() === '' && /^[ \t]+$/u.test(text.slice(lineStart, at)) && lineStart > 0 ? text.slice(Math.max(0, text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1 - HEADER_REACH), lineStart - 1) : before;
    if (/:[ \t]*$/u.test(header) && BLOCK_HEADER.test(header)) count++;
  }
  return count;
}
/** A block's header: a keyword opening a line (or a one-line question's code) before its colon. */
const BLOCK_HEADER = /(?:^|[\s?:])(?:async[ \t]+)?(?:def|class|if|elif|else|for|while|with|try|except|finally)\b/u;
/** How much of a line before "…" is read for its header. */
const HEADER_REACH = 200;

/** Spaces or tabs before a line break. */
const INNER_LINE_PADDING = /[ \t]\n/u;
/** Each line's trailing spaces and tabs, in order (a line without any as ""). */
function innerLineEndsOf(text: string): string {
  return text.split('\n').map((line) => {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    return line.slice(end);
  }).join('|');
}

/** How many shared texts' words a verifier keeps (StructuralVerifier.#sharedWords). */
const SHARED_KEPT = 8;

/** A text's line breaks as typed, in order. */
function lineBreaksOf(text: string): string {
  return (text.match(ANY_LINE_BREAK) ?? []).join('');
}

/**
 * The structural verifier (DESIGN.md §1, "verify"): rules over the aligned tokens of the query and the
 * candidate's stored text. Synchronous, no I/O; linear in prompt length (see align.ts).
 *
 * @example
 *   const verifier = new StructuralVerifier(await loadLexicon(await ensureLexicon()));
 *   verifier.verify('Please fix my bike', 'repair my bike', context) // { kind: 'same', accepted: ['politeness please', 'synonym repair/fix'] }
 */
export class StructuralVerifier implements CandidateVerifier {
  readonly #lexicon: Lexicon;
  readonly #prepared = new Map<string, PreparedSide>();
  #preparedCharacters = 0;
  #lastQuery: { typed: string; folded: FoldedText } | undefined;
  /** How deep the current verification is: the typed forms are read for the outermost pair only. */
  #depth = 0;
  /** The words of the current verification's shared text (VerifyContext.shared), when it has one. */
  #shared: SharedWords | undefined;
  readonly #keptShared = new Map<string, SharedWords>();

  constructor(lexicon: Lexicon) {
    this.#lexicon = lexicon;
  }

  /**
   * `context.shared` (RequestKey.shared) is read by the outermost call only, and by the rules that ask what the
   * shared instructions and earlier turns name (shared-words.ts).
   */
  verify(typedQuery: string, typedCandidate: string, context?: Pick<VerifyContext, 'shared'>): Verdict {
    const outermost = this.#depth === 0;
    if (outermost) this.#shared = context?.shared === undefined ? undefined : this.#sharedWords(context.shared);
    this.#depth++;
    try {
      if (outermost && this.#shared !== undefined && caseNamedBothWays(typedQuery, typedCandidate, this.#shared)) return { kind: 'different', reason: 'case of a word the conversation names both ways' };
      return this.#verifyForms(typedQuery, typedCandidate, outermost);
    } finally {
      this.#depth--;
      if (outermost) this.#shared = undefined;
    }
  }

  /**
   * The shared text's words, kept for the next calls: a lookup verifies up to 8 candidates in one partition, and
   * lookups of a few partitions interleave (the most recent SHARED_KEPT texts are kept, oldest dropped first).
   */
  #sharedWords(text: string): SharedWords {
    let words = this.#keptShared.get(text);
    if (words === undefined) {
      words = new SharedWords(text, this.#lexicon);
      if (this.#keptShared.size >= SHARED_KEPT) this.#keptShared.delete(this.#keptShared.keys().next().value!);
    } else {
      this.#keptShared.delete(text);
    }
    this.#keptShared.set(text, words);
    return words;
  }

  #verifyForms(typedQuery: string, typedCandidate: string, outermost: boolean): Verdict {
    const verdict = this.#verifyWithTurns(typedQuery, typedCandidate);
    if (verdict.kind !== 'same' || !outermost) return verdict;
    return this.#formVerdict(typedQuery, typedCandidate) ?? verdict;
  }

  /**
   * English typed with another script's marks or in capitals: its plain form must be the same too (typed-forms.ts); the
   * verdict of a form that is not, or undefined. Read for the outermost pair (its line breaks as "\n") and for a
   * template's turn only: the other verifications inside read the same texts, and forms of forms would multiply the
   * work (a review: 21 verifications of a 256 KB pair).
   */
  #formVerdict(typedQuery: string, typedCandidate: string): Verdict | undefined {
    const [query, candidate] = [typedQuery.replace(OTHER_LINE_BREAKS, '\n'), typedCandidate.replace(OTHER_LINE_BREAKS, '\n')];
    for (const form of [withAsciiMarks(query, candidate), withLowercase(query, candidate)]) {
      if (form === undefined) continue;
      const formVerdict = this.verify(form.query, form.candidate);
      if (formVerdict.kind !== 'same') return formVerdict;
    }
    return undefined;
  }

  #verifyWithTurns(typedQuery: string, typedCandidate: string): Verdict {
    const verdict = this.#verifyWhole(typedQuery, typedCandidate);
    if (verdict.kind !== 'same') return verdict;
    // Texts with other line breaks were verified again with "\n" ones, their turns too.
    if (OTHER_LINE_BREAK.test(typedQuery) || OTHER_LINE_BREAK.test(typedCandidate)) return verdict;
    // Where a template frames the difference, its turn read alone must be the same too (template-turn.ts).
    if (editInTextOfTask(typedQuery, typedCandidate)) return { kind: 'different', reason: 'an edit inside the text a task works on' };
    const turns = turnInsideFrame(typedQuery, typedCandidate);
    if (turns === undefined) return verdict;
    const turn = this.verify(turns.query, turns.candidate);
    // A turn typed in capitals or with another script's marks inside a template that is not.
    const read = turn.kind === 'same' ? (this.#formVerdict(turns.query, turns.candidate) ?? turn) : turn;
    return read.kind === 'same' ? verdict : { kind: read.kind, reason: `in a template's turn: ${read.reason}` };
  }

  #verifyWhole(typedQuery: string, typedCandidate: string): Verdict {
    if (typedQuery === typedCandidate) return { kind: 'same', accepted: [] };
    // Every rule reads a line break as "\n"; clients also send CRLF, a lone CR (old Mac files) or U+2028/U+2029
    // (pasted from a web page), so those are read as "\n" first, on both sides: a rule that looked for "\n" missed a
    // note moved between a list's items on CR-only lines (a review, session 36).
    if (OTHER_LINE_BREAK.test(typedQuery) || OTHER_LINE_BREAK.test(typedCandidate)) {
      // Unless the line endings are what is asked about ("Does this text use CRLF or LF?").
      if (lineBreaksOf(typedQuery) !== lineBreaksOf(typedCandidate) && (asksAboutLineEndings(typedQuery) || asksAboutLineEndings(typedCandidate))) return { kind: 'different', reason: 'line endings asked about' };
      const verdict = this.verify(typedQuery.replace(OTHER_LINE_BREAKS, '\n'), typedCandidate.replace(OTHER_LINE_BREAKS, '\n'));
      return verdict.kind === 'same' ? { kind: 'same', accepted: [...verdict.accepted, 'line breaks'] } : verdict;
    }
    // normaliseText keeps a text's leading or trailing whitespace only where the text asks about whitespace or its own
    // length or ends ("Is there trailing whitespace in this line: foo  "); there the ends are the question (a hostile
    // review at the proxy, session 48: read as typography, "… foo  " was served "… foo"'s answer).
    // Read only where a side has such ends: the cache's texts are trimmed but for those.
    if ((PADDED.test(typedQuery) || PADDED.test(typedCandidate)) && endsOf(typedQuery) !== endsOf(typedCandidate) && (asksAboutOwnWhitespace(typedQuery) || asksAboutOwnWhitespace(typedCandidate) || endsWithPaddedValue(typedQuery) || endsWithPaddedValue(typedCandidate) || endsWithEmptyField(typedQuery) || endsWithEmptyField(typedCandidate) || endsAreContent(typedQuery) || endsAreContent(typedCandidate))) return { kind: 'different', reason: 'whitespace at the ends asked about' };
    // Spaces at an inner line's end, where trailing whitespace is what is asked ("Which line has trailing whitespace?\nfoo
    // \nbar" / "…\nfoo\nbar \n…"; a red team on code, session 52: 7 of 30 served).
    if ((INNER_LINE_PADDING.test(typedQuery) || INNER_LINE_PADDING.test(typedCandidate)) && innerLineEndsOf(typedQuery) !== innerLineEndsOf(typedCandidate) && (asksAboutOwnWhitespace(typedQuery) || asksAboutOwnWhitespace(typedCandidate))) return { kind: 'different', reason: 'whitespace at a line\'s end asked about' };
    if (courtesyValuesDiffer(typedQuery, typedCandidate)) return { kind: 'different', reason: 'a courtesy that is a value' };
    // Only a `same` of the unquoted texts is taken: otherwise the texts as typed are read as before.
    const withoutQuotes = withoutProseQuotes(typedQuery, typedCandidate);
    if (withoutQuotes !== undefined) {
      const verdict = this.verify(withoutQuotes.query, withoutQuotes.candidate);
      if (verdict.kind === 'same') return { kind: 'same', accepted: [...verdict.accepted, 'quotation marks'] };
    }
    const withoutFace = withoutDecorativeEmoticon(typedQuery, typedCandidate);
    if (withoutFace !== undefined) {
      const verdict = this.verify(withoutFace.query, withoutFace.candidate);
      return verdict.kind === 'same' ? { kind: 'same', accepted: [...verdict.accepted, 'decorative emoticon'] } : verdict;
    }
    const withoutCourtesy = withoutOneSidedCourtesy(typedQuery, typedCandidate);
    if (withoutCourtesy !== undefined) {
      const verdict = this.verify(withoutCourtesy.query, withoutCourtesy.candidate);
      if (verdict.kind !== 'same') return verdict;
    }
    const withoutSharedFace = withoutSharedClosingFace(typedQuery, typedCandidate);
    if (withoutSharedFace !== undefined) {
      const verdict = this.verify(withoutSharedFace.query, withoutSharedFace.candidate);
      if (verdict.kind !== 'same') return verdict;
    }
    const reordered = proseFirst(typedQuery, typedCandidate);
    if (reordered !== undefined) {
      const verdict = this.verify(reordered.query, reordered.candidate);
      return verdict.kind === 'same' ? { kind: 'same', accepted: [...verdict.accepted, 'question moved past the code'] } : verdict;
    }
    // The rules read both texts with look-alike characters folded; a look-alike on one side only, or a character
    // no fold reads, may be the question itself ("Is раypal.com safe?"): a judge decides (see look-alikes.ts).
    const foldedQuery = this.#foldQuery(typedQuery);
    const foldedCandidate = foldLookAlikes(typedCandidate);
    if (foldedQuery.disguises !== foldedCandidate.disguises || foldedQuery.unusual || foldedCandidate.unusual) return { kind: 'undecided', reason: 'look-alike characters' };
    const query = foldedQuery.text;
    const candidate = foldedCandidate.text;
    if (query === candidate) return { kind: 'same', accepted: ['typography'] };
    // A first line's own indentation (kept by trimEnds only where a later line is indented less: pasted YAML, Python)
    // is where the tokens see no gap: " n = 5\nif n > 3:" raises an IndentationError that "n = 5\nif n > 3:" does not.
    if (LEADING_SPACE.exec(query)![0] !== LEADING_SPACE.exec(candidate)![0]) return { kind: 'different', reason: 'indentation of the first line' };
    const prepared = this.#prepare(query);
    const unfolded = this.#prepare(candidate);
    // A text of marks alone ("???" / "!!!") keeps no token to compare: its marks are all it says.
    if (prepared.tokens.length === 0 || unfolded.tokens.length === 0) return { kind: 'different', reason: 'marks alone' };
    const folded = foldWholeTextCase(unfolded.tokens, prepared.tokens, this.#lexicon, () => foreignBesideNames(prepared, unfolded, this.#lexicon) || foreignBesideNames(unfolded, prepared, this.#lexicon));
    // Turkish lowercases "I" to "ı" and "İ" to "i": "KIL" is "kıl" (hair), not "kil" (clay). Not in an English text
    // about a Turkish phrase ("WHAT DOES TEŞEKKÜR EDERIM MEAN IN ENGLISH?"; language.ts reads capitals as neither).
    if (folded && turkishCaseDiffers(query, candidate) && (mostlyForeign(prepared.raw, this.#lexicon, 0, 0, true) || mostlyForeign(unfolded.raw, this.#lexicon, 0, 0, true))) return { kind: 'different', reason: 'case of a Turkish I' };
    const after = folded ? { ...prepared, tokens: folded.after } : prepared;
    const before = folded ? { ...unfolded, tokens: folded.before } : unfolded;
    let hunks = align(before.tokens.map((token) => token.key), after.tokens.map((token) => token.key));
    if (hunks === undefined) return { kind: 'undecided', reason: 'reworded' };
    // A no-break space pasted beside code's marks is no space to a compiler or a shell ("x = 10\u00a0+ 5" fails in Python).
    if (noBreakSpacesInCode(query) !== noBreakSpacesInCode(candidate)) return { kind: 'different', reason: 'no-break space in code' };
    // A letter glued to a currency sign names the currency ("a$500" is Australian dollars; the tokens read "a $500", an
    // article): a red team on entities and units, session 54, 174 of 180 such pairs served as an article dropped.
    if (lettersOnCurrency(query) !== lettersOnCurrency(candidate)) return { kind: 'different', reason: 'a currency\'s letter' };

    // Where the layout is the question (lines, spaces, a poem, a list) or the text is code, a line break or a run
    // of spaces is content: "How many lines?\nRoses are red\nViolets are blue" / the two lines joined.
    const alignedHunks = hunks;
    // A contraction expanded or typed otherwise where a side asks about the words. "… what could be wrong?" judges no
    // contraction written out, but may one typed without its apostrophe ("Youre welcome, what is wrong?").
    const contractionAsked = (accepted: readonly string[]): boolean => {
      if (!accepted.includes('contraction') && contractionsTyped(query) === contractionsTyped(candidate)) return false;
      const amissAsks = typesContractionWithoutApostrophe(query) || typesContractionWithoutApostrophe(candidate);
      return contractionAskedAbout(before, amissAsks) || contractionAskedAbout(after, amissAsks);
    };
    // An edit inside a pasted document, where every rule found the texts the same: the task may be about its wording
    // (document-edit.ts). Only a `same` verdict is turned: a rule's `different` stays different for a judge.
    const same = (accepted: string[]): Verdict => {
      const verdict = sameUnlessBlocked(accepted);
      return verdict.kind === 'same' && editsInsideDocument(query, candidate) ? { kind: 'undecided', reason: 'an edit inside a pasted document' } : verdict;
    };
    const sameUnlessBlocked = (accepted: string[]): Verdict => {
      if (approximateNumbers(query) !== approximateNumbers(candidate)) return { kind: 'different', reason: 'a number made approximate' };
      // An apostrophe in an echoed or committed text opens a quote in the shell: "echo it's done" hangs, "echo it is done" prints.
      if ((SHELL_TOPIC.test(query) || SHELL_TOPIC.test(candidate)) && SHELL_APOSTROPHE.test(query) !== SHELL_APOSTROPHE.test(candidate)) return { kind: 'different', reason: 'apostrophe in a shell command' };
      if (QUOTED_APOSTROPHE.test(query) !== QUOTED_APOSTROPHE.test(candidate)) return { kind: 'different', reason: 'an apostrophe inside a string in single quotes' };
      // Every `same` passes the contraction check too, the layout's and the code's early ones included: a contraction typed
      // with its apostrophe on one side and without on the other reads as the same words, so no difference is left for a
      // rule to see ("Hash the string dont" / "… don't": a review, session 56).
      if (contractionAsked(accepted)) return { kind: 'different', reason: 'contraction asked about' };
      // Two spaces at a line's end are a line break where Markdown is rendered: "Roses are red  \nViolets are blue" shows
      // two lines on GitHub, without them one (a red team on typography, session 51: 25 of 38 such pairs served).
      if (hardBreaksOf(query) !== hardBreaksOf(candidate) && (ABOUT_RENDERING.test(query) || ABOUT_RENDERING.test(candidate))) return { kind: 'different', reason: 'a Markdown line break' };
      const codeCase = codeNameCaseDiffers(alignedHunks, unfolded.tokens, prepared.tokens);
      if (codeCase !== undefined) return { kind: 'different', reason: `case of a name in code ${codeCase}` };
      const fragmentCase = fragmentCaseDiffers(alignedHunks, unfolded.tokens, prepared.tokens, () => mostlyForeign(prepared.raw, this.#lexicon, 0, 0, true) || mostlyForeign(unfolded.raw, this.#lexicon, 0, 0, true));
      if (fragmentCase !== undefined) return { kind: 'different', reason: `case of a word standing alone ${fragmentCase}` };
      if (caseOfOperatedStringDiffers(query, candidate)) return { kind: 'different', reason: 'case of a string operated on' };
      if (codeLineOpenerCaseDiffers(query, candidate)) return { kind: 'different', reason: 'case of a keyword opening a line of code' };
      // "def f(): …" is a SyntaxError in Python, "def f(): ..." a stub (a red team on code, session 52: 5 of 5 served).
      if ((query.includes('…') || candidate.includes('…')) && stubEllipses(query) !== stubEllipses(candidate)) return { kind: 'different', reason: 'an ellipsis as a block of code' };
      if ((clearlyForeign(unfolded.raw, this.#lexicon) || clearlyForeign(prepared.raw, this.#lexicon)) && commaInsideSentence(query, candidate)) return { kind: 'undecided', reason: 'a comma inside a sentence outside English' };
      const boundary = clauseBoundaryChange(query, candidate, accepted.includes('punctuation'), this.#lexicon);
      if (boundary === 'moved') return { kind: 'different', reason: 'a clause boundary moved across words' };
      if (boundary === 'joined') return { kind: 'different', reason: 'a sentence joined to a feeling' };
      if (accepted.includes('punctuation') && codeLineEndChanged(query, candidate)) return { kind: 'different', reason: 'a mark ending a line of code' };
      if (accepted.includes('punctuation') && (yamlScalarQuoted(query, candidate) || yamlScalarQuoted(candidate, query))) return { kind: 'different', reason: 'quotes that type a YAML value' };
      if (accepted.includes('punctuation') && inlineScalarQuoted(query, candidate)) return { kind: 'different', reason: 'quotes that type a value after its key' };
      if (accepted.includes('punctuation') && gluedApostrophesDiffer(query, candidate)) return { kind: 'different', reason: "an apostrophe glued to a name of code" };
      if (accepted.includes('punctuation') && gluedPeriodsDiffer(query, candidate)) return { kind: 'different', reason: 'a full stop glued to a word asked about' };
      if (accepted.includes('punctuation') && codeBangsDiffer(query, candidate)) return { kind: 'different', reason: 'an "!" glued to a name in code' };
      // ("can't" / "cannot" are one token: no note at all.)
      const wordingAccepted = accepted.includes('contraction') || accepted.some((note) => note.startsWith('politeness '));
      if ((wordingAccepted || accepted.length === 0) && markupTextDiffers(query, candidate, !wordingAccepted)) return { kind: 'different', reason: "markup's or a config's own text" };
      // The words a command in pasted shell prints or names, unquoted: verbatim (command-text.ts).
      if (commandTextChanged(query, candidate) || printedTextChanged(query, candidate)) return { kind: 'different', reason: 'the text of a command' };
      // A mark changed in a line of code or config pasted without a fence, or two of its lines joined (code-line-marks.ts).
      const pastedCode = markInPastedCode(query, candidate, this.#lexicon);
      if (pastedCode !== undefined) return { kind: 'different', reason: pastedCode };
      // A text's form asked about: every accepted difference is another answer (text-form-topic.ts).
      if ((asksAboutTextForm(query) || asksAboutTextForm(candidate)) && formChangedInText(query, candidate)) return { kind: 'different', reason: 'the form of a text asked about' };
      // A request in another language around a pasted text: what it asks (count the words, British or American, find
      // the mistakes, translate it) the rules cannot read, so an edit inside the text is for a judge (a red team on
      // other languages, session 37: "Cuenta las palabras: We're late." / "… We are late." and 2,418 more served).
      if (editAroundForeignRequest(query, candidate, this.#lexicon)) return { kind: 'undecided', reason: 'an edit inside a text, asked about in another language' };
      const politeness = accepted.filter((note) => note.startsWith('politeness ')).map((note) => note.slice('politeness '.length));
      if (courtesyItemsDiffer(politeness, candidate, query)) return { kind: 'different', reason: 'a courtesy that is a point of a list' };
      if (politenessDiffersInPastedLines(politeness, candidate, query)) return { kind: 'undecided', reason: 'politeness inside a pasted text' };
      if (lineMarksDiffer(candidate, query)) return { kind: 'undecided', reason: 'marks of a pasted line' };
      // Lines of labelled items: a note's item is the label line it stands under ("Monday: tacos. No dairy.").
      if (noteMovedBetweenItems(query, candidate)) return { kind: 'different', reason: 'a note moved to another labelled item' };
      // Values pasted one per line and tallied: each is a string, and another form of it another value (tallied-items.ts).
      if (talliedValueChanged(query, candidate)) return { kind: 'different', reason: 'a value of a tallied list' };
      if (accepted.includes('article the') && (theOpensTitleSearch(query) || theOpensTitleSearch(candidate))) return { kind: 'undecided', reason: '"the" of a title searched for' };
      if (layoutMattersIn(prepared, query) || layoutMattersIn(unfolded, candidate)) {
        const fenceGapsCount = ASKS_ABOUT_LINES.test(query) || ASKS_ABOUT_LINES.test(candidate);
        // A list typed one item per line, and nothing else that makes layout content: where its lines break, not how.
        const lineBreaksOnly = onlyLineBreaksMatterIn(prepared, query) && onlyLineBreaksMatterIn(unfolded, candidate);
        const itemBreaks = itemBreaksMatterIn(prepared, query) || itemBreaksMatterIn(unfolded, candidate);
        return layoutDiffers(alignedHunks, gapsOfSide(unfolded, candidate, this.#lexicon), gapsOfSide(prepared, query, this.#lexicon), unfolded.tokens, prepared.tokens, { fenceGapsCount, lineBreaksOnly, itemBreaks }) ? { kind: 'different', reason: 'layout' } : { kind: 'same', accepted };
      }
      // One line of shell, CSS or a macro: the spacing beside its marks is syntax ("x = 5" / "x=5" in bash).
      if ((codeSpacingMattersIn(prepared, query) || codeSpacingMattersIn(unfolded, candidate)) && markSpacingDiffers(alignedHunks, unfolded.tokens, prepared.tokens, gapsOfSide(unfolded, candidate, this.#lexicon), gapsOfSide(prepared, query, this.#lexicon), { shell: shellLine(query) || shellLine(candidate), markup: markupSpacingAsked(query) || markupSpacingAsked(candidate), markdown: markdownAsked(query) || markdownAsked(candidate), shellAsked: shellAsked(query) || shellAsked(candidate) })) {
        return { kind: 'different', reason: 'spacing of code' };
      }
      return { kind: 'same', accepted };
    };
    if (politenessIsTheText(before, after, this.#lexicon)) return { kind: 'different', reason: 'politeness in a short text' };
    // A text that judges "this" wording: the courtesy it opens or closes with is what "this" is ("Hi all, is it rude to
    // start an email like this?" / "Is it rude …?"; a review, session 28).
    if ((courtesyOf(before) === '') !== (courtesyOf(after) === '') && (JUDGES_THIS.test(query) || JUDGES_THIS.test(candidate))) return { kind: 'different', reason: 'courtesy the text points at' };
    if (asksAssistantAbility(query, candidate)) return { kind: 'undecided', reason: 'the assistant\'s own ability asked' };
    if (courtesyLineAsInput(query, candidate)) return { kind: 'different', reason: 'courtesy line beside code, its input' };
    const conflict = courtesyConflict(before, after);
    if (conflict !== undefined) return { kind: 'different', reason: `courtesy ${conflict}` };
    if (questionMarkOnStatement(before, after, this.#lexicon)) return { kind: 'different', reason: 'question mark on a statement' };
    const codeMark = codeMarkChanged(query, candidate, prepared, unfolded);
    if (codeMark !== undefined) return { kind: 'different', reason: codeMark };
    const accepted = sideNotes(before, after);
    if (folded) accepted.push('case');
    const differences = withoutLooseMarks(hunks, before, after);
    if (differences.length < hunks.length && !accepted.includes('punctuation')) accepted.push('punctuation');
    if (contractionAsked(accepted)) return { kind: 'different', reason: 'contraction asked about' };
    // A label the answer writes as typed: "Classify as don't know, yes or no" / "… do not know, …" (a red team on
    // engineered prompts, session 41: 136 of 160 served).
    if (accepted.includes('contraction') && contractionInLiteral(before, after)) return { kind: 'different', reason: 'contraction in a literal' };
    if (accepted.includes('contraction') && openingNegations(before, this.#lexicon).join() !== openingNegations(after, this.#lexicon).join()) return { kind: 'different', reason: 'negation of what follows' };
    // A sentence to turn into another kind: its own end mark is what changes ("You're leaving. Rewrite this as a question" / "You're leaving? …").
    if (accepted.includes('punctuation') && (SENTENCE_KIND_TASK.test(query) || SENTENCE_KIND_TASK.test(candidate))) return { kind: 'different', reason: 'punctuation of a sentence to turn into another kind' };
    // The same words and marks can still be cut at other places: both checks compare texts whose kept words are equal.
    const punctuation = punctuationMoved(before, after, this.#lexicon);
    if (punctuation !== undefined) return { kind: 'different', reason: punctuation };
    if (differences.length === 0) return same(accepted);
    hunks = differences.map((difference) => difference.hunk);
    if (articleMovedAcross(hunks, before.tokens, after.tokens)) return { kind: 'different', reason: 'article moved across a word' };
    const moved = clauseMove(hunks, before.tokens, after.tokens);
    if (moved !== undefined) {
      // A move is only harmless between exactly two clauses with nothing that sequences or scopes them: "For the
      // first week, take one, then two" moved changes what "for the first week" governs. The moved clause's own
      // opener ("Before a marathon, …") is what makes it a clause, not a second scope.
      if (!isTwoClauses(before, moved.opener) || !isTwoClauses(after, moved.opener)) return { kind: 'undecided', reason: 'clause move with scope' };
      // A reason moved after a negation may fall under it: "Because he is young, don't hire him." gives the reason not
      // to; "Don't hire him because he is young." may say that youth is no reason (a red team on scope, session 41).
      if (becauseUnderNegation(moved, before)) return { kind: 'undecided', reason: 'a reason moved under a negation' };
      if (asksWhetherReason(moved, before)) return { kind: 'undecided', reason: 'a reason moved in a yes/no question' };
      if (movesWhetherClause(moved, before, this.#lexicon)) return { kind: 'undecided', reason: 'what to ask moved into a condition' };
      if (movesUniversalOverScope(moved, before)) return { kind: 'undecided', reason: 'a phrase of every thing moved across a scope' };
      // The guards below read English ("my brother in Spain", "10 in binary"); elsewhere an opener spelled like an
      // English one ("In Spanien, wie schicke ich Geld an meinen Bruder?", Dutch and Italian "in") moves unguarded
      // (a red team on other languages, session 33).
      if (mostlyForeign(unfolded.raw, this.#lexicon, 0, 0, false, true) || mostlyForeign(prepared.raw, this.#lexicon, 0, 0, false, true)) return { kind: 'undecided', reason: 'clause move outside English' };
      if (movesPlace(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'place phrase moved' };
      if (movesNextToNumber(moved, [before, after])) return { kind: 'undecided', reason: 'phrase moved next to a number' };
      if (movesIntoPurpose(moved, [before, after])) return { kind: 'undecided', reason: 'phrase moved into a purpose' };
      if (movesOntoEmbeddedTask(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'answer-shaping phrase moved onto an embedded task' };
      if (movesOntoControlledAct(moved, [before, after])) return { kind: 'undecided', reason: 'phrase moved onto an act someone is asked to do' };
      if (movesIntoRelativeClause(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'phrase moved into a relative clause' };
      if (movesOntoInnerVerb(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'phrase moved onto a clause inside the request' };
      if (movesIntoSubordinateClause(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'phrase moved into a subordinate clause' };
      if (movesOntoNestedVerb(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'for whom moved onto another verb' };
      if (movesOffPerson(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'state moved off a person' };
      if (movesOntoOther(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'phrase moved onto another person' };
      if (movesOntoOtherDoer(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'participle moved onto another doer' };
      if (movesOntoObject(moved, [before, after])) return { kind: 'undecided', reason: 'phrase moved onto what is asked about' };
      if (movesOntoAdjective(moved, [before, after])) return { kind: 'undecided', reason: 'phrase moved onto an adjective' };
      if (movesIntoSource(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'place moved into a source' };
      if (holdsSecondClause(moved, before)) return { kind: 'undecided', reason: 'clause moved past another clause' };
      if (movesPastInnerClause(moved, [before, after], this.#lexicon)) return { kind: 'undecided', reason: 'phrase moved past an inner clause' };
      if (movesIntoEmbeddedQuestion(moved, [before, after])) return { kind: 'undecided', reason: 'clause moved into a question a verb takes' };
      return same([...accepted, 'clause order']);
    }
    if (negationMovedPastSubject(before, after)) return same([...accepted, 'negation after the subject']);
    // Two phrases swapped around "and", "or", "vs" where the frame treats them alike ("the difference between TCP and UDP").
    if (symmetricSwap(before.tokens, after.tokens, [query, candidate])) return same([...accepted, 'symmetric order']);
    if (isReordering(hunks, before.tokens, after.tokens)) return { kind: 'different', reason: 'order' };

    // The shared instructions and earlier turns too, where they make spelling the task: under "You are a proofreader" or
    // "Check the spelling of my next message" the user's typo is the question (a review of the listed misspellings,
    // session 58; the proxy leaves such prompts to the exact tier, text-as-object.ts, which this does not rely on). Not a
    // mention ("The user may make typos", "Always use British spelling", a game's spells: a review of the first version).
    const spellingMatters = SPELLING_TOPIC.test(query) || SPELLING_TOPIC.test(candidate) || this.#shared?.matches(SPELLING_TASK) === true;
    let variety: boolean | undefined;
    const varietyMatters = () => (variety ??= [query, candidate].some((text) => VARIETY_TOPIC.test(text) || VARIETY_TOPIC_CASED.test(text)));
    // The sides as prepared (not case-folded): kept in the LRU, so their context is computed once.
    const codeContext = (misspelt: string) => isCodeContext(unfolded.tokens, this.#lexicon, misspelt) || isCodeContext(prepared.tokens, this.#lexicon, misspelt);
    const open: Array<{ reason: string; decisive: boolean }> = [];
    let writesNumbers: boolean | undefined;
    let caseAsked: boolean | undefined;
    const numbersWritten = () => (writesNumbers ??= asksHowNumbersAreWritten(query) || asksHowNumbersAreWritten(candidate));
    const misreadUnits = new Map<string, boolean>();
    let doublingTalkedOf: boolean | undefined;
    // Whether a doubled word may be a name, a song's or speech's words, or code: read once, not once per difference.
    let doublingSpoken: boolean | undefined;
    for (const { hunk, left, right } of differences) {
      // A command before its flag or an image after FROM keeps its case ("Python --version", "FROM Ubuntu").
      if (left.length === 1 && right.length === 1 && left[0]!.text !== right[0]!.text && left[0]!.text.toLowerCase() === right[0]!.text.toLowerCase() && (runsAsCommand(before.tokens, hunk.leftStart) || runsAsCommand(after.tokens, hunk.rightStart))) {
        return { kind: 'different', reason: `case of a command ${left[0]!.text}/${right[0]!.text}` };
      }
      // Not where the word itself is asked about ("How do you say which in German?", "Was heißt which?").
      if (whichForWhat(left, right, before.tokens[hunk.leftEnd], before.tokens[hunk.leftStart - 1]) && looksEnglish(unfolded, this.#lexicon) && looksEnglish(prepared, this.#lexicon)) {
        accepted.push('question word which/what');
        continue;
      }
      if (givingVerbSwap(hunk, left, right, before, after)) {
        accepted.push(`request verb ${left.map((token) => token.text).join(' ') || 'tell me'}/${right.map((token) => token.text).join(' ') || 'tell me'}`);
        continue;
      }
      if (exampleMarker(hunk, left, right, before, after)) {
        accepted.push(`example marker ${left.map((token) => token.text).join('')}/${right.map((token) => token.text).join(' ')}`);
        continue;
      }
      if (simplyWorded(hunk, left, right, before.tokens, after.tokens)) {
        accepted.push(`simply worded ${left.map((token) => token.text).join(' ')}/${right.map((token) => token.text).join(' ')}`);
        continue;
      }
      // A word typed beside itself on one side, in a text that talks of typing or words, or with nothing after it that
      // could follow it (“the the in my emails”, “every to to from my document”), is what it asks about, whichever rule
      // would take it (an article, a slip; a hostile review, session 47).
      const run = doubledRun(hunk, left, right, before, after);
      if (run !== undefined && (mentionedRun(run) || (doublingTalkedOf ??= spellingMatters || TYPING_TOPIC.test(query) || TYPING_TOPIC.test(candidate)))) {
        return { kind: 'undecided', reason: 'a word typed twice where typing or words are talked of' };
      }
      // Nor accepted as a slip where the doubled word may be a name, a song's or speech's words, or code ("the the", "lambda
      // a: a"); other rules judge it.
      const doubled = run === undefined || (doublingSpoken ??= DOUBLING_TOPIC.test(query) || DOUBLING_TOPIC.test(candidate) || holdsCode(before.tokens) || holdsCode(after.tokens)) ? undefined : doubledWord(run);
      if (doubled !== undefined) {
        accepted.push(`doubled word ${doubled}`);
        continue;
      }
      if (decorativeEmoji(hunk, left, right, before, after, query, candidate, this.#lexicon)) {
        accepted.push('decorative emoji');
        continue;
      }
      // A message to someone in other words of one kind: "tell my team thanks" / "… thank you" (prepare-tokens.ts keeps it).
      const courtesy = sameCourtesy(before.tokens, hunk.leftStart, hunk.leftEnd, after.tokens, hunk.rightStart, hunk.rightEnd, this.#lexicon);
      if (courtesy !== undefined) {
        accepted.push(`politeness ${courtesy}`);
        continue;
      }
      const difference = classifyDifference(left, right, this.#lexicon, {
        spellingMatters,
        caseMatters: () => (caseAsked ??= CASE_TOPIC.test(query) || CASE_TOPIC.test(candidate) || wordInTwoCases(query) || wordInTwoCases(candidate)) || countedAsCommonNoun(before.tokens, hunk.leftStart, this.#lexicon) || countedAsCommonNoun(after.tokens, hunk.rightStart, this.#lexicon),
        varietyMatters,
        monthSlot: () => inMonthSlot(before.tokens, hunk.leftStart, hunk.leftEnd) && inMonthSlot(after.tokens, hunk.rightStart, hunk.rightEnd),
        codeOrDataBeside: () => holdsCodeOrData(before.tokens, candidate) || holdsCodeOrData(after.tokens, query),
        productSlot: () => inProductSlot(before.tokens, hunk.leftStart, hunk.leftEnd) || inProductSlot(after.tokens, hunk.rightStart, hunk.rightEnd),
        techBeside: () => namesComputingBeside(before.tokens, hunk.leftStart, hunk.leftEnd) || namesComputingBeside(after.tokens, hunk.rightStart, hunk.rightEnd),
        codeContext,
        namePosition: () => nearNameTaker(before.tokens, hunk.leftStart, hunk.leftEnd) || nearNameTaker(after.tokens, hunk.rightStart, hunk.rightEnd),
        nextToken: () => before.tokens[hunk.leftEnd]?.text.toLowerCase(),
        inRunningText: () => inRunningText(before.tokens, hunk.leftStart, hunk.leftEnd, this.#lexicon),
        // Named as a word, or a term asked about in a few words ("What is containor?"), or a text whose other words judge,
        // search or name letters ("Is arguement considered a mistake?", "Is the username arguement taken?").
        mentioned: () =>
          // (`before` is the candidate's side, `after` the query's.)
          mentionedAsWord(before.tokens, hunk.leftStart, hunk.leftEnd) ||
          mentionedAsWord(after.tokens, hunk.rightStart, hunk.rightEnd) ||
          ((namedAsTerm(before.tokens, hunk.leftStart) || namedAsTerm(after.tokens, hunk.rightStart)) && (asksAboutFewWords(before) || asksAboutFewWords(after))) ||
          lettersMatterAround(query, [...left, ...right]) ||
          lettersMatterAround(candidate, [...left, ...right]) ||
          verbInNounSlot(before.tokens, hunk.leftStart, hunk.leftEnd, this.#lexicon) ||
          verbInNounSlot(after.tokens, hunk.rightStart, hunk.rightEnd, this.#lexicon),
        packageNamed: () => nearWordOf(before.tokens, hunk.leftStart, hunk.leftEnd, PACKAGE_WORDS) || nearWordOf(after.tokens, hunk.rightStart, hunk.rightEnd, PACKAGE_WORDS),
        afterPossessive: () => isPossessive(before.tokens[hunk.leftStart - 1]) && isPossessive(after.tokens[hunk.rightStart - 1]),
        afterSubject: () => isSubject(before.tokens, hunk.leftStart - 1, this.#lexicon) && isSubject(after.tokens, hunk.rightStart - 1, this.#lexicon),
        afterNumber: () => before.tokens[hunk.leftStart - 1]?.kind === 'number' && after.tokens[hunk.rightStart - 1]?.kind === 'number',
        unitMisread: (abbreviation) => {
          // Once per verification: a text of many "5 g" / "5 grams" must not be scanned once per difference.
          let misread = misreadUnits.get(abbreviation);
          if (misread === undefined) misreadUnits.set(abbreviation, (misread = UNIT_OTHER_SENSES.get(abbreviation)?.test(query) === true || UNIT_OTHER_SENSES.get(abbreviation)?.test(candidate) === true));
          return misread;
        },
        countsThings: () =>
          countedByNature(before, hunk.leftStart, hunk.leftEnd) ||
          countedByNature(after, hunk.rightStart, hunk.rightEnd) ||
          statesFacts(before, hunk.leftStart) ||
          statesFacts(after, hunk.rightStart) ||
          asksHowMany(before, hunk.leftStart, this.#lexicon) ||
          asksHowMany(after, hunk.rightStart, this.#lexicon) ||
          agreesWithAskedSamePlural(before, hunk.leftStart) ||
          agreesWithAskedSamePlural(after, hunk.rightStart) ||
          picksOut(before, hunk.leftStart, this.#lexicon) ||
          picksOut(after, hunk.rightStart, this.#lexicon) ||
          namedElsewhereInText(before, hunk.leftStart, this.#lexicon, sentenceBoundaries(before)) ||
          namedElsewhereInText(after, hunk.rightStart, this.#lexicon, sentenceBoundaries(after)) ||
          countsMeasure(before, hunk.leftStart, hunk.leftEnd, this.#lexicon) ||
          countsMeasure(after, hunk.rightStart, hunk.rightEnd, this.#lexicon) ||
          askerCountsOne(before, after, hunk, this.#lexicon) ||
          massAgainstCount(before, hunk.leftStart, hunk.leftEnd, this.#lexicon) ||
          massAgainstCount(after, hunk.rightStart, hunk.rightEnd, this.#lexicon) ||
          asksAmountOf(before, hunk.leftStart, hunk.leftEnd, this.#lexicon) ||
          asksAmountOf(after, hunk.rightStart, hunk.rightEnd, this.#lexicon) ||
          objectOfImperative(before, hunk.leftStart, hunk.leftEnd) ||
          objectOfImperative(after, hunk.rightStart, hunk.rightEnd) ||
          depictedThing(before, hunk.leftStart, hunk.leftEnd) ||
          depictedThing(after, hunk.rightStart, hunk.rightEnd) ||
          countsDose(before, hunk.leftStart, hunk.leftEnd, this.#lexicon) ||
          countsDose(after, hunk.rightStart, hunk.rightEnd, this.#lexicon) ||
          countsEvent(before, hunk.leftStart, hunk.leftEnd, this.#lexicon) ||
          countsEvent(after, hunk.rightStart, hunk.rightEnd, this.#lexicon) ||
          countsOneHeld(before, hunk.leftStart, hunk.leftEnd, this.#lexicon) ||
          countsOneHeld(after, hunk.rightStart, hunk.rightEnd, this.#lexicon) ||
          verbNumberOfInvariantNoun(before, hunk.leftStart, hunk.leftEnd) ||
          verbNumberOfInvariantNoun(after, hunk.rightStart, hunk.rightEnd) ||
          agreesInRelativeClause(before, hunk.leftStart) ||
          agreesInRelativeClause(after, hunk.rightStart) ||
          countsPartsOfWhole(before, hunk.leftStart, hunk.leftEnd) ||
          countsPartsOfWhole(after, hunk.rightStart, hunk.rightEnd) ||
          namesPocketPair(before, hunk.leftStart, hunk.leftEnd) ||
          namesPocketPair(after, hunk.rightStart, hunk.rightEnd),
        namesOne: () => pluralAsName(before, hunk.leftStart, hunk.leftEnd, this.#lexicon) ?? pluralAsName(after, hunk.rightStart, hunk.rightEnd, this.#lexicon) ?? idiomPluralAfterThe(before, hunk.leftStart, hunk.leftEnd) ?? idiomPluralAfterThe(after, hunk.rightStart, hunk.rightEnd),
        asksWhatItIs: () => isWhatItIs(before, hunk.leftEnd) || isWhatItIs(after, hunk.rightEnd),
        asksDefinition: () => asksDefinition(before, hunk.leftStart, hunk.leftEnd) || asksDefinition(after, hunk.rightStart, hunk.rightEnd),
        namesPeriod: () => namesPeriod(before.tokens, hunk.leftEnd, this.#lexicon) || namesPeriod(after.tokens, hunk.rightEnd, this.#lexicon),
        fixedPhrase: () => (hunk.leftStart === hunk.leftEnd ? namesFixedPhrase(before, hunk.leftEnd, this.#lexicon) || articleInIdiom(after, hunk.rightStart, this.#lexicon) : namesFixedPhrase(after, hunk.rightEnd, this.#lexicon) || articleInIdiom(before, hunk.leftStart, this.#lexicon)),
        bareNounMatters: () => (hunk.leftStart === hunk.leftEnd ? bareNounMatters(before, hunk.leftEnd, this.#lexicon) || articleInIdiom(after, hunk.rightStart, this.#lexicon) : bareNounMatters(after, hunk.rightEnd, this.#lexicon) || articleInIdiom(before, hunk.leftStart, this.#lexicon)),
        bareAfterTheMatters: () => (hunk.leftStart === hunk.leftEnd ? bareWordMattersAfterThe(before, hunk.leftEnd, this.#lexicon) : bareWordMattersAfterThe(after, hunk.rightEnd, this.#lexicon)),
        namesTitle: () => inTitlePosition(before.tokens, hunk.leftEnd, hunk.leftEnd + 1, false) || inTitlePosition(after.tokens, hunk.rightEnd, hunk.rightEnd + 1, false),
        namesAnother: () => namesAnotherByThe(before, hunk.leftEnd, this.#lexicon),
      });
      if (difference.kind === 'blocking' && difference.strong) return { kind: 'different', reason: difference.reason };
      if (difference.kind === 'accepted' && difference.notes.some((note) => note.startsWith(NUMBER_IN_WORDS_NOTE)) && (numbersWritten() || !(countsInWords(before, hunk.leftStart, hunk.leftEnd, this.#lexicon) && countsInWords(after, hunk.rightStart, hunk.rightEnd, this.#lexicon)))) {
        return { kind: 'different', reason: `number ${difference.notes.join(', ')}` };
      }
      // Un-fenced code: a table, package, subcommand, variable or CSS property has no inflection, spelling variant,
      // typo or synonym ("select * from user" / "from users", "pip install request" / "requests").
      // Outside English an English word's form, spelling or synonym is no harmless rewording: a word that happens to
      // be spelled like an English one carries its own grammar ("¿Qué come?" / "¿Qué comes?"), and an English word
      // in a text of another language is mostly the word asked about ("把 apples 翻译成德语", "Was heißt big?").
      // Typos keep their tolerance in a text that merely does not look English (a keyword query with a name); but a typo
      // is judged against English words, so in a text that shows another language a word the lexicon does not know is
      // no slip of typing but a word of that language: "¿Qué es el bario?" / "… barrio?", "Qu'est-ce qu'un coussin ?" /
      // "… cousin ?" (a red team, session 29: 107 of 477 such pairs were served).
      if (difference.kind === 'accepted' && difference.notes.some(isEnglishWordFormNote) && (!looksEnglish(unfolded, this.#lexicon) || !looksEnglish(prepared, this.#lexicon))) return { kind: 'different', reason: `word form outside English: ${difference.notes.join(', ')}` };
      if (difference.kind === 'accepted' && difference.notes.some((note) => note.startsWith('typo ')) && (showsAnotherLanguage(unfolded, this.#lexicon) || showsAnotherLanguage(prepared, this.#lexicon))) return { kind: 'different', reason: `typo outside English: ${difference.notes.join(', ')}` };
      // A slip in a short bare term that a text of one or two words asks about: the term is the question, and a term one
      // slip from a word is as often a name of its own ("What is scrapy?" / "… scrappy?", gsap/gasp, qunit/quint; a
      // look-alike red team, session 32). Not a misspelling the vocabulary knows, nor a word after an article or a
      // subject ("Where is the adress?", "How do I recieve payments?").
      if (difference.kind === 'accepted' && difference.notes.some((note) => note.startsWith('typo ')) && shortTerm(left, right) && (namedAsTerm(before.tokens, hunk.leftStart) || namedAsTerm(after.tokens, hunk.rightStart)) && (asksAboutFewWords(before) || asksAboutFewWords(after)) && !knownMisspellings(left, right, this.#lexicon) && !(left.length === 1 && right.length === 1 && isGrammarWordTypo(left[0]!, right[0]!) && inRunningText(before.tokens, hunk.leftStart, hunk.leftEnd, this.#lexicon))) return { kind: 'undecided', reason: `typo of the term asked about: ${difference.notes.join(', ')}` };
      if (difference.kind === 'accepted' && difference.notes.some(isWordFormNote) && (inIdentifierPosition(before, hunk.leftStart, hunk.leftEnd, this.#lexicon) || inIdentifierPosition(after, hunk.rightStart, hunk.rightEnd, this.#lexicon))) return { kind: 'different', reason: `identifier ${difference.notes.join(', ')}` };
      // A value the answer carries as typed: a keyword to target, a filter's value in a query over data.
      if (difference.kind === 'accepted' && difference.notes.some(isWordFormNote) && (inLiteralPosition(before, hunk.leftStart, hunk.leftEnd) || inLiteralPosition(after, hunk.rightStart, hunk.rightEnd))) return { kind: 'different', reason: `literal ${difference.notes.join(', ')}` };
      if (difference.kind === 'accepted' && difference.notes.length > 0 && wordAskedAbout(hunk, before, after, difference.notes, this.#lexicon)) return { kind: 'different', reason: `word asked about: ${difference.notes.join(', ')}` };
      // A tens word read as its digits beside a ones word: "fifty five gallon drums" (55) / "50 five gallon drums" (a
      // red team on numbers, session 33).
      if (difference.kind === 'accepted' && difference.notes.some((note) => note.startsWith(NUMBER_IN_WORDS_NOTE)) && (inCompoundNumber(before.tokens, hunk.leftStart, hunk.leftEnd) || inCompoundNumber(after.tokens, hunk.rightStart, hunk.rightEnd))) return { kind: 'different', reason: `number inside a compound number: ${difference.notes.join(', ')}` };
      // Both forms set side by side on one side, one form twice on the other: "bytes or byte: which one?" / "byte or byte".
      if (difference.kind === 'accepted' && difference.notes.some(isWordFormNote) && (setBesideOtherForm(before.tokens, hunk, 'left', this.#lexicon) || setBesideOtherForm(after.tokens, hunk, 'right', this.#lexicon))) return { kind: 'different', reason: `forms set side by side: ${difference.notes.join(', ')}` };
      if (difference.kind === 'accepted' && difference.notes.some((note) => note.startsWith('spelling ')) && (namesInstitution(before.tokens, hunk.leftEnd) || namesInstitution(after.tokens, hunk.rightEnd))) return { kind: 'different', reason: `name ${difference.notes.join(', ')}` };
      // A listed synonym in another of its senses: "fix the price" / "repair …", "Is the water hard?" / "… difficult?".
      if (difference.kind === 'accepted' && difference.notes.some((note) => note.startsWith('synonym ')) && (!synonymFitsContext(before.tokens, hunk.leftStart, hunk.leftEnd, this.#lexicon, this.#shared) || !synonymFitsContext(after.tokens, hunk.rightStart, hunk.rightEnd, this.#lexicon, this.#shared))) {
        open.push({ reason: `synonym in another sense: ${difference.notes.join(', ')}`, decisive: true });
        continue;
      }
      // A title's words are the title: "who sings kids" / "… children" are two songs.
      if (difference.kind === 'accepted' && difference.notes.some((note) => note.startsWith('synonym ')) && (inTitlePosition(before.tokens, hunk.leftStart, hunk.leftEnd) || inTitlePosition(after.tokens, hunk.rightStart, hunk.rightEnd))) {
        open.push({ reason: `synonym in a title: ${difference.notes.join(', ')}`, decisive: true });
        continue;
      }
      if (difference.kind === 'accepted' && difference.notes.some((note) => note.startsWith('synonym ')) && (inCompound(before.tokens, hunk.leftStart, hunk.leftEnd, this.#lexicon) || inCompound(after.tokens, hunk.rightStart, hunk.rightEnd, this.#lexicon))) {
        open.push({ reason: `synonym in a compound: ${difference.notes.join(', ')}`, decisive: true });
        continue;
      }
      // Both words named in the text both share, as two things ("Drink sizes: Large (16 oz) $3.50, Big (32 oz) $4.25" —
      // "How much is a big coffee?" / "… a large coffee?"; a red team on shared contexts, session 45: 320 of 816 served).
      // Also where a form of each is named (Kids / children, Big / larger), or where the instructions, earlier turns or
      // tool results both texts are read in list the two as two items (SharedWords.listsApart; a red team, session 57:
      // 80 of 106 served).
      if (difference.kind === 'accepted' && difference.notes.some((note) => note.startsWith('synonym ')) && ((namedOutside(before.tokens, hunk.leftStart, hunk.leftEnd, right, this.#lexicon) && namedOutside(after.tokens, hunk.rightStart, hunk.rightEnd, left, this.#lexicon)) || listedApart(this.#shared, left, right, before.tokens, after.tokens))) {
        open.push({ reason: `synonyms both named in the text: ${difference.notes.join(', ')}`, decisive: true });
        continue;
      }
      if (difference.kind === 'accepted') for (const note of difference.notes) accepted.push(note); // not push(...): 100k notes overflow the stack
      else open.push({ reason: difference.reason, decisive: difference.kind === 'blocking' });
    }
    if (open.length === 0) return same(accepted);
    // One sibling, unknown word or modifier and nothing else: that change is the question ("dog"/"cat",
    // "+in French"). Several unexplained changes are a rewording.
    if (open.length === 1 && open[0]!.decisive) return { kind: 'different', reason: open[0]!.reason };
    if (Math.min(before.tokens.length, after.tokens.length) > CONTEXT_TOKENS) return { kind: 'different', reason: 'context-only-match' };
    return { kind: 'undecided', reason: open.find((item) => !item.decisive)?.reason ?? 'reworded' };
  }

  /** The query folded (look-alikes.ts), kept for the next call: a lookup verifies up to 8 candidates against it. */
  #foldQuery(text: string): FoldedText {
    if (this.#lastQuery?.typed === text) return this.#lastQuery.folded;
    const folded = foldLookAlikes(text);
    this.#lastQuery = { typed: text, folded };
    return folded;
  }

  /** The text's prepared side, from the cache when it was prepared lately. Callers never modify it. */
  #prepare(text: string): PreparedSide {
    const cached = this.#prepared.get(text);
    if (cached !== undefined) {
      this.#prepared.delete(text);
      this.#prepared.set(text, cached);
      return cached;
    }
    const side = markNonArticles(prepareSide(verifyTokens(text), { partsOfSpeech: this.#lexicon }), this.#lexicon);
    if (text.length > PREPARED_CACHE_CHARACTERS / 10) return side;
    this.#prepared.set(text, side);
    this.#preparedCharacters += text.length;
    for (const [oldest] of this.#prepared) {
      if (this.#preparedCharacters <= PREPARED_CACHE_CHARACTERS) break;
      this.#prepared.delete(oldest);
      this.#preparedCharacters -= oldest.length;
    }
    return side;
  }
}

/**
 * Whether the words from `start` to `end` stand inside running words of a sentence: a word follows in the same sentence,
 * and neither the word before is one of mentioning ("type", "changing", "between") nor the word after one that talks
 * about a word ("in", "instead", "as", "means"): "What are teh signs?" but not "Count occurrences of teh in this text"
 * or "My phone keeps changing thta to that" (a hostile review, session 40).
 */
function inRunningText(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): boolean {
  const next = tokens[end];
  const previous = tokens[start - 1];
  if (next?.kind !== 'word' || next.sentenceStart || AFTER_A_MENTION.has(next.key.toLowerCase())) return false;
  // A determiner stands before what it determines ("teh signs", not "Why is teh a meme?", "does teh appear").
  const word = tokens.slice(start, end).map((token) => token.key.toLowerCase()).join(' ');
  const following = next.key.toLowerCase();
  if (DETERMINER_SLIPS.has(word) && (FUNCTION_WORDS.has(following) || (lexicon.isWord(following) && (lexicon.modifierShare(following) ?? 0) < 0.3 && (!lexicon.canBeNoun(following) || (lexicon.nounShare(following) ?? 1) < 0.3)))) return false;
  // Nor after a word that makes it the thing talked about ("Why is adn a meme?", "does teh appear", "the teh meme").
  if (previous?.kind === 'word' && (DETERMINER_SLIPS.has(word) ? ARTICLE_WORDS.has(previous.key.toLowerCase()) : BEFORE_A_SUBJECT.has(previous.key.toLowerCase()))) return false;
  return previous === undefined || previous.kind !== 'word' || !BEFORE_A_MENTION.has(previous.key.toLowerCase());
}
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Whether the words from `start` to `end` are named as words: after a word of mentioning ("type", "spell", "between")
 * or before one that compares or defines them ("instead", "means", "vs"). Looser than inRunningText, which also
 * takes "the teh meme" or a word closing its sentence for a mention.
 */
function mentionedAsWord(tokens: readonly Token[], start: number, end: number): boolean {
  const [previous, next] = [tokens[start - 1], tokens[end]];
  return (previous?.kind === 'word' && NAMING_BEFORE.has(previous.key.toLowerCase())) || (next?.kind === 'word' && !next.sentenceStart && NAMING_AFTER.has(next.key.toLowerCase()));
}
// Not "use", "say", "fix", "or", "as", which ordinary sentences put there ("Should I use seperate cutting boards?", "Is
// it neccessary or just nice?": a review of the first version).
const NAMING_BEFORE: ReadonlySet<string> = new Set(['type', 'types', 'typing', 'typed', 'write', 'writes', 'writing', 'wrote', 'spell', 'spells', 'spelling', 'spelled', 'spelt', 'word', 'words', 'term', 'between', 'autocorrect', 'autocorrects', 'replace', 'replaces', 'replacing', 'replaced']);
const NAMING_AFTER: ReadonlySet<string> = new Set(['instead', 'means', 'mean', 'meant', 'vs', 'versus', 'becomes', 'became']);

/**
 * Whether a text's other words make a word's letters matter, as a listed misspelling (Lexicon.isListedMisspelling) is
 * taken only where they do not: a judgement of the writing ("Is arguement considered a mistake?", "Rate my tweet"), a
 * search or a name of data ("Why can't Ctrl+F find arguement?", "the column is enviroment", "Is the username arguement
 * taken?"), a package's ("Is playright safe to install?"), or letters worked on ("Unscramble arguement", "Reverse
 * seperate.", "Is neccessary a strong password?", "a good name for a startup"). Two reviews told to break the rule,
 * session 58: 164 of 246 and 42 of 152 such judgements served by the list. The changed words themselves are not cues
 * ("the nearest libary"); a language's name is one only beside its speakers, its words or a class ("My German boss thinks
 * my plan is findig"), not before a dish ("Greek yogurt", "French toast").
 */
function lettersMatterAround(text: string, changed: readonly Token[]): boolean {
  const own = new Set(changed.map((token) => token.key.toLowerCase()));
  // A text that holds both forms asks about them ("Is it necessary or neccessary?").
  const lower = text.toLowerCase();
  if (own.size > 1 && [...own].every((word) => lower.includes(word))) return true;
  for (const match of text.matchAll(LETTERS_MATTER)) if (!own.has(match[0].toLowerCase())) return true;
  // A letter named alone ("Why is there no e in arguement?", "… have an o"), not "a" or "I".
  return LONE_LETTER.test(text);
}
const LONE_LETTER = /(?<![^\s"'(“‘])[b-hj-z](?=[\s"'),.?!:;”’]|$)/iu;
/**
 * Whether the one word from `start` to `end` stands where a month does: after "in", "since", "early"… with nothing after it
 * that makes it a verb's or an adjective's ("in may it ruin", "in august company"), or with a day's number after "on",
 * "by", "from"… ("on march 3", "by 3 may"; not "to march 20", "chapter 3 may").
 */
function inMonthSlot(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const [before, previous, next, afterNext] = [tokens[start - 2], tokens[start - 1], tokens[end], tokens[end + 1]];
  const word = (token: Token | undefined) => (token?.kind === 'word' ? token.key.toLowerCase() : undefined);
  const day = (token: Token | undefined) => token?.kind === 'number' && /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/u.test(token.text);
  const nextWord = word(next);
  const closes = next === undefined || next.sentenceStart || (nextWord === undefined ? !day(next) || afterNext?.kind !== 'word' : AFTER_A_MONTH.has(nextWord));
  if (BEFORE_A_MONTH.has(word(previous) ?? '')) return closes;
  if (day(previous)) return before === undefined || BEFORE_A_DATE.has(word(before) ?? '');
  return day(next) && afterNext?.kind !== 'word' && (previous === undefined || BEFORE_A_DATE.has(word(previous) ?? ''));
}
const AFTER_A_MONTH: ReadonlySet<string> = new Set(['and', 'or', 'but', 'of', 'in', 'at', 'for', 'to', 'this', 'next', 'last', 'when', 'while', 'because', 'so']);
const BEFORE_A_DATE: ReadonlySet<string> = new Set(['on', 'by', 'from', 'until', 'till', 'since', 'before', 'after', 'of', 'the']);

/** Whether a product's name stands where a product does: after "in", "use", "with"…, or before a word of computing. */
function inProductSlot(tokens: readonly Token[], start: number, end: number): boolean {
  const [previous, next] = [tokens[start - 1], tokens[end]];
  return (previous?.kind === 'word' && BEFORE_A_PRODUCT.has(previous.key.toLowerCase())) || (next !== undefined && (next.kind === 'code' || namesProgramming(next) || (next.kind === 'word' && COMPUTING_TASK_WORDS.has(next.key.toLowerCase()))));
}
const BEFORE_A_PRODUCT: ReadonlySet<string> = new Set(['in', 'into', 'with', 'using', 'use', 'on', 'via', 'learn', 'learning', 'install', 'installed', 'installing', 'uninstall', 'open', 'configure', 'update', 'upgrade']);

/**
 * Whether a text holds code or names data or a pattern, where a hyphen may be a minus or part of a name: a token of code,
 * a name of computing (namesComputingBeside), or words of names and patterns ("regex", "selector", "domain", "branch").
 */
function holdsCodeOrData(tokens: readonly Token[], text: string): boolean {
  return namesComputingBeside(tokens, 0, 0) || CODE_OR_DATA_WORDS.test(text);
}
const CODE_OR_DATA_WORDS = /\b(?:regex\w*|patterns?|selectors?|css|domains?|branch\w*|urls?|usernames?|file\s*names?|folders?|director(?:y|ies)|hashtags?|slugs?|variables?|columns?|fields?|keys?|commands?|arguments?|tokens?|formulas?|excel|sheets?|cells?|equations?|derivatives?|integrals?|integrate|simplify|evaluate|plot|graph|minus|subtract\w*)\b/i;
// Not "next", "last", "this", "every", after which "may" is as often the verb ("What comes next may surprise you").
const BEFORE_A_MONTH: ReadonlySet<string> = new Set(['in', 'during', 'until', 'till', 'since', 'early', 'late', 'mid', 'through', 'throughout']);

/**
 * Whether a text names computing outside the words from `start` to `end`: a token of code, a programming language's or
 * tool's name (namesProgramming), or a word only computing's tasks use ("install", "repo", "commit", "browser").
 */
function namesComputingBeside(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some((token, index) => (index < start || index >= end) && (token.kind === 'code' || namesProgramming(token) || (token.kind === 'word' && COMPUTING_TASK_WORDS.has(token.key.toLowerCase()))));
}
const COMPUTING_TASK_WORDS: ReadonlySet<string> = new Set([
  'install', 'installed', 'installing', 'uninstall', 'deploy', 'deployed', 'deploying', 'configure', 'config', 'upgrade', 'compile', 'commit', 'commits',
  'repo', 'repository', 'branch', 'clone', 'container', 'containers', 'browser', 'extension', 'extensions', 'spreadsheet', 'spreadsheets', 'formula',
  'vlookup', 'macro', 'macros', 'plugin', 'plugins', 'ubuntu', 'linux', 'macos', 'npm', 'pip', 'cli', 'terminal', 'localhost', 'api',
  'windows', 'macbook', 'cache', 'cookies', 'hooks', 'component', 'components', 'props', 'workbook', 'worksheet', 'worksheets', 'pivot', 'tabs',
  'bookmarks', 'dataframe', 'csv', 'json', 'gpu', 'cpu', 'jsx', 'html', 'css', 'javascript', 'typescript', 'python', 'github', 'dockerfile',
]);

/**
 * Whether the one word from `start` to `end` is a verb in its base form or an adverb, and no noun, right after a
 * determiner or a preposition, where a name stands: "a scorer for evalite" is no "… for evaluate" misspelt (a package's
 * name; a review told to break the listed misspellings, session 58).
 */
function verbInNounSlot(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): boolean {
  const [token, previous] = [tokens[start], tokens[start - 1]];
  if (end - start !== 1 || token?.kind !== 'word' || previous?.kind !== 'word' || !NOUN_SLOT_OPENERS.has(previous.key.toLowerCase())) return false;
  const word = token.key.toLowerCase();
  if (!lexicon.isWord(word) || lexicon.canBeNoun(word)) return false;
  return (lexicon.canBeVerb(word) && !/(?:ed|ing|s)$/u.test(word)) || word.endsWith('ly');
}
// With "is", "does"… before it the word is a subject ("Why is iterare slower?", "Does simpy support …?": packages).
const NOUN_SLOT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that', 'these', 'those', 'for', 'of', 'with', 'about', 'from', 'by', 'on', 'in', 'at', 'into', 'is', 'are', 'was', 'were', 'does', 'did']);
const LETTERS_MATTER = new RegExp(
  String.raw`\b(?:mistakes?|errors?|typos?|misspel\w*|spell\w*|wrong(?:ly)?|incorrect(?:ly)?|correct(?:ly|ed|ion)?|scams?|spam\w*|phish\w*|tattoo\w*|trademark\w*|brand(?:ed|ing|s)?|logos?|menus?|signs?|signage|headlines?|slogans?|taglines?|usernames?|handles?|hashtags?|domains?|available|availability|taken|search\w*|find|finds|found|grep|ripgrep|ctrl|occurrences?|results|hits|columns?|fields?|keys?|headers?|tags?|options?|dropdown|labels?|values?|variables?|dictionar(?:y|ies)|merriam|webster|oxford|grammarly|autocorrect\w*|unscrambl\w*|anagrams?|acrostic|caesar|cipher|ipa|pronounc\w*|rhym\w*|letters?|notic\w*|catch|flag\w*|points|words?|terms?|variants?|install\w*|maintain\w*|dependenc\w*|lockfile|node_modules|registry|malware|malicious|typosquat\w*|packages?|modules?|plugins?|repos?|repository|github|npm|pip|pypi|crates?|gems?|librar(?:y|ies)|alternatives?|rate|review|feedback|bios?|tweets?|captions?|catchy|resume|cv|manuscript|essay|proofread\w*|grammar\w*|revers\w*|sort\w*|characters?|chars|hash\w*|sha(?:-?\d+)?|md5|encod\w*|encrypt\w*|passwords?|passphrases?|(?:brand|domain|user|company|startup|product|business|good|catchy|cool|instagram|tiktok|twitter|youtube|channel|pet|band|baby)\s+names?|names?\s+for\s+(?:a|an|my|our|the)|name\s+(?:my|our|his|her|their)|mentions?|mentioned|quot\w*|length|longer|shorter|counts?|counting|vowels?|syllables?|palindromes?|scrambl\w*|split|halves|half|alphabetic\w*|bold|italic\w*|underlin\w*|highlight\w*|capitali[sz]\w*|uppercase|lowercase|sentences?|phrases?|text|(?:english|french|spanish|german|italian|latin|dutch|portuguese|arabic|russian|polish|greek|turkish|japanese|chinese|korean|hindi)\s+(?:form|words?|spelling|version|equivalent|friends?|colleagues?|coworkers?|boss|teachers?|tutors?|class|classes|lessons?|partner|wife|husband|girlfriend|boyfriend|mother|father|mom|dad|neighbou?r|speakers?|people|texts?|messages?|sentences?|phrases?|expressions?|slang|sayings?|terms?)|in\s+(?:french|spanish|german|italian|latin|dutch|portuguese|arabic|russian|polish|greek|turkish|japanese|chinese|korean|hindi)|dialects?)\b`,
  'giu',
);
/** Whether a token can be a verb's subject: a pronoun, a name, or a noun that is no word of grammar ("manager", "ex", "Anna"). */
function isSubject(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const token = tokens[at];
  if (token?.kind !== 'word') return false;
  const lower = token.key.toLowerCase();
  if (SUBJECT_PRONOUNS.has(lower)) return true;
  if (FUNCTION_WORDS.has(lower) || AUXILIARY_VERBS.has(lower)) return false;
  // After "does" the verb is bare either way ("Why does my back hurt(s)?"; a break test, session 52).
  for (let back = at - 1; back >= Math.max(0, at - 3); back--) if (DO_SUPPORT.has(tokens[back]!.key.toLowerCase())) return false;
  if (/^\p{Lu}\p{Ll}+$/u.test(token.text) && !token.sentenceStart) return true;
  // A noun after "my", "the", "our": "My back hurt", "My coworker put"; not a noun modifying the next ("user input(s)",
  // "carbon offset(s)", "hair cut(s)").
  const determiner = tokens[at - 1]?.kind === 'word' && SUBJECT_DETERMINERS.has(tokens[at - 1]!.key.toLowerCase());
  return determiner && (!lexicon.isWord(lower) || lexicon.canBeNoun(lower));
}
const DO_SUPPORT: ReadonlySet<string> = new Set(['do', 'does', 'did', 'to']);
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set([...POSSESSIVES, 'the', 'a', 'an', 'this', 'that']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'who', 'that', 'which', 'one', 'everyone', 'someone', 'nobody', 'somebody', 'everybody', 'anyone']);
/** A possessive determiner or a noun with "'s" ("my", "friend's"). */
function isPossessive(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const lower = token.key.toLowerCase();
  return (token.kind === 'word' && POSSESSIVES.has(lower)) || /^(?:\p{L}*)['’]s$/u.test(lower);
}
const BEFORE_A_SUBJECT: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'the', 'a', 'an', 'of', 'about']);
/** Listed slips of determiners, which stand before a noun or its adjective. */
const DETERMINER_SLIPS: ReadonlySet<string> = new Set(['the', 'teh', 'hte', 'their', 'thier', 'your', 'yoru']);
const AFTER_A_MENTION: ReadonlySet<string> = new Set(['in', 'instead', 'as', 'means', 'mean', 'meant', 'to', 'into', 'vs', 'versus', 'or', 'becomes', 'became', 'for', 'like', 'of']);
const BEFORE_A_MENTION: ReadonlySet<string> = new Set([
  'type', 'types', 'typing', 'typed', 'write', 'writes', 'writing', 'wrote', 'change', 'changes', 'changing', 'changed', 'replace', 'replaces',
  'replacing', 'replaced', 'spell', 'spells', 'spelling', 'spelled', 'spelt', 'say', 'says', 'saying', 'word', 'words', 'term', 'flag', 'flags',
  'between', 'autocorrect', 'autocorrects', 'correct', 'corrects', 'fix', 'fixes', 'use', 'uses', 'using',
]);

/** Whether a side has a capital in any word (once per token list). */
function typesCapitals(tokens: readonly Token[]): boolean {
  let found = TYPES_CAPITALS.get(tokens);
  if (found === undefined) TYPES_CAPITALS.set(tokens, (found = tokens.some((token) => token.kind === 'word' && /\p{Lu}/u.test(token.text))));
  return found;
}
const TYPES_CAPITALS = new WeakMap<readonly Token[], boolean>();

/**
 * Whether the word at `at` is counted as a thing by "a" or "an" before it, with no noun after it: there a product's
 * or a language's name typed in lowercase is the common noun ("How do I kill a python?" the snake, "Is an android
 * conscious?" the robot), while "a Python script", "an Android phone" name the product either way.
 */
function countedAsCommonNoun(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const [article, word, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  if (article?.kind !== 'word' || word?.kind !== 'word' || !/^an?$/iu.test(article.key)) return false;
  // Read on the side that typed the name in lowercase, and only where that side capitalises elsewhere: a text all in
  // lowercase says nothing by its case ("how do i connect airpods to an android").
  if (!/^\p{Ll}/u.test(word.text) || !typesCapitals(tokens)) return false;
  return !(next?.kind === 'word' && !next.sentenceStart && !FUNCTION_WORDS.has(next.key.toLowerCase()) && (lexicon.nounShare(next.key) ?? 0) >= 0.5);
}

/**
 * Whether "Which" on one side stands for "What" on the other before the same word, a kind of thing either way:
 * "Which countries border Germany?" / "What countries …", "Because I travel often, which phone plan is best?" /
 * "… what phone plan …". Not before a choice among given things ("Which one", "Which of", "Which is better, tea
 * or coffee?" / "What is better …"). The other side's "What" shows that the "which" opens a question, not a
 * relative clause ("the emails which mention …").
 */
function whichForWhat(left: readonly Token[], right: readonly Token[], next: Token | undefined, previous: Token | undefined): boolean {
  if (left.length !== 1 || right.length !== 1 || left[0]!.kind !== 'word' || right[0]!.kind !== 'word') return false;
  const pair = `${left[0]!.key.toLowerCase()}/${right[0]!.key.toLowerCase()}`;
  // Not the object of a verb of wording ("How do you say which in German?", "Translate which to Spanish", "What's
  // which in Spanish?"): there the word itself is asked about.
  if (previous?.kind === 'word' && WORDING_BEFORE_WHICH.has(previous.key.toLowerCase())) return false;
  return (pair === 'which/what' || pair === 'what/which') && next?.kind === 'word' && !NOT_AFTER_WHICH.has(next.key.toLowerCase());
}
const WORDING_BEFORE_WHICH: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'write', 'writes', 'written', 'spell', 'spells', 'spelled', 'spelt', 'pronounce', 'pronounced', 'translate', 'translated',
  'type', 'typed', 'use', 'using', 'mean', 'means', 'meant', 'is', 'word', 'called', 'sign', 'signs', 'of', 'between',
]);
/**
 * Whether the only change is faces, hands or hearts at the start or the end of one side of a question or a
 * request, where the other side has no emoji and nothing points at them: "How do I stop procrastinating 😩" / "…
 * procrastinating", "🙏 How do I get rid of hiccups?". Not other pictographs, which may name the thing asked about
 * ("Best food to feed my pet 🐢", "🐍 how do I reverse a list", "Guess the movie 🦁👑", "… mutable ❌"), not a
 * statement, where a face may turn it to sarcasm ("I love Mondays 🙄"), nor "What does this emoji mean? 🥺",
 * "Translate to words: 😂".
 */
function decorativeEmoji(hunk: Hunk, left: readonly Token[], right: readonly Token[], before: PreparedSide, after: PreparedSide, query: string, candidate: string, lexicon: Lexicon): boolean {
  // `before` is the candidate's side, `after` the query's; the side with emoji may also differ from the other in
  // the case of the word next to them ("🙏 How do I …" keeps "How" as typed after the emoji).
  const decorated = (tokens: readonly Token[], others: readonly Token[], start: number, end: number, length: number) => {
    let lead = 0;
    while (start === 0 && lead < tokens.length && EMOJI.test(tokens[lead]!.text)) lead++;
    let trail = 0;
    while (end === length && trail < tokens.length - lead && EMOJI.test(tokens[tokens.length - 1 - trail]!.text)) trail++;
    const rest = tokens.slice(lead, tokens.length - trail);
    return lead + trail > 0 && rest.length === others.length && rest.every((token, index) => token.key.toLowerCase() === others[index]!.key.toLowerCase());
  };
  const own = decorated(left, right, hunk.leftStart, hunk.leftEnd, before.tokens.length) ? candidate : decorated(right, left, hunk.rightStart, hunk.rightEnd, after.tokens.length) ? query : undefined;
  if (own === undefined) return false;
  const other = own === candidate ? query : candidate;
  const side = own === candidate ? before : after;
  const emoji = [...own.matchAll(EVERY_EMOJI)].map((match) => match[0]);
  if (!emoji.every((one) => FEELING_EMOJI.test(one)) || !isQuestionOrRequest(side, own)) return false;
  // After a word that wants its object, the emoji is the object ("What emotion is 😤", "… return 2 for 😀"); not
  // after the sentence's end mark ("Who should I talk to? 🙂", "Summarize the causes of World War I. 😊").
  // A face closing a text pasted below a question about it is the text's own ("Is the customer upset?\n\nSure, cancel
  // my order 😡").
  if (ANY_EMOJI.test(pastedPart(own))) return false;
  const said = own.slice(0, own.search(ANY_EMOJI));
  if (judgesTextAfterQuestion(said)) return false;
  const last = side.tokens.findLast((token) => token.kind === 'word');
  if (last !== undefined && EMOJI.test(side.tokens.at(-1)!.text) && FUNCTION_WORDS.has(last.key.toLowerCase()) && !/[?.!？。！]\s*$/u.test(said)) return false;
  if (emojiTellsState(said, emoji)) return false;
  return !ANY_EMOJI.test(other) && !emojiAskedAbout(own, side, lexicon) && !/[:=]\s*$/u.test(said) && !SENT_BEFORE_EMOJI.test(said) && !WORDS_WRITTEN_BEFORE.test(said) && !(WRITING_FOR_A_TONE.test(said) && emoji.some((one) => !ASKING_EMOJI.has(one)));
}
/**
 * Whether the emoji say what the request is to fit: the asker's mood where a feeling is asked about or something is
 * picked for the asker ("Recommend a movie for how I feel 😭", "Describe my mood 😡", "Recommend a gift for my friend
 * 💔"), a colour where one is chosen ("Suggest a paint color for my bedroom 💚"), the cold or the heat where clothes or
 * the day are ("Suggest an outfit for today 🥶"). A red team on symbols, session 56: 16 of 20 such requests served.
 * Not "🙏", which asks.
 */
function emojiTellsState(said: string, emoji: readonly string[]): boolean {
  const telling = emoji.filter((one) => !ASKING_EMOJI.has(one));
  if (telling.length === 0) return false;
  if (FEELING_ASKED.test(said) || (CHOOSING_FOR_ASKER.test(said) && ASKER_WORDS.test(said))) return true;
  if (telling.some((one) => COLOURED_HEARTS.test(one)) && COLOUR_CHOSEN.test(said)) return true;
  return telling.some((one) => TEMPERATURE_FACES.test(one)) && WEATHER_FITTED.test(said);
}
const FEELING_ASKED = /\b(?:feel|feels|feeling|feelings|mood|moods|emotions?|emotional|vibes?)\b/iu;
const CHOOSING_FOR_ASKER = /\b(?:recommend|suggest|pick|choose|plan|find|describe)\b/iu;
const ASKER_WORDS = /\b(?:me|my|i|i'm|im|us|our)\b/iu;
const COLOURED_HEARTS = /^(?:[💙💚💛💜🧡🖤🤍🤎🩷🩵🩶❤♥]|❤️)/u;
const COLOUR_CHOSEN = /\b(?:colou?rs?|paint|shade|palette|theme|outfit|wear|dress|clothes|decor\w*|flowers?|cake)\b/iu;
const TEMPERATURE_FACES = /^[🥶🥵]/u;
const WEATHER_FITTED = /\b(?:wear|outfit|clothes|clothing|dress|weather|today|tonight|tomorrow|drink|eat|food|meal|activity|activities|do)\b/iu;
/** The greetings, thanks and apologies set aside in a side, not "please" (which asks, and is never the wording judged): one side with some and the other with none. */
function courtesyOf(side: PreparedSide): string {
  return side.filler.filter((phrase) => !ASKING_FILLER.has(phrase)).join('|');
}
const ASKING_FILLER: ReadonlySet<string> = new Set(['please', 'kindly', 'pls', 'plz']);
/** A question about how "this" wording comes across: its courtesy is part of what is judged. */
const JUDGES_THIS =
  /\b(?:like (?:this|that)(?=\s*[?.!]*\s*$)|this (?:greeting|opening|opener|salutation|sign-?off|closing)|(?:is|was) (?:this|that) (?:(?:too|a bit|overly|very|kind of) )?(?:rude|polite|impolite|casual|informal|formal|professional|unprofessional|friendly|appropriate|inappropriate|weird|awkward|cringe|gender[- ]neutral|sexist|offensive|passive[- ]aggressive|blunt)|(?:does|do) (?:this|that) (?:sound|come across)|how (?:does|do) (?:this|that) (?:sound|come across|read)|(?:is|was) (?:this|that) an? (?:good|bad|fine|okay|ok|polite|professional|proper|weird|nice|right) way to (?:open|start|begin|end|close|sign off|greet|reply|answer))\b/iu;

/** Emoji that ask or thank rather than set a tone ("Create a table for blog posts 🙏"). */
const ASKING_EMOJI: ReadonlySet<string> = new Set(['🙏', '🙏🏻', '🙏🏼', '🙏🏽', '🙏🏾', '🙏🏿']);
/**
 * A request for a text whose tone a feeling emoji sets (a red team, session 28): "Write a Yelp review for the hotel
 * 🤮" / "… 😍", "Write a eulogy for my grandpa 😂", "Make up a story about a clown 😱", a message to pass on ("Tell my
 * friend I can't come to the party 😢"), a quote, a script, a dialogue, an excuse, a rewritten bio (a red team on tone,
 * session 41: "Give me a motivational quote 😂", "Rewrite my dating bio 😜"; "make" and "rewrite" only opening the
 * request, not "How do I make sticky notes 😅"). Not a request for code or an explanation ("Write a function that
 * sorts a list 😊").
 */
const WRITING_FOR_A_TONE =
  /\btell\s+(?:my|our|his|her|their|him|them)\b|(?:^\s*(?:please\s+)?(?:make|rewrite|redo|rephrase|help\s+me\s+with|can\s+i\s+get)|\b(?:write|writing|compose|draft|make\s+up|come\s+up\s+with|create|generate|craft|give\s+me|tell\s+me|send\s+me|suggest))\b[^.?!\n]{0,80}?\b(?:reviews?|story|stories|poems?|haikus?|limericks?|messages?|notes?|texts?|tweets?|posts?|captions?|bios?|eulog(?:y|ies)|speech(?:es)?|toasts?|songs?|lyrics|letters?|e-?mails?|cards?|jokes?|repl(?:y|ies)|responses?|comments?|descriptions?|slogans?|taglines?|raps?|verses?|odes?|sonnets?|announcements?|essays?|paragraphs?|blurbs?|pitch(?:es)?|wish(?:es)?|greetings?|invitations?|apolog(?:y|ies)|obituar(?:y|ies)|vows?|scripts?|prayers?|riddles?|skits?|monologues?|dialogues?|pick-?up\s+lines?|quotes?|rants?|pep\s+talks?|jingles?|chants?|horoscopes?|ads?|adverts?|advertisements?|excuses?|nicknames?|profiles?|puns?|roasts?|memes?|rhymes?|love\s+notes?|shout-?outs?|one-?liners?|dedications?|intros?|outros?|breakup\s+lines?|pick-?up\s+lines?)\b/iu;
/**
 * A verb of sending right before an emoji that ends the text, with up to five words of its own: the emoji is what is
 * sent ("Is it weird to text my crush 😘", "Is it unprofessional to sign off an email to a client 🙂").
 */
// "answered", "wrote back", "said" before the words someone wrote, with its face (an attack on the verifier's acceptances,
// session 46: "Is he mad if he answered fine 🙂" / "… fine"); not "my boss wrote me at midnight 🙄", the asker's face.
/**
 * "Give me", "Provide", "Tell me", "Show me" opening a request for a piece of information: one request ("Give me a
 * summary of The Great Gatsby." / "Provide a summary …" / "Tell me a summary …"; a red team on rewordings, session 46:
 * 128 of 128 refused). Only before a noun of INFORMATION ("a list", "some tips", "an example"); not idioms ("Give me a
 * break", "Show me the door", "Tell me off", "Give me a hand").
 */
function givingVerbSwap(hunk: Hunk, left: readonly Token[], right: readonly Token[], leftSide: PreparedSide, rightSide: PreparedSide): boolean {
  const verb = (tokens: readonly Token[], side: PreparedSide, start: number): string | undefined => {
    const words = tokens.map((token) => token.key.toLowerCase());
    // "Tell me" set aside as politeness where the text opens: nothing left of it in the tokens.
    if (words.length === 0) return start === 0 && side.filler.some((phrase) => phrase === 'tell me') ? 'tell' : undefined;
    if (words.length > 2 || (words.length === 2 && words[1] !== 'me') || !GIVING_VERBS.has(words[0]!)) return undefined;
    return start === 0 || side.tokens[start]!.sentenceStart ? words[0] : undefined;
  };
  const [one, other] = [verb(left, leftSide, hunk.leftStart), verb(right, rightSide, hunk.rightStart)];
  if (one === undefined || other === undefined || one === other) return false;
  const informs = (side: PreparedSide, at: number) => {
    let next = at;
    if (side.tokens[next]?.key.toLowerCase() === 'me') next++;
    for (let words = 0; words < 3 && side.tokens[next]?.kind === 'word' && !INFORMATION.has(side.tokens[next]!.key.toLowerCase()); words++) next++;
    const noun = side.tokens[next]?.key.toLowerCase() ?? '';
    return INFORMATION.has(noun) && !((one === 'show' || other === 'show') && !SHOWN.has(noun));
  };
  return informs(leftSide, hunk.leftEnd) && informs(rightSide, hunk.rightEnd);
}
const GIVING_VERBS: ReadonlySet<string> = new Set(['give', 'provide', 'tell', 'show']);
// Not "quote" ("Give me a quote for a kitchen remodel" asks a price; a third hostile review) nor "tip" ("Give me a tip
// for the waiter"; a fourth).
const INFORMATION: ReadonlySet<string> = new Set([
  'summary', 'list', 'overview', 'example', 'examples', 'tips', 'recipe', 'recipes', 'definition', 'explanation', 'description', 'breakdown',
  'outline', 'rundown', 'ideas', 'suggestions', 'advice', 'synopsis', 'recap', 'timeline', 'comparison', 'steps', 'guide', 'checklist', 'facts',
  'fact', 'names', 'options', 'reasons', 'ways', 'history', 'pros', 'benefits', 'summaries',
]);
/** What "show me" gives as the others do: an example, a recipe (not "the steps to the dance", which it demonstrates). */
const SHOWN: ReadonlySet<string> = new Set(['example', 'examples', 'recipe', 'list', 'overview', 'breakdown', 'timeline', 'comparison']);

/**
 * "e.g.", "eg", "for example", "for instance" before examples: one marker written four ways ("Name fruits high in vitamin
 * C, e.g. oranges." / "…, for example oranges."; a red team on rewordings, session 46: 60 of 60 refused). Not where
 * the abbreviation is asked about ("What does e.g. stand for?"), nor "i.e.", which says "that is".
 */
function exampleMarker(hunk: Hunk, left: readonly Token[], right: readonly Token[], leftSide: PreparedSide, rightSide: PreparedSide): boolean {
  // A marker is a few tokens: a long hunk is none, and the regex below retried from each space of a long run of them (10 s
  // on a 64 KB line of spaces; a review, session 51).
  if (left.length > MARKER_TOKENS || right.length > MARKER_TOKENS || [...left, ...right].some((token) => token.text.length > MARKER_CHARACTERS)) return false;
  const marker = (tokens: readonly Token[]) => tokens.map((token) => token.text.toLowerCase()).join(' ').replace(/\s*[.,:]\s*/gu, '').trim();
  const [one, other] = [marker(left), marker(right)];
  if (one === other || !EXAMPLE_MARKERS.has(one) || !EXAMPLE_MARKERS.has(other)) return false;
  // Set off as a marker, after a comma, a parenthesis or a dash: not "Can I start a sentence with e.g.?" (a hostile review).
  const setOff = (side: PreparedSide, start: number, tokens: readonly Token[]) =>
    /^[,(—–-]$/u.test(tokens[0]?.text ?? '') || (start < side.origin.length && /^[,(—–-]$/u.test(side.raw[side.origin[start]! - 1]?.text ?? ''));
  if (!setOff(leftSide, hunk.leftStart, left) || !setOff(rightSide, hunk.rightStart, right)) return false;
  return !asksAboutWords(leftSide.tokens, hunk.leftStart, hunk.leftEnd, false) && !asksAboutWords(rightSide.tokens, hunk.rightStart, hunk.rightEnd, false);
}
const EXAMPLE_MARKERS: ReadonlySet<string> = new Set(['e.g', 'eg', 'e.g.', 'for example', 'for instance']);
/** The most tokens a marker takes ("for", "example", ",": or "e", ".", "g", "."). */
const MARKER_TOKENS = 6;
const MARKER_CHARACTERS = 12;

/**
 * "In simple terms", "in simple words", "in simple language" closing a request to explain something: one way of asking
 * for a plain explanation ("Explain blockchain in simple terms." / "… in simple words."; a red team on rewordings,
 * session 46: 80 of 80 refused). Not "simply" (a hostile review: "Explain how to live simply"), nor in a text about
 * fractions or expressions, whose terms are theirs ("Write the fraction in simple terms").
 */
function simplyWorded(hunk: Hunk, left: readonly Token[], right: readonly Token[], leftTokens: readonly Token[], rightTokens: readonly Token[]): boolean {
  const phrase = (tokens: readonly Token[]) => tokens.map((token) => token.text.toLowerCase()).join(' ');
  // The phrase may begin before the hunk, in words both share ("in simple terms" / "in simple words").
  let shared = 0;
  while (shared <= 2 && !(PLAINLY.has(phrase(leftTokens.slice(hunk.leftStart - shared, hunk.leftEnd))) && PLAINLY.has(phrase(rightTokens.slice(hunk.rightStart - shared, hunk.rightEnd))))) shared++;
  if (shared > 2 || hunk.leftStart < shared || hunk.rightStart < shared || phrase(left) === phrase(right)) return false;
  const closes = (tokens: readonly Token[], end: number) => tokens[end] === undefined || (tokens[end]!.kind === 'punct' && endsSentence(tokens[end]!.text)) || tokens[end]!.sentenceStart;
  if (!closes(leftTokens, hunk.leftEnd) || !closes(rightTokens, hunk.rightEnd)) return false;
  const explains = (tokens: readonly Token[], start: number) => {
    for (let at = start - 1; at >= 0 && start - at <= PLAINLY_REACH; at--) {
      const token = tokens[at]!;
      if (token.kind === 'punct' && endsSentence(token.text)) return false;
      // "Explain how to write a children's story in simple words": how it is written, not how plainly explained.
      if (token.kind === 'word' && WORDING_ACTS.has(token.key.toLowerCase())) return false;
      if (token.kind === 'word' && EXPLAINING.has(token.key.toLowerCase())) return true;
    }
    return false;
  };
  if (aboutTerms(leftTokens) || aboutTerms(rightTokens)) return false;
  return explains(leftTokens, hunk.leftStart - shared) && explains(rightTokens, hunk.rightStart - shared);
}
// Not "simply", which may say how the thing explained is done ("Explain how to live simply"), nor "simpler"/"simplest"
// terms, a fraction's ("Explain how to write a fraction in simpler terms").
const PLAINLY: ReadonlySet<string> = new Set(['in simple terms', 'in simple words', 'in simple language', 'in plain words', 'in plain language']);
const EXPLAINING: ReadonlySet<string> = new Set(['explain', 'explained', 'explaining', 'describe', 'define', 'summarize', 'summarise']);
const PLAINLY_REACH = 24;
/** Whether a text names a fraction, a series or another thing of maths whose "terms" are its own; once per token list. */
function aboutTerms(tokens: readonly Token[]): boolean {
  return someTokenOnce(tokens, ABOUT_TERMS, (token) => token.kind === 'word' && TERMS_OF_MATHS.test(token.key));
}
const ABOUT_TERMS = new WeakMap<readonly Token[], boolean>();
const TERMS_OF_MATHS = /^(?:fractions?|ratios?|expressions?|equations?|polynomials?|simplif\w*|numerators?|denominators?|radicals?|series|sequences?|sums?|syllogisms?|lambda|premises?|logic)$/iu;
/** Between "explain" and the phrase, words that make it how something is worded: "how to write …", "talk to a toddler". */
const WORDING_ACTS: ReadonlySet<string> = new Set([
  'to', 'write', 'writing', 'speak', 'speaking', 'talk', 'talking', 'say', 'saying', 'spell', 'pronounce', 'communicate', 'teach', 'read', 'word',
  'phrase', 'compiler', 'interpreter', 'parser', 'language', 'syllable', 'syllables', 'draft', 'rewrite', 'translate',
  // "Explain why Hemingway wrote in simple words", "… why laws should be written in plain language".
  'wrote', 'written', 'drafted', 'printed', 'published', 'be', 'is', 'are', 'was', 'were',
]);

/**
 * The word a typing slip doubled on one side ("How How does compound interest work?", "What is is the boiling point of
 * water?"; a red team on rewordings, session 46: 209 of 265 such pairs refused): a grammar word of DOUBLED_SLIPS typed
 * twice in a row, where the other side has it once. Not a word asked about ("Is 'the the' a typo?" quotes it), nor
 * words that doubled say something ("had had", "no no", "so so", "bye bye").
 */
function doubledWord(run: DoubledRun): string | undefined {
  const { inserted, lower, tokens, at, start, end } = run;
  // Lowercase as a slip types it, or the sentence's first word typed again ("How How does …"): not a title ("The The").
  const retyped = tokens[at - 1]?.sentenceStart === true && tokens[at - 1]!.text === inserted.text && RETYPED_FIRST.has(lower);
  if (!(DOUBLED_SLIPS.has(lower) || retyped) || (inserted.text !== lower && !inserted.sentenceStart && at > 0 && !retyped)) return undefined;
  // Twice, not a stutter ("I I I am sorry"), and not a word asked about.
  if (end - start > 2 || asksAboutWords(tokens, at, at + 1, false)) return undefined;
  // Not closing the text, nor after "of", "from", "by": a name ("the lead singer of the the").
  if (end === tokens.length || /^(?:of|from|by)$/iu.test(tokens[start - 1]?.key ?? '')) return undefined;
  // "say by by", "wave by by to the guests": bye-bye (a hostile review, session 47).
  if (lower === 'by' && /^(?:say|says|said|saying|wave|waves|waved|waving|wish|kiss)$/iu.test(tokens[start - 1]?.key ?? '')) return undefined;
  return lower;
}

/** A word one side has once more, typed right beside the same word ("the the", "to to to"): the run `start`…`end`. */
interface DoubledRun {
  inserted: Token;
  lower: string;
  tokens: readonly Token[];
  at: number;
  start: number;
  end: number;
}
function doubledRun(hunk: Hunk, left: readonly Token[], right: readonly Token[], leftSide: PreparedSide, rightSide: PreparedSide): DoubledRun | undefined {
  const [inserted, side, at] = left.length === 0 && right.length === 1 ? [right[0]!, rightSide, hunk.rightStart] : right.length === 0 && left.length === 1 ? [left[0]!, leftSide, hunk.leftStart] : [undefined, leftSide, -1];
  if (inserted?.kind !== 'word') return undefined;
  const lower = inserted.key.toLowerCase();
  const { tokens, origin } = side;
  // Side by side as typed, nothing between: not "lambda a: a * 2", where a mark set aside parts them.
  const same = (index: number) => tokens[index]?.kind === 'word' && tokens[index]!.key.toLowerCase() === lower && Math.abs(origin[index]! - origin[at]!) === 1;
  if (!same(at - 1) && !same(at + 1)) return undefined;
  let start = at;
  while (same(start - 1)) start--;
  let end = at + 1;
  while (same(end)) end++;
  return { inserted, lower, tokens, at, start, end };
}
/**
 * Whether a doubled run is the word mentioned, not a slip: a word that needs one after it (an article, a preposition:
 * DOUBLED_NEEDS_MORE) with none that could follow it, but a function word, a mark or the end ("Why do I keep typing the
 * the in my emails?", "remove every to to from my document"), where a slip is followed by what its one copy needs ("fix
 * a a leaky faucet").
 */
function mentionedRun({ lower, tokens, start, end }: DoubledRun): boolean {
  const next = tokens[end];
  const previous = start > 0 && !tokens[start]!.sentenceStart && tokens[start - 1]!.kind === 'word' ? tokens[start - 1]!.key.toLowerCase() : '';
  const needsMore = DOUBLED_NEEDS_MORE.has(lower);
  return (
    (needsMore && (next === undefined || next.sentenceStart || next.kind === 'punct' || (next.kind === 'word' && CANNOT_FOLLOW.has(next.key.toLowerCase())))) ||
    // Three of them ("all the the the errors"), or a grammar word after a determiner ("remove every is is", "the to to
    // errors"), is the word itself, not a slip ("all the the facts" is one).
    (needsMore && end - start > 2) ||
    (DOUBLED_SLIPS.has(lower) && (MENTION_DETERMINERS.has(previous) || (SLIP_DETERMINERS.has(previous) && !DETERMINER_WORDS.has(lower)))) ||
    // A verb doubled after what takes a noun ("search for is is", "fix are are in a document").
    (DOUBLED_VERBS.has(lower) && TAKES_A_NOUN.has(previous))
  );
}
const DOUBLED_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'be', 'does', 'should']);
const TAKES_A_NOUN: ReadonlySet<string> = new Set([
  'for', 'of', 'about', 'with', 'from', 'fix', 'find', 'remove', 'replace', 'delete', 'highlight', 'detect', 'catch', 'count', 'avoid', 'spot', 'use', 'using',
]);
/** Determiners no grammar word follows: "every is is", "the a a errors". */
const MENTION_DETERMINERS: ReadonlySet<string> = new Set(['every', 'each', 'the', 'a', 'an']);
/** Determiners an article follows ("all the the facts" is a slip), but no other grammar word ("all the to to"). */
const SLIP_DETERMINERS: ReadonlySet<string> = new Set(['any', 'all']);
const DETERMINER_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'your', 'my']);
/** Words a slip doubles that need a word after them: an article, a preposition, a possessive. */
const DOUBLED_NEEDS_MORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'to', 'of', 'with', 'from', 'by', 'about', 'your', 'my', 'this']);
/** Words that follow no article or preposition: another preposition, a conjunction ("the the in my emails", "to to from"). */
const CANNOT_FOLLOW: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'from', 'to', 'of', 'with', 'into', 'onto', 'for', 'by', 'about', 'when', 'while', 'because', 'and', 'or', 'but', 'if',
  'instead', 'sometimes', 'everywhere', 'again', 'is', 'are', 'was', 'were', 'mean', 'means',
]);
function holdsCode(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.kind === 'code' || token.kind === 'symbol' || namesProgramming(token));
}
const DOUBLING_TOPIC = /\b(?:flag\w*|underlin\w*|typos?|stutter\w*|stammer\w*|says|said|grammarly|repeat\w*|duplicat\w*|doubled?|twice|songs?|sang|singers?|albums?|bands?|lyrics|meaning|mean|means|watch|movies?|films?)\b/iu;
/**
 * Where a doubled word is refused outright, whatever other rule would take it: words typed, autocorrected, marked
 * ("Why does my keyboard insert the the?", "Why did my teacher circle to to?"; a hostile review, session 47: 111 of 140
 * such pairs served). Not "types" ("What are the the main types of clouds?") nor a bare "keyboard" ("How do I clean a a
 * keyboard?"; a second review: 104 such slips refused by a first version).
 */
const TYPING_TOPIC = /\b(?:typ(?:ed|ing)|typos?|autocorrect\w*|circled|circling|stutter\w*|stammer\w*|duplicat\w*|doubled|keyboards? (?:keeps? )?(?:insert|add|put|type)\w*)\b/iu;
// Not "can" ("the Can Can"), "do" ("What does do do in Ruby?"), "in"/"on" after a particle ("sleep in in the morning"),
// "for" ("for for loops"), "I"/"you" (a stutter, a song): doubled, they say something (a hostile review).
// Nor "why" ("the why why analysis"), "it" ("is it it on netflix"), "and" ("and and or"), "at" (AT-AT), "my", "will".
const DOUBLED_SLIPS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'to', 'of', 'with', 'is', 'are', 'does', 'your', 'where', 'which', 'from', 'by', 'about', 'be', 'this', 'should']);
/** A first word typed again in capitals ("How How does …", "What What is …"). */
const RETYPED_FIRST: ReadonlySet<string> = new Set(['how', 'what', 'why', 'when', 'where', 'who', 'which', 'is', 'are', 'can', 'do', 'does', 'the', 'a']);
const SENT_BEFORE_EMOJI = /\b(?:text|texting|texted|send|sending|sent|reply|replying|replied|respond|responding|message|messaging|email|emailing|dm|sign(?:ing)?\s+off|end(?:ing)?|comment|commenting|post|posting)\b(?:\s+[^\s.?!]+){0,5}\s*$/iu;
/**
 * Whether the texts are Turkish and hold a word that default case folding matches with a word of the other side
 * where Turkish case folding does not ("KIL NE DEMEK?" / "kil ne demek?": "KIL" is "kıl").
 */
function turkishCaseDiffers(query: string, candidate: string): boolean {
  if (!/[Iİ]/u.test(query + candidate) || !(isTurkish(query) || isTurkish(candidate))) return false;
  // Each side's words by their default lowercase, with the Turkish lowercase forms typed: one pass per side.
  const forms = (text: string) => {
    const byLower = new Map<string, Set<string>>();
    for (const word of text.match(LETTERS) ?? []) {
      const lower = word.toLowerCase();
      let turkish = byLower.get(lower);
      if (turkish === undefined) byLower.set(lower, (turkish = new Set()));
      turkish.add(word.toLocaleLowerCase('tr'));
    }
    return byLower;
  };
  const [left, right] = [forms(query), forms(candidate)];
  // A word both sides hold by default lowercase, but in no Turkish form they share.
  for (const [lower, turkish] of left) {
    const other = right.get(lower);
    if (other !== undefined && ![...turkish].some((form) => other.has(form))) return true;
  }
  return false;
}
/** Whether a text shows it is Turkish: a letter only Turkish uses, or one of its common words. */
function isTurkish(text: string): boolean {
  return /[ıİğĞşŞ]/u.test(text) || (text.match(LETTERS) ?? []).some((word) => TURKISH_WORDS.has(word.toLocaleLowerCase('tr')) || TURKISH_WORDS.has(word.toLowerCase()));
}
/** Common Turkish words no other language written in Latin letters shares. */
const TURKISH_WORDS: ReadonlySet<string> = new Set([
  'demek', 'nedir', 'nasıl', 'nasil', 'neden', 'niye', 'niçin', 'için', 'icin', 'değil', 'degil', 'kaç', 'kac', 'hangi', 'nerede', 'nereye',
  'lütfen', 'lutfen', 'bana', 'benim', 'senin', 'şey', 'sey', 'olarak', 'mısın', 'misin', 'musun', 'müsün', 'mıdır', 'midir', 'yapılır', 'yapilir', 'anlamı', 'anlami',
]);

/** Whether a text holds one word typed in two cases ("the difference between Python and python?"): case is its question. */
function wordInTwoCases(text: string): boolean {
  const seen = new Map<string, string>();
  for (const [word] of text.matchAll(LETTERS)) {
    const lower = word.toLowerCase();
    const first = seen.get(lower);
    if (first === undefined) seen.set(lower, word);
    else if (first !== word && !FUNCTION_WORDS.has(lower)) return true; // not "The" / "the"
  }
  return false;
}
const LETTERS = /\p{L}+/gu;

/** Whether a side asks something: a question mark, or a question word, an auxiliary or a request verb first. */
function isQuestionOrRequest(side: PreparedSide, text: string): boolean {
  const first = side.tokens[0]?.kind === 'word' ? side.tokens[0].key.toLowerCase() : '';
  return text.includes('?') || QUESTION_OPENERS.has(first) || REQUEST_VERBS.has(first) || TEXT_REQUEST_VERBS.has(first) || first === 'help';
}
const EVERY_EMOJI = /\p{Extended_Pictographic}/gu;
/**
 * Where a name's case is code's or the question: an import, an install or a pull, a hashtag or a handle, case
 * itself. Not "from" or "require", which everyday questions hold ("read data from excel into python").
 */
const CASE_TOPIC = /\b(?:case[- ]?(?:sensitive|insensitive)|capitali[sz]\w*|upper ?case|lower ?case|capital letters?|hashtags?|import|install|pull)\s|[#@]\p{L}/iu;
/** Faces, hands, hearts and sparkles: how the asker feels, not what they ask about (not cats' or monkeys' faces). */
const FEELING_EMOJI = /^[\u{1F600}-\u{1F637}\u{1F641}-\u{1F647}\u{1F64B}-\u{1F64F}\u{1F910}-\u{1F92F}\u{1F970}-\u{1F97A}\u{1F9D0}\u{1F44B}-\u{1F44D}\u{1F44F}\u{1F4AA}\u{2764}\u{1F493}-\u{1F49F}\u{1F90D}\u{1F90E}\u{1F9E1}\u{2728}]$/u;
/** A token of emoji: pictographs with their joiners, variation selectors and skin tones. */
const EMOJI = /^[\p{Extended_Pictographic}\u200d\ufe0f\p{Emoji_Modifier}]+$/u;
const ANY_EMOJI = /\p{Extended_Pictographic}/u;
/**
 * Whether the text is about its emoji: a word of EMOJI_TOPIC anywhere, "react" in lowercase or opening a sentence
 * (not the library: "How do I structure a React application? 🙂"; an over-refusal study, session 45), or "this",
 * "that", "these", "those" standing for a thing, which may be the emoji ("What is this 🙂", "Is that rude? 😡", "Can I
 * send this to my manager 🙂"); not one before a noun or a verb, a determiner or a relative pronoun ("How do I structure
 * this project? 🙂", "Write a function that checks if a number is prime. 🙂"; a review, session 45).
 */
function emojiAskedAbout(own: string, side: PreparedSide, lexicon: Lexicon): boolean {
  if (EMOJI_TOPIC.test(own) || REACT_VERB.test(own)) return true;
  const { tokens } = side;
  return tokens.some((token, index) => {
    if (token.kind !== 'word' || !POINTING_WORDS.has(token.key.toLowerCase())) return false;
    const next = tokens[index + 1];
    if (next?.kind !== 'word' || next.sentenceStart) return true;
    const lower = next.key.toLowerCase();
    return FUNCTION_WORDS.has(lower) || !(lexicon.canBeNoun(lower) || lexicon.canBeVerb(lower));
  });
}
/** Words that make an emoji what the text is about. */
const EMOJI_TOPIC = /\b(?:emojis?|emoticons?|icons?|symbols?|flags?|means?|meaning|translate|reactions?)\b/iu;
const REACT_VERB = /\breact(?:s|ed|ing)?\b|(?:^|[.!?]\s+)React(?:s|ed|ing)?\b/u;
const POINTING_WORDS: ReadonlySet<string> = new Set(['this', 'these', 'that', 'those']);

/**
 * "Which one", "which of", "which is": a choice among given things, not a kind of thing; "which time" (an
 * occasion) is not "what time" (the clock), "which if statement" not "what if".
 */
const NOT_AFTER_WHICH: ReadonlySet<string> = new Set([
  'one', 'ones', 'of', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'time', 'times', 'if',
  // The word itself talked about: "which and that", "Can which be used for people?", "Is the h in which pronounced?".
  'and', 'or', 'vs', 'versus', 'be', 'pronounced', 'spelled', 'spelt', 'means', 'mean',
]);

/**
 * Whether an article one side adds and one it drops stand a word or two apart, so that the article moved across
 * them: "Is Pluto only a dwarf planet?" (merely) / "Is Pluto the only dwarf planet?" (sole), "Was Amazon first an
 * online bookstore?" / "… the first online bookstore?".
 */
function articleMovedAcross(hunks: readonly Hunk[], before: readonly Token[], after: readonly Token[]): boolean {
  const article = (tokens: readonly Token[], start: number, end: number) => end === start + 1 && isArticle(tokens[start]!);
  const adds = (hunk: Hunk) => hunk.leftStart === hunk.leftEnd && article(after, hunk.rightStart, hunk.rightEnd);
  const drops = (hunk: Hunk) => hunk.rightStart === hunk.rightEnd && article(before, hunk.leftStart, hunk.leftEnd);
  for (let index = 0; index + 1 < hunks.length; index++) {
    const [first, second] = [hunks[index]!, hunks[index + 1]!];
    if (second.leftStart - first.leftEnd > ARTICLE_MOVE_REACH) continue;
    // Across a word that ranks or limits ("only", "first"): elsewhere it is an article dropped and one added ("a
    // visa for US" / "visa for the US").
    if (!before.slice(first.leftEnd, second.leftStart).some((token) => token.kind === 'word' && RANKING_WORDS.has(token.key.toLowerCase()))) continue;
    if ((adds(first) && drops(second)) || (drops(first) && adds(second))) return true;
  }
  return false;
}
const RANKING_WORDS: ReadonlySet<string> = new Set(['only', 'first', 'last', 'just', 'sole', 'main', 'same', 'one', 'best', 'worst', 'next', 'whole', 'real']);
/** The most words an article moves across and still counts as moved. */
const ARTICLE_MOVE_REACH = 2;

/**
 * Whether token `at` is in a sentence that states facts a word's number is one of: a statement (not the question
 * or the request) in a text of two sentences or more, of more than CONTEXT_TOKENS tokens, or with two numbers — a
 * passage, a policy, a word problem around the question: "The starter kit includes a charger." / "… includes
 * chargers.", "Tom buys a notebook for 3 euros and 4 pens" / "Tom buys notebooks …". A number changed in the
 * question after such facts, or in the asker's own situation, stays free ("I'm 35 and have 2 kids. What are good
 * life insurance options?" / "… What is a good life insurance option?", "My curl command(s) hang(s).").
 */
function statesFacts(side: PreparedSide, at: number): boolean {
  const sentences = statementStarts(side);
  let numbers = 0;
  for (const token of side.tokens) if (token.kind === 'number') numbers++;
  if (sentences.length === 0 && numbers < 2 && side.tokens.length <= CONTEXT_TOKENS) return false;
  // A form's label ("Skill(s): SQL", "Serving(s): 4") names a field, whatever its number.
  const next = side.raw[side.origin[at]! + 1];
  if (next !== undefined && next.text === ':') return false;
  const opener = sentenceOpener(side, at);
  if (opener === undefined) return false;
  if (opener === '') return true;
  // The asker's own situation ("My curl command hangs.", "I have two kids and a dog.") is theirs to word loosely;
  // a number that matters there changes a pronoun or a verb too. Not inside a passage (two sentences or more and
  // more than CONTEXT_TOKENS tokens): there "I"/"we" is a record's writer as often as the asker ("… We lost the
  // shipment(s) with Greyhaven in January. … What did we lose, and how does it affect revenue?").
  const passage = sentences.length >= 1 && side.tokens.length > CONTEXT_TOKENS;
  return !(QUESTION_OPENERS.has(opener) || REQUEST_VERBS.has(opener) || TEXT_REQUEST_VERBS.has(opener) || (!passage && ASKER_OPENERS.has(opener)));
}

/**
 * The first word (lowercase) of the statement that holds token `at`, past what opens a sentence without being it (a
 * bullet or emoji, a discourse word, a label: "Update: the printer …"); '' when it opens with no word; undefined
 * when the sentence is a question (its closing mark is a question mark).
 */
function sentenceOpener(side: PreparedSide, at: number): string | undefined {
  const sentences = statementStarts(side);
  let start = 0;
  let end = side.tokens.length;
  for (const boundary of sentences) {
    if (boundary <= at) start = boundary;
    else {
      end = boundary;
      break;
    }
  }
  // The sentence's closing mark, among the tokens set aside after its last word.
  const closing = side.origin[end - 1]! + 1;
  const until = end < side.tokens.length ? side.origin[end]! : side.raw.length;
  for (let raw = closing; raw < until; raw++) if (endsQuestion(side.raw[raw]!.text)) return undefined;
  let first = start;
  const label = (at: number) => side.raw[side.origin[at]! + 1]?.text === ':';
  while (first < end && (side.tokens[first]!.kind !== 'word' || SENTENCE_LEAD_INS.has(side.tokens[first]!.key.toLowerCase()) || label(first))) first++;
  const opener = side.tokens[first];
  return opener === undefined || opener.kind !== 'word' ? '' : opener.key.toLowerCase();
}

/**
 * Whether "a"/"an" before a difference on one side only (in it, or up to MODIFIERS_BEFORE words before it), in a
 * statement of the asker's own ("I had a seizure last month. Can I still drive?" / "I had seizures …", "I have a
 * prior conviction" / "… prior convictions", "I'm travelling with a toddler" / "… toddlers"), stands against a
 * plural: there one and several are two situations, where in a question a generic "a puppy" and "puppies" are one
 * ("How do I train a puppy?").
 */
function askerCountsOne(before: PreparedSide, after: PreparedSide, hunk: Hunk, lexicon: Lexicon): boolean {
  const articled = (side: PreparedSide, start: number, end: number) => {
    let articles = 0;
    for (let at = Math.max(0, start - MODIFIERS_BEFORE); at < end; at++) {
      const token = side.tokens[at]!;
      if (token.kind === 'word' && token.notArticle !== true && /^an?$/iu.test(token.text)) articles++;
    }
    return articles;
  };
  // Without an article on one side, a thing of the asker's picked out by "the" or a possessive counts too where the
  // text counts such things ("overdue books are charged 20p per day per book. I returned the book(s) 10 days late",
  // "Each additional bag costs $60. My bag(s) weigh 27 kg"); elsewhere "My cat keeps scratching the sofa(s)" is one
  // question.
  if (articled(before, hunk.leftStart, hunk.leftEnd) === articled(after, hunk.rightStart, hunk.rightEnd) && !(pickedOut(before, hunk.leftStart) && pickedOut(after, hunk.rightStart) && countedInText(before, hunk.leftStart, hunk.leftEnd, lexicon))) return false;
  // What the asker has to say or ask is one request either way: "I have a question about taxes" / "… questions …".
  const said = (side: PreparedSide, start: number, end: number) => {
    for (let at = start; at < end; at++) {
      const token = side.tokens[at]!;
      if (token.kind === 'word' && ASKERS_MATTERS.has(lexicon.singular(token.key.toLowerCase()) ?? token.key.toLowerCase())) return true;
    }
    return false;
  };
  if (said(before, hunk.leftStart, hunk.leftEnd) || said(after, hunk.rightStart, hunk.rightEnd)) return false;
  const asker = (side: PreparedSide, at: number) => {
    const opener = sentenceOpener(side, Math.min(at, side.tokens.length - 1));
    if ((opener === undefined || (!ASKER_OPENERS.has(opener) && !REQUIREMENT_OPENERS.has(opener))) && !askerCondition(side, at)) return false;
    // A need or a wish in the same sentence is a request either way: "I need a recipe with chicken and a potato" /
    // "… potatoes". Not what a wish says a thing is to do or have: "I want each recipe to have an author" /
    // "… authors", "We want to visit a winery" / "… wineries" (a spec, or a plan).
    let infinitive = false;
    for (let index = Math.min(at, side.tokens.length) - 1; index >= 0; index--) {
      const token = side.tokens[index]!;
      if (token.kind === 'word' && token.key.toLowerCase() === 'to') infinitive = true;
      if (token.kind === 'word' && WANTING.has(token.key.toLowerCase())) return infinitive;
      if (token.sentenceStart) break;
    }
    return true;
  };
  return asker(before, hunk.leftStart) || asker(after, hunk.rightStart);
}
/**
 * Whether a noun among kept tokens [start, end) is counted elsewhere in the text: its singular after a number or a
 * counting word ("per book", "each additional bag", "two or more tyres", "a single stain"). The counted nouns of a
 * side are found once (kept with the side), so asking per difference stays linear.
 */
function countedInText(side: PreparedSide, start: number, end: number, lexicon: Lexicon): boolean {
  let counted = COUNTED_NOUNS.get(side);
  if (counted === undefined) {
    counted = new Set();
    const { tokens } = side;
    for (let at = 1; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind !== 'word') continue;
      for (let back = at - 1; back >= 0 && at - back <= 3; back--) {
        const previous = tokens[back]!;
        if (previous.kind === 'number' || (previous.kind === 'word' && (COUNTING_WORDS.has(previous.key.toLowerCase()) || NUMBER_WORDS.has(previous.key.toLowerCase())))) {
          counted.add(lexicon.singular(token.key.toLowerCase()) ?? token.key.toLowerCase());
          break;
        }
        if (previous.kind !== 'word' || FUNCTION_WORDS.has(previous.key.toLowerCase())) break;
      }
    }
    COUNTED_NOUNS.set(side, counted);
  }
  for (let at = start; at < end; at++) {
    const token = side.tokens[at]!;
    if (token.kind === 'word' && counted.has(lexicon.singular(token.key.toLowerCase()) ?? token.key.toLowerCase())) return true;
  }
  return false;
}
const COUNTED_NOUNS = new WeakMap<PreparedSide, Set<string>>();
/** Words that count the noun after them, besides NUMBER_WORDS. */
const COUNTING_WORDS: ReadonlySet<string> = new Set([
  'per', 'each', 'every', 'single', 'several', 'multiple', 'more', 'additional', 'extra', 'another', 'first', 'second',
]);

/** Whether "the" or a possessive stands up to MODIFIERS_BEFORE words before kept token `at`, in its sentence. */
function pickedOut(side: PreparedSide, at: number): boolean {
  for (let index = at - 1; index >= 0 && at - index <= MODIFIERS_BEFORE; index--) {
    const token = side.tokens[index]!;
    if (token.kind !== 'word') return false;
    if (PICKING_OUT.has(token.key.toLowerCase())) return true;
    if (token.sentenceStart || FUNCTION_WORDS.has(token.key.toLowerCase())) return false;
  }
  return false;
}
const PICKING_OUT: ReadonlySet<string> = new Set(['the', 'my', 'our', 'his', 'her', 'their']);

/**
 * Whether kept token `at` is in a condition on what the asker did or does, a few words after "if I", "unless we"
 * ("What happens if I miss a payment?" / "… miss payments?", "Can I still graduate if I fail a course?"): one and
 * several are two situations there, as in a statement of the asker's own.
 */
function askerCondition(side: PreparedSide, at: number): boolean {
  for (let index = at - 1; index > 0 && at - index <= CONDITION_REACH; index--) {
    const token = side.tokens[index]!;
    if (token.kind !== 'word') return false;
    const subject = token.key.toLowerCase();
    const conjunction = side.tokens[index - 1]!;
    if ((subject === 'i' || subject === 'we') && conjunction.kind === 'word' && CONDITIONS.has(conjunction.key.toLowerCase())) return true;
    if (token.sentenceStart) return false;
  }
  return false;
}
/** A supposition, not a habit: "if I miss a payment" (one time) — "when I open a new tab" is any time. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);
/** How many words before a noun the "if I" of its condition is looked for. */
const CONDITION_REACH = 5;

/** Verbs of wanting before which one thing or several is a request either way ("I'm looking for a gift"). */
const WANTING: ReadonlySet<string> = new Set(['need', 'needs', 'want', 'wants', 'would', 'like', 'looking', 'searching', 'wish', 'prefer']);
/** What an asker has one or several of and asks the same about: "I have a question / questions about taxes". */
const ASKERS_MATTERS: ReadonlySet<string> = new Set(['question', 'query', 'doubt', 'concern', 'request', 'idea', 'suggestion', 'thought', 'comment', 'issue', 'problem']);
/** Words that may stand between an article and its noun: "a bad knee", "a prior felony conviction". */
const MODIFIERS_BEFORE = 3;


/** Words that open a requirement of a spec: "- Must accept a file via drag and drop" / "… files …". */
const REQUIREMENT_OPENERS: ReadonlySet<string> = new Set(['must', 'should', 'shall']);
/** Words that open a sentence about the asker: "My …", "I …", "We …", "Our …". */
const ASKER_OPENERS: ReadonlySet<string> = new Set(['i', 'my', 'we', 'our', 'me', 'us']);

/**
 * The differences with loose marks set aside where the other text separates the same tokens with clause
 * punctuation ("I need a tent - which one?" / "I need a tent, which one?"); a hunk left empty is no difference.
 * Elsewhere a loose mark is a symbol that must match ("What does cd - do?" / "What does cd do?").
 */
function withoutLooseMarks(hunks: Hunk[], before: PreparedSide, after: PreparedSide): Array<{ hunk: Hunk; left: Token[]; right: Token[] }> {
  const differences: Array<{ hunk: Hunk; left: Token[]; right: Token[] }> = [];
  for (const hunk of hunks) {
    let left = before.tokens.slice(hunk.leftStart, hunk.leftEnd);
    let right = after.tokens.slice(hunk.rightStart, hunk.rightEnd);
    if (separates(after, hunk.rightStart, hunk.rightEnd)) left = left.filter((token, i) => !token.loose || isRange(before.tokens, hunk.leftStart + i) || isMinus(before.tokens, hunk.leftStart + i));
    if (separates(before, hunk.leftStart, hunk.leftEnd)) right = right.filter((token, i) => !token.loose || isRange(after.tokens, hunk.rightStart + i) || isMinus(after.tokens, hunk.rightStart + i));
    if (left.length > 0 || right.length > 0) differences.push({ hunk, left, right });
  }
  return differences;
}

/**
 * Whether a word of `words` stands in `tokens` outside start…end, in any form (case, a plural "s" and the lexicon's
 * lemmas aside: "Kids" for kid, "children" for child, "bigger" for big; a red team, session 57: 669 listed pairs
 * served where the list named the other word in another form).
 */
function namedOutside(tokens: readonly Token[], start: number, end: number, words: readonly Token[], lexicon: Lexicon): boolean {
  const stem = (text: string) => text.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '');
  const wanted = new Set<string>();
  for (const token of words) {
    if (token.kind !== 'word') continue;
    wanted.add(stem(token.text));
    for (const lemma of lexicon.lemmas(token.text.toLowerCase())) wanted.add(lemma);
  }
  if (wanted.size === 0) return false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // A word in quotes is read as code ('The "cheap" wine is …'), and names the word all the same.
    if ((index >= start && index < end) || (token.kind !== 'word' && !(token.kind === 'code' && /^\p{L}+$/u.test(token.text)))) continue;
    const text = token.text;
    if (wanted.has(stem(text)) || lexicon.lemmas(text.toLowerCase()).some((lemma) => wanted.has(lemma))) return true;
  }
  return false;
}

/** Whether the shared text lists the hunk's two words as two items the texts ask about (SharedWords.listsApart). */
function listedApart(shared: SharedWords | undefined, left: readonly Token[], right: readonly Token[], before: readonly Token[], after: readonly Token[]): boolean {
  if (shared === undefined) return false;
  const leftWords = left.filter((token) => token.kind === 'word');
  const rightWords = right.filter((token) => token.kind === 'word');
  if (leftWords.length !== 1 || rightWords.length !== 1) return false;
  const asked = new Set<string>();
  for (const token of [...before, ...after]) if (token.kind === 'word' && asked.size < ASKED_WORDS) asked.add(token.text.toLowerCase());
  return shared.listsApart(leftWords[0]!.text, rightWords[0]!.text, asked);
}
const ASKED_WORDS = 4_096;

/**
 * Whether the texts' words differ only in the case of a word the shared text writes both as a name and in lowercase:
 * "Turkey" / "turkey" (or "Turkey." / "turkey, thanks") as the answer to "Do you mean Turkey the country or the turkey
 * you cook?" (a red team, session 57: 32 of 32 such replies served). Marks and a courtesy aside; the first word of a
 * message of more words is capitalised as a sentence's ("Cancel my plan" / "cancel my plan" under "click Cancel Plan":
 * a review of the first version), and a text of more than CASE_WORDS words is no such reply.
 */
function caseNamedBothWays(query: string, candidate: string, shared: SharedWords): boolean {
  if (query === candidate || query.length > CASE_CHARACTERS || candidate.length > CASE_CHARACTERS) return false;
  const wordsOf = (text: string) => (text.match(/\p{L}+/gu) ?? []).filter((word) => !CASE_COURTESIES.has(word.toLowerCase()));
  const queryWords = wordsOf(query);
  const candidateWords = wordsOf(candidate);
  if (queryWords.length === 0 || queryWords.length > CASE_WORDS || queryWords.length !== candidateWords.length) return false;
  if (queryWords.some((word, index) => word.toLowerCase() !== candidateWords[index]!.toLowerCase())) return false;
  return queryWords.some((word, index) => word !== candidateWords[index] && (index > 0 || queryWords.length === 1) && shared.namesBothCases(word));
}
const CASE_WORDS = 12;
const CASE_CHARACTERS = 200;
const CASE_COURTESIES: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'thanks', 'thank', 'you', 'thx', 'ty']);

/** A note of a word accepted as another of its English forms, spellings or synonyms (not a typo). */
function isEnglishWordFormNote(note: string): boolean {
  return note.startsWith('inflection ') || note.startsWith('spelling ') || note.startsWith('synonym ');
}

/**
 * Whether the one word a hunk changes on this side stands beside another form of it across "or", "vs", "versus" or
 * "and" ("bytes or byte", "datum vs data"): there the two forms are the question ("byte or byte" on the other side).
 * Not the same word twice ("years and years").
 */
function setBesideOtherForm(tokens: readonly Token[], hunk: Hunk, side: 'left' | 'right', lexicon: Lexicon): boolean {
  const [start, end] = side === 'left' ? [hunk.leftStart, hunk.leftEnd] : [hunk.rightStart, hunk.rightEnd];
  if (end - start !== 1 || tokens[start]!.kind !== 'word') return false;
  const word = tokens[start]!.key.toLowerCase();
  const formOf = (at: number) => {
    const other = tokens[at];
    return other?.kind === 'word' && lexicon.sameLemma(other.key, word);
  };
  const joins = (at: number) => tokens[at]?.kind === 'word' && SIDE_BY_SIDE.has(tokens[at]!.key.toLowerCase());
  return (joins(start - 1) && formOf(start - 2)) || (joins(end) && formOf(end + 1));
}
const SIDE_BY_SIDE: ReadonlySet<string> = new Set(['or', 'vs', 'versus', 'and']);

/** Whether a side's words, past function words, are two or fewer: "What is scrapy?", "scrapy tutorial", "Is gsap free?". */
function asksAboutFewWords(side: PreparedSide): boolean {
  let content = 0;
  for (const token of side.tokens) {
    if (token.kind !== 'word' && token.kind !== 'code') continue;
    if (token.kind === 'word' && FUNCTION_WORDS.has(token.key.toLowerCase())) continue;
    if (++content > FEW_WORDS) return false;
  }
  return content > 0;
}
const FEW_WORDS = 2;

/** Whether a changed word is short enough to be a name of its own (a package's, a product's): seven letters or fewer. */
function shortTerm(left: readonly Token[], right: readonly Token[]): boolean {
  return left.length === 1 && right.length === 1 && Math.min(left[0]!.text.length, right[0]!.text.length) <= SHORT_TERM;
}
const SHORT_TERM = 7;

/**
 * Whether the word at `at` stands as a term's name, bare: opening the text, after "is"/"about"/"use"/"learn"…, or
 * before "tutorial"/"docs"/"vs"/"alternatives"/"free"… ("What is scrapy?", "qunit tutorial", "Is redis free?"); not
 * a word after an article or a subject ("Where is the adress?", "How do I recieve payments?").
 */
function namedAsTerm(tokens: readonly Token[], at: number): boolean {
  const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : undefined);
  const previous = word(at - 1);
  return at === 0 || (previous !== undefined && TERM_BEFORE.has(previous)) || TERM_AFTER.has(word(at + 1) ?? '');
}
const TERM_BEFORE: ReadonlySet<string> = new Set(['is', 'are', 'about', 'use', 'using', 'learn', 'learning', 'install', 'installing', 'explain', 'define', 'with', 'vs', 'versus', 'or', 'to']);
const TERM_AFTER: ReadonlySet<string> = new Set([
  'tutorial', 'tutorials', 'docs', 'documentation', 'vs', 'versus', 'alternative', 'alternatives', 'free', 'example', 'examples', 'library', 'package',
  'framework', 'tool', 'plugin', 'api', 'install', 'installation', 'explained', 'pricing', 'review', 'reviews', 'meaning',
]);

/** Whether the changed words are a misspelling the vocabulary knows as such ("goverment" for "government"). */
function knownMisspellings(left: readonly Token[], right: readonly Token[], lexicon: Lexicon): boolean {
  if (left.length !== 1 || right.length !== 1) return false;
  const [a, b] = [left[0]!.key.toLowerCase(), right[0]!.key.toLowerCase()];
  return lexicon.isKnownMisspelling(a, b) || lexicon.isKnownMisspelling(b, a);
}

/** A note of a word accepted as another form or another word for it, which an identifier never has. */
function isWordFormNote(note: string): boolean {
  return note.startsWith('inflection ') || note.startsWith('spelling ') || note.startsWith('typo ') || note.startsWith('synonym ');
}

/** Whether the changed words of an accepted difference are what either side asks about (word-topic.ts). */
function wordAskedAbout(hunk: Hunk, before: PreparedSide, after: PreparedSide, notes: readonly string[], lexicon: Lexicon): boolean {
  const variant = notes.some((note) => note.startsWith('spelling '));
  // A phrase of another language after an article: one of its words is ("la carte", "pesar de", "an sich"), or WordNet
  // lists it with the article ("a cappella", "a priori"); not "a segfault".
  const notEnglish = (tokens: readonly Token[]) => (index: number) => {
    const words: string[] = [];
    for (let at = index; at < tokens.length && at < index + 4 && tokens[at]!.kind === 'word' && !/^means?$/iu.test(tokens[at]!.text); at++) {
      if (isForeignWord(tokens, at, lexicon)) return true;
      words.push(tokens[at]!.text.toLowerCase());
      if (lexicon.hasLemma(`${tokens[index - 1]?.text.toLowerCase()}_${words.join('_')}`)) return true;
    }
    return false;
  };
  const typo = notes.length > 0 && notes.every((note) => note.startsWith('typo '));
  return asksAboutWords(before.tokens, hunk.leftStart, hunk.leftEnd, variant, notEnglish(before.tokens), true, typo) || asksAboutWords(after.tokens, hunk.rightStart, hunk.rightEnd, variant, notEnglish(after.tokens), true, typo);
}

/**
 * A spelling variant before a party, a day or another institution is part of its name, whatever the case it is
 * typed in: the labour party (UK) and the labor party (Australia), Labour Day and Labor Day, the centre party.
 */
function namesInstitution(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  return next?.kind === 'word' && INSTITUTIONS.has(next.text.toLowerCase());
}
/**
 * Whether the changed words from `start` to `end` form a WordNet compound or a term of computing (COMPUTING_TERMS)
 * with the word before or after them ("big cat", "buy time", "hard drive", "standard error", "quick sort"): a synonym
 * swapped inside a compound names another thing ("large cat" is no big cat). Lemmas count, so "big cats" and "buying
 * time" are found too.
 */
function inCompound(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): boolean {
  const forms = (at: number): string[] => {
    const token = tokens[at];
    if (token?.kind !== 'word') return [];
    const lower = token.key.toLowerCase();
    return [lower, ...lexicon.lemmas(lower)];
  };
  const compound = (left: string[], right: string[]) => left.some((first) => right.some((second) => lexicon.hasLemma(`${first}_${second}`) || COMPUTING_TERMS.has(`${first}_${second}`)));
  if ((start > 0 && compound(forms(start - 1), forms(start))) || (end < tokens.length && compound(forms(end - 1), forms(end)))) return true;
  // A noun of three or four words around one changed word: "a writ of error", "houses of ill repute", "editor in
  // chief", "rapid eye movement sleep" (a red team on synonyms, session 33). Not a phrase WordNet lists as an adverb
  // or an adjective, whose words keep their own senses ("to begin with", "in large quantities", "hard to please").
  if (end - start !== 1) return false;
  for (let length = 3; length <= LONGEST_TERM_WORDS; length++) {
    for (let first = Math.max(0, start - length + 1); first <= start && first + length <= tokens.length; first++) {
      const words: string[][] = [];
      for (let at = first; at < first + length && tokens[at]!.kind === 'word'; at++) words.push(forms(at));
      if (words.length === length && joinings(words).some((joined) => lexicon.hasLemma(joined) && lexicon.nounFiles(joined).size > 0)) return true;
    }
  }
  return false;
}
const LONGEST_TERM_WORDS = 4;

/** Whether the number from `start` to `end` (one token) is the tens or the ones of a number in words: "fifty five", "twenty 5". */
function inCompoundNumber(tokens: readonly Token[], start: number, end: number): boolean {
  if (end !== start + 1) return false;
  const inWords = (at: number) => (tokens[at]?.kind === 'word' ? cardinalValue(tokens[at]!.text) : undefined);
  const ones = (at: number) => {
    const value = tokens[at]?.kind === 'number' && /^[1-9]$/u.test(tokens[at]!.text) ? Number(tokens[at]!.text) : inWords(at);
    return value !== undefined && value >= 1 && value <= 9;
  };
  // Tens in words only: "30 five letter words" counts thirty words of five letters.
  const tens = (at: number) => {
    const value = inWords(at);
    return value !== undefined && value >= 20 && value % 10 === 0;
  };
  return (tens(start) && ones(end)) || (ones(start) && tens(start - 1));
}

/** Every phrase of one form per word, joined with "_" as WordNet's lemmas are. */
function joinings(words: readonly string[][]): string[] {
  let phrases = [''];
  for (const forms of words) phrases = phrases.flatMap((phrase) => forms.map((form) => (phrase === '' ? form : `${phrase}_${form}`)));
  return phrases;
}

const INSTITUTIONS: ReadonlySet<string> = new Set(['party', 'parties', 'day', 'department', 'ministry', 'union', 'unions', 'movement', 'league', 'council', 'government', 'leader', 'mp', 'mps']);

/** The currency prefixes glued before a dollar sign, in order ("a$", "c$", "nz$", "hk$", "us$"), lowercase. */
function lettersOnCurrency(text: string): string {
  return (text.match(LETTERS_ON_CURRENCY) ?? []).join('|').toLowerCase();
}
/** Dollars of other countries by their prefix; not a word glued to "$" ("for$5", "at$20"). */
const LETTERS_ON_CURRENCY = /(?<![\p{L}\p{N}])(?:a|au|c|ca|nz|hk|us|s|sg|r|mx|nt|rd|j|z)\$/giu;
/**
 * No-break and other spaces that are no ASCII space (thin, ideographic: a Japanese input method's "x　=　1") next to
 * an operator, a bracket or a flag's dash ("10\u00a0+ 5", "ls\u00a0-la"); not in prose ("10\u00a0km", "Windows\u00a0?").
 */
function noBreakSpacesInCode(text: string): number {
  let count = 0;
  for (const { index: at } of text.matchAll(OTHER_SPACES)) {
    if (MARK_BEFORE.test(text[at - 1] ?? '') || MARK_AFTER.test(text[at + 1] ?? '')) count++;
    // Or a line's indentation ("\u00a0ls -la"), or inside a pasted line that opens with a command or a keyword that is no
    // English word ("Why does this fail?\ngit\u00a0status", "…\ndef\u00a0f():"): a shell reads "git\u00a0status" as one
    // word, Python rejects the character (a red team on code, session 52). Not in a question's prose, pasted from a web
    // page ("What does npm\u00a0run build do?").
    else if (at === 0 || text[at - 1] === '\n' || pastedCommandLine(text, at)) count++;
  }
  return count;
}
/** Whether the character at `at` stands on a line after the first that opens with a command or a code-only keyword. */
function pastedCommandLine(text: string, at: number): boolean {
  // Read back a line's reach at most, so many such spaces on one long line stay linear.
  const from = Math.max(0, at - LINE_REACH);
  const newline = text.slice(from, at).lastIndexOf('\n');
  if (newline === -1) return false;
  const start = from + newline + 1;
  const opener = LINE_OPENER.exec(text.slice(start, Math.min(at + 1, start + KEYWORD_REACH)))?.[1];
  return opener !== undefined && isCodeOnlyKeyword(opener);
}
const LINE_OPENER = /^[\s\u00a0]*([a-z]+)/u;
/** The longest stretch of a line read for its first word. */
const KEYWORD_REACH = 40;
/** How far back a line's start is looked for: a command line is short. */
const LINE_REACH = 200;
const OTHER_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu;
/** An operator or an opening bracket before a space, an operator, a flag's dash or a closing bracket after one. */
const MARK_BEFORE = /^[=+\-*/%<>|&;({[$]$/u;
const MARK_AFTER = /^[=+\-*/%<>|&;)}\]]$/u;

/**
 * Whether the moved clause gives a reason or a purpose ("because …", "in order to …") and the rest of the text negates a
 * verb: "not"/"never" after an auxiliary ("don't hire", "should I not finish", "did my manager not apologize"), not inside
 * a noun phrase or a relative clause ("a recipe with no nuts", "a movie that is not scary": a hostile review, session 41).
 */
function becauseUnderNegation(move: { moved: Token[] }, side: PreparedSide): boolean {
  if (!givesReason(move.moved)) return false;
  const moved = new Set(move.moved);
  const { tokens } = side;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (moved.has(token) || token.kind !== 'word') continue;
    // A negative or a counted subject takes the reason into its scope as "not" does: "Because it was cheap, nobody
    // bought the house." / "Nobody bought the house because it was cheap." (they bought it, for another reason), "no
    // one left", "few students passed", "neither of them apologized", "not every doctor agrees" (a red team on word
    // order, session 44: 250 of 527 such pairs served).
    // Only as the subject: opening the clause that stays or after its auxiliary ("Did nobody …"), not an object's
    // ("suggest a recipe with no nuts", "hobbies that cost nothing"; a review, session 44).
    const subject = at === 0 || moved.has(tokens[at - 1]!) || tokens[at - 1]!.kind !== 'word' || AUXILIARY_VERBS.has(tokens[at - 1]!.key.toLowerCase());
    if (subject && NEGATIVE_SUBJECTS.has(token.key.toLowerCase())) return true;
    if (subject && token.key.toLowerCase() === 'no' && tokens[at + 1]?.kind === 'word' && !moved.has(tokens[at + 1]!)) return true;
    if (subject && token.key.toLowerCase() === 'not' && NOT_COUNTED.has(tokens[at + 1]?.key.toLowerCase() ?? '')) return true;
    if (at === 0 || (token.key.toLowerCase() !== 'not' && token.key.toLowerCase() !== 'never')) continue;
    // "should I not finish", "did my manager not apologize": the subject between.
    let auxiliary = -1;
    for (let back = at - 1; back >= Math.max(0, at - 1 - SUBJECT_WORDS) && auxiliary === -1; back--) {
      if (tokens[back]!.kind !== 'word') break;
      if (AUXILIARY_VERBS.has(tokens[back]!.key.toLowerCase())) auxiliary = back;
    }
    if (auxiliary >= 0 && !RELATIVE_WORDS.has(tokens[auxiliary - 1]?.key.toLowerCase() ?? '')) return true;
  }
  return false;
}
/**
 * Words beside which a word of a text about code is a name (a package's, a module's, a function's): "use circularr",
 * "install detectie", "import vectorious", "the debounce package" (a review, session 44).
 */
const NAME_TAKERS: ReadonlySet<string> = new Set([
  'use', 'uses', 'using', 'used', 'install', 'installing', 'installed', 'import', 'importing', 'imported', 'require', 'requiring', 'called', 'named',
  'npm', 'pip', 'yarn', 'pnpm', 'gem', 'cargo', 'add', 'package', 'packages', 'library', 'libraries', 'module', 'modules', 'crate', 'plugin', 'plugins',
  'function', 'method', 'class', 'hook', 'component', 'extension', 'with', 'maintained', 'deprecated', 'pypi', 'repo', 'github', 'version',
]);
/** Whether a word of NAME_TAKERS stands within NAME_REACH words of the changed ones ("Is detectie still maintained on npm?"). */
function nearNameTaker(tokens: readonly Token[], start: number, end: number): boolean {
  return nearWordOf(tokens, start, end, NAME_TAKERS);
}
function nearWordOf(tokens: readonly Token[], start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let at = Math.max(0, start - NAME_REACH); at < Math.min(tokens.length, end + NAME_REACH); at++) if ((at < start || at >= end) && words.has(tokens[at]!.key.toLowerCase())) return true;
  return false;
}
/** Words that name a software package in any text (not "package", "library", "gem" or "cargo", which post and shops use too). */
const PACKAGE_WORDS: ReadonlySet<string> = new Set(['npm', 'pip', 'pip3', 'pypi', 'pnpm', 'conda', 'nuget', 'maven', 'homebrew', 'rubygems', 'plugin', 'plugins']);
const NAME_REACH = 3;
/** Whether a moved phrase gives a reason or a purpose: "because …", "because of …", "since" with a clause, "in order to …". */
function givesReason(movedTokens: readonly Token[]): boolean {
  const words = movedTokens.filter((token) => token.kind === 'word').map((token) => token.key.toLowerCase());
  const [first, second, third] = words;
  // A purpose or a motive too: "In order to win, did she not cheat?" / "Did she not cheat in order to win?" (not to win,
  // or for another end; a red team on word order, session 43). Not "for": "For kids, why is coffee not recommended?"
  // asks the same moved (a review), though "For the money, he didn't quit" may not.
  const purpose = (first === 'in' && second === 'order' && third === 'to') || (first === 'so' && second === 'as' && third === 'to') || (first === 'out' && second === 'of');
  // "Since" as a reason: a clause after it ("Since it was cheap, nobody bought the house."), not a time ("Since 2020, …").
  const sinceReason = first === 'since' && words.slice(1).some((word) => CLAUSE_WORDS.has(word));
  return first === 'because' || first === 'cause' || first === 'cuz' || purpose || sinceReason;
}
/**
 * Whether the clause that stays is a yes/no question about what happened or is so, asked of someone other than the
 * asker: with the reason at its end it asks whether that was the reason ("Did she leave because he was rude?": she
 * left; why?), fronted it asks whether the thing happened ("Because he was rude, did she leave?"; a red team on word
 * order, session 44). Not a question of the asker's own ("Do I need a visa because I'm American?": advice either way),
 * nor one a modal asks ("Can I eat honey because I'm vegan?").
 */
function asksWhetherReason(move: { moved: Token[] }, side: PreparedSide): boolean {
  // "Because" only: "since" gives a premise, not the reason asked about ("Are banks open today since it's a holiday?").
  const opener = move.moved.find((token) => token.kind === 'word')?.key.toLowerCase();
  if ((opener !== 'because' && opener !== 'cause' && opener !== 'cuz') || !side.punctuation.some((mark) => mark.includes('?'))) return false;
  const { tokens } = side;
  const moved = new Set(move.moved);
  const rest = tokens.filter((token) => !moved.has(token) && token.kind === 'word').map((token) => token.key.toLowerCase());
  // Not a fact of the asker's, which makes the question advice ("Because I'm vegan, is honey okay?", "Because he has a
  // fever, does my son need a doctor?"; a review, session 45).
  const movedWords = move.moved.filter((token) => token.kind === 'word').map((token) => token.key.toLowerCase());
  if ([...rest, ...movedWords].some((word) => ASKERS_OWN.has(word))) return false;
  return FACT_AUXILIARIES.has(rest[0] ?? '') && !ASKER.has(rest[1] ?? '');
}
const FACT_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', "didn't", "doesn't", "isn't", "wasn't", "weren't", "aren't", "hasn't", "haven't"]);
const ASKER: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us']);
const ASKERS_OWN: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', "i'm", "i've"]);
/** Words of a clause after "since" (a subject pronoun, an auxiliary or a copula): a reason, not a point in time. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did', "it's", "they're", "we're", "you're", "i'm", "he's", "she's"]);
/** Subjects that negate or count what they do: a reason moved after them may fall in their scope. */
const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['nobody', 'noone', 'none', 'neither', 'nothing', 'few', 'hardly', 'barely', 'scarcely', 'nowhere']);
/** What "not" counts opening a subject: "not every doctor", "not all of them", "not many people". */
const NOT_COUNTED: ReadonlySet<string> = new Set(['every', 'everyone', 'everybody', 'everything', 'all', 'many', 'much', 'each', 'one', 'a']);
/** How many words of a subject may stand between an auxiliary and its "not" ("did the team lead not"). */
const SUBJECT_WORDS = 3;
/** Words before a negated verb: auxiliaries, and "to" of a negated infinitive ("is it wrong to not sell"). */
const AUXILIARY_VERBS: ReadonlySet<string> = new Set(['do', 'does', 'did', 'should', 'can', 'could', 'would', 'will', 'must', 'shall', 'may', 'might', 'is', 'are', 'was', 'were', 'am', 'to']);
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);

/**
 * Whether the words where the answer writes words as typed (literal-position.ts) differ in a contraction between the
 * sides: "don't know" / "do not know" in a label set, not one elsewhere ("Answer yes, no or don't know. I don't like
 * it." / "… I do not like it.": a hostile review, session 41).
 */
function contractionInLiteral(before: PreparedSide, after: PreparedSide): boolean {
  const literal = (side: PreparedSide) => {
    const words: string[] = [];
    for (let at = 0; at < side.tokens.length; at++) if (inLiteralPosition(side, at, at + 1)) words.push(`${side.tokens[at]!.key.toLowerCase()}${side.tokens[at]!.expanded ? "'" : ''}`);
    return words.join(' ');
  };
  const left = literal(before);
  const right = literal(after);
  return left !== right && left.replaceAll("'", '') === right.replaceAll("'", '');
}

/** Whether a word expanded from a contraction is what the side asks about ("How many words is cannot?"). */
function contractionAskedAbout(side: PreparedSide, amissAsks = true): boolean {
  const { tokens } = side;
  for (let start = 0; start < tokens.length; start++) {
    if (!tokens[start]!.expanded) continue;
    let end = start + 1;
    while (end < tokens.length && tokens[end]!.expanded && !tokens[end]!.sentenceStart) end++;
    // A contraction opening a sentence is never the word asked about: "What's the meaning of 'irregardless'?".
    if (!tokens[start]!.sentenceStart && (asksAboutWords(tokens, start, end, false, undefined, amissAsks) || contractionIsOperand(tokens, start, end))) return true;
    // Named after a verb of using, allowing or replacing it, where it ends its phrase: "Is using don't in an essay
    // okay?", "Does APA allow it's in a paper?", "start a tweet with I'm?" (not "use what's left").
    const previous = tokens[start - 1];
    const next = tokens[end];
    const endsPhrase = next === undefined || next.sentenceStart || side.breaks[end] === 1 || (next.kind === 'word' && AFTER_MENTION.has(next.key.toLowerCase()));
    // A question word's contraction is used, not named: "Recipe ideas using what's in my fridge".
    const used = tokens[start]!.kind === 'word' && USED_CONTRACTIONS.has(tokens[start]!.key.toLowerCase());
    if (!tokens[start]!.sentenceStart && !used && endsPhrase && previous?.kind === 'word' && MENTIONING.has(previous.key.toLowerCase())) return true;
    // Set against another word, as words are compared: "the difference between its and it's?", "its vs it's", "Is
    // they're the same as there?" (a third review, session 49: 50 of 88 such pairs served as a contraction).
    // (Closing its sentence: "Compare RAM and storage and it's for class" compares no words.)
    const closes = next === undefined || next.sentenceStart || side.breaks[end] === 1 || (next.kind === 'word' && /^(?:vs|versus|or|the)$/iu.test(next.key));
    if (!tokens[start]!.sentenceStart && !used && comparedAsWords(tokens, start, end, closes)) return true;
    start = end - 1;
  }
  return false;
}

/** A request to turn a sentence into another kind: "Rewrite this as a question", "Turn it into an exclamation". */
const SENTENCE_KIND_TASK =
  /\b(?:(?:rewrite|re-write|rephrase|turn|convert|change|transform|put)\b[^.?!\n]{0,30}?\b(?:into|as|to)\s+(?:a|an)|make\s+(?:this|it|that|these|them|the\s+(?:sentence|text|line|statement))\s+(?:into\s+)?(?:a|an))\s+(?:negative\s+|positive\s+|yes[- ]no\s+)?(?:question|exclamation|imperative|interrogative|declarative|exclamatory|negative)(?:\s+sentence)?(?=\s*(?:[.?!,:;]|$))/imu;

const MENTIONING: ReadonlySet<string> = new Set([
  'use', 'uses', 'using', 'used', 'write', 'writes', 'writing', 'wrote', 'written', 'allow', 'allows', 'allowed', 'allowing', 'avoid', 'avoids',
  'avoiding', 'avoided', 'accept', 'accepts', 'accepted', 'ban', 'bans', 'banned', 'permit', 'permits', 'permitted', 'prefer', 'prefers', 'with',
  'replace', 'replaces', 'replacing', 'expand', 'expands', 'expanding', 'contraction', 'contractions',
  // A contraction as the subject of "is" names itself: "Is we're too casual for a cover letter?".
  'is', 'are', 'was', 'were',
]);
const USED_CONTRACTIONS: ReadonlySet<string> = new Set(['what', 'where', 'who', 'how', 'when', 'why', 'that', 'there', 'here', 'everything', 'everyone']);
/** Words after a named contraction that end its phrase: "use I'm in a resume", "don't or do not", "it's instead". */
/** Whether the contraction at [start, end) is one of two words compared: "between its and it's", "its vs it's", "they're the same as there". */
function comparedAsWords(tokens: readonly Token[], start: number, end: number, endsPhrase: boolean): boolean {
  const word = (index: number) => (tokens[index]?.kind === 'word' ? tokens[index]!.key.toLowerCase() : '');
  // "… and it's?", "… vs it's", "… or it's" closing the phrase, after "between" or "difference" in the sentence.
  if (endsPhrase && (word(start - 1) === 'vs' || word(start - 1) === 'versus')) return true;
  if (endsPhrase && COMPARING_LINKS.has(word(start - 1))) {
    for (let index = start - 2; index >= 0 && index >= start - COMPARED_REACH; index--) {
      if (COMPARING_WORDS.has(word(index))) return true;
      if (tokens[index + 1]!.sentenceStart) break;
    }
  }
  // "it's vs its", "they're the same as there", "it's or its".
  const next = word(end);
  return next === 'vs' || next === 'versus' || (next === 'the' && word(end + 1) === 'same') || (next === 'or' && COMPARING_WORDS.has(word(start - 1)));
}
const COMPARING_LINKS: ReadonlySet<string> = new Set(['and', 'vs', 'versus', 'or']);
const COMPARING_WORDS: ReadonlySet<string> = new Set(['between', 'difference', 'differences', 'vs', 'versus', 'compare', 'comparing', 'confuse', 'confusing', 'mix', 'which', 'whether']);
const COMPARED_REACH = 6;
const AFTER_MENTION: ReadonlySet<string> = new Set(['in', 'or', 'instead', 'as', 'at', 'when', 'for', 'too', 'anymore', 'ever', 'vs', 'versus', 'and', 'with', 'by']);

/** The contractions typed in a text, in order ("can't", "it's", "cannot"): expanded alike, they differ as typed. */
function contractionsTyped(text: string): string {
  // From a word's start and bounded: "\p{L}+'" tried at every letter of a 100 KB word was quadratic (25 s).
  return (text.match(/(?<!\p{L})\p{L}{1,20}['’](?:t|s|re|ve|ll|d|m)\b|\bcannot\b/giu) ?? []).join(' ').toLowerCase().replace(/’/gu, "'");
}

/**
 * A dash between two names, numbers or amounts is a range or a subtraction ("Monday - Friday", "A - Z",
 * "$500 - $800", "v1.2 - v1.5"), never a clause break. Either side counts as one when it opens with a capital, a
 * digit or a currency sign, or holds a digit anywhere ("v1.2", "mp3").
 */
function isRange(tokens: readonly Token[], at: number): boolean {
  const edge = (token: Token | undefined) => token !== undefined && (/^[\p{Lu}\p{N}\p{Sc}]/u.test(token.text) || /\p{N}/u.test(token.text));
  return /^[-–—]$/u.test(tokens[at]!.text) && edge(tokens[at - 1]) && edge(tokens[at + 1]);
}

/**
 * A spaced dash between two lowercase content words is a minus ("revenue - cost", "price - cost"), not a clause
 * dash: a clause after a dash opens with a function word or a capital ("I need a tent - which one?").
 */
function isMinus(tokens: readonly Token[], at: number): boolean {
  const [previous, next] = [tokens[at - 1], tokens[at + 1]];
  const content = (token: Token | undefined) => token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && !FUNCTION_WORDS.has(token.text);
  return /^[-–—]$/u.test(tokens[at]!.text) && content(previous) && content(next);
}

// Whether the side removed clause punctuation between two of its tokens somewhere from `start` to `end`.
function separates(side: PreparedSide, start: number, end: number): boolean {
  for (let gap = Math.max(start, 1); gap <= Math.min(end, side.tokens.length - 1); gap++) if (side.breaks[gap] === 1) return true;
  return false;
}

function sideNotes(before: PreparedSide, after: PreparedSide): string[] {
  const notes: string[] = [];
  const remaining = [...before.filler];
  for (const phrase of after.filler) {
    const index = remaining.indexOf(phrase);
    if (index === -1) notes.push(`politeness ${phrase}`);
    else remaining.splice(index, 1);
  }
  for (const phrase of remaining) notes.push(`politeness ${phrase}`);
  if (before.punctuation.join('') !== after.punctuation.join('')) notes.push('punctuation');
  if (before.expanded !== after.expanded) notes.push('contraction');
  return notes;
}


/** The same tokens on both sides of the differences, in another order: a swap ("USD to EUR" / "EUR to USD"). */
function isReordering(hunks: Hunk[], before: Token[], after: Token[]): boolean {
  const removed = new Map<string, number>();
  let count = 0;
  for (const hunk of hunks) {
    for (const token of before.slice(hunk.leftStart, hunk.leftEnd)) {
      removed.set(token.key, (removed.get(token.key) ?? 0) + 1);
      count++;
    }
  }
  for (const hunk of hunks) {
    for (const token of after.slice(hunk.rightStart, hunk.rightEnd)) {
      const left = removed.get(token.key);
      if (!left) return false;
      removed.set(token.key, left - 1);
      count--;
    }
  }
  return count === 0 && hunks.length > 0;
}

/**
 * Whether a side reads as another language as much as English ("Was bedeutet essen?"), its words that the other side
 * capitalises left out: a name typed in lowercase is no foreign word ("Is kylian mbappé older than lionel messi?" is
 * English; a review, session 37). Read by the fold of names typed in lowercase, which a text of another language
 * does not get (see foldWholeTextCase).
 */
function foreignBesideNames(side: PreparedSide, other: PreparedSide, lexicon: Lexicon): boolean {
  const capitalised = new Set(other.raw.filter((token) => token.kind === 'word' && /^\p{Lu}/u.test(token.text)).map((token) => token.text.toLowerCase()));
  const words = capitalised.size === 0 ? side.raw : side.raw.filter((token) => token.kind !== 'word' || !capitalised.has(token.text.toLowerCase()) || /^\p{Lu}/u.test(token.text));
  return mostlyForeign(words, lexicon, 0, 0, true);
}

/**
 * Whether the texts differ outside a request in another language that opens or closes them, around a pasted text: a
 * first or last piece (promptPieces) of another language that ends as a request does (":", "?", "："; "Cuenta las
 * palabras:", "¿Cuántas oraciones tiene este texto?"), in three words or more or another script, as much of another
 * language as English. An edit of that request alone is judged as usual ("Traduce esto:" / "traduce esto:"), and a
 * foreign name, dish or greeting that opens or closes an English prompt is no request (a review, session 37: a first
 * version refused 9,694 near-duplicates so).
 */
function editAroundForeignRequest(query: string, candidate: string, lexicon: Lexicon): boolean {
  // The ends first, read without cutting the whole texts: most prompts have no request in another language.
  const requests = new Set([...endPieces(query), ...endPieces(candidate)].filter((piece) => foreignRequest(piece, lexicon)));
  if (requests.size === 0) return false;
  const left = promptPieces(query);
  const right = promptPieces(candidate);
  if (left.length < 2 && right.length < 2) return false;
  if (left.length !== right.length) return true;
  return left.some((piece, index) => piece !== right[index] && !requests.has(piece) && !requests.has(right[index]!));
}

/** Whether a piece is a request in another language (see editAroundForeignRequest). */
function foreignRequest(piece: string, lexicon: Lexicon): boolean {
  if (piece.length > MAX_REQUEST_CHARACTERS || !REQUEST_END.test(piece) || CODE_IN_PART.test(piece)) return false;
  const tokens = verifyTokens(piece);
  return (tokens.filter((token) => token.kind === 'word').length >= REQUEST_WORDS || OTHER_SCRIPT.test(piece)) && mostlyForeign(tokens, lexicon, 0, 0, true, true);
}
/** How a request ends: a colon or a question mark, in any script (Greek's is ";"). */
const REQUEST_END = /[:?？：؟;;]$/u;
/**
 * Marks of code or a command: a line of code is no request of any language ("def average(nums):", "print(x % y)",
 * "chown -R www-data /var/www", "FROM golang:1.22 AS builder"). Not ";", Greek's question mark.
 */
const CODE_IN_PART = /[(){}[\]=<>`$#|/\\]|(?:^|\s)--?\p{L}|\S:\S/u;
/** The longest part read as a request around a pasted text. */
const MAX_REQUEST_CHARACTERS = 300;
/** The fewest words a part must have to be read as a request in another language, unless it is in another script (OTHER_SCRIPT, whose words spaces may not cut). */
const REQUEST_WORDS = 3;
