import { BenchClient, chatBody, closedLoop, type Timing } from '../lib/http-client.ts';
import { seededRandom } from '../lib/datasets.ts';
import { cpuTimeMs, startMock, startProxy, type RunningMock, type RunningProxy } from '../lib/processes.ts';
import { PromptSource } from '../lib/prompts.ts';
import { scrapeStages, stageMeans } from '../lib/stage-metrics.ts';
import { addedLatency, round, summarise, type AddedLatency, type LatencySummary } from '../lib/stats.ts';
import type { SuiteContext, SuiteReport, SummaryRow } from './suite.ts';

/**
 * Overhead of the proxy on the paths that call the upstream, against a zero-latency mock, DESIGN §10: the same
 * request bodies sent directly to the mock and through the proxy, one connection, interleaved pair by pair (the
 * order inside a pair alternates at random), after a warm-up.
 *
 * Phases: JSON MISS (a prompt never sent before: exact lookup, embedding, KNN in the partition, upstream call,
 * store off the response path), the same with `Cache-Control: no-store` (lookup without the store write: the
 * write's cost is the difference), JSON REFRESH (`Cache-Control: no-cache`: no lookup, stores), JSON BYPASS
 * (`no-cache, no-store`: forwarded untouched), streaming MISS (time to first and to last byte), then
 * throughput at `connections` connections, direct and through the proxy in alternating slices.
 */
export interface PathResult {
  path: string;
  /** Pairs measured (pairs where the proxy did not answer with the expected status are left out). */
  pairs: number;
  excluded: number;
  direct: LatencySummary;
  proxied: LatencySummary;
  added: AddedLatency;
  /** Streaming only: time to first byte. */
  directFirstByte?: LatencySummary;
  proxiedFirstByte?: LatencySummary;
  addedFirstByte?: AddedLatency;
  /** Proxy CPU time per proxied request during the phase (user + system, whole process, incl. logging). */
  proxyCpuMsPerRequest: number;
  /** Mean ms per stage as the proxy measured it (`semcache_stage_seconds`) for the expected outcome. */
  stages: Record<string, number>;
}

export interface ThroughputResult {
  connections: number;
  seconds: number;
  directRps: number;
  /** Through the proxy, every request a new prompt (MISS: lookup, upstream, store). */
  proxiedRps: number;
  /** Through the proxy with `Cache-Control: no-cache, no-store` (BYPASS: forwarded untouched). */
  bypassRps: number;
  proxyCpuMsPerRequest: number;
  bypassCpuMsPerRequest: number;
  statuses: Record<string, number>;
}

export async function overheadSuite({ options, progress }: SuiteContext): Promise<SuiteReport> {
  const prompts = await PromptSource.load(options.datasets);
  const mock = await startMock(options.root, { ttftMs: 0, chunkDelayMs: 0, completionTokens: options.completionTokens });
  let proxy: RunningProxy | undefined;
  try {
    proxy = await startProxy(options.proxyRoot, { upstreamBaseUrl: mock.baseUrl, logLevel: options.logLevel });
    const direct = new BenchClient(mock.origin, 1);
    const proxied = new BenchClient(proxy.origin, 1);
    const random = seededRandom(42);
    const run = (label: string, count: number, send: (client: BenchClient, body: string) => Promise<Timing>, stream: boolean, expected: string) =>
      pairs({ label, count, direct, proxied, proxy: proxy!, random, progress, prompts, send, stream, expected });

    const json = (headers?: Record<string, string>) => (client: BenchClient, body: string) => client.post('/v1/chat/completions', body, { headers });
    await run('overhead warm-up', options.warmup, json(), false, 'MISS');
    const results: PathResult[] = [];
    results.push(await run('overhead JSON miss', options.requests, json(), false, 'MISS'));
    results.push(await run('overhead JSON miss, not stored (no-store)', options.requests, json({ 'cache-control': 'no-store' }), false, 'MISS'));
    results.push(await run('overhead JSON refresh (no-cache)', options.requests, json({ 'cache-control': 'no-cache' }), false, 'REFRESH'));
    results.push(await run('overhead JSON bypass (no-cache, no-store)', options.requests, json({ 'cache-control': 'no-cache, no-store' }), false, 'BYPASS'));
    await run('overhead streaming warm-up', options.warmup, json(), true, 'MISS');
    results.push(await run('overhead streaming miss', options.requests, json(), true, 'MISS'));
    await direct.close();
    await proxied.close();

    const throughput = await throughputPhase({ mock, proxy, prompts, connections: options.connections, seconds: options.throughputSeconds, progress });
    return report(results, throughput);
  } finally {
    await proxy?.stop();
    await mock.stop();
  }
}

