import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

// A red team on instruction modifiers (session 38): a phrase fronted before a request ("In Spanish, explain how to …")
// moved to the end lands on the embedded act, which it then modifies. Only a tone or length before a verb of writing
// or speaking was caught; 2,652 of 42,253 generated pairs were served.
describe('a language, a span of time or a person of the asker moved onto any embedded act', () => {
  notServed([
    ['In Spanish, explain how to bargain at a market', 'Explain how to bargain at a market in Spanish'],
    ['In Italian, explain how to order coffee', 'Explain how to order coffee in Italian'],
    ['In French, tell me how to introduce yourself', 'Tell me how to introduce yourself in French'],
    ['In 30 seconds, explain how to boil an egg', 'Explain how to boil an egg in 30 seconds'],
    ['In two weeks, show me how to learn basic Portuguese', 'Show me how to learn basic Portuguese in two weeks'],
    ['For my dad, explain how to pick a gift', 'Explain how to pick a gift for my dad'],
    ['For my wife, describe how to plan a surprise party', 'Describe how to plan a surprise party for my wife'],
  ]);
});

describe('after a gerund or a meaning', () => {
  notServed([
    ['In French, give me tips on ordering takeout over the phone', 'Give me tips on ordering takeout over the phone in French'],
    ['In German, tell me what "Schadenfreude" means', 'Tell me what "Schadenfreude" means in German'],
    ['In Spanish, explain what "sobremesa" means', 'Explain what "sobremesa" means in Spanish'],
  ]);
});

describe('the shape of a text: lines, characters, verse, case, register, "using"', () => {
  notServed([
    ['In one line, explain how to write a commit message', 'Explain how to write a commit message in one line'],
    ['In 280 characters, describe how to write a tweet', 'Describe how to write a tweet in 280 characters'],
    ['In verse, explain how to write a eulogy', 'Explain how to write a eulogy in verse'],
    ['In all caps, show me how to write an angry email', 'Show me how to write an angry email in all caps'],
    ['In title case, explain how to write a headline', 'Explain how to write a headline in title case'],
    ["In layman's terms, explain how to write a will", "Explain how to write a will in layman's terms"],
    ['In legalese, explain how to write a will', 'Explain how to write a will in legalese'],
    ['Using metaphors, explain how to write a poem', 'Explain how to write a poem using metaphors'],
  ]);
  served([
    // No act for the phrase to land on, or a tool, an audience or a length no act can take.
    ['In Spanish, explain how photosynthesis works', 'Explain how photosynthesis works in Spanish'],
    ['In Python, explain how to reverse a list', 'Explain how to reverse a list in Python'],
    ['For kids, explain why the sky is blue', 'Explain why the sky is blue for kids'],
    ['In 3 sentences, explain how to tie a tie', 'Explain how to tie a tie in 3 sentences'],
    ["In French, what does 'chat' mean?", "What does 'chat' mean in French?"],
    ['In one line, explain what recursion is', 'Explain what recursion is in one line'],
  ]);
});
