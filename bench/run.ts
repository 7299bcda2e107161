/**
 * semcache benchmark suite: `npm run bench` (all suites, default sizes, under 10 minutes on a 2-core machine).
 *
 *   node bench/run.ts [--suite overhead,hit,scale,quality,savings] [--json] [--datasets ../shared/datasets]
 *                     [--requests 2000] [--warmup 300] [--connections 10] [--throughput-seconds 10]
 *                     [--hit-entries 10000] [--scale-sizes 1000,10000,100000] [--scale-vectors sentences]
 *                     [--scale-queries 1000] [--savings-requests 1000] [--savings-concurrency 32]
 *                     [--savings-threshold <X-Cache-Threshold>]
 *                     [--ttft-ms 400] [--chunk-delay-ms 30] [--completion-tokens 60] [--no-quality-train]
 *                     [--quality-out bench|none] [--redis-server redis-server] [--log-level info]
 *                     [--markdown run.md] [--proxy-root <another checkout to measure>]
 *   node bench/run.ts --compare [--quick] [--requests 1000] [--throughput-seconds 8] [--compare-entries 10000]
 *                               [--compare-paths "exact HIT,semantic HIT"]   (only paths whose name contains one; the floor always runs)
 *                     [--portkey node_modules/@portkey-ai/gateway/build/start-server.js]
 *
 * The suites run the real proxy (`node src/main.ts`, configured by environment as a user would) over HTTP
 * against bench/mock-upstream-server.ts in its own process. Progress goes to stderr (a bar on a terminal, plain
 * lines otherwise); the summary table, or with --json one JSON document, goes to stdout
 * (`npm run -s bench -- --json` keeps npm's banner out of it). Semantic hits on Redis need a Redis with the
 * Query Engine: set REDIS_STACK_URL. See bench/RESULTS.md for measured numbers.
 *
 * `--compare` runs the compare suite alone (bench/suites/compare.ts): every path of semcache next to a bare
 * node:http piping proxy (the floor) and a bare fetch proxy started by the bench, printed as ratios to the floor
 * of the same run; `--quick` makes it a CI-size run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeMachine } from './lib/machine.ts';
import { markdownReport } from './lib/markdown-report.ts';
import { Progress } from './lib/progress.ts';
import { textTable } from './lib/table.ts';
import { compareSuite } from './suites/compare.ts';
import { hitSuite } from './suites/hit-latency.ts';
import { overheadSuite } from './suites/overhead.ts';
import { qualitySuite } from './suites/quality.ts';
import { savingsSuite } from './suites/savings.ts';
import { scaleSuite } from './suites/scale.ts';
import type { BenchOptions, Suite, SuiteReport } from './suites/suite.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SUITES: Record<string, Suite> = { overhead: overheadSuite, hit: hitSuite, scale: scaleSuite, quality: qualitySuite, savings: savingsSuite, compare: compareSuite };
/** What `npm run bench` runs without --suite (compare has its own flag). */
const DEFAULT_SUITES = ['overhead', 'hit', 'scale', 'quality', 'savings'];

