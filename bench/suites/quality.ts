import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChatCache } from '../../src/cache/chat-cache.ts';
import type { ChatCompletion } from '../../src/cache/chat-types.ts';
import { LoadingVerifier } from '../../src/cache/verify/loading-verifier.ts';
import type { RequestKey } from '../../src/cache/request-key.ts';
import { requestKey } from '../../src/api/openai-chat/chat-key-parts.ts';
import { DEFAULT_THRESHOLDS } from '../../src/config/config.ts';
import { ROUTE_DEFAULTS } from '../../src/config/schema.ts';
import { LocalEmbedder } from '../../src/embedding/local/local-embedder.ts';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { loadParaphrases, loadStsb, seededRandom, shuffled, type ScoredPair } from '../lib/datasets.ts';
import { qualityMarkdown, qualitySvg } from '../lib/quality-report.ts';
import { positivesOf, runCorpus, verdictCounts, type CorpusCategory, type VerdictCounts } from './quality-corpus.ts';
import type { SuiteContext, SuiteReport, SummaryRow } from './suite.ts';

/**
 * Quality sweep: fill the cache with the first sentence of each labelled pair, query with the second, through
 * the real cache logic (ChatCache: exact tier, then nearest neighbours in the partition, threshold, structural verifier) on
 * an EmbeddedStore with the LocalEmbedder. Every entry and every query of a sweep share one partition, so a
 * query competes against all cached sentences and can be served the wrong one.
 *
 * Sweeps:
 * - `gptcache`: 964 distinct origins cached, 999 paraphrases asked (all should hit their own origin);
 * - `stsb-dev` (and `stsb-train` with --quality-train): distinct first sentences cached; second sentences of
 *   pairs scored ≥ 4 should hit their own first sentence, pairs scored ≤ 2 are hard negatives that must miss
 *   (pairs in between are not asked);
 * - novel traffic in each sweep: sentences from other pairs (another dataset or split) that are not cached and
 *   must miss.
 */
export const THRESHOLDS: readonly number[] = Array.from({ length: 40 }, (_, i) => Number((0.6 + i * 0.01).toFixed(2)));

const NOVEL_PER_SWEEP = 2_000;

type QueryKind = 'positive' | 'negative' | 'novel';

interface Query {
  key: RequestKey;
  kind: QueryKind;
  /** The normalised first sentence of the query's pair: the entry that should serve a positive, the one a hard
   * negative must not get. */
  expected?: string;
}

interface Sweep {
  name: string;
  entries: string[];
  queries: Query[];
}

/** Counts at one threshold for one sweep. */
export interface ThresholdRow {
  threshold: number;
  positives: number;
  correctHits: number;
  /** A positive served another entry than its own first sentence. */
  wrongEntryHits: number;
  negatives: number;
  /** Hard negatives served anything. */
  negativeHits: number;
  /**
   * Hard negatives served their own pair's first sentence: wrong by the annotators' label. The rest of
   * `negativeHits` served another cached sentence, which the labels say nothing about (STS-B has many
   * near-duplicate captions, e.g. "A woman is playing a guitar." / "A woman is playing the guitar.").
   */
  negativeOwnHits: number;
  novel: number;
  novelHits: number;
  /** Same counts with the verifier off (the nearest candidate above the threshold is served). */
  withoutGuards: { correctHits: number; wrongEntryHits: number; negativeHits: number; novelHits: number };
}

export interface SweepResult {
  name: string;
  entries: number;
  positives: number;
  negatives: number;
  novel: number;
  /** Queries whose text the local embedder covered too little for the semantic tier (exact tier only). */
  lowCoverage: number;
  rows: ThresholdRow[];
}

export interface QualityDetails {
  embedder: string;
  currentDefault: number;
  recommended: { threshold: number; rule: string } | undefined;
  sweeps: SweepResult[];
  /** The hand-written verifier corpus, per category. */
  corpus: CorpusCategory[];
  /** The structural verifier's verdicts on labelled same-meaning pairs. */
  verdicts: VerdictCounts[];
  skipped: string[];
}

