import { describe, expect, it } from 'vitest';
import { useVerifier } from '../unit/cache/verify/verifier-fixture.ts';

/**
 * Break session 11: prompts built to look alike but mean something else, against the new verifier rules
 * (language.ts looksEnglish, clause-move.ts holdsSecondClause, noun-number.ts, courtesy.ts). A pair listed under
 * "served wrongly" is answered `same` today; the assertion states the correct verdict (not `same`).
 */
const { kind } = useVerifier();

describe('language.ts: Spanish/Portuguese with one function word passes for English', () => {
  // "¿Qué come?" / "¿Qué comes?" is language.ts's own example; without the inverted mark and the accent, or with one
  // foreign function word only, "come"/"comes" is read as an English inflection: he eats / you eat.
  it.each([
    ['Como come?', 'Como comes?'],
    ['Que come?', 'Que comes?'],
    ['Mi perro come carne?', 'Mi perro comes carne?'],
    ['Tu come pizza?', 'Tu comes pizza?'],
  ])('%s / %s is not served', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });
  it.each([
    ['¿Qué come?', '¿Qué comes?'],
    ['Que come el gato?', 'Que comes el gato?'],
    ['O que come ao almoço?', 'O que comes ao almoço?'],
  ])('%s / %s is not served (holds)', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });
});

describe('clause-move.ts holdsSecondClause: a reporting verb it does not list, or a recipient longer than its reach', () => {
  it.each([
    ['Before the meeting, how do I remind my boss I am leaving?', 'How do I remind my boss I am leaving before the meeting?'],
    ['When I get back, how do I notify my landlord I am moving?', 'How do I notify my landlord I am moving when I get back?'],
    ['After the call, how do I email my boss I quit?', 'How do I email my boss I quit after the call?'],
    ['When I get back, how do I tell my very good old friend that I lost my job?', 'How do I tell my very good old friend that I lost my job when I get back?'],
  ])('%s / %s is not served', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });
  it.each([
    ['When I get back from vacation, how do I tell my boss I am quitting?', 'How do I tell my boss I am quitting when I get back from vacation?'],
    ['If it rains, how do I tell my kids we are not going?', 'How do I tell my kids we are not going if it rains?'],
  ])('%s / %s is not served (holds)', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });
  it('still serves a move with no reported clause', () => {
    expect(kind('If I have a cold, should I exercise?', 'Should I exercise if I have a cold?')).toBe('same');
  });
});

describe('noun-number.ts and courtesy.ts: what holds', () => {
  it.each([
    ['How do I rename a file in bash?', 'How do I rename files in bash?'],
    ['I want to download a video', 'I want to download videos'],
    ['What is the capital of Bolivia?', 'What are the capitals of Bolivia?'],
    ['What is the official language of Switzerland?', 'What are the official languages of Switzerland?'],
    ['Name the tallest building in the world', 'Name the tallest buildings in the world'],
    ['Text my wife good morning', 'Text my wife good night'],
    ['tell my team hi', 'tell my team bye'],
    ['Tell my boss thanks', 'Tell my boss sorry'],
    ['Write a thank you note to my boss', 'Write a sorry note to my boss'],
    ['Good morning! What should I eat?', 'Good night! What should I eat?'],
  ])('%s / %s is not served', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
    expect(kind(asked, stored)).not.toBe('same');
  });
});
