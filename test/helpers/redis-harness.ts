/**
 * Redis for tests (DESIGN §9). Where a server comes from, in order:
 *   1. a URL from the environment: `REDIS_URL` (plain) or `REDIS_STACK_URL` (with the Query Engine);
 *   2. `redis-server` spawned on a free port with persistence off (plain only: the Debian package has no search
 *      module), killed afterwards;
 *   3. a testcontainers container (`redis:8`, which has the Query Engine) when a Docker engine answers.
 * Tests that kill and restart the server, or need server flags such as `maxmemory`, ask for `processControl` /
 * `args`, which only a spawned server can give; without `redis-server` they are skipped with the printed reason.
 *
 * ```ts
 * const plan = await planRedis({ processControl: true });
 * describe.skipIf(plan.kind === 'unavailable')('…', () => {
 *   let redis: RedisServer;
 *   beforeAll(async () => { redis = await startRedis({ processControl: true }); });
 *   afterAll(() => redis?.stop());
 * });
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createClient } from 'redis';

export interface RedisNeeds {
  /** Needs the Query Engine (FT.*). */
  stack?: boolean;
  /** Extra `redis-server` arguments (e.g. `['--maxmemory', '4mb']`): needs a server of its own. */
  args?: string[];
  /** Needs `kill()` and `restart()` on the same port: only a spawned server gives that. */
  processControl?: boolean;
}

export type RedisPlan =
  | { kind: 'url'; url: string; from: 'REDIS_URL' | 'REDIS_STACK_URL' }
  | { kind: 'spawn'; binary: string }
  | { kind: 'container'; image: string }
  | { kind: 'unavailable'; reason: string };

export interface RedisServer {
  url: string;
  origin: Exclude<RedisPlan['kind'], 'unavailable'>;
  /** The test owns this server (spawned or container): it may change its config. False for an env URL. */
  owned: boolean;
  /** Whether kill()/restart() work (a spawned server). */
  controllable: boolean;
  /** Process id of a spawned server while it runs. */
  readonly pid: number | undefined;
  /** Shuts the server down (if the test started it) and removes its files. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port with the same arguments; resolves once it accepts connections. */
  restart(): Promise<void>;
}

export const PLAIN_IMAGE = 'redis:7.2-alpine';
export const STACK_IMAGE = 'redis:8';

/** Which server `startRedis(needs)` would use, without starting anything; `unavailable` carries the skip reason. */
export async function planRedis(needs: RedisNeeds = {}): Promise<RedisPlan> {
  const ownServer = needs.processControl === true || (needs.args?.length ?? 0) > 0;
  if (needs.stack === true) {
    const url = process.env['REDIS_STACK_URL'];
    if (url && !ownServer) return { kind: 'url', url, from: 'REDIS_STACK_URL' };
    if (!needs.processControl && (await dockerAnswers())) return { kind: 'container', image: STACK_IMAGE };
    return {
      kind: 'unavailable',
      reason: ownServer
        ? 'needs a Redis with the Query Engine that the test can reconfigure or kill, and no Docker engine answers'
        : 'no Redis with the Query Engine: set REDIS_STACK_URL (e.g. a redis:8 server) or run a Docker engine',
    };
  }
  const url = process.env['REDIS_URL'];
  if (url && !ownServer) return { kind: 'url', url, from: 'REDIS_URL' };
  const binary = findRedisServer();
  if (binary !== undefined) return { kind: 'spawn', binary };
  if (!needs.processControl && (await dockerAnswers())) return { kind: 'container', image: PLAIN_IMAGE };
  return {
    kind: 'unavailable',
    reason: needs.processControl
      ? 'needs a redis-server binary to kill and restart (only a URL or nothing is available)'
      : 'no Redis: set REDIS_URL, install redis-server, or run a Docker engine',
  };
}

/** Starts (or points at) a server meeting `needs`; throws with the reason when none can. */
export async function startRedis(needs: RedisNeeds = {}): Promise<RedisServer> {
  const plan = await planRedis(needs);
  switch (plan.kind) {
    case 'url':
      return externalServer(plan.url);
    case 'spawn':
      return SpawnedRedis.start(plan.binary, needs.args ?? []);
    case 'container':
      return startContainer(plan.image, needs.args ?? []);
    case 'unavailable':
      throw new Error(`no Redis for this test: ${plan.reason}`);
  }
}