// parseArgs, with a usage error instead of a stack trace.
const args = (() => {
  try {
    return parseArgs({
      allowNegative: true,
      options: {
        suite: { type: 'string', default: DEFAULT_SUITES.join(',') },
        compare: { type: 'boolean', default: false },
        quick: { type: 'boolean', default: false },
        'compare-entries': { type: 'string', default: '10000' },
        'compare-paths': { type: 'string' },
        portkey: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        datasets: { type: 'string', default: resolve(ROOT, '../shared/datasets') },
        requests: { type: 'string', default: '2000' },
        warmup: { type: 'string', default: '300' },
        connections: { type: 'string', default: '10' },
        'throughput-seconds': { type: 'string', default: '10' },
        'hit-entries': { type: 'string', default: '10000' },
        'scale-sizes': { type: 'string', default: '1000,10000,100000' },
        'scale-vectors': { type: 'string', default: 'sentences' },
        'scale-queries': { type: 'string', default: '1000' },
        'savings-requests': { type: 'string', default: '1000' },
        'savings-concurrency': { type: 'string', default: '32' },
        'savings-threshold': { type: 'string' },
        'ttft-ms': { type: 'string', default: '400' },
        'chunk-delay-ms': { type: 'string', default: '30' },
        'completion-tokens': { type: 'string', default: '60' },
        'quality-train': { type: 'boolean', default: true },
        'quality-out': { type: 'string', default: 'bench' },
        'redis-server': { type: 'string', default: 'redis-server' },
        'log-level': { type: 'string', default: 'info' },
        markdown: { type: 'string' },
        'proxy-root': { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n(see node bench/run.ts --help)`);
    process.exit(2);
  }
})();

if (args.help) {
  process.stdout.write(`${readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]}*/\n`);
  process.exit(0);
}

const options: BenchOptions = {
  root: ROOT,
  proxyRoot: args['proxy-root'] === undefined ? ROOT : resolve(args['proxy-root']),
  datasets: resolve(args.datasets),
  requests: positive('requests'),
  warmup: positive('warmup', true),
  connections: positive('connections'),
  throughputSeconds: positive('throughput-seconds'),
  hitEntries: positive('hit-entries'),
  scaleSizes: args['scale-sizes'],
  scaleVectors: args['scale-vectors'],
  scaleQueries: positive('scale-queries'),
  savingsRequests: positive('savings-requests'),
  savingsConcurrency: positive('savings-concurrency'),
  savingsThreshold: args['savings-threshold'] === undefined ? undefined : positive('savings-threshold'),
  ttftMs: positive('ttft-ms', true),
  chunkDelayMs: positive('chunk-delay-ms', true),
  completionTokens: positive('completion-tokens'),
  qualityTrain: args['quality-train'],
  qualityOut: args['quality-out'] === 'none' ? undefined : resolve(ROOT, args['quality-out']),
  // The only setting read from the environment: the same variable the Redis conformance tests use.
  redisStackUrl: process.env.REDIS_STACK_URL || undefined,
  redisServer: args['redis-server'],
  logLevel: args['log-level'],
  quick: args.quick,
  compareEntries: positive('compare-entries'),
  comparePaths: args['compare-paths']?.split(',').map((part) => part.trim()).filter(Boolean),
  portkey: args.portkey === undefined ? undefined : resolve(args.portkey),
};

const selected = (args.compare ? 'compare' : args.suite).split(',').map((name) => name.trim()).filter(Boolean);
for (const name of selected) {
  if (!(name in SUITES)) {
    console.error(`unknown suite "${name}" (choose from ${Object.keys(SUITES).join(', ')})`);
    process.exit(2);
  }
}

const progress = new Progress(process.stderr);
const machine = describeMachine();
const started = performance.now();
const reports: SuiteReport[] = [];
const failures: Array<{ suite: string; error: string }> = [];
progress.log(`semcache bench: ${selected.join(', ')} on ${machine.cpus} × ${machine.cpuModel}, node ${machine.node}`);
for (const name of selected) {
  try {
    reports.push(await SUITES[name]!({ options, progress, command: commandLine(), machine }));
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    failures.push({ suite: name, error: message });
    progress.log(`suite ${name} failed: ${message}`);
  }
}
const seconds = (performance.now() - started) / 1000;
if (args.markdown) writeFileSync(resolve(args.markdown), markdownReport({ command: commandLine(), machine, seconds, reports, failures }));

if (args.json) {
  const { root: _root, proxyRoot, ...rest } = options;
  const settings = { ...rest, ...(proxyRoot !== ROOT && { proxyRoot }) };
  process.stdout.write(`${JSON.stringify({ command: commandLine(), machine, settings, seconds, reports, failures }, null, 2)}\n`);
} else {
  const rows = reports.flatMap((report) =>
    report.summary.map((row) => [report.suite, row.metric, row.value, row.target ?? '', row.verdict ?? '']),
  );
  process.stdout.write(`\nsemcache bench — ${machine.date} — ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, node ${machine.node}\n`);
  process.stdout.write(`command: ${commandLine()}\n\n`);
  process.stdout.write(`${textTable(['suite', 'metric', 'value', 'target', 'verdict'], rows)}\n`);
  for (const report of reports) for (const note of report.notes) process.stdout.write(`note (${report.suite}): ${note}\n`);
  for (const failure of failures) process.stdout.write(`FAILED ${failure.suite}: ${failure.error.split('\n')[0]}\n`);
  process.stdout.write(`\ntotal ${seconds.toFixed(0)} s\n`);
}
process.exit(failures.length > 0 ? 1 : 0);

function positive(name: keyof typeof args, zeroAllowed = false): number {
  const value = Number(args[name]);
  if (!Number.isFinite(value) || value < 0 || (!zeroAllowed && value === 0)) {
    console.error(`--${name}: expected a ${zeroAllowed ? 'non-negative' : 'positive'} number, got ${String(args[name])}`);
    process.exit(2);
  }
  return value;
}

function commandLine(): string {
  const extra = process.argv.slice(2).join(' ');
  if (process.env.npm_lifecycle_event !== 'bench') return `node bench/run.ts${extra ? ` ${extra}` : ''}`;
  return extra ? `npm run bench -- ${extra}` : 'npm run bench';
}
