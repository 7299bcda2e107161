import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 10's fourth red team (1,531 pairs on fresh classes): synonyms of the vetted list with a sense of their
 * own, a place or language phrase moved to where it attaches to another noun, the number of what a spec or a
 * requested text names, and the case of a symbol under whole-text case folding. Each not-served pair was served
 * by the code before.
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('synonyms with a sense of their own are no longer listed', () => {
  notServed([
    ['Is a chiropractor a doctor?', 'Is a chiropractor a physician?'],
    ['Can my dentist sign the form if it must be signed by a doctor?', 'Can my dentist sign the form if it must be signed by a physician?'],
    ['Can I alter my wedding dress after I buy it?', 'Can I change my wedding dress after I buy it?'],
  ]);
  served([['Is it safe to buy a used car?', 'Is it safe to buy a used automobile?']]);
});

describe('a place or language phrase moved to the end attaches to the noun before it', () => {
  notServed([
    ['In Germany, how do I send money to my brother?', 'How do I send money to my brother in Germany?'],
    ['In Spanish, how do I reply to an email from my boss?', 'How do I reply to an email from my boss in Spanish?'],
    ['In Texas, can I sue my landlord?', 'Can I sue my landlord in Texas?'],
  ]);
  served([
    ['In Excel, how do I freeze a row?', 'How do I freeze a row in Excel?'],
    ['In Japan, is tipping rude?', 'Is tipping rude in Japan?'],
    ['In Spanish, how do I say good morning?', 'How do I say good morning in Spanish?'],
    ['If it rains tomorrow, what should I wear?', 'What should I wear if it rains tomorrow?'],
  ]);
});

describe('the number of what a spec or a requested text names', () => {
  notServed([
    ['Return a JSON object with the keys name, price and tag.', 'Return a JSON object with the keys name, price and tags.'],
    ['Create a Postgres table with the columns id, title and author.', 'Create a Postgres table with the columns id, title and authors.'],
    ['Write the JSON schema for a function create_event that takes title, date and attendee.', 'Write the JSON schema for a function create_event that takes title, date and attendees.'],
    ['Write a SQL query that returns the customer who placed the most orders.', 'Write a SQL query that returns the customers who placed the most orders.'],
    ['Summarize this article in a tweet.', 'Summarize this article in tweets.'],
    ['Write a haiku about autumn and give it a title.', 'Write a haiku about autumn and give it titles.'],
    ['Draft an email to my team that ends with a question.', 'Draft an email to my team that ends with questions.'],
    ['Explain compound interest with a worked example.', 'Explain compound interest with worked examples.'],
  ]);
  served([
    ['Return a JSON object with the keys name and price, please.', 'Return a JSON object with the keys name and price.'],
    ['How do I reverse a list in Python?', 'how do I reverse a list in Python?'],
  ]);
});

describe('the case of a symbol survives whole-text case folding', () => {
  notServed([
    ['What is the molar mass of Co?', 'WHAT IS THE MOLAR MASS OF CO'],
    ['Is Hf dangerous to touch?', 'IS HF DANGEROUS TO TOUCH'],
    ['How long to download 2 Gb at 100 Mbps?', 'how long to download 2 gb at 100 mbps'],
  ]);
  served([
    ['What is the capital of France?', 'what is the capital of france'],
    ['What Is The Capital Of France?', 'What is the capital of France?'],
  ]);
});

// A review and a fifth red team of the session, against the rules above: a text to convert keeps its whitespace
// (code and YAML live in it), a request after politeness still counts, and ordinary prompts that only look like
// instructions about a text keep their tolerance.
describe('what the review and the last red team found', () => {
  notServed([
    ['Convert this code to JavaScript:\nfor x in xs:\n    if x:\n        f()\n    g()', 'Convert this code to JavaScript:\nfor x in xs:\n    if x:\n        f()\n        g()'],
    ['Convert this YAML to JSON:\na:\n  b: 1\n  c: 2', 'Convert this YAML to JSON:\na:\n  b: 1\nc: 2'],
    ['I teach English. Please summarize the plot of Hamlet in a tweet.', 'I teach English. Please summarize the plot of Hamlet in tweets.'],
  ]);
  served([
    ['My laptop gets very hot when I am playing games. How do I fix it?', "My laptop gets very hot when I'm playing games. How do I fix it?"],
    ['Need help choosing the right laptop: I am a student on a budget.', "Need help choosing the right laptop: I'm a student on a budget."],
    ['Write a professional email to my landlord\nasking him to fix the heating.', 'Write a professional email to my landlord asking him to fix the heating.'],
    ['How do I download YouTube videos?', 'how do i download youtube videos'],
    ['Any mistakes to avoid when buying a used car? I am a first-time buyer.', "Any mistakes to avoid when buying a used car? I'm a first-time buyer."],
    ['How many characters are in the Game of Thrones books? I am curious.', "How many characters are in the Game of Thrones books? I'm curious."],
    ['How long should I boil an egg for a soft yolk?', 'How long should I boil egg for a soft yolk?'],
  ]);
});

// The session's last red team, on the brief's own categories (0 of 1,951 wrong pairs served), then on what the
// verifier tolerates: "the" in a fixed phrase, a comma that groups an expression, courtesy that is the text, and
// the number of what is fetched.
describe('what the last red team found beside the brief\'s categories', () => {
  notServed([
    ['Is it safer to sit in the front of the plane?', 'Is it safer to sit in front of the plane?'],
    ['Can a politician be sued for what they did in the office?', 'Can a politician be sued for what they did in office?'],
    ['What is 10 - 4, divided by 2?', 'What is 10 - 4 divided by 2?'],
    ['What is 2 + 3, times 4?', 'What is 2 + 3 times 4?'],
    ['What does a, b = b, a do in Python?', 'What does a b = b a do in Python?'],
    ['adele hello', 'adele'],
    ['Good afternoon email greeting', 'Good evening email greeting'],
    ['How do I get the child of a DOM element?', 'How do I get the children of a DOM element?'],
    ['git: how do I revert the last commit?', 'git: how do I revert the last commits?'],
  ]);
  served([
    ['I have 3 cats, and 2 dogs. How much food do they need?', 'I have 3 cats and 2 dogs. How much food do they need?'],
    ['Explain recursion, thanks', 'Explain recursion'],
    ['Thanks! How do I find my IP address?', 'How do I find my IP address?'],
    ['What time does the store close?', 'What time does store close?'],
  ]);
});

// A last sweep of ordinary traffic against the session's rules (1,826 + 635 near-duplicates): a courtesy after
// a pasted text or a closing code fence is politeness again, and thanks beside a two-word query is no title.
describe('courtesy around a pasted text or a short query', () => {
  served([
    ['Explain this code:\n```python\nprint(sum(range(10)))\n```\n\nThanks!', 'Explain this code:\n```python\nprint(sum(range(10)))\n```'],
    ['Summarize this email:\n\nHi Tom, the launch moved to Friday because QA found a bug.\n\nThanks!', 'Summarize this email:\n\nHi Tom, the launch moved to Friday because QA found a bug.'],
    ['bmi calculator thanks', 'bmi calculator'],
  ]);
  notServed([
    // A text to translate keeps its sign-off, and the code itself still counts.
    ['Translate this email to German:\n\nThe launch moved to Friday.\n\nThanks!', 'Translate this email to German:\n\nThe launch moved to Friday.'],
    ['Explain this code:\n```python\nprint(sum(range(10)))\n```\n\nThanks!', 'Explain this code:\n```python\nprint(sum(range(11)))\n```\n\nThanks!'],
  ]);
});
