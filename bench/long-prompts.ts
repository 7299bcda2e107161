/**
 * What near-duplicate lookups of prompts just under the semantic cap cost, and how long they hold the event loop.
 *   node bench/long-prompts.ts [--root <checkout>] [--lookups 4]
 *
 * Stores eight ~250 KB prompts that share a document and differ in their last question (so all eight are candidates
 * above the threshold of each other), then looks up `--lookups` more of the same shape through ChatCache with the
 * local embedder, the structural verifier and the embedded store, and prints the CPU and wall time per lookup and
 * the longest stretch in which a 1 ms timer could not run (the event loop held). `--root` measures another checkout
 * (a worktree of an earlier commit) with the same script, for before/after comparisons.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { root: { type: 'string', default: new URL('..', import.meta.url).pathname }, lookups: { type: 'string', default: '4' } } });
const root = values.root!.replace(/\/$/u, '');
const { ChatCache } = await import(`${root}/src/cache/chat-cache.ts`);
const { ensureLexicon, loadLexicon } = await import(`${root}/src/cache/verify/lexicon-file.ts`);
const { StructuralVerifier } = await import(`${root}/src/cache/verify/structural-verifier.ts`);
const { LocalEmbedder } = await import(`${root}/src/embedding/local/local-embedder.ts`);
const { EmbeddedStore } = await import(`${root}/src/store/embedded/embedded-store.ts`);

const embedder = new LocalEmbedder();
await embedder.start();
const verifier = new StructuralVerifier(await loadLexicon(await ensureLexicon()));
const DOCUMENT = Array.from({ length: 2_600 }, (_, i) => `Clause ${i}: the tenant shall keep the premises in good repair and report damage within ${i % 30} days.`).join('\n');
const prompt = (n: number) => `${DOCUMENT}\n\nQuestion ${n}: what does clause ${n} say about reporting damage?`;
const key = (text: string) => ({ partition: 'p', text, id: createHash('sha256').update(text).digest('hex') });
const cache = new ChatCache({ store: new EmbeddedStore({ dimension: embedder.dimension }), embedder, verifier });
const completion = { id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'a' }, finish_reason: 'stop' }] };
for (let n = 1; n <= 8; n++) await cache.save({ key: key(prompt(n)), completion, route: 'r', model: 'm', tenant: 't', ttlMs: 3_600_000, semantic: true, minCoverage: 0, embedContext: {} });

const lookups = Number(values.lookups);
let longest = 0;
let last = performance.now();
const timer = setInterval(() => {
  const now = performance.now();
  longest = Math.max(longest, now - last);
  last = now;
}, 1);
const cpu = process.cpuUsage();
const started = performance.now();
for (let n = 9; n < 9 + lookups; n++) await cache.lookup({ key: key(prompt(n)), route: 'r', semantic: true, threshold: 0.6, minCoverage: 0, embedContext: {} });
const wall = (performance.now() - started) / lookups;
const used = process.cpuUsage(cpu);
longest = Math.max(longest, performance.now() - last);
clearInterval(timer);
console.log(JSON.stringify({ root, promptChars: prompt(1).length, lookups, wallMsPerLookup: Math.round(wall), cpuMsPerLookup: Math.round((used.user + used.system) / 1000 / lookups), longestLoopStallMs: Math.round(longest) }));
