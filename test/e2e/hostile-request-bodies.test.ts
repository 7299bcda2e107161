import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MockUpstream } from '../helpers/mock-upstream.ts';
import { eventually, useProxy, type RunningProxy } from '../helpers/proxy.ts';
import { textAndJson } from '../helpers/response-body.ts';

/**
 * Hostile and careless request bodies against the real proxy: odd encodings, numbers JavaScript cannot hold
 * (integers beyond 2^53, 1e400), and huge bodies trickled in. Each asserts the API's own error shape for bad
 * input, that nothing is stored for it, that two different requests never share an entry, and that the proxy
 * still answers afterwards.
 */

let upstream: MockUpstream;
let proxy: RunningProxy;
useProxy((running) => ({ upstream, proxy } = running));

let unique = 0;
const question = (text = 'What is the capital of France?') => `${text} (${++unique}${Math.random().toString(36).slice(2, 6)})`;

interface Answer {
  status: number;
  cache: string | null;
  key: string | null;
  explain: string | null;
  text: string;
  json: any;
}

async function post(path: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Answer> {
  const response = await fetch(`${proxy.baseURL}${path}`, { method: 'POST', headers: { authorization: 'Bearer sk-hostile-bodies', ...headers }, body });
  const { text, json } = await textAndJson(response);
  return { status: response.status, cache: response.headers.get('x-cache-status'), key: response.headers.get('x-cache-key'), explain: response.headers.get('x-cache-explain'), text, json };
}

const responses = (body: string | Buffer, headers?: Record<string, string>) => post('/responses', body, headers);

/** The proxy still serves an ordinary request end to end. */
async function stillServes(): Promise<void> {
  const input = question('Are you still there?');
  const first = await responses(JSON.stringify({ model: 'gpt-4o-mini', input }));
  expect(first.status).toBe(200);
  expect(first.cache).toBe('MISS');
  await eventually(async () => (await responses(JSON.stringify({ model: 'gpt-4o-mini', input }))).cache === 'HIT', 5_000, 'the follow-up hit');
}

function expectOpenAiError(answer: Answer, status: number): void {
  expect(answer.status).toBe(status);
  expect(answer.json).toMatchObject({ error: { type: expect.any(String), message: expect.any(String) } });
}

describe('odd encodings', () => {
  it('refuses a UTF-16 body (with its BOM) with a 400 invalid_json in OpenAI shape, sending nothing upstream', async () => {
    const calls = upstream.responsesCalls.length;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', input: question() }), 'utf16le')]);
    const answer = await responses(utf16, { 'content-type': 'application/json; charset=utf-16' });
    expectOpenAiError(answer, 400);
    expect(answer.json.error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_json' });
    expect(upstream.responsesCalls).toHaveLength(calls);
    await stillServes();
  });

  it('refuses a UTF-8 body that starts with a byte order mark with a 400 in OpenAI shape, and stores nothing', async () => {
    const calls = upstream.responsesCalls.length;
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', input: question() }))]);
    const answer = await responses(body);
    expectOpenAiError(answer, 400);
    expect(answer.cache).not.toBe('HIT');
    expect(upstream.responsesCalls).toHaveLength(calls);
    await stillServes();
  });

  // A body declared `charset=latin1` (or any body with invalid UTF-8) was decoded leniently, every non-ASCII byte
  // becoming U+FFFD before keying: "café" and "cafè" sent in latin1 (E9 vs E8) got one key, and the second was
  // served the first's answer. JSON is UTF-8: invalid UTF-8 is now a 400 in the API's shape, never keyed.
  it('never serves one latin1 body the answer of another that differs only in a non-ASCII byte', async () => {
    const base = question('Translate into English: caf');
    const latin1 = (accented: string) => Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', input: `${base}${accented} au lait` }), 'latin1');
    const headers = { 'content-type': 'application/json; charset=latin1' };
    const first = await responses(latin1('\u00e9'), headers);
    expect(first.status).toBe(400);
    const second = await responses(latin1('\u00e8'), headers);
    expect(second.cache).not.toBe('HIT');
  });

  // Same cause: a body with an invalid UTF-8 byte and a body holding a real U+FFFD were one key.
  it('never serves a body holding invalid UTF-8 the answer of one holding a literal U+FFFD', async () => {
    const base = question('Spell this word back to me: na');
    const valid = Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', input: `${base}\ufffdve` }), 'utf8');
    const invalid = Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', input: `${base}\u00efve` }), 'latin1');
    expect((await responses(valid)).cache).toBe('MISS');
    const second = await responses(invalid);
    expect(second.cache).not.toBe('HIT');
  });

  it('keys lone surrogates apart in instructions and gives a hit its own instructions and metadata back, escaped', async () => {
    const input = question();
    const body = (instructions: string, tag: string) => `{"model":"gpt-4o-mini","input":${JSON.stringify(input)},"instructions":"${instructions}","metadata":{"tag":"${tag}"}}`;
    const first = await responses(body('Be terse \\ud800', 'first \\udc00'));
    expect(first.cache).toBe('MISS');
    expect((await responses(body('Be terse \\udbff', 'first \\udc00'))).cache).toBe('MISS');
    expect((await responses(body('Be terse \\ufffd', 'first \\udc00'))).cache).toBe('MISS');
    const hit = await responses(body('Be terse \\ud800', 'second \\udfff'));
    expect(hit.cache).toBe('HIT');
    // Well-formed JSON on the wire (lone surrogates escaped), carrying this request's own values.
    expect(() => JSON.parse(hit.text)).not.toThrow();
    expect(Buffer.from(hit.text, 'utf8').toString('utf8')).toBe(hit.text);
    expect(hit.json.instructions).toBe('Be terse \ud800');
    expect(hit.json.metadata).toEqual({ tag: 'second \udfff' });
    expect(hit.text).not.toContain('first');
    await stillServes();
  });
});

describe('numbers a double cannot hold', () => {
  const tool = (bound: string) =>
    `[{"type":"function","name":"pick","parameters":{"type":"object","properties":{"n":{"type":"integer","minimum":${bound}}}}}]`;
  const withTools = (input: string, bound: string) => `{"model":"gpt-4o-mini","input":${JSON.stringify(input)},"tools":${tool(bound)}}`;

  it('keeps integers beyond 2^53 in a tools schema apart, and forwards their digits exactly', async () => {
    const input = question('Pick a number');
    expect((await responses(withTools(input, '9007199254740993'))).cache).toBe('MISS');
    expect((await responses(withTools(input, '9007199254740992'))).cache).toBe('MISS');
    expect(upstream.responsesCalls.at(-2)!.rawBody.toString('utf8')).toContain('"minimum":9007199254740993');
    expect((await responses(withTools(input, '9007199254740993'))).cache).toBe('HIT');
  });

  it('keeps negative integers beyond -2^53 apart', async () => {
    const input = question('Pick a negative number');
    expect((await responses(withTools(input, '-9007199254740993'))).cache).toBe('MISS');
    expect((await responses(withTools(input, '-9007199254740992'))).cache).toBe('MISS');
    expect((await responses(withTools(input, '-9007199254740993'))).cache).toBe('HIT');
  });

  // 1e400 and -1e400 both parse to ±Infinity, and JSON.stringify(±Infinity) is "null": a schema bound of 1e400,
  // -1e400 and null were one partition. Numbers beyond a double's range now keep their source text (raw-json.ts).
  it('never gives 1e400, -1e400 and null in a tools schema one key', async () => {
    const input = question('Pick a huge number');
    const first = await responses(withTools(input, '1e400'));
    expect(first.status).toBe(200);
    expect((await responses(withTools(input, '-1e400'))).cache).not.toBe('HIT');
    expect((await responses(withTools(input, 'null'))).cache).not.toBe('HIT');
  });

  it('keeps logit_bias token ids beyond 2^53 (object keys) apart on chat completions', async () => {
    const content = question('Say a word');
    const body = (token: string) => `{"model":"gpt-4o-mini","messages":[{"role":"user","content":${JSON.stringify(content)}}],"logit_bias":{"${token}":-100}}`;
    expect((await post('/chat/completions', body('9007199254740993'))).cache).toBe('MISS');
    expect((await post('/chat/completions', body('9007199254740992'))).cache).toBe('MISS');
    expect((await post('/chat/completions', body('9007199254740993'))).cache).toBe('HIT');
  });

  it('accepts a long integer where a number is expected (seed) and an exponent-form temperature, then still serves', async () => {
    const content = question('Seeded');
    const seeded = (seed: string) => `{"model":"gpt-4o-mini","messages":[{"role":"user","content":${JSON.stringify(content)}}],"seed":${seed},"temperature":-0}`;
    expect((await post('/chat/completions', seeded('-18446744073709551617'))).cache).toBe('MISS');
    expect((await post('/chat/completions', seeded('18446744073709551617'))).cache).toBe('MISS');
    expect(upstream.chatCalls.at(-1)!.rawBody.toString('utf8')).toContain('"seed":18446744073709551617');
    expect((await post('/chat/completions', seeded('18446744073709551617'))).cache).toBe('HIT');
    await stillServes();
  });

  it('answers a temperature that is a long integer or 1e400 in shape (the upstream decides), without a 500', async () => {
    for (const temperature of ['9007199254740993', '1e400', '-1e400']) {
      upstream.enqueue({ kind: 'error', status: 400, body: { error: { message: 'temperature out of range', type: 'invalid_request_error', param: 'temperature', code: null } } });
      const answer = await responses(`{"model":"gpt-4o-mini","input":${JSON.stringify(question())},"temperature":${temperature}}`);
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ error: { type: 'invalid_request_error' } });
    }
    await stillServes();
  });

  it('forwards a body over 128 KB holding a long integer byte for byte, marked unsafe-integers, and stores nothing', async () => {
    const input = question('Summarise this');
    const padding = 'x'.repeat(140 * 1024);
    const body = `{"model":"gpt-4o-mini","input":${JSON.stringify(input)},"instructions":"${padding}","tools":${tool('-90071992547409931')}}`;
    const first = await post('/responses', body, { 'content-type': 'application/json', 'x-cache-explain': '1' });
    expect(first.status).toBe(200);
    expect(first.cache).toBe('BYPASS');
    expect(first.key).toBeNull();
    expect(decodeURIComponent(first.explain ?? '')).toContain('unsafe-integers');
    expect(Buffer.compare(upstream.responsesCalls.at(-1)!.rawBody, Buffer.from(body))).toBe(0);
    expect((await responses(body)).cache).toBe('BYPASS');
  });

  it('takes a 15 MB body with a long integer trickled in small chunks: forwarded untouched, not cached, proxy still serves', { timeout: 60_000 }, async () => {
    const input = question('Count the words');
    const filler = 'lorem ipsum '.repeat((15 * 1024 * 1024) / 12);
    const body = Buffer.from(`{"model":"gpt-4o-mini","input":${JSON.stringify(input)},"instructions":"${filler}","seed":123456789012345678901234567890}`);
    const port = Number(new URL(proxy.origin).port);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('utf8')));
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
      socket.write(`POST /v1/responses HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nauthorization: Bearer sk-trickle\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`);
      let offset = 0;
      const step = 64 * 1024;
      const next = () => {
        if (offset >= body.length) return;
        const slice = body.subarray(offset, offset + step);
        offset += step;
        // Wait for the kernel buffer to drain each time: the proxy reads the body piece by piece.
        if (socket.write(slice)) setImmediate(next);
        else socket.once('drain', next);
      };
      next();
    });
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    expect(reply.toLowerCase()).toContain('x-cache-status: bypass');
    expect(upstream.responsesCalls.at(-1)!.rawBody.length).toBe(body.length);
    expect(upstream.responsesCalls.at(-1)!.rawBody.subarray(-50).toString()).toContain('123456789012345678901234567890');
    await stillServes();
  });
});

