import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 34: red teams. One pasted texts (emails, posts, a bakery's page, a cover letter) under a question about the
 * text itself phrased in words no cue held — a check before sending ("Good to go?", "Can I post this on LinkedIn?"),
 * the reader's country ("Will this read naturally to Americans?", "Is this fine for our New York office?"), spelling
 * ("Is anything misspelled?"), length in words and the tone rated (12,400 pairs: 733 served). Another swapped domain
 * identifiers (16,800 pairs: drugs, doses, units, formulas, genes, products, codes, people all held) and found a unit's
 * prefix case folded in a text read as typed in lowercase ("12 mbar" / "12 Mbar": 280 of 546 served). Each not-served
 * pair was `same` on the session's start (3d23aad); the served pairs are near-duplicates the rules must leave alone.
 * Stored text first, as the proxy reads it.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a check of a pasted text before it is sent or posted', () => {
  notServed([
    ['Good to go? Hi Tom, I definately want the grey one, not the black one. Thanks, Anna', 'Good to go? Hi Tom, I definitely want the grey one, not the black one. Thanks, Anna'],
    ['Thanks for reaching out! Unfortunately, we have decided to move forward with another candidate. Ready to send?', 'Thanks for reaching out! Unfortunatly, we have decided to move forward with another candidate. Ready to send?'],
    ['Look this over before I send it. Thanks for reaching out! Unfortunately, we have decided to move forward with another candidate.', 'Look this over before I send it. Thanks for reaching out! Unfortunatly, we have decided to move forward with another candidate.'],
    ["I wont be able to make it tomorrow, Im sorry. Its been a crazy week. Is this good to post?", "I won't be able to make it tomorrow, Im sorry. Its been a crazy week. Is this good to post?"],
    ["The neighbour's dog barked all night and I couldnt sleep. Can we talk about it this weekend :)\n\nCan I post this on LinkedIn?", "The neighbour's dog barked all night and I couldn't sleep. Can we talk about it this weekend :)\n\nCan I post this on LinkedIn?"],
    ["Anything wrong here? Hey Sam, your dog barked all night and I couldnt sleep. Can we talk about it this weekend :)", "Anything wrong here? Hey Sam, your dog barked all night and I couldn't sleep. Can we talk about it this weekend :)"],
    ['Hi all, the enviroment variables for staging are in the vault. Dont commit them to git. Is this ok?', "Hi all, the enviroment variables for staging are in the vault. Don't commit them to git. Is this ok?"],
    ['Hi Sam, please find the slides attached. Let me know what you think. What would you change?', 'Hi Sam, find the slides attached. Let me know what you think. What would you change?'],
    ['Any issues before I hit send? Hi Sam, the invoice is attached, please pay it by Friday.', 'Any issues before I hit send? Hi Sam, the invoice is attached, pay it by Friday.'],
  ]);
  // A check that names no sending, after a situation, a plan or a budget: no check of wording (a review, session 34).
  served([
    ['My dog ate two grapes an hour ago. Is this ok?', 'my dog ate two grapes an hour ago. is this ok?'],
    ['Hi Tom, the meeting has moved to 3pm on Thursday. See you there, Anna. Good to go? Thanks!', 'Hi Tom, the meeting has moved to 3pm on Thursday. See you there, Anna. Good to go?'],
    ['My study plan: 8 weeks, 6 hours a day, flashcards every evening. Good to go?', 'My study plan: 8 weeks, 6 hours a day, flashcards every evenning. Good to go?'],
    ["My monthly budget: rent $1400, food $400, eating out $200. What would you change?", "My monthly budget: rent $1400, food $400, eating out $200. What would you change? Thanks!"],
    ['I bought a used phone on eBay and it is locked to a carrier. Can I send it back?', 'I bought a used phone on eBay and it is locked to a carrier.  Can I send it back?'],
    ['Ready to send? Thanks for reaching out! We have decided to move forward with another candidate.', 'ready to send?\n\nThanks for reaching out! We have decided to move forward with another candidate.'],
  ]);
});

