import { priceOf } from '../../src/cache/savings.ts';
import { DEFAULT_PRICES } from '../../src/config/config.ts';
import { loadParaphrases, loadStsb, seededRandom, shuffled } from '../lib/datasets.ts';
import { BenchClient, chatBody, closedLoop, type Timing } from '../lib/http-client.ts';
import { startMock, startProxy, type RunningMock } from '../lib/processes.ts';
import { round, summarise, type LatencySummary } from '../lib/stats.ts';
import { promptFingerprint } from '../lib/prompt-fingerprint.ts';
import { chatPromptTokens, textTokens } from '../lib/tokens.ts';
import type { SuiteContext, SuiteReport, SummaryRow } from './suite.ts';

/**
 * Savings: one workload replayed twice at the same concurrency, through the proxy (fresh, empty cache, default
 * configuration) and directly to the upstream, each side with its own mock upstream process at realistic
 * latency (default 400 ms to the first token, 30 ms per token; a JSON answer after the same total time).
 *
 * The workload (seeded, so every run is the same): `--savings-requests` prompts, of which
 * - 50% novel: a question not asked before — the GPTCache origins (questions about ML tooling), then STS-B
 *   sentences once those run out;
 * - 30% exact repeats: a question asked earlier in the workload, chosen uniformly among those asked;
 * - 20% paraphrases: the GPTCache paraphrase of an origin asked earlier (written by an LLM; should hit).
 * Half the requests stream (with `stream_options.include_usage`), half are JSON; all use one model, system
 * prompt and API key, so they share one partition. This mix is an assumption, not a measurement of real
 * traffic: published analyses of LLM chat logs put exact repeats at roughly 10–30% and near-duplicates higher
 * for support-style traffic, so read the savings as one plausible point and scale them to your own repeat rate.
 */
type Kind = 'novel' | 'repeat' | 'paraphrase';

interface WorkItem {
  kind: Kind;
  prompt: string;
  stream: boolean;
  /** For a paraphrase: the question it paraphrases (asked earlier). */
  origin?: string;
}

interface Outcome {
  item: WorkItem;
  timing: Timing;
  completionTokens: number;
  /** The answer's system_fingerprint: which prompt the mock generated it for (lib/prompt-fingerprint.ts). */
  fingerprint: string | undefined;
}

export interface SavingsDetails {
  workload: Record<Kind, number>;
  requests: number;
  concurrency: number;
  /** X-Cache-Threshold sent with every request, when set (else the route's default threshold applies). */
  threshold: number | undefined;
  mock: { ttftMs: number; chunkDelayMs: number; completionTokens: number };
  upstreamCalls: { withCache: number; withoutCache: number; avoided: number };
  statuses: Record<string, number>;
  hitsByKind: Record<Kind, number>;
  /**
   * Hits that served the answer of another question than the one asked (and than the question a paraphrase
   * paraphrases): wrong answers, unless the two questions are near-duplicates (the GPTCache set has some).
   */
  otherAnswers: Array<{ asked: string; served: string; status: string }>;
  tokensSaved: { prompt: number; completion: number };
  money: {
    model: string;
    pricesDated: string;
    withoutCacheUsd: number;
    savedUsd: number;
    embeddingUsd: number;
    netSavedUsd: number;
    /** What the hosted embedder (text-embedding-3-small at $0.02/M) would have cost for the same traffic. */
    upstreamEmbedderUsd: number;
    whatIf: Array<{ model: string; savedUsd: number; withoutCacheUsd: number }>;
  };
  proxyMetrics: { promptTokensSaved?: number; completionTokensSaved?: number; costSavedUsd?: number };
  latency: {
    json: { withCache: LatencySummary; withoutCache: LatencySummary };
    streamFirstByte: { withCache: LatencySummary; withoutCache: LatencySummary };
    streamLastByte: { withCache: LatencySummary; withoutCache: LatencySummary };
    /** With the cache, by X-Cache-Status and match: where the distribution comes from. */
    byStatus: Record<string, { json: LatencySummary; streamFirstByte: LatencySummary; streamLastByte: LatencySummary }>;
  };
}

const MODEL = 'gpt-4o-mini';
const EMBEDDER_PRICE_PER_MILLION = 0.02;