export async function qualitySuite({ options, progress, command, machine }: SuiteContext): Promise<SuiteReport> {
  const started = performance.now();
  const embedder = new LocalEmbedder();
  await embedder.start();
  const sweeps = await buildSweeps(options.datasets, options.qualityTrain);
  const results: SweepResult[] = [];
  for (const sweep of sweeps) results.push(await runSweep(sweep, embedder, progress));

  const recommended = recommend(results);
  const verifier = new LoadingVerifier();
  await verifier.start();
  const corpus = await runCorpus(embedder, verifier);
  const paraphrasePairs = (await loadParaphrases(options.datasets)).map((pair) => ({ first: pair.origin, second: pair.similar }));
  const verdicts = [
    await verdictCounts('gptcache paraphrases', paraphrasePairs, verifier),
    await verdictCounts('STS-B dev, score ≥ 4', positivesOf(await loadStsb(options.datasets, 'dev')), verifier),
  ];
  const details: QualityDetails = {
    embedder: `local (${embedder.model}, ${embedder.dimension} dimensions)`,
    currentDefault: DEFAULT_THRESHOLDS.local,
    recommended,
    sweeps: results,
    corpus,
    verdicts,
    skipped: ['upstream embedder (text-embedding-3-small): needs the network and an API key, not measurable offline'],
  };
  const notes = [...details.skipped];
  if (options.qualityOut) {
    const seconds = (performance.now() - started) / 1000;
    writeFileSync(join(options.qualityOut, 'quality.md'), qualityMarkdown(details, { command, machine, seconds }));
    writeFileSync(join(options.qualityOut, 'quality.svg'), qualitySvg(details));
    notes.push(`wrote ${join(options.qualityOut, 'quality.md')} and quality.svg`);
  }
  const at = (threshold: number) => combined(results, threshold);
  const summary: SummaryRow[] = [DEFAULT_THRESHOLDS.local, ...(recommended && recommended.threshold !== DEFAULT_THRESHOLDS.local ? [recommended.threshold] : [])].map((threshold) => {
    const c = at(threshold);
    return {
      metric: `local @ ${threshold.toFixed(2)}${threshold === DEFAULT_THRESHOLDS.local ? ' (current default)' : ' (recommended)'}`,
      value:
        `served their own: paraphrases ${pct(c.paraphrasesOwn, c.paraphrases)}, STS≥4 ${pct(c.stsPositivesOwn, c.stsPositives)}; ` +
        `paraphrases served another question ${pct(c.paraphrasesOther, c.paraphrases)}; hard negatives served their pair ${pct(c.negativesOwn, c.negatives)}; ` +
        `novel served ${pct(c.novelCrossDomainServed, c.novelCrossDomain)} (other domain), ${pct(c.novelSameDomainServed, c.novelSameDomain)} (same domain)`,
    };
  });
  if (recommended) summary.push({ metric: 'recommended local threshold', value: recommended.threshold.toFixed(2) + ` (${recommended.rule})` });
  summary.push({ metric: 'upstream embedder', value: 'not measurable offline (needs the network and an API key)', verdict: 'skipped' });
  return { suite: 'quality', summary, details, notes };
}

async function buildSweeps(datasets: string, withTrain: boolean): Promise<Sweep[]> {
  const key = (text: string) => keyOf(text);
  const paraphrases = await loadParaphrases(datasets);
  const dev = await loadStsb(datasets, 'dev');
  const train = await loadStsb(datasets, 'train');
  const random = seededRandom(20_251_127);

  const sweeps: Sweep[] = [];
  const gptcacheEntries = [...new Set(paraphrases.map((pair) => pair.origin))];
  sweeps.push({
    name: 'gptcache',
    entries: gptcacheEntries,
    queries: [
      ...paraphrases.map((pair): Query => ({ key: key(pair.similar), kind: 'positive', expected: key(pair.origin).text })),
      ...novel(gptcacheEntries, [...dev, ...train].map((pair) => pair.second), random),
    ],
  });
  sweeps.push(stsbSweep('stsb-dev', dev, train.map((pair) => pair.second), random));
  if (withTrain) sweeps.push(stsbSweep('stsb-train', train, dev.map((pair) => pair.second), random));
  return sweeps;
}

