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
  #itemNames: ItemName[] | undefined;
  readonly #found = new Map<ReadonlySet<string>, Map<(tokens: readonly Token[], index: number) => boolean, boolean>>();
  #prose: string | undefined;
  #proseLines: readonly string[] | undefined;
  readonly #bothCases = new Map<string, boolean>();
  readonly #matched = new Map<RegExp, boolean>();

  constructor(text: string, lexicon: Lexicon) {
    this.text = text;
    this.#lexicon = lexicon;
  }

  /** Whether `pattern` (no `g` or `y` flag) matches the shared text, tested once per pattern for the text's verifications. */
  matches(pattern: RegExp): boolean {
    let found = this.#matched.get(pattern);
    if (found === undefined) this.#matched.set(pattern, (found = pattern.test(this.text)));
    return found;
  }

  /**
   * Whether the shared text lists the two words (in any of their forms: children for child, bigger for big) as two
   * items: each in an item's name (#readItems: "Large coffee $3.50" / "Big coffee $4.25", "kids 3-12 $8" / "a child
   * under 3", "- Assist: live chat", a table's cell, a JSON name), with other words in common or none on a side, and
   * those other words asked about (`asked`: the compared texts' lowercase words). Items of other things ("**large
   * bowl**" / "**big pinch**", "Car payment" / "Automobile insurance") and prose that merely uses both words ("help
   * customers and assist with returns") set nothing apart (two over-refusal studies and four reviews, session 57).
   */
  listsApart(left: string, right: string, asked: ReadonlySet<string>): boolean {
    const items = (this.#itemNames ??= this.#readItems());
    const leftForms = this.#lexicon.lemmas(left);
    const rightForms = this.#lexicon.lemmas(right);
    const isForm = (word: ReadonlySet<string>, forms: readonly string[]) => forms.some((form) => word.has(form));
    const holds = (name: ItemName, forms: readonly string[]) => name.some((word) => isForm(word, forms));
    // At most MAX_PAIRED items a side are paired (a text of thousands of items with both words was 2.8 s a call).
    const withLeft = items.filter((name) => holds(name, leftForms) && !holds(name, rightForms)).slice(0, MAX_PAIRED);
    if (withLeft.length === 0) return false;
    const withRight = items.filter((name) => holds(name, rightForms) && !holds(name, leftForms)).slice(0, MAX_PAIRED);
    if (withRight.length === 0) return false;
    const otherRests = withRight.map((other) => other.filter((word) => !isForm(word, rightForms)));
    let askedForms: Set<string> | undefined;
    const isAsked = (word: ReadonlySet<string>) => {
      askedForms ??= new Set([...asked].flatMap((one) => this.#lexicon.lemmas(one)));
      for (const form of word) if (askedForms.has(form)) return true;
      return false;
    };
    for (const one of withLeft) {
      const oneRest = one.filter((word) => !isForm(word, leftForms));
      for (const otherRest of otherRests) {
        // Two bare items ("kids 3-12 $8" / "a child under 3"), or items of one thing whose other words the texts ask about
        // ("Large coffee" / "Big coffee" and "How much is a big coffee?"); not items of other things ("**large bowl**" /
        // "**big pinch**" and "Can I make a big batch?", "Big breakfasts" / "Large groups of 8" and "tables for big
        // groups?", "Sofa beds" / "Couches" and "Where should the TV go relative to the sofa?").
        if (oneRest.length > 0 && otherRest.length > 0 && !oneRest.some((word) => otherRest.some((that) => [...word].some((form) => that.has(form))))) continue;
        const rest = [...oneRest, ...otherRest];
        if (rest.length === 0 || rest.some(isAsked)) return true;
      }
    }
    return false;
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
    // A name inside a sentence, or the two forms set against each other in one line ("Jersey the island or a jersey
    // shirt?", "Turkey (the country) or turkey (the bird)?"); not an option among others in capitals ("We have Small,
    // Medium and Large. A large is 16 oz.", "Window or Aisle?": a review, session 57).
    const names = (text: string, after: RegExp) => {
      for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_-])${capitalised}(?![\\p{L}\\p{N}_-])`, 'gu'))) {
        if (after.test(text.slice(Math.max(0, match.index - 2), match.index)) && !inOptionList(text, match.index, capitalised.length)) return true;
      }
      return false;
    };
    const both = lowercase.test(prose) && (names(prose, /[\p{Ll}\p{N},;][ \t]$/u) || (this.#proseLines ??= prose.split('\n')).some((line) => lowercase.test(line) && /(?<![\p{L}])(?:or|vs\.?|versus)(?![\p{L}])/iu.test(line) && names(line, /(?:)/u)));
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
      // Each occurrence is read with the word after it, as a pair of tokens (no token kept per word of the text: a
      // 16 MB text held 453 MB that way, a review of the session's code).
      const pattern = /\p{L}+/gu;
      let previous: string | undefined;
      for (const [word] of this.text.slice(0, MAX_SCAN).matchAll(pattern)) {
        if (previous !== undefined) {
          found = counts([asToken(previous), asToken(word)], 0);
          if (found) break;
        }
        previous = words.has(word.toLowerCase()) ? word : undefined;
      }
      if (!found && previous !== undefined) found = counts([asToken(previous)], 0);
    }
    byTest.set(counts, found);
    return found;
  }

  /**
   * The names of the items the shared text lists, each as its words' forms (function words left out): the words right
   * before the first amount of a segment of a line (up to five: "Large coffee $3.50", "kid ticket (ages 3-12) $8", "a
   * child under 3", "Quick (2 days, $6)"; a list's "1.", a share "30%" and a dot leader are no amounts), else the short
   * segment before it ("Large coffee – 16 oz – $3.50") or a short line before it ("Large coffee\n$3.50"), else the words
   * after an amount that opens the segment ("$8 Kid ticket", read too after another name: "Prices: $8 Kid ticket"); a label opening a line before ":" ("- Assist: live chat"; not a remark's: "Quick tip:"), a word opening a
   * segment or a sentence before "(" or "=" ("Fast (next morning", "(Large = L)"); a heading; bold opening a line; a
   * table's, list's or heading's HTML element; a table's cell, a CSV row's first field, a list item or a quoted value of
   * up to five words; a JSON, YAML or XML name (`"name": "Kid ticket"`, `displayName: Kid`). Read line by line with
   * plain steps and bounded patterns: patterns over whole texts or cells were quadratic (reviews, session 57).
   */
  #readItems(): ItemName[] {
    const items: ItemName[] = [];
    const addName = (text: string) => {
      if (items.length >= MAX_ITEMS) return;
      const words = (text.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase()).filter((word) => !FUNCTION_WORDS.has(word) && !AMOUNT_QUALIFIERS.has(word));
      if (words.length === 0 || words.length > NAME_WORDS) return;
      items.push(words.map((word) => new Set(this.#lexicon.lemmas(word))));
    };
    // A short line without an amount names the amount that opens the next ("Large coffee\n$3.50").
    let carried: string[] = [];
    for (const rawLine of this.text.split('\n')) {
      if (items.length >= MAX_ITEMS) break;
      const trimmed = rawLine.trimStart().slice(0, MAX_LINE);
      const listItem = LIST_MARKER.test(trimmed);
      const line = trimmed.replace(LIST_MARKER, '').replace(/\.{3,}|…+/gu, ' ').replace(SHARE, ' ');
      if (line.startsWith('#')) addName(line);
      // A word or a phrase in quotes opening the line: '"Cheap" on the board means the house wine at $6'.
      const quoted = /^["“]([^"“”\n]{1,40})["”]/u.exec(line);
      if (quoted !== null && isShortName(quoted[1]!)) addName(quoted[1]!);
      const colon = line.indexOf(':');
      if (colon > 0 && colon <= LABEL_CHARACTERS && line.slice(0, colon).split(/\s+/u).length <= LABEL_WORDS && !REMARK_LABEL.test(line.slice(0, colon))) {
        // "Couches and sectionals:" labels two items.
        for (const part of line.slice(0, colon).split(/,|&|\band\b|\//u)) addName(part);
      }
      for (const [, label] of line.matchAll(LABEL_BEFORE_MARK)) addName(label!);
      for (const [, value] of line.matchAll(NAMED_VALUE)) addName(value!);
      for (const [, element, bold] of line.matchAll(MARKED_ITEM)) addName(element ?? bold!);
      for (const [, value] of line.matchAll(QUOTED_VALUE)) addName(value!);
      if (line.startsWith('|') || line.includes('\t')) for (const cell of line.split(/[|\t]/u)) if (isShortName(cell)) addName(cell);
      const comma = line.indexOf(',');
      if (comma > 0 && /,[^,]*,/u.test(line) && /[\p{N}\p{Sc}]/u.test(line) && isShortName(line.slice(0, comma))) addName(line.slice(0, comma));
      if (listItem && isShortName(line)) addName(line);
      // A name a separator parts from its amount ("Large coffee – 16 oz – $3.50", "Big coffee | 32 oz | $4.25") is the
      // short segment before the amount's.
      let pending = carried;
      carried = [];
      let segments = 0;
      let awaiting = false;
      let amounts = 0;
      for (const segment of line.split(SEGMENT_BREAK)) {
        const pieces = segment.match(/[\p{L}\p{N}\p{Sc}][\p{L}\p{N}\p{Sc}.'’/-]*/gu) ?? [];
        if (pieces.length > 0) segments++;
        const first = pieces.findIndex((piece) => /[\p{N}\p{Sc}]/u.test(piece) || /^free$/iu.test(piece));
        if (first < 0) {
          // The name after an amount alone in its segment ("$30/mo  Phone plan, mobile").
          if (awaiting && pieces.length > 0 && pieces.length <= NAME_WORDS) addName(pieces.join(' '));
          awaiting = false;
          if (pieces.length > 0) pending = pieces.length <= NAME_WORDS ? pieces : [];
          continue;
        }
        amounts++;
        const before = pieces.slice(Math.max(0, first - NAME_REACH), first).filter((piece) => /^\p{L}/u.test(piece) && !FUNCTION_WORDS.has(piece.toLowerCase()) && !AMOUNT_QUALIFIERS.has(piece.toLowerCase()));
        const after = pieces.slice(first + 1, first + 1 + NAME_WORDS).filter((piece) => /^\p{L}/u.test(piece));
        const words = before.length > 0 ? before : pending.length > 0 ? pending : after;
        if (words.length > 0) addName(words.slice(-NAME_WORDS).join(' '));
        awaiting = words.length === 0;
        // An amount that opens a segment after another name names what follows it too ("Prices: $8 Kid ticket").
        if (before.length === 0 && words !== after && after.length > 0) addName(after.join(' '));
        pending = [];
      }
      if (amounts === 0 && segments === 1 && pending.length > 0) carried = pending;
    }
    return items;
  }
}

/** An item's name: each word's forms (its lowercase form and lemmas). */
type ItemName = ReadonlyArray<ReadonlySet<string>>;

/** Where an item of a line ends: a semicolon, a comma, a colon or a full stop before a space, a pipe, a middle dot or a bullet, a dash, slash or plus between spaces, "and" or "or", a run of spaces. */
const SEGMENT_BREAK = /;|[,.:](?=\s)|\||[·•◦▪]|\s[-–—/+]\s|\s(?:and|or)\s|[ \t]{2,}/u;
/** A share ("30%"), no amount of an item; read from a run of digits' start only (a run of 128 KB of digits was quadratic). */
const SHARE = /(?<![\d.,])\d+(?:[.,]\d+)?[ \t]?%/gu;
/** A list's marker opening a line: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_MARKER = /^(?:[-*•]|\d{1,2}[.)])[ \t]+/u;
/** Words between an item and its amount: "a child under 3", "kids aged 4-12", "adults from $14", "is for ages 13-64". */
const AMOUNT_QUALIFIERS: ReadonlySet<string> = new Set(['under', 'over', 'from', 'aged', 'ages', 'age', 'above', 'below', 'at', 'costs', 'cost', 'priced', 'price', 'is', 'are', 'for']);
/** How many words before an amount are read for its item's name, and how many a name may have. */
const NAME_REACH = 6;
const NAME_WORDS = 5;
/** Bounds on the reading: items kept, items of a word paired, characters of a line read, of a short name, of a scan. */
const MAX_ITEMS = 5_000;
const MAX_PAIRED = 64;
const SHORT_NAME_CHARACTERS = 120;
const MAX_SCAN = 128 * 1024;
const MAX_LINE = 128 * 1024;
/** A label before ":" at a line's opening: at most this many words and characters. */
const LABEL_WORDS = 4;
const LABEL_CHARACTERS = 60;
/** Labels of a remark, not of an item: "Quick tip:", "Note:", "Heads-up:", "Bottom line:". */
const REMARK_LABEL = /(?<![\p{L}])(?:tip|tips|note|notes|hint|hints|warning|reminder|update|heads-up|ps|fyi|tl;?dr|summary|example|question|answer|recommendation|verdict|bottom line|caveat|option|version|way|alternative|trick|hack)["”*_]*$/iu;
/**
 * The value of a field that names an item, in JSON, YAML, XML or a form: `"name": "Kid ticket"`, `- name: Kid ticket`,
 * `<name>Kid ticket</name>`, `title=Big & Tall`, `displayName: Kid`, `"roomType": "Large Double"`.
 */
const NAMED_VALUE = /(?:(?<![\p{L}])(?:name|title|label|item|product|plan|tier|option|service|size|category|type)|\p{Ll}(?:Name|Title|Label|Type|Size|Tier|Plan))["']?[ \t]{0,4}[:=>][ \t]{0,4}["']?([^"'<,\n]{1,60})/gu;
/** An item's name a layout marks: an HTML element's text, bold ("<td class=\"item\">Kid ticket</td>", "**Kid ticket**"). */
const MARKED_ITEM = /<(?:td|th|li|dt|dd|h[1-6]|option|caption|name|title)(?:\s[^<>\n]{0,80})?>([^<\n]{1,60})<\/|^[ \t]*(?:<(?:b|strong)>|\*\*)([^*<\n]{1,60})(?:<\/|\*\*)/giu;
/** A word opening a segment or a sentence right before "(" or "=": "Quick (2 days", "(Large = L)"; not "a large (12-inch) skillet", "db.begin()". */
const LABEL_BEFORE_MARK = /(?:^|[,;(|·:]|[.!?]\s|\s[-–—])[ \t]*(\p{L}+)(?= ?[(=])/gu;
/** A quoted value of JSON or YAML: `"Large"` in `["Large", "Big"]`, `"size": "Big"` (at a line's end too). */
const QUOTED_VALUE = /["“]([^"“”\n]{1,40})["”][ \t]*(?:[,\]}]|$)/gu;

/** Whether a cell, an item or a value is a name of up to three words (not a sentence: "Choose a plan."). */
function isShortName(text: string): boolean {
  // A name is short: a long cell or line is read no further (a trailing-marks pattern over 120 KB of ":" took 6 s).
  if (text.length > SHORT_NAME_CHARACTERS) return false;
  const trimmed = text.trim();
  if (trimmed === '' || /[.!?]$/u.test(trimmed)) return false;
  let end = trimmed.length;
  while (end > 0 && ':;*_`'.includes(trimmed[end - 1]!)) end--;
  const words = trimmed.slice(0, end).split(/\s+/u);
  return words.length <= NAME_WORDS && words.every((word) => /^[\p{L}&][\p{L}'’&-]*$/u.test(word));
}

/** Whether a word in capitals at `index` stands among other capitalised options: "Small, Medium and Large", "Window or Aisle". */
function inOptionList(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - OPTION_REACH), index);
  const after = text.slice(index + length, index + length + OPTION_REACH);
  return /\p{Lu}[\p{L}-]*(?:,|[ \t]+(?:or|and|\/))[ \t]*$/u.test(before) || /^(?:,|[ \t]*\/|[ \t]+(?:or|and))[ \t]+\p{Lu}/u.test(after);
}
const OPTION_REACH = 24;

/** A word as a token of kind `word`, for a word-sense gate's test (synonym-sense.ts). */
function asToken(word: string): Token {
  return { text: word, key: word, kind: 'word', sentenceStart: false, expanded: false, loose: false } as unknown as Token;
}
