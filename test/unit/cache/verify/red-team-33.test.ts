import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 27: a red team on long realistic prompts and a review helper writing the near-duplicates users expect
 * served. Each not-served pair was `same` on the session's start (93b8603); each pair under "now served" was
 * refused there; the other served pairs are neighbours the changed rules must keep.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

const CALL = "CFO: Thank you, operator. Revenue for the third quarter was 412 million dollars. Online sales grew by a quarter compared with last year, while store sales were flat. Summarise the call in three bullets.";

const WORKFORCE = "Context from the 2023 annual report: The group's workforce grew by a quarter to 5,400 employees, mainly through the acquisition of Halden Logistics. Energy use per employee fell by 12 percent. Question: How many employees did the group have at the end of 2022? Show the calculation.";

describe('"a" that makes a fraction a number', () => {
  notServed([
    [CALL, CALL.replace('grew by a quarter', 'grew by quarter')],
    [WORKFORCE, WORKFORCE.replace('grew by a quarter', 'grew by quarter')],
    ['Passenger numbers fell by a third in 2020 and grew by a quarter in 2022. How many passengers were there in 2022?', 'Passenger numbers fell by a third in 2020 and grew by quarter in 2022. How many passengers were there in 2022?'],
  ]);
  served([
    ['How long is a quarter hour?', 'How long is quarter hour?'],
    // A review helper's: before "of" the bare fraction is the same number.
    ['What is a quarter of 80?', 'What is quarter of 80?'],
    ['How long is a tenth of a second?', 'How long is tenth of a second?'],
  ]);
});

describe('"a" before a maker\'s name where a price or a sale is asked (the car or the company)', () => {
  notServed([
    ['In March 2020 I bought a Tesla for about 45,000 pounds and sold it in January 2024 for 52,000 pounds. Do I owe capital gains tax?', 'In March 2020 I bought Tesla for about 45,000 pounds and sold it in January 2024 for 52,000 pounds. Do I owe capital gains tax?'],
    ['How much is a Tesla worth today in the US, roughly?', 'How much is Tesla worth today in the US, roughly?'],
    ['Should I buy a Ferrari now or wait?', 'Should I buy Ferrari now or wait?'],
  ]);
  served([
    ['Is a Honda reliable?', 'Is Honda reliable?'],
    ['How do I charge a Tesla at home?', 'How do I charge Tesla at home?'],
    // A review helper's: "worth it" asks about the product either way.
    ['Is a Kindle worth it?', 'Is Kindle worth it?'],
    ['How do I wipe a Chromebook before I sell it?', 'How do I wipe Chromebook before I sell it?'],
  ]);
});

describe('"a" after a verb that makes or lets someone do something', () => {
  notServed([
    ['How do I make bird feed?', 'How do I make a bird feed?'],
    ['How do I make a bird feed?', 'How do I make bird feed?'],
  ]);
  served([
    ['How do I make a bird feeder?', 'How do I make bird feeder?'],
    ['How do I make a paper airplane?', 'How do I make paper airplane?'],
    // A review helper's: no thing the two words could name bare.
    ['How do I make a phone call from my laptop?', 'How do I make phone call from my laptop?'],
    ['How can I help a child learn to read?', 'How can I help child learn to read?'],
  ]);
});

describe('a phrase moved to the end where layout matters (now served)', () => {
  served([
    ['In SQL, how do I select the top 10 rows?', 'How do I select the top 10 rows in SQL?'],
    ['In Markdown, how do I make a table?', 'How do I make a table in Markdown?'],
  ]);
  notServed([
    ['How many lines are in this poem?\nRoses are red\nViolets are blue', 'How many lines are in this poem?\nRoses are red Violets are blue'],
    ['Format this as a table: a, b\n1, 2', 'Format this as a table: a, b 1, 2'],
    // A review helper's: the gap after a mark is the mark's ("#Title" is no heading in CommonMark).
    ["In Markdown, why doesn't #Introduction render as a heading?", "In Markdown, why doesn't # The Introduction render as a heading?"],
    ['In Markdown, why is +Task not a list item?', 'In Markdown, why is + The Task not a list item?'],
  ]);
});

