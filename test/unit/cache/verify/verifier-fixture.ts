import { beforeAll, expect, it } from 'vitest';
import { ensureLexicon, loadLexicon } from '../../../../src/cache/verify/lexicon-file.ts';
import type { Lexicon } from '../../../../src/cache/verify/lexicon.ts';
import { StructuralVerifier } from '../../../../src/cache/verify/structural-verifier.ts';
import type { Verdict } from '../../../../src/cache/verify/verdict.ts';

/**
 * The real lexicon and a StructuralVerifier over it, loaded once for a test file. `verify(stored, asked)` is how
 * the cache calls it for a stored prompt and a new one; `kind` is its verdict's kind.
 */
export function useVerifier(): { readonly lexicon: Lexicon; verify(stored: string, asked: string): Verdict; kind(stored: string, asked: string): Verdict['kind'] } {
  let lexicon: Lexicon | undefined;
  let verifier: StructuralVerifier | undefined;
  beforeAll(async () => {
    lexicon = await loadLexicon(await ensureLexicon());
    verifier = new StructuralVerifier(lexicon);
  }, 60_000);
  const verify = (stored: string, asked: string) => verifier!.verify(asked, stored);
  return {
    get lexicon() {
      return lexicon!;
    },
    verify,
    kind: (stored, asked) => verify(stored, asked).kind,
  };
}

/** Test blocks over pairs of a fixture's `kind`: each pair of `notServed` is not `same` either way; each of `served` is `same`. */
export function pairTests(kind: (stored: string, asked: string) => Verdict['kind']): { notServed(pairs: Array<[string, string]>): void; served(pairs: Array<[string, string]>): void } {
  return {
    notServed: (pairs) =>
      it.each(pairs)('%s / %s', (stored, asked) => {
        expect(kind(stored, asked)).not.toBe('same');
        expect(kind(asked, stored)).not.toBe('same');
      }),
    served: (pairs) =>
      it.each(pairs)('still serves %s for %s', (stored, asked) => {
        expect(kind(stored, asked)).toBe('same');
      }),
  };
}