describe("a pasted text judged for its reader's country", () => {
  notServed([
    ["Hi all, the neighbour's dog barked all night and I couldnt sleep. Can we talk about it this weekend :) Is this fine for our New York office?", "Hi all, the neighbor's dog barked all night and I couldnt sleep. Can we talk about it this weekend :) Is this fine for our New York office?"],
    ['Is this fine for a US audience? Our team will organise a workshop on data licence compliance next week. Please bring your laptop.', 'Is this fine for a US audience? Our team will organise a workshop on data license compliance next week. Please bring your laptop.'],
    ['We loved the colour of the new logo, but the centre alignment looks off on mobile. Can you fix it before we start the campaign? Is this ok for a US client?', 'We loved the color of the new logo, but the centre alignment looks off on mobile. Can you fix it before we start the campaign? Is this ok for a US client?'],
    ['Will this read naturally to Americans? I apologise for the delay. The cheque will be in the mail by Monday.', 'Will this read naturally to Americans? I apologize for the delay. The cheque will be in the mail by Monday.'],
    ['Dear neighbours, the street party is on Saturday. Please move your cars by 9am. Would an American reader notice anything odd here?', 'Dear neighbors, the street party is on Saturday. Please move your cars by 9am. Would an American reader notice anything odd here?'],
  ]);
});

describe("a pasted text's spelling, length in words and tone, asked in other words", () => {
  notServed([
    ['Is anything misspelled? Hi all, the enviroment variables for staging are in the vault. Dont commit them to git.', "Is anything misspelled? Hi all, the enviroment variables for staging are in the vault. Don't commit them to git."],
    ["Check the spelling. I wont be able to make it tomorrow, Im sorry. Its been a crazy week.", "Check the spelling. I won't be able to make it tomorrow, Im sorry. Its been a crazy week."],
    ["Did I use apostrophes correctly? The neighbour's dog barked all night and I couldnt sleep.", "Did I use apostrophes correctly? The neighbour's dog barked all night and I couldn't sleep."],
    ['How many words is this? The meeting is at 10am in the big conference room on the 2nd floor.', 'How many words is this? The meeting is at 10 am in the big conference room on the 2nd floor.'],
    ['Count the words. Dear neighbours, the street party is on Saturday. Please move your cars by 9am.', 'Count the words. Dear neighbours, the street party is on Saturday. move your cars by 9am.'],
    ['We loved the colour of the new logo. Please adjust it before the campaign launches. How long is this in words?', 'We loved the colour of the new logo. adjust it before the campaign launches. How long is this in words?'],
    ['Rate the tone from 1 to 10. Attached is the contract for review. Please sign and return it by Thursday.', 'Rate the tone from 1 to 10. Attached is the contract for review. sign and return it by Thursday.'],
    ["Is this a friendly message?\n\nHi Mark, please send me the Q3 report by Friday. I can't start the deck without it. Thanks", "Is this a friendly message?\n\nHi Mark, send me the Q3 report by Friday. I can't start the deck without it. Thanks"],
    ['Is this message warm enough? Congratulations on the new job! We will miss you!', 'Is this message warm enough? Congratulations on the new job. We will miss you!'],
  ]);
  served([
    ['Why is definitely so often misspelled?', 'why is definitely so often misspelled'],
    ['Write a Python function to count the words in a file.', 'Please write a Python function to count the words in a file.'],
    ['How do I turn off spell check in Word?', 'How do I turn off spell check in Word'],
    ['When do you use apostrophes with plurals?', 'when do you use apostrophes with plurals?'],
    ['How many characters is it ok to put in a tweet?', 'how many characters is it ok to put in a tweet?'],
    ['I set our thermostat to 18 degrees at night. Is this warm enough for a baby?', 'i set our thermostat to 18 degrees at night. is this warm enough for a baby?'],
  ]);
});

describe("a unit's prefix case after a number, in a text read as typed in lowercase", () => {
  notServed([
    ['Please tell me whether 12 mbar is a lot.', 'Please tell me whether 12 Mbar is a lot.'],
    ['I got a quote from a contractor that mentions 30 mpa for the new installation.', 'I got a quote from a contractor that mentions 30 MPa for the new installation.'],
    ['Hi, is 2.5 mohm a normal value?', 'Hi, is 2.5 Mohm a normal value?'],
    ['please convert 400 mrad to a unit most people know', 'please convert 400 Mrad to a unit most people know'],
  ]);
  served([
    ['should i use 2.4 GHz or 5 GHz wifi?', 'should i use 2.4 ghz or 5 ghz wifi?'],
    ['Please tell me whether 12 GBq is a lot.', 'Please tell me whether 12 gbq is a lot.'],
    ['my baby is 9 Mths old and not crawling yet, should i worry', 'my baby is 9 mths old and not crawling yet, should i worry'],
    ['how much pasta do i need for 12 Ppl', 'how much pasta do i need for 12 ppl'],
  ]);
});

