import { Tiktoken } from 'js-tiktoken/lite';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import { describe, expect, it } from 'vitest';
import { fitToTokenLimit } from '../../../src/embedding/fit-to-token-limit.ts';

const tokenizer = new Tiktoken(cl100k);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const countTokens = (text: string): number => tokenizer.encode(text, [], []).length;

describe('fitToTokenLimit', () => {
  it('cuts prose exactly where encoding the whole text would', () => {
    const text = 'The quick brown fox jumps over the lazy dog, again and again; 12345 times!\n\n'.repeat(400);
    const fitted = fitToTokenLimit(tokenizer, text, 1_000);
    expect(countTokens(fitted)).toBeLessThanOrEqual(1_000);
    expect(countTokens(fitted)).toBeGreaterThan(990);
    expect(text.startsWith(fitted)).toBe(true);
  });

  it('returns text within the limit unchanged', () => {
    const text = 'word '.repeat(900);
    expect(fitToTokenLimit(tokenizer, text, 1_000)).toBe(text);
  });

  it('cuts 16 MiB of one repeated character, with no space in it, to the limit without tokenising the run', () => {
    // Encoding 12,000 such characters in one piece took 11 s; chunking makes 16 MiB take milliseconds.
    const text = 'a'.repeat(16 * 1024 * 1024);
    const fitted = fitToTokenLimit(tokenizer, text, 300);
    // Never tokenised: charged one token per byte, an upper bound, so exactly 300 characters are kept.
    expect(fitted).toBe('a'.repeat(300));
    expect(countTokens(fitted)).toBeLessThanOrEqual(300);
  });

  it('never leaves half a character, in runs of emoji or of multi-byte letters', () => {
    for (const unit of ['🎉', '日', 'é', '🇩🇪']) {
      const text = unit.repeat(20_000);
      const fitted = fitToTokenLimit(tokenizer, text, 257);
      expect(fitted).not.toContain('\uFFFD');
      expect(text.startsWith(fitted)).toBe(true);
      expect(fitted).not.toMatch(LONE_SURROGATE);
      expect(countTokens(fitted)).toBeLessThanOrEqual(257);
      expect(Buffer.byteLength(fitted)).toBeGreaterThan(257 - 8);
    }
  });

  it('stays within the limit on mixed adversarial text (long runs between words, whitespace runs)', () => {
    const text = `${'x'.repeat(1_200)} hello ${' '.repeat(1_000)}world ${'ab'.repeat(700)}\n`.repeat(50);
    for (const limit of [1, 50, 400, 2_000]) {
      const fitted = fitToTokenLimit(tokenizer, text, limit);
      expect(text.startsWith(fitted)).toBe(true);
      expect(countTokens(fitted)).toBeLessThanOrEqual(limit);
    }
  });
});
