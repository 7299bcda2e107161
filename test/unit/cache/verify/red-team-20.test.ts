import { describe, expect, it } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 16: three red teams (math, dates, money and structured data; other languages, output instructions,
 * roles and scope; RAG prompts, templates, code and swapped orders: ~1,200 pairs) found these wrong answers and one
 * crash. Each not-served pair was served by the code before (the crash threw), and asks another thing; each served
 * pair is a rewording the fixes must keep.
 */
const { kind, verify } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a verification that threw: "Give me a <number> <noun> …" (the "me" rule looked up the number as a word)', () => {
  it.each([
    ['Give me a 4 week workout plan', 'Give me a 4 week workout plan!'],
    ['Give me the 5 best ideas for a party', 'Give me the 5 best ideas for a party.'],
    ['Show us a 3 day itinerary for Rome', 'Show us a 3 day itinerary for Rome?'],
  ])('verifies %s / %s without throwing', (stored, asked) => {
    expect(() => verify(stored, asked)).not.toThrow();
    expect(kind(stored, asked)).toBe('same');
  });
});

describe('a dash between amounts with a currency sign or a version is a range or a subtraction, not a clause break', () => {
  notServed([
    ['Best TV for $500 - $800', 'Best TV for $500, $800'],
    ['What is $1,000 - $500?', 'What is $1,000, $500?'],
    ["What's 20% of $1,000 - $500?", "What's 20% of $1,000, $500?"],
    ['Hotels from £80 – £120 per night', 'Hotels from £80, £120 per night'],
    ['Find flights for €50 - €100', 'Find flights for €50, €100'],
    ['Shipping costs $5 - $10', 'Shipping costs $5. $10'],
    ['Shipping costs $5 - $10', 'Shipping costs $5; $10'],
    ['Is it cheaper to pay 5 - $10 per month?', 'Is it cheaper to pay 5, $10 per month?'],
    ["What's the rate for 10 - ¥20?", "What's the rate for 10, ¥20?"],
    ['Changes from v1.2 - v1.5', 'Changes from v1.2, v1.5'],
  ]);
  served([
    ['I need a tent - which one should I buy?', 'I need a tent, which one should I buy?'],
    ['Best TV for $500 - $800', 'best TV for $500 - $800?'],
  ]);
});

describe('a sentence to say in another language, asked as a question, keeps its courtesies', () => {
  notServed([
    ['How do you say this in Spanish? Please close the door.', 'How do you say this in Spanish? Close the door.'],
    ['How do you say this in German? Please sit down.', 'How do you say this in German? Sit down.'],
    ['Please sit down. How do you say this in German?', 'Sit down. How do you say this in German?'],
    ['How do you say this in Spanish? Could you help me?', 'How do you say this in Spanish? Help me?'],
    ['Can you help me? How would you say that in Japanese?', 'Help me. How would you say that in Japanese?'],
    ['How do you say this in Italian? Please call me back.', 'How do you say this in Italian? Call me back.'],
    ["What's this in Spanish? Please don't touch the paintings.", "What's this in Spanish? Don't touch the paintings."],
  ]);
  served([
    ['How do you say this in Spanish? Please close the door.', 'how do you say this in Spanish? Please close the door'],
    ['Please, how do I say good morning in Spanish?', 'How do I say good morning in Spanish?'],
  ]);
});

describe('a word of another language one letter from an English word is no typo of it', () => {
  notServed([
    ["Qu'est-ce qu'une facture ?", "Qu'est-ce qu'une fracture ?"],
    ["Qu'est-ce qu'une facture d'acompte ?", "Qu'est-ce qu'une fracture d'acompte ?"],
    ["Définition d'une facture", "Définition d'une fracture"],
    ["Définition d'une facture ?", "Définition d'une fracture ?"],
  ]);
  served([
    ['How do I adjust the temperature of my fridge?', 'How do I adjust the temprature of my fridge?'],
    ['How do I thank my co-worker for her help?', 'How do I thank my co-worker for her hlep?'],
  ]);
});

describe('a keyword asked about in a named language has no synonym', () => {
  notServed([
    ['What does choose do in SQL Server?', 'What does select do in SQL Server?'],
    ['What does select do in SQL?', 'What does choose do in SQL?'],
    ['How does try work in Python?', 'How does attempt work in Python?'],
    ['What does car return in Lisp?', 'What does automobile return in Lisp?'],
  ]);
  served([
    ['How do I fix my iPhone?', 'How do I repair my iPhone?'],
    ['What is the fastest way to learn to code?', 'What is the quickest way to learn to code?'],
  ]);
});
