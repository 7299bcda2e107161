import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateVerifier } from '../../../src/cache/verify/verdict.ts';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../../helpers/proxy.ts';
import { sampleValue } from '../../unit/observability/prometheus-text.ts';
import { ask, LogCapture, writesSettled } from './support.ts';

const JUDGE = 'judge-mini';
const CALLER_KEY = 'sk-caller-key-for-judge-tests-5e1';
const QUESTION = 'How do I reset my password?';
const PARAPHRASE = 'how do i reset my password'; // above the local embedder's threshold (see metrics.test.ts)

/**
 * A structural verifier that only accepts a dropped trailing question mark: every other candidate is undecided,
 * which is exactly the case the judge exists for. (The real structural verifier's verdicts on a given pair are
 * its own tests' business.)
 */
const undecidedUnlessIdentical: CandidateVerifier = {
  verify: (query, candidate) =>
    query.replace(/\?$/, '') === candidate.replace(/\?$/, '') ? { kind: 'same', accepted: ['trailing-punctuation ?'] } : { kind: 'undecided', reason: 'reworded' },
};

let upstream: MockUpstream;
let proxy: RunningProxy;
const logs = new LogCapture();
let namespaces = 0;

beforeAll(async () => {
  upstream = await new MockUpstream({ judgeModel: JUDGE }).start();
  proxy = await startProxy(
    upstream,
    {
      prices: { 'judge-mini': { input: 1, output: 2 } },
      routes: [
        { name: 'judged', match: { pathPrefix: '/judged' }, verify: { judge: { model: JUDGE } } },
        { name: 'hasty', match: { pathPrefix: '/hasty' }, verify: { judge: { model: JUDGE, timeout: '200ms' } } },
        { name: 'keyed', match: { pathPrefix: '/keyed' }, verify: { judge: { model: JUDGE, apiKey: 'sk-configured-judge-key' } } },
        { name: 'strict', match: { pathPrefix: '/strict' }, verify: { judge: { model: JUDGE, confirmSame: true } } },
      ],
      logLevel: 'debug',
    },
    { structuralVerifier: undecidedUnlessIdentical, logDestination: logs },
  );
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

/** Stores QUESTION on `route` in a fresh namespace (so pairs and their remembered verdicts are per test), then asks PARAPHRASE. */
async function paraphraseAfterQuestion(
  route: string | undefined,
  options: { paraphrase?: string; paraphraseHeaders?: Record<string, string>; judge?: Parameters<MockUpstream['enqueueJudge']> } = {},
) {
  const namespace = { 'x-cache-namespace': `judge-test-${++namespaces}`, 'x-cache-explain': '1' };
  const client = proxy.client({ route, apiKey: CALLER_KEY, headers: namespace });
  const stored = await ask(client, QUESTION);
  expect(stored.status).toBe('MISS');
  await writesSettled(proxy);
  if (options.judge) upstream.enqueueJudge(...options.judge);
  const judgeCallsBefore = upstream.judgeCalls.length;
  const chatCallsBefore = upstream.chatCalls.length;
  const { data, response } = await client.chat.completions
    .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: options.paraphrase ?? PARAPHRASE }] }, { headers: options.paraphraseHeaders })
    .withResponse();
  return {
    client,
    stored,
    data,
    status: response.headers.get('x-cache-status'),
    match: response.headers.get('x-cache-match'),
    explain: response.headers.get('x-cache-explain'),
    judgeCalls: upstream.judgeCalls.slice(judgeCallsBefore),
    upstreamCalls: upstream.chatCalls.length - chatCallsBefore,
  };
}

async function scrape(): Promise<string> {
  return (await fetch(`${proxy.origin}/metrics`)).text();
}

