import { describe, expect, it } from 'vitest';
import { chatKeyParts } from '../../../../src/api/openai-chat/chat-key-parts.ts';
import { keyOf } from '../../../../src/cache/request-key.ts';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 53: red teams on other languages, long shared contexts and constraints; the pairs under notServed were served before.

describe('a question mark on a statement of another language that opens with a noun, a name, a time or a verb', () => {
  notServed([
    ['Der Zug ist abgefahren.', 'Der Zug ist abgefahren?'],
    ['Sei stanco.', 'Sei stanco?'],
    ['Le train est parti.', 'Le train est parti ?'],
    ['Morgen regnet es.', 'Morgen regnet es?'],
    ['De trein is vertrokken.', 'De trein is vertrokken?'],
    ['Llegaste tarde otra vez.', 'Llegaste tarde otra vez?'],
    ['Cerraron el restaurante de la esquina.', 'Cerraron el restaurante de la esquina?'],
  ]);
  served([
    ['Hast du morgen Zeit.', 'Hast du morgen Zeit?'],
    ['Kannst du mir helfen.', 'Kannst du mir helfen?'],
    ['Gibt es hier WLAN.', 'Gibt es hier WLAN?'],
    ['Kom je morgen.', 'Kom je morgen?'],
    ['Puedes ayudarme con esto.', 'Puedes ayudarme con esto?'],
    ['Est-ce que tu viens demain.', 'Est-ce que tu viens demain ?'],
    ['Wo ist der Bahnhof.', 'Wo ist der Bahnhof?'],
    ['Quanto costa il biglietto.', 'Quanto costa il biglietto?'],
    ['Posso congelare il pane.', 'Posso congelare il pane?'],
  ]);
});

describe('an accent typed composed or decomposed, in a question of another language about the characters', () => {
  const key = (content: string) => keyOf(chatKeyParts({ model: 'm', messages: [{ role: 'user', content }] }, 'last-user'), { tenant: 't', route: 'r' }).id;
  it.each([
    'Wie viele Codepunkte hat „ö“?',
    'Chữ «ệ» là dựng sẵn hay tổ hợp?',
    'Warum findet Strg+F das Wort „Müller“ in meinem Dokument nicht?',
    'Сколько кодовых точек в «ё»?',
    '「が」のコードポイントはいくつですか？',
    'Combien de points de code contient « ç » ?',
    'Mi contraseña «Éclair2024» no funciona en el móvil. ¿Por qué?',
  ])('keeps the two forms apart: %j', (text) => {
    expect(key(text.normalize('NFD'))).not.toBe(key(text.normalize('NFC')));
  });
  it('still folds them in other prose of those languages', () => {
    expect(key('¿Qué significa café con leche?'.normalize('NFD'))).toBe(key('¿Qué significa café con leche?'));
    expect(key('Wie spät ist es in München?'.normalize('NFD'))).toBe(key('Wie spät ist es in München?'));
  });
});

describe('"a" dropped before a noun whose plural is itself, and the verb that agrees with one asked about', () => {
  notServed([
    ['Write a haiku about autumn.', 'Write haiku about autumn.'],
    ['Recommend a Netflix series for teenagers.', 'Recommend Netflix series for teenagers.'],
    ['Name an endangered species in Africa.', 'Name endangered species in Africa.'],
    ['Which TV series has won the most Emmys?', 'Which TV series have won the most Emmys?'],
    ['What aircraft is the fastest?', 'What aircraft are the fastest?'],
  ]);
  served([
    ['Write a haiku about autumn.', 'Please write a haiku about autumn.'],
    ['Which TV series has won the most Emmys?', 'Which TV series has won the most Emmys? Thanks!'],
    ['What do sheep eat?', 'What do sheep eat'],
  ]);
});

describe('a number made approximate by a hyphened word', () => {
  notServed([
    ['Print 50 odd numbers in Java.', 'Print 50-odd numbers in Java.'],
    ['Generate 40 odd integers between 1 and 200.', 'Generate 40-odd integers between 1 and 200.'],
    ['Name 20 odd animals.', 'Name 20-odd animals.'],
  ]);
  served([['Print 50-odd numbers in Java.', 'Please print 50-odd numbers in Java.']]);
});

describe('one thing or all of them after a command verb that acts on a batch', () => {
  notServed([
    ['Push the tag to origin.', 'Push the tags to origin.'],
    ['Upgrade the package with pip.', 'Upgrade the packages with pip.'],
    ['Amend the commit message in git.', 'Amend the commit messages in git.'],
    ['Cherry-pick the commit onto the release branch.', 'Cherry-pick the commits onto the release branch.'],
  ]);
  served([
    ['How do I cancel the subscription on my account?', 'How do I cancel the subscriptions on my account?'],
    ['Push the tag to origin.', 'Please push the tag to origin.'],
  ]);
});
