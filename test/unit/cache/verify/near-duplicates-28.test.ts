import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 28: a helper writing the near-duplicates users expect served (603 pairs; 319 served on the session's
 * start). Each "now served" pair was refused on the start (510725e); each not-served pair is a neighbour the widened
 * rules must keep refusing.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('blank lines between prose and a fence of code', () => {
  served([
    ["Fix this code:\n\n```python\nprint('hello'\n```", "Fix this code:\n```python\nprint('hello'\n```"],
    ["Fix this code:\n\n```python\nprint('hello'\n```", "Fix this code:\n\n\n```python\nprint('hello'\n```"],
    ["What is wrong with this query?\n\n```sql\nSELECT * FROM users WHERE name = 'bob\n```", "What is wrong with this query?\n```sql\nSELECT * FROM users WHERE name = 'bob\n```"],
    ["What is wrong with this query?\n\n```sql\nSELECT * FROM users WHERE name = 'bob\n```", "What is wrong with this query ?\n\n```sql\nSELECT * FROM users WHERE name = 'bob\n```"],
    ['```js\nconst a = 1\n```\n\nWhat does this do?', '```js\nconst a = 1\n```\nWhat does this do?'],
  ]);
  notServed([
    // Inside the block every line counts; where the layout is asked about, so do the blank lines around it.
    ['Fix this code:\n```python\ndef f():\n\n    return 1\n```', 'Fix this code:\n```python\ndef f():\n    return 1\n```'],
    ['Convert to a list:\n```\na\n\nb\n```', 'Convert to a list:\n```\na\nb\n```'],
    ['How many blank lines are there before the code block?\n\n```python\nx = 1\n```', 'How many blank lines are there before the code block?\n```python\nx = 1\n```'],
    ['Is this valid Markdown?\n\n```\nx\n```', 'Is this valid Markdown?\n```\nx\n```'],
    // A review's: the renderer needs that blank line.
    ["Why doesn't MkDocs render my code block?\nHere is the code:\n```\nx = 1\n```", "Why doesn't MkDocs render my code block?\nHere is the code:\n\n```\nx = 1\n```"],
  ]);
});

describe('a closing thanks typed in lowercase after the question', () => {
  served([
    ['What is the capital of Chile?', 'What is the capital of Chile? thanks'],
    ['What is the capital of Chile?', 'What is the capital of Chile? thank you'],
    ['How do I make hummus?', 'How do I make hummus? thx!'],
    ['What is the capital of Kenya?', 'What is the capital of Kenya? thanks in advance'],
  ]);
  notServed([
    ['What does ab? do', 'What does ab? thanks'],
    ['What does ab? do', 'What does ab do'],
  ]);
});

describe('a greeting that names the assistant or the readers', () => {
  served([
    ['How do I cook salmon in the oven?', 'Hi ChatGPT, how do I cook salmon in the oven?'],
    ['How do I get a passport?', 'Hey Claude, how do I get a passport?'],
    ['How do I get a passport?', 'Hello assistant, how do I get a passport?'],
    ['How do I get a passport?', 'Hey guys, how do I get a passport?'],
    ['What is the best way to learn to code?', 'Hi everyone, what is the best way to learn to code?'],
  ]);
  notServed([
    ['Hey Google not working', 'Google not working'],
    ['Hello Kitty history', 'Kitty history'],
    ['How do I say hi everyone in French?', 'How do I say everyone in French?'],
    ['Is it rude to start an email with Hi all?', 'Is it rude to start an email with all?'],
    ['Hey Siri, set a timer', 'Set a timer'],
    // A review's (session 28): the greeting is what "this" judges, or a name that is no assistant.
    ['Hi all, is it rude to start an email like this?', 'Is it rude to start an email like this?'],
    ['Hi, is it rude to start an email like this?', 'Is it rude to start an email like this?'],
    ['Hey guys, is this greeting gender neutral?', 'Is this greeting gender neutral?'],
    ['Hi team, is this too informal for a first email to a client?', 'Is this too informal for a first email to a client?'],
    ['Hey everyone, is this a good way to open a LinkedIn post?', 'Is this a good way to open a LinkedIn post?'],
    ['Hello all, does this greeting sound too formal for Slack?', 'Does this greeting sound too formal for Slack?'],
    ['Hey Gemini, what is in my horoscope this week?', 'What is in my horoscope this week?'],
  ]);
  served([
    ['Please rewrite this email to be more formal.', 'Rewrite this email to be more formal.'],
    ['Hi, can you check this message for typos?', 'Can you check this message for typos?'],
    ['Thanks! How does this work?', 'How does this work?'],
  ]);
});

