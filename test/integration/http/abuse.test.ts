/**
 * Property-based abuse tests: random and malformed bodies and headers POSTed to a real proxy (over a socket) in
 * front of the mock upstream. Whatever arrives, the proxy never answers 500 and never crashes; what it rejects
 * itself gets an OpenAI-shaped error and stores nothing. Raw junk on the socket does not take it down either.
 */
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../../helpers/proxy.ts';
import { discardLogs } from './support.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(
    upstream,
    {
      // Small enough that the deepest generated bodies also exercise the 413 path.
      server: { bodyLimit: 64 * 1024 },
      defaults: { threshold: { local: 0.9 } },
      routes: [
        {
          name: 'support',
          match: { pathPrefix: '/support' },
          maxTemperature: 0.5,
          tenantHeader: 'X-Tenant',
          trustTenantHeader: true,
          rateLimit: { requests: 1_000_000, window: '1h', countHits: true },
        },
      ],
    },
    { logDestination: discardLogs },
  );
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

// ---- arbitraries -------------------------------------------------------------------------------------------

/** Printable ASCII plus tab: what a client can put in a header value (CR, LF and NUL are refused client-side). */
const headerChar = fc.mapToConstant({ num: 95, build: (code) => String.fromCharCode(code + 0x20) }, { num: 1, build: () => '\t' });
const headerText = fc.string({ unit: headerChar, maxLength: 40 });

/** Numbers JSON can carry that break naive code: huge, tiny, negative zero, beyond double range (→ Infinity). */
const nastyNumberLiteral = fc.constantFrom('1e400', '-1e400', '-0', '1e-400', '123456789012345678901234567890', '9007199254740993', '0.5', '2', '-1', '1.5');
const anyJsonText = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? 'null');
const fieldValue = fc.oneof(anyJsonText, nastyNumberLiteral, fc.constantFrom('true', 'false', 'null', '""', '[]', '{}', '"gpt-4o-mini"'));

const contentPart = fc.oneof(
  fc.record({ type: fc.constant('text'), text: fc.oneof(fc.string(), fc.integer()) }),
  fc.record({ type: fc.constantFrom('image_url', 'input_audio', 'file', ''), image_url: fc.jsonValue({ maxDepth: 2 }) }),
  fc.jsonValue({ maxDepth: 2 }),
);
const message = fc.oneof(
  fc.record({ role: fc.constantFrom('user', 'system', 'developer', 'assistant', 'tool', 'function'), content: fc.oneof(fc.string({ maxLength: 200 }), fc.array(contentPart, { maxLength: 3 }), fc.constant(null)) }),
  fc.record({ role: fc.oneof(fc.string(), fc.integer()), content: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }),
  fc.jsonValue({ maxDepth: 2 }),
);
const messagesText = fc.oneof(
  fc.array(message, { minLength: 1, maxLength: 4 }).map((messages) => JSON.stringify(messages)),
  fieldValue,
);

/** A request shaped like a chat completion whose fields are each valid, wrong-typed, extreme or missing. */
const mangledRequest = fc
  .record(
    {
      model: fc.oneof(fc.constant('"gpt-4o-mini"'), fieldValue),
      messages: messagesText,
      stream: fc.oneof(fc.constantFrom('true', 'false'), fieldValue),
      n: fc.oneof(fc.constantFrom('1', '2'), nastyNumberLiteral, fieldValue),
      temperature: fc.oneof(nastyNumberLiteral, fieldValue),
      max_tokens: fc.oneof(nastyNumberLiteral, fieldValue),
      stream_options: fc.oneof(fc.constant('{"include_usage":true}'), fieldValue),
      tools: fieldValue,
      modalities: fieldValue,
      x_unknown: fieldValue,
    },
    { requiredKeys: [] },
  )
  .map((fields) => `{${Object.entries(fields).map(([name, text]) => `${JSON.stringify(name)}:${text}`).join(',')}}`);

/** A valid request with one field replaced by something valid, wrong-typed or extreme. */
const oneFieldOff = fc
  .record({
    field: fc.constantFrom('model', 'messages', 'stream', 'n', 'temperature', 'max_tokens', 'stream_options', 'tools', 'user', 'seed'),
    value: fc.oneof(fieldValue, fc.constantFrom('1', '0.2', 'true', '{"include_usage":false}')),
    content: fc.string({ minLength: 1, maxLength: 80 }),
  })
  .map(({ field, value, content }) => {
    const fields: Record<string, string> = { model: '"gpt-4o-mini"', messages: JSON.stringify([{ role: 'user', content }]) };
    fields[field] = value;
    return `{${Object.entries(fields).map(([name, text]) => `${JSON.stringify(name)}:${text}`).join(',')}}`;
  });

/** A valid request with one field nested absurdly deep (stack overflows in recursive code); built in the test. */
const deeplyNested = fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 90, max: 200_000 }), field: fc.constantFrom('tools', 'metadata', 'response_format', 'x_extra', 'content_part') });

function deepBody({ depth, field }: { depth: number; field: string }): string {
  const nested = '['.repeat(depth) + ']'.repeat(depth);
  if (field === 'content_part') return `{"model":"gpt-4o-mini","messages":[{"role":"user","content":[{"type":"text","text":"hi","extra":${nested}}]}]}`;
  return `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"deep ${depth}"}],${JSON.stringify(field)}:${nested}}`;
}

/** Bodies as small descriptions (a failing case prints readably), turned into bytes in the test. */
const body = fc.oneof(
  { weight: 3, arbitrary: mangledRequest },
  { weight: 3, arbitrary: oneFieldOff },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: anyJsonText },
);

