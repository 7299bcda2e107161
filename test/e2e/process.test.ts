import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { get } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually } from '../helpers/proxy.ts';
import { startSemcacheProcess, type SemcacheProcess } from '../helpers/semcache-process.ts';

let upstream: MockUpstream;
beforeAll(async () => {
  upstream = await new MockUpstream().start();
});
afterAll(async () => {
  await upstream?.stop();
});

/** Starts `node src/main.ts` (what `npm start` runs) against the mock upstream, once it logs that it is ready. */
function startProcess(env: Record<string, string> = {}): Promise<SemcacheProcess> {
  return startSemcacheProcess({ UPSTREAM_BASE_URL: upstream.baseUrl, ...env });
}

/** Whether a new connection (never a pooled keep-alive one) to the port is refused. */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (response) => {
      response.resume();
      resolve(false);
    });
    probe.on('error', () => resolve(true));
  });
}

describe('the semcache process', () => {
  it('runs the README example: MISS, then HIT', async () => {
    const proxy = await startProcess();
    try {
      const example = spawn(process.execPath, ['examples/quickstart.ts'], {
        env: { ...process.env, SEMCACHE_BASE_URL: `http://127.0.0.1:${proxy.port}/v1`, OPENAI_API_KEY: 'sk-example' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let printed = '';
      example.stdout!.on('data', (chunk) => (printed += chunk));
      const [code] = await once(example, 'exit');
      expect(code).toBe(0);
      expect(printed.trim().split('\n').map((line) => line.split(' ')[0])).toEqual(['MISS', 'HIT']);
    } finally {
      proxy.child.kill('SIGKILL');
    }
  });

  it('prints a request\'s log line on stdout soon after it, though lines are gathered before they are written', async () => {
    const proxy = await startProcess({ LOG_LEVEL: 'info' });
    try {
      const response = await fetch(`http://127.0.0.1:${proxy.port}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk-log-line' },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `log line ${Date.now()}` }] }),
      });
      expect(response.status).toBe(200);
      await response.text();
      // One short line is far below the 4 KiB a write gathers: only the periodic flush can print it.
      await eventually(() => /"msg":"request"/.test(proxy.output()), 5_000, 'the request log line on stdout');
      expect(proxy.output()).not.toContain('sk-log-line');
    } finally {
      proxy.child.kill('SIGKILL');
    }
  });

  it('on SIGTERM finishes the request in flight, refuses new ones, and exits 0', async () => {
    const proxy = await startProcess();
    upstream.hold();
    const callsBefore = upstream.chatCalls.length;
    const inFlight = fetch(`http://127.0.0.1:${proxy.port}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-shutdown' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `shutdown ${Date.now()}` }] }),
    });
    await upstream.waitForChatCalls(callsBefore + 1);
    const exited = once(proxy.child, 'exit');
    proxy.child.kill('SIGTERM');
    // New connections are refused once the signal has been handled, while the held request is still open.
    await eventually(() => connectionRefused(proxy.port), 5_000, 'new connections to be refused');
    upstream.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content).toMatch(/^Answer #/);
    const [code] = await exited;
    expect(code).toBe(0);
  });

  it('exits with status 2 naming the file, setting and reason of a bad config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'semcache-bad-config-'));
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, 'defaults:\n  ttl: forever\nroutes:\n  - name: "no spaces allowed"\n    match: { pathPrefix: /x }\n');
    const child = spawn(process.execPath, ['src/main.ts'], { env: { ...process.env, SEMCACHE_CONFIG: path, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr!.on('data', (chunk) => (output += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(output).toContain(`${path}: routes.0.name`);
  });

  it('exits with status 1 and says why when its port is taken, instead of hanging on as if it served', async () => {
    const first = await startProcess();
    try {
      const child = spawn(process.execPath, ['src/main.ts'], {
        env: { ...process.env, PORT: String(first.port), HOST: '127.0.0.1', UPSTREAM_BASE_URL: upstream.baseUrl },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stderr!.on('data', (chunk) => (output += chunk));
      const [code] = await once(child, 'exit');
      expect(code).toBe(1);
      expect(output).toContain(`cannot listen on 127.0.0.1:${first.port}`);
      expect(output).toContain('EADDRINUSE');
    } finally {
      first.child.kill('SIGKILL');
    }
  });
  it('prints no credentials of the upstream base URL in its startup line', async () => {
    // A hostile review (session 55): "semcache listening on … → http://upuser:UPPASS-SECRET@127.0.0.1:…/v1".
    const withCredentials = upstream.baseUrl.replace('http://', 'http://upuser:UPPASS-SECRET@');
    const running = await startProcess({ UPSTREAM_BASE_URL: withCredentials });
    try {
      expect(running.output()).toContain('listening on');
      expect(running.output()).not.toContain('UPPASS-SECRET');
      expect(running.output()).not.toContain('upuser');
    } finally {
      running.child.kill('SIGKILL');
    }
  });
});
