/**
 * Abrupt-client soak (issue #11, findings 1 and 7): the real entry point (`node src/main.ts`, with its last-resort
 * handler) under bursts of BYPASS, MISS and HIT chat completions, JSON and SSE, whose raw clients destroy their
 * sockets before the answer, right after the headers, mid-body or at a random moment; then, optionally, stalled
 * large uploads against the in-flight upload budget. Prints requests, cuts, uncaught errors (from the process's
 * own `semcache_uncaught_errors_total`) and the proxy process's RSS before and after. Not part of `npm run bench`.
 *
 *   node bench/abrupt-soak.ts [--requests 20000] [--concurrency 50] [--stalled-uploads 40] [--upload-mib 15]
 */
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { abruptRequest, type AbruptKind, type CutAt } from '../test/helpers/abrupt-client.ts';
import { MockUpstream } from '../test/helpers/mock-upstream.ts';
import { startSemcacheProcess } from '../test/helpers/semcache-process.ts';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '50' },
    'stalled-uploads': { type: 'string', default: '40' },
    'upload-mib': { type: 'string', default: '15' },
  },
});
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);

const upstream = await new MockUpstream({ chunkDelayMs: 1 }).start();
const proxy = await startSemcacheProcess({ UPSTREAM_BASE_URL: upstream.baseUrl });
const rss = async () => (await proxy.metrics()).get('process_resident_memory_bytes') ?? NaN;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

const answer = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
const cuts: CutAt[] = ['before-answer', 'after-headers', 'mid-body', 'random', 'never'];
const hitPrompts = Array.from({ length: 20 }, (_, index) => `soak repeated question ${index}`);
for (const prompt of hitPrompts) await abruptRequest(proxy.port, { prompt, kind: 'miss', stream: false, cutAt: 'never' });

const rssBefore = await rss();
const started = performance.now();
const tally = { sent: 0, cut: 0, completed: 0 };
let next = 0;
async function worker(): Promise<void> {
  while (next < requests) {
    const index = next++;
    const kind: AbruptKind = (['bypass', 'miss', 'hit'] as const)[index % 3]!;
    const cutAt = cuts[Math.floor(index / 3) % cuts.length]!;
    const prompt = kind === 'hit' ? hitPrompts[index % hitPrompts.length]! : `soak ${kind} ${index}`;
    const outcome = await abruptRequest(proxy.port, { prompt, kind, stream: index % 2 === 0, cutAt, behaviour: { kind: 'ok', content: answer } });
    tally.sent++;
    if (cutAt === 'never' && outcome.status === 200) tally.completed++;
    else tally.cut++;
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1_000;
const metrics = await proxy.metrics();
const uncaught = (metrics.get('semcache_uncaught_errors_total{kind="uncaughtException"}') ?? NaN) + (metrics.get('semcache_uncaught_errors_total{kind="unhandledRejection"}') ?? NaN);
const rssAfter = await rss();
console.log(`abrupt clients: ${tally.sent} requests in ${seconds.toFixed(0)} s (${(tally.sent / seconds).toFixed(0)} req/s, ${concurrency} concurrent): ${tally.cut} cut by their client, ${tally.completed} read to the end`);
console.log(`  client aborts the proxy counted (client gone before its JSON upstream answer, or mid-upload): ${metrics.get('semcache_client_aborts_total{stage="upstream"}') ?? 0} (upstream), ${metrics.get('semcache_client_aborts_total{stage="upload"}') ?? 0} (upload)`);
console.log(`  uncaught errors: ${uncaught}; process alive: ${proxy.child.exitCode === null}; proxy RSS ${mib(rssBefore)} → ${mib(rssAfter)} MiB`);

const stalled = Number(args['stalled-uploads']);
if (stalled > 0) {
  const bytes = Number(args['upload-mib']) * 2 ** 20;
  const before = await rss();
  const statuses: number[] = [];
  const sockets = Array.from({ length: stalled }, () => {
    const client = request({ host: '127.0.0.1', port: proxy.port, method: 'POST', path: '/v1/chat/completions', agent: false, headers: { 'content-type': 'application/json', 'content-length': String(bytes + 1) } });
    client.on('response', (response) => {
      statuses.push(response.statusCode ?? 0);
      response.resume();
    });
    client.on('error', () => {});
    client.write(Buffer.alloc(bytes, 0x20)); // all but the last byte, then stall
    return client;
  });
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const held = await rss();
  const refused = statuses.filter((status) => status === 503).length;
  for (const client of sockets) client.destroy();
  console.log(`stalled uploads: ${stalled} × ${args['upload-mib']} MiB: ${refused} refused with 503 at once; proxy RSS ${mib(before)} → ${mib(held)} MiB while the rest stall (server.uploadBytesInFlight 256 MiB)`);
}

proxy.child.kill('SIGTERM');
await upstream.stop();
process.exit(uncaught === 0 ? 0 : 1);
