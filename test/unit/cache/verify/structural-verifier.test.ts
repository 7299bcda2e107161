import { beforeAll, describe, expect, it } from 'vitest';
import { ensureLexicon, loadLexicon } from '../../../../src/cache/verify/lexicon-file.ts';
import { StructuralVerifier } from '../../../../src/cache/verify/structural-verifier.ts';
import type { Verdict } from '../../../../src/cache/verify/verdict.ts';

let verifier: StructuralVerifier;
beforeAll(async () => {
  verifier = new StructuralVerifier(await loadLexicon(await ensureLexicon()));
}, 60_000);

const verify = (stored: string, asked: string): Verdict => verifier.verify(asked, stored);
const kind = (stored: string, asked: string) => verify(stored, asked).kind;

describe('StructuralVerifier', () => {
  it('accepts identical text and explains nothing', () => {
    expect(verify('What is DNA?', 'What is DNA?')).toEqual({ kind: 'same', accepted: [] });
  });

  it.each([
    ['politeness', 'How do I boil an egg?', 'Hey, could you tell me how do I boil an egg? Thanks!', 'politeness hey'],
    ['contractions', 'Why do not cats like water?', "Why don't cats like water?", 'contraction'],
    ['first-word case and trailing punctuation', 'What is the capital of Peru?', 'what is the capital of Peru', 'punctuation'],
    ['inflection', 'How do spiders make webs?', 'How does a spider make webs?', 'inflection spiders/spider'],
    ['British/American spelling', 'What is the colour of a ruby?', 'What is the color of a ruby?', 'colour/color'],
    ['a typo in a long word that is no word', 'How do I receive payments?', 'How do I recieve payments?', 'typo receive/recieve'],
    ['a WordNet synonym in its common sense', 'How do I fix a flat tire?', 'How do I repair a flat tire?', 'synonym fix/repair'],
    ['a whole clause moved', 'If it rains, what should I wear?', 'What should I wear if it rains?', 'clause order'],
    ['a whole text in lowercase', 'What is the capital of France?', 'what is the capital of france', 'case'],
  ])('accepts %s', (_rule, stored, asked, note) => {
    const verdict = verify(stored, asked);
    expect(verdict.kind).toBe('same');
    expect((verdict as { accepted: readonly string[] }).accepted.join(', ')).toContain(note);
  });

  it.each([
    ['word order', 'Convert 100 USD to EUR', 'Convert 100 EUR to USD', 'order'],
    ['word order around a negation', 'Patient has fever but no rash', 'Patient has rash but no fever', 'order'],
    ['antonyms', 'How do I increase the font size?', 'How do I decrease the font size?', 'antonym increase/decrease'],
    ['siblings', 'How do I train my dog to sit?', 'How do I train my cat to sit?', 'sibling dog/cat'],
    ['city siblings', 'Population of Paris', 'Population of Berlin', 'sibling Paris/Berlin'],
    ['minutes and hours, which only an obscure sense relates', 'How long is 5 minutes?', 'How long is 5 hours?', 'sibling minutes/hours'],
    ['numbers', 'List the top three cities', 'List the top ten cities', 'number three/ten'],
    ['digits', 'Summarise ticket 4711', 'Summarise ticket 4712', 'number 4711/4712'],
    ['dates', 'Book a table for 03/04', 'Book a table for 04/03', 'number 03/04/04/03'],
    ['operators', 'Why does `x !== y` hold?', 'Why does `x == y` hold?', 'code'],
    ['operators in prose', 'What does a >= b mean?', 'What does a > b mean?', 'symbol >=/>'],
    ['brackets', 'Explain arr[i] in MATLAB', 'Explain arr(i) in MATLAB', 'symbol [/('],
    ['a negation', 'Is it safe to eat raw eggs?', 'Is it not safe to eat raw eggs?', 'negation +not'],
    ['an added modifier', 'Summarize this article', 'Summarize this article in French', 'modifier +in French'],
    ['identifier case', 'What is MAX_VALUE here?', 'What is max_value here?', 'code MAX_VALUE/max_value'],
    ['acronym case', 'Explain the difference between the US and the EU', 'Explain the difference between us and the EU', 'US'],
    ['a capitalised name against a common word', 'Translate this into Polish', 'Translate this into polish', 'case Polish/polish'],
    ['whitespace inside code', "What does `'a  b'.split()` give?", "What does `'a b'.split()` give?", 'code'],
  ])('blocks %s', (_rule, stored, asked, reason) => {
    const verdict = verify(stored, asked);
    expect(verdict.kind).toBe('different');
    expect((verdict as { reason: string }).reason).toContain(reason);
  });

  it('leaves a rewording undecided, for a judge', () => {
    expect(verify('What is the boiling point of water?', 'At what temperature does water start to boil?')).toMatchObject({ kind: 'undecided' });
  });

  it('judges a one-word change inside a 100 KB document as that word', () => {
    const document = 'The committee reviewed the proposal, its budget and its schedule in detail. '.repeat(1_400);
    expect(document.length).toBeGreaterThan(100_000);
    const stored = `${document}The proposal was approved. ${document}Summarize the outcome.`;
    expect(verify(stored, stored.replace('was approved', 'was rejected'))).toEqual({ kind: 'different', reason: 'sibling approved/rejected' });
    expect(verify(stored, `${stored} Please.`)).toMatchObject({ kind: 'same' });
  });

  it('calls a different question around a long shared context a context-only match', () => {
    const context = 'Context: agents use planning, memory and tools; task decomposition splits a hard task into steps. '.repeat(3);
    expect(verify(`${context}Question: What is task decomposition?`, `${context}Question: How do agents retain information?`)).toEqual({ kind: 'different', reason: 'context-only-match' });
  });

  it('applies no word-form rule inside URLs, paths or code', () => {
    expect(kind('Fetch https://example.com/api', 'Fetch http://example.com/api')).toBe('different');
    expect(kind('Open src/parsers/file.ts', 'Open src/parser/file.ts')).toBe('different');
    expect(kind('What does `colours.map()` return?', 'What does `colors.map()` return?')).toBe('different');
  });

  it('takes any token safely, including Object.prototype names', () => {
    for (const token of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'prototype']) {
      expect(kind(`What is ${token} in JavaScript?`, `What is ${token} in JavaScript?`)).toBe('same');
      expect(kind(`What is ${token} in JavaScript?`, `What is valueOf in JavaScript?`)).toBe('different');
    }
    expect(kind('constructor __proto__', '__proto__ constructor')).toBe('different');
  });

  it('never calls two real words a typo or a spelling variant of each other', () => {
    expect(kind('Where can I buy canoes?', 'Where can I buy canes?')).not.toBe('same');
    expect(kind('Why is the form filled?', 'Why is the form filed?')).not.toBe('same');
    expect(kind('Who is Jon Snow?', 'Who is John Snow?')).not.toBe('same');
  });

  it('gives up on texts that differ in too many places, quickly, whatever their length', () => {
    const left = Array.from({ length: 20_000 }, (_, index) => `w${index}`).join(' ');
    const right = Array.from({ length: 20_000 }, (_, index) => `v${index}`).join(' ');
    const started = performance.now();
    expect(kind(left, right)).toBe('undecided');
    expect(kind('a'.repeat(100_000), 'a'.repeat(99_999) + 'b')).not.toBe('same');
    expect(performance.now() - started).toBeLessThan(10_000); // 10x margin over the ~1 s a slow machine needs
  });
});
