import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 11's red team (2,143 pairs in 24 classes, 1,134 served by the code before): classes where a rule accepted
 * a difference that changes the answer. Each not-served pair was served before; each served pair is a harmless
 * rewording the fix must keep.
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('the courtesy that is the message to someone', () => {
  notServed([
    ['Write a card to tell my neighbor sorry', 'Write a card to tell my neighbor thank you'],
    ['How do I tell my boss sorry', 'How do I tell my boss thanks'],
    ['How do I tell him thanks?', 'How do I tell him sorry?'],
    ['Write a message to tell my team thank you', 'Write a message to tell my team sorry'],
    ['Write a cute message to wish my grandma good morning', 'Write a cute message to wish my grandma good evening'],
    ['Compose a text to let my wife know good morning', 'Compose a text to let my wife know good evening'],
    ['Write a card to tell my coworker thank you', 'Write a card to tell my coworker hello'],
  ]);
  served([
    ['Write a card to tell my husband thanks', 'Write a card to tell my husband thank you'],
    ['Help me write a note to tell my dad hi', 'Help me write a note to tell my dad hello'],
    ['Write a short text to tell my students thank you.', 'Write a short text to tell my students thank you so much.'],
    ['Tell me a joke, thanks', 'Tell me a joke'],
    ['How do I reset my password thanks', 'How do I reset my password'],
    ['Can you tell my story thanks', 'Can you tell my story'],
    ['Hi, what is recursion? Thanks', 'Hello, what is recursion?'],
    ['Good morning! What is recursion?', 'Hi! What is recursion?'],
    ['Explain recursion, thanks in advance', 'Explain recursion, thank you so much'],
    // A noun after a preposition is no verb whose object "please" could be (this was kept as content before).
    ['Tell me a fun fact about cats please', 'Tell me a fun fact about cats'],
    ['How do I ask for help in French please', 'How do I ask for help in French'],
  ]);
});

describe('greetings of other times of day around a request the time changes', () => {
  notServed([
    ['Good morning! What should I eat?', 'Good evening! What should I eat?'],
    ["Good morning, What's a good workout to do now?", "Good afternoon, What's a good workout to do now?"],
  ]);
  // Courtesy of other kinds, and other times of day around a question the time does not change (red team 2).
  served([
    ['Good morning! What is recursion?', 'What is recursion?'],
    ['Sorry, what is recursion?', 'Thanks, what is recursion?'],
    ['Sorry, how do I reverse a list in Python?', 'How do I reverse a list in Python? Thanks!'],
    // Two times of day are no politeness since session 39 (red-team-46.test.ts).
  ]);
});

describe('"Tell me" before a statement asks to be told it', () => {
  notServed([
    ['Tell me you love me', 'You love me'],
    ["Tell me I'm not crazy", "I'm not crazy"],
    ["Tell me it's safe to eat raw chicken", "It's safe to eat raw chicken"],
  ]);
  served([
    ['Tell me what recursion is', 'What recursion is'],
    ['Tell me how to boil an egg', 'How to boil an egg'],
  ]);
});

describe('one thing or a ranking: a selecting word or a superlative before the noun', () => {
  notServed([
    ['How tall is the tallest building in Japan?', 'How tall are the tallest buildings in Japan?'],
    ['Who designed the tallest building in Dubai?', 'Who designed the tallest buildings in Dubai?'],
    ['How much does the most expensive house in London cost?', 'How much do the most expensive houses in London cost?'],
    ['What is the official language of Switzerland?', 'What are the official languages of Switzerland?'],
    ['What is the leading cause of death in the US?', 'What are the leading causes of death in the US?'],
    ["I'm looking for the best hotel in Europe", "I'm looking for the best hotels in Europe"],
    // Nouns whose answer is one thing or a set (ANSWER_SET_NOUNS): South Africa has three capitals, x² = 4 two solutions.
    ['What is the capital of South Africa?', 'What are the capitals of South Africa?'],
    ['What is the time zone of the US?', 'What are the time zones of the US?'],
    ['What is the solution to x^2 = 4?', 'What are the solutions to x^2 = 4?'],
  ]);
  served([
    ['What is the benefit of yoga?', 'What are the benefits of yoga?'],
    ['What is the best laptop for students?', 'What is the best laptop for a student?'],
  ]);
});

describe('one thing or a batch, the object of a verb that acts on files, rows or packages', () => {
  notServed([
    ['How do I rename a file in Linux?', 'How do I rename files in Linux?'],
    ['How do I rename a column in pandas?', 'How do I rename columns in pandas?'],
    ['How do I download a video from YouTube?', 'How do I download videos from YouTube?'],
  ]);
  served([
    ['How do I rename a file in Linux?', 'How can I rename a file in Linux?'],
    ['Why does pip install requests fail on Windows?', 'Why does pip install requests fails on Windows?'],
  ]);
});

describe('word forms in Spanish or Portuguese are no English inflection', () => {
  notServed([
    ['¿Cuánto vale?', '¿Cuánto vales?'],
    ['¿Qué come en el desayuno?', '¿Qué comes en el desayuno?'],
    ['Qué dice de mí?', 'Qué dices de mí?'],
    ['O que come ao pequeno-almoço?', 'O que comes ao pequeno-almoço?'],
  ]);
  served([
    ['How do I centre a div in CSS?', 'How do I center a div in CSS?'],
    ['How do I sort a list in Python?', 'How do I sort lists in Python?'],
    ['What does "que" mean in Spanish?', 'What does "que" mean in Spanish'],
  ]);
});

describe('a clause moved to the end of one that holds a second clause', () => {
  notServed([
    ["When I get back from vacation, how do I tell my boss I'm quitting?", "How do I tell my boss I'm quitting when I get back from vacation?"],
    ["Once the project ends, how do I let my manager know I'm resigning?", "How do I let my manager know I'm resigning once the project ends?"],
  ]);
  served([['If it rains tomorrow, what should I wear?', 'What should I wear if it rains tomorrow?']]);
});

/**
 * A second red team against the rules above (1,092 harmless near-duplicates, of which the first version of the
 * rules lost 421; 553 pairs aimed at them): what the rules must still serve, and the bypasses they now close.
 */
describe('the rules above, second pass: harmless pairs they must not refuse', () => {
  served([
    // Two times of day are no politeness since session 39 (red-team-46.test.ts).
    ['If I have a cold, do you think I should exercise?', 'Do you think I should exercise if I have a cold?'],
    ['MIT license vs GPL license', 'MIT licence vs GPL licence'],
    ['How do I open a zip file in Windows?', 'How do I open zip files in Windows?'],
    ['How do I resolve a merge conflict in git?', 'How do I resolve merge conflicts in git?'],
    ['What is a copy constructor?', 'What are copy constructors?'],
    ['write a poem i can send my girlfriend thanks', 'write a poem i can send my girlfriend'],
  ]);
});

describe('the rules above, second pass: bypasses closed', () => {
  notServed([
    ['How do I tell John sorry?', 'How do I tell John?'],
    ['Help me email my professor sorry', 'Help me email my professor'],
    ['Tell me that you love me', 'That you love me'],
    ["How tall is the world's tallest building?", "How tall are the world's tallest buildings?"],
    ['How do I install a Python package?', 'How do I install Python packages?'],
    ['Renaming a file in Linux', 'Renaming files in Linux'],
    ['Dónde eras feliz?', 'Dónde era feliz?'],
    ['When I get back from vacation, how do I tell my boss that my coworker is quitting?', 'How do I tell my boss that my coworker is quitting when I get back from vacation?'],
  ]);
});
