/**
 * Texts as they would read typed the plain way: the rules that read a text's commas, question marks and case look for
 * ASCII marks and for sentence case, so English typed with another script's marks ("Don't sell， Tom." from a Chinese
 * keyboard, "… sick، …" from an Arabic one) or in capitals ("LET'S EAT, GRANDMA.") hid from them a mark that changes
 * the question (a hostile review of session 52's rules: the ASCII pair refused, the disguised one served). The
 * verifier verifies these forms as well as the texts as typed, and keeps only a verdict other than `same` from them:
 * a form can turn a hit into a miss, never a miss into a hit.
 */

/** Another script's clause and sentence marks, and the ASCII mark each stands for in English prose. */
const ASCII_OF: Readonly<Record<string, string>> = { '۔': '.', '，': ',', '、': ',', '،': ',', '؛': ';', '；': ';', '？': '?', '؟': '?', '！': '!', '：': ':', '。': '.' };
/**
 * Such a mark after a Latin letter, a digit or a closing bracket or quote, and before ASCII or a Latin letter, a line
 * break or the text's end (spaces aside: ASCII ones, a no-break space, the ideographic space a full-width keyboard
 * types): typed in a Latin text, not in the script it belongs to ("我用Python，怎么排序？" keeps its marks).
 */
const MARK_IN_LATIN = /([\p{Script=Latin}0-9)\]"'`”’»][ \t\u00a0\u3000]{0,3})([，、،؛；？؟！：。۔])([ \t\u00a0\u3000]*)(?=[!-~\p{Script=Latin}]|\r|\n|$)/gu;

/** Both texts with the marks MARK_IN_LATIN finds typed in ASCII; undefined where neither has one. */
export function withAsciiMarks(query: string, candidate: string): { query: string; candidate: string } | undefined {
  const [asciiQuery, asciiCandidate] = [asciiMarks(query), asciiMarks(candidate)];
  if (asciiQuery === query && asciiCandidate === candidate) return undefined;
  return { query: asciiQuery, candidate: asciiCandidate };
}

function asciiMarks(text: string): string {
  if (!FOREIGN_MARK.test(text)) return text;
  // The mark's own spacing goes with it: the spaces after it (an ideographic or a no-break one too) read as one space,
  // none at a line's end; spaces typed before it are dropped.
  return text.replace(MARK_IN_LATIN, (_match, before: string, mark: string, _after: string, offset: number, whole: string) => {
    const next = whole[offset + _match.length];
    return before.replace(/[ \t\u00a0\u3000]+$/u, '') + ASCII_OF[mark]! + (next === undefined || next === '\n' || next === '\r' ? '' : ' ');
  });
}
const FOREIGN_MARK = /[，、،؛；？؟！：。۔]/u;

/**
 * Texts typed in capitals read in lowercase: a side whose letters are capitals (SHOUTED) is lowercased but for "I" and
 * the words the other side, where it is not shouted, writes otherwise in every place but a sentence's start ("I LIVE IN
 * PARIS" beside "I live in Paris" reads "I live in Paris"). Undefined where neither side is typed in capitals.
 */
export function withLowercase(query: string, candidate: string): { query: string; candidate: string } | undefined {
  const [queryShouted, candidateShouted] = [isShouted(query), isShouted(candidate)];
  if (!queryShouted && !candidateShouted) return undefined;
  const form = {
    query: queryShouted ? lowercased(query, candidateShouted ? undefined : candidate) : query,
    candidate: candidateShouted ? lowercased(candidate, queryShouted ? undefined : query) : candidate,
  };
  // Capitals that stay ("I. I. I.", the other side's "NASA"): no other form to read.
  return form.query === query && form.candidate === candidate ? undefined : form;
}

/** At least SHOUTED_LETTERS cased letters in two words or more, all but a tenth of them capitals. */
function isShouted(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const character of text) {
    if (character >= 'A' && character <= 'Z') upper++;
    else if (character >= 'a' && character <= 'z') lower++;
    else if (character > '\x7f' && character.toLowerCase() !== character.toUpperCase()) {
      if (character === character.toUpperCase()) upper++;
      else lower++;
    }
  }
  return upper >= SHOUTED_LETTERS && lower * 10 <= upper && /\S\s+\S/u.test(text);
}
const SHOUTED_LETTERS = 8;

function lowercased(text: string, other: string | undefined): string {
  // The other side's form of each word, where it is one form in every place but a sentence's start.
  const formOf = new Map<string, string | null>();
  if (other !== undefined) {
    for (const match of other.matchAll(WORD)) {
      if (SENTENCE_START.test(other.slice(Math.max(0, match.index - SENTENCE_REACH), match.index))) continue;
      const lower = match[0].toLowerCase();
      const seen = formOf.get(lower);
      formOf.set(lower, seen === undefined || seen === match[0] ? match[0] : null);
    }
  }
  // Code in backticks keeps its case: `LABEL` is a name, not a shout. A sentence's first letter is left lowercase: the
  // rules read a lowercase opening as typed casually, and capitals there refused more near-duplicates in a break test
  // (the other side's "To …" read as a name), though "help!! my toilet …" reads its marks otherwise than "Help!! …".
  return text.split(CODE_SPAN).map((part, index) => (index % 2 === 1 ? part : part.replace(WORD, (word) => formOf.get(word.toLowerCase()) ?? (I_WORD.test(word) ? `I${word.slice(1).toLowerCase()}` : word.toLowerCase())))).join('');
}
const CODE_SPAN = /(```[\s\S]*?(?:```|$)|`[^`\n]+`)/u;
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu;
/** "I" and its contractions, which stay capitalised. */
const I_WORD = /^I(?:['’](?:M|D|LL|VE))?$/iu;
/** What comes before a sentence's first word: the text's start, a sentence mark or a line break, then marks. */
const SENTENCE_START = /(?:^|[.?!]\s+|\n)[^\p{L}\n]*$/u;
const SENTENCE_REACH = 8;