// A first rule read "can you write/create/make a <text> about/for/on …" as a request (a near-duplicate helper's);
// a review found the questions of what one may or can write that it served, and it was withdrawn, as session 20's was.
describe('"can you" before writing, creating or making a text stays a question of what is possible', () => {
  notServed([
    ['Can you write a check to yourself?', 'Write a check to yourself.'],
    ['Can you write a song about a real person without permission?', 'Write a song about a real person.'],
    ['Can you make a will in Florida?', 'Make a will in Florida.'],
    ['Can you make a list in Excel?', 'Make a list in Excel.'],
    ['Can you write a function in SQL?', 'Write a function in SQL.'],
    ['Can you write a story in present tense?', 'Write a story in present tense.'],
    ['Can you write an essay in first person?', 'Write an essay in first person.'],
    ["Can you make a playlist on Spotify for a friend?", "Make a playlist on Spotify for a friend."],
    ["Can you write a summary for a resume in first person?", "Write a summary for a resume in first person."],
    ["Can you write a haiku about winter in four lines?", "Write a haiku about winter in four lines."],
    ["Can you write a bio on LinkedIn in third person?", "Write a bio on LinkedIn in third person."],
    ["Can you make a speech for a candidate as a federal employee?", "Make a speech for a candidate as a federal employee."],
    ["Can you make a joke about religion at work?", "Make a joke about religion at work."],
    ["Can you write a tweet about a trial while serving on the jury?", "Write a tweet about a trial while serving on the jury."],
    ["Can you write a speech for a wedding if you're not the best man?", "Write a speech for a wedding if you're not the best man."],
    ["Can you write a story about copyrighted characters?", "Write a story about copyrighted characters."],
    ["Can you write a story about a real person?", "Write a story about a real person."],
    ["Can you write a recipe on a blog from a published cookbook?", "Write a recipe on a blog from a published cookbook."],
    ["Can you make a playlist on Apple Music for free?", "Make a playlist on Apple Music for free."],
    ["Can you make a checklist on an iPhone?", "Make a checklist on an iPhone."],
    ["Can you write a poem about a celebrity and sell it?", "Write a poem about a celebrity and sell it."],
    ["Can you write a summary for a book report from the movie?", "Write a summary for a book report from the movie."],
  ]);
});

describe('the word after a template label opens a sentence, typed in either case', () => {
  served([
    ['Task: Write a haiku about the ocean.', 'Task: write a haiku about the ocean.'],
    ['Question: What is the boiling point of water?', 'Question: what is the boiling point of water?'],
    ['Q: How do I reset my router?', 'Q: how do I reset my router?'],
    ['Context: The sky is blue.\nQuestion: why is the sky blue?', 'Context: The sky is blue.\nQuestion: Why is the sky blue?'],
  ]);
  notServed([
    ['key: Value', 'key: value'],
    ['Password: Hunter2', 'Password: hunter2'],
    ['Name: Bill', 'Name: bill'],
    ['Question: Is Turkey safe to visit?', 'Question: Is turkey safe to visit?'],
  ]);
});

describe('"you", "one" or "we" doing a procedure in a how-to is anyone, as "I" is', () => {
  served([
    ['How do I boil an egg?', 'How do you boil an egg?'],
    ['How do I solve a quadratic equation?', 'How does one solve a quadratic equation?'],
    ['How do I calculate compound interest?', 'How do you calculate compound interest?'],
    ['How do I make pancakes?', 'How do you make pancakes?'],
    ['How do I say thank you in Japanese?', 'How do you say thank you in Japanese?'],
    ['How can I reset a router?', 'How do you reset a router?'],
  ]);
  notServed([
    ['How do I feel about my job?', 'How do you feel about my job?'],
    ['How do I know that?', 'How do you know that?'],
    ['How do I spell my name?', 'How do you spell your name?'],
    ['How do I handle criticism?', 'How do you handle criticism?'],
    ['How do I work?', 'How do you work?'],
    ['How do I make decisions?', 'How do you make decisions?'],
    ['How do I get better at chess?', 'How do you get better at chess?'],
    ['How do I say no to my boss?', 'How do you say no to your boss?'],
  ]);
});

describe('Markdown inline-code marks typed on one side only', () => {
  served([
    ['What does `git stash` do?', 'What does git stash do?'],
    ['How do I use `useState` in React?', 'How do I use useState in React?'],
    ['What is the difference between `let` and `const`?', 'What is the difference between let and const?'],
    ['How do I install numpy with `pip`?', 'How do I install numpy with pip?'],
  ]);
  notServed([
    ['What does echo `date` print?', 'What does echo date print?'],
    ['What does x=`pwd` do in bash?', 'What does x=pwd do in bash?'],
    ['How do I show `code` in Slack?', 'How do I show code in Slack?'],
    ['How do I write `inline code` in Markdown?', 'How do I write inline code in Markdown?'],
    ['Why does `${name}` print the value?', 'Why does ${name} print the value?'],
    ['What does `*args` mean?', 'What does args mean?'],
    ['What does `git stash` do?', 'What does git stash pop do?'],
  ]);
});
