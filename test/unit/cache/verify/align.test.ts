import { readFileSync } from 'node:fs';
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { ADDED, align, alignWith, COMMON, REMOVED, type Hunk } from '../../../../src/cache/verify/align.ts';
import { prepareSide } from '../../../../src/cache/verify/prepare-tokens.ts';
import { verifyTokens } from '../../../../src/cache/verify/verify-tokens.ts';
import { seededRandom } from '../../../../src/util/seeded-random.ts';

/**
 * The aligner's Myers diff must make jsdiff's choices (the `diff` package, which it replaced for speed): where
 * several minimal alignments exist, which one the verifier's rules see decides verdicts. The reference is the
 * aligner on `diffArrays`, as it was.
 */
function reference(left: readonly string[], right: readonly string[]): Hunk[] | undefined {
  return alignWith(left, right, (oldMiddle, newMiddle, maxEdits) => {
    const changes = diffArrays([...oldMiddle], [...newMiddle], { maxEditLength: maxEdits });
    if (changes === undefined) return undefined;
    return {
      kinds: changes.map((change) => (change.added ? ADDED : change.removed ? REMOVED : COMMON)),
      counts: changes.map((change) => change.count ?? change.value.length),
    };
  });
}

const keys = (text: string) => prepareSide(verifyTokens(text)).tokens.map((token) => token.key);

describe('align', () => {
  it('aligns every pair of the verifier corpus, both ways, exactly as jsdiff does', () => {
    const corpus = JSON.parse(readFileSync(new URL('../../../fixtures/verifier-corpus/corpus.json', import.meta.url), 'utf8')) as Record<string, Record<string, Array<[string, string]>>>;
    const pairs = Object.values(corpus).flatMap((groups) => Object.values(groups).flat());
    expect(pairs.length).toBeGreaterThan(400);
    for (const [a, b] of pairs) {
      expect(align(keys(a), keys(b))).toEqual(reference(keys(a), keys(b)));
      expect(align(keys(b), keys(a))).toEqual(reference(keys(b), keys(a)));
    }
  });

  // Few distinct keys make many equally short alignments: where the two could disagree.
  it('makes jsdiff’s choice among tied alignments of random sequences, and gives up past the same edit count', () => {
    const random = seededRandom(12);
    const sequence = (length: number, alphabet: number) => Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * alphabet)));
    let undecided = 0;
    for (let round = 0; round < 3_000; round++) {
      const alphabet = 2 + (round % 6);
      const left = sequence(Math.floor(random() * 40), alphabet);
      const right = round % 3 === 0 ? sequence(Math.floor(random() * 40), alphabet) : left.map((key) => (random() < 0.2 ? String.fromCharCode(97 + Math.floor(random() * alphabet)) : key)).filter(() => random() > 0.1);
      const expected = reference(left, right);
      if (expected === undefined) undecided++;
      expect(align(left, right)).toEqual(expected);
    }
    // Long unrelated sequences exceed MAX_EDITS: both give up on the same ones.
    for (let round = 0; round < 200; round++) {
      const left = sequence(60 + Math.floor(random() * 60), 26);
      const right = sequence(60 + Math.floor(random() * 60), 26);
      const expected = reference(left, right);
      if (expected === undefined) undecided++;
      expect(align(left, right)).toEqual(expected);
    }
    expect(undecided).toBeGreaterThan(0);
  });

  it('strips a shared prefix and suffix however long, and reports one replaced stretch', () => {
    const shared = Array.from({ length: 100_000 }, (_, i) => `w${i % 97}`);
    expect(align([...shared, 'dog', ...shared], [...shared, 'cat', ...shared])).toEqual([{ leftStart: 100_000, leftEnd: 100_001, rightStart: 100_000, rightEnd: 100_001 }]);
  });
});
