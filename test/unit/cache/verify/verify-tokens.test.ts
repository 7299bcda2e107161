import { describe, expect, it } from 'vitest';
import { verifyTokens } from '../../../../src/cache/verify/verify-tokens.ts';

const keys = (text: string) => verifyTokens(text).map((token) => `${token.key}:${token.kind}`);

describe('verifyTokens', () => {
  it('keeps case, digits, operators and brackets as tokens', () => {
    expect(keys('if x !== y: i -= 1')).toEqual(['if:word', 'x:word', '!==:symbol', 'y:word', '::punct', 'i:word', '-=:symbol', '1:number']);
    expect(keys('arr[i] US')).toEqual(['arr:word', '[:symbol', 'i:word', ']:symbol', 'US:word']);
  });

  it('lowercases the key of a capitalised first word only', () => {
    expect(keys('What is it? Polish it. Translate to Polish')).toEqual(['what:word', 'is:word', 'it:word', '?:punct', 'polish:word', 'it:word', '.:punct', 'translate:word', 'to:word', 'Polish:word']);
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
});