export async function savingsSuite({ options, progress }: SuiteContext): Promise<SuiteReport> {
  const workload = await buildWorkload(options.datasets, options.savingsRequests);
  const thresholdHeader: Record<string, string> = options.savingsThreshold === undefined ? {} : { 'x-cache-threshold': String(options.savingsThreshold) };
  const mockOptions = { ttftMs: options.ttftMs, chunkDelayMs: options.chunkDelayMs, completionTokens: options.completionTokens };
  const behindProxy = await startMock(options.root, mockOptions);
  const direct = await startMock(options.root, mockOptions);
  const proxy = await startProxy(options.proxyRoot, { upstreamBaseUrl: behindProxy.baseUrl, logLevel: options.logLevel });
  try {
    const phase = progress.phase(`savings: ${workload.length} requests × 2 (through the proxy and direct) at concurrency ${options.savingsConcurrency}`, workload.length * 2);
    const [withCache, withoutCache] = await Promise.all([
      replay(proxy.origin, workload, options.savingsConcurrency, () => phase.tick(), thresholdHeader),
      replay(direct.origin, workload, options.savingsConcurrency, () => phase.tick(), {}),
    ]);
    phase.done();
    const details = analyse({
      workload,
      withCache,
      withoutCache,
      concurrency: options.savingsConcurrency,
      threshold: options.savingsThreshold,
      mock: mockOptions,
      upstreamCalls: { withCache: await chatCalls(behindProxy), withoutCache: await chatCalls(direct) },
      proxyMetrics: await proxyMetrics(proxy.origin),
    });
    return { suite: 'savings', summary: summaryRows(details), details, notes: [] };
  } finally {
    await proxy.stop();
    await behindProxy.stop();
    await direct.stop();
  }
}

async function buildWorkload(datasets: string, count: number): Promise<WorkItem[]> {
  const random = seededRandom(2_024);
  const pairs = shuffled(await loadParaphrases(datasets), random);
  const paraphraseOf = new Map<string, string>();
  for (const pair of pairs) if (!paraphraseOf.has(pair.origin)) paraphraseOf.set(pair.origin, pair.similar);
  const known = new Set(pairs.flatMap((pair) => [pair.origin, pair.similar]));
  const sts = shuffled([...new Set((await loadStsb(datasets, 'train')).map((pair) => pair.first))].filter((text) => !known.has(text)), random);
  const novelPool = [...paraphraseOf.keys(), ...sts];
  const asked: string[] = [];
  const paraphrasable: string[] = [];
  const items: WorkItem[] = [];
  for (let index = 0; index < count; index++) {
    const roll = random();
    let kind: Kind = roll < 0.5 || asked.length === 0 ? 'novel' : roll < 0.8 ? 'repeat' : 'paraphrase';
    if (kind === 'paraphrase' && paraphrasable.length === 0) kind = 'repeat';
    let prompt: string;
    if (kind === 'novel') {
      prompt = novelPool[items.filter((item) => item.kind === 'novel').length % novelPool.length]!;
      asked.push(prompt);
      if (paraphraseOf.has(prompt)) paraphrasable.push(prompt);
    } else if (kind === 'repeat') {
      prompt = asked[Math.floor(random() * asked.length)]!;
    } else {
      // Each origin's paraphrase is asked once, so paraphrase hits are never exact repeats of each other.
      const origin = paraphrasable.splice(Math.floor(random() * paraphrasable.length), 1)[0]!;
      prompt = paraphraseOf.get(origin)!;
      items.push({ kind, prompt, stream: index % 2 === 1, origin });
      continue;
    }
    items.push({ kind, prompt, stream: index % 2 === 1 });
  }
  return items;
}

async function replay(origin: string, workload: WorkItem[], concurrency: number, tick: () => void, headers: Record<string, string>): Promise<Outcome[]> {
  const client = new BenchClient(origin, concurrency);
  const outcomes: Outcome[] = new Array(workload.length);
  let next = 0;
  await closedLoop(concurrency, async () => {
    const index = next++;
    const item = workload[index]!;
    const timing = await client.post('/v1/chat/completions', chatBody(item.prompt, { stream: item.stream, includeUsage: true }), { keepBody: true, headers });
    if (timing.status !== 200) throw new Error(`savings: status ${timing.status}: ${timing.text?.slice(0, 300)}`);
    const answer = answerOf(timing.text ?? '', item.stream);
    outcomes[index] = { item, timing, completionTokens: answer.completionTokens, fingerprint: answer.fingerprint };
    tick();
  }, () => next >= workload.length);
  await client.close();
  return outcomes;
}

/**
 * The usage the client received (a cached answer carries the usage of the original call) and the answer's
 * system_fingerprint.
 */
function answerOf(text: string, stream: boolean): { completionTokens: number; fingerprint: string | undefined } {
  type Body = { usage?: { completion_tokens?: number } | null; system_fingerprint?: string };
  if (!stream) {
    const body = JSON.parse(text) as Body;
    return { completionTokens: body.usage?.completion_tokens ?? 0, fingerprint: body.system_fingerprint };
  }
  let completionTokens = 0;
  let fingerprint: string | undefined;
  for (const line of text.split('\n')) {
    if (!line.startsWith('data: {')) continue;
    const chunk = JSON.parse(line.slice(6)) as Body;
    fingerprint ??= chunk.system_fingerprint;
    if (chunk.usage) completionTokens = chunk.usage.completion_tokens ?? 0;
  }
  return { completionTokens, fingerprint };
}

