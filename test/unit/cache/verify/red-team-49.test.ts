import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 42: generated red teams.

describe('a mark that cuts a clause from its verb of telling (sentence-boundary.ts cutsReportedClause)', () => {
  notServed([
    ['My coworker told my boss I stole money. What should I do?', 'My coworker told my boss. I stole money. What should I do?'],
    ['How do I prove my landlord lied when he told the court I never paid?', 'How do I prove my landlord lied when he told the court? I never paid.'],
    ['Who told my boss I am quitting?', 'Who told my boss? I am quitting.'],
    ['Why did my coworker tell our HOA I was having an affair?', 'Why did my coworker tell our HOA? I was having an affair.'],
    ['My sister told HR I broke the lease. How do I handle this?', 'My sister told HR: I broke the lease. How do I handle this?'],
    ['My sister told HR I stole money. Can they sue me?', 'My sister told HR; I stole money. Can they sue me?'],
    ['My tenant told the police I hit him. Can I sue for defamation?', 'My tenant told the police\nI hit him. Can I sue for defamation?'],
    ['My coworker told my boss I stole money. What should I do?', 'My coworker told my boss, I stole money. What should I do?'],
    ['My ex told everyone at church I started the fire. Should I get a lawyer?', 'My ex told everyone at church... I started the fire. Should I get a lawyer?'],
    ['My ex swore to the court I hit him. Will they believe it?', 'My ex swore to the court. I hit him. Will they believe it?'],
    ['The buyer told the bank the house has termites. Can he cancel?', 'The buyer told the bank. The house has termites. Can he cancel?'],
  ]);
  served([
    ['My doctor said I am fine. Should I worry?', 'My doctor said I am fine, should I worry?'],
    ['My mom says, the cake needs sugar. Is that right?', 'My mom says the cake needs sugar. Is that right?'],
    ['He said yes. I am happy.', 'He said yes I am happy.'],
    ['Tell me, what is the capital of France?', 'Tell me what is the capital of France?'],
    ['I told my boss, I would quit. What now?', 'I told my boss I would quit. What now?'],
    ['As my doctor said, I need to cut back on salt. What foods should I avoid?', 'As my doctor said I need to cut back on salt. What foods should I avoid?'],
    ['Write an email to my landlord, I want to break my lease early.', 'Write an email to my landlord I want to break my lease early.'],
    ['The mechanic told me, my brake pads are fine. Should I still replace them?', 'The mechanic told me my brake pads are fine. Should I still replace them?'],
    ['I heard you can freeze bread, is that true?', 'I heard, you can freeze bread, is that true?'],
    ['My coworker told my boss I stole money. What should I do?', 'my coworker told my boss I stole money. what should I do'],
  ]);
});

describe("a name of an application's function, command or object before its noun (identifier-position.ts)", () => {
  notServed([
    ['What does the rows function return in Excel?', 'What does the row function return in Excel?'],
    ['What arguments does the columns function take in excel?', 'What arguments does the column function take in excel?'],
    ['in vba what does the rows property return', 'in vba what does the row property return'],
    ['When should I use the worksheet collection in Excel VBA?', 'When should I use the worksheets collection in Excel VBA?'],
    ['in an Excel macro what does the workbook object return', 'in an Excel macro what does the workbooks object return'],
    ['In Docker, what does the images command do?', 'In Docker, what does the image command do?'],
    ['In Vim, what is :tabs for?', 'In Vim, what is :tab for?'],
    ['How do I use the buffers ex command in vim?', 'How do I use the buffer ex command in vim?'],
  ]);
  served([
    ['What does the rows function return in Excel?', 'what does the rows function return in Excel'],
    ['In Vim, what is :tabs for?', 'In Vim, what is :tabs for? Thanks!'],
  ]);
});

describe('what echo or printf prints, typed inline without quotes (command-text.ts printedTextChanged)', () => {
  notServed([
    ['What does echo the end print?', 'What does echo end print?'],
    ['What does echo teh end print?', 'What does echo the end print?'],
    ['what does echo cannot connect output', 'what does echo can not connect output'],
    ['What exactly does echo hello please write to stdout?', 'What exactly does echo hello write to stdout?'],
    ['What is the output of echo colour?', 'What is the output of echo color?'],
    ['What does echo begin print?', 'What does echo start print?'],
    ['What would echo 3 files copied > out.txt put in out.txt?', 'What would echo 3 file copied > out.txt put in out.txt?'],
    ['Run echo apple and tell me the output.', 'Run echo apples and tell me the output.'],
    // Typed with a no-break space, in cmd.exe's capitals, or in curly quotes a shell prints.
    ['What does echo\u00a0the end print?', 'What does echo\u00a0end print?'],
    ['What does ECHO the end print?', 'What does ECHO end print?'],
    ['What does echo ‘hello’ print?', "What does echo 'hello' print?"],
  ]);
  served([
    ['What does echo hello print?', 'What does echo hello print? Thanks'],
    ['In bash, what does echo hello world print?', 'in bash what does echo hello world print?'],
    ['What is the output of echo hello?', "What's the output of echo hello?"],
    ['If I type echo hello in the terminal what happens?', 'If I type echo hello in terminal what happens?'],
    ['If I run echo hello world it does not print anything, why?', "If I run echo hello world it doesn't print anything, why?"],
  ]);
});