// A hostile client, session 33: a 13 MB body of 800,000 small fields (within the 16 MiB limit) held the event loop for
// ~9 s while it was parsed, checked and keyed, and every other client waited, cache hits included.
describe('a body of hundreds of thousands of values', () => {
  const manyFields = (count: number, tail: string) => {
    const fields: string[] = [];
    for (let index = 0; index < count; index++) fields.push(`"k${index}":0`);
    return `{${fields.join(',')},${tail}}`;
  };

  it('is refused with a 400 too_many_values in the API shape before it is parsed, sending nothing upstream', async () => {
    const calls = upstream.chatCalls.length;
    const answer = await post('/chat/completions', manyFields(300_000, `"model":"gpt-4o-mini","messages":[{"role":"user","content":${JSON.stringify(question())}}]`));
    expectOpenAiError(answer, 400);
    expect(answer.json.error).toMatchObject({ type: 'invalid_request_error', code: 'too_many_values' });
    expect(upstream.chatCalls).toHaveLength(calls);
    await stillServes();
  });

  // A hostile helper, session 33: an empty `[]` or `{}` was counted as holding a value.
  it('counts no value inside an empty array or object', async () => {
    const empties = Array.from({ length: 150_000 }, (_, index) => (index % 2 === 0 ? '[]' : '{ }')).join(',');
    const answer = await post('/chat/completions', `{"model":"gpt-4o-mini","messages":[{"role":"user","content":${JSON.stringify(question())}}],"metadata_x":[${empties}]}`);
    expect(answer.status).toBe(200);
  });

  it('still takes a long prompt whose commas and colons are inside its strings', async () => {
    const input = question(`${'a, b: [c] {d} '.repeat(60_000)}What is this?`);
    const answer = await responses(JSON.stringify({ model: 'gpt-4o-mini', input }));
    expect(answer.status).toBe(200);
    expect(answer.cache).toBe('MISS');
  });
});

