import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadParaphrases, loadStsb, seededRandom, shuffled } from '../lib/datasets.ts';
import { BenchClient, chatBody, closedLoop, type Timing } from '../lib/http-client.ts';
import { ADMIN_TOKEN, cpuTimeMs, startMock, startProxy, startRedis, type RunningMock, type RunningProxy } from '../lib/processes.ts';
import { addedLatency, round, summarise, type AddedLatency, type LatencySummary } from '../lib/stats.ts';
import type { SuiteContext, SuiteReport, SummaryRow } from './suite.ts';

/**
 * Hit latency, end to end over HTTP: exact and semantic hits on the embedded store holding `--hit-entries`
 * entries (default 10,000, one partition), and exact hits on a plain redis-server (semantic hits on Redis only
 * with REDIS_STACK_URL, a Redis with the Query Engine). Each hit is paired with the same request sent directly
 * to the zero-latency mock, interleaved, so "added" is the latency over a direct call in the same run
 * (DESIGN §10); absolute numbers are reported too.
 *
 * The cache is filled with the GPTCache origins plus STS-B sentences (never the GPTCache paraphrases); exact
 * hits repeat filled prompts, semantic hits ask the paraphrases with `X-Cache-Threshold: 0.80` (the lowest a
 * client may ask for, so that more of the 999 paraphrases hit; the cost of a hit does not depend on the
 * threshold). Paraphrases that still miss are reported as the miss path at that store size.
 */
export interface HitResult {
  store: string;
  entries: number | null;
  kind: 'exact' | 'semantic' | 'semantic miss';
  hits: number;
  /** Requests of the phase that were not this kind (and are left out). */
  other: number;
  /** X-Cache-Status (and match) of every measured request of the phase. */
  statuses: Record<string, number>;
  proxied: LatencySummary;
  direct: LatencySummary;
  added: AddedLatency;
  proxyCpuMsPerRequest: number;
}

export interface HitThroughput {
  store: string;
  connections: number;
  rps: number;
  proxyCpuMsPerRequest: number;
}

const SEMANTIC_THRESHOLD_HEADER = { 'x-cache-threshold': '0.80' };