describe('LLM judge (route verify.judge)', () => {
  it("serves a candidate the structural verifier left undecided when the judge says yes, asking with the caller's key", async () => {
    const before = await scrape();
    const result = await paraphraseAfterQuestion('judged', { judge: [{ reply: 'Yes' }] });
    expect([result.status, result.match]).toEqual(['HIT', 'semantic']);
    expect(result.data.choices[0]!.message.content).toBe(result.stored.data.choices[0]!.message.content);
    expect(result.upstreamCalls).toBe(0);
    expect(result.explain).toMatch(/^similarity=\d\.\d{4}; same: judge-same$/);
    expect(result.judgeCalls).toHaveLength(1);
    expect(result.judgeCalls[0]!.headers.authorization).toBe(`Bearer ${CALLER_KEY}`);
    expect(result.judgeCalls[0]!.body.messages[1].content).toContain(JSON.stringify(PARAPHRASE));

    const after = await scrape();
    const grew = (name: string, labels: Record<string, string>) => (sampleValue(after, name, labels) ?? 0) - (sampleValue(before, name, labels) ?? 0);
    expect(grew('semcache_judge_requests_total', { route: 'judged', verdict: 'yes' })).toBe(1);
    expect(grew('semcache_judge_tokens_total', { route: 'judged', kind: 'prompt' })).toBe(120);
    // The mock bills 120 + 1 tokens at the configured 1 / 2 USD per million; the hit saved the stored answer's usage at gpt-4o-mini's price.
    const judgeUsd = (120 * 1 + 1 * 2) / 1e6;
    expect(grew('semcache_judge_cost_usd_total', { route: 'judged' })).toBeCloseTo(judgeUsd, 12);
    const usage = result.stored.data.usage!;
    const savedUsd = (usage.prompt_tokens * 0.15 + usage.completion_tokens * 0.6) / 1e6;
    expect(grew('semcache_cost_saved_usd_total', { route: 'judged' })).toBeCloseTo(Math.max(0, savedUsd - judgeUsd), 12);
  });

  it('answers from the upstream when the judge says no', async () => {
    const result = await paraphraseAfterQuestion('judged', { judge: [{ reply: 'no' }] });
    expect(result.status).toBe('MISS');
    expect(result.upstreamCalls).toBe(1);
    expect(result.data.choices[0]!.message.content).not.toBe(result.stored.data.choices[0]!.message.content);
    expect(result.explain).toMatch(/^similarity=\d\.\d{4}; different: judge-different$/);
  });

  it('treats a judge slower than its timeout as a miss', async () => {
    const result = await paraphraseAfterQuestion('hasty', { judge: [{ reply: 'yes', delayMs: 5_000 }] });
    expect(result.status).toBe('MISS');
    expect(result.upstreamCalls).toBe(1);
    expect(result.explain).toMatch(/; undecided: judge-timeout$/);
  });

  it('treats a judge error as a miss, and the caller key appears in no log line', async () => {
    const result = await paraphraseAfterQuestion('judged', { judge: [{ status: 401 }] });
    expect(result.status).toBe('MISS');
    expect(result.explain).toMatch(/; undecided: judge-error$/);
    expect(logs.text).not.toContain(CALLER_KEY);
    expect(await scrape()).not.toContain(CALLER_KEY);
  });

  it('judges a pair once: the same query against the same entry reuses the verdict', async () => {
    // no-store keeps the paraphrase out of the cache, so the second ask meets the same entry again.
    const first = await paraphraseAfterQuestion('judged', { judge: [{ reply: 'no' }], paraphraseHeaders: { 'cache-control': 'no-store' } });
    expect(first.judgeCalls).toHaveLength(1);
    const judgeCallsBefore = upstream.judgeCalls.length;
    const { response } = await first.client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: PARAPHRASE }] }, { headers: { 'cache-control': 'no-store' } })
      .withResponse();
    expect(response.headers.get('x-cache-status')).toBe('MISS');
    expect(response.headers.get('x-cache-explain')).toMatch(/; different: judge-different$/);
    expect(upstream.judgeCalls.length).toBe(judgeCallsBefore);
  });

  it("uses the route's configured judge key instead of the caller's", async () => {
    const result = await paraphraseAfterQuestion('keyed', { judge: [{ reply: 'yes' }] });
    expect(result.status).toBe('HIT');
    expect(result.judgeCalls.map((call) => call.headers.authorization)).toEqual(['Bearer sk-configured-judge-key']);
  });

  it('with confirmSame, asks about pairs the structural verifier passed: a no blocks them, a yes serves them', async () => {
    const samePair = { paraphrase: 'How do I reset my password' };
    const unchecked = await paraphraseAfterQuestion('judged', samePair);
    expect([unchecked.status, unchecked.judgeCalls.length]).toEqual(['HIT', 0]);

    const blocked = await paraphraseAfterQuestion('strict', { ...samePair, judge: [{ reply: 'no' }] });
    expect(blocked.status).toBe('MISS');
    expect(blocked.judgeCalls).toHaveLength(1);
    expect(blocked.explain).toMatch(/; different: judge-different$/);

    const confirmed = await paraphraseAfterQuestion('strict', { ...samePair, judge: [{ reply: 'yes' }] });
    expect(confirmed.status).toBe('HIT');
    expect(confirmed.explain).toMatch(/; same: trailing-punctuation \?, judge-same$/);
  });

  it('never asks the judge on a route without one', async () => {
    const result = await paraphraseAfterQuestion(undefined);
    expect(result.status).toBe('MISS');
    expect(result.judgeCalls).toHaveLength(0);
    expect(result.explain).toMatch(/; undecided: reworded$/);
  });
});
