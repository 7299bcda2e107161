import { describe, expect, it } from 'vitest';
import { checkGuards, type GuardVocabulary } from '../../../src/cache/guards.ts';
import { isNegation, wordTokens } from '../../../src/embedding/tokenize.ts';

// The real tokenizer, with a vocabulary that knows words and nothing with digits, like the word vectors.
const vocabulary: GuardVocabulary = {
  tokens: wordTokens,
  knowsToken: (token) => /^\p{L}+$/u.test(token) && token !== 'zorblax',
  isNegation,
};

describe('checkGuards', () => {
  it('passes paraphrases with the same unknown tokens', () => {
    expect(checkGuards('show invoice 5 please', 'please display invoice 5', vocabulary)).toEqual({ pass: true });
  });

  it('blocks when unknown tokens differ as a multiset', () => {
    expect(checkGuards('show invoice 5', 'show invoice 6', vocabulary)).toEqual({ pass: false, reason: 'unknown-tokens-differ' });
    expect(checkGuards('add 2 and 2', 'add 2', vocabulary)).toEqual({ pass: false, reason: 'unknown-tokens-differ' });
    expect(checkGuards('who is zorblax', 'who is he', vocabulary)).toEqual({ pass: false, reason: 'unknown-tokens-differ' });
  });

  it('blocks a negation present on one side only', () => {
    expect(checkGuards('is it safe to eat', 'is it not safe to eat', vocabulary)).toEqual({ pass: false, reason: 'negation-differs' });
    expect(checkGuards("why doesn't it work", 'why does it work', vocabulary)).toEqual({ pass: false, reason: 'negation-differs' });
    expect(checkGuards("why doesn't it work", 'why does it not work', vocabulary)).toEqual({ pass: true });
    expect(checkGuards('why dont cats swim', 'why do cats swim', vocabulary)).toEqual({ pass: false, reason: 'negation-differs' });
  });
});
