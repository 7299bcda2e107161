import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, mkdtempSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The processes a benchmark runs against: the mock upstream, the real proxy (`node src/main.ts`, configured by
 * its environment as a user would) and a throwaway redis-server. Each is a child of the bench process, killed
 * by `stop()` or, at the latest, when the bench process exits.
 */
export interface Child {
  readonly pid: number;
  /** Where its stdout and stderr go (kept for a failed start). */
  readonly logFile: string;
  stop(): Promise<void>;
}

export interface RunningMock extends Child {
  /** UPSTREAM_BASE_URL for the proxy (ends in /v1). */
  readonly baseUrl: string;
  readonly origin: string;
}

export interface RunningProxy extends Child {
  readonly origin: string;
}

export interface RunningRedis extends Child {
  readonly url: string;
}

const children = new Set<ChildProcess>();
let childCpus: string | undefined;

/**
 * Runs every child started from now on under `taskset -c <cpus>` (DESIGN §10: the load generator on one core,
 * the proxy and the mock on the other), and pins the bench process itself (all its threads) to `benchCpus`. Returns false, and
 * pins nothing, when `taskset` is not available.
 */
export function pinProcesses(benchCpus: string, otherCpus: string): boolean {
  try {
    execFileSync('taskset', ['-a', '-cp', benchCpus, String(process.pid)], { stdio: 'ignore' });
  } catch {
    return false;
  }
  childCpus = otherCpus;
  return true;
}

/** spawn(), under taskset when pinProcesses() said so; taskset execs the command, so the pid is the child's. */
function spawnPinned(command: string, args: string[], options: Parameters<typeof spawn>[2]): ChildProcess {
  return childCpus === undefined ? spawn(command, args, options) : spawn('taskset', ['-c', childCpus, command, ...args], options);
}
let exitHookInstalled = false;
let logDirectory: string | undefined;

/** One temporary directory per bench run for the children's logs (kept for post-mortems). */
function logDir(): string {
  logDirectory ??= mkdtempSync(join(tmpdir(), 'semcache-bench-'));
  return logDirectory;
}

function track(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = () => {
    for (const running of children) running.kill('SIGKILL');
  };
  process.once('exit', killAll);
  // Ctrl-C during a run: no orphaned proxies, mocks or redis-servers.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** A port that was free a moment ago (bound to port 0 and released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface MockOptions {
  ttftMs: number;
  chunkDelayMs: number;
  completionTokens: number;
  jsonLatencyMs?: number;
}

export async function startMock(root: string, options: MockOptions): Promise<RunningMock> {
  const args = [
    join(root, 'bench/mock-upstream-server.ts'),
    '--ttft-ms', String(options.ttftMs),
    '--chunk-delay-ms', String(options.chunkDelayMs),
    '--completion-tokens', String(options.completionTokens),
    ...(options.jsonLatencyMs !== undefined ? ['--json-latency-ms', String(options.jsonLatencyMs)] : []),
  ];
  const logFile = join(logDir(), `mock-${Date.now()}.log`);
  const { child, port } = await spawnListening('mock upstream', args, root, logFile);
  const origin = `http://127.0.0.1:${port}`;
  return { pid: child.pid!, logFile, origin, baseUrl: `${origin}/v1`, stop: () => stopChild(child) };
}

/** A peer proxy of bench/peers/ (it prints `listening on <port>`) forwarding to `upstreamOrigin`. */
export async function startPeer(root: string, script: string, upstreamOrigin: string): Promise<RunningProxy> {
  const logFile = join(logDir(), `peer-${Date.now()}.log`);
  const { child, port } = await spawnListening(script, [join(root, script), '--upstream', upstreamOrigin], root, logFile);
  return { pid: child.pid!, logFile, origin: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

async function spawnListening(name: string, args: string[], cwd: string, logFile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawnPinned(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', openSync(logFile, 'a')] });
  track(child);
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 30 s (log: ${logFile})`)), 30_000);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening (log: ${logFile})`)));
    child.stdout!.on('data', (data: Buffer) => {
      buffered += data.toString('utf8');
      const match = /listening on (\d+)/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return { child, port };
}

export interface ProxyOptions {
  upstreamBaseUrl: string;
  redisUrl?: string;
  logLevel: string;
  /** Extra environment (e.g. SEMCACHE_CONFIG). */
  env?: Record<string, string>;
}

/**
 * Spawns `node src/main.ts` as `npm start` does, with the default configuration file unless `env` names
 * another, and resolves once `/readyz` answers 200.
 */
export async function startProxy(root: string, options: ProxyOptions): Promise<RunningProxy> {
  const port = await freePort();
  const logFile = join(logDir(), `proxy-${port}.log`);
  const output = openSync(logFile, 'a');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    UPSTREAM_BASE_URL: options.upstreamBaseUrl,
    // Empty means unset for the proxy: a REDIS_URL in the caller's shell must not leak into an embedded run.
    REDIS_URL: options.redisUrl ?? '',
    SEMCACHE_CONFIG: join(root, 'config/default.yaml'),
    SEMCACHE_EMBEDDER: 'local',
    SEMCACHE_ADMIN_TOKEN: ADMIN_TOKEN,
    LOG_LEVEL: options.logLevel,
    ...options.env,
  };
  const child = spawnPinned(process.execPath, ['src/main.ts'], { cwd: root, env, stdio: ['ignore', output, output] });
  closeSync(output);
  track(child);
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`proxy exited with ${code} before it was ready:\n${tail(logFile)}`))),
  );
  exited.catch(() => {});
  await Promise.race([waitFor(`${origin}/readyz`, 120_000, logFile), exited]);
  return { pid: child.pid!, logFile, origin, stop: () => stopChild(child) };
}

export const ADMIN_TOKEN = 'bench-admin-token';

export async function startRedis(redisServer: string): Promise<RunningRedis> {
  const port = await freePort();
  const logFile = join(logDir(), `redis-${port}.log`);
  const output = openSync(logFile, 'a');
  const child = spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', output, output] });
  closeSync(output);
  track(child);
  const deadline = Date.now() + 15_000;
  while (!(await redisPing(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start:\n${tail(logFile)}`);
    await sleep(50);
  }
  return { pid: child.pid!, logFile, url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

/** User + system CPU time of a process so far, in milliseconds (Linux /proc). */
export function cpuTimeMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return Number.NaN;
  }
}

let ticks: number | undefined;
function clockTicks(): number {
  if (ticks !== undefined) return ticks;
  try {
    ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    ticks = 100;
  }
  return ticks;
}

async function waitFor(url: string, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms:\n${tail(logFile)}`);
    await sleep(100);
  }
}

function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
