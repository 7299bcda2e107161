import { describe, expect, it } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 13's red teams, English prose: classes where a tolerance accepted a difference that changes the answer.
 * Each not-served pair was served by the code before its fix; each served pair is a harmless rewording the fix
 * must keep.
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('a phrase moved to the end next to a number reads the number in it', () => {
  notServed([
    ['In binary, what is 10?', 'What is 10 in binary?'],
    ['In hex, what is 40?', 'What is 40 in hex?'],
    ['In octal, what number is 17?', 'What number is 17 in octal?'],
    ['Using base 3, what is 21?', 'What is 21 using base 3?'],
    ['In binary, what does 1010 equal?', 'What does 1010 equal in binary?'],
    ['In kelvin, how cold is 0 degrees?', 'How cold is 0 degrees in kelvin?'],
    ['In Roman numerals, what is 12?', 'What is 12 in Roman numerals?'],
  ]);
  served([
    ['In Python, how do I reverse a list?', 'How do I reverse a list in Python?'],
    ['For a beginner, what is the best guitar?', 'What is the best guitar for a beginner?'],
    ['In French, how do you say good night?', 'How do you say good night in French?'],
  ]);
});

describe('a label the question before names introduces the text it asks about', () => {
  notServed([
    ['Does the customer say please? Customer: send me the invoice please', 'Does the customer say please? Customer: send me the invoice'],
    ['Is the user asking a question? User: you shipped it already.', 'Is the user asking a question? User: you shipped it already?'],
    ['Does the reply contain an exclamation mark? Reply: We shipped it!', 'Does the reply contain an exclamation mark? Reply: We shipped it.'],
    ['Does the email end with a question? Email: Can we meet on Monday?', 'Does the email end with a question? Email: Can we meet on Monday.'],
    ["Does the tweet use a contraction? Tweet: we can't wait", 'Does the tweet use a contraction? Tweet: we cannot wait'],
    ['Is the caller polite? Caller: Send it today please', 'Is the caller polite? Caller: Send it today'],
  ]);
  served([
    ['Answer using only the context below. Context: The shop opens at 9. Question: When does the shop open?', 'Answer using only the context below. Context: The shop opens at 9. Question: When does the shop open, please?'],
    ['Is the customer angry? Customer: I want my money back now', 'is the customer angry? Customer: I want my money back now'],
  ]);
});

describe('the same words cut into sentences at other places', () => {
  notServed([
    ['The museum is free. On Sundays, it closes at noon. Is it free on Mondays?', 'The museum is free on Sundays. It closes at noon. Is it free on Mondays?'],
    ['Take the pill. After meals, drink a glass of water.', 'Take the pill after meals. Drink a glass of water.'],
    ['My car will not start. In the morning, what should I check first?', 'My car will not start in the morning. What should I check first?'],
    ['I feel dizzy. After running, should I see a doctor?', 'I feel dizzy after running. Should I see a doctor?'],
    ['The bridge is closed. Until Friday, use the ferry.', 'The bridge is closed until Friday. Use the ferry.'],
  ]);
  served([
    ['Hi. How are you today?', 'Hi, how are you today?'],
    ['My laptop is slow. What should I do?', 'My laptop is slow, what should I do?'],
    ['I need help! Can you fix my code?', 'I need help. Can you fix my code?'],
    ['What is recursion? Explain simply.', 'What is recursion. Explain simply'],
  ]);
});

describe('the number of something picked out by "the", a possessive or a name', () => {
  notServed([
    ['Tell me about the founder of Apple.', 'Tell me about the founders of Apple.'],
    ['How old is the daughter of Barack Obama?', 'How old are the daughters of Barack Obama?'],
    ['Write a birthday poem for my daughter.', 'Write a birthday poem for my daughters.'],
    ["What did Obama's daughter study?", "What did Obama's daughters study?"],
    ['What did the inventor of the telephone study?', 'What did the inventors of the telephone study?'],
    ['What is known about the moon of Mars?', 'What is known about the moons of Mars?'],
    ['When was the sequel to Dune released?', 'When were the sequels to Dune released?'],
    ['How long is the Harry Potter movie?', 'How long are the Harry Potter movies?'],
    ['How tall is the tower of Notre-Dame?', 'How tall are the towers of Notre-Dame?'],
  ]);
  served([
    ['What does a teacher earn in Texas?', 'What do teachers earn in Texas?'],
    ['How much should I pay a babysitter?', 'How much should I pay babysitters?'],
    ['What are the benefits of yoga?', 'What is the benefit of yoga?'],
    ['History of the Olympic games', 'History of the Olympic game'],
  ]);
});

