import { describe, expect, it } from 'vitest';
import type { LookupOutcome } from '../../../src/cache/chat-cache.ts';
import type { CacheEntry } from '../../../src/store/vector-store.ts';
import { encodeExplanation, EXPLAIN_MAX_LENGTH, explainLookup } from '../../../src/http/explain-header.ts';

const entry = { id: 'e1' } as CacheEntry;
const embedding = { vector: new Float32Array(2), coverage: 1, billedTokens: 0 };

describe('explainLookup', () => {
  it.each<[string, Exclude<LookupOutcome, { kind: 'error' }>, string]>([
    ['an exact hit', { kind: 'hit', match: 'exact', entry, timings: {} }, 'exact'],
    ['a semantic hit with accepted differences', { kind: 'hit', match: 'semantic', entry, similarity: 0.97123, verdict: { kind: 'same', accepted: ['politeness please', 'inflection spider/spiders'] }, timings: {} }, 'similarity=0.9712; same: politeness please, inflection spider/spiders'],
    ['a semantic hit with nothing to accept', { kind: 'hit', match: 'semantic', entry, similarity: 1, verdict: { kind: 'same', accepted: [] }, timings: {} }, 'similarity=1.0000; same'],
    ['a refused candidate', { kind: 'miss', nearestSimilarity: 0.98, rejected: { entryId: 'e1', similarity: 0.9712, verdict: { kind: 'different', reason: 'antonym increase/decrease' } }, embedding, timings: {} }, 'similarity=0.9712; different: antonym increase/decrease'],
    ['an undecided candidate', { kind: 'miss', nearestSimilarity: 0.93, rejected: { entryId: 'e1', similarity: 0.93, verdict: { kind: 'undecided', reason: 'judge-timeout' } }, embedding, timings: {} }, 'similarity=0.9300; undecided: judge-timeout'],
    ['a nearest candidate below the threshold', { kind: 'miss', nearestSimilarity: 0.8123, embedding, timings: {} }, 'similarity=0.8123; below-threshold 0.89'],
    ['an empty partition', { kind: 'miss', embedding, timings: {} }, 'no-candidate'],
    ['a lookup without the semantic tier', { kind: 'miss', timings: {} }, 'exact-only'],
    ['passing candidates that were not served', { kind: 'miss', nearestSimilarity: 0.95, embedding, timings: {} }, 'similarity=0.9500; no-servable-candidate'],
  ])('explains %s', (_name, outcome, text) => {
    expect(explainLookup(outcome, 0.89)).toBe(text);
  });

  it('reports a negative similarity clamped at 0, as X-Cache-Similarity does', () => {
    expect(explainLookup({ kind: 'miss', nearestSimilarity: -0.3, embedding, timings: {} }, 0.89)).toBe('similarity=0.0000; below-threshold 0.89');
  });
});

describe('encodeExplanation', () => {
  it('keeps printable ASCII as it is', () => {
    expect(encodeExplanation('similarity=0.9712; different: antonym increase/decrease')).toBe('similarity=0.9712; different: antonym increase/decrease');
  });

  it('percent-encodes CR, LF, control characters, non-ASCII and % itself, so client text cannot break the header', () => {
    const encoded = encodeExplanation('number 3/10%\r\nSet-Cookie: a=b\u0000 größer 😀');
    expect(encoded).toBe('number 3/10%25%0D%0ASet-Cookie: a=b%00 gr%C3%B6%C3%9Fer %F0%9F%98%80');
    expect(encoded).toMatch(/^[\x20-\x7e]*$/);
    expect(decodeURIComponent(encoded)).toBe('number 3/10%\r\nSet-Cookie: a=b\u0000 größer 😀');
  });

  it('caps the length without splitting an escape, and marks the cut', () => {
    const encoded = encodeExplanation(`different: ${'ü'.repeat(1_000)}`);
    expect(encoded.length).toBeLessThanOrEqual(EXPLAIN_MAX_LENGTH);
    expect(encoded.endsWith('...')).toBe(true);
    expect(() => decodeURIComponent(encoded.slice(0, -3))).not.toThrow();
    expect(encodeExplanation('x'.repeat(EXPLAIN_MAX_LENGTH - 3))).toBe('x'.repeat(EXPLAIN_MAX_LENGTH - 3));
  });

  it('is accepted as a header value by the platform', () => {
    expect(() => new Headers({ 'x-cache-explain': encodeExplanation('a\r\nb\u2028c\u0085d') })).not.toThrow();
  });
});
