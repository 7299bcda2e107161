/**
 * Redis Cluster benchmark (issue 13): exact-hit and miss latency and proxy CPU per request with one Redis server
 * (the single-node client), a one-master cluster and a three-master cluster (the cluster client), all spawned from
 * `redis-server` on this machine, in one run, so the rows are comparable as ratios; and how entries spread over
 * the masters.
 *
 *   node bench/cluster.ts [--entries 2000] [--requests 1000] [--warmup 100] [--redis-server /usr/bin/redis-server]
 *                         [--masters 1,3] [--placement spread[,partition]] [--partitions 1]
 *
 * `--placement partition` adds cluster rows whose routes have `placement: partition` (a temporary copy of
 * config/default.yaml with `defaults.placement` set); `--partitions N` spreads the prompts over N partitions
 * (`X-Cache-Namespace: p<i mod N>`), so the entries-per-master table shows one partition per master against
 * entries spread by their own key.
 *
 * Every measured request is paired with the same request sent straight to the zero-latency mock, interleaved, so
 * "added" is the proxy's latency over a direct call. Requests run one at a time (one connection): latency, not
 * throughput. CPU is the proxy process's user + system time over a phase divided by its requests.
 * The semantic tier is off in every row (Debian's Redis has no Query Engine), so a miss is exact lookup + upstream
 * + store, and a hit one HGETALL routed to the owning master.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { startRedisCluster, type RedisClusterHarness } from '../test/helpers/redis-cluster-harness.ts';
import { BenchClient, chatBody } from './lib/http-client.ts';
import { describeMachine } from './lib/machine.ts';
import { cpuTimeMs, startMock, startProxy, startRedis, type RunningMock } from './lib/processes.ts';
import { addedLatency, round, summarise } from './lib/stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '2000' },
    requests: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '100' },
    'redis-server': { type: 'string', default: '/usr/bin/redis-server' },
    masters: { type: 'string', default: '1,3' },
    placement: { type: 'string', default: 'spread' },
    partitions: { type: 'string', default: '1' },
  },
});
const ENTRIES = Number(args.entries);
const REQUESTS = Number(args.requests);
const WARMUP = Number(args.warmup);
const MASTERS = args.masters.split(',').map(Number);
const PLACEMENTS = args.placement.split(',') as Array<'spread' | 'partition'>;
const PARTITIONS = Number(args.partitions);
if (PLACEMENTS.some((placement) => placement !== 'spread' && placement !== 'partition')) throw new Error('--placement takes spread and/or partition');

/** SEMCACHE_CONFIG for a placement: config/default.yaml as is, or a temporary copy with `defaults.placement`. */
function configFor(placement: 'spread' | 'partition'): Record<string, string> {
  if (placement === 'spread') return {};
  const config = parseYaml(readFileSync(join(ROOT, 'config/default.yaml'), 'utf8')) as { defaults?: Record<string, unknown> };
  config.defaults = { ...config.defaults, placement };
  const path = join(mkdtempSync(join(tmpdir(), 'semcache-bench-')), 'placement.yaml');
  writeFileSync(path, stringifyYaml(config));
  return { SEMCACHE_CONFIG: path };
}

interface Row {
  setup: string;
  phase: 'miss' | 'exact hit';
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  addedP50: number;
  cpuUsPerRequest: number;
}

