import { describe, expect, it } from 'vitest';
import { hasRoundedIntegers, isJsonNumber, parseJsonText, rawJsonText } from '../../../src/util/raw-json.ts';

describe('parseJsonText', () => {
  it('keeps an integer beyond 2^53 as its digits, and leaves every other number a number', () => {
    const parsed = parseJsonText('{"seed":9007199254740993,"n":9007199254740991,"t":0.5,"big":1e300,"s":"1234567890123456789"}') as Record<string, unknown>;
    expect(rawJsonText(parsed.seed)).toBe('9007199254740993');
    expect(isJsonNumber(parsed.seed)).toBe(true);
    expect([parsed.n, parsed.t, parsed.big, parsed.s]).toEqual([9007199254740991, 0.5, 1e300, '1234567890123456789']);
    expect(JSON.stringify(parsed)).toContain('"seed":9007199254740993');
    expect(hasRoundedIntegers(parsed)).toBe(false);
  });

  it('keeps a literal beyond a double\'s range as its text, never as Infinity (which JSON writes as null)', () => {
    const parsed = parseJsonText('{"a":1e400,"b":-1E+400,"c":1e300}') as Record<string, unknown>;
    expect([rawJsonText(parsed.a), rawJsonText(parsed.b), parsed.c]).toEqual(['1e400', '-1E+400', 1e300]);
    expect(JSON.stringify(parsed)).toBe('{"a":1e400,"b":-1E+400,"c":1e+300}');
  });

  it('parses 16 digits inside a string as plain JSON', () => {
    const parsed = parseJsonText('{"order":"4111111111111111","n":1}') as Record<string, unknown>;
    expect(parsed).toEqual({ order: '4111111111111111', n: 1 });
  });

  it('marks a body over 128 KB whose integers it had to round, rather than parse it again', () => {
    const parsed = parseJsonText(`{"seed":12345678901234567891,"pad":"${'x'.repeat(140_000)}"}`);
    expect(hasRoundedIntegers(parsed)).toBe(true);
    expect(hasRoundedIntegers(parseJsonText(`{"seed":1,"pad":"${'1'.repeat(140_000)}"}`))).toBe(false);
  });
});
