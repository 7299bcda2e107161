/**
 * Worst-case CPU of per-request work on user text (issue #11 finding 3): the upstream embedder's token-limit cut
 * on 16 MiB of adversarial text, next to js-tiktoken encoding the whole text as the old code did (its peer in
 * this harness), and the linear-scaling check of the local tokenizer and canonical JSON (time at 4× the input
 * should be about 4× the time, not 16×).
 *
 * Run: node bench/tokenizer-worst-case.ts
 */
import { performance } from 'node:perf_hooks';
import { Tiktoken } from 'js-tiktoken/lite';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import { canonicalJson } from '../src/cache/canonical-json.ts';
import { fitToTokenLimit } from '../src/embedding/fit-to-token-limit.ts';
import { wordTokens } from '../src/embedding/tokenize.ts';

const tokenizer = new Tiktoken(cl100k);
const MiB = 1024 * 1024;
const LIMIT = 8191;

function time(run: () => unknown, repeat = 3): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
const randomLetters = (length: number) => Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

console.log(`## fitToTokenLimit, limit ${LIMIT}, 16 MiB inputs (best of 3)`);
const inputs: Record<string, string> = {
  "'a' × 16 Mi (one run, no spaces)": 'a'.repeat(16 * MiB),
  "' ' × 16 Mi (one whitespace run)": ' '.repeat(16 * MiB),
  "'🎉' × 8 Mi (16 Mi UTF-16 units)": '🎉'.repeat(8 * MiB),
  'random letters, no spaces': randomLetters(16 * MiB),
  "('a' × 23 + ' ') repeated (longest runs still tokenised)": `${'a'.repeat(23)} `.repeat(Math.ceil((16 * MiB) / 24)),
  "('日' × 7 + ' ') repeated": `${'日'.repeat(7)} `.repeat(Math.ceil((16 * MiB) / 8)),
  'English prose': 'The quick brown fox jumps over the lazy dog. '.repeat(Math.ceil((16 * MiB) / 45)),
};
for (const [name, text] of Object.entries(inputs)) {
  let fitted = '';
  const ms = time(() => (fitted = fitToTokenLimit(tokenizer, text, LIMIT)));
  console.log(`| ${name} | ${fmt(ms)} ms | ${fitted.length} characters kept |`);
}

console.log('\n## Peer: js-tiktoken encode() of the whole text (what the old code did), one run of one character');
for (const length of [3_000, 6_000, 12_000]) {
  const text = 'a'.repeat(length);
  const whole = time(() => tokenizer.encode(text, [], []), 1);
  const chunked = time(() => fitToTokenLimit(tokenizer, text, LIMIT));
  console.log(`| ${length} × 'a' | encode() ${fmt(whole)} ms | fitToTokenLimit ${fmt(chunked)} ms | ratio ${(whole / chunked).toFixed(0)}× |`);
}

console.log('\n## Linear scaling: time at 4 MiB / time at 1 MiB (4 = linear, 16 = quadratic)');
const scaling: Record<string, (size: number) => string> = {
  "wordTokens, 'a' run": (size) => 'a'.repeat(size),
  "wordTokens, 'a.' × n (abbreviation backtracking)": (size) => 'a.'.repeat(size / 2),
  "wordTokens, \"don't \" × n": (size) => "don't ".repeat(size / 6),
  'wordTokens, digits with separators': (size) => '1,000.'.repeat(size / 6),
};
for (const [name, make] of Object.entries(scaling)) {
  const small = make(MiB);
  const large = make(4 * MiB);
  const a = time(() => wordTokens(small));
  const b = time(() => wordTokens(large));
  console.log(`| ${name} | ${fmt(a)} ms | ${fmt(b)} ms | ${(b / a).toFixed(1)} |`);
}
const messages = (size: number) => ({ model: 'm', messages: Array.from({ length: size / 1024 }, (_, i) => ({ role: 'user', content: 'x'.repeat(1000), n: i })) });
const nested = (depth: number) => {
  let value: unknown = 'x'.repeat(1000);
  for (let i = 0; i < depth; i++) value = { a: value, b: [value] };
  return value;
};
{
  const small = messages(MiB);
  const large = messages(4 * MiB);
  const a = time(() => canonicalJson(small));
  const b = time(() => canonicalJson(large));
  console.log(`| canonicalJson, 1k-character messages | ${fmt(a)} ms | ${fmt(b)} ms | ${(b / a).toFixed(1)} |`);
  // 100 levels is the body parser's nesting cap; a shared subtree doubles per level, so depth 10 vs 12 is 4× the nodes.
  const c = time(() => canonicalJson(nested(10)));
  const d = time(() => canonicalJson(nested(12)));
  console.log(`| canonicalJson, nested objects (4× nodes) | ${fmt(c)} ms | ${fmt(d)} ms | ${(d / c).toFixed(1)} |`);
}