function stsbSweep(name: string, pairs: ScoredPair[], otherSentences: string[], random: () => number): Sweep {
  const entries = [...new Set(pairs.map((pair) => pair.first))];
  const cachedTexts = new Set(entries.map((text) => keyOf(text).text));
  const queries: Query[] = [];
  for (const pair of pairs) {
    const query = keyOf(pair.second);
    if (pair.score >= 4) queries.push({ key: query, kind: 'positive', expected: keyOf(pair.first).text });
    // A hard negative identical to some other cached sentence is rightly an exact hit: not a negative.
    else if (pair.score <= 2 && !cachedTexts.has(query.text)) queries.push({ key: query, kind: 'negative', expected: keyOf(pair.first).text });
  }
  // Sentences of the pairs themselves are excluded from novel traffic (some STS-B sentences recur across splits).
  const own = new Set(pairs.flatMap((pair) => [keyOf(pair.first).text, keyOf(pair.second).text]));
  return { name, entries, queries: [...queries, ...novel(entries, otherSentences.filter((text) => !own.has(keyOf(text).text)), random)] };
}

function novel(entries: string[], candidates: string[], random: () => number): Query[] {
  const cached = new Set(entries.map((text) => keyOf(text).text));
  const distinct = [...new Set(candidates.map((text) => keyOf(text).text!))].filter((text) => !cached.has(text));
  return shuffled(distinct, random)
    .slice(0, NOVEL_PER_SWEEP)
    .map((text) => ({ key: keyOf(text), kind: 'novel' }));
}

const SCOPE = { tenant: 'bench', route: 'default' };

/** The request key the proxy computes for a one-message chat request (same normalisation, one partition). */
function keyOf(text: string): RequestKey {
  return requestKey({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] }, SCOPE, 'last-user');
}

async function runSweep(sweep: Sweep, embedder: LocalEmbedder, progress: SuiteContext['progress']): Promise<SweepResult> {
  const store = new EmbeddedStore({ dimension: embedder.dimension, maxEntries: 1_000_000, maxBytes: Number.MAX_SAFE_INTEGER });
  await store.start();
  // The same guard vocabulary the proxy builds in src/semcache.ts.
  const verifier = new LoadingVerifier();
  await verifier.start();
  const cache = new ChatCache({ store, embedder, verifier });
  const minCoverage = ROUTE_DEFAULTS.minCoverage;
  const phase = progress.phase(`quality ${sweep.name}`, sweep.entries.length + sweep.queries.length);

  for (const text of sweep.entries) {
    await cache.save({
      key: keyOf(text),
      completion: completionFor(text),
      route: 'default',
      model: 'gpt-4o-mini',
      tenant: 'bench',
      ttlMs: 86_400_000,
      semantic: true,
      minCoverage,
      embedContext: {},
    });
    phase.tick();
  }

  // One lookup per query at the lowest threshold gives every threshold's answer: candidates come most similar
  // first and the first one that passes the guards is served, so at a higher threshold the same entry is served
  // if its similarity reaches it, and nothing otherwise (an exact hit counts as similarity 1). Every 50th query
  // is also looked up at each threshold to check that this still holds for ChatCache as it is.
  const lowest = THRESHOLDS[0]!;
  const guarded: Served[] = [];
  const unguarded: Served[] = [];
  let lowCoverage = 0;
  for (const [index, query] of sweep.queries.entries()) {
    const outcome = await cache.lookup({ key: query.key, route: 'default', semantic: true, threshold: lowest, minCoverage, embedContext: {} });
    if (outcome.kind === 'error') throw outcome.error;
    guarded.push(outcome.kind === 'hit' ? { text: outcome.entry.text, similarity: outcome.match === 'semantic' ? outcome.similarity : 1 } : { text: undefined, similarity: -1 });
    unguarded.push(await nearestWithoutGuards(store, embedder, query, minCoverage, () => lowCoverage++));
    if (index % 50 === 0) await checkDerivation(cache, query, guarded[index]!, minCoverage, sweep.name);
    phase.tick();
  }

  const rows: ThresholdRow[] = [];
  for (const threshold of THRESHOLDS) {
    const row: ThresholdRow = {
      threshold,
      positives: 0,
      correctHits: 0,
      wrongEntryHits: 0,
      negatives: 0,
      negativeHits: 0,
      negativeOwnHits: 0,
      novel: 0,
      novelHits: 0,
      withoutGuards: { correctHits: 0, wrongEntryHits: 0, negativeHits: 0, novelHits: 0 },
    };
    for (const [index, query] of sweep.queries.entries()) {
      tally(row, query, servedAt(guarded[index]!, threshold));
      tallyUnguarded(row.withoutGuards, query, servedAt(unguarded[index]!, threshold));
    }
    rows.push(row);
  }
  await store.close();
  const count = (kind: QueryKind) => sweep.queries.filter((query) => query.kind === kind).length;
  phase.done(`${sweep.entries.length} entries, ${sweep.queries.length} queries`);
  return { name: sweep.name, entries: sweep.entries.length, positives: count('positive'), negatives: count('negative'), novel: count('novel'), lowCoverage, rows };
}

