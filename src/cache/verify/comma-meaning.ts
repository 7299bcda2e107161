import { FUNCTION_WORDS } from './closed-lists.ts';
import type { PreparedSide } from './prepare-tokens.ts';
import { AUXILIARIES, BE_GET_HAVE } from './word-context.ts';

/**
 * A comma on one side only that changes what is meant, in texts whose kept words are the same (a comma is
 * sentence punctuation, set aside, elsewhere):
 * - before a relative clause, which then describes every one of the things instead of picking some out:
 *   "Refund the customers who were charged twice" / "Refund the customers, who were charged twice";
 * - between two words of a list, which makes them two items: "Add peanut butter, bread and milk" / "Add peanut,
 *   butter, bread and milk", "Invite Mary Ann and Joe" / "Invite Mary, Ann and Joe".
 * `commas` and `sentences` are each side's boundaries (sentence-boundary.ts), of texts whose kept words are the
 * same. Returns the reason, or undefined. A comma after an opening phrase or before "and" keeps its freedom ("In
 * Python, how do I …", "Explain recursion, and give an example").
 */
export function commaChangesMeaning(sides: readonly [PreparedSide, PreparedSide], commas: readonly [readonly number[], readonly number[]], sentences: readonly [readonly number[], readonly number[]]): string | undefined {
  for (const one of [0, 1] as const) {
    const side = sides[one];
    const other = new Set(commas[1 - one]);
    let joined: Uint8Array | undefined;
    for (const at of commas[one]) {
      if (other.has(at)) continue;
      const word = (index: number) => (side.tokens[index]?.kind === 'word' ? side.tokens[index]!.key.toLowerCase() : undefined);
      const previous = word(at - 1);
      const next = word(at);
      if (previous === undefined || next === undefined || FUNCTION_WORDS.has(previous)) continue;
      if (RELATIVE_PRONOUNS.has(next) || (next === 'which' && isVerbLike(word(at + 1)))) return 'comma before a relative clause';
      if (FUNCTION_WORDS.has(next)) continue;
      joined ??= joinerAhead(side, sentences[one]);
      if (joined[at] === 1) return 'comma between list items';
    }
  }
  return undefined;
}

/** Pronouns that open a relative clause after a noun ("which" only before a verb: "I have a dog, which food is best?" asks). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);

/** `ahead[i]` is 1 when and/or/nor follows token i in its sentence: one pass from the end, so a long text stays linear. */
function joinerAhead(side: PreparedSide, sentences: readonly number[]): Uint8Array {
  const ahead = new Uint8Array(side.tokens.length + 1);
  const ends = new Set(sentences);
  let seen = 0;
  for (let index = side.tokens.length - 1; index >= 0; index--) {
    ahead[index] = seen;
    const token = side.tokens[index]!;
    if (token.kind === 'word' && LIST_JOINERS.has(token.key.toLowerCase())) seen = 1;
    if (ends.has(index)) seen = 0;
  }
  return ahead;
}

function isVerbLike(word: string | undefined): boolean {
  return word !== undefined && (AUXILIARIES.has(word) || BE_GET_HAVE.has(word));
}
