import { describe, expect, it } from 'vitest';
import { chatKeyParts } from '../../../../src/api/openai-chat/chat-key-parts.ts';
import { keyOf } from '../../../../src/cache/request-key.ts';
import { dataBlocks } from '../../../../src/cache/verify/data-block.ts';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 53: red teams on other languages, long shared contexts and constraints; the pairs under notServed were served before.

describe('a question mark on a statement of another language that opens with an article or a time and has a common verb', () => {
  notServed([
    ['Der Zug ist abgefahren.', 'Der Zug ist abgefahren?'],
    ['Le train est parti.', 'Le train est parti ?'],
    ['La réunion est annulée.', 'La réunion est annulée ?'],
    ['Morgen regnet es.', 'Morgen regnet es?'],
    ['De trein is vertrokken.', 'De trein is vertrokken?'],
    ['El tren ya salió.', 'El tren ya salió?'],
  ]);
  served([
    // A command, a phrase with no verb, a question by its word order (a review of a wider first version).
    ['Escribe un poema sobre el mar.', 'Escribe un poema sobre el mar?'],
    ['Dammi una ricetta per la carbonara.', 'Dammi una ricetta per la carbonara?'],
    ['Ist Pluto ein Planet.', 'Ist Pluto ein Planet?'],
    ['La capital de Francia.', 'La capital de Francia?'],
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
  it('still folds them in other prose of those languages, common words of searching and codes included', () => {
    expect(key('¿Qué significa café con leche?'.normalize('NFD'))).toBe(key('¿Qué significa café con leche?'));
    expect(key('Wie spät ist es in München?'.normalize('NFD'))).toBe(key('Wie spät ist es in München?'));
    expect(key('Wo finde ich günstige Flüge nach Köln?'.normalize('NFD'))).toBe(key('Wo finde ich günstige Flüge nach Köln?'));
    expect(key('¿Cuál es el código postal de Cádiz?'.normalize('NFD'))).toBe(key('¿Cuál es el código postal de Cádiz?'));
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
    // A kind spoken of, no ranking, a verb whose subject follows it (a review of the first version).
    ['Can a deer swim?', 'Can deer swim?'],
    ['What is a Fourier series?', 'What is Fourier series?'],
    ['What fish is high in omega-3?', 'What fish are high in omega-3?'],
    ['What aircraft does Ryanair use?', 'What aircraft do Ryanair use?'],
  ]);
});

describe('a number made approximate by a hyphened word', () => {
  notServed([
    ['Print 50 odd numbers in Java.', 'Print 50-odd numbers in Java.'],
    ['Generate 40 odd integers between 1 and 200.', 'Generate 40-odd integers between 1 and 200.'],
    ['Name 20 odd animals.', 'Name 20-odd animals.'],
  ]);
  served([
    ['Print 50-odd numbers in Java.', 'Please print 50-odd numbers in Java.'],
    ["I'm 50-plus, what exercises are safe for me?", "I'm 50–plus, what exercises are safe for me?"],
  ]);
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
    // Everyday senses, and an object that is no definite one (a review of the first version).
    ['How to close a deal', 'How to close deals'],
    ['How do you start an essay?', 'How do you start essays?'],
    ['How to push a Docker image to Docker Hub', 'How to push Docker images to Docker Hub'],
  ]);
});

describe('source code pasted without a fence is compared as a fenced block is', () => {
  const python = (line: string) => `Will this code run?\nimport json\n\ndef load(path):\n${line}\n        return json.load(fh)`;
  const js = (key: string) => `How many jobs run at once?\nconst { Queue } = require('fastqueue');\nconst q = new Queue('emails', { ${key}: 4, retries: 3 });\nq.process(async (job) => send(job.data));`;
  const sql = (where: string) => `What does this return?\nselect customer_id, count(*)\nfrom orders\n${where}\ngroup by customer_id`;
  const goRead = (condition: string) => `Does this compile?\nfunc read(path string) error {\n\tdata, err := os.ReadFile(path)\n\t${condition} {\n\t\treturn err\n\t}\n\tfmt.Println(len(data))\n\treturn nil\n}`;
  notServed([
    [goRead('if err != nil'), goRead('if the err != nil')],
    [js('concurrency'), js('concurrencies')],
    [sql("where status = 'paid' and created_at >= now() - interval '30 days'"), sql("where status = 'paid' and, created_at >= now() - interval '30 days'")],
  ]);
  served([
    [python('    with path.open() as fh:'), `Hi! ${python('    with path.open() as fh:')}`],
    [js('concurrency'), js('concurrency').replace('How many jobs run at once?', 'how many jobs run at once')],
    // Two lines of code keep the line rules' tolerance of a quote style or an optional semicolon.
    ['What does this print?\nx = "hi"\nprint(x)', "What does this print?\nx = 'hi'\nprint(x)"],
  ]);
  it('finds the block from its first statement to its last line of code, and none in prose or in two lines', () => {
    const text = 'Why does this fail?\n\nimport os\nfrom pathlib import Path\n\nroot = Path(os.getcwd())\nprint(root)\n\nIt worked yesterday.';
    expect(dataBlocks(text).map((block) => text.slice(block.index, block.end))).toEqual(['import os\nfrom pathlib import Path\n\nroot = Path(os.getcwd())\nprint(root)']);
    expect(dataBlocks('If you can:\nbuy milk\nand call mum.')).toEqual([]);
    expect(dataBlocks('What does this print?\nx = 1\nprint(x)')).toEqual([]);
  });
});
