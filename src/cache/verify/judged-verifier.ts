import { JUDGE_MAX_TEXT_CHARS, type JudgeAnswer, type JudgeAsker, type JudgeUsage } from './judge-client.ts';
import type { JudgeVerdictCache } from './judge-verdict-cache.ts';
import type { CandidateVerifier, Verdict, VerifyContext } from './verdict.ts';

/** One route's judge. */
export interface RouteJudge {
  asker: JudgeAsker;
  /** The judge model, for pricing its tokens. */
  model: string;
  /** Also ask about candidates the structural verifier calls `same`. */
  confirmSame: boolean;
  verdicts: JudgeVerdictCache;
}

/** Told about every judge call that was made (not about verdicts answered from the cache). */
export interface JudgeObserver {
  judged(call: JudgeCall): void;
}

export interface JudgeCall {
  route: string;
  model: string;
  answer: JudgeAnswer['kind'];
  usage: JudgeUsage;
}

/**
 * The structural verifier, then the route's LLM judge where the rules cannot decide (DESIGN.md §1, issue #9
 * item 7): `undecided` goes to the judge, and `same` too when the route sets `confirmSame`. `different` is
 * final: no model overrides a blocking change. A yes is `same`, a no is `different`; a timeout, an error, an
 * unclear reply or texts too long to send leave the pair `undecided` (a MISS). Settled verdicts are remembered
 * per pair, and concurrent lookups of one pair share one call.
 */
export class JudgedVerifier implements CandidateVerifier {
  readonly #structural: CandidateVerifier;
  readonly #judges: ReadonlyMap<string, RouteJudge>;
  readonly #observer: JudgeObserver;
  readonly #inFlight = new Map<string, Promise<JudgeAnswer['kind']>>();

  constructor(options: { structural: CandidateVerifier; judges: ReadonlyMap<string, RouteJudge>; observer?: JudgeObserver }) {
    this.#structural = options.structural;
    this.#judges = options.judges;
    this.#observer = options.observer ?? { judged() {} };
  }

  async verify(query: string, candidate: string, context: VerifyContext): Promise<Verdict> {
    const structural = await this.#structural.verify(query, candidate, context);
    const judge = this.#judges.get(context.route);
    if (!judge || structural.kind === 'different') return structural;
    if (structural.kind === 'same' && !judge.confirmSame) return structural;
    if (query.length > JUDGE_MAX_TEXT_CHARS || candidate.length > JUDGE_MAX_TEXT_CHARS) {
      return { kind: 'undecided', reason: 'judge-skipped too-long' };
    }
    const answer = await this.#judgement(judge, query, candidate, context);
    if (answer === 'yes') return { kind: 'same', accepted: [...(structural.kind === 'same' ? structural.accepted : []), 'judge-same'] };
    if (answer === 'no') return { kind: 'different', reason: 'judge-different' };
    return { kind: 'undecided', reason: `judge-${answer}` };
  }

  async #judgement(judge: RouteJudge, query: string, candidate: string, context: VerifyContext): Promise<JudgeAnswer['kind']> {
    const remembered = judge.verdicts.get(context.queryId, context.entryId);
    if (remembered !== undefined) return remembered;
    const key = `${context.route} ${context.queryId} ${context.entryId}`;
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    const call = this.#call(judge, query, candidate, context);
    this.#inFlight.set(key, call);
    try {
      return await call;
    } finally {
      this.#inFlight.delete(key);
    }
  }

  async #call(judge: RouteJudge, query: string, candidate: string, context: VerifyContext): Promise<JudgeAnswer['kind']> {
    // A judge that throws instead of answering is a judge error (a MISS), never a failed lookup.
    const answer: JudgeAnswer = await judge.asker.ask(query, candidate, context.credentials ?? {}).catch(() => ({ kind: 'error' as const }));
    const usage = 'usage' in answer ? answer.usage : { promptTokens: 0, completionTokens: 0 };
    this.#observer.judged({ route: context.route, model: judge.model, answer: answer.kind, usage });
    if (answer.kind === 'yes' || answer.kind === 'no') judge.verdicts.set(context.queryId, context.entryId, answer.kind);
    return answer.kind;
  }
}