describe('the words a requested text is to say are its message, courtesies included', () => {
  notServed([
    ['Write a sign saying keep off the grass please', 'Write a sign saying keep off the grass'],
    ['Write a Slack message to my team saying the deploy is done, thanks', 'Write a Slack message to my team saying the deploy is done'],
    ['Make a card that reads happy birthday mom, sorry I missed it', 'Make a card that reads happy birthday mom, I missed it'],
    ['Draft an out-of-office reply saying I am away until Monday, thank you', 'Draft an out-of-office reply saying I am away until Monday'],
    ['Write a note for the fridge saying clean up after yourself please', 'Write a note for the fridge saying clean up after yourself'],
  ]);
  served([
    ['Write a sign saying keep off the grass', 'Please write a sign saying keep off the grass.'],
    ['Is it rude to start an email saying hope you are well?', 'Is it rude to start an email saying hope you are well'],
    ['Write an email saying that the meeting moved to Monday', 'Please write an email saying that the meeting moved to Monday'],
  ]);
});

describe('full-width and Arabic sentence marks are sentence punctuation, as their ASCII forms are', () => {
  served([
    ['东京塔有多高？', '东京塔有多高'],
    ['东京塔有多高？', '东京塔有多高?'],
    ['今日は何曜日ですか？', '今日は何曜日ですか。'],
    ['ما هي عاصمة فرنسا؟', 'ما هي عاصمة فرنسا'],
    ['我想学习中文，有什么建议？', '我想学习中文，有什么建议'],
  ]);
  notServed([
    ['东京塔有多高？', '上海塔有多高？'],
    ['ما هي عاصمة فرنسا؟', 'ما هي عاصمة ألمانيا؟'],
  ]);
});

describe('everyday rewordings the rules above leave served (a fifth red team, against the first versions)', () => {
  served([
    ['In Word, how do I start page numbers on page 3?', 'How do I start page numbers on page 3 in Word?'],
    ['In New York, what is the sales tax on $100?', 'What is the sales tax on $100 in New York?'],
    ['On Linux, what does rm -rf do?', 'What does rm -rf do on Linux?'],
    ['Sorry for the basic question. By the way, how do I remove a coffee stain?', 'Sorry for the basic question, by the way. How do I remove a coffee stain?'],
    ['I love your answers. Anyway, how do I cook rice?', 'I love your answers, anyway. How do I cook rice?'],
    ['What is the benefit of Pilates?', 'What are the benefits of Pilates?'],
    ['How do I export my Spotify playlist?', 'How do I export my Spotify playlists?'],
    ["What's the fastest way to delete my Instagram account?", "What's the fastest way to delete my Instagram accounts?"],
    ['How do I help my employee feel motivated?', 'How do I help my employees feel motivated?'],
    ['How do I get into reading novels again?', 'How do I get into reading a novel again?'],
    ['Does the user need a refund? User: I have been waiting for two weeks', 'Does the user need a refund? User: I have been waiting for two weeks.'],
    ["Is '13' an even number?", 'Is 13 an even number?'],
    ['What words start with the letter "q"?', 'What words start with the letter q?'],
    ['Why are SSDs so expensive right now?', 'why are ssds so expensive right now'],
    ['How do I make a WhatsApp-style chat app?', 'how do i make a whatsapp-style chat app?'],
    ['How do I sort my files A-Z?', 'how do i sort my files a-z?'],
  ]);
  notServed([
    ['In base 3, what is 10 plus two?', 'What is 10 plus two in base 3?'],
    ['In JavaScript, what does typeof \'1\' evaluate to?', 'In JavaScript, what does typeof 1 evaluate to?'],
    ['Is the caller angry or calm? Caller: I have been waiting for an hour!', 'Is the caller angry or calm? Caller: I have been waiting for an hour.'],
    ['how long to download 5 gb at 100 mbit', 'how long to download 5 gb at 100 MBit'],
  ]);
});

describe('a moved sentence boundary in a long text', () => {
  // 120,000 boundaries moved: more than a function call takes as arguments.
  it('is found without overflowing the stack', () => {
    const stored = 'tom ran. bob sat '.repeat(60_000);
    const asked = 'tom. ran bob. sat '.repeat(60_000);
    expect(kind(stored, asked)).toBe('different');
  });
});