function bodyBytes(description: string | Uint8Array | { depth: number; field: string }): Buffer {
  if (typeof description === 'string') return Buffer.from(description);
  if (description instanceof Uint8Array) return Buffer.from(description);
  return Buffer.from(deepBody(description));
}

const headers = fc.record(
  {
    'content-type': fc.oneof({ weight: 3, arbitrary: fc.constant('application/json') }, fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-16', 'multipart/form-data'), headerText),
    authorization: fc.oneof(fc.constantFrom('Bearer sk-abuse-one', 'Bearer sk-abuse-two', 'Bearer ', 'Basic Zm9vOmJhcg=='), headerText),
    'cache-control': fc.oneof(fc.constantFrom('no-cache', 'no-store', 'no-cache, no-store', 'max-age=0', ',,,', 'NO-CACHE'), headerText),
    pragma: fc.oneof(fc.constant('no-cache'), headerText),
    'x-cache-threshold': fc.oneof(fc.double().map(String), fc.constantFrom('0.95', '1', '0.5', '-1', 'NaN', 'Infinity', '1e400', ''), headerText),
    'x-cache-ttl': fc.oneof(fc.integer().map(String), fc.constantFrom('60', '0', '99999999999', '1.5', '-5', ''), headerText),
    'x-cache-namespace': fc.oneof(fc.constantFrom('ns-a', 'a'.repeat(129), 'space here', ''), headerText),
    'x-tenant': headerText,
    'x-request-id': headerText,
  },
  { requiredKeys: [] },
);

/** Mostly plausible headers, sometimes all of them at once. */
const someHeaders = fc.oneof(
  { weight: 2, arbitrary: headers.map((all) => ({ 'content-type': all['content-type'] ?? 'application/json', authorization: all.authorization ?? 'Bearer sk-abuse-one' })) },
  { weight: 2, arbitrary: headers },
);

const target = fc.constantFrom('/v1/chat/completions', '/support/v1/chat/completions', '/v1/chat/completions?x=1');

// ---- checks ------------------------------------------------------------------------------------------------

const settled = () => eventually(() => proxy.semcache.coalescer.size === 0, 5_000, 'cache writes');

function isOpenAiError(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { error?: Record<string, unknown> };
    const error = parsed.error;
    return typeof error === 'object' && error !== null && typeof error.message === 'string' && typeof error.type === 'string' &&
      (error.param === null || typeof error.param === 'string') && (error.code === null || typeof error.code === 'string');
  } catch {
    return false;
  }
}

describe('abuse', () => {
  it('answers any body and headers without a 500; what it rejects is OpenAI-shaped and stores nothing', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(target, body, someHeaders, async (path, payload, sent) => {
        await settled();
        const callsBefore = upstream.chatCalls.length;
        const entriesBefore = (await proxy.semcache.store.stats()).entries;
        const response = await fetch(`${proxy.origin}${path}`, { method: 'POST', headers: sent, body: bodyBytes(payload) });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);

        expect(response.status, text).toBeLessThan(500);
        const reachedUpstream = upstream.chatCalls.length > callsBefore;
        if (response.status >= 400) {
          if (!reachedUpstream) expect(isOpenAiError(text), `not OpenAI-shaped: ${text.slice(0, 200)}`).toBe(true);
          await settled();
          expect((await proxy.semcache.store.stats()).entries).toBe(entriesBefore);
        }
      }),
      { numRuns: Number(process.env.ABUSE_RUNS ?? 300), endOnFailure: true },
    );
    // The generators reach both sides: answered requests and rejected ones. The count of answered ones varies with
    // the random cases (one full-suite run on a loaded machine answered 8 of 300), so the floor asks for a few.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(3);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(50);
    expect((await fetch(`${proxy.origin}/healthz`)).status).toBe(200);
  });

  it('survives raw junk on the socket (malformed HTTP, truncated requests, lying content-lengths)', async () => {
    const junk = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 2_048 }).map((bytes) => Buffer.from(bytes)),
      fc.record({ length: fc.integer({ min: -5, max: 1_000_000 }), sent: fc.string({ maxLength: 100 }) }).map(({ length, sent }) =>
        Buffer.from(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${sent}`),
      ),
      fc.string({ maxLength: 300 }).map((line) => Buffer.from(`POST /v1/chat/completions HTTP/1.1\r\n${line}\r\n\r\n`)),
      fc.constantFrom(
        Buffer.from('POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnot hex\r\n'),
        Buffer.from('GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n'),
        Buffer.from(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n${'X-Long: a\r\n'.repeat(2_000)}\r\n`),
      ),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (bytes) => {
        await sendRaw(proxy.origin, bytes);
      }),
      { numRuns: 100 },
    );
    expect((await fetch(`${proxy.origin}/healthz`)).status).toBe(200);
    const answer = await fetch(`${proxy.origin}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-after-junk', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Still answering after the junk?' }] }),
    });
    expect(answer.status).toBe(200);
  });
});

/** Writes `bytes` on a fresh connection, half-closes it, and waits (bounded) until the server closes or answers. */
function sendRaw(origin: string, bytes: Buffer): Promise<void> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    };
    // A request the server is still waiting on (a body shorter than its content-length) is simply abandoned.
    const timer = setTimeout(done, 200);
    socket.on('error', done);
    socket.on('close', done);
    socket.on('data', () => {});
    socket.write(bytes, () => socket.end());
  });
}
