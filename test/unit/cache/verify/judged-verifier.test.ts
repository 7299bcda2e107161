import { describe, expect, it } from 'vitest';
import { JUDGE_MAX_TEXT_CHARS, type JudgeAnswer, type JudgeAsker, type JudgeCredentials } from '../../../../src/cache/verify/judge-client.ts';
import { JudgeVerdictCache } from '../../../../src/cache/verify/judge-verdict-cache.ts';
import { JudgedVerifier, type JudgeCall } from '../../../../src/cache/verify/judged-verifier.ts';
import type { CandidateVerifier, Verdict } from '../../../../src/cache/verify/verdict.ts';

/** A scripted judge (the paid model is the one thing tests may fake); records what it was asked. */
class ScriptedJudge implements JudgeAsker {
  readonly asked: Array<{ query: string; candidate: string; credentials: JudgeCredentials }> = [];
  readonly #answer: () => JudgeAnswer | Promise<JudgeAnswer>;
  constructor(answer: () => JudgeAnswer | Promise<JudgeAnswer>) {
    this.#answer = answer;
  }
  async ask(query: string, candidate: string, credentials: JudgeCredentials): Promise<JudgeAnswer> {
    this.asked.push({ query, candidate, credentials });
    return this.#answer();
  }
}

const usage = { promptTokens: 100, completionTokens: 1 };
const yes = (): JudgeAnswer => ({ kind: 'yes', usage });
const no = (): JudgeAnswer => ({ kind: 'no', usage });
const structural = (verdict: Verdict): CandidateVerifier => ({ verify: () => verdict });
const context = (queryId = 'q1', entryId = 'e1') => ({ route: 'support', queryId, entryId, credentials: { authorization: 'Bearer sk-caller' } });

function build(verdict: Verdict, judge: ScriptedJudge, options: { confirmSame?: boolean } = {}) {
  const calls: JudgeCall[] = [];
  const verifier = new JudgedVerifier({
    structural: structural(verdict),
    judges: new Map([['support', { asker: judge, model: 'gpt-4o-mini', confirmSame: options.confirmSame ?? false, verdicts: new JudgeVerdictCache(100) }]]),
    observer: { judged: (call) => calls.push(call) },
  });
  return { verifier, calls };
}