describe('a pattern or a file name a command takes, typed inline (identifier-position.ts)', () => {
  notServed([
    ['How many lines does grep phone notes.txt match?', 'How many lines does grep telephone notes.txt match?'],
    ['Does grep color README.md match the line "the colour is here"?', 'Does grep colour README.md match the line "the colour is here"?'],
    ['What does the regex ^color match?', 'What does the regex ^colour match?'],
    ['What does the regex ^tests match?', 'What does the regex ^test match?'],
    ['What does find . -name errors return?', 'What does find . -name error return?'],
    ['What does the regex email sent$ match?', 'What does the regex e-mail sent$ match?'],
  ]);
  served([
    ['What does the regex ^tests match?', 'what does the regex ^tests match'],
  ]);
});

describe('an article before a number: a rating, a size, a day or a model, and an age or a count without (article-rules.ts)', () => {
  notServed([
    ["She's a 7, should I ask her out?", "She's 7, should I ask her out?"],
    ['If my girlfriend is a 34, what jeans should I get her?', 'If my girlfriend is 34, what jeans should I get her?'],
    ["I'm an 8, what career suits me?", "I'm 8, what career suits me?"],
    ['My nephew is a 12. Any advice?', 'My nephew is 12. Any advice?'],
    ['Should I get the 15 or the 16 for college?', 'Should I get 15 or 16 for college?'],
  ]);
  served([
    ['Is a 700 a good credit score?', 'Is 700 a good credit score?'],
    ['What is a 401k?', 'What is 401k?'],
    ['Is parking free on the 4th of July?', 'Is parking free on 4th of July?'],
    ['I bought a 4K TV, is it worth it?', 'I bought 4K TV, is it worth it?'],
    ['My credit score is a 680. Can I get a mortgage?', 'My credit score is 680. Can I get a mortgage?'],
    ['Should I get the 128 or 256 GB iPhone?', 'Should I get 128 or 256 GB iPhone?'],
    ["I'm flying out on the 4th, what should I pack for Denver?", "I'm flying out on 4th, what should I pack for Denver?"],
  ]);
});

describe('a time moved into a purpose or a reported clause (clause-move.ts)', () => {
  notServed([
    ['In the summer, what should I plant to harvest?', 'What should I plant to harvest in the summer?'],
    ['On the 5th, which stocks should I buy to sell?', 'Which stocks should I buy to sell on the 5th?'],
    ['On Sundays, which flights should I book to arrive in Paris?', 'Which flights should I book to arrive in Paris on Sundays?'],
    ['On Christmas, which stores should I visit to find deals?', 'Which stores should I visit to find deals on Christmas?'],
    ['In 2019, what did the CEO say would happen?', 'What did the CEO say would happen in 2019?'],
    ['In Q3, which analyst claimed the stock would double?', 'Which analyst claimed the stock would double in Q3?'],
    ['In January, what did the landlord believe would launch?', 'What did the landlord believe would launch in January?'],
    ['On the 5th, how many jobs did the Fed estimate would close?', 'How many jobs did the Fed estimate would close on the 5th?'],
  ]);
  served([
    ['In Python, what should I use to parse JSON?', 'What should I use to parse JSON in Python?'],
    ['In 2030, what do you think will happen?', 'What do you think will happen in 2030?'],
    ['On Christmas, is it safe to hike alone?', 'Is it safe to hike alone on Christmas?'],
    ['At dawn, is it worth it to visit Paris?', 'Is it worth it to visit Paris at dawn?'],
    ['Help me email my boss, I cannot make it to practice.', 'Help me email my boss I cannot make it to practice.'],
    ['I told her, she can stay with us. Now my husband is mad. What do I do?', 'I told her she can stay with us. Now my husband is mad. What do I do?'],
    ['In winter, what is the best way to fish for trout?', 'What is the best way to fish for trout in winter?'],
  ]);
});

