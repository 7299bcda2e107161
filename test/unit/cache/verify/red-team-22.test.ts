import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 18: British and American spellings that follow no pattern were taken for two different words, and the
 * pairs that red teams found served wrongly. Each served pair here was refused by the code before (or is a
 * rewording a fix must keep); each not-served pair asks another thing.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('British and American spellings of one word are one word (american-british-english-translator)', () => {
  served([
    ['How often should I rotate my tyres?', 'How often should I rotate my tires?'],
    ['What colour goes with grey?', 'What color goes with gray?'],
    ['How do I get rid of mould in the bathroom?', 'How do I get rid of mold in the bathroom?'],
    ['Is aluminium foil safe in the microwave?', 'Is aluminum foil safe in the microwave?'],
    ['How do I deposit a cheque online?', 'How do I deposit a check online?'],
    ['Best way to clean jewellery at home', 'Best way to clean jewelry at home'],
    ['Why am I so sceptical of everything?', 'Why am I so skeptical of everything?'],
    ['How do I enrol in a community college?', 'How do I enroll in a community college?'],
    ['How do I practise piano every day?', 'How do I practice piano every day?'],
    ['How high is a three storey building?', 'How high is a three story building?'],
    ['What should I get my mum for her birthday?', 'What should I get my mom for her birthday?'],
    ['I learnt French in school, how do I get fluent?', 'I learned French in school, how do I get fluent?'],
    ['How to plough a field', 'How to plow a field'],
    ['We travelled to Rome and cancelled the hotel', 'We traveled to Rome and canceled the hotel'],
  ]);
  notServed([
    // Two units, not two spellings.
    ['How many kilograms in a tonne?', 'How many kilograms in a ton?'],
    // Through their lemmas a British and an American form keep their number and tense.
    ['Which colour did Picasso use most in his Blue Period?', 'Which colors did Picasso use most in his Blue Period?'],
    ['Which tyre should I buy for my Golf?', 'Which tires should I buy for my Golf?'],
    ["Who criticised Einstein's theory?", "Who criticizes Einstein's theory?"],
    ['What is a philtre?', 'What is a filter?'],
    // Where the variety of English is the question, the spelling is the answer.
    ['Is judgement spelled with an e?', 'Is judgment spelled with an e?'],
    ['Is aluminium American or British?', 'Is aluminum American or British?'],
    ['Convert to US English: my favourite colour is grey', 'Convert to US English: my favorite color is gray'],
    ['Which dialect uses tyre?', 'Which dialect uses tire?'],
  ]);
});

describe('a span of time or an amount counted by "a" against its plural is another amount', () => {
  notServed([
    ['Is it safe to fast for a week?', 'Is it safe to fast for weeks?'],
    ['Can I keep breast milk in the fridge for a week?', 'Can I keep breast milk in the fridge for weeks?'],
    ['Create a meal plan for a month', 'Create a meal plan for months'],
    ['Should I still be bleeding a week after giving birth?', 'Should I still be bleeding weeks after giving birth?'],
  ]);
  served([
    ['How many calories do I burn walking a mile?', 'how many calories do i burn walking a mile'],
    ['Is it safe to fast for a week?', 'is it safe to fast for a week'],
  ]);
});

describe('what a reshaping request makes, one or several', () => {
  notServed([
    ['Turn this into a slide', 'Turn this into slides'],
    ['Refactor this script into a module', 'Refactor this script into modules'],
    ['Shorten this to a sentence', 'Shorten this to sentences'],
    ['Could you boil this report down to a takeaway?', 'Could you boil this report down to takeaways?'],
    ['Organize these notes into a table', 'Organize these notes into tables'],
  ]);
  served([['Turn this into a slide', 'Please turn this into a slide']]);
});

describe('the asker in a condition, and things the text counts', () => {
  notServed([
    ['What happens if I miss a payment on my car loan?', 'What happens if I miss payments on my car loan?'],
    ['Can I still graduate if I fail a course?', 'Can I still graduate if I fail courses?'],
    ['Library policy: overdue books are charged 20p per day per book, capped at GBP 5 per book.\n\nI returned the book 10 days late. What do I owe?', 'Library policy: overdue books are charged 20p per day per book, capped at GBP 5 per book.\n\nI returned the books 10 days late. What do I owe?'],
    ['Rental agreement: a damaged tyre is charged at EUR 180. Damage to two or more tyres is handled as an accident claim.\nWe hit a pothole and the front tyre burst. What will we be charged?', 'Rental agreement: a damaged tyre is charged at EUR 180. Damage to two or more tyres is handled as an accident claim.\nWe hit a pothole and the front tyres burst. What will we be charged?'],
  ]);
  served([
    ['My cat keeps scratching the sofa. How do I stop it?', 'My cat keeps scratching the sofas. How do I stop it?'],
    ['How do I train a puppy?', 'How do I train puppies?'],
  ]);
});

describe('"which" before an acronym and a noun still counts the noun', () => {
  notServed([
    ['Which US city has the highest ridership per capita?', 'Which US cities have the highest ridership per capita?'],
    ['Which IT vendor is over budget?', 'Which IT vendors are over budget?'],
  ]);
});

