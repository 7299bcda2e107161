import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 24: two red teams' wrong hits (shared contexts and templates; word order, opposites and titles). Each
 * not-served pair of the first six blocks was `same` before this session's change; each served pair there is a
 * neighbour the rule must keep. The last block's served pairs were refused before (a red team's must-hit pairs),
 * and its not-served pairs are neighbours the new equivalences must not join.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a minus sign before a currency amount', () => {
  notServed([
    ['Context:\nAccount balance: -$250.00\n\nQuestion: Do I owe money?', 'Context:\nAccount balance: $250.00\n\nQuestion: Do I owe money?'],
    ['Context:\nNet income: -$1.2M\nRevenue: $8.4M\n\nQuestion: Was the company profitable?', 'Context:\nNet income: $1.2M\nRevenue: $8.4M\n\nQuestion: Was the company profitable?'],
    ['Total due: - $40.00. Do I need to pay anything?', 'Total due: $40.00. Do I need to pay anything?'],
    ['Please explain: -$.50 on my statement', 'Please explain: $.50 on my statement'],
    ['Context:\nClosing balance: -€261.55\nOverdraft limit: €500.00\n\nAm I overdrawn?', 'Context:\nClosing balance: €261.55\nOverdraft limit: €500.00\n\nAm I overdrawn?'],
  ]);
  served([
    ['- $250 for shipping\n- $40 for tax\nWhat is the total?', '- $250 for shipping\n- $40 for tax\nwhat is the total?'],
    ['Is -$5 less than -$3?', 'is -$5 less than -$3?'],
  ]);
});

describe('a phrase moved to the end of a relative clause without "that"', () => {
  notServed([
    ['Before the surgery, should I stop taking aspirin my doctor prescribed?', 'Should I stop taking aspirin my doctor prescribed before the surgery?'],
    ['After my divorce, can I keep the house my parents gave us?', 'Can I keep the house my parents gave us after my divorce?'],
    ['In Germany, do I have to pay tax on the money I earn?', 'Do I have to pay tax on the money I earn in Germany?'],
    ['At night, can I give my baby the medicine the doctor prescribed?', 'Can I give my baby the medicine the doctor prescribed at night?'],
    ['In Canada, do I pay tax on the crypto I sold?', 'Do I pay tax on the crypto I sold in Canada?'],
    ['In court, can I use the texts my ex sent me?', 'Can I use the texts my ex sent me in court?'],
    ['On Monday, should I take the pills I was given?', 'Should I take the pills I was given on Monday?'],
    ['On Monday, can I use the texts that my ex sent me?', 'Can I use the texts that my ex sent me on Monday?'],
    ['During pregnancy, is it safe to eat the fish my husband caught?', 'Is it safe to eat the fish my husband caught during pregnancy?'],
  ]);
  served([
    ['In Python, how do I reverse a list?', 'How do I reverse a list in Python?'],
    ['In Excel, how do I sum the values I selected?', 'How do I sum the values I selected in Excel?'],
    ['In the kitchen, how do I clean the floor tiles?', 'How do I clean the floor tiles in the kitchen?'],
    ['At night, why does my dog bark?', 'Why does my dog bark at night?'],
    ['In Germany, how much tax do I pay?', 'How much tax do I pay in Germany?'],
    ['After the update, why does my phone crash?', 'Why does my phone crash after the update?'],
    ['On weekends, what time does the library open?', 'What time does the library open on weekends?'],
    ['In March, where can I see cherry blossoms that are in full bloom?', 'Where can I see cherry blossoms that are in full bloom in March?'],
    // A review helper's: a compound noun after the question's own verb is no clause ("my car / tires").
    ['Before winter, should I check my car tires?', 'Should I check my car tires before winter?'],
    ['In the morning, should I water my garden plants?', 'Should I water my garden plants in the morning?'],
  ]);
});

describe('politeness that opens a title searched for', () => {
  notServed([
    ["don't go lyrics", "please don't go lyrics"],
    ['forgive me lyrics', 'please forgive me lyrics'],
    ["don't leave me lyrics pink", "please don't leave me lyrics pink"],
    ['sorry seems to be the hardest word chords', 'seems to be the hardest word chords'],
    ['excuse me miss lyrics', 'miss lyrics'],
    ['sorry not sorry meaning', 'not sorry meaning'],
    ['please please me album release date', 'please me album release date'],
    ['i want to know what love is chords', 'what love is chords'],
  ]);
  served([
    ['Please explain the meaning of this poem', 'Explain the meaning of this poem'],
    ['Please write the lyrics for a birthday song', 'Write the lyrics for a birthday song'],
    ['Please give me a song about summer', 'Give me a song about summer'],
    ['What is the meaning of life? Thanks', 'What is the meaning of life?'],
    // A review helper's: questions about songs, and choosing one.
    ["Hi, what's a good workout song?", "What's a good workout song?"],
    ["hey what's the best Drake album", "what's the best Drake album"],
    ['please help me choose a first dance song', 'help me choose a first dance song'],
  ]);
});