const FIB = '```python\ndef fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n```';
const LOOP = '```js\nwhile (i < items.length) { total += items[i]; }\n```';

describe('a greeting or thanks in the question before a code block (now served)', () => {
  served([
    [`How can I make this faster?\n\n${FIB}`, `Hi! How can I make this faster? Thanks.\n\n${FIB}`],
    [`Why does this loop never end?\n\n${LOOP}`, `Why does this loop never end? Thanks.\n\n${LOOP}`],
    [`Why does this loop never end?\n\n${LOOP}`, `Why does this loop never end? Thanks!\n\n${LOOP}`],
  ]);
  notServed([
    [`How can I make this faster?\n\n${FIB}`, `Hi! How can I make this faster? Thanks.\n\n${FIB.replace('        return n', '    return n')}`],
    [`How can I make this faster?\n\n${FIB}`, `How can I make this faster? Thanks.\n${FIB.replace('```python\n', '```python ')}`],
    ['How many lines are in this poem? Thanks.\nRoses are red\nViolets are blue', 'How many lines are in this poem?\nRoses are red Violets are blue'],
  ]);
});

const SQL = '```sql\nSELECT name, COUNT(*)\nFROM orders\nGROUP BY name\nHAVING COUNT(*) > 5;\n```';

describe('the question before or after the one code block it is about (now served)', () => {
  served([
    [`How can I make this faster?\n\n${FIB}`, `${FIB}\n\nHow can I make this faster?`],
    [`${SQL}\nExplain what this query does.`, `Explain what this query does.\n${SQL}`],
    [`Why does this loop never end?\n\n${LOOP}`, `${LOOP}\n\nwhy does this loop never end`],
  ]);
  notServed([
    // Another question, or the same one about other code.
    [`How can I make this faster?\n\n${FIB}`, `${FIB}\n\nHow can I make this shorter?`],
    [`How can I make this faster?\n\n${FIB}`, `${FIB.replace('n < 2', 'n <= 2')}\n\nHow can I make this faster?`],
    // Two blocks: which comes first is what "the first" means.
    [`Is the first one faster?\n${LOOP}\n${FIB}`, `${LOOP}\nIs the first one faster?\n${FIB}`],
    [`Which one is faster?\n${LOOP}\n${FIB}`, `Which one is faster?\n${FIB}\n${LOOP}`],
    // Prose on both sides of the block.
    [`Here is my code:\n${FIB}\nWhy is it slow?`, `Why is it slow?\n${FIB}\nHere is my code:`],
  ]);
});

describe('accepted differences that carry the meaning (a red team on every accepted kind)', () => {
  notServed([
    // A plural that after "the" is its own thing.
    ['How do I treat the runs in a toddler?', 'How do I treat the run in a toddler?'],
    ['How do I keep the books for a small business?', 'How do I keep the book for a small business?'],
    ['Where should I scatter the ashes?', 'Where should I scatter the ash?'],
    ['How long do the heats last at the Olympics?', 'How long does the heat last at the Olympics?'],
    // An article that is part of an idiom.
    ['How do I break the ice?', 'How do I break ice?'],
    ['Do you have the time?', 'Do you have time?'],
    ['How do I make a toast at a wedding?', 'How do I make toast at a wedding?'],
    ['Can you tell me: do you have the time?', 'Do you have time?'],
    // A product's name in lowercase after "a" or "an", with no noun after it: the common noun.
    ['How do I kill a python?', 'How do I kill a Python?'],
    ['Is an android conscious?', 'Is an Android conscious?'],
  ]);
  served([
    ['How do I keep the book open while I type?', 'How do I keep the books open while I type?'],
    ['Why do the runs fail in CI?', 'Why does the run fail in CI?'],
    ['How do I break the glass?', 'How do I break glass?'],
    ['Is python hard to learn?', 'Is Python hard to learn?'],
    ['Write a python script to sort a list', 'Write a Python script to sort a list'],
    ['How do I update an android phone?', 'How do I update an Android phone?'],
  ]);
});

