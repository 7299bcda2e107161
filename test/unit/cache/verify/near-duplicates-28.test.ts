import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 28: a helper writing the near-duplicates users expect served (603 pairs; 319 served on the session's
 * start). Each "now served" pair was refused on the start (510725e); each not-served pair is a neighbour the widened
 * rules must keep refusing, or a wrong answer two reviews found served by a rule that was then withdrawn or cut back.
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
    ["Why does Bitbucket show this as plain text instead of code?\nHere is my snippet:\n\n```\nx = 1\nprint(x)\n```", "Why does Bitbucket show this as plain text instead of code?\nHere is my snippet:\n```\nx = 1\nprint(x)\n```"],
    ["Why is the code block not highlighted on my Redmine wiki page?\nSetup steps:\n\n```\nnpm install\n```", "Why is the code block not highlighted on my Redmine wiki page?\nSetup steps:\n```\nnpm install\n```"],
    ["Why do the backtick lines appear literally in my Confluence page?\nRun this:\n\n```\nmake all\n```", "Why do the backtick lines appear literally in my Confluence page?\nRun this:\n```\nmake all\n```"],
    ["Why is this a plain paragraph in my Doxygen docs?\nExample usage:\n\n```\nfoo(1, 2);\n```", "Why is this a plain paragraph in my Doxygen docs?\nExample usage:\n```\nfoo(1, 2);\n```"],
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

// A first rule set aside a greeting naming the assistant or the readers ("Hi ChatGPT, …", "Hey guys, …"); two reviews
// found the greeting was what the question was about ("Hey guys, is that sexist?", "Hi Claude, how do you pronounce
// that name?"), and it was withdrawn. What a greeting "this" judges stays refused whatever the greeting.
describe('a greeting that names the assistant or the readers stays part of the prompt', () => {
  notServed([
    ['How do I cook salmon in the oven?', 'Hi ChatGPT, how do I cook salmon in the oven?'],
    ['Hey guys, is that sexist?', 'Is that sexist?'],
    ['Hi Claude, how do you pronounce that name?', 'How do you pronounce that name?'],
    ['Hey Google not working', 'Google not working'],
    ['Hello Kitty history', 'Kitty history'],
    ['How do I say hi everyone in French?', 'How do I say everyone in French?'],
    ['Hi all, is it rude to start an email like this?', 'Is it rude to start an email like this?'],
    ['Hi, is it rude to start an email like this?', 'Is it rude to start an email like this?'],
    ['Hey guys, is this greeting gender neutral?', 'Is this greeting gender neutral?'],
    ['Hello all, does this greeting sound too formal for Slack?', 'Does this greeting sound too formal for Slack?'],
    ['Hey Gemini, what is in my horoscope this week?', 'What is in my horoscope this week?'],
  ]);
  served([
    ['Please rewrite this email to be more formal.', 'Rewrite this email to be more formal.'],
    ['Hi, can you check this message for typos?', 'Can you check this message for typos?'],
    ['Thanks! How does this work?', 'How does this work?'],
    // "like this" pointing at what follows, and "does this look right", judge content, not the greeting (a second review).
    ['Hello, how do I format a date like this: 2024-01-31?', 'How do I format a date like this: 2024-01-31?'],
  ]);
});

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
    ['Instruction: Summarize the article below.', 'Instruction: summarize the article below.'],
    ['Context: The sky is blue.\nQuestion: why is the sky blue?', 'Context: The sky is blue.\nQuestion: Why is the sky blue?'],
  ]);
  notServed([
    ['key: Value', 'key: value'],
    ['Password: Hunter2', 'Password: hunter2'],
    ['Name: Bill', 'Name: bill'],
    ['Question: Is Turkey safe to visit?', 'Question: Is turkey safe to visit?'],
    // After a label of data or a search the case is the data's (a second review).
    ['Input: None', 'Input: none'],
    ['Query: Java beans', 'Query: java beans'],
    ['Query: Nice weather in June', 'Query: nice weather in June'],
    ['User: Hello. How many uppercase letters are there?', 'User: hello. How many uppercase letters are there?'],
  ]);
});

// A first rule read "How do you/does one/do we <procedure>" as "How do I"; a second review found the assistant or a
// collective "we" as the doer ("How do you connect to the internet?", "How do we solve climate change?", "How could
// you delete the files?"), and it was withdrawn.
describe('"How do you …" stays another question than "How do I …"', () => {
  notServed([
    ['How do I connect to the internet?', 'How do you connect to the internet?'],
    ['How do I solve climate change?', 'How do we solve climate change?'],
    ['How could I delete the files?', 'How could you delete the files?'],
    ['How did I fix it?', 'How did you fix it?'],
    ['How do I draw?', 'How do you draw?'],
    ['How do I feel about my job?', 'How do you feel about my job?'],
    ['How do I work?', 'How do you work?'],
  ]);
});

// A first rule took Markdown's inline-code marks off the side that had them; a second review found 58 pairs where
// the marks are syntax (shell substitution after any command, Ruby and Perl commands, MySQL and Kotlin quoted
// names, Haskell infix, Go raw strings, JavaScript template literals), and it was withdrawn.
describe('inline-code marks stay part of the prompt', () => {
  notServed([
    ['What does `git stash` do?', 'What does git stash do?'],
    ['What does echo `date` print?', 'What does echo date print?'],
    ['Why does `${name}` print the value?', 'Why does ${name} print the value?'],
    ["What does ls -l `which python` show?", "What does ls -l which python show?"],
    ["Why does mkdir `date +%F` fail?", "Why does mkdir date +%F fail?"],
    ["What does kill -9 `pgrep node` do?", "What does kill -9 pgrep node do?"],
    ["What does kill `cat app.pid` do?", "What does kill cat app.pid do?"],
    ["Why does chmod +x `which foo` say permission denied?", "Why does chmod +x which foo say permission denied?"],
    ["What does readlink -f `which java` print?", "What does readlink -f which java print?"],
    ["What does file `which ls` output?", "What does file which ls output?"],
    ["What does vim `git diff --name-only` open?", "What does vim git diff --name-only open?"],
    ["What does docker stop `docker ps -q` do?", "What does docker stop docker ps -q do?"],
    ["What does git checkout `git rev-list -n 1 HEAD` do?", "What does git checkout git rev-list -n 1 HEAD do?"],
    ["What does grep foo `find . -name '*.c'` search?", "What does grep foo find . -name '*.c' search?"],
    ["What does tar czf backup.tgz `ls *.txt` create?", "What does tar czf backup.tgz ls *.txt create?"],
  ]);
});
