import { FUNCTION_WORDS, QUESTION_OPENERS } from './closed-lists.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './verify-tokens.ts';

/**
 * The words of a request's shared text (RequestKey.shared: its system prompt, instructions, earlier turns and tool
 * results, the same on both sides of a verification, since they are in the partition), read for what they say about
 * the compared texts: whether they list a word as an item of its own ("Tickets: kids 3-12 $8, a child under 3 free"
 * lists kid and child as two prices), and whether they set a word apart by its case ("Do you mean Turkey the country or
 * the turkey you cook?").
 *
 * Read lazily, once per shared text: most verifications never ask (a red team on shared contexts, session 57).
 */
export class SharedWords {
  readonly text: string;
  readonly #lexicon: Lexicon;
  #words: Set<string> | undefined;
  #listed: Set<string> | undefined;
  #tokens: readonly Token[] | undefined;
  readonly #found = new Map<ReadonlySet<string>, Map<(tokens: readonly Token[], index: number) => boolean, boolean>>();
  #prose: string | undefined;
  #proseLines: readonly string[] | undefined;
  readonly #bothCases = new Map<string, boolean>();

  constructor(text: string, lexicon: Lexicon) {
    this.text = text;
    this.#lexicon = lexicon;
  }

  /**
   * Whether the shared text names the word, in one of its forms (children for child, bigger for big), as an item of a
   * list or a table: beside a number ("kids 3-12 $8", "Quicker (2 days) $9") or as a label ("- Assist: live chat",
   * "(Large = L)"). Prose that merely uses both words ("help customers and assist with returns", a persona prompt of
   * several KB: an over-refusal study, session 57) names no item.
   */
  listsAsItem(word: string): boolean {
    const listed = (this.#listed ??= this.#listedLemmas());
    const lower = word.toLowerCase();
    return listed.has(lower) || this.#lexicon.lemmas(lower).some((lemma) => listed.has(lemma));
  }

  /** Whether one of the words occurs in the shared text (lowercase, as typed). */
  hasAnyWord(words: ReadonlySet<string>): boolean {
    const seen = (this.#words ??= new Set([...this.text.matchAll(/\p{L}+/gu)].map(([word]) => word.toLowerCase())));
    for (const word of words) if (seen.has(word)) return true;
    return false;
  }

  /**
   * Whether the shared text writes the word both capitalised inside a line's sentence (a name: "Turkey the country",
   * "in Polish"), or at all in a line that sets it against its lowercase form with "or", and in lowercase outside code
   * spans ("the turkey you cook", "shoe polish"): then its case tells the two apart. Not a function word or a
   * question's opener ("How", "What": a heading or an FAQ line after a line that ends in lowercase is no name), nor a
   * word of two letters.
   */
  namesBothCases(word: string): boolean {
    const lower = word.toLowerCase();
    if (!/^\p{Ll}{3,}$/u.test(lower) || FUNCTION_WORDS.has(lower) || QUESTION_OPENERS.has(lower)) return false;
    const known = this.#bothCases.get(lower);
    if (known !== undefined) return known;
    const capitalised = lower[0]!.toUpperCase() + lower.slice(1);
    // Code is no prose: a fence's language ("```python") and a span's words are not the lowercase form.
    const prose = (this.#prose ??= this.text.replace(/```[^]*?(?:```|$)/gu, ' ').replace(/`[^`\n]*`/gu, ' '));
    const lowercase = new RegExp(`(?<![\\p{L}\\p{N}_-])${lower}(?![\\p{L}\\p{N}_-])`, 'u');
    const name = new RegExp(`(?<![\\p{L}\\p{N}_-])${capitalised}(?![\\p{L}\\p{N}_-])`, 'u');
    // A name inside a sentence, or the two forms set against each other in one line ("Jersey the island or a jersey
    // shirt?", "Turkey (the country) or turkey (the bird)?").
    const both = lowercase.test(prose) && (new RegExp(`[\\p{Ll}\\p{N},;][ \\t]+${capitalised}(?![\\p{L}\\p{N}])`, 'u').test(prose) || (this.#proseLines ??= prose.split('\n')).some((line) => name.test(line) && lowercase.test(line) && /(?<![\p{L}])(?:or|vs\.?|versus)(?![\p{L}])/iu.test(line)));
    if (this.#bothCases.size < 256) this.#bothCases.set(lower, both);
    return both;
  }

  /**
   * The shared text's words as tokens of kind `word` (for the word-sense gates that look through a whole text:
   * synonym-sense.ts), read with one pattern rather than the verifier's tokenizer (100–155 ms for 128 KB: a review,
   * session 57); and whether one of `words` stands in it where `counts` says it does, remembered per set and test.
   */
  wordsWhere(words: ReadonlySet<string>, counts: (tokens: readonly Token[], index: number) => boolean): boolean {
    let byTest = this.#found.get(words);
    if (byTest === undefined) this.#found.set(words, (byTest = new Map()));
    const known = byTest.get(counts);
    if (known !== undefined) return known;
    let found = false;
    if (this.hasAnyWord(words)) {
      this.#tokens ??= Array.from(this.text.matchAll(/\p{L}+/gu), ([word]) => ({ text: word, key: word, kind: 'word' as const, sentenceStart: false, expanded: false, loose: false }) as unknown as Token);
      const tokens = this.#tokens;
      for (let index = 0; index < tokens.length && !found; index++) found = words.has(tokens[index]!.key.toLowerCase()) && counts(tokens, index);
    }
    byTest.set(counts, found);
    return found;
  }

  /**
   * The words, and their lemmas, the shared text lists as items: a word right before an amount in its clause, or before
   * a qualifier and it ("kids 3-12 $8", "a child under 3 on a lap is free"; a list's own "1." or "2)", a share "30%",
   * are no amounts), or a label: a
   * word before "(" or "=" ("Quick (2 days", "Large = L"), the words of a line's opening before ":" or "(" ("- Rapid
   * antigen test: results in 15 minutes", "Assist: live chat", a JSON key), of a clause's opening before "(" ("Big & Tall
   * sizes (2XB-6XB)"), a quoted word opening a line ('"Cheap" means …'), a heading's
   * words ("## Kid tickets"), an item's name in data (NAMED_VALUE) or marked by the layout (MARKED_ITEM), a table's
   * cell, a list's item or a quoted value of one or two words ("| Kid |", "- Large", `"Big"`). Read line by line with plain string steps: a pattern over
   * the whole text was quadratic in a line's leading spaces (a review, session 57).
   */
  #listedLemmas(): Set<string> {
    const listed = new Set<string>();
    const add = (word: string) => {
      const lower = word.toLowerCase();
      if (listed.has(lower)) return;
      listed.add(lower);
      for (const lemma of this.#lexicon.lemmas(lower)) listed.add(lemma);
    };
    const addWords = (text: string) => {
      for (const [word] of text.matchAll(/\p{L}+/gu)) add(word);
    };
    for (const rawLine of this.text.split('\n')) {
      const line = rawLine.trimStart().replace(LIST_MARKER, '');
      if (line.startsWith('#')) addWords(line.slice(0, LABEL_CHARACTERS));
      const colon = line.indexOf(':');
      // Not a remark's label ("Quick tip:", "Kid-friendly tip:", "Heads-up:": a study of multi-turn chats, session 57).
      if (colon > 0 && colon <= LABEL_CHARACTERS && line.slice(0, colon).split(/\s+/u).length <= LABEL_WORDS && !REMARK_LABEL.test(line.slice(0, colon))) addWords(line.slice(0, colon));
      for (const [label] of line.matchAll(LABEL_BEFORE_MARK)) add(label);
      // The one or two words before a bracket of an amount: "kid ticket (ages 3-12) $8", "big coffee (32 oz)"; not a
      // predicate's ("Timsort is faster (about 0.3 s)": a study of multi-turn chats, session 57).
      for (const match of line.matchAll(NAME_BEFORE_AMOUNT)) if (!PREDICATE_BEFORE.test(line.slice(Math.max(0, match.index - 8), match.index))) addWords(match[1]!);
      // A row of comma-separated values with an amount: its first field ("Kid ticket,\"ages 3-12\",$8").
      const comma = line.indexOf(',');
      if (comma > 0 && /,[^,]*,/u.test(line) && /[\p{N}\p{Sc}]/u.test(line) && isShortName(line.slice(0, comma))) addWords(line.slice(0, comma));
      for (const [, value] of line.matchAll(NAMED_VALUE)) addWords(value!);
      for (const [, cell, bold] of line.matchAll(MARKED_ITEM)) addWords(cell ?? bold!);
      // A word or a phrase in quotes opening the line: '"Cheap" on the board means the house wine at $6'.
      const quoted = /^["“]([^"“”\n]{1,40})["”]/u.exec(line);
      if (quoted !== null && isShortName(quoted[1]!)) addWords(quoted[1]!);
      // A table's cell, a list's item or a data value of one or two words: "| Kid | 3-12 | $8 |", "- Large", `["Large", "Big"]`.
      if (line.startsWith('|')) for (const cell of line.split('|')) if (isShortName(cell)) addWords(cell);
      if (line !== rawLine.trimStart() && isShortName(line)) addWords(line);
      for (const [, value] of line.matchAll(QUOTED_VALUE)) if (isShortName(value!)) addWords(value!);
      for (const clause of line.split(CLAUSE_BREAK)) {
        // A phrase opening the clause before a bracket with an amount or a code: "Big & Tall sizes (2XB-6XB) are online
        // only"; not a call's ("Quick sort is O(n log n)").
        const paren = clause.indexOf('(');
        if (paren > 0 && paren <= LABEL_CHARACTERS && /^\([^()]{0,30}[\p{N}\p{Sc}]/u.test(clause.slice(paren)) && clause.slice(0, paren).trim().split(/\s+/u).length <= LABEL_WORDS) addWords(clause.slice(0, paren));
        if (!/[\p{N}\p{Sc}]/u.test(clause)) continue;
        // A word just before an amount names what it is the amount of ("kids 3-12 $8", "a child under 3", "Adults $14");
        // not every word of a sentence that holds a number ("Big breakfasts from $9", "1 large onion": an over-refusal
        // study of the first version, 322 of 358 lost judgements in multi-turn chats).
        // A share is no amount of an item: "a big 30% discount".
        const pieces = clause.replace(/\d+(?:[.,]\d+)?[ \t]?%/gu, ' ').match(/[\p{L}\p{N}\p{Sc}][\p{L}\p{N}\p{Sc}.'’/]*/gu) ?? [];
        // Right before it, or before a qualifier of age or size and it ("children 4-12", "kids under 4"); not a verb's
        // measure ("Reply within 3 sentences").
        const isAmount = (at: number) => at < pieces.length && /[\p{N}\p{Sc}]/u.test(pieces[at]!);
        pieces.forEach((piece, index) => {
          if (!/^\p{L}+$/u.test(piece)) return;
          if (isAmount(index + 1) || (AMOUNT_QUALIFIERS.has(pieces[index + 1]?.toLowerCase() ?? '') && isAmount(index + 2))) add(piece);
        });
      }
    }
    return listed;
  }
}

/** Where a clause ends inside a line: a semicolon, a full stop before a space (a table's row is one clause). */
const CLAUSE_BREAK = /;|\.(?=\s)/u;
/** A list's marker opening a line: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_MARKER = /^(?:[-*•]|\d{1,2}[.)])[ \t]+/u;
/** Words between an item and its amount: "a child under 3", "kids aged 4-12", "adults from $14". */
const AMOUNT_QUALIFIERS: ReadonlySet<string> = new Set(['under', 'over', 'from', 'aged', 'ages', 'age', 'above', 'below', 'at']);
/** A quoted value of JSON or YAML: `"Large"` in `["Large", "Big"]`, `"size": "Big"`. */
const QUOTED_VALUE = /["“]([^"“”\n]{1,40})["”][ \t]*[,\]}]/gu;

/** Whether a cell, an item or a value is a name of one or two words (not a step: "1. Choose a plan."). */
function isShortName(text: string): boolean {
  const words = text.trim().replace(/[.:;!?*_`]+$/u, '').split(/\s+/u);
  return words.length >= 1 && words.length <= 2 && words.every((word) => /^\p{L}[\p{L}'’-]*$/u.test(word));
}
/** A label before ":" at a line's opening: at most this many words and characters. */
const LABEL_WORDS = 4;
const LABEL_CHARACTERS = 60;
/**
 * The value of a field that names an item, in JSON, YAML, XML or a form: `"name": "Kid ticket"`, `- name: Kid ticket`,
 * `<name>Kid ticket</name>`, `title=Big & Tall` (a review, session 57: such catalogues served 38 of 60 judgements).
 */
const NAMED_VALUE = /(?<![\p{L}])(?:name|title|label|item|product|plan|tier|option|service|size|category)["']?[ \t]{0,4}[:=>][ \t]{0,4}["']?([^"'<,\n]{1,60})/giu;
/** An item's name a layout marks: a table's cell, a list's item, a term, bold ("<td>Kid ticket</td>", "**Kid ticket**"). */
const MARKED_ITEM = /<(?:td|th|li|dt|b|strong)>([^<\n]{1,60})<\/|\*\*([^*\n]{1,60})\*\*/giu;
/** One or two words before a bracket that opens with an amount or holds one within a few words: "kid ticket (ages 3-12)". */
const NAME_BEFORE_AMOUNT = /(?<![\p{L}\p{N}_])(\p{L}+(?: \p{L}+)?) ?\((?:[^()\n\p{N}]{0,12})[\p{N}\p{Sc}]/gu;
/** Labels of a remark, not of an item: "Quick tip:", "Note:", "Heads-up:", "Bottom line:". */
const REMARK_LABEL = /(?<![\p{L}])(?:tip|tips|note|notes|hint|hints|warning|reminder|update|heads-up|ps|fyi|tl;?dr|summary|example|question|answer|recommendation|verdict|bottom line|caveat|option|version|way|alternative|trick|hack)["”*_]*$/iu;
/** A verb of being before a name: what follows it is said of something, not named. */
const PREDICATE_BEFORE = /(?<![\p{L}])(?:is|are|was|were|be|been|being|seems|looks)[ \t]+$/iu;
/** A word right before "(" or "=": "Quick (2 days", "Large = L". */
const LABEL_BEFORE_MARK = /(?<![\p{L}\p{N}_])\p{L}+(?= ?[(=])/gu;
