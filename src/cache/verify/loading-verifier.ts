import { ensureLexicon, loadLexicon } from './lexicon-file.ts';
import { StructuralVerifier } from './structural-verifier.ts';
import type { CandidateVerifier, Verdict, VerifyContext } from './verdict.ts';

/**
 * The structural verifier behind a start-up step: `start()` builds the lexicon table if `postinstall` did not
 * (before `/readyz` says ready) and loads it. Until then every candidate is `undecided` (a MISS), never served
 * unverified.
 */
export class LoadingVerifier implements CandidateVerifier {
  readonly #options: { cacheDir?: string; log?: (line: string) => void };
  #verifier: StructuralVerifier | undefined;

  constructor(options: { cacheDir?: string; log?: (line: string) => void } = {}) {
    this.#options = options;
  }

  async start(): Promise<void> {
    this.#verifier ??= new StructuralVerifier(await loadLexicon(await ensureLexicon(this.#options)));
  }

  verify(query: string, candidate: string, context?: Pick<VerifyContext, 'shared'>): Verdict {
    return this.#verifier?.verify(query, candidate, context) ?? { kind: 'undecided', reason: 'verifier-loading' };
  }
}
