import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVERYDAY_SYNONYM_PAIRS } from '../../../../src/cache/verify/everyday-synonyms.ts';
import { typingSlip } from '../../../../src/cache/verify/word-forms.ts';
import { useVerifier } from './verifier-fixture.ts';

/**
 * The sixth round: the residual holes the README listed as known limitations, one class at a time. Every pair of
 * red-team-round-6.json (the corpus's category of the same name) must not be served; each class also keeps the
 * near-duplicates next to it that must still be.
 */
const fixture = useVerifier();
const { kind, verify } = fixture;
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
    ['What is the meaning of life?', 'What is meaning of life?'],
    ['Where is the bank?', 'Where is bank?'],
  ])('still serves %j for %j (an article dropped, or a/an)', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });
});

describe('synonyms only where they are interchangeable', () => {
  mustMiss('near-synonyms');

  it('reads a first sense that is a kind of the other word\'s as no synonym: crimson is a red', () => {
    expect(verify('Is the rose red?', 'Is the rose crimson?')).toEqual({ kind: 'different', reason: 'hyponym red/crimson' });
  });

  it.each([
    ['How do I fix a flat tire?', 'How do I repair a flat tire?'],
    ['Best way to buy a laptop', 'Best way to purchase a laptop'],
    ['When does the concert start?', 'When does the concert begin?'],
    ['Give me a big list of verbs', 'Give me a large list of verbs'],
    ['Suggest a good film for tonight', 'Suggest a good movie for tonight'],
    ['Is it hard to learn Korean?', 'Is it difficult to learn Korean?'],
    ['Is it safe to buy a used car?', 'Is it safe to buy a used automobile?'],
    ['How do I compute the mean?', 'How do I calculate the mean?'],
  ])('still serves %j for %j', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });

  it('lists only pairs that WordNet also calls synonyms in their common senses', () => {
    const notSynonyms = EVERYDAY_SYNONYM_PAIRS.filter(([a, b]) => fixture.lexicon.relation(a, b) !== 'synonym');
    expect(notSynonyms).toEqual([]);
  });
});

describe('a plural that names one thing', () => {
  mustMiss('plural-terms');

  it.each([
    ['How do spiders make webs?', 'How does a spider make webs?'],
    ['How are glaciers formed?', 'How is a glacier formed?'],
    ['What do bees eat?', 'What does a bee eat?'],
    ['History of the Olympic games', 'History of the Olympic game'],
    ['What are the benefits of yoga?', 'What is the benefit of yoga?'],
    ['Causes of earthquakes', 'Causes of an earthquake'],
  ])('still serves %j for %j (a generic plural)', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });
});

describe('a slip that spells an identifier in a text about code', () => {
  mustMiss('typo-spells-identifier');

  it.each([
    ['How do I receive payments online?', 'How do I recieve payments online?'],
    ['How to become a programmer', 'How to become a programer'],
    ['Explain the environment impact of plastic', 'Explain the enviroment impact of plastic'],
    ['How do I print the address of a pointer?', 'How do I print the address of a pointer?'],
  ])('still serves %j for %j (a typo in prose)', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });

  it('reads a doubled first letter as a name, not a slip: ttest, mmap, aapt', () => {
    expect(typingSlip('ttest', 'test')).toBeUndefined();
    expect(typingSlip('mmap', 'map')).toBeUndefined();
    expect(typingSlip('adress', 'address')).toBe('double');
  });
});

describe('line breaks and runs of spaces where the layout is the question or the text is code', () => {
  mustMiss('layout');

  it.each([
    ['Summarize this: The meeting moved to Friday because the room was booked.', 'Summarize this:\nThe meeting moved to Friday because the room was booked.'],
    ['Translate to French: I would like a coffee, please.', 'Translate to French:\nI would like a coffee, please.'],
    ['What is the capital of France?', 'What is the capital  of France?'],
    ['Write a haiku about rain', 'Please write a haiku about rain'],
    // The poem itself is compared verbatim since session 10 (a text under an instruction about it): only the
    // instruction may differ.
    ['How many lines does this poem have?\nRoses are red\nViolets are blue', 'how many lines does this poem have?\nRoses are red\nViolets are blue'],
  ])('still serves %j for %j (a line wrap in prose)', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });
});

describe('a float literal at a sentence end, a vocative comma, a described counted object', () => {
  mustMiss('float-vocative-counted');

  it.each([
    ['The answer is 1.', 'The answer is 1'],
    ['Can you help me, please?', 'Can you help me please?'],
    ['I need a tent, which one?', 'I need a tent - which one?'],
    ['Is it safe, though?', 'Is it safe though?'],
    ['Paris, France: best museums?', 'Paris , France: best museums?'],
    ['Weather in Austin, Texas?', 'Weather in Austin Texas?'],
    ['Tips for growing tomato', 'Tips for growing tomatoes'],
    ['How to clean a leather shoe', 'How to clean leather shoe'],
  ])('still serves %j for %j', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });
});

describe('everyday typos and negations typed without an apostrophe', () => {
  it.each([
    ['What is the length of the Nile?', 'What is the lenght of the Nile?'],
    ['Definitely the best pizza in Naples?', 'Definately the best pizza in Naples?'],
    ['Is the existence of God provable?', 'Is the existance of God provable?'],
    ["Why can't I sleep?", 'Why cant I sleep?'],
    ["Why won't my car start?", 'Why wont my car start?'],
    ["I can't open the file", 'I cant open the file'],
    ["Why doesn't my phone charge?", 'Why doesnt my phone charge?'],
    ["Why isn't my code working?", 'Why isnt my code working?'],
  ])('serves %j for %j', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });

  it.each([
    ['Is it safe to send money to strangers using venmo?', 'Is it safe to send money to strangers using venom?'],
    ['What does wont mean?', "What does won't mean?"],
    ['Is cant a real word?', "Is can't a real word?"],
    ['As is his wont, he left early. What does wont mean here?', "As is his won't, he left early. What does won't mean here?"],
    ['How do I install containor with npm?', 'How do I install container with npm?'],
    ['How do I use a schedular in Go?', 'How do I use a scheduler in Go?'],
    ['What is the referentiel?', 'What is the referential?'],
    ['What is containor?', 'What is container?'],
  ])('still does not serve %j for %j', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it('reads a swap of the last two letters as a slip only in longer words, and a vowel for a vowel only inside long words', () => {
    expect(typingSlip('lenght', 'length')).toBe('swap');
    expect(typingSlip('venmo', 'venom')).toBeUndefined();
    expect(typingSlip('definately', 'definitely')).toBe('vowel');
    expect(typingSlip('spacy', 'spicy')).toBeUndefined();
    expect(typingSlip('referentiel', 'referential')).toBeUndefined();
    expect(typingSlip('subnet', 'subset')).toBeUndefined();
  });
});
