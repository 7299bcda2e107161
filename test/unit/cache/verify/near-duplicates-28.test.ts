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
  ]);
});

describe('"can you" before writing, creating or making a text', () => {
  served([
    ['Write a poem about the sea.', 'Can you write a poem about the sea?'],
    ['Write a haiku about winter.', 'Can you write a haiku about winter?'],
    ['Write a short poem about friendship.', 'Can you write a short poem about friendship?'],
    ['Create a workout plan for beginners.', 'Can you create a workout plan for beginners?'],
    ['Write a cover letter for a marketing job.', 'Could you write a cover letter for a marketing job?'],
  ]);
  notServed([
    ['Can you write a check to yourself?', 'Write a check to yourself.'],
    ['Can you write a song about a real person without permission?', 'Write a song about a real person.'],
    ['Can you make a will in Florida?', 'Make a will in Florida.'],
    ['Can you write a book about your family?', 'Write a book about your family.'],
    ['Can you make a list in Excel?', 'Make a list in Excel.'],
    ['Can you write a function in SQL?', 'Write a function in SQL.'],
    ['Can you write a letter to the judge before sentencing?', 'Write a letter to the judge before sentencing.'],
    // A text in a form asks whether one may write it so (session 20's neighbours, and more).
    ['Can you write a story in present tense?', 'Write a story in present tense.'],
    ['Can you write an essay in first person?', 'Write an essay in first person.'],
    ['Can you write a haiku with four lines?', 'Write a haiku with four lines.'],
    ['Can you write poems?', 'Write poems.'],
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
