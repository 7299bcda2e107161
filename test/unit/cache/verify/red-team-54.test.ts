import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 47: a red team on the brief's categories and a fifth hostile review of the accepting rules, then a probe of
// what the first fixes cost in near-duplicates (the served blocks).

describe('a word typed twice where typing or the word itself is the question (structural-verifier.ts besideItself, TYPING_TOPIC)', () => {
  notServed([
    ['Why do I keep typing the the in my emails?', 'Why do I keep typing the in my emails?'],
    ['How do I remove every to to from my Word document?', 'How do I remove every to from my Word document?'],
    ['Why does my phone keyboard insert the the when I type fast?', 'Why does my phone keyboard insert the when I type fast?'],
    ['Why did my teacher circle of of in my essay?', 'Why did my teacher circle of in my essay?'],
    ['How can I search for is is in a PDF?', 'How can I search for is in a PDF?'],
    ['Why do babies say by by before they say hello?', 'Why do babies say by before they say hello?'],
    ['How do I find all the the the errors in a Google Doc?', 'How do I find all the the errors in a Google Doc?'],
    ['Why does my Kindle show the the on page 3?', 'Why does my Kindle show the on page 3?'],
  ]);
  served([
    ['How do I fix a leaky faucet in the bathroom?', 'How do I fix a a leaky faucet in the bathroom?'],
    ['Write me a recipe for banana bread.', 'Write me a a recipe for banana bread.'],
    ['What is the capital of France?', 'What is the the capital of France?'],
    ['Tell me all the facts about Mars.', 'Tell me all the the facts about Mars.'],
    ['Sort the list by date.', 'Sort the list by by date.'],
    ['What grade is a 78 on a test?', 'What grade is a a 78 on a test?'],
    ['How do I find the area of a circle?', 'How do I find the the area of a circle?'],
    ['Write a Python function to reverse a string.', 'Write a a Python function to reverse a string.'],
  ]);
});

describe('a text under a label line, then its task: an edit inside the text is an edit of what is reviewed (document-edit.ts splitParagraphs)', () => {
  notServed([
    ['My essay:\nThe war ended in 1945 and the world was never the same again.\nFind the errors.', 'My essay:\nThe war ended in 1945 and the the world was never the same again.\nFind the errors.'],
    ['Draft:\nOur goverment must act now.\nFind the errors.', 'Draft:\nOur government must act now.\nFind the errors.'],
    ["My email:\nI will definately be there on time.\nWhat's wrong with it?", "My email:\nI will definitely be there on time.\nWhat's wrong with it?"],
    ['Email draft:\nWe sent the report to the client on Friday, two days late.\nGive me feedback.', 'Email draft:\nWe sent the report to to the client on Friday, two days late.\nGive me feedback.'],
    ['My email:\nHello, I ordered a blender two weeks ago and it still has not arrived. Can you tell me where it is?\nGive me feedback.', 'My email:\nHello, I ordered a blender two weeks ago and it still has not arrrived. Can you tell me where it is?\nGive me feedback.'],
    ['Text:\nWe waited untill the rain stopped.\nFix it.', 'Text:\nWe waited until the rain stopped.\nFix it.'],
  ]);
  served([
    ['Email draft:\nHi Sarah, thanks for sending the report. I will review it by Friday and get back to you with comments.\nMake it more formal.', 'Email draft:\nHi Sarah, thanks for sending the report. I will review it by Friday and get back to you with comments.\nPlease make it more formal.'],
    ['My essay:\nSocial media has changed the way people communicate, and it affects our sleep.\nWhat grade would this get?', 'My essay:\nSocial media has changed the way people communicate, and it affects our sleep.\nWhat grade would this get? Thanks!'],
    ['My essay:\nSocial media has changed the way people communicate, and it affects our sleep.\nWhat grade would this get?', 'My essay:\nSocial media has changed the way people communicate, and it affects our sleep.\nWhat grade would this get?\nThanks!'],
    ['My manager wrote:\nPlease send the report by Friday.\nHow should I reply?', 'My manager wrote:\nPlease send the report by Friday\nHow should I reply?'],
  ]);
});

describe('a word a checker marked or whose use is asked: its spelling is the question (SPELLING_TOPIC, word-topic.ts CUES_BEFORE)', () => {
  notServed([
    ['Why does Word underline recieve in red?', 'Why does Word underline receive in red?'],
    ['Why does Grammarly flag favourite?', 'Why does Grammarly flag favorite?'],
    ['My teacher circled definately in my essay. Why?', 'My teacher circled definitely in my essay. Why?'],
    ['Is goverment ok to use in an essay?', 'Is government ok to use in an essay?'],
    ["I'm writing for an American magazine. Is travelling ok?", "I'm writing for an American magazine. Is traveling ok?"],
    ['Why does my phone suggest accomodate?', 'Why does my phone suggest accommodate?'],
    ['Is definately British or American?', 'Is definitely British or American?'],
    ['My boss wrote definately in an email to a client, should I tell him?', 'My boss wrote definitely in an email to a client, should I tell him?'],
  ]);
  served([
    ['Is coffee ok during pregnancy?', 'Is cofee ok during pregnancy?'],
    ['How do I flag an email as important in Outlook?', 'How do I flag an email as impotrant in Outlook?'],
    ['How should I respond to negative feedback from my manager?', 'How should I respond to negative feedback from my maanager?'],
    ['Is Grammarly premium worth the money for a student?', 'Is Grammarly premium worth the money for a stduent?'],
    ['Is it okay to ask a friend for money?', 'Is it okay to ask friends for money?'],
  ]);
});

