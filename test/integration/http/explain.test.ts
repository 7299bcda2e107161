import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateVerifier } from '../../../src/cache/verify/verdict.ts';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { startProxy, type RunningProxy } from '../../helpers/proxy.ts';
import { discardLogs, writesSettled } from './support.ts';

const QUESTION = 'How do I reset my password?';
const PARAPHRASE = 'how do i reset my password';
const EXCLAIMED = 'How do I reset my password!';

/**
 * Verdicts that quote text, as real reasons do (`antonym increase/decrease`), here with characters a header
 * cannot carry: a query ending in "!" is refused, anything else is the same with one accepted difference.
 */
const quotingVerifier: CandidateVerifier = {
  verify: (query) =>
    query.endsWith('!') ? { kind: 'different', reason: `punctuation ?/! größer\r\nX-Injected: 1` } : { kind: 'same', accepted: ['first-word-case How/how'] },
};

let upstream: MockUpstream;
let proxy: RunningProxy;
let namespaces = 0;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  proxy = await startProxy(upstream, { defaults: { threshold: 0.85 } }, { structuralVerifier: quotingVerifier, logDestination: discardLogs });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

/** A raw request (so every header can be checked), in its own namespace unless one is given. */
async function post(content: string, headers: Record<string, string> = {}, options: { stream?: boolean } = {}) {
  const response = await fetch(`${proxy.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-explain-tests', ...headers },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], ...(options.stream ? { stream: true } : {}) }),
  });
  const body = await response.text();
  await writesSettled(proxy);
  return { status: response.status, body, cache: response.headers.get('x-cache-status'), explain: response.headers.get('x-cache-explain') };
}

const explained = () => ({ 'x-cache-explain': '1', 'x-cache-namespace': `explain-${++namespaces}` });

describe('X-Cache-Explain', () => {
  it('is absent unless asked for, and 1 or 0 are the only values', async () => {
    expect((await post(QUESTION)).explain).toBeNull();
    expect((await post(QUESTION, { 'x-cache-explain': '0' })).explain).toBeNull();
    const invalid = await post(QUESTION, { 'x-cache-explain': 'yes' });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toEqual({ error: { message: 'X-Cache-Explain must be 1 (explain this answer) or 0.', type: 'invalid_request_error', param: 'X-Cache-Explain', code: 'invalid_cache_control' } });
  });

  it('explains a miss with no candidate, an exact hit and a semantic hit with the differences it accepted', async () => {
    const headers = explained();
    expect(await post(QUESTION, headers)).toMatchObject({ cache: 'MISS', explain: 'no-candidate' });
    expect(await post(QUESTION, headers)).toMatchObject({ cache: 'HIT', explain: 'exact' });
    const semantic = await post(PARAPHRASE, headers);
    expect(semantic.cache).toBe('HIT');
    expect(semantic.explain).toMatch(/^similarity=\d\.\d{4}; same: first-word-case How\/how$/);
  });

  it("explains a refused candidate with the verifier's reason, encoded so client text cannot break the header", async () => {
    const headers = explained();
    await post(QUESTION, headers);
    const refused = await post(EXCLAIMED, headers);
    expect(refused.cache).toBe('MISS');
    expect(refused.explain).toMatch(/^similarity=\d\.\d{4}; different: punctuation \?\/! gr%C3%B6%C3%9Fer%0D%0AX-Injected: 1$/);
    expect(refused.explain).toMatch(/^[\x20-\x7e]+$/);
    expect(decodeURIComponent(refused.explain!)).toMatch(/different: punctuation \?\/! größer\r\nX-Injected: 1$/);
  });

  it('names the threshold when the nearest candidate was below it', async () => {
    const headers = explained();
    await post(QUESTION, headers);
    const below = await post('How do I reset my email password?', { ...headers, 'x-cache-threshold': '0.99999' });
    expect(below.cache).toBe('MISS');
    expect(below.explain).toMatch(/^similarity=\d\.\d{4}; below-threshold 0.99999$/);
  });

  it("never explains with another tenant's entry: the lookup only sees the caller's partition", async () => {
    const headers = explained();
    await post(QUESTION, headers);
    const otherTenant = await post(PARAPHRASE, { ...headers, authorization: 'Bearer sk-another-tenant' });
    expect(otherTenant).toMatchObject({ cache: 'MISS', explain: 'no-candidate' });
  });

  it('explains bypassed and refreshed requests, and streamed hits carry the header too', async () => {
    const headers = explained();
    expect(await post(QUESTION, { ...headers, 'cache-control': 'no-cache, no-store' })).toMatchObject({ cache: 'BYPASS', explain: 'bypass client-no-cache-no-store' });
    expect(await post(QUESTION, { ...headers, 'cache-control': 'no-cache' })).toMatchObject({ cache: 'REFRESH', explain: 'lookup-skipped no-cache' });
    const streamed = await post(QUESTION, headers, { stream: true });
    expect(streamed).toMatchObject({ cache: 'HIT', explain: 'exact' });
    expect(streamed.body).toContain('data: [DONE]');
  });
});
