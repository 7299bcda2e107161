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

// A red team on pasted data (session 38): the first line's indentation of a text that opens with YAML or Python was
// trimmed as the text's end, so an IndentationError was served the answer about a program that runs (240 of 240).
describe('the indentation of a first line indented more than a later one', () => {
  notServed([
    ['apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n\nIs this valid YAML?', '  apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n\nIs this valid YAML?'],
    ['n = 5\nif n > 3:\n    print("big")\n\nWhat does this Python code print?', ' n = 5\nif n > 3:\n    print("big")\n\nWhat does this Python code print?'],
  ]);
  served([
    ['   What is the capital of France?  ', 'What is the capital of France?'],
    ['\n\nWhy is the sky blue?\nAnswer briefly.', 'Why is the sky blue?\nAnswer briefly.'],
    ['  def f():\n      return 1', 'def f():\n      return 1'],
  ]);
});

// A red team on units (session 38): a unit's capital is its meaning (M mega, m milli; Cal a kilocalorie), but the
// tokenizer lowercased a word after any full stop, an abbreviation's too ("vs.", "e.g."), or at a line's start, and
// the case folds read "Cal" as a name: 422 of 1,053 adversarial pairs served.
describe('the case of a unit symbol after an abbreviation, at a line start, or as the food Calorie', () => {
  notServed([
    ['Which is heavier, 1 kg vs. Mg?', 'Which is heavier, 1 kg vs. mg?'],
    ['Which is larger: kg, or e.g. Mg?', 'Which is larger: kg, or e.g. mg?'],
    ['Which is bigger, m or approx. Mm?', 'Which is bigger, m or approx. mm?'],
    ['How many joules are in a Cal?', 'How many joules are in a cal?'],
    ['Is a Cal the same as a kilocalorie?', 'Is a cal the same as a kilocalorie?'],
    ['What is 1 Mpc in light years?', 'What is 1 mpc in light years?'],
    ['Which is bigger?\nMm\nkm', 'Which is bigger?\nmm\nkm'],
    ['Which is bigger?\n1. Mg\n2. kg', 'Which is bigger?\n1. mg\n2. kg'],
    ['Mm or km, which is bigger?', 'mm or km, which is bigger?'],
  ]);
  served([
    ['Is Paris nice in spring?', 'is paris nice in spring?'],
    ['Convert 12 MPa to psi.', 'CONVERT 12 MPA TO PSI.'],
    ['I met Dr. Smith yesterday. Is he a surgeon?', 'I met Dr. Smith yesterday. is he a surgeon?'],
    ['Ps: what is a good name for a cat?', 'ps: what is a good name for a cat?'],
  ]);
});

// A hostile review of the rules above (session 38): they refused "Cats vs. Dogs" / "cats vs. dogs", "Using Python, …",
// "For my essay, …"; and still served languages and requests no list named.
describe('the review of those rules: narrower where they cost, wider where they missed', () => {
  notServed([
    ['In Klingon, explain how to say hello', 'Explain how to say hello in Klingon'],
    ['In Italian, walk me through how to order coffee', 'Walk me through how to order coffee in Italian'],
    ['In Korean, go over how to count to ten', 'Go over how to count to ten in Korean'],
    ['In Sanskrit, explain how to greet a teacher', 'Explain how to greet a teacher in Sanskrit'],
  ]);
  served([
    ['Cats vs. Dogs: which is the better pet?', 'cats vs. dogs: which is the better pet?'],
    ['Using Python, explain how to write a CSV file', 'Explain how to write a CSV file using Python'],
    ['For my essay, explain how to cite a website', 'Explain how to cite a website for my essay'],
    ['For my son, is it worth it to hire a tutor?', 'Is it worth it to hire a tutor for my son?'],
  ]);
});

// A red team on named entities (session 38): "the" before a capitalised common word names another thing (a film of
// another year, a river against a state, a monarch against a band), also before a verb or an adverb: 1,374 of
// 64,574 pairs served, 790 after (left: texts typed all in lowercase, where no capital says "name").
describe('"the" added or dropped before a name that a verb, an adjective or an adverb follows', () => {
  notServed([
    ['How much money did Predator make?', 'How much money did The Predator make?'],
    ['Did Batman turn a profit?', 'Did The Batman turn a profit?'],
    ['Is the Amazon shrinking?', 'Is Amazon shrinking?'],
    ['Does the Queen pay taxes?', 'Does Queen pay taxes?'],
    ['How polluted is the Ohio today?', 'How polluted is Ohio today?'],
    ['Did Killers win any Grammys?', 'Did The Killers win any Grammys?'],
  ]);
  served([
    ["What is the Kremlin's position on Ukraine?", "What is Kremlin's position on Ukraine?"],
    ['How big is the Netherlands?', 'How big is Netherlands?'],
    ['What did the Biden administration do about student loans?', 'What did Biden administration do about student loans?'],
  ]);
});

// A red team on logic and structure (session 38): a phrase of place or occasion fronted before a request to someone
// lands, at the end, on the act that person is asked to do: 96 of 104 served.
describe('a setting moved onto an act someone is asked to do', () => {
  notServed([
    ['At the wedding, should I ask my brother to give a speech?', 'Should I ask my brother to give a speech at the wedding?'],
    ['At the airport, should I ask my mom to pick me up?', 'Should I ask my mom to pick me up at the airport?'],
    ['While we are on vacation, should I ask my neighbor to feed the cat?', 'Should I ask my neighbor to feed the cat while we are on vacation?'],
  ]);
  served([
    ['At the airport, how do I get a taxi?', 'How do I get a taxi at the airport?'],
  ]);
});

// A red team on logic and structure (session 38): a bird, a fish or a big fruit cooked or thawed is whole with "a"
// and in pieces bare, and a phrase after it hid the difference (62 of 105 article pairs served).
describe('"a" before a food cooked or kept whole or in pieces', () => {
  notServed([
    ['How long should I cook chicken at 350 degrees?', 'How long should I cook a chicken at 350 degrees?'],
    ['How long does it take to thaw turkey in cold water?', 'How long does it take to thaw a turkey in cold water?'],
  ]);
  served([
    ['How do I cook a chicken breast?', 'How do I cook chicken breast?'],
    ['How long should I boil an egg?', 'how long should i boil an egg'],
  ]);
});

// A red team on perspective and deixis (session 38): a lowercase "i" after an auxiliary was a case difference of a
// name or a variable, refused outright (581 of its controls); it is the pronoun there.
describe('a lowercase "i" after an auxiliary', () => {
  served([
    ['How do I install Node.js on Ubuntu?', 'How do i install Node.js on Ubuntu?'],
    ['Can I use i as a loop variable?', 'Can i use i as a loop variable?'],
  ]);
  notServed([
    ['What is i squared?', 'What is I squared?'],
  ]);
});