describe('courtesies of a pasted message asked after by name, and hedges in a quoted message', () => {
  const EMAIL = 'Hi Marco,\n\nSorry, the replacement parts will ship on Thursday instead of Monday. Please confirm the address.\n\nThanks,\nGiulia';
  const BARE = 'Hi Marco,\n\nThe replacement parts will ship on Thursday instead of Monday. Please confirm the address.\n\nThanks,\nGiulia';
  notServed([
    [`${EMAIL}\n\nDoes Giulia apologize for the delay?`, `${BARE}\n\nDoes Giulia apologize for the delay?`],
    [`${EMAIL}\n\nIs Giulia's email polite enough to send to a customer?`, `${BARE}\n\nIs Giulia's email polite enough to send to a customer?`],
    ["My boss's message: Send me the figures by 5 pm if you can.\n\nIs this urgent?", "My boss's message: Send me the figures by 5 pm.\n\nIs this urgent?"],
    ["Recruiter's email: We'd like you to start on 3 June if possible.\n\nIs the start date fixed or can I negotiate it?", "Recruiter's email: We'd like you to start on 3 June.\n\nIs the start date fixed or can I negotiate it?"],
  ]);
  served([['Book me a table for two, if possible', 'Book me a table for two']]);
});

describe('code typed without a fence: its spacing, the case of its names, the names of its members', () => {
  notServed([
    ['Why does x = 5 give command not found in bash?', 'Why does x=5 give command not found in bash?'],
    ['Is rm -rf $BUILD_DIR / safe to run?', 'Is rm -rf $BUILD_DIR/ safe to run?'],
    ['What does git reset HEAD ~1 do?', 'What does git reset HEAD~1 do?'],
    ['In bash why is [[ $a==$b ]] always true?', 'In bash why is [[ $a == $b ]] always true?'],
    ['Why does #define SQUARE (x) x * x not work?', 'Why does #define SQUARE(x) x * x not work?'],
    ['why does my react component mybutton show as an unknown html tag', 'why does my react component MyButton show as an unknown html tag'],
    ['why does vue say the component todoitem is not registered', 'why does vue say the component TodoItem is not registered'],
    ['What does the files class do in java', 'What does the file class do in java'],
    ["Why isn't my Ruby initialise method being called?", "Why isn't my Ruby initialize method being called?"],
  ]);
  served([
    ['how do i install numpy', 'How do I install NumPy?'],
    ['How do I make a WhatsApp-style chat app?', 'how do i make a whatsapp-style chat app?'],
    ['In New York, what is the sales tax on $100?', 'What is the sales tax on $100 in New York?'],
    ['How do I centre a div in CSS?', 'How do I center a div in CSS?'],
    ['How do I curl my hair, quickly, without heat?', 'How do I curl my hair , quickly , without heat?'],
    ['In git, how do I squash my last two commits?', 'In git , how do I squash my last two commits?'],
    ['Which tyre should I buy for my Golf?', 'Which tire should I buy for my Golf?'],
  ]);
});

describe('a spelling whose American form names something else, asked to define; a title with an irregular plural', () => {
  notServed([
    ['What is a storey?', 'What is a story?'],
    ['What is a groyne?', 'What is a groin?'],
    ['What is a cheque?', 'What is a check?'],
    ['who sang man in black', 'who sang men in black'],
    ['when did mad men come out', 'when did mad man come out'],
  ]);
  served([
    ['What is aluminium?', 'What is aluminum?'],
    ['What is a tyre made of?', 'What is a tire made of?'],
  ]);
});

describe('short chat prompts: a greeting that is the text, a synonym in another degree, a slip two words share', () => {
  notServed([
    ['hi how are you in spanish', 'how are you in spanish'],
    ['excuse me where is the bathroom in french', 'where is the bathroom in french'],
    ['is it rude to say no thanks', 'is it rude to say no'],
    ['why do guys text hey', 'why do guys text'],
    ['she texted me sorry', 'she texted me'],
    ['name the 5 largest cities', 'name 5 big cities'],
    ['is it harder for women to build muscle', 'is it difficult for women to build muscle'],
    ['hwo are you', 'who are you'],
    ['hwo is your mom', 'how is your mom'],
  ]);
  served([
    ['Translate hello into Spanish', 'Please translate hello into Spanish'],
    ['Hi! How do you say cat in Spanish?', 'How do you say cat in Spanish?'],
    ['how long to boil an egg plz', 'how long to boil an egg'],
    ['Which is the fastest way to learn Python?', 'Which is the quickest way to learn Python?'],
  ]);
});

describe('long requests: a thing a wish or a requirement specifies, "hard" as firm, a courtesy as a noun', () => {
  notServed([
    ['Write the Postgres schema for our recipe app. I want each recipe to have an author, a list of ingredients, and a cover photo.', 'Write the Postgres schema for our recipe app. I want each recipe to have authors, a list of ingredients, and a cover photo.'],
    ['Requirements:\n- Must accept a file via drag and drop\n- Must show a progress bar\nWrite the React component in TypeScript.', 'Requirements:\n- Must accept files via drag and drop\n- Must show a progress bar\nWrite the React component in TypeScript.'],
    ['Write a study schedule for the CPA exam. My hard stop is 9pm every day.', 'Write a study schedule for the CPA exam. My difficult stop is 9pm every day.'],
    ['Write a follow-up email to a customer whose refund was delayed. Close with a sincere sorry.', 'Write a follow-up email to a customer whose refund was delayed. Close with a sincere thank you.'],
  ]);
  served([
    ['I need a recipe with chicken and a potato', 'I need a recipe with chicken and potatoes'],
    ['Is calculus hard?', 'Is calculus difficult?'],
  ]);
});
