import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 36: red teams. A word-form fuzzer (5,842 pairs: affixes, stemmer conflations, compounds, spellings,
 * abbreviations, irregular forms; 145 of 270 pairs served where WordNet's exception list reads an everyday word as
 * another's irregular plural) and a templated-prompt fuzzer (5,578 pairs over 43 kinds of slot: 0 of 1,652 ordinary
 * slot changes served; a keyword to target and a filter's value served across spellings, inflections and synonyms,
 * and politeness inside a text to translate). Each not-served pair was `same` on the session's start (30a04cf); the
 * served pairs are near-duplicates the rules must leave alone. Stored text first, as the proxy reads it.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('an everyday word WordNet lists as the irregular plural of another', () => {
  notServed([
    ['What is a colon?', 'What is a cola?'],
    ['How can I increase my stamina?', 'How can I increase my stamen?'],
    ['Hey, what is a diva?', 'Hey, what is a dive?'],
    ['What is stigma? I need this for school.', 'What is stigmata? I need this for school.'],
    ['Write a poem about trivia.', 'Write a poem about trivium.'],
  ]);
  served([
    ['Why do men snore?', 'Why do man snore?'],
    ['How many teeth does a dog have?', 'How many tooth does a dog have?'],
    ['What are fungi?', 'What are fungus?'],
    ['Why is my baby crying?', 'Why is my baby crying'],
  ]);
});

describe('a keyword to target, typed without quotes', () => {
  notServed([
    ['Write 5 long-tail SEO keywords based on the seed keyword: cheap flights', 'Write 5 long-tail SEO keywords based on the seed keyword: inexpensive flights'],
    ['Write a meta title and meta description for a page targeting the keyword jewellery.', 'Write a meta title and meta description for a page targeting the keyword jewelry.'],
    ['Create 10 Google Ads headlines (max 30 characters each) for the keyword dog bed.', 'Create 10 Google Ads headlines (max 30 characters each) for the keyword dog beds.'],
    ['Give me 20 keyword ideas for grey sofa with search intent for each.', 'Give me 20 keyword ideas for gray sofa with search intent for each.'],
    ['Write 5 YouTube video titles for the search term dog bed.', 'Write 5 YouTube video titles for the search term dog beds.'],
    ['Write an Amazon product title (max 200 characters) that starts with e-mail marketing.', 'Write an Amazon product title (max 200 characters) that starts with email marketing.'],
  ]);
  served([
    ['Write a meta title for the keyword jewellery.', 'Please write a meta title for the keyword jewellery.'],
    ['What are the best keyword research tools?', 'What are the best keyword research tool?'],
    ['Which colour should my logo be?', 'Which color should my logo be?'],
  ]);
});

describe("a filter's value in a request for a query, a formula or a filter over data", () => {
  const schema = 'Tables:\nproducts(id INT PRIMARY KEY, name TEXT, category TEXT, colour TEXT, price NUMERIC(10,2))\norders(id INT PRIMARY KEY, customer_id INT, product_id INT, status TEXT, placed_at DATE)\n\n';
  notServed([
    ['Question: How many orders have status cancelled?\nSQL:', 'Question: How many orders have status canceled?\nSQL:'],
    [`${schema}Write SQL to count products whose colour is grey.`, `${schema}Write SQL to count products whose colour is gray.`],
    [`${schema}Question: list the names of customers who bought anything from the jewellery category in 2024.\nSQL:`, `${schema}Question: list the names of customers who bought anything from the jewelry category in 2024.\nSQL:`],
    ['Google Sheets: count the rows where column C is cancelled. Give me the formula.', 'Google Sheets: count the rows where column C is canceled. Give me the formula.'],
    ['In pandas, filter df to rows where the category column equals sofa.', 'In pandas, filter df to rows where the category column equals couch.'],
    ['In pandas, filter df to rows where the category column equals toy.', 'In pandas, filter df to rows where the category column equals toys.'],
    ['Give me a COUNTIFS formula: column A is grey and column D is greater than 10.', 'Give me a COUNTIFS formula: column A is gray and column D is greater than 10.'],
    ['JQL: all open issues in project WEB with the label localisation, ordered by priority.', 'JQL: all open issues in project WEB with the label localization, ordered by priority.'],
    ['Write a SOQL query for Accounts whose Type is organisation.', 'Write a SOQL query for Accounts whose Type is organization.'],
    ['Zapier filter step: only continue if the order status is cancelled. How do I set it up?', 'Zapier filter step: only continue if the order status is canceled. How do I set it up?'],
  ]);
  served([
    ['Write a SQL query that counts the orders placed in 2024.', 'Please write a SQL query that counts the orders placed in 2024.'],
    ['How do I filter rows in Excel where the value is blank?', 'how do I filter rows in Excel where the value is blank'],
    ['What is the status of my order?', 'What is the status of my orders?'],
  ]);
});

describe('politeness inside a text the last line has translated or rewritten', () => {
  notServed([
    ['Please do not reply to this email.\n\nTranslate the above into Italian.', 'Do not reply to this email.\n\nTranslate the above into Italian.'],
    ['Please do not reply to this email.\n\nTranslate this into Spanish.', 'Do not reply to this email.\n\nTranslate this into Spanish.'],
    ['Please do not reply to this email.\nTranslate to French please.', 'Do not reply to this email.\nTranslate to French please.'],
    ['Please do not reply to this email.\n\nRewrite the above in a more casual tone.', 'Do not reply to this email.\n\nRewrite the above in a more casual tone.'],
  ]);
  served([
    ['Translate the above into Italian.', 'Please translate the above into Italian.'],
    ['Hi,\nCan you please help me?\nThanks', 'Hi,\nCan you help me?'],
  ]);
});
