import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../helpers/proxy.ts';

/** Hostile session 10: odd request targets sent byte for byte, and clients that leave early. */
let upstream: MockUpstream;
let proxy: RunningProxy;
beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, {}, {}, { SEMCACHE_ADMIN_TOKEN: 'hostile-10' });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

/** Writes `head` raw and resolves with the status line (or '' when the proxy closed without answering). */
function raw(head: string, closeEarly = false): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(proxy.origin).port), '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(text.split('\r\n')[0] ?? ''));
    socket.write(head);
    if (closeEarly) socket.destroy();
    else setTimeout(() => socket.end(), 500);
  });
}
const healthy = async () => (await fetch(`${proxy.origin}/healthz`)).status;

describe('odd targets on the proxy’s own endpoints', () => {
  // request-path.ts requestPath: a target not starting with '/' (absolute form) falls back to new URL(request.url)
  // .pathname, whose dot segments are already resolved, so this is answered 200 by the admin API (DESIGN.md §6).
  it('never reaches the admin API through an absolute-form target with dot segments', async () => {
    const status = await raw('GET http://127.0.0.1/v1/../admin/stats HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer hostile-10\r\nConnection: close\r\n\r\n');
    expect(status).not.toMatch(/ 200 /);
    expect(await healthy()).toBe(200);
  });
  it('answers OPTIONS *, a 64 KB target and percent-encoded unicode without crashing', async () => {
    for (const head of [
      'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      `GET /v1/${'a'.repeat(64 * 1024)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      'GET /v1/%E2%80%AE%F0%9F%98%80/%C0%AF HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'GET /healthz/%2e%2e HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    ]) {
      const status = await raw(head);
      expect(status === '' || /^HTTP\/1\.1 [45]\d\d /.test(status)).toBe(true);
    }
    expect(await healthy()).toBe(200);
  });
  it('stays up when clients close before or during the answer', async () => {
    for (const target of ['/healthz', '/readyz', '/metrics', '/admin/stats', '/v1/../metrics']) {
      await raw(`GET ${target} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer hostile-10\r\n\r\n`, true);
    }
    expect(await healthy()).toBe(200);
  });
});
