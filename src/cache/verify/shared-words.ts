import { FUNCTION_WORDS, QUESTION_OPENERS } from './closed-lists.ts';
import type { Lexicon } from './lexicon.ts';
import { verifyTokens, type Token } from './verify-tokens.ts';

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
    const prose = this.text.replace(/`[^`\n]*`/gu, ' ');
    const lowercase = new RegExp(`(?<![\\p{L}\\p{N}_-])${lower}(?![\\p{L}\\p{N}_-])`, 'u');
    const name = new RegExp(`(?<![\\p{L}\\p{N}_-])${capitalised}(?![\\p{L}\\p{N}_-])`, 'u');
    // A name inside a sentence, or the two forms set against each other in one line ("Jersey the island or a jersey
    // shirt?", "Turkey (the country) or turkey (the bird)?").
    const both = lowercase.test(prose) && (new RegExp(`[\\p{Ll}\\p{N},;][ \\t]+${capitalised}(?![\\p{L}\\p{N}])`, 'u').test(prose) || prose.split('\n').some((line) => name.test(line) && lowercase.test(line) && /(?<![\p{L}])(?:or|vs\.?|versus)(?![\p{L}])/iu.test(line)));
    if (this.#bothCases.size < 256) this.#bothCases.set(lower, both);
    return both;
  }

  /** The shared text's tokens (for the word-sense gates that look through a whole text: synonym-sense.ts). */
  tokens(): readonly Token[] {
    this.#tokens ??= verifyTokens(this.text);
    return this.#tokens;
  }

  /**
   * The words, and their lemmas, the shared text lists as items: a word within ITEM_REACH words of a number or an
   * amount in its clause ("kids 3-12 $8", "Quick (2 days, $6)", "a child under 3 on a lap is free"), or a label
   * (LABEL: "- Assist: live chat", "(Large = L)").
   */
  #listedLemmas(): Set<string> {
    const listed = new Set<string>();
    const add = (word: string) => {
      const lower = word.toLowerCase();
      if (listed.has(lower)) return;
      listed.add(lower);
      for (const lemma of this.#lexicon.lemmas(lower)) listed.add(lemma);
    };
    for (const [label] of this.text.matchAll(LABEL)) for (const [word] of label.matchAll(/\p{L}+/gu)) add(word);
    for (const clause of this.text.split(CLAUSE_BREAK)) {
      if (!/[\p{N}\p{Sc}]/u.test(clause)) continue;
      const pieces = clause.match(/[\p{L}\p{N}\p{Sc}][\p{L}\p{N}\p{Sc}.'’/]*/gu) ?? [];
      // A short clause with a number is an item whole ("Supports fast charging over USB Power Delivery at up to 25 W").
      const whole = pieces.length <= SHORT_ITEM;
      pieces.forEach((piece, index) => {
        if (!/^\p{L}+$/u.test(piece)) return;
        if (whole) return add(piece);
        for (let other = Math.max(0, index - ITEM_REACH); other <= Math.min(pieces.length - 1, index + ITEM_REACH); other++) {
          if (/[\p{N}\p{Sc}]/u.test(pieces[other]!)) return add(piece);
        }
      });
    }
    return listed;
  }
}

/** Where a clause ends: a line, a semicolon, a pipe, a full stop before a space. */
const CLAUSE_BREAK = /\n|;|\||\.(?=\s)/u;
/** How many words from a number a word of a list's item may stand ("a child under 3"), and how many words make a clause with a number an item whole. */
const ITEM_REACH = 8;
const SHORT_ITEM = 20;
/**
 * Labels: a word before "(" or "=" ("Quick (2 days", "Large = L"), the words of a line's opening before ":" ("-
 * Rapid antigen test: results in 15 minutes", "Assist: live chat"), a list item's first word in capitals ("- Big & Tall
 * sizes are sold online only").
 */
const LABEL = /(?<![\p{L}\p{N}_])\p{L}+(?=[ \t]*[(=])|^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*(?:["“]?[\p{L}-]+["”]?[ \t]+){0,3}["“]?[\p{L}-]+["”]?(?=[ \t]*:)|^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*\p{Lu}\p{L}*/gmu;