/** What a lookup served at the lowest threshold: the entry's text and its similarity (1 for an exact hit). */
interface Served {
  text: string | undefined;
  similarity: number;
}

function servedAt(served: Served, threshold: number): string | undefined {
  return served.text !== undefined && served.similarity >= threshold ? served.text : undefined;
}

/** The exact tier, else the nearest entry whatever the guards would say (coverage minimum still applies). */
async function nearestWithoutGuards(store: EmbeddedStore, embedder: LocalEmbedder, query: Query, minCoverage: number, onLowCoverage: () => void): Promise<Served> {
  const exact = await store.get(query.key.id);
  if (exact) return { text: exact.text, similarity: 1 };
  const embedding = await embedder.embed(query.key.text!);
  if (embedding.coverage < minCoverage) {
    onLowCoverage();
    return { text: undefined, similarity: -1 };
  }
  const [nearest] = await store.nearest(query.key.partition, embedding.vector, 1);
  const entry = nearest ? await store.get(nearest.id) : undefined;
  return { text: entry?.text, similarity: nearest?.similarity ?? -1 };
}

async function checkDerivation(cache: ChatCache, query: Query, served: Served, minCoverage: number, sweep: string): Promise<void> {
  for (const threshold of THRESHOLDS) {
    const outcome = await cache.lookup({ key: query.key, route: 'default', semantic: true, threshold, minCoverage, embedContext: {} });
    const actual = outcome.kind === 'hit' ? outcome.entry.text : undefined;
    if (actual !== servedAt(served, threshold)) {
      throw new Error(`quality ${sweep}: lookup at ${threshold} served ${JSON.stringify(actual)}, derived ${JSON.stringify(servedAt(served, threshold))} for ${JSON.stringify(query.key.text)}`);
    }
  }
}

function tally(row: ThresholdRow, query: Query, served: string | undefined): void {
  if (query.kind === 'positive') {
    row.positives++;
    if (served === undefined) return;
    if (served === query.expected || served === query.key.text) row.correctHits++;
    else row.wrongEntryHits++;
  } else if (query.kind === 'negative') {
    row.negatives++;
    if (served !== undefined) row.negativeHits++;
    if (served !== undefined && served === query.expected) row.negativeOwnHits++;
  } else {
    row.novel++;
    if (served !== undefined) row.novelHits++;
  }
}

function tallyUnguarded(counts: ThresholdRow['withoutGuards'], query: Query, served: string | undefined): void {
  if (served === undefined) return;
  if (query.kind === 'positive') {
    if (served === query.expected || served === query.key.text) counts.correctHits++;
    else counts.wrongEntryHits++;
  } else if (query.kind === 'negative') counts.negativeHits++;
  else counts.novelHits++;
}