describe('a name typed in lowercase inside a sentence whose case is its own', () => {
  // Near-duplicates the red team on identifiers found refused (604 of 616 names typed in lowercase).
  served([
    ['How long does Glucotrol stay in your system?', 'How long does glucotrol stay in your system?'],
    ['How many championships has North Dakota won?', 'How many championships has north dakota won?'],
    ['Who is the best player in the history of Atletico Madrid?', 'Who is the best player in the history of atletico madrid?'],
    ['Can I take Xanax with Zoloft?', 'Can I take xanax with zoloft?'],
    ['What happens if I miss a dose of Levitra?', 'What happens if I miss a dose of levitra?'],
  ]);
  notServed([
    ['What is the weather like in Nice in May?', 'What is the weather like in nice in May?'],
    ['Is the Polish economy growing?', 'Is the polish economy growing?'],
    ['Is the US economy growing?', 'Is the us economy growing?'],
    ['What is the capital of North Korea?', 'What is the capital of north Korea?'],
    ['In my Dockerfile, why does FROM Ubuntu fail to build?', 'In my Dockerfile, why does FROM ubuntu fail to build?'],
    ['Why does Python --version print nothing?', 'Why does python --version print nothing?'],
    ['In Java, what is the default value of a Boolean field?', 'In Java, what is the default value of a boolean field?'],
  ]);
});

describe('"the" before "most" or "only" and the things counted', () => {
  // A red team's one-word edits (38,349 pairs; about 60 wrong answers, all here): a majority against a plurality,
  // children without siblings against the only ones.
  notServed([
    ['Did most people vote for Clinton in 2016?', 'Did the most people vote for Clinton in 2016?'],
    ['Which party did most voters support in the 2019 Canadian election?', 'Which party did the most voters support in the 2019 Canadian election?'],
    ['Do most customers support the new policy?', 'Do the most customers support the new policy?'],
    ['Are only children lonely?', 'Are the only children lonely?'],
  ]);
  served([
    ['What is the most important thing in life?', 'What is most important thing in life?'],
    ['What is the only way to lose weight?', 'What is only way to lose weight?'],
  ]);
});

describe('what the fold of names typed in lowercase must leave alone', () => {
  // A hostile review of the first version, session 34: a unit's prefix, German's polite Sie, a text holding a word in
  // both cases, a type's name, a word asked about.
  notServed([
    ['Convert 5 Mbar to SI base units.', 'Convert 5 mbar to SI base units.'],
    ['My sensor reads 12 Mohm, is that dangerous?', 'My sensor reads 12 mohm, is that dangerous?'],
    ['What is the difference between a Mbar and a bar?', 'What is the difference between a mbar and a bar?'],
    ['Convert 20 Mbar to mbar.', 'Convert 20 mbar to Mbar.'],
    ['Convert 250 Cal to a unit most people know.', 'Convert 250 cal to a unit most people know.'],
    ['Is 5 Mcal a lot of energy?', 'Is 5 mcal a lot of energy?'],
    ['Können Sie mir helfen?', 'Können sie mir helfen?'],
    ['Wie ist Ihr Name?', 'Wie ist ihr Name?'],
    ['When should I use Println instead of println?', 'When should I use println instead of Println?'],
    ['Is Meta still the meta for ad spending?', 'Is meta still the Meta for ad spending?'],
    ['What does the Bool type do?', 'What does the bool type do?'],
    ['What is the Int class?', 'What is the int class?'],
    ['What does Stan mean?', 'What does stan mean?'],
    ['Where does the word Uber come from?', 'Where does the word uber come from?'],
  ]);
  served([
    ['Which country has most people?', 'Which country has the most people?'],
    ['Who scored most goals in 2022?', 'Who scored the most goals in 2022?'],
    ['Convert 12 MPa to psi.', 'CONVERT 12 MPA TO PSI.'],
    ['What does 5 MHz mean?', 'what does 5 mhz mean?'],
  ]);
});

