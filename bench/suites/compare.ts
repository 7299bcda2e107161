import { spawn } from 'node:child_process';
import { loadParaphrases } from '../lib/datasets.ts';
import { BenchClient, chatBody, closedLoop, type Timing } from '../lib/http-client.ts';
import { cpuTimeMs, freePort, pinProcesses, startMock, startPeer, startProxy, type RunningMock, type RunningProxy } from '../lib/processes.ts';
import { PromptSource } from '../lib/prompts.ts';
import { round, summarise } from '../lib/stats.ts';
import type { SuiteContext, SuiteReport, SummaryRow } from './suite.ts';

/**
 * `npm run bench -- --compare` (issue 12): the same harness against peers started by the bench itself, so
 * every figure is a ratio to the floor measured in the same run (DESIGN §10; the machine's absolute speed
 * varies by up to 4× from day to day, ratios within one run do not).
 *
 * Peers: a bare `node:http` piping proxy (the floor, bench/peers/node-http-proxy.ts), a bare `fetch` proxy
 * (bench/peers/fetch-proxy.ts), and Portkey's gateway when `--portkey <its build/start-server.js>` is given.
 * semcache (embedded store) in every path: BYPASS (`no-cache, no-store`), MISS (every prompt new: lookup,
 * upstream, store), exact HIT, semantic HIT (GPTCache paraphrases of filled questions, `X-Cache-Threshold:
 * 0.80`, with `--compare-entries` entries in the partition), each as JSON and SSE.
 *
 * For each path: a 1-connection probe of `--requests` requests, each paired with the same body sent directly
 * to the zero-latency mock (order inside a pair alternating), giving the added p50; then `--throughput-seconds`
 * at `--connections` connections (JSON only), giving req/s. CPU per request is the proxy process's user +
 * system time (/proc/PID/stat) over the phase divided by its requests. The load generator (this process) is
 * pinned to CPU 0 and the mock and proxies to CPU 1 with `taskset`. `--quick` shrinks everything for a
 * CI-size run (about a minute).
 */
interface Path {
  name: string;
  /** Which process does the proxying (its CPU is measured). */
  proxy: RunningProxy;
  stream: boolean;
  headers?: Record<string, string>;
  /** Request bodies to send, in order (wrapping around). */
  bodies: () => string;
  /** The X-Cache-Status / X-Cache-Match this path must answer with; other answers are left out. */
  expect?: { status: string; match?: string };
}

export interface CompareRow {
  path: string;
  stream: boolean;
  requests: number;
  excluded: number;
  /** Milliseconds, 1 connection. JSON: last byte; SSE: first byte. */
  directP50: number;
  proxiedP50: number;
  addedP50: number;
  /** Proxy CPU per request in microseconds: in the 1-connection probe and (JSON) at `connections`. */
  probeCpuUs: number;
  loadCpuUs?: number;
  rps?: number;
}

const FLOOR = 'floor: node:http pipe';
// DESIGN §10, measured on this machine kind: Portkey 683 µs and 1,369 µs (streaming) CPU per request against
// the floor's 71 µs. Used only when Portkey is not run as a peer.
const PORTKEY_JSON_OVER_FLOOR = 683 / 71;
const PORTKEY_SSE_OVER_FLOOR = 1369 / 71;
const SEMANTIC_THRESHOLD = { 'x-cache-threshold': '0.80' };

