import { describe, expect, it } from 'vitest';
import { useVerifier } from './verifier-fixture.ts';

/** Found by the fifth red-team round, in the brief's named categories, against the fourth round's rules. */
const { kind, verify } = useVerifier();

describe('marks in code written inline are syntax', () => {
  it.each([
    ['What does s[::-1] return?', 'What does s[1] return?'],
    ['What does a[1:] return?', 'What does a[1] return?'],
    ['What is the type of t = (1,)?', 'What is the type of t = (1)?'],
    ['What does user?.name return if user is null?', 'What does user!.name return if user is null?'],
    ['What does fn?.() do?', 'What does fn() do?'],
    ['What does Math.max(...nums) return?', 'What does Math.max(nums) return?'],
    ['How many times does while (n--) run for n = 3?', 'How many times does while (n) run for n = 3?'],
    ['What does i-- do?', 'What does i do?'],
    ['Is [1, 2, 3,] valid JSON?', 'Is [1, 2, 3] valid JSON?'],
    ['Parse the row 1,Alice,,Paris', 'Parse the row 1,Alice,Paris'],
    ['What does ab? do in a regex?', 'What does ab do in a regex?'],
    ['In TypeScript what does email?: string mean?', 'In TypeScript what does email: string mean?'],
    ['Does the regex \\d{3}-\\d{4} match 555-1234?', 'Does the regex \\d{3}\\d{4} match 555-1234?'],
  ])('%s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it.each([
    ['What is the capital of France?', 'What is the capital of France'],
    ['Hello, how do I reset my password?', 'Hello how do I reset my password?'],
    ['I like apples (see above).', 'I like apples (see above)'],
    ['Why is the sky blue?!', 'Why is the sky blue?'],
  ])('but sentence punctuation is still free: %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });
});

describe('other fifth-round holes', () => {
  it.each([
    ['What does print(a) print?', 'What does print() print?'],
    ['What does f(a, b) return?', 'What does f(b) return?'],
    ['Translate into Spanish: thank you', 'Translate into Spanish: sorry'],
    ['Agent: Sorry!', 'Agent: Thank you!'],
    ['Good morning', 'Good evening'],
    ['No, dogs are allowed on the patio.', 'No dogs are allowed on the patio.'],
    ['Extract the date from this invoice', 'Extract the dates from this invoice'],
    ['As a manager, how should I evaluate an engineer?', 'How should I evaluate an engineer as a manager?'],
    ['How do I mediate a dispute?', 'How do I arbitrate a dispute?'],
    ['Why is my hair so curly?', 'Why is my hair so wavy?'],
  ])('%s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it.each([
    ['Please summarize this article', 'Summarize this article'],
    ['If it rains, what should I wear?', 'What should I wear if it rains?'],
    ['How do I fix a flat tire?', 'How do I repair a flat tire?'],
  ])('still serves %s for %s', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });
});