const BOT = "```python\nif msg == 'Hi':\n    print('Welcome back')\nelse:\n    print('Who are you?')\n```";

describe('courtesy, contractions and marks that are what is asked (a red team on everyday prompts)', () => {
  notServed([
    // A contraction named after a verb of using or writing it, or "contractions like".
    ["Is using don't in a college essay okay?", 'Is using do not in a college essay okay?'],
    ["Is it ok to use I'm in a resume?", 'Is it ok to use I am in a resume?'],
    ["Does APA allow it's in a paper?", 'Does APA allow it is in a paper?'],
    ["Are contractions like can't allowed in the IELTS essay?", 'Are contractions like cannot allowed in the IELTS essay?'],
    // Thanks given or owed, a wake word.
    ['Why do we give thanks?', 'Why do we give?'],
    ['Do I owe my roommate thanks?', 'Do I owe my roommate?'],
    ['Hey Google not working on my Pixel', 'Google not working on my Pixel'],
    // The end mark of a sentence to turn into another kind.
    ["You're leaving. Rewrite this as a question", "You're leaving? Rewrite this as a question"],
    ['We won. Rewrite as an exclamation', 'We won! Rewrite as an exclamation'],
    // A courtesy line beside code that is its input.
    [`What does the bot answer to this?\nHi\n${BOT}`, `What does the bot answer to this?\n${BOT}`],
    ['Does this regex match the line after it?\n```\n^thanks!?$\n```\nThanks!', 'Does this regex match the line after it?\n```\n^thanks!?$\n```'],
    ["Hello\nTranslate the word above into the language used in this code:\n```js\nconst saludo = 'hola';\n```", "Translate the word above into the language used in this code:\n```js\nconst saludo = 'hola';\n```"],
  ]);
  served([
    ["I can't sleep. What should I do?", 'I cannot sleep. What should I do?'],
    ['Can you give me a recipe for bread? Thanks', 'Can you give me a recipe for bread?'],
    ['Hey, how do I reset my Google password?', 'How do I reset my Google password?'],
    ['We won. How should we celebrate?', 'We won! How should we celebrate?'],
    [`Why does this print "Who are you?"\n${BOT}`, `Why does this print "Who are you?"\n${BOT}\nThanks!`],
    [`Hi\nWhy does this print "Who are you?"\n${BOT}`, `Why does this print "Who are you?"\n${BOT}`],
    ['Why does this fail? Thanks\n```js\nx = 1\n```', 'Why does this fail?\n```js\nx = 1\n```'],
    // Neighbours the narrowed patterns keep: a statement to make, a closing thanks after "the code below".
    ['Make a statement about climate change for my speech.', 'Make a statement about climate change for my speech'],
    ['Explain the code below.\n```js\nconst x = items.map((item) => item.id);\n```\nThanks!', 'Explain the code below.\n```js\nconst x = items.map((item) => item.id);\n```'],
    ['What does the line with map do?\n```js\nconst x = items.map((item) => item.id);\n```\nThanks!', 'What does the line with map do?\n```js\nconst x = items.map((item) => item.id);\n```'],
  ]);
});

describe('a wake word is "hey" or "ok" before the assistant, not "please" before a verb', () => {
  served([['Google appoints a new CEO for Motorola. Summarise the news.', 'Please google appoints a new CEO for Motorola. Summarise the news.']]);
});