async function pairs(input: {
  label: string;
  count: number;
  direct: BenchClient;
  proxied: BenchClient;
  proxy: RunningProxy;
  random: () => number;
  progress: SuiteContext['progress'];
  prompts: PromptSource;
  send: (client: BenchClient, body: string) => Promise<Timing>;
  stream: boolean;
  expected: string;
}): Promise<PathResult> {
  const phase = input.progress.phase(input.label, input.count);
  const directTimings: Timing[] = [];
  const proxiedTimings: Timing[] = [];
  let excluded = 0;
  const metrics = new BenchClient(input.proxy.origin, 1);
  const stagesBefore = await scrapeStages(metrics);
  const cpuBefore = cpuTimeMs(input.proxy.pid);
  for (let i = 0; i < input.count; i++) {
    const body = chatBody(input.prompts.next(), { stream: input.stream });
    let viaDirect: Timing;
    let viaProxy: Timing;
    if (input.random() < 0.5) {
      viaDirect = await input.send(input.direct, body);
      viaProxy = await input.send(input.proxied, body);
    } else {
      viaProxy = await input.send(input.proxied, body);
      viaDirect = await input.send(input.direct, body);
    }
    if (viaDirect.status !== 200 || viaProxy.status !== 200) throw new Error(`${input.label}: status ${viaDirect.status} direct, ${viaProxy.status} via proxy`);
    // A new prompt can still be a semantic hit on a near-duplicate sentence; such pairs are not the miss path.
    if (viaProxy.cacheStatus !== input.expected) excluded++;
    else {
      directTimings.push(viaDirect);
      proxiedTimings.push(viaProxy);
    }
    phase.tick();
  }
  const cpu = cpuTimeMs(input.proxy.pid) - cpuBefore;
  // Only the outcome measured here (a few near-duplicate prompts are semantic hits and are left out above).
  const stages = Object.fromEntries(
    Object.entries(stageMeans(stagesBefore, await scrapeStages(metrics)))
      .filter(([key]) => key.endsWith(`/${input.expected}`))
      .map(([key, ms]) => [key.split('/')[0]!, ms]),
  );
  await metrics.close();
  phase.done(excluded > 0 ? `${excluded} pairs not ${input.expected} left out` : undefined);
  const last = (timings: Timing[]) => timings.map((timing) => timing.lastByteMs);
  const first = (timings: Timing[]) => timings.map((timing) => timing.firstByteMs);
  return {
    path: input.label.replace('overhead ', ''),
    pairs: directTimings.length,
    excluded,
    direct: summarise(last(directTimings)),
    proxied: summarise(last(proxiedTimings)),
    added: addedLatency(last(directTimings), last(proxiedTimings)),
    ...(input.stream && {
      directFirstByte: summarise(first(directTimings)),
      proxiedFirstByte: summarise(first(proxiedTimings)),
      addedFirstByte: addedLatency(first(directTimings), first(proxiedTimings)),
    }),
    proxyCpuMsPerRequest: cpu / input.count,
    stages,
  };
}

