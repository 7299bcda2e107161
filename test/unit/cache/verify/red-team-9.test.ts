import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 10's red teams. An indefinite article dropped in the middle of a sentence before a noun that names both
 * a substance (or food) and a countable thing: "Is an iron good for anemia?" asks about the appliance, "Is iron
 * good for anemia?" about the metal. Every not-served pair here was served before the rule. Left: a noun whose
 * substance sense is only its third ("a stone", "a duck"), and the plant against its food ("a pepper").
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('an indefinite article dropped before a noun that names a substance and a thing', () => {
  notServed([
    ['Is an iron good for anemia?', 'Is iron good for anemia?'],
    ['Where can I buy a paper in London?', 'Where can I buy paper in London?'],
    ['Is a chicken healthy to eat every day?', 'Is chicken healthy to eat every day?'],
    ['Can I put a glass in the dishwasher?', 'Can I put glass in the dishwasher?'],
    ['How do I split a wood for the fireplace?', 'How do I split wood for the fireplace?'],
    ['Do I need a light for night photography?', 'Do I need light for night photography?'],
    ['How much does an iron cost in Germany?', 'How much does iron cost in Germany?'],
    ['Is a tissue safe to flush down the toilet?', 'Is tissue safe to flush down the toilet?'],
    ['What is a fish made of?', 'What is fish made of?'],
    ['Can a rock be used as a weapon?', 'Can rock be used as a weapon?'],
  ]);
  served([
    ['Give me a recipe for soup', 'Give me recipe for soup'],
    ['How do I write a function in Rust?', 'How do I write function in Rust?'],
    ['Where can I buy a laptop in Berlin?', 'Where can I buy laptop in Berlin?'],
    ['How long does a visa for Canada take?', 'How long does visa for Canada take?'],
    // the noun before another is a compound's modifier: the article is the compound's
    ['Where can I buy an iron supplement in London?', 'Where can I buy iron supplement in London?'],
    ['Is a water bottle allowed on a plane?', 'Is water bottle allowed on a plane?'],
    ['How do I clean a glass jar before canning?', 'How do I clean glass jar before canning?'],
  ]);
});

// The second red team of session 10: a text pasted after an instruction that checks, corrects, translates,
// counts or judges it is compared verbatim, like a quotation (its words, marks, spaces and case).
describe('a text under an instruction about its surface is compared verbatim', () => {
  notServed([
    // grammar and proofreading: the inflection or article is the mistake asked about (the red team's first two)
    ['Check this sentence for mistakes: She is best student in our class.', 'Check this sentence for mistakes: She is the best student in our class.'],
    ['Any errors? He go to school every day.', 'Any errors? He goes to school every day.'],
    ['Improve this sentence: Me and him goes to the gym.', 'Improve this sentence: Me and him go to the gym.'],
    // punctuation and sentences
    ['How many exclamation marks are in: I came. I saw. I conquered.', 'How many exclamation marks are in: I came, I saw, I conquered.'],
    ['Is this a run-on sentence? I was tired I went to bed.', 'Is this a run-on sentence? I was tired. I went to bed.'],
    ['Is this a question or a statement: You finished the report?', 'Is this a question or a statement: You finished the report.'],
    // politeness and tone inside the text
    ['Rate the tone of this email from 1 to 10: Send me the numbers today, thanks.', 'Rate the tone of this email from 1 to 10: Send me the numbers today.'],
    ['Count the words in this message: I cannot come tonight, sorry.', 'Count the words in this message: I cannot come tonight.'],
    ['Is this email too rude? Kindly send the invoice today.', 'Is this email too rude? Send the invoice today.'],
    ['Translate to Japanese, keeping the tone: We need the report by Monday. Thanks in advance.', 'Translate to Japanese, keeping the tone: We need the report by Monday.'],
    // code named as the text
    ['Explain this query: SELECT name FROM user WHERE id = 7', 'Explain this query: SELECT name FROM users WHERE id = 7'],
    // the third red team's shapes: a preamble first, the instruction last or inline, another language, a label
    ["I'm learning English. Check this: They was late again.", "I'm learning English. Check this: They were late again."],
    ['Our neighbours was very kind to us. Is this correct?', 'Our neighbours were very kind to us. Is this correct?'],
    ['The list of items are on the desk. Correct?', 'The list of items is on the desk. Correct?'],
    ['Can I say my brother have two cars?', 'Can I say my brother has two cars?'],
    ['Popraw błędy: She walk to work every day.', 'Popraw błędy: She walks to work every day.'],
    ['Clean this up: Each of the players have a ball.', 'Clean this up: Each of the players has a ball.'],
    ["Rate the agent's politeness from 1 to 5. Agent: Send me your order number please.", "Rate the agent's politeness from 1 to 5. Agent: Send me your order number."],
    ['Please send the form today. - translate to Japanese', 'Send the form today. - translate to Japanese'],
    ['My teacher marked this wrong, why? The committee are meeting today.', 'My teacher marked this wrong, why? The committee is meeting today.'],
  ]);
  served([
    // an ordinary question with a word such as ok, right or fix in it is no instruction about a text
    ["Is it ok to take ibuprofen with coffee? I have a headache and I'm tired.", 'Is it ok to take ibuprofen with coffee? I have a headache and I am tired.'],
    ["How do I fix this error in Python? I'm getting a KeyError.", 'How do I fix this error in Python? I am getting a KeyError.'],
    ['Convert 100 USD to EUR. Thanks!', 'Convert 100 USD to EUR. Thank you!'],
    // a translation's text keeps its words, not its whitespace or final full stop
    ['Translate to German: I love you', 'Translate to German:  I love you.'],
    ['Please check this sentence for mistakes: He go to school every day.', 'Check this sentence for mistakes: He go to school every day.'],
    ['Explain this error message: connection refused', 'Explain this error message:\nconnection refused'],
    ['Translate into French: Where is the train station?', 'Translate into French:   Where is the train station?  '],
    ['Please proofread my email: Dear Anna, the meeting is moved to Monday.', 'Proofread my email: Dear Anna, the meeting is moved to Monday.'],
  ]);
});

// The third red team of session 10, against the article rule: a bare word that is mostly an adjective, "the"
// before a period, and what the rule must still serve (a measure, a compound after a question's auxiliary).
describe('an article where the bare word reads as another thing', () => {
  notServed([
    ['Can you get a cold from wet hair?', 'Can you get cold from wet hair?'],
    ['Why do I always have a cold in winter?', 'Why do I always have cold in winter?'],
    ['What did the S&P 500 return over the last year?', 'What did the S&P 500 return over last year?'],
    ['How did our sales change in the past month?', 'How did our sales change in past month?'],
    ['What happened in the last 5 years in Syria?', 'What happened in last 5 years in Syria?'],
  ]);
  served([
    ['How much water is in a glass of milk?', 'How much water is in glass of milk?'],
    ['Does a cotton shirt shrink in the dryer?', 'Does cotton shirt shrink in the dryer?'],
    ['Can a glass jar go in the oven?', 'Can glass jar go in the oven?'],
    ['A girl riding a brown and white horse.', 'A girl riding brown and white horse.'],
  ]);
});