describe('a clause boundary moved across a phrase of time', () => {
  // A red team on time, bound and scope words (about 13,000 swaps held): the same words with a comma, a full stop or a
  // line break on the other side of "this morning" or "yesterday" date another event (892 served).
  notServed([
    ['My dog ate grapes this morning, she threw up. What should I do?', 'My dog ate grapes, this morning she threw up. What should I do?'],
    ['I took the morning after pill after 3 days, I had unprotected sex again. Will it still work?', 'I took the morning after pill, after 3 days I had unprotected sex again. Will it still work?'],
    ['I took a pregnancy test yesterday. I got my period. Could I be pregnant?', 'I took a pregnancy test, yesterday I got my period. Could I be pregnant?'],
    ['I take vitamin D twice a week, I take iron. Is that enough?', 'I take vitamin D, twice a week I take iron. Is that enough?'],
    ['I took two Advil yesterday\nI drank a glass of wine. Is that safe?', 'I took two Advil\nyesterday I drank a glass of wine. Is that safe?'],
    ['I took two Advil every day, I drank a glass of wine. Is that safe?', 'I took two Advil. Every day, I drank a glass of wine. Is that safe?'],
    ['i withdrew from my 401k two days ago, i changed jobs. will i pay a penalty', 'i withdrew from my 401k, two days ago i changed jobs. will i pay a penalty'],
  ]);
  served([
    ['Yesterday at the gym, I hurt my knee. What should I do?', 'Yesterday, at the gym I hurt my knee. What should I do?'],
    ['Got it. Now how do I deploy it?', 'Got it now. How do I deploy it?'],
    ['Every day after work, I go for a run. Is that enough exercise?', 'Every day, after work I go for a run. Is that enough exercise?'],
    ['Hello everyone good morning, I need help writing a cover letter?', 'Hello everyone, good morning I need help writing a cover letter?'],
    ['How much water should I drink every morning, after waking up?', 'How much water should I drink, every morning after waking up?'],
    ['I run 5k every morning, is that enough?', 'I run 5k, every morning is that enough?'],
    ['My dog ate grapes this morning, she threw up. What should I do?', 'my dog ate grapes this morning she threw up what should i do'],
  ]);
});

describe('a phrase moved between the front of a request and the end of the clause it reports', () => {
  // The same red team: a reporting verb in another form, a time the lists lacked, a bound or a scope, a reported clause
  // with a bare subject or a plain verb (4,742 served).
  notServed([
    ['Tell my boss prices will go up in Q3.', 'In Q3, tell my boss prices will go up.'],
    ['Remind my husband it closes early within two weeks.', 'Within two weeks, remind my husband it closes early.'],
    ['Remind the team the build must pass at least twice.', 'At least twice, remind the team the build must pass.'],
    ['Write an email telling the staff Mom starts the new schedule in the morning.', 'In the morning, write an email telling the staff Mom starts the new schedule.'],
    ['Tell my staff the store will open late on weekdays.', 'On weekdays, tell my staff the store will open late.'],
    ['Tell the customer the discount will apply for every order.', 'For every order, tell the customer the discount will apply.'],
    ['Write an email to my team explaining the office will be closed on Friday.', 'On Friday, write an email to my team explaining the office will be closed.'],
    ['Compose a message to my tenant reminding her the rent is due by Monday.', 'By Monday, compose a message to my tenant reminding her the rent is due.'],
    ['How do I explain to my kids prices will go up after the holidays?', 'After the holidays, how do I explain to my kids prices will go up?'],
  ]);
  // A review of the first rules (7,789 everyday pairs): plural nouns read as verbs ("recover emails I deleted"), "explain
  // what X is", fronted stacks of time and greetings were refused; these stay served.
  served([
    ['In Python, how do I reverse a list?', 'How do I reverse a list in Python?'],
    ['In Gmail, how do I recover emails I deleted?', 'How do I recover emails I deleted in Gmail?'],
    ['In 10 words, explain what a black hole is.', 'Explain what a black hole is in 10 words.'],
    ['In 3 bullet points, explain the main causes of inflation.', 'Explain the main causes of inflation in 3 bullet points.'],
    ['For breakfast, tell me some fun activities for kids.', 'Tell me some fun activities for kids for breakfast.'],
    ['On Friday, send me a reminder about the meeting.', 'Send me a reminder about the meeting on Friday.'],
  ]);
});