export async function hitSuite(context: SuiteContext): Promise<SuiteReport> {
  const { options, progress } = context;
  const fill = await fillPrompts(options.datasets, options.hitEntries);
  const paraphrases = (await loadParaphrases(options.datasets)).map((pair) => pair.similar);
  const mock = await startMock(options.root, { ttftMs: 0, chunkDelayMs: 0, completionTokens: options.completionTokens });
  const results: HitResult[] = [];
  const throughputs: HitThroughput[] = [];
  const notes: string[] = [];
  try {
    // Embedded store.
    const embedded = await startProxy(options.proxyRoot, { upstreamBaseUrl: mock.baseUrl, logLevel: options.logLevel });
    try {
      const { entries, stored } = await fillCache(context, embedded, fill, 'embedded');
      results.push(await measureHits(context, { label: 'embedded', mock, proxy: embedded, entries, prompts: sample(stored, options.requests + options.warmup), kind: 'exact' }));
      results.push(...(await measureSemantic(context, { label: 'embedded', mock, proxy: embedded, entries, paraphrases })));
      throughputs.push(await hitThroughput(context, embedded, 'embedded', sample(stored, 2_000)));
    } finally {
      await embedded.stop();
    }

    // Plain Redis: exact tier only (no Query Engine in Debian's redis-server).
    let redis;
    try {
      redis = await startRedis(options.redisServer);
    } catch (error) {
      notes.push(`skipped: exact hits on Redis (${options.redisServer} did not start: ${(error as Error).message.split('\n')[0]})`);
    }
    if (redis) {
      try {
        const proxy = await startProxy(options.proxyRoot, { upstreamBaseUrl: mock.baseUrl, redisUrl: redis.url, logLevel: options.logLevel });
        try {
          const small = fill.slice(0, Math.min(fill.length, 2_000));
          const { entries, stored } = await fillCache(context, proxy, small, 'redis');
          results.push(await measureHits(context, { label: 'redis', mock, proxy, entries, prompts: sample(stored, options.requests + options.warmup), kind: 'exact' }));
          throughputs.push(await hitThroughput(context, proxy, 'redis', sample(stored, 2_000)));
        } finally {
          await proxy.stop();
        }
      } finally {
        await redis.stop();
      }
    }

    if (options.redisStackUrl) {
      const config = join(tmpdir(), `semcache-bench-stack-${process.pid}.yaml`);
      const prefix = `semcache-bench-${Date.now()}`;
      writeFileSync(config, `embedder: local\nstore:\n  keyPrefix: ${prefix}\n`);
      const proxy = await startProxy(options.proxyRoot, { upstreamBaseUrl: mock.baseUrl, redisUrl: options.redisStackUrl, logLevel: options.logLevel, env: { SEMCACHE_CONFIG: config } });
      const admin = new BenchClient(proxy.origin, 1);
      try {
        const { entries, stored } = await fillCache(context, proxy, fill, 'redis-stack');
        results.push(await measureHits(context, { label: 'redis-stack', mock, proxy, entries, prompts: sample(stored, options.requests + options.warmup), kind: 'exact' }));
        results.push(...(await measureSemantic(context, { label: 'redis-stack', mock, proxy, entries, paraphrases })));
      } finally {
        await admin.post('/admin/flush', '{}', { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }).catch(() => undefined);
        await admin.close();
        await proxy.stop();
      }
    } else {
      notes.push('skipped: semantic hits on Redis (REDIS_STACK_URL is not set; the plain redis-server here has no Query Engine, so the proxy runs the exact tier only)');
    }
  } finally {
    await mock.stop();
  }
  return { suite: 'hit', summary: summaryRows(results, throughputs, notes), details: { results, throughputs }, notes };
}

/** GPTCache origins first (semantic hits need them), then STS-B sentences; never a GPTCache paraphrase. */
async function fillPrompts(datasets: string, count: number): Promise<string[]> {
  const paraphrases = await loadParaphrases(datasets);
  const excluded = new Set(paraphrases.map((pair) => pair.similar));
  const prompts = new Set(paraphrases.map((pair) => pair.origin));
  const sts = [...(await loadStsb(datasets, 'train')), ...(await loadStsb(datasets, 'dev'))].flatMap((pair) => [pair.first, pair.second]);
  const pool = shuffled([...new Set(sts)].filter((text) => !excluded.has(text)), seededRandom(3));
  for (const text of pool) prompts.add(text);
  const random = seededRandom(5);
  while (prompts.size < count * 1.1) prompts.add(`${pool[Math.floor(random() * pool.length)]!} ${pool[Math.floor(random() * pool.length)]!}`);
  return [...prompts];
}

/**
 * Sends fill prompts through the proxy (cache misses, stored) until the store holds `target` entries (some
 * prompts are semantic hits on near-duplicates and store nothing). Returns the store's entry count.
 */
async function fillCache(context: SuiteContext, proxy: RunningProxy, prompts: string[], label: string): Promise<{ entries: number | null; stored: string[] }> {
  const target = Math.min(label === 'redis' ? prompts.length : context.options.hitEntries, prompts.length);
  const phase = context.progress.phase(`hit: fill ${label} store to ${target} entries`, target);
  const client = new BenchClient(proxy.origin, context.options.connections);
  let next = 0;
  let entries: number | null = 0;
  const stored: string[] = [];
  while (entries !== null && entries < target && next < prompts.length) {
    const batch = prompts.slice(next, next + (target - entries));
    next += batch.length;
    let index = 0;
    await closedLoop(context.options.connections, async () => {
      const prompt = batch[index++]!;
      const timing = await client.post('/v1/chat/completions', chatBody(prompt));
      if (timing.status !== 200) throw new Error(`fill: status ${timing.status}`);
      if (timing.cacheStatus === 'MISS') stored.push(prompt);
      phase.tick();
    }, () => index >= batch.length);
    entries = await storeEntries(client);
  }
  await client.close();
  phase.done(`${entries ?? 'unknown'} entries`);
  return { entries, stored };
}

