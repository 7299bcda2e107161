import { describe, expect, it } from 'vitest';
import { isNegation, wordTokens } from '../../../src/embedding/tokenize.ts';

describe('wordTokens', () => {
  it('lowercases and splits words, dropping sentence punctuation', () => {
    expect(wordTokens('Hello, World! (How are you?) "Fine"; thanks...')).toEqual([
      'hello', 'world', 'how', 'are', 'you', 'fine', 'thanks',
    ]);
  });

  it('keeps numbers, decimals, thousands, times and versions as one token each', () => {
    expect(wordTokens('ticket 4711 costs 3.14 or 1,000 at 10:30 in v1.2.3')).toEqual([
      'ticket', '4711', 'costs', '3.14', 'or', '1,000', 'at', '10:30', 'in', 'v1.2.3',
    ]);
    expect(wordTokens('1, 2, 3.')).toEqual(['1', '2', '3']);
  });

  it('keeps identifiers with digits and underscores whole', () => {
    expect(wordTokens('set user_id to abc123 with gpt4o')).toEqual(['set', 'user_id', 'to', 'abc123', 'with', 'gpt4o']);
  });

  it('keeps symbols that change meaning, one token per character', () => {
    expect(wordTokens('2+2')).toEqual(['2', '+', '2']);
    expect(wordTokens('2*3 = 6')).toEqual(['2', '*', '3', '=', '6']);
    expect(wordTokens('50% of $5 < €10 #12 @anna a/b a & b')).toEqual([
      '50', '%', 'of', '$', '5', '<', '€', '10', '#', '12', '@', 'anna', 'a', '/', 'b', 'a', '&', 'b',
    ]);
    expect(wordTokens('👍 or 👎')).toEqual(['👍', 'or', '👎']);
  });

  it('keeps a minus next to a digit and treats other hyphens as word separators', () => {
    expect(wordTokens('-5 and 5-3 and gpt-4o')).toEqual(['-', '5', 'and', '5', '-', '3', 'and', 'gpt', '-', '4o']);
    expect(wordTokens('a state-of-the-art model - really')).toEqual(['a', 'state', 'of', 'the', 'art', 'model', 'really']);
  });

  it('expands negative contractions, with or without an apostrophe, into "not"', () => {
    expect(wordTokens("I don't know")).toEqual(['i', 'do', 'not', 'know']);
    expect(wordTokens('I dont know')).toEqual(['i', 'do', 'not', 'know']);
    expect(wordTokens('I do not know')).toEqual(['i', 'do', 'not', 'know']);
    expect(wordTokens("can't, cannot, won't, isn’t")).toEqual(['can', 'not', 'can', 'not', 'will', 'not', 'is', 'not']);
  });

  it('expands other contractions and drops the possessive', () => {
    expect(wordTokens("it's what's I'm we're you've they'll she'd let's")).toEqual([
      'it', 'is', 'what', 'is', 'i', 'am', 'we', 'are', 'you', 'have', 'they', 'will', 'she', 'would', 'let', 'us',
    ]);
    expect(wordTokens("Anna's car and the students' books")).toEqual(['anna', 'car', 'and', 'the', 'students', 'books']);
    expect(wordTokens("O'Brien")).toEqual(['o', 'brien']);
  });

  it('joins dotted abbreviations', () => {
    expect(wordTokens('e.g. the U.S. economy, i.e. growth')).toEqual(['eg', 'the', 'us', 'economy', 'ie', 'growth']);
  });

  it('normalises Unicode to NFC so composed and decomposed letters are the same token', () => {
    expect(wordTokens('cafe\u0301')).toEqual(wordTokens('caf\u00e9'));
  });

  it('returns no tokens for empty or punctuation-only text', () => {
    expect(wordTokens('')).toEqual([]);
    expect(wordTokens('  ...!?  ')).toEqual([]);
  });

  it('keeps scripts without spaces as runs of letters', () => {
    expect(wordTokens('北京是中国的首都。')).toEqual(['北京是中国的首都']);
    expect(wordTokens('Как дела?')).toEqual(['как', 'дела']);
  });

  it('tokenises very long text', () => {
    const tokens = wordTokens('word 42 '.repeat(25_000));
    expect(tokens).toHaveLength(50_000);
  });

  it('tokenises adversarial dotted text without quadratic backtracking (200k characters)', () => {
    // An unbounded abbreviation pattern took over a minute on this input; the test timeout catches a regression.
    const tokens = wordTokens(`${'a.'.repeat(100_000)}b`);
    expect(tokens.at(-1)).toBe('b');
    expect(tokens.length).toBeGreaterThan(1);
  });
});

describe('isNegation', () => {
  it('recognises negation words, which are never dropped as stop words', () => {
    for (const word of ['not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'without']) {
      expect(isNegation(word)).toBe(true);
    }
    for (const word of ['now', 'note', 'know', 'yes', 'with']) expect(isNegation(word)).toBe(false);
  });

  it('finds the negation of a contraction after tokenising', () => {
    expect(wordTokens("This doesn't work").some(isNegation)).toBe(true);
    expect(wordTokens('This works').some(isNegation)).toBe(false);
  });
});