describe('a language or a way of speaking that no list names, moved onto an embedded task (clause-move.ts namesLanguage)', () => {
  notServed([
    ['In Flemish, explain how to order a beer.', 'Explain how to order a beer in Flemish.'],
    ['In Frisian, teach me how to introduce myself.', 'Teach me how to introduce myself in Frisian.'],
    ['In Gen Z speak, explain how to ask for a raise.', 'Explain how to ask for a raise in Gen Z speak.'],
    ['In cowboy lingo, break down how to order a beer.', 'Break down how to order a beer in cowboy lingo.'],
    ['In Konglish, explain the best way to compliment a cook.', 'Explain the best way to compliment a cook in Konglish.'],
  ]);
  served([
    ['In Python, explain how to write a for loop.', 'Explain how to write a for loop in Python.'],
    ['In Jira, explain how to create a ticket.', 'Explain how to create a ticket in Jira.'],
    ['In Texas, explain how to register a car.', 'Explain how to register a car in Texas.'],
    ['For Mormons, explain how to save for retirement.', 'Explain how to save for retirement for Mormons.'],
    ['In Flemish, explain how to order a beer.', 'in Flemish, explain how to order a beer'],
  ]);
});

describe('an English courtesy in a question about words in another language (courtesy.ts)', () => {
  notServed([
    ["Hello, c'est quoi en espagnol ?", "Cheers, c'est quoi en espagnol ?"],
    ['Hey, hoe zeg je dat in het Japans?', 'Thank you so much, hoe zeg je dat in het Japans?'],
    ['Thank you, wat betekent dat?', 'Wat betekent dat?'],
    ["En espagnol, hello, c'est quoi ?", "En espagnol, thank you, c'est quoi ?"],
    ['Hey, ¿cómo se dice en japonés?', '¿Cómo se dice en japonés?'],
  ]);
  served([
    ['Thanks! Wo ist der Bahnhof?', 'Wo ist der Bahnhof?'],
    ['Wo ist der Bahnhof, please?', 'Wo ist der Bahnhof?'],
    ["¿Qué significa 'saudade' en español? Thanks!", "¿Qué significa 'saudade' en español?"],
    ['Hi! ¿Qué es mejor para aprender inglés, Duolingo o Babbel?', '¿Qué es mejor para aprender inglés, Duolingo o Babbel?'],
  ]);
});

/** A pasted text of seven paragraphs (about 1,000 characters), `sentence` closing its second. */
function pastedText(sentence: string): string {
  const filler = [
    'The office opens at 8:30 on weekdays and closes at 18:00. Visitors sign in at the front desk and wear a badge at all times.',
    'Parking is available in the garage on the left side of the building. Staff park on levels two and three. Level one is reserved for visitors.',
    'The quarterly meeting takes place in the large meeting room. Each team presents its figures for ten minutes, followed by questions from the board.',
    'Expenses are reimbursed within thirty days of submission. Receipts must be attached to every claim, and claims older than ninety days are not accepted.',
    'The cafeteria serves lunch from noon until two. Vegetarian dishes are marked in green on the menu board, and allergens are listed beside each dish.',
    'Fire drills happen twice a year without notice. Everyone leaves by the nearest stairway and gathers in the car park across the street.',
    'New starters receive a laptop on their first morning. The help desk sets up email accounts and explains the password rules during a short session.',
  ];
  return [filler[0], `${filler[1]} ${sentence}`, ...filler.slice(2)].join('\n\n');
}

describe('an edit inside a long text pasted without a name, or under a retrieval framing (document-edit.ts)', () => {
  notServed([
    [`Which guests may enter the rooftop bar?\n\nHi Chloe,\n\n${pastedText('Guests over 18 may enter the rooftop bar.')}\n\nBest regards,\nSofia`, `Which guests may enter the rooftop bar?\n\nHi Chloe,\n\n${pastedText('Guests, over 18, may enter the rooftop bar.')}\n\nBest regards,\nSofia`],
    [`Knowledge base:\n${pastedText('Reprint the labels printed on Wednesday.')}\n\nWhich labels should be reprinted?`, `Knowledge base:\n${pastedText('Reprint the labels, printed on Wednesday.')}\n\nWhich labels should be reprinted?`],
    [`Answer using only the information below.\n\nCall the supplier Elena before noon.\n\nWho is Elena?`, `Answer using only the information below.\n\nCall the supplier, Elena, before noon.\n\nWho is Elena?`],
  ]);
  served([
    [`Which guests may enter the rooftop bar?\n\nHi Chloe,\n\n${pastedText('Guests over 18 may enter the rooftop bar.')}`, `Which guests may enter the rooftop bar? Thanks!\n\nHi Chloe,\n\n${pastedText('Guests over 18 may enter the rooftop bar.')}`],
    [pastedText("My son is 16 and I'm worried about him."), pastedText('My son is 16 and I am worried about him.')],
    ['My landlord kept my deposit. What can I do?', 'My landlord kept my deposit. What can I do? Thanks'],
    [`Answer using only the information below.\n\n${pastedText('Accounts close after a year of inactivity.')}\n\nWhat happens to an account after a year of inactivity?`, `Answer using only the information below.\n\n${pastedText('Accounts close after a year of inactivity.')}\n\nWhat happens to an account after a year of inactivity`],
  ]);
});