/**
 * Spawns a `redis-server` of the test's own with extra `args` (the cluster harness builds on it); undefined when no
 * binary is installed.
 */
export async function spawnRedisServer(args: string[]): Promise<RedisServer | undefined> {
  const binary = findRedisServer();
  return binary === undefined ? undefined : SpawnedRedis.start(binary, args);
}

/** A key prefix no other test uses: `semcache-test:{label}:{random}`. */
export function randomKeyPrefix(label = 'test'): string {
  return `semcache-test:${label}:${randomBytes(6).toString('hex')}`;
}

/** A RESP2 client for test bookkeeping (CONFIG SET, CLIENT PAUSE, cleanup); close it with `.destroy()`. */
export async function connectAdmin(url: string) {
  const client = createClient({ url, RESP: 2, maintNotifications: 'disabled' });
  client.on('error', () => {
    // Fault tests kill the server under this client; the test asserts on the store, not on this connection.
  });
  await client.connect();
  return client;
}

export type AdminClient = Awaited<ReturnType<typeof connectAdmin>>;

/** Deletes every key under `prefix` and drops every index named under it; returns the number of keys deleted. */
export async function deleteKeyspace(admin: AdminClient, prefix: string): Promise<number> {
  let indexes: unknown = [];
  try {
    indexes = await admin.sendCommand(['FT._LIST']);
  } catch {
    // No Query Engine: no indexes to drop.
  }
  for (const name of Array.isArray(indexes) ? indexes : []) {
    if (typeof name === 'string' && name.startsWith(prefix)) await admin.sendCommand(['FT.DROPINDEX', name]);
  }
  let deleted = 0;
  let cursor = '0';
  const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
  do {
    const [next, keys] = await admin.sendCommand<[string, string[]]>(['SCAN', cursor, 'MATCH', pattern, 'COUNT', '1000']);
    cursor = next;
    if (keys.length > 0) deleted += await admin.sendCommand<number>(['UNLINK', ...keys]);
  } while (cursor !== '0');
  return deleted;
}

/**
 * Stops what a test against one Redis started, in this order: its proxies, its keyspace (deleted), its upstream,
 * the server. Each part may be missing, as after a `beforeAll` that failed half-way.
 */
export async function stopRedisFixture(parts: {
  proxies: ReadonlyArray<{ stop(): Promise<void> } | undefined>;
  admin?: AdminClient;
  prefix: string;
  upstream?: { stop(): Promise<void> };
  server?: { stop(): Promise<void> };
}): Promise<void> {
  for (const proxy of parts.proxies) await proxy?.stop();
  if (parts.admin) {
    await deleteKeyspace(parts.admin, parts.prefix);
    parts.admin.destroy();
  }
  await parts.upstream?.stop();
  await parts.server?.stop();
}

/** Whether the server at `url` has the Query Engine. */
export async function hasQueryEngine(url: string): Promise<boolean> {
  const admin = await connectAdmin(url);
  try {
    await admin.sendCommand(['FT._LIST']);
    return true;
  } catch {
    return false;
  } finally {
    admin.destroy();
  }
}

function externalServer(url: string): RedisServer {
  const unsupported = async () => {
    throw new Error('a server given by URL cannot be killed or restarted by the test');
  };
  return { url, origin: 'url', owned: false, controllable: false, pid: undefined, stop: async () => {}, kill: unsupported, restart: unsupported };
}

