/**
 * A peer of `npm run bench -- --compare` (DESIGN §10): a `node:http` server that forwards each request with the
 * global `fetch` and streams the web `Response` back, as many gateways written for web runtimes do.
 *
 *   node bench/peers/fetch-proxy.ts --upstream http://127.0.0.1:PORT
 *
 * Prints `peer listening on <port>` once it accepts connections.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { upstream: { type: 'string' }, port: { type: 'string', default: '0' } } });
const upstream = args.upstream!;
const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

const server = createServer(async (incoming, outgoing) => {
  try {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (!HOP_BY_HOP.has(name) && typeof value === 'string') headers[name] = value;
    }
    const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
    const answer = await fetch(`${upstream}${incoming.url}`, {
      method: incoming.method,
      headers,
      ...(hasBody && { body: Readable.toWeb(incoming) as ReadableStream, duplex: 'half' }),
    });
    const outHeaders: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding') outHeaders[name] = value;
    });
    outgoing.writeHead(answer.status, outHeaders);
    if (answer.body === null) return void outgoing.end();
    for await (const chunk of answer.body) outgoing.write(chunk);
    outgoing.end();
  } catch {
    outgoing.destroy();
  }
});
server.keepAliveTimeout = 60_000;
server.listen(Number(args.port), '127.0.0.1', () => {
  process.stdout.write(`peer listening on ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