async function storeEntries(client: BenchClient): Promise<number | null> {
  const response = await client.get('/admin/stats', { authorization: `Bearer ${ADMIN_TOKEN}` });
  if (response.status !== 200) return null;
  return (JSON.parse(response.text) as { store: { entries: number | null } }).store.entries;
}

async function measureHits(
  context: SuiteContext,
  input: { label: string; mock: RunningMock; proxy: RunningProxy; entries: number | null; prompts: string[]; kind: 'exact' },
): Promise<HitResult> {
  const { warmup } = context.options;
  const pairs = await interleaved(context, input.mock, input.proxy, `hit: ${input.kind} hits, ${input.label}`, input.prompts, {}, warmup);
  return toResult(input.label, input.entries, 'exact', pairs, (timing) => timing.cacheStatus === 'HIT' && timing.cacheMatch === 'exact');
}

async function measureSemantic(
  context: SuiteContext,
  input: { label: string; mock: RunningMock; proxy: RunningProxy; entries: number | null; paraphrases: string[] },
): Promise<HitResult[]> {
  // Warm the path with prompts that are never measured: the paraphrases are each asked once.
  const pairs = await interleaved(context, input.mock, input.proxy, `hit: semantic hits, ${input.label}`, input.paraphrases, SEMANTIC_THRESHOLD_HEADER, 0);
  return [
    toResult(input.label, input.entries, 'semantic', pairs, (timing) => timing.cacheStatus === 'HIT' && timing.cacheMatch === 'semantic'),
    toResult(input.label, input.entries, 'semantic miss', pairs, (timing) => timing.cacheStatus === 'MISS'),
  ];
}

interface Pairs {
  direct: Timing[];
  proxied: Timing[];
  proxyCpuMs: number;
}

async function interleaved(context: SuiteContext, mock: RunningMock, proxy: RunningProxy, label: string, prompts: string[], headers: Record<string, string>, warmup: number): Promise<Pairs> {
  const direct = new BenchClient(mock.origin, 1);
  const proxied = new BenchClient(proxy.origin, 1);
  const random = seededRandom(11);
  const phase = context.progress.phase(label, prompts.length);
  const result: Pairs = { direct: [], proxied: [], proxyCpuMs: 0 };
  let cpuBefore = cpuTimeMs(proxy.pid);
  for (const [index, prompt] of prompts.entries()) {
    if (index === warmup) cpuBefore = cpuTimeMs(proxy.pid);
    const body = chatBody(prompt);
    let viaDirect: Timing;
    let viaProxy: Timing;
    if (random() < 0.5) {
      viaDirect = await direct.post('/v1/chat/completions', body);
      viaProxy = await proxied.post('/v1/chat/completions', body, { headers });
    } else {
      viaProxy = await proxied.post('/v1/chat/completions', body, { headers });
      viaDirect = await direct.post('/v1/chat/completions', body);
    }
    if (viaProxy.status !== 200 || viaDirect.status !== 200) throw new Error(`${label}: status ${viaDirect.status} direct, ${viaProxy.status} via proxy`);
    if (index >= warmup) {
      result.direct.push(viaDirect);
      result.proxied.push(viaProxy);
    }
    phase.tick();
  }
  result.proxyCpuMs = cpuTimeMs(proxy.pid) - cpuBefore;
  phase.done();
  await direct.close();
  await proxied.close();
  return result;
}