const READY_LINE = /Ready to accept connections/;
const START_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;
/** Spawned servers still running when the test process exits are killed, never left behind. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

class SpawnedRedis implements RedisServer {
  readonly origin = 'spawn' as const;
  readonly owned = true;
  readonly controllable = true;
  readonly url: string;
  readonly #binary: string;
  readonly #port: number;
  readonly #args: string[];
  readonly #dir: string;
  #child: ChildProcess | undefined;

  private constructor(binary: string, port: number, args: string[]) {
    this.#binary = binary;
    this.#port = port;
    this.#args = args;
    this.#dir = mkdtempSync(join(tmpdir(), 'semcache-redis-'));
    this.url = `redis://127.0.0.1:${port}`;
  }

  static async start(binary: string, args: string[]): Promise<SpawnedRedis> {
    let lastError: unknown;
    // A free port can be taken between probing and binding; try a few.
    for (let attempt = 0; attempt < 5; attempt++) {
      const server = new SpawnedRedis(binary, await freePort(), args);
      try {
        await server.restart();
        return server;
      } catch (error) {
        lastError = error;
        await server.stop();
      }
    }
    throw lastError;
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  async restart(): Promise<void> {
    if (this.#child !== undefined) throw new Error('redis-server is already running');
    installExitHook();
    const child = spawn(this.#binary, [
      '--port', String(this.#port),
      '--bind', '127.0.0.1',
      '--save', '',
      '--appendonly', 'no',
      '--enable-debug-command', 'local',
      '--dir', this.#dir,
      '--logfile', '',
      '--daemonize', 'no',
      ...this.#args,
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child = child;
    running.add(child);
    child.once('exit', () => {
      running.delete(child);
      if (this.#child === child) this.#child = undefined;
    });
    await waitUntilReady(child);
  }

  async kill(): Promise<void> {
    await this.#terminate('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.#terminate('SIGTERM');
    rmSync(this.#dir, { recursive: true, force: true });
  }

  async #terminate(signal: NodeJS.Signals): Promise<void> {
    const child = this.#child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}

function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining the pipes so a chatty server never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else {
        resolve();
      }
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (READY_LINE.test(output)) done();
    };
    const onExit = (code: number | null) => done(new Error(`redis-server exited (${code}) before it was ready:\n${output}`));
    const timer = setTimeout(
      () => done(new Error(`redis-server not ready after ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', onExit);
  });
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not get a free port'));
      });
    });
  });
}

function findRedisServer(): string | undefined {
  const candidates = [
    process.env['REDIS_SERVER_BIN'],
    ...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'redis-server')),
    '/usr/bin/redis-server',
    '/usr/local/bin/redis-server',
  ];
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === '') continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there; try the next
    }
  }
  return undefined;
}

let dockerCheck: Promise<boolean> | undefined;

/** Whether testcontainers finds a container runtime; asked once per test process, bounded in time. */
function dockerAnswers(): Promise<boolean> {
  dockerCheck ??= (async () => {
    try {
      const { getContainerRuntimeClient } = await import('testcontainers');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), 10_000);
      });
      try {
        await Promise.race([getContainerRuntimeClient(), timeout]);
      } finally {
        clearTimeout(timer);
      }
      return true;
    } catch {
      return false;
    }
  })();
  return dockerCheck;
}

async function startContainer(image: string, args: string[]): Promise<RedisServer> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer(image)
    .withExposedPorts(6379)
    .withWaitStrategy(Wait.forLogMessage(READY_LINE))
    .start();
  const url = `redis://${container.getHost()}:${container.getMappedPort(6379)}`;
  // Server flags go in with CONFIG SET rather than a custom command line, which would bypass the image's
  // entrypoint (the one that loads redis:8's modules).
  if (args.length > 0) {
    const admin = await connectAdmin(url);
    try {
      for (let i = 0; i < args.length; i += 2) {
        const name = args[i]!.replace(/^--/, '');
        const value = args[i + 1];
        if (value === undefined) throw new Error(`server argument ${args[i]} has no value`);
        await admin.sendCommand(['CONFIG', 'SET', name, value]);
      }
    } finally {
      admin.destroy();
    }
  }
  const unsupported = async () => {
    throw new Error('a container is not killed or restarted by these tests (its mapped port would change)');
  };
  return {
    url,
    origin: 'container',
    owned: true,
    controllable: false,
    pid: undefined,
    stop: async () => {
      await container.stop();
    },
    kill: unsupported,
    restart: unsupported,
  };
}