/**
 * Totals at one threshold over all sweeps, split by what the labels can tell. The labels speak about a pair
 * only: a query served its own pair's first sentence is right (score ≥ 4) or wrong (score ≤ 2) by label; a
 * query served some other cached sentence is unverified (inspection shows mostly near-duplicates within the
 * datasets: the same GPTCache question asked twice in other words, STS-B captions differing by an article).
 */
export interface Combined {
  paraphrases: number;
  /** GPTCache paraphrases served their own question. */
  paraphrasesOwn: number;
  /** GPTCache paraphrases served another question (an upper bound on wrong hits for this set). */
  paraphrasesOther: number;
  stsPositives: number;
  stsPositivesOwn: number;
  stsPositivesOther: number;
  negatives: number;
  /** Hard negatives served their own pair's first sentence: wrong by label. */
  negativesOwn: number;
  negativesOther: number;
  /** Novel prompts from another domain (STS-B sentences against the GPTCache questions). */
  novelCrossDomain: number;
  novelCrossDomainServed: number;
  /** Novel prompts from the same domain (the other STS-B split). */
  novelSameDomain: number;
  novelSameDomainServed: number;
}

export function combined(results: readonly SweepResult[], threshold: number): Combined {
  const total: Combined = {
    paraphrases: 0, paraphrasesOwn: 0, paraphrasesOther: 0,
    stsPositives: 0, stsPositivesOwn: 0, stsPositivesOther: 0,
    negatives: 0, negativesOwn: 0, negativesOther: 0,
    novelCrossDomain: 0, novelCrossDomainServed: 0, novelSameDomain: 0, novelSameDomainServed: 0,
  };
  for (const result of results) {
    const row = result.rows.find((candidate) => candidate.threshold === threshold);
    if (!row) continue;
    if (result.name === 'gptcache') {
      total.paraphrases += row.positives;
      total.paraphrasesOwn += row.correctHits;
      total.paraphrasesOther += row.wrongEntryHits;
      total.novelCrossDomain += row.novel;
      total.novelCrossDomainServed += row.novelHits;
    } else {
      total.stsPositives += row.positives;
      total.stsPositivesOwn += row.correctHits;
      total.stsPositivesOther += row.wrongEntryHits;
      total.novelSameDomain += row.novel;
      total.novelSameDomainServed += row.novelHits;
    }
    total.negatives += row.negatives;
    total.negativesOwn += row.negativeOwnHits;
    total.negativesOther += row.negativeHits - row.negativeOwnHits;
  }
  return total;
}

/**
 * What a default threshold must respect; the lowest threshold that does (the most hits) wins. A wrong answer
 * costs far more than a hit saves, so the bounds are tight: a wrong answer served for at most 1 in 200 hard
 * negatives (related topic, different meaning, the dangerous case), and at most 1 in 100 paraphrases served
 * another question even counting near-duplicate questions as wrong.
 */
export const RECOMMENDATION_RULE = {
  maxHardNegativesServed: 0.005,
  maxParaphrasesServedOther: 0.01,
} as const;

function recommend(results: readonly SweepResult[]): { threshold: number; rule: string } | undefined {
  const rule =
    `lowest threshold at which ≤ ${RECOMMENDATION_RULE.maxHardNegativesServed * 100}% of STS-B hard negatives are served their look-alike ` +
    `and ≤ ${RECOMMENDATION_RULE.maxParaphrasesServedOther * 100}% of paraphrases are served another question`;
  for (const threshold of THRESHOLDS) {
    const c = combined(results, threshold);
    const ok =
      (c.negatives === 0 || c.negativesOwn / c.negatives <= RECOMMENDATION_RULE.maxHardNegativesServed) &&
      (c.paraphrases === 0 || c.paraphrasesOther / c.paraphrases <= RECOMMENDATION_RULE.maxParaphrasesServedOther);
    if (ok) return { threshold, rule };
  }
  return undefined;
}

function completionFor(text: string): ChatCompletion {
  return {
    id: 'chatcmpl-quality',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, message: { role: 'assistant', content: `Answer to: ${text}`, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  } as ChatCompletion;
}

export function pct(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}