async function throughputPhase(input: {
  mock: RunningMock;
  proxy: RunningProxy;
  prompts: PromptSource;
  connections: number;
  seconds: number;
  progress: SuiteContext['progress'];
}): Promise<ThroughputResult> {
  const slices = Math.max(1, Math.round(input.seconds / 2.5));
  const sliceMs = (input.seconds * 1000) / slices;
  const sides = ['direct', 'miss', 'bypass'] as const;
  const phase = input.progress.phase(`overhead throughput at ${input.connections} connections`, slices * sides.length);
  const direct = new BenchClient(input.mock.origin, input.connections);
  const proxied = new BenchClient(input.proxy.origin, input.connections);
  const statuses: Record<string, number> = {};
  const totals = Object.fromEntries(sides.map((side) => [side, { completed: 0, ms: 0, cpuMs: 0 }])) as Record<(typeof sides)[number], { completed: number; ms: number; cpuMs: number }>;
  const bypassHeaders = { 'cache-control': 'no-cache, no-store' };
  for (let slice = 0; slice < slices; slice++) {
    // The same bodies every way; enough of them that the proxy never wraps around to a repeat (a hit).
    // Prepared before the slice so the load generator spends its CPU on requests only.
    const prepared = Array.from({ length: Math.ceil(sliceMs * 2) }, () => chatBody(input.prompts.next()));
    for (const side of sides) {
      let next = 0;
      const started = performance.now();
      const cpuBefore = cpuTimeMs(input.proxy.pid);
      const completed = await closedLoop(
        input.connections,
        async () => {
          const body = prepared[next++ % prepared.length]!;
          if (side === 'direct') {
            await direct.post('/v1/chat/completions', body);
            return;
          }
          const timing = await proxied.post('/v1/chat/completions', body, side === 'bypass' ? { headers: bypassHeaders } : {});
          const key = `${side}: ${timing.cacheStatus ?? 'none'}`;
          statuses[key] = (statuses[key] ?? 0) + 1;
        },
        () => performance.now() - started >= sliceMs,
      );
      totals[side].completed += completed;
      totals[side].ms += performance.now() - started;
      totals[side].cpuMs += cpuTimeMs(input.proxy.pid) - cpuBefore;
      phase.tick();
    }
  }
  await direct.close();
  await proxied.close();
  const rps = (side: (typeof sides)[number]) => (totals[side].completed / totals[side].ms) * 1000;
  const result: ThroughputResult = {
    connections: input.connections,
    seconds: input.seconds,
    directRps: rps('direct'),
    proxiedRps: rps('miss'),
    bypassRps: rps('bypass'),
    proxyCpuMsPerRequest: totals.miss.cpuMs / totals.miss.completed,
    bypassCpuMsPerRequest: totals.bypass.cpuMs / totals.bypass.completed,
    statuses,
  };
  phase.done(`${Math.round(result.directRps)} req/s direct, ${Math.round(result.proxiedRps)} miss, ${Math.round(result.bypassRps)} bypass via proxy`);
  return result;
}

function report(results: PathResult[], throughput: ThroughputResult): SuiteReport {
  const summary: SummaryRow[] = [];
  for (const result of results) {
    const target = result.path === 'JSON miss' ? 1 : undefined;
    summary.push({
      metric: `added latency, ${result.path}${result.addedFirstByte ? ', last byte' : ''} (p50 / p99)`,
      value: `+${round(result.added.p50)} / +${round(result.added.p99)} ms (direct p50 ${round(result.direct.p50)} ms, proxied ${round(result.proxied.p50)} ms; CPU ${round(result.proxyCpuMsPerRequest)} ms/req)`,
      ...(target !== undefined && { target: `p50 ≤ +${target} ms`, verdict: result.added.p50 <= target ? 'met' : 'missed' }),
    });
    const total = result.stages.total;
    if (total !== undefined) {
      const parts = Object.entries(result.stages)
        .filter(([key]) => key !== 'total')
        .map(([key, ms]) => `${key} ${round(ms)}`)
        .join(', ');
      summary.push({
        metric: `  where the time goes, ${result.path} (means)`,
        value: `proxy handler ${round(total)} ms (${parts}); outside the handler (node:http, Hono adapter, response write) ≈ ${round(result.proxied.mean - total)} ms; direct call ${round(result.direct.mean)} ms`,
      });
    }
    if (result.addedFirstByte) {
      summary.push({
        metric: `added latency, ${result.path}, first byte (p50 / p99)`,
        value: `+${round(result.addedFirstByte.p50)} / +${round(result.addedFirstByte.p99)} ms (direct p50 ${round(result.directFirstByte!.p50)} ms, proxied ${round(result.proxiedFirstByte!.p50)} ms)`,
      });
    }
  }
  summary.push({
    metric: `throughput at ${throughput.connections} connections, JSON`,
    value: `via proxy: ${Math.round(throughput.proxiedRps)} req/s MISS (CPU ${round(throughput.proxyCpuMsPerRequest)} ms/req), ${Math.round(throughput.bypassRps)} req/s BYPASS (CPU ${round(throughput.bypassCpuMsPerRequest)} ms/req); direct ${Math.round(throughput.directRps)} req/s`,
    target: 'DESIGN §10: node:http pass-through 2,100 req/s, Portkey 528',
  });
  return { suite: 'overhead', summary, details: { paths: results, throughput }, notes: [] };
}
