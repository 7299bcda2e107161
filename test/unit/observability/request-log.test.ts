import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../../src/http/request-observer.ts';
import { describeError } from '../../../src/observability/describe-error.ts';
import { createLogger } from '../../../src/observability/logger.ts';
import { RequestLog } from '../../../src/observability/request-log.ts';
import { LogCapture } from '../../helpers/log-capture.ts';

const record: RequestRecord = {
  requestId: 'req-1',
  api: 'openai-chat',
  route: 'support',
  model: 'gpt-4o-mini',
  status: 'HIT',
  match: 'semantic',
  similarity: 0.97654321,
  stream: false,
  timings: { lookup: 0.000_25, embed: 0.000_1, knn: 0.000_3, total: 0.001 },
  saved: { prompt_tokens: 12, completion_tokens: 30, total_tokens: 42 },
  prompt: 'How do I reset my password?',
};

function setup(options: { level?: string; logPrompts?: boolean; now?: () => number } = {}) {
  const capture = new LogCapture();
  const log = new RequestLog(createLogger({ level: options.level ?? 'info', destination: capture }), { logPrompts: options.logPrompts, now: options.now, faultIntervalMs: 10_000 });
  return { capture, log };
}

describe('RequestLog', () => {
  it('writes one JSON line per request with id, route, status, match, similarity and timings in ms', () => {
    const { capture, log } = setup();
    log.request({ ...record, upstreamStatus: undefined });
    log.request({ ...record, requestId: 'req-2', status: 'MISS', match: undefined, upstreamStatus: 200, timings: { upstream: 0.5, total: 0.51 } });
    expect(capture.lines).toHaveLength(2);
    expect(capture.lines[0]).toMatchObject({
      level: 'info',
      msg: 'request',
      reqId: 'req-1',
      route: 'support',
      api: 'openai-chat',
      cacheStatus: 'HIT',
      match: 'semantic',
      similarity: 0.9765,
      timingsMs: { lookup: 0.25, embed: 0.1, knn: 0.3, total: 1 },
      savedTokens: { prompt: 12, completion: 30 },
    });
    expect(capture.lines[1]).toMatchObject({ reqId: 'req-2', cacheStatus: 'MISS', upstreamStatus: 200, timingsMs: { upstream: 500, total: 510 } });
  });

  it("names a shadow route's would-be outcome", () => {
    const { capture, log } = setup();
    log.request({ ...record, status: 'MISS', match: undefined, shadow: 'would-hit-semantic' });
    log.request(record);
    expect(capture.lines[0]).toMatchObject({ cacheStatus: 'MISS', shadow: 'would-hit-semantic' });
    expect(capture.lines[1]!.shadow).toBeUndefined();
  });

  it('leaves the prompt out unless logPrompts is on', () => {
    const off = setup();
    off.log.request(record);
    expect(off.capture.text).not.toContain('reset my password');
    expect(off.capture.lines[0]!.prompt).toBeUndefined();
    const on = setup({ logPrompts: true });
    on.log.request(record);
    expect(on.capture.lines[0]!.prompt).toBe('How do I reset my password?');
  });

  it('follows the configured level', () => {
    const { capture, log } = setup({ level: 'warn' });
    log.request(record);
    log.stored({ route: 'support', stored: true });
    expect(capture.raw).toHaveLength(0);
    const debug = setup({ level: 'debug' });
    debug.log.stored({ route: 'support', stored: false, reason: 'not-storable' });
    expect(debug.capture.lines[0]).toMatchObject({ level: 'debug', msg: 'cache write', stored: false, reason: 'not-storable' });
  });

  it('rate-limits fault warnings per stage and reports how many were suppressed', () => {
    let now = 0;
    const { capture, log } = setup({ now: () => now });
    for (let i = 0; i < 100; i++) log.cacheFault('lookup', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    log.cacheFault('store', new Error('write timed out'));
    expect(capture.lines.map((line) => [line.level, line.stage, line.suppressed])).toEqual([
      ['warn', 'lookup', 0],
      ['warn', 'store', 0],
    ]);
    now = 10_000;
    log.cacheFault('lookup', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    expect(capture.lines.at(-1)).toMatchObject({ stage: 'lookup', suppressed: 99, error: { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:6379' } });
  });

  it('removes API keys quoted inside fault messages', () => {
    const { capture, log } = setup();
    log.cacheFault('lookup', new Error('401 Incorrect API key provided: sk-proj-abcdef123456. Authorization: Bearer sk-proj-abcdef123456'));
    expect(capture.text).not.toContain('abcdef123456');
    expect(capture.lines[0]!.error.message).toContain('[redacted]');
  });
});

describe('describeError', () => {
  it('keeps name and code, redacts bearer tokens and Redis URL passwords, and shortens long messages', () => {
    const error = Object.assign(new Error('cannot reach redis://default:hunter2@cache:6379 with Bearer abc.def'), { code: 'ECONNREFUSED' });
    const described = describeError(error);
    expect(described).toMatchObject({ name: 'Error', code: 'ECONNREFUSED' });
    expect(described.message).not.toContain('hunter2');
    expect(described.message).not.toContain('abc.def');
    expect(described.message).toContain('redis://default:[redacted]@cache:6379');
    expect(describeError(new Error('x'.repeat(1_000))).message.length).toBeLessThan(310);
    expect(describeError('plain string').message).toBe('plain string');
  });
});

describe('RequestLog: a path that carries a key', () => {
  // A hostile tester (session 37): `DELETE /admin/entries/sk-proj-…` was refused (invalid_entry_id) and its path, the
  // key in it, went to the log verbatim: the only place a key reached at rest in the whole run.
  it.each([
    '/admin/entries/sk-proj-AbCdEfGhIjKlMnOpQrStUvWx0123456789',
    '/v1/sk-ant-api03-AbCdEfGhIjKlMnOp_QrStUvWx-0123456789/models',
    '/admin/entries/AIzaSyAbCdEfGhIjKlMnOpQrStUvWx0123456',
    // Other providers' keys (a hostile review, session 54).
    '/v1/files/gsk_AbCdEfGhIjKlMnOpQrStUvWx0123456789',
    '/v1/files/hf_AbCdEfGhIjKlMnOpQrStUvWx0123456789',
    '/v1/files/xai-AbCdEfGhIjKlMnOpQrStUvWx0123456789',
    '/v1/files/pplx-AbCdEfGhIjKlMnOpQrStUvWx0123456789',
    '/v1/files/r8_AbCdEfGhIjKlMnOpQrStUvWx0123456789',
    '/v1/files/fw_AbCdEfGhIjKlMnOpQrStUvWx0123456789',
  ])('logs %s with the key replaced', (path) => {
    const { capture, log } = setup();
    log.uncached({ requestId: 'req-k', method: 'DELETE', outcome: 'refused', path, status: 400, reason: 'invalid_entry_id', timings: { total: 0.001 } });
    const secret = /(?:sk-|AIza|gsk_|hf_|xai-|pplx-|r8_|fw_)[\w-]+/u.exec(path)![0];
    expect(capture.text).not.toContain(secret.slice(0, 12));
    expect(capture.lines[0]!.path).toContain('[redacted]');
  });

  it('keeps an entry id and an ordinary path as they are', () => {
    const { capture, log } = setup();
    const id = 'a'.repeat(32) + 'b'.repeat(32);
    log.uncached({ requestId: 'req-e', method: 'DELETE', outcome: 'refused', path: `/admin/entries/${id}`, status: 404, timings: { total: 0.001 } });
    log.uncached({ requestId: 'req-p', method: 'GET', outcome: 'pass-through', path: '/v1/models/gpt-4o-mini', status: 200, timings: { total: 0.001 } });
    expect(capture.lines.map((line) => line.path)).toEqual([`/admin/entries/${id}`, '/v1/models/gpt-4o-mini']);
  });
});
