/**
 * The floor of `npm run bench -- --compare` (DESIGN §10): the least a proxy in Node can do, a bare `node:http`
 * server piping each request to the upstream over a keep-alive agent and piping the answer back. No parsing,
 * no logging, no metrics.
 *
 *   node bench/peers/node-http-proxy.ts --upstream http://127.0.0.1:PORT
 *
 * Prints `peer listening on <port>` once it accepts connections.
 */
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { upstream: { type: 'string' }, port: { type: 'string', default: '0' } } });
const upstream = new URL(args.upstream!);
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

const server = createServer((incoming, outgoing) => {
  const { host: _host, connection: _connection, ...headers } = incoming.headers;
  const forwarded = request(
    { agent, host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    },
  );
  forwarded.on('error', () => outgoing.destroy());
  incoming.pipe(forwarded);
});
server.keepAliveTimeout = 60_000;
server.listen(Number(args.port), '127.0.0.1', () => {
  process.stdout.write(`peer listening on ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
