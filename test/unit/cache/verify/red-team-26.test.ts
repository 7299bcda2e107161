import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 22: pairs that three red teams (tense, modality and negation; prompts not in English; numbers, dates
 * and money) found served wrongly (each not-served pair was `same` on the session's start code) and the
 * rewordings the fixes must keep serving (several from a review helper that attacked the first versions).
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('"which" against "what" where the word itself is asked about (team EB)', () => {
  notServed([
    ['How do you say which in German?', 'How do you say what in German?'],
    ['How do you spell which in Spanish?', 'How do you spell what in Spanish?'],
    ['Translate which to Spanish', 'Translate what to Spanish'],
    ['How do you write which in Chinese characters?', 'How do you write what in Chinese characters?'],
    ['Cómo se dice which en español?', 'Cómo se dice what en español?'],
    ['Was heißt which auf Deutsch?', 'Was heißt what auf Deutsch?'],
    ["What's which in Spanish?", "What's what in Spanish?"],
    ['What is the difference between which and who?', 'What is the difference between what and who?'],
    ['Can which be used for people?', 'Can what be used for people?'],
  ]);
  served([
    ['Which countries border Germany?', 'What countries border Germany?'],
    ['Because I travel often, which phone plan is best?', 'Because I travel often, what phone plan is best?'],
    // A review helper's: "which" before a preposition, or before "word", still opens the question.
    ['Which to choose for a first car: Civic or Corolla?', 'What to choose for a first car: Civic or Corolla?'],
    ['Which in your opinion is the best laptop for programming?', 'What in your opinion is the best laptop for programming?'],
    ["Which French word means 'cheese'?", "What French word means 'cheese'?"],
  ]);
});

describe('a statement a question mark turns into a question, in other languages (team EB)', () => {
  notServed([
    ['Er kommt morgen.', 'Er kommt morgen?'],
    ['Elle est partie.', 'Elle est partie ?'],
    ['Él vive en Madrid.', 'Él vive en Madrid?'],
    ['Он придёт завтра.', 'Он придёт завтра?'],
    // A Spanish question marked at both ends against the statement closed by a full stop: refused before only by
    // accident (the word after "¿" kept its capital), so they guard the "¿" fix below.
    ['¿Es seguro?', 'Es seguro.'],
    ['¿Puedo comer huevos crudos?', 'Puedo comer huevos crudos.'],
  ]);
  served([
    // The asker's own situation, or a thing, stays one question (as in English: "My laptop won't turn on?").
    ['Mi hijo puede tomar ibuprofeno con el estómago vacío.', 'Mi hijo puede tomar ibuprofeno con el estómago vacío?'],
    ['¿Qué hora es en Tokio?', 'Qué hora es en Tokio?'],
  ]);
});

describe('an opening "¿" or "¡" dropped (team EB)', () => {
  served([
    ['¿Qué hora es en Tokio?', 'Qué hora es en Tokio?'],
    ['¿Cómo funciona la fotosíntesis?', 'Cómo funciona la fotosíntesis?'],
    ['Hola. ¿Qué hora es?', 'Hola. Qué hora es?'],
    ['¡Qué frío hace hoy!', 'Qué frío hace hoy!'],
  ]);
});

describe('Turkish capitals folded the Turkish way (team EB)', () => {
  notServed([
    ['KIL NE DEMEK?', 'kil ne demek?'],
    ['SIR NE DEMEK?', 'sir ne demek?'],
    ['NE DEMEK SIKI?', 'ne demek siki?'],
  ]);
  served([
    ['WHAT IS THE CAPITAL OF ITALY?', 'what is the capital of italy?'],
    ['WHAT DOES TEŞEKKÜR EDERIM MEAN IN ENGLISH?', 'what does teşekkür ederim mean in english?'],
    ['¿QUÉ HORA ES EN TOKIO?', '¿qué hora es en tokio?'],
  ]);
});

describe('a word that limits a negation, moved across a sentence end (team EA)', () => {
  notServed([
    ["I don't drink really. Is a glass of wine a day bad for my liver?", "I don't drink. Really, is a glass of wine a day bad for my liver?"],
    ['I did not drink really. Can I drive?', 'I did not drink. Really, can I drive?'],
    ["I won't get the bonus either way. Should I quit?", "I won't get the bonus. Either way, should I quit?"],
    ["My husband doesn't work either. Do we qualify for Medicaid?", "My husband doesn't work. Either, do we qualify for Medicaid?"],
    ['I never exercise really. Is it too late to start at 50?', 'I never exercise. Really, is it too late to start at 50?'],
  ]);
  served([
    ['I love your answers. Anyway, how do I bake bread?', 'I love your answers anyway. How do I bake bread?'],
    ['I have no idea, really. Can you help?', 'I have no idea. Really, can you help?'],
  ]);
});

describe('"if you could" as a hypothetical\'s condition, not politeness (team EA)', () => {
  notServed([
    ['Would you live forever if you could?', 'Would you live forever?'],
    ['If you could, would you retire at 40?', 'Would you retire at 40?'],
    ['What would you change about your life if you could?', 'What would you change about your life?'],
  ]);
  served([
    ['Hi! My wife and I would like a room with a view if possible. Thanks!', 'Hi! My wife and I would like a room with a view. Thanks!'],
    ['What would be a good name for my bakery? Give me 10 options if you could.', 'What would be a good name for my bakery? Give me 10 options.'],
    ['Would you be able to translate this paragraph into French, if you could?', 'Would you be able to translate this paragraph into French?'],
  ]);
});

describe('the number of things picked out, where the amount asked for depends on it (team EC)', () => {
  notServed([
    ['How much paint do I need for the wall?', 'How much paint do I need for the walls?'],
    ['How much does it cost to replace the tire?', 'How much does it cost to replace the tires?'],
    ["What's the total price of the $15 shirt with 8% tax?", "What's the total price of the $15 shirts with 8% tax?"],
    ['How much does it cost to repaint the door?', 'How much does it cost to repaint the doors?'],
  ]);
  served([
    ['How much does a puppy cost?', 'How much do puppies cost?'],
    ['How much should I pay a babysitter?', 'How much should I pay babysitters?'],
    ['What is the average price of a house in Austin?', 'What is the average price of houses in Austin?'],
    ['How do I train a puppy?', 'How do I train puppies?'],
  ]);
});

describe('a time moved to the end, into a condition, a reported clause or an infinitive (teams EA and EC)', () => {
  notServed([
    ['After 24 hours, how much alcohol is in my blood if I drink 5 beers?', 'How much alcohol is in my blood if I drink 5 beers after 24 hours?'],
    ['In 5 years, how much will I have if I invest $100 a month?', 'How much will I have if I invest $100 a month in 5 years?'],
    ['In 2022, what did Musk say Tesla would deliver?', 'What did Musk say Tesla would deliver in 2022?'],
    ['In March, what did the Fed signal it would do?', 'What did the Fed signal it would do in March?'],
    ['In 2 years, how much should I save to buy a $30,000 car?', 'How much should I save to buy a $30,000 car in 2 years?'],
    ['At 60, how much will I get when I retire?', 'How much will I get when I retire at 60?'],
  ]);
  served([
    ['If I am 30, how much life insurance do I need?', 'How much life insurance do I need if I am 30?'],
    ['In Canada, can I work while I study?', 'Can I work while I study in Canada?'],
    ['In Python 3, how do I check if a file exists?', 'How do I check if a file exists in Python 3?'],
    ['In 2024, what is the best way to invest $10k?', 'What is the best way to invest $10k in 2024?'],
  ]);
});