function toResult(store: string, entries: number | null, kind: HitResult['kind'], pairs: Pairs, keep: (timing: Timing) => boolean): HitResult {
  const direct: number[] = [];
  const proxied: number[] = [];
  const statuses: Record<string, number> = {};
  pairs.proxied.forEach((timing, index) => {
    const status = `${timing.cacheStatus ?? 'none'}${timing.cacheMatch ? ` ${timing.cacheMatch}` : ''}`;
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (!keep(timing)) return;
    proxied.push(timing.lastByteMs);
    direct.push(pairs.direct[index]!.lastByteMs);
  });
  return {
    store,
    entries,
    kind,
    hits: proxied.length,
    other: pairs.proxied.length - proxied.length,
    statuses,
    proxied: summarise(proxied),
    direct: summarise(direct),
    added: addedLatency(direct, proxied),
    // Per request of the phase: hits and misses of a mixed phase share it.
    proxyCpuMsPerRequest: pairs.proxyCpuMs / pairs.proxied.length,
  };
}

async function hitThroughput(context: SuiteContext, proxy: RunningProxy, store: string, prompts: string[]): Promise<HitThroughput> {
  const { connections, throughputSeconds } = context.options;
  const seconds = Math.max(2, throughputSeconds / 2);
  const phase = context.progress.phase(`hit: exact-hit throughput at ${connections} connections, ${store}`, 1);
  const client = new BenchClient(proxy.origin, connections);
  const bodies = prompts.map((prompt) => chatBody(prompt));
  let next = 0;
  let nonHits = 0;
  const cpuBefore = cpuTimeMs(proxy.pid);
  const started = performance.now();
  const completed = await closedLoop(connections, async () => {
    const timing = await client.post('/v1/chat/completions', bodies[next++ % bodies.length]!);
    if (timing.cacheStatus !== 'HIT') nonHits++;
  }, () => performance.now() - started >= seconds * 1000);
  const elapsed = performance.now() - started;
  const cpu = cpuTimeMs(proxy.pid) - cpuBefore;
  await client.close();
  const result = { store, connections, rps: (completed / elapsed) * 1000, proxyCpuMsPerRequest: cpu / completed };
  phase.tick();
  phase.done(`${Math.round(result.rps)} req/s${nonHits > 0 ? `, ${nonHits} not hits` : ''}`);
  return result;
}

function sample<T>(items: readonly T[], count: number): T[] {
  const random = seededRandom(17);
  return Array.from({ length: count }, () => items[Math.floor(random() * items.length)]!);
}

function summaryRows(results: HitResult[], throughputs: HitThroughput[], notes: string[]): SummaryRow[] {
  const rows: SummaryRow[] = results.map((result) => {
    const target =
      result.store === 'embedded' && result.kind === 'exact' ? 1
      : result.store === 'embedded' && result.kind === 'semantic' ? 2
      : undefined;
    const size = result.entries === null ? '' : `, ${result.entries.toLocaleString('en-US')} entries`;
    return {
      metric: `${result.kind === 'semantic miss' ? 'miss after semantic lookup' : `${result.kind} hit`}, ${result.store}${size} (p50 / p99)`,
      value: `${round(result.proxied.p50)} / ${round(result.proxied.p99)} ms; added over direct ${fmtSigned(result.added.p50)} / ${fmtSigned(result.added.p99)} ms (direct p50 ${round(result.direct.p50)} ms; n=${result.hits}; CPU ${round(result.proxyCpuMsPerRequest)} ms/req)`,
      ...(target !== undefined && {
        target: `p50 ≤ ${target} ms`,
        verdict: result.proxied.p50 <= target ? 'met' : 'missed',
      }),
    } satisfies SummaryRow;
  });
  for (const throughput of throughputs) {
    rows.push({
      metric: `exact-hit throughput at ${throughput.connections} connections, ${throughput.store}`,
      value: `${Math.round(throughput.rps)} req/s (proxy CPU ${round(throughput.proxyCpuMsPerRequest)} ms/req)`,
      target: 'DESIGN §10: Portkey in-memory hit 673 req/s, 1.48 ms CPU',
    });
  }
  for (const note of notes) rows.push({ metric: note.replace(/^skipped: /, ''), value: 'skipped', verdict: 'skipped' });
  return rows;
}

function fmtSigned(value: number): string {
  return `${value >= 0 ? '+' : ''}${round(value)}`;
}