async function chatCalls(mock: RunningMock): Promise<number> {
  const client = new BenchClient(mock.origin, 1);
  const response = await client.get('/mock/stats');
  await client.close();
  return (JSON.parse(response.text) as { chatCalls: number }).chatCalls;
}

/** The proxy's own accounting (DESIGN §8), as a cross-check of the client-side numbers. */
async function proxyMetrics(origin: string): Promise<SavingsDetails['proxyMetrics']> {
  const client = new BenchClient(origin, 1);
  const { status, text } = await client.get('/metrics');
  await client.close();
  if (status !== 200) return {};
  const sum = (name: string, filter = '') =>
    text
      .split('\n')
      .filter((line) => line.startsWith(name) && line.includes(filter))
      .reduce((total, line) => total + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  return {
    promptTokensSaved: sum('semcache_tokens_saved_total', 'kind="prompt"'),
    completionTokensSaved: sum('semcache_tokens_saved_total', 'kind="completion"'),
    costSavedUsd: sum('semcache_cost_saved_usd_total'),
  };
}

function analyse(input: {
  workload: WorkItem[];
  withCache: Outcome[];
  withoutCache: Outcome[];
  concurrency: number;
  threshold: number | undefined;
  mock: SavingsDetails['mock'];
  upstreamCalls: { withCache: number; withoutCache: number };
  proxyMetrics: SavingsDetails['proxyMetrics'];
}): SavingsDetails {
  const kinds: Record<Kind, number> = { novel: 0, repeat: 0, paraphrase: 0 };
  for (const item of input.workload) kinds[item.kind]++;
  const statuses: Record<string, number> = {};
  const hitsByKind: Record<Kind, number> = { novel: 0, repeat: 0, paraphrase: 0 };
  const promptOf = new Map(input.workload.map((item) => [promptFingerprint([{ role: 'user', content: item.prompt }]), item.prompt]));
  const otherAnswers: Array<{ asked: string; served: string; status: string }> = [];
  let promptSaved = 0;
  let completionSaved = 0;
  let promptAll = 0;
  let completionAll = 0;
  let embeddedTokens = 0;
  for (const outcome of input.withCache) {
    const status = statusOf(outcome.timing);
    statuses[status] = (statuses[status] ?? 0) + 1;
    const prompt = chatPromptTokens(JSON.parse(chatBody(outcome.item.prompt)).messages);
    promptAll += prompt;
    completionAll += outcome.completionTokens;
    if (outcome.timing.cacheStatus === 'HIT') {
      hitsByKind[outcome.item.kind]++;
      const served = outcome.fingerprint === undefined ? undefined : promptOf.get(outcome.fingerprint);
      if (served !== outcome.item.prompt && served !== outcome.item.origin) {
        otherAnswers.push({ asked: outcome.item.prompt, served: served ?? `(unknown: ${outcome.fingerprint})`, status });
      }
      promptSaved += prompt;
      completionSaved += outcome.completionTokens;
    }
    // A hosted embedder is called for every request that misses the exact tier (coalesced ones included).
    if (outcome.timing.cacheMatch !== 'exact') embeddedTokens += textTokens(outcome.item.prompt);
  }
  const cost = (model: string, promptTokens: number, completionTokens: number) => {
    const price = priceOf(model, DEFAULT_PRICES);
    return price ? (promptTokens * price.input + completionTokens * price.output) / 1_000_000 : Number.NaN;
  };
  const savedUsd = cost(MODEL, promptSaved, completionSaved);
  const latency = (outcomes: Outcome[], stream: boolean, pick: (timing: Timing) => number) =>
    summarise(outcomes.filter((outcome) => outcome.item.stream === stream).map((outcome) => pick(outcome.timing)));
  return {
    workload: kinds,
    requests: input.workload.length,
    concurrency: input.concurrency,
    threshold: input.threshold,
    mock: input.mock,
    upstreamCalls: { ...input.upstreamCalls, avoided: input.upstreamCalls.withoutCache - input.upstreamCalls.withCache },
    statuses,
    hitsByKind,
    otherAnswers,
    tokensSaved: { prompt: promptSaved, completion: completionSaved },
    money: {
      model: MODEL,
      pricesDated: 'DEFAULT_PRICES in src/config/config.ts (list prices as of 2026-11)',
      withoutCacheUsd: cost(MODEL, promptAll, completionAll),
      savedUsd,
      embeddingUsd: 0,
      netSavedUsd: savedUsd,
      upstreamEmbedderUsd: (embeddedTokens * EMBEDDER_PRICE_PER_MILLION) / 1_000_000,
      whatIf: ['gpt-4.1-mini', 'gpt-4o', 'gpt-5'].map((model) => ({ model, savedUsd: cost(model, promptSaved, completionSaved), withoutCacheUsd: cost(model, promptAll, completionAll) })),
    },
    proxyMetrics: input.proxyMetrics,
    latency: {
      json: { withCache: latency(input.withCache, false, (t) => t.lastByteMs), withoutCache: latency(input.withoutCache, false, (t) => t.lastByteMs) },
      streamFirstByte: { withCache: latency(input.withCache, true, (t) => t.firstByteMs), withoutCache: latency(input.withoutCache, true, (t) => t.firstByteMs) },
      streamLastByte: { withCache: latency(input.withCache, true, (t) => t.lastByteMs), withoutCache: latency(input.withoutCache, true, (t) => t.lastByteMs) },
      byStatus: Object.fromEntries(
        Object.keys(statuses).map((status) => {
          const of = input.withCache.filter((outcome) => statusOf(outcome.timing) === status);
          return [status, { json: latency(of, false, (t) => t.lastByteMs), streamFirstByte: latency(of, true, (t) => t.firstByteMs), streamLastByte: latency(of, true, (t) => t.lastByteMs) }];
        }),
      ),
    },
  };
}

function statusOf(timing: Timing): string {
  return `${timing.cacheStatus ?? 'none'}${timing.cacheMatch ? ` ${timing.cacheMatch}` : ''}`;
}

function summaryRows(details: SavingsDetails): SummaryRow[] {
  const { upstreamCalls, money, tokensSaved, latency, workload, hitsByKind } = details;
  const usd = (value: number) => `$${value.toFixed(value < 0.01 ? 5 : 4)}`;
  const ms = (value: number) => (Number.isFinite(value) ? String(round(value)) : 'n/a');
  const dist = (summary: LatencySummary) => `${round(summary.p50)} / ${round(summary.p90)} / ${round(summary.p99)} ms`;
  const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
  return [
    { metric: 'workload', value: `${details.requests} requests: ${workload.novel} novel, ${workload.repeat} exact repeats, ${workload.paraphrase} paraphrases; concurrency ${details.concurrency}; threshold ${details.threshold === undefined ? 'the route default' : `${details.threshold} (X-Cache-Threshold)`}` },
    { metric: 'upstream calls avoided', value: `${upstreamCalls.avoided} of ${upstreamCalls.withoutCache} (${pct(upstreamCalls.avoided, upstreamCalls.withoutCache)})` },
    { metric: 'hit rate by prompt kind', value: `exact repeats ${pct(hitsByKind.repeat, workload.repeat)}, paraphrases ${pct(hitsByKind.paraphrase, workload.paraphrase)}, novel ${pct(hitsByKind.novel, workload.novel)}` },
    { metric: 'hits that served another question\'s answer', value: `${details.otherAnswers.length} of ${upstreamCalls.avoided} (listed in --json: otherAnswers; near-duplicate questions of the GPTCache set count here too)` },
    { metric: 'tokens saved (prompt / completion)', value: `${tokensSaved.prompt} / ${tokensSaved.completion}` },
    { metric: `money saved, ${money.model}`, value: `${usd(money.savedUsd)} of ${usd(money.withoutCacheUsd)} (${pct(money.savedUsd, money.withoutCacheUsd)}); net of embeddings ${usd(money.netSavedUsd)} (local embedder: $0; the upstream embedder would have cost ${usd(money.upstreamEmbedderUsd)})` },
    { metric: 'JSON latency p50 / p90 / p99', value: `with cache ${dist(latency.json.withCache)}; without ${dist(latency.json.withoutCache)}` },
    { metric: 'streaming first byte p50 / p90 / p99', value: `with cache ${dist(latency.streamFirstByte.withCache)}; without ${dist(latency.streamFirstByte.withoutCache)}` },
    { metric: 'streaming last byte p50 / p90 / p99', value: `with cache ${dist(latency.streamLastByte.withCache)}; without ${dist(latency.streamLastByte.withoutCache)}` },
    ...Object.entries(latency.byStatus).map(([status, summary]) => ({
      metric: `  with cache, ${status} (n=${details.statuses[status]}): JSON / stream first byte p50 (p99)`,
      value: `${ms(summary.json.p50)} (${ms(summary.json.p99)}) / ${ms(summary.streamFirstByte.p50)} (${ms(summary.streamFirstByte.p99)}) ms`,
    })),
  ];
}
