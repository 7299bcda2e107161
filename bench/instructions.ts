/**
 * Instructions per request of one path, counted by valgrind's callgrind: repeatable where CPU time is not (this
 * project's VMs drift ±20–30% between runs, more than most changes to the hop). The proxy (or the floor, a bare
 * `node:http` piping proxy) runs under callgrind twice with the same start-up, fill and warm-up, then `--few` and
 * `--many` requests of the path; the difference of the two totals divided by the difference of the counts is the
 * cost of one request, start-up and JIT warm-up cancelled out. Node runs `--single-threaded` (no background
 * compiler or GC threads, whose share of the count varied by run). User-space instructions only: the kernel's socket
 * work (the same for every path) is not counted, so a ratio to the floor here is larger than the CPU-time ratio.
 *
 *   node bench/instructions.ts [--path hit|bypass|floor] [--few 500] [--many 4500] [--proxy-root <checkout>]
 *
 * Needs `valgrind` (Debian: `apt-get install valgrind`). The two runs take 5–9 minutes. `hit` is an exact HIT (300
 * prompts stored, then replayed), `bypass` a JSON request with `Cache-Control: no-cache, no-store`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchClient, chatBody, closedLoop } from './lib/http-client.ts';
import { freePort, startMock } from './lib/processes.ts';

const { values: args } = parseArgs({
  options: {
    path: { type: 'string', default: 'hit' },
    few: { type: 'string', default: '500' },
    many: { type: 'string', default: '4500' },
    'proxy-root': { type: 'string', default: new URL('..', import.meta.url).pathname },
  },
});
const path = args.path;
if (!['hit', 'bypass', 'floor'].includes(path)) throw new Error(`--path must be hit, bypass or floor, got ${path}`);
const root = resolve(args['proxy-root']);
const WARMUP = 1_500;
const CONNECTIONS = 4;
const prompts = Array.from({ length: 300 }, (_, i) => `What is the capital city number ${i} of the country called X${i}?`);

/** Total instructions of one process lifetime serving `count` requests of the path after the fill and warm-up. */
async function instructionsServing(count: number): Promise<number> {
  const mock = await startMock(root, { ttftMs: 0, chunkDelayMs: 0, completionTokens: 60 });
  const port = await freePort();
  const outDir = mkdtempSync(join(tmpdir(), 'semcache-callgrind-'));
  const script = path === 'floor' ? ['bench/peers/node-http-proxy.ts', '--upstream', mock.origin, '--port', String(port)] : ['src/main.ts'];
  const child = spawn('valgrind', ['--tool=callgrind', `--callgrind-out-file=${join(outDir, 'out.%p')}`, process.execPath, '--single-threaded', ...script], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', UPSTREAM_BASE_URL: mock.baseUrl, REDIS_URL: '', SEMCACHE_CONFIG: join(root, 'config/default.yaml'), SEMCACHE_EMBEDDER: 'local', LOG_LEVEL: 'info' },
  });
  const exited = new Promise((done) => child.once('exit', done));
  const origin = `http://127.0.0.1:${port}`;
  // The floor has no /readyz: any answer means it listens.
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${origin}/readyz`)).status === 200 || path === 'floor') break;
    } catch { /* not listening yet */ }
    if (tries > 600) throw new Error('the proxy under valgrind did not start within 5 minutes');
    await new Promise((ready) => setTimeout(ready, 500));
  }
  const client = new BenchClient(origin, CONNECTIONS);
  for (const prompt of prompts) await client.post('/v1/chat/completions', chatBody(prompt));
  const headers = path === 'bypass' ? { 'cache-control': 'no-cache, no-store' } : undefined;
  const serve = async (requests: number) => {
    let sent = 0;
    await closedLoop(CONNECTIONS, async () => {
      const timing = await client.post('/v1/chat/completions', chatBody(prompts[sent++ % prompts.length]!), { headers });
      if (path === 'hit' && timing.cacheStatus !== 'HIT') throw new Error(`expected a HIT, got ${timing.cacheStatus}`);
    }, () => sent >= requests);
  };
  await serve(WARMUP);
  await serve(count);
  await client.close();
  child.kill('SIGTERM'); // callgrind writes its totals as the process exits
  await exited;
  mock.stop();
  const [file] = readdirSync(outDir);
  const totals = /^(?:summary|totals):\s+(\d+)/m.exec(readFileSync(join(outDir, file!), 'utf8'));
  if (!totals) throw new Error(`no totals in ${join(outDir, file!)}`);
  return Number(totals[1]);
}

execFileSync('valgrind', ['--version']);
const few = Number(args.few);
const many = Number(args.many);
const fewTotal = await instructionsServing(few);
const manyTotal = await instructionsServing(many);
console.log(JSON.stringify({ path, root, few, many, fewTotal, manyTotal, instructionsPerRequest: Math.round((manyTotal - fewTotal) / (many - few)) }));
