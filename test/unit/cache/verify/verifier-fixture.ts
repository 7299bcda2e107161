import { beforeAll } from 'vitest';
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