describe('the round-3 rules, narrowed by a review (ordinary prompts near them keep their hits)', () => {
  served([
    ["Explain like I'm five: how does Wi-Fi work?", 'Explain like I am five: how does Wi-Fi work?'],
    ["It looks like it's going to rain, should I cancel the picnic?", 'It looks like it is going to rain, should I cancel the picnic?'],
    ["Recipe ideas using what's in my fridge: eggs, spinach, rice", 'Recipe ideas using what is in my fridge: eggs, spinach, rice'],
    ['Turn my notes into a statement of work.', 'Turn my notes into a statement of work'],
    ['How do I turn a Python script into a command line tool?', 'How do I turn a Python script into a command line tool'],
    ['Hey Google Docs keeps crashing, how do I fix it?', 'Google Docs keeps crashing, how do I fix it?'],
    ['How much do I owe in taxes thanks', 'How much do I owe in taxes'],
    ['What tip do I owe the movers thanks', 'What tip do I owe the movers'],
    ['Why does this print undefined?\nThanks in advance!\n```js\nconsole.log(user.name);\n```', 'Why does this print undefined?\n```js\nconsole.log(user.name);\n```'],
    ['How do I clean the ashes out of my fireplace?', 'How do I clean the ash out of my fireplace?'],
    ['How to pay the price difference on Amazon?', 'How to pay price difference on Amazon?'],
    ['Where can I watch a horse race in London?', 'Where can I watch horse race in London?'],
    ['How do I connect AirPods to an Android?', 'how do i connect airpods to an android?'],
  ]);
  notServed([
    ["Is it ok to start a tweet with I'm?", 'Is it ok to start a tweet with I am?'],
    ["Why does my teacher ban don't in essays?", 'Why does my teacher ban do not in essays?'],
    ['Change into a negative sentence: He likes tea.', 'Change into a negative sentence: He likes tea?'],
  ]);
});

describe('a contraction named as the subject or the object of a replacement (the second review)', () => {
  notServed([
    ["Should I replace won't with will not in my thesis?", 'Should I replace will not with will not in my thesis?'],
    ["Is we're too casual for a cover letter?", 'Is we are too casual for a cover letter?'],
    ['What does spill the tea mean?', 'What does spill tea mean?'],
  ]);
  served([
    ["Is it's raining a good opener for a poem?", "Is it's raining a good opener for a poem?"],
    ["How do I replace what's in my cart?", 'How do I replace what is in my cart?'],
  ]);
});

const BOT_HI = "```python\nif msg == 'Hi': print('Hello')\nelse: print('?')\n```";

describe('hostile layouts around one code block (a helper told to break the change)', () => {
  notServed([
    // A second snippet the fence count does not see, or prose that names a place: the order is the question.
    ['Is the top one or the bottom one faster?\n<pre>\na = sorted(x)\n</pre>\n```\nx.sort()\n```', '```\nx.sort()\n```\nIs the top one or the bottom one faster?\n<pre>\na = sorted(x)\n</pre>'],
    ['```\nHello\n```\nWhat is written above?', 'What is written above?\n```\nHello\n```'],
    // A block closed by the other fence character, or prose on the closing line.
    ['```\nHello\n~~~\nTranslate to French', 'Translate to French\n```\nHello\n~~~'],
    ['Explain\n```\nx = 1\n``` is this python or ruby?', '```\nx = 1\n``` is this python or ruby?\nExplain'],
    // A courtesy line that is the input, with ~~~ fences or after "types" / "on the next line".
    ["What does the bot answer to this?\nHi\n~~~python\nif msg == 'Hi': print('Hello')\n~~~", "What does the bot answer to this?\n~~~python\nif msg == 'Hi': print('Hello')\n~~~"],
    [`What does the bot reply if the user types\nHi\n${BOT_HI}`, `What does the bot reply if the user types\n${BOT_HI}`],
    [`What does the bot answer to the greeting on the next line?\nHi\n${BOT_HI}`, `What does the bot answer to the greeting on the next line?\n${BOT_HI}`],
  ]);
  served([
    ['Translate:\n```\nHello, how are you?\n```', '```\nHello, how are you?\n```\nTranslate:'],
  ]);
});