export async function compareSuite({ options, progress }: SuiteContext): Promise<SuiteReport> {
  const notes: string[] = [];
  const quick = options.quick;
  const requests = quick ? Math.min(options.requests, 300) : options.requests;
  const warmup = quick ? Math.min(options.warmup, 100) : options.warmup;
  const seconds = quick ? Math.min(options.throughputSeconds, 2) : options.throughputSeconds;
  const entries = quick ? Math.min(options.compareEntries, 2_000) : options.compareEntries;
  if (!pinProcesses('0', '1')) notes.push('taskset unavailable: processes not pinned');

  // New prompts never contain a paraphrase sentence: at 100k entries the full source made 998 of the 999
  // paraphrases exact hits (stored copies) or crowded their origin out of the nearest candidates (joined prompts).
  const prompts = await PromptSource.load(options.datasets, 1, { withoutParaphrases: true });
  const paraphrases = await loadParaphrases(options.datasets);
  const mock = await startMock(options.root, { ttftMs: 0, chunkDelayMs: 0, completionTokens: options.completionTokens });
  const started: RunningProxy[] = [];
  try {
    const floor = await startPeer(options.root, 'bench/peers/node-http-proxy.ts', mock.origin);
    started.push(floor);
    const fetchPeer = await startPeer(options.root, 'bench/peers/fetch-proxy.ts', mock.origin);
    started.push(fetchPeer);
    const portkey = options.portkey === undefined ? undefined : await startPortkey(options.portkey);
    if (portkey) started.push(portkey);
    const semcache = await startProxy(options.proxyRoot, { upstreamBaseUrl: mock.baseUrl, logLevel: options.logLevel });
    started.push(semcache);

    // Fill semcache's partition: the GPTCache questions (their paraphrases are the semantic hits), then new
    // prompts up to `entries`.
    // The paraphrases' origins go in last: the store's LRU bound (100k entries, 256 MiB by default) drops the
    // oldest entries first, and at 100k it dropped origins filled first (none of their paraphrases could hit).
    const fillBodies: string[] = [];
    while (fillBodies.length < entries - paraphrases.length) fillBodies.push(prompts.next());
    fillBodies.push(...paraphrases.map((pair) => pair.origin));
    await fill(semcache, fillBodies.map((prompt) => chatBody(prompt)), options.connections, progress);
    // Which paraphrases are semantic hits at this threshold (they stay so: a semantic hit stores nothing). The
    // structural verifier leaves most LLM rewordings undecided, so near-duplicates of the filled questions (a
    // polite "Please …" in front, which it accepts) are tried too.
    const nearDuplicate = (question: string) => `Please ${question.charAt(0).toLowerCase()}${question.slice(1)}`;
    const tried = [...paraphrases.map((pair) => chatBody(pair.similar)), ...paraphrases.map((pair) => chatBody(nearDuplicate(pair.origin)))];
    const semanticBodies = await discoverSemantic(semcache, tried, progress);
    if (semanticBodies.length === 0) notes.push('no paraphrase was a semantic hit: semantic rows skipped');
    else notes.push(`semantic hits: ${semanticBodies.filter((body) => !body.includes('"Please ')).length} GPTCache paraphrases and ${semanticBodies.filter((body) => body.includes('"Please ')).length} "Please …" near-duplicates of ${tried.length / 2} filled questions`);

    const fresh = (stream: boolean) => () => chatBody(prompts.next(), { stream });
    const cycle = (bodies: string[]) => {
      let next = 0;
      return () => bodies[next++ % bodies.length]!;
    };
    // Exact hits replay JSON bodies that were filled (stored); streamed hits need a streamed body stored first.
    // The most recent entries, which later MISS traffic does not push out of the LRU bound first.
    const exactJson = fillBodies.slice(-2_000).map((prompt) => chatBody(prompt));
    const exactSse = Array.from({ length: Math.min(500, requests) }, () => chatBody(prompts.next(), { stream: true }));
    await fill(semcache, exactSse, options.connections, progress);

    const portkeyHeaders = { 'x-portkey-provider': 'openai', 'x-portkey-custom-host': mock.baseUrl };
    const paths: Path[] = [];
    for (const stream of [false, true]) {
      const kind = stream ? 'SSE' : 'JSON';
      paths.push({ name: `${FLOOR}, ${kind}`, proxy: floor, stream, bodies: fresh(stream) });
      paths.push({ name: `fetch proxy, ${kind}`, proxy: fetchPeer, stream, bodies: fresh(stream) });
      if (portkey) paths.push({ name: `Portkey, ${kind}`, proxy: portkey, stream, headers: portkeyHeaders, bodies: fresh(stream) });
      paths.push({ name: `semcache BYPASS, ${kind}`, proxy: semcache, stream, headers: { 'cache-control': 'no-cache, no-store' }, bodies: fresh(stream), expect: { status: 'BYPASS' } });
      paths.push({ name: `semcache MISS, ${kind}`, proxy: semcache, stream, bodies: fresh(stream), expect: { status: 'MISS' } });
      paths.push({ name: `semcache exact HIT, ${kind}`, proxy: semcache, stream, bodies: cycle(stream ? exactSse : exactJson), expect: { status: 'HIT', match: 'exact' } });
      if (semanticBodies.length > 0) {
        const bodies = stream ? semanticBodies.map((body) => body.replace(/^\{/, '{"stream":true,')) : semanticBodies;
        paths.push({ name: `semcache semantic HIT, ${kind}`, proxy: semcache, stream, headers: SEMANTIC_THRESHOLD, bodies: cycle(bodies), expect: { status: 'HIT', match: 'semantic' } });
      }
    }

    const wanted = options.comparePaths;
    const measured = wanted === undefined ? paths : paths.filter((path) => path.proxy === floor || wanted.some((part) => path.name.includes(part)));
    const rows: CompareRow[] = [];
    const direct = new BenchClient(mock.origin, 1);
    for (const path of measured) {
      try {
        const row = await probe(path, direct, requests, warmup, progress);
        if (!path.stream) Object.assign(row, await load(path, options.connections, seconds, progress));
        rows.push(row);
      } catch (error) {
        // A peer that cannot serve a path (Portkey's streaming against this mock) is a note, not a lost run.
        if (path.proxy === semcache || path.proxy === floor) throw error;
        notes.push(`${path.name}: skipped (${(error as Error).message})`);
      }
    }
    await direct.close();
    return report(rows, { requests, seconds, entries, connections: options.connections, portkey: portkey !== undefined }, notes);
  } finally {
    for (const child of started.reverse()) await child.stop();
    await mock.stop();
  }
}

async function probe(path: Path, direct: BenchClient, requests: number, warmup: number, progress: SuiteContext['progress']): Promise<CompareRow> {
  const proxied = new BenchClient(path.proxy.origin, 1);
  const send = (client: BenchClient, body: string, headers?: Record<string, string>) => client.post('/v1/chat/completions', body, { headers });
  for (let i = 0; i < warmup; i++) await send(proxied, path.bodies(), path.headers);
  const phase = progress.phase(`compare: ${path.name}, 1 connection`, requests);
  const directTimes: number[] = [];
  const proxiedTimes: number[] = [];
  let excluded = 0;
  const measure = (timing: Timing) => (path.stream ? timing.firstByteMs : timing.lastByteMs);
  const cpuBefore = cpuTimeMs(path.proxy.pid);
  for (let i = 0; i < requests; i++) {
    const body = path.bodies();
    let viaDirect: Timing;
    let viaProxy: Timing;
    if (i % 2 === 0) {
      viaDirect = await send(direct, body);
      viaProxy = await send(proxied, body, path.headers);
    } else {
      viaProxy = await send(proxied, body, path.headers);
      viaDirect = await send(direct, body);
    }
    if (viaProxy.status !== 200) throw new Error(`${path.name}: status ${viaProxy.status}`);
    if (viaDirect.status !== 200) throw new Error(`${path.name}: direct status ${viaDirect.status}`);
    if (path.expect && (viaProxy.cacheStatus !== path.expect.status || (path.expect.match !== undefined && viaProxy.cacheMatch !== path.expect.match))) excluded++;
    else {
      directTimes.push(measure(viaDirect));
      proxiedTimes.push(measure(viaProxy));
    }
    phase.tick();
  }
  const cpuMs = cpuTimeMs(path.proxy.pid) - cpuBefore;
  await proxied.close();
  phase.done(excluded > 0 ? `${excluded} not ${path.expect?.status} ${path.expect?.match ?? ''} left out` : undefined);
  const directP50 = summarise(directTimes).p50;
  const proxiedP50 = summarise(proxiedTimes).p50;
  return { path: path.name, stream: path.stream, requests, excluded, directP50, proxiedP50, addedP50: proxiedP50 - directP50, probeCpuUs: (cpuMs * 1000) / requests };
}

async function load(path: Path, connections: number, seconds: number, progress: SuiteContext['progress']): Promise<{ loadCpuUs: number; rps: number }> {
  const phase = progress.phase(`compare: ${path.name}, ${connections} connections for ${seconds} s`, 1);
  const client = new BenchClient(path.proxy.origin, connections);
  // Bodies prepared before the clock starts, so the load generator spends its time on requests.
  const bodies = Array.from({ length: Math.ceil(seconds * 6_000) }, path.bodies);
  let next = 0;
  const cpuBefore = cpuTimeMs(path.proxy.pid);
  const startedAt = performance.now();
  const completed = await closedLoop(
    connections,
    async () => {
      await client.post('/v1/chat/completions', bodies[next++ % bodies.length]!, { headers: path.headers });
    },
    () => performance.now() - startedAt >= seconds * 1000,
  );
  const elapsed = performance.now() - startedAt;
  const cpuMs = cpuTimeMs(path.proxy.pid) - cpuBefore;
  await client.close();
  const rps = (completed / elapsed) * 1000;
  phase.done(`${Math.round(rps)} req/s`);
  return { loadCpuUs: (cpuMs * 1000) / completed, rps };
}

async function fill(proxy: RunningProxy, bodies: string[], connections: number, progress: SuiteContext['progress']): Promise<void> {
  const phase = progress.phase(`compare: fill semcache with ${bodies.length} prompts`, bodies.length);
  const client = new BenchClient(proxy.origin, connections);
  let next = 0;
  await closedLoop(
    connections,
    async () => {
      await client.post('/v1/chat/completions', bodies[next++]!);
      phase.tick();
    },
    () => next >= bodies.length,
  );
  await client.close();
  phase.done();
}

async function discoverSemantic(proxy: RunningProxy, bodies: string[], progress: SuiteContext['progress']): Promise<string[]> {
  const phase = progress.phase('compare: find the paraphrases that are semantic hits', bodies.length);
  const client = new BenchClient(proxy.origin, 1);
  const hits: string[] = [];
  for (const body of bodies) {
    // no-store: a paraphrase that misses must not be stored (it would turn its own repeats into exact hits).
    const timing = await client.post('/v1/chat/completions', body, { headers: { ...SEMANTIC_THRESHOLD, 'cache-control': 'no-store' } });
    if (timing.cacheStatus === 'HIT' && timing.cacheMatch === 'semantic') hits.push(body);
    phase.tick();
  }
  await client.close();
  phase.done(`${hits.length} of ${bodies.length}`);
  return hits;
}

/** Portkey's open-source gateway (`npm install @portkey-ai/gateway`; pass its build/start-server.js). */
async function startPortkey(script: string): Promise<RunningProxy> {
  const port = await freePort();
  const child = spawn('taskset', ['-c', '1', process.execPath, script, `--port=${port}`, '--headless'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(origin);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('Portkey did not start within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    pid: child.pid!,
    logFile: '',
    origin,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function report(rows: CompareRow[], settings: { requests: number; seconds: number; entries: number; connections: number; portkey: boolean }, notes: string[]): SuiteReport {
  const find = (name: string) => rows.find((row) => row.path === name);
  const floorJson = find(`${FLOOR}, JSON`)!;
  const floorSse = find(`${FLOOR}, SSE`)!;
  const floorCpu = (row: CompareRow) => (row.stream ? floorSse.probeCpuUs : (floorJson.loadCpuUs ?? floorJson.probeCpuUs));
  const cpuOf = (row: CompareRow) => (row.stream ? row.probeCpuUs : (row.loadCpuUs ?? row.probeCpuUs));
  const summary: SummaryRow[] = rows.map((row) => {
    const rps = row.rps === undefined ? '' : `, ${Math.round(row.rps)} req/s @${settings.connections} (${ratio(row.rps / floorJson.rps!)} floor)`;
    return {
      metric: `${row.path}${row.excluded > 0 ? ` (${row.excluded} left out)` : ''}`,
      value: `added p50 ${signed(row.addedP50)} ms${row.stream ? ' to first byte' : ''} (direct ${round(row.directP50)}); CPU ${Math.round(cpuOf(row))} µs/req (${ratio(cpuOf(row) / floorCpu(row))} floor)${rps}`,
    };
  });

  const verdict = (ok: boolean | undefined): SummaryRow['verdict'] => (ok === undefined ? 'skipped' : ok ? 'met' : 'missed');
  const portkeyJson = find('Portkey, JSON');
  const portkeySse = find('Portkey, SSE');
  const missJson = find('semcache MISS, JSON');
  const missSse = find('semcache MISS, SSE');
  const bypass = find('semcache BYPASS, JSON');
  const exact = find('semcache exact HIT, JSON');
  const semantic = find('semcache semantic HIT, JSON');
  const jsonCpuFloor = floorCpu(floorJson);
  const portkeyJsonCpu = portkeyJson ? cpuOf(portkeyJson) : PORTKEY_JSON_OVER_FLOOR * jsonCpuFloor;
  const portkeySseCpu = portkeySse ? cpuOf(portkeySse) : PORTKEY_SSE_OVER_FLOOR * jsonCpuFloor;
  const source = (measured: CompareRow | undefined) => (measured ? 'Portkey measured in this run' : 'Portkey from DESIGN §10 as a ratio to the floor');
  const passThroughs = rows.filter((row) => !row.stream && !row.path.includes('HIT') && !row.path.includes('MISS'));
  if (missJson) {
    summary.push({ metric: 'target: MISS CPU, JSON', value: `${Math.round(cpuOf(missJson))} µs = ${ratio(cpuOf(missJson) / portkeyJsonCpu)} Portkey (${source(portkeyJson)})`, target: '≤ 0.5× Portkey', verdict: verdict(cpuOf(missJson) <= 0.5 * portkeyJsonCpu) });
  }
  if (missSse) {
    summary.push({ metric: 'target: MISS CPU, SSE', value: `${Math.round(cpuOf(missSse))} µs = ${ratio(cpuOf(missSse) / portkeySseCpu)} Portkey streaming (${source(portkeySse)})`, target: '≤ 0.5× Portkey', verdict: verdict(cpuOf(missSse) <= 0.5 * portkeySseCpu) });
    // Over direct is the target; over the floor's own hop says what semcache adds beyond any proxy on a loaded machine.
    summary.push({ metric: 'target: streaming MISS first byte', value: `${signed(missSse.addedP50)} ms over direct, ${signed(missSse.addedP50 - floorSse.addedP50)} ms over the floor`, target: '≤ +0.5 ms', verdict: verdict(missSse.addedP50 <= 0.5) });
  }
  if (bypass) summary.push({ metric: 'target: BYPASS CPU', value: `${ratio(cpuOf(bypass) / jsonCpuFloor)} floor`, target: '≤ 2× floor', verdict: verdict(cpuOf(bypass) <= 2 * jsonCpuFloor) });
  if (exact) {
    summary.push({ metric: 'target: exact HIT CPU', value: `${ratio(cpuOf(exact) / jsonCpuFloor)} floor`, target: '≤ 1.5× floor', verdict: verdict(cpuOf(exact) <= 1.5 * jsonCpuFloor) });
    const slowestFaster = passThroughs.map((row) => `${row.path.split(',')[0]} ${round(row.proxiedP50)}`).join(', ');
    summary.push({ metric: 'target: exact HIT latency below every pass-through', value: `HIT p50 ${round(exact.proxiedP50)} ms; ${slowestFaster} ms`, target: '< every pass-through', verdict: verdict(passThroughs.every((row) => exact.proxiedP50 < row.proxiedP50)) });
  }
  if (exact && semantic) {
    summary.push({ metric: `target: semantic HIT vs exact HIT (${settings.entries} entries)`, value: `p50 ${ratio(semantic.proxiedP50 / exact.proxiedP50)}, CPU ${ratio(cpuOf(semantic) / cpuOf(exact))}`, target: '≤ 2× (latency)', verdict: verdict(semantic.proxiedP50 <= 2 * exact.proxiedP50) });
  }
  return { suite: 'compare', summary, details: { settings, rows }, notes };
}

function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${round(value)}`;
}