describe('small notations inside prose whose marks are code', () => {
  // A red team on notations (12,576 pairs: spreadsheets, LaTeX, regexes, cron, semver, XPath, paths, SQL fragments held).
  notServed([
    ['Why does cut -d, -f1 data.csv fail in bash?', 'Why does cut -d -f1 data.csv fail in bash?'],
    ["Is awk -F: '{print $1}' /etc/passwd the right command for this?", "Is awk -F '{print $1}' /etc/passwd the right command for this?"],
    ['What does the CSS selector .a .b select?', 'What does the CSS selector .a, .b select?'],
    ["Why isn't .card .title applying my styles?", "Why isn't .card, .title applying my styles?"],
    ['What does ORDER BY price, name do in SQL?', 'What does ORDER BY price name do in SQL?'],
    ['Is GROUP BY city, year valid in MySQL?', 'Is GROUP BY city year valid in MySQL?'],
    ['Is import os, sys valid Python?', 'Is import os sys valid Python?'],
    ['Is for i, x in items valid Python?', 'Is for i x in items valid Python?'],
    ['Is "0" truthy?', 'Is 0 truthy?'],
    ['In YAML, is "yes" a boolean?', 'In YAML, is yes a boolean?'],
    ["Does '0' evaluate to true?", 'Does 0 evaluate to true?'],
    ['Why does npm install react, react-dom fail in bash?', 'Why does npm install react react-dom fail in bash?'],
    ['What does git add a.txt, b.txt do in git?', 'What does git add a.txt b.txt do in git?'],
    ['How do I style label, input in CSS?', 'How do I style label input in CSS?'],
  ]);
  served([
    ["Is '13' an even number?", 'Is 13 an even number?'],
    ["What's the difference between 'null' and 'undefined' in JavaScript?", "What's the difference between null and undefined in JavaScript?"],
    ['I love #summer, #beach and #sun. Write a caption for my photo.', 'I love #summer, #beach and #sun. Write a caption for my photo'],
    // A review of the first version (1,460 everyday pairs: 389 refused): prose that holds the same words.
    ['Write an Instagram caption for my beach photo with the hashtags #travel, #beach, #summer', 'Write an Instagram caption for my beach photo with the hashtags #travel #beach #summer'],
    ['Sort these books in order by date, please.', 'Sort these books in order by date please.'],
    ['What are the import duties, taxes and fees for shipping a laptop to Canada?', 'What are the import duties, taxes, and fees for shipping a laptop to Canada?'],
    ['I have a cat, a dog and a fish. What should I feed them?', 'I have a cat a dog and a fish. What should I feed them?'],
    ['I want to ls, cd and mkdir in bash. Explain these commands.', 'I want to ls cd and mkdir in bash. Explain these commands.'],
    ['Tell me about etiquette in Japan, for example, people in Japan bow when they greet', 'Tell me about etiquette in Japan, for example people in Japan bow when they greet'],
    ['What do the flags -x, -z and -f do in tar?', 'What do the flags -x, -z, and -f do in tar?'],
    ['What type of word is “yes”?', 'What type of word is "yes"?'],
    ['Anything missing?\n\nShopping list:\n- Milk\n- Bread\n- Eggs', 'Anything missing? Thanks in advance!\n\nShopping list:\n- Milk\n- Bread\n- Eggs'],
    ['Morning routine: wake at 6, run 5k, shower, breakfast, start work at 8.\nAny suggestions?', 'morning routine: wake at 6, run 5k, shower, breakfast, start work at 8.\nAny suggestions?'],
    ['Good to go? Thanks in advance!\n\nHi Tom, the meeting has moved to 3pm on Thursday.', 'Good to go?\n\nHi Tom, the meeting has moved to 3pm on Thursday.'],
  ]);
});

describe("session 34's rules typed carelessly", () => {
  // A red team on careless variants of the session's classes.
  notServed([
    ['Thanks for reaching out! Unfortunately, we have decided to move forward with another candidate. Ready to send? lol', 'Thanks for reaching out! Unfortunatly, we have decided to move forward with another candidate. Ready to send? lol'],
    ['Ready  to  send?  We loved the colour of the new logo.', 'Ready  to  send?  We loved the color of the new logo.'],
    ["Yo Tom, I definitely want the grey one, not the black one.\n\nGood to go?", "Yo Tom, I definately want the grey one, not the black one.\n\nGood to go?"],
    ["Don't commit the environment variables to git.\n- Sam\n\nIs this ok?", "Dont commit the environment variables to git.\n- Sam\n\nIs this ok?"],
    ['Check  the  spelling.  The invoice is attached, please pay it by Friday.', 'Check  the  spelling.  The invoice is attached, pay it by Friday.'],
    ['Have most countries banned it?', 'Have the most countries banned it?'],
    ['My dog ate grapes at 5pm, she threw up. What should I do?', 'My dog ate grapes, at 5pm she threw up. What should I do?'],
    ['My dog ate grapes this morning, he’s vomiting. What should I do?', 'My dog ate grapes, this morning he’s vomiting. What should I do?'],
    ['I took two Advil on Monday: she threw up. What should I do?', 'I took two Advil: on Monday she threw up. What should I do?'],
  ]);
});
