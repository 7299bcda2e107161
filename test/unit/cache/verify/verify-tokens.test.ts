import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyTokens } from '../../../../src/cache/verify/verify-tokens.ts';

const keys = (text: string) => verifyTokens(text).map((token) => `${token.key}:${token.kind}`);

describe('verifyTokens', () => {
  it('keeps case, digits, operators and brackets as tokens', () => {
    expect(keys('if x !== y: i -= 1')).toEqual(['if:word', 'x:word', '!==:symbol', 'y:word', '::symbol', 'i:word', '-=:symbol', '1:number']);
    expect(keys('arr[i] US')).toEqual(['arr:word', '[:symbol', 'i:word', ']:symbol', 'US:word']);
  });

  it('lowercases the key of a capitalised first word only', () => {
    expect(keys('What is it? Paint it. I speak Polish')).toEqual(['what:word', 'is:word', 'it:word', '?:punct', 'paint:word', 'it:word', '.:punct', 'I:word', 'speak:word', 'Polish:word']);
  });

  it('expands contractions and keeps possessives apart', () => {
    expect(keys("Don't panic, it's Anna's")).toEqual(['do:word', 'not:word', 'panic:word', ',:punct', 'it:word', 'is:word', 'Anna:word', "'s:word"]);
  });

  it('keeps URLs, paths, identifiers and dates whole', () => {
    expect(keys('see https://a.example/b?c=1 src/app.ts MAX_VALUE obj.run() 03/04/2025')).toEqual([
      'see:word', 'https://a.example/b?c=1:code', 'src/app.ts:code', 'MAX_VALUE:code', 'obj.run():code', '03/04/2025:number',
    ]);
  });

  it('keeps whitespace inside code spans and blocks', () => {
    expect(keys("`'a  b'`").filter((key) => key.endsWith(':space'))).toEqual(['  :space']);
    expect(keys('```py\nif x:\n    y\n```').filter((key) => key.endsWith(':space'))).toEqual(['\n:space', ' :space', '\n    :space', '\n:space']);
  });

  it('is linear on adversarial input', () => {
    const started = performance.now();
    for (const text of ['a1'.repeat(50_000) + '/', '1.'.repeat(50_000) + '/', 'aB'.repeat(50_000), 'x@'.repeat(50_000), '`'.repeat(100_000)]) verifyTokens(text);
    expect(performance.now() - started).toBeLessThan(30_000); // ~2 s on a slow machine; a quadratic pattern takes minutes
  });

  // Plain ASCII words are cut without the PROSE regex (80% of tokenising); that shortcut must never change a token.
  it('gives the same tokens with and without its plain-word shortcut, on the verifier corpus and on random text', () => {
    const corpus = JSON.parse(readFileSync(new URL('../../../fixtures/verifier-corpus/corpus.json', import.meta.url), 'utf8')) as Record<string, Record<string, Array<[string, string]>>>;
    const texts = Object.values(corpus).flatMap((groups) => Object.values(groups).flat(2));
    for (const text of texts) expect(verifyTokens(text)).toEqual(verifyTokens(text, { plainWordShortcut: false }));
    // Every character class PROSE tells apart, next to ASCII words: URLs, e-mail, paths, identifiers, numbers,
    // camelCase, apostrophes, hyphens, accents, combining marks, operators, quotes, non-ASCII spaces.
    const pieces = ['a', 'Z', 'word', 'Word', 'iPhone', 'ABc', 'http', 'https', '://', 'x.com', '@', '/', '.', '..', '_', '-', "'", '’', '’s', '3', '42', '1.5', 'é', 'e\u0301', 'ß', '日本', ' ', '  ', '\t', '\u00a0', '\u2003', ',', '?', '!', ';', ':', ')', '(', '"', '“', '=', '==', '<', '+', '*', '%', '&', '|', '^', '~', '[', ']', '…', '—'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(verifyTokens(text)).toEqual(verifyTokens(text, { plainWordShortcut: false }));
      }),
      { numRuns: 5_000, seed: 7 },
    );
  });
});
