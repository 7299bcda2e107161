/**
 * A hostile client, session 33: the proxy set no limit of its own on open connections, so ~20,000 idle or half-sent
 * connections used up the process's file descriptors and new clients (and the upstream and Redis sockets the proxy
 * opens) failed until they went. `server.maxConnections` closes a connection beyond the limit as it arrives.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { MockUpstream } from '../../helpers/mock-upstream.ts';
import { eventually, type RunningProxy, useProxy } from '../../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running), { server: { maxConnections: 3 } });

const open: Socket[] = [];
afterAll(() => {
  for (const socket of open) socket.destroy();
});

/** A keep-alive connection that has had one answer, so the proxy holds it open. */
async function heldConnection(): Promise<Socket> {
  const socket = connect(Number(new URL(proxy.origin).port), '127.0.0.1');
  open.push(socket);
  const reply = await exchange(socket, 'GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n');
  expect(reply).toMatch(/^HTTP\/1\.1 200/);
  return socket;
}

/** Sends `request` and resolves with what came back: the first answer's bytes, or '' when the socket closed first. */
function exchange(socket: Socket, request: string): Promise<string> {
  return new Promise((resolve) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const head = received.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(received)?.[1];
      if (head !== -1 && length !== undefined && received.length >= head + 4 + Number(length)) done();
    };
    const done = () => {
      socket.off('data', onData);
      socket.off('close', done);
      resolve(received);
    };
    socket.on('data', onData);
    socket.once('close', done);
    socket.on('error', () => {});
    socket.write(request);
  });
}

describe('server.maxConnections', () => {
  it('closes a connection beyond the limit unanswered, counts it, and serves new ones once one closes', async () => {
    const held = [await heldConnection(), await heldConnection(), await heldConnection()];

    const beyond = connect(Number(new URL(proxy.origin).port), '127.0.0.1');
    open.push(beyond);
    expect(await exchange(beyond, 'GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n')).toBe('');

    // The held connections still work, and the metric names the drop.
    const metrics = await exchange(held[0]!, 'GET /metrics HTTP/1.1\r\nhost: x\r\n\r\n');
    expect(metrics).toMatch(/^HTTP\/1\.1 200/);
    expect(metrics).toMatch(/^semcache_connections_dropped_total 1$/m);

    held[1]!.destroy();
    await eventually(async () => {
      const socket = connect(Number(new URL(proxy.origin).port), '127.0.0.1');
      open.push(socket);
      return (await exchange(socket, 'GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n')).startsWith('HTTP/1.1 200');
    }, 5_000, 'a new connection served after one closed');
    expect(upstream.chatCalls).toHaveLength(0);
  });
});
