import { describe, expect, it } from 'vitest';
import { useVerifier } from './verifier-fixture.ts';

/** Found by the fourth red-team round, against the third round's rules. */
const { kind, verify } = useVerifier();

describe('a dash between two names or numbers is a range', () => {
  it.each([
    ['Is the store open Monday - Friday?', 'Is the store open Monday, Friday?'],
    ['Which grades take the test, A - F?', 'Which grades take the test, A, F?'],
    ['Is the office closed June - August?', 'Is the office closed June, August?'],
  ])('never takes it for a comma: %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it.each([
    ['Hi - how do I reset my password?', 'Hi, how do I reset my password?'],
    ['I pitched my tent - which way should it face?', 'I pitched my tent, which way should it face?'],
  ])('still reads a dash before a clause as its punctuation: %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });
});

describe('"can you" before a verb that only produces text is a request', () => {
  it.each([
    ['Define entropy', 'Could you define entropy?'],
    ['Generate a strong password', 'Can you generate a strong password?'],
    ['Translate good night into French', 'Can you translate good night into French?'],
    ['Compare Python and Java', 'Can you compare Python and Java?'],
    ['Calculate the area of a circle with radius 3', 'Can you calculate the area of a circle with radius 3?'],
    ['Paraphrase the first paragraph', 'Could you paraphrase the first paragraph?'],
  ])('serves %s for %s', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });

  it.each([
    ['Can you translate a legal document yourself?', 'Translate a legal document yourself'],
    ['Can you write a check to yourself?', 'Write a check to yourself'],
    ['Can you convert a Roth IRA to a traditional IRA?', 'Convert a Roth IRA to a traditional IRA'],
    ['Can you find life on Mars?', 'Find life on Mars'],
  ])('but not a question of what is possible: %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });
});

describe('the number of things a question or request asks for', () => {
  it.each([
    ['Which country has the highest GDP?', 'Which countries have the highest GDP?'],
    ['Write a haiku about spring', 'Write haikus about spring'],
    ['Give me an example of recursion', 'Give me examples of recursion'],
    ['Which book should I read next?', 'Which books should I read next?'],
    ['Suggest a name for my cat', 'Suggest names for my cat'],
    ['Tell me a joke', 'Tell me jokes'],
    ['Tell me a joke about cats', 'Tell me jokes about cats'],
  ])('is the question, not an inflection: %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it.each([
    ['Why do spiders have eight legs?', 'Why does a spider have eight legs?'],
    ['What are the benefits of yoga?', 'What is the benefit of yoga?'],
    ['How many legs does a spider have?', 'How many legs do spiders have?'],
    ['Tell me about dogs', 'Tell me about a dog'],
  ])('but a generic noun may still change number: %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });
});

describe('hostile lengths', () => {
  it('verifies a prompt with 128,000 accepted differences without overflowing the stack', () => {
    expect(() => verify('What is a cat?', `What is ${'a '.repeat(128_000)}cat?`)).not.toThrow();
  });
});
