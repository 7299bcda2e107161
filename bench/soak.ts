/**
 * Soak: the loopback load test (test/integration/load.test.ts) for much longer, printing memory as it goes.
 *
 *   node --expose-gc bench/soak.ts [--requests 50000] [--concurrency 50] [--prompts 2000] [--sample-every 5000]
 *                                  [--upstream-timeout 3s] [--seed 1]
 *
 * The proxy, the mock upstream (test/helpers/mock-upstream.ts, whose call log is emptied at every sample) and the
 * load generator share this process, so the heap printed is all three; the proxy's part is what grows if anything
 * leaks. Mixed traffic: hits, misses, streams, and upstream faults (5xx, hangs past the upstream timeout, broken,
 * truncated and malformed streams, clients hanging up), judged per request as in the load test. Prints one line
 * per sample and a summary; exits 1 on any proxy-caused failure or stored bad answer. Not part of `npm run bench`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseArgs } from 'node:util';
import { LocalEmbedder } from '../src/embedding/local/local-embedder.ts';
import { CallLedger, CheckingStore, judge, planRequest, promptPool, runTraffic, seededRandom } from '../test/helpers/fault-traffic.ts';
import { MockUpstream } from '../test/helpers/mock-upstream.ts';
import { startProxy } from '../test/helpers/proxy.ts';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '50000' },
    concurrency: { type: 'string', default: '50' },
    prompts: { type: 'string', default: '2000' },
    'sample-every': { type: 'string', default: '5000' },
    'upstream-timeout': { type: 'string', default: '3s' },
    seed: { type: 'string', default: '1' },
  },
});
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);
const sampleEvery = Number(args['sample-every']);

const gc = exposeGc();
if (!gc) process.stderr.write('warning: no gc exposed (run with node --expose-gc): heap figures include garbage\n');

const upstream = await new MockUpstream().start();
const ledger = new CallLedger(upstream);
const store = new CheckingStore({ dimension: new LocalEmbedder().dimension, ledger });
const proxy = await startProxy(upstream, { server: { upstreamTimeout: args['upstream-timeout'] } }, { store });
const prompts = promptPool(Number(args.prompts));
const known = new Set(prompts);
const random = seededRandom(Number(args.seed));
const failures: string[] = [];
const totals = { requests: 0, hits: 0, faults: 0, failures: 0 };
const started = performance.now();

process.stdout.write(`soak: ${requests} requests, ${concurrency} concurrent, ${prompts.length} prompts, node ${process.version}\n`);
process.stdout.write(pad(['requests', 'elapsed s', 'req/s', 'hit %', 'heap MiB', 'extern MiB', 'rss MiB', 'entries', 'failures']) + '\n');
const samples: Array<{ requests: number; heap: number }> = [];
await sample();

for (let done = 0; done < requests; done += sampleEvery) {
  const batch = Math.min(sampleEvery, requests - done);
  await runTraffic({
    origin: proxy.origin,
    count: batch,
    concurrency,
    plan: (index) => planRequest(done + index, random, prompts),
    onDone: (planned, observed) => {
      totals.requests++;
      if (observed.cacheStatus === 'HIT') totals.hits++;
      if (planned.fault.kind !== 'none') totals.faults++;
      const problem = judge(planned, observed, known);
      if (problem) {
        totals.failures++;
        if (failures.length < 20) failures.push(`#${planned.index} ${JSON.stringify(planned.fault)} stream=${planned.stream}: ${problem}`);
      }
    },
  });
  await sample();
}

await proxy.stop();
await upstream.stop();

const first = samples[1] ?? samples[0]!;
const last = samples.at(-1)!;
const growthPer10k = last.requests > first.requests ? ((last.heap - first.heap) / (last.requests - first.requests)) * 10_000 : 0;
process.stdout.write(
  `\n${totals.requests} requests in ${((performance.now() - started) / 1_000).toFixed(0)} s: ${totals.hits} hits, ${totals.faults} with injected faults, ` +
    `${totals.failures} proxy-caused failures, ${store.puts} answers stored, ${store.problems.length} bad ones.\n` +
    `heap after the first sample: ${mib(first.heap)} MiB, at the end: ${mib(last.heap)} MiB (${(growthPer10k / 2 ** 20).toFixed(2)} MiB per 10k requests; ` +
    `includes the stored entries and the call ledger of ~8 bytes per request).\n`,
);
for (const failure of [...failures, ...store.problems]) process.stdout.write(`  ${failure}\n`);
process.exit(totals.failures > 0 || store.problems.length > 0 ? 1 : 0);

async function sample(): Promise<void> {
  await waitForWrites();
  ledger.compact();
  if (gc) for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const memory = process.memoryUsage();
  const elapsed = (performance.now() - started) / 1_000;
  samples.push({ requests: totals.requests, heap: memory.heapUsed });
  const entries = (await store.stats()).entries;
  process.stdout.write(
    pad([
      String(totals.requests),
      elapsed.toFixed(1),
      elapsed > 0 ? (totals.requests / elapsed).toFixed(0) : '-',
      totals.requests > 0 ? ((100 * totals.hits) / totals.requests).toFixed(1) : '-',
      mib(memory.heapUsed),
      mib(memory.external),
      mib(memory.rss),
      String(entries),
      String(totals.failures),
    ]) + '\n',
  );
}

async function waitForWrites(): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (proxy.semcache.coalescer.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

function exposeGc(): (() => void) | undefined {
  if (typeof globalThis.gc === 'function') return globalThis.gc as () => void;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}

function pad(cells: string[]): string {
  return cells.map((cell) => cell.padStart(10)).join(' ');
}