describe('JudgedVerifier', () => {
  it("serves an undecided pair the judge calls the same, asking with the caller's credentials", async () => {
    const judge = new ScriptedJudge(yes);
    const { verifier, calls } = build({ kind: 'undecided', reason: 'reworded' }, judge);
    expect(await verifier.verify('query', 'candidate', context())).toEqual({ kind: 'same', accepted: ['judge-same'] });
    expect(judge.asked).toEqual([{ query: 'query', candidate: 'candidate', credentials: { authorization: 'Bearer sk-caller' } }]);
    expect(calls).toEqual([{ route: 'support', model: 'gpt-4o-mini', answer: 'yes', usage }]);
  });

  it('refuses an undecided pair the judge calls different', async () => {
    const { verifier } = build({ kind: 'undecided', reason: 'reworded' }, new ScriptedJudge(no));
    expect(await verifier.verify('a', 'b', context())).toEqual({ kind: 'different', reason: 'judge-different' });
  });

  it.each([
    [{ kind: 'timeout' } as JudgeAnswer, 'judge-timeout'],
    [{ kind: 'error', status: 500 } as JudgeAnswer, 'judge-error'],
    [{ kind: 'unclear', usage } as JudgeAnswer, 'judge-unclear'],
  ])('leaves the pair undecided (a miss) when the judge answers %j', async (answer, reason) => {
    const { verifier } = build({ kind: 'undecided', reason: 'reworded' }, new ScriptedJudge(() => answer));
    expect(await verifier.verify('a', 'b', context())).toEqual({ kind: 'undecided', reason });
  });

  it('treats a judge that throws as a judge error, not a failed lookup', async () => {
    const { verifier, calls } = build({ kind: 'undecided', reason: 'reworded' }, new ScriptedJudge(() => Promise.reject(new Error('socket hang up'))));
    expect(await verifier.verify('a', 'b', context())).toEqual({ kind: 'undecided', reason: 'judge-error' });
    expect(calls.map((call) => call.answer)).toEqual(['error']);
  });

  it('never asks about a pair the structural verifier called different', async () => {
    const judge = new ScriptedJudge(yes);
    const { verifier } = build({ kind: 'different', reason: 'antonym increase/decrease' }, judge, { confirmSame: true });
    expect(await verifier.verify('a', 'b', context())).toEqual({ kind: 'different', reason: 'antonym increase/decrease' });
    expect(judge.asked).toHaveLength(0);
  });

  it('asks about a same pair only when the route wants a second check, and keeps the accepted differences', async () => {
    const same: Verdict = { kind: 'same', accepted: ['politeness please'] };
    const unchecked = new ScriptedJudge(no);
    expect(await build(same, unchecked).verifier.verify('a', 'b', context())).toEqual(same);
    expect(unchecked.asked).toHaveLength(0);

    expect(await build(same, new ScriptedJudge(no), { confirmSame: true }).verifier.verify('a', 'b', context())).toEqual({ kind: 'different', reason: 'judge-different' });
    expect(await build(same, new ScriptedJudge(yes), { confirmSame: true }).verifier.verify('a', 'b', context())).toEqual({ kind: 'same', accepted: ['politeness please', 'judge-same'] });
  });

  it('remembers a yes or no per pair, so the same pair is judged once', async () => {
    const judge = new ScriptedJudge(no);
    const { verifier, calls } = build({ kind: 'undecided', reason: 'reworded' }, judge);
    await verifier.verify('a', 'b', context('q1', 'e1'));
    expect(await verifier.verify('a', 'b', context('q1', 'e1'))).toEqual({ kind: 'different', reason: 'judge-different' });
    await verifier.verify('a', 'c', context('q1', 'e2'));
    expect(judge.asked).toHaveLength(2);
    expect(calls).toHaveLength(2);
  });

  it('does not remember a failed call: the next lookup asks again', async () => {
    let answer: JudgeAnswer = { kind: 'timeout' };
    const judge = new ScriptedJudge(() => answer);
    const { verifier } = build({ kind: 'undecided', reason: 'reworded' }, judge);
    expect((await verifier.verify('a', 'b', context())).kind).toBe('undecided');
    answer = yes();
    expect((await verifier.verify('a', 'b', context())).kind).toBe('same');
    expect(judge.asked).toHaveLength(2);
  });

  it('lets concurrent lookups of one pair share one call', async () => {
    let answer!: (value: JudgeAnswer) => void;
    const judge = new ScriptedJudge(() => new Promise<JudgeAnswer>((resolve) => (answer = resolve)));
    const { verifier } = build({ kind: 'undecided', reason: 'reworded' }, judge);
    const first = verifier.verify('a', 'b', context());
    const second = verifier.verify('a', 'b', context());
    await new Promise((resolve) => setImmediate(resolve));
    answer(yes());
    expect((await Promise.all([first, second])).map((verdict) => verdict.kind)).toEqual(['same', 'same']);
    expect(judge.asked).toHaveLength(1);
  });

  it('does not send texts too long to judge cheaply; the pair stays undecided', async () => {
    const judge = new ScriptedJudge(yes);
    const { verifier } = build({ kind: 'undecided', reason: 'reworded' }, judge);
    expect(await verifier.verify('x'.repeat(JUDGE_MAX_TEXT_CHARS + 1), 'b', context())).toEqual({ kind: 'undecided', reason: 'judge-skipped too-long' });
    expect(judge.asked).toHaveLength(0);
  });

  it('leaves routes without a judge to the structural verifier', async () => {
    const judge = new ScriptedJudge(yes);
    const { verifier } = build({ kind: 'undecided', reason: 'reworded' }, judge);
    expect(await verifier.verify('a', 'b', { ...context(), route: 'default' })).toEqual({ kind: 'undecided', reason: 'reworded' });
    expect(judge.asked).toHaveLength(0);
  });
});
