import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useVerifier } from './verifier-fixture.ts';

/**
 * The sixth round: the residual holes the README listed as known limitations, one class at a time. Every pair of
 * red-team-round-6.json (the corpus's category of the same name) must not be served; each class also keeps the
 * near-duplicates next to it that must still be.
 */
const { kind, verify } = useVerifier();
const roundSix = JSON.parse(readFileSync(new URL('../../../fixtures/verifier-corpus/red-team-round-6.json', import.meta.url), 'utf8')) as Record<string, Array<[string, string]>>;

function mustMiss(category: string): void {
  it.each(roundSix[category]!)(`${category}: %j / %j is not served`, (stored, asked) => {
    expect(verify(stored, asked)).not.toMatchObject({ kind: 'same' });
  });
}

describe('an article for another: definite reference against a generic one', () => {
  mustMiss('article-definiteness');

  it.each([
    ['What is the capital of Norway?', 'What is capital of Norway?'],
    ['Give me a recipe for soup', 'Give me recipe for soup'],
    ['What is a apple?', 'What is an apple?'],
    ['History of the Olympic games', 'History of the Olympic game'],
  ])('still serves %j for %j (an article dropped, or a/an)', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });
});