describe('politeness inside a pasted text', () => {
  notServed([
    [
      'Context:\nHi team,\n\nQuick update on the Q3 launch: the beta goes out to 500 users on July 8. Please review the release notes by Friday and flag anything missing.\n\nThanks,\nMaria\n\nQuestion: Does Maria say please?',
      'Context:\nHi team,\n\nQuick update on the Q3 launch: the beta goes out to 500 users on July 8. Review the release notes by Friday and flag anything missing.\n\nThanks,\nMaria\n\nQuestion: Does Maria say please?',
    ],
    ['Context:\nYour order shipped today. Thank you!\n\nQuestion: How many sentences does the message have?', 'Context:\nYour order shipped today.\n\nQuestion: How many sentences does the message have?'],
    ['Context:\nAgent: The item is out of stock, sorry. It will be back next week.\n\nQuestion: Did the agent apologize?', 'Context:\nAgent: The item is out of stock. It will be back next week.\n\nQuestion: Did the agent apologize?'],
    ['Please find attached the invoice for March.\n\nCount the words in the message.', 'Find attached the invoice for March.\n\nCount the words in the message.'],
    ['Create a weekly meal plan. Rules:\n- 2000 kcal per day\n- Avoid peanuts if you can\n- Max 30 min cooking', 'Create a weekly meal plan. Rules:\n- 2000 kcal per day\n- Avoid peanuts\n- Max 30 min cooking'],
    [
      'Doctor instructions:\n- Take 1 tablet with food\n- Avoid alcohol if possible\n- Call if the rash spreads\n\nCan I have a glass of wine?',
      'Doctor instructions:\n- Take 1 tablet with food\n- Avoid alcohol\n- Call if the rash spreads\n\nCan I have a glass of wine?',
    ],
  ]);
  served([
    ['Please explain what a closure is in JavaScript.', 'Explain what a closure is in JavaScript.'],
    ['Hi!\nHow do I center a div in CSS?\nThanks', 'How do I center a div in CSS?'],
    ['Rewrite this in a formal tone:\n\nWe are closed on Monday. Sorry for the trouble, see you Tuesday.', 'Please rewrite this in a formal tone:\n\nWe are closed on Monday. Sorry for the trouble, see you Tuesday.'],
    // A review helper's: the asker's own lines.
    ['Hi,\nCan you please help me write a cover letter?\nThanks', 'Hi,\nCan you help me write a cover letter?\nThanks'],
    ['Hello\nPlease explain recursion with an example\nThanks in advance', 'Hello\nExplain recursion with an example\nThanks in advance'],
    ['Some questions:\n1. Please explain what an API is\n2. What is REST?', 'Some questions:\n1. Explain what an API is\n2. What is REST?'],
    ["Please check the grammar of my sentence:\nShe don't like apples.\nIs the sentence correct?", "Check the grammar of my sentence:\nShe don't like apples.\nIs the sentence correct?"],
  ]);
});

describe('a plural with a sense of its own', () => {
  notServed([['Where do I declare goods at the airport?', 'Where do I declare good at the airport?']]);
});

describe('"2nd" is not the unit of time', () => {
  notServed([
    ['How many milliseconds are in a second?', 'How many milliseconds are in a 2nd?'],
    ['How far does light travel in one second?', 'How far does light travel in one 2nd?'],
  ]);
  served([
    ['Should I get a second opinion on my diagnosis?', 'Should I get a 2nd opinion on my diagnosis?'],
    ['Who was the second president of the US?', 'Who was the 2nd president of the US?'],
  ]);
});

describe('ways of writing the same thing that were refused (red teams\' must-hit pairs)', () => {
  served([
    ['Is it ok to eat eggs every day?', 'Is it okay to eat eggs every day?'],
    ['Is it OK to eat eggs every day?', 'Is it okay to eat eggs every day?'],
    ['How much water should I drink a day?', 'How much water should I drink per day?'],
    ['How many calories should I eat per day?', 'How many calories should I eat a day?'],
    ['How many hours a week should I study?', 'How many hours per week should I study?'],
    ['Can I take ibuprofen twice a day?', 'Can I take ibuprofen twice per day?'],
    ["What's the best way to learn Python? :)", "What's the best way to learn Python?"],
    ['Why is my code so slow :(', 'Why is my code so slow'],
  ]);
  notServed([
    ['What does OK stand for?', 'What does okay stand for?'],
    ['I love Mondays :)', 'I love Mondays'],
    ['Translate into emoji: I am happy :)', 'Translate into emoji: I am happy'],
    ['What does this mean :)', 'What does this mean'],
    ["What's the best way to learn Python? :)", "What's the best way to learn Python? :("],
    ['Is it safe to fast for a week?', 'Is it safe to fast per week?'],
    ['Should I write a hour?', 'Should I write per hour?'],
  ]);
});