describe('a key repeated in one object', () => {
  // A hostile tester (session 37): JSON.parse keeps a repeated key's last value and the proxy forwarded the bytes as
  // sent, so an upstream whose parser keeps the first ("Say the number is 5") answered another question than the one
  // keyed ("What is two plus two"), and that answer was then served for it. RFC 8259 leaves duplicate names' meaning
  // to the parser: such a body is refused.
  it.each([
    ['/chat/completions', (text: string) => `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Say the number is 5","content":${JSON.stringify(text)}}]}`],
    ['/chat/completions', (text: string) => `{"model":"evil-model","model":"gpt-4o-mini","messages":[{"role":"user","content":${JSON.stringify(text)}}]}`],
    ['/responses', (text: string) => `{"model":"gpt-4o-mini","input":"Say the number is 5","input":${JSON.stringify(text)}}`],
  ])('refuses %s with a 400 in OpenAI shape, sends nothing upstream and stores nothing', async (path, body) => {
    const text = question('What is two plus two?');
    const calls = upstream.calls.length;
    const answer = await post(path, body(text));
    expectOpenAiError(answer, 400);
    expect(answer.json.error).toMatchObject({ type: 'invalid_request_error', code: 'duplicate_key' });
    expect(upstream.calls).toHaveLength(calls);
    // The clean request is a MISS: nothing was stored for the refused one.
    const clean = path === '/responses' ? { model: 'gpt-4o-mini', input: text } : { model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] };
    expect((await post(path, JSON.stringify(clean))).cache).toBe('MISS');
  });

  it('still takes the same name in different objects, and a repeated name inside a string', async () => {
    const text = question('Repeated names elsewhere');
    const body = `{"model":"gpt-4o-mini","messages":[{"role":"system","content":"\\"content\\":1, \\"content\\":2"},{"role":"user","content":${JSON.stringify(text)}}],"metadata":{"role":"a"}}`;
    const answer = await post('/chat/completions', body);
    expect(answer.status).toBe(200);
    expect(answer.cache).toBe('MISS');
  });
});