async function measure(setup: string, redisUrl: string, mock: RunningMock, cluster?: RedisClusterHarness, env: Record<string, string> = {}): Promise<{ rows: Row[]; spread?: number[] }> {
  const proxy = await startProxy(ROOT, { upstreamBaseUrl: mock.baseUrl, redisUrl, logLevel: 'warn', env });
  const through = new BenchClient(proxy.origin, 1);
  const direct = new BenchClient(mock.origin, 1);
  const rows: Row[] = [];
  try {
    const run = async (phase: Row['phase'], prompts: Array<{ prompt: string; partition: number }>) => {
      const statuses: Record<string, number> = {};
      const proxied: number[] = [];
      const straight: number[] = [];
      let cpu = 0;
      for (const [i, { prompt, partition }] of prompts.entries()) {
        const body = chatBody(prompt);
        straight.push((await direct.post('/v1/chat/completions', body)).lastByteMs);
        const before = cpuTimeMs(proxy.pid);
        const timing = await through.post('/v1/chat/completions', body, { headers: { 'x-cache-namespace': `p${partition}` } });
        cpu += cpuTimeMs(proxy.pid) - before;
        if (i < WARMUP) {
          straight.pop();
          continue;
        }
        proxied.push(timing.lastByteMs);
        const status = `${timing.status} ${timing.cacheStatus ?? '-'}`;
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
      const summary = summarise(proxied);
      rows.push({
        setup, phase, statuses,
        p50: round(summary.p50), p99: round(summary.p99),
        addedP50: round(addedLatency(straight, proxied).pairedMedian),
        cpuUsPerRequest: round((cpu * 1000) / prompts.length),
      });
    };
    const prompts = Array.from({ length: Math.max(ENTRIES, WARMUP + REQUESTS) }, (_, i) => ({
      prompt: `Benchmark question number ${i} about ${setup}: how do clusters scale?`,
      partition: i % PARTITIONS,
    }));
    await run('miss', prompts);
    // Wait for the last writes (they are off the response path).
    await new Promise((done) => setTimeout(done, 500));
    const hits = Array.from({ length: WARMUP + REQUESTS }, (_, i) => prompts[(i * 7919) % prompts.length]!);
    await run('exact hit', hits);
    const spread = cluster === undefined ? undefined : [...(await cluster.keysPerMaster('semcache:*:entry:*')).values()].map((keys) => keys.length);
    return { rows, spread };
  } finally {
    await through.close();
    await direct.close();
    await proxy.stop();
  }
}

const machine = describeMachine();
const mock = await startMock(ROOT, { ttftMs: 0, chunkDelayMs: 0, completionTokens: 50 });
const rows: Row[] = [];
const spreads: Array<{ setup: string; perMaster: number[] }> = [];
try {
  const single = await startRedis(args['redis-server']);
  try {
    rows.push(...(await measure('one server', single.url, mock)).rows);
  } finally {
    await single.stop();
  }
  for (const masters of MASTERS) {
    for (const placement of PLACEMENTS) {
      const cluster = await startRedisCluster({ masters });
      try {
        const setup = `cluster, ${masters} master${masters === 1 ? '' : 's'}${placement === 'spread' ? '' : ', placement: partition'}`;
        const result = await measure(setup, cluster.clusterUrl, mock, cluster, configFor(placement));
        rows.push(...result.rows);
        if (result.spread) spreads.push({ setup, perMaster: result.spread });
      } finally {
        await cluster.stop();
      }
    }
  }
} finally {
  await mock.stop();
}

const baseline = (phase: Row['phase']) => rows.find((row) => row.setup === 'one server' && row.phase === phase)!;
console.log(`Machine: ${machine.cpuModel}, ${machine.cpus} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}`);
console.log(`node bench/cluster.ts --entries ${ENTRIES} --requests ${REQUESTS} --warmup ${WARMUP} --masters ${MASTERS.join(',')} --placement ${PLACEMENTS.join(',')} --partitions ${PARTITIONS}\n`);
console.log('| setup | phase | statuses | p50 ms | p99 ms | added p50 ms (paired) | proxy CPU µs/req | CPU vs one server |');
console.log('|---|---|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const ratio = round(row.cpuUsPerRequest / baseline(row.phase).cpuUsPerRequest);
  const statuses = Object.entries(row.statuses).map(([status, count]) => `${status}: ${count}`).join(', ');
  console.log(`| ${row.setup} | ${row.phase} | ${statuses} | ${row.p50} | ${row.p99} | ${row.addedP50} | ${row.cpuUsPerRequest} | ${ratio}× |`);
}
console.log(`\n${PARTITIONS} partition${PARTITIONS === 1 ? '' : 's'}:\n`);
console.log('| setup | entries per master | share of the largest |');
console.log('|---|---|---:|');
for (const { setup, perMaster } of spreads) {
  const total = perMaster.reduce((sum, count) => sum + count, 0);
  console.log(`| ${setup} | ${perMaster.join(' / ')} | ${round((100 * Math.max(...perMaster)) / total)}% |`);
}