describe('a comma that splits a food named after what it is made of (comma-meaning.ts nounsSplitByComma)', () => {
  notServed([
    ['What can I make with rice, noodles and beans?', 'What can I make with rice noodles and beans?'],
    ['How many calories are in potato, chips and toast?', 'How many calories are in potato chips and toast?'],
    ['What wine goes with fish, sauce and salad?', 'What wine goes with fish sauce and salad?'],
    ['Can dogs eat pumpkin, seeds and carrots?', 'Can dogs eat pumpkin seeds and carrots?'],
  ]);
  served([
    ['Explain photosynthesis, respiration and fermentation.', 'Explain photosynthesis respiration and fermentation.'],
    ['What can I cook with chicken, broccoli and rice?', 'What can I cook with chicken broccoli and rice?'],
    ['I like cats, dogs and birds. Write a poem.', 'I like cats dogs and birds. Write a poem.'],
  ]);
});

describe('"with"/"using" SQL after a program that SQL is not, or a dataframe (prepare-tokens.ts namesLanguageToWriteIn)', () => {
  notServed([
    ['Write a class using SQL.', 'Write a class in SQL.'],
    ['Write a program with SQL.', 'Write a program in SQL.'],
    ['How do I filter a dataframe using SQL?', 'How do I filter a dataframe in SQL?'],
  ]);
  served([
    ['Write a script using SQL.', 'Write a script in SQL.'],
    ['Write a function using SQL.', 'Write a function in SQL.'],
    ['How do I sort a table by date in SQL?', 'How do I sort a table by date using SQL?'],
  ]);
});

describe('a second review of the session\'s rules: other checkers, labels and foods refused; everyday slips served again', () => {
  notServed([
    ['Why does LanguageTool flag receive?', 'Why does LanguageTool flag recieve?'],
    ['Why does Hemingway mark believe?', 'Why does Hemingway mark beleive?'],
    ['My teacher crossed out receive in my essay, why?', 'My teacher crossed out recieve in my essay, why?'],
    ['Can you review my paragraph?\nThe industrial revolution changed the way people lived and worked in cities across Europe and America.\nWhat is wrong with it?', 'Can you review my paragraph?\nThe industrial revolution changed the the way people lived and worked in cities across Europe and America.\nWhat is wrong with it?'],
    ['What can I make with pork chops and spinach?', 'What can I make with pork, chops and spinach?'],
    ['How long do chicken thighs and peas last in the fridge?', 'How long do chicken, thighs and peas last in the fridge?'],
    ['What can I make with hot dogs and spinach?', 'What can I make with hot, dogs and spinach?'],
    ['Why does my phone keyboard insert is is when I type fast?', 'Why does my phone keyboard insert is when I type fast?'],
  ]);
  served([
    ['What are the main types of clouds?', 'What are the the main types of clouds?'],
    ['How do I clean a mechanical keyboard?', 'How do I clean a a mechanical keyboard?'],
    ['I am pregnant. Is sushi ok?', 'I am pregnant. Is suhsi ok?'],
    ['How should a teacher mark homework fairly?', 'How should a teacher mark homwork fairly?'],
    ['Summarize this article.\nThe city council approved a new budget for parks and libraries on Monday evening.\nKeep it short.', 'Summarize this article.\nThe city council approved a new budget for parks and libraries on Monday evening.\nPlease keep it short.'],
  ]);
});

describe('a third review of the session\'s rules: retrieval templates and lists served again, named checkers refused', () => {
  notServed([
    ['Can you check my email?\nHi John,\nI will send you the invoice on Monday.\nThanks,\nAnna', 'Can you check my email?\nHi John,\nI will send you the the invoice on Monday.\nThanks,\nAnna'],
    ['Why does Ginger mark accommodate?', 'Why does Ginger mark accomodate?'],
    ['My phone keeps changing definitely to defiantly.', 'My phone keeps changing definately to defiantly.'],
    ['Give me ideas for a picnic with cheese sandwiches and lemonade.', 'Give me ideas for a picnic with cheese, sandwiches and lemonade.'],
  ]);
  served([
    ['Context:\nItems can be returned within 30 days of delivery with the receipt.\n\nQuestion: How long do I have to return an item?\n\nAnswer:', 'Context:\nItems can be returned within 30 days of delivery with the receipt.\n\nQuestion: How long do I have to retrun an item?\n\nAnswer:'],
    ['Answer using the context below.\nItems can be returned within 30 days of delivery with the receipt.\nQuestion: How long do I have to return an item?\nAnswer:', 'Answer using the context below.\nItems can be returned within 30 days of delivery with the receipt.\nQuestion: How long do i have to return an item?\nAnswer:'],
    ['What can I make with tomato onions and garlic?', 'What can I make with tomato, onions and garlic?'],
    ['Why does my dog mark territory?', 'Why does my dog mark teritory?'],
    ['Is ChatGPT ok to use for homework?', 'Is ChatGPT ok to use for homwork?'],
  ]);
});
