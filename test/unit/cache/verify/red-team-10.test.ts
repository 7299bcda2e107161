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
    ['In Texas, can I sue a company for a late refund?', 'Can I sue a company for a late refund in Texas?'],
  ]);
  served([
    ['In Excel, how do I freeze a row?', 'How do I freeze a row in Excel?'],
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
