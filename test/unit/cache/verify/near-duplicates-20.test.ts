import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 15: everyday near-duplicates the verifier refused though they ask the same thing ("me" as whom
 * information is asked for, a small number counting things in digits or in words, "how to" for "how do I"). Each
 * served pair was refused by the code before; each not-served pair asks another thing and must stay refused (many
 * from a red team that attacked the first versions of these rules).
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('"can you write" a text stays a question of what is possible (a first rule that read it as a request was withdrawn)', () => {
  notServed([
    ['Can you write a check to cash?', 'Write a check to cash.'],
    ['Can you write a will?', 'Write a will.'],
    ['Can you write a letter to an inmate?', 'Write a letter to an inmate.'],
    ['Can you write an essay in first person?', 'Write an essay in first person.'],
    ['Can you write a memoir about living people?', 'Write a memoir about living people.'],
    ['Can you write a prescription as a nurse?', 'Write a prescription as a nurse.'],
    ['Can you write the LSAT in Canada?', 'Write the LSAT in Canada.'],
    ['Can you write a check that bounces?', 'Write a check that bounces.'],
    ['Can you write poems?', 'Write poems.'],
    ['Can you create a Gmail account for a child?', 'Create a Gmail account for a child'],
    ['Can you make a claim after 30 days?', 'Make a claim after 30 days.'],
  ]);
});

describe('"me" or "us" as whom information is asked for', () => {
  served([
    ['Give me an example of recursion.', 'Give an example of recursion.'],
    ['Give me a summary of the French Revolution.', 'Give a summary of the French Revolution.'],
    ['Recommend me 3 books about Rome', 'Recommend 3 books about Rome'],
    ['Show me how to center a div.', 'Show how to center a div.'],
    ['Give us 5 ideas for a job interview', 'Give 5 ideas for a job interview'],
    ['Please recommend me a good book about Rome', 'Please recommend a good book about Rome'],
    ['Can you give me some ideas for a birthday party?', 'Give some ideas for a birthday party'],
  ]);
  notServed([
    // "me" is the one made, named, written to or given to.
    ['Make me an admin in Discord.', 'Make an admin in Discord.'],
    ['Name me captain of the team.', 'Name captain of the team.'],
    ['Make me the main character in a story about pirates.', 'Make the main character in a story about pirates.'],
    ['Write me a love letter.', 'Write a love letter.'],
    ['Teach me a lesson about fractions.', 'Teach a lesson about fractions.'],
    ['Send me the report.', 'Send the report.'],
    ['Find me a wife.', 'Find him a wife.'],
    ['Find me a husband.', 'Find a husband.'],
    ['Give me a raise.', 'Give a raise.'],
    ['Give me permission to leave early.', 'Give permission to leave early.'],
    ['Give me a performance review.', 'Give a performance review.'],
    ['Give us 20 dollars.', 'Give 20 dollars.'],
    ['Give me orders.', 'Give orders.'],
    ['Suggest me names for your cat', 'Suggest names for your cat'],
    ['Show me the door.', 'Show the door.'],
    ['Give me 5', 'Give 5'],
    ['Give me a reason to stay.', 'Give them a reason to stay.'],
    ['Find me at the station.', 'Find at the station.'],
    ['Give me away.', 'Give away.'],
  ]);
});

describe('a small number in digits or in words', () => {
  served([
    ['Give me 5 tips for better sleep.', 'Give me five tips for better sleep.'],
    ['What are the top 10 movies of 2020?', 'What are the top ten movies of 2020?'],
    ['List 3 primary colors', 'List three primary colors'],
    ['Why do spiders have 8 legs?', 'Why do spiders have eight legs?'],
  ]);
  notServed([
    ['Give me 5 tips for better sleep.', 'Give me six tips for better sleep.'],
    ['What are the top 10 movies of 2020?', 'What are the top 100 movies of 2020?'],
    ['How do you spell 40?', 'How do you spell forty?'],
    ['Translate "5 apples" into French', 'Translate "five apples" into French'],
    ['Is 1.5 a rational number?', 'Is one a rational number?'],
    ['Give me 05 tips', 'Give me five tips'],
    // Where the number is no count of things: code, a title, a time, how numbers are written.
    ['What does x = 5 do in Python?', 'What does x = five do in Python?'],
    ['What does range(10) return?', 'What does range(ten) return?'],
    ['Who directed the movie 9?', 'Who directed the movie Nine?'],
    ['What time is five to ten?', 'What time is 5 to 10?'],
    ['Convert 7 to binary', 'Convert seven to binary'],
    ['Write 12 apples in digits', 'Write twelve apples in digits'],
    ['SELECT TOP 5 rows in SQL Server', 'SELECT TOP five rows in SQL Server'],
    ['What are the Windows 10 features?', 'What are the Windows ten features?'],
  ]);
});

describe('"how to" opening a question asks what "how do I" asks', () => {
  served([
    ['How do I reverse a list in Python?', 'How to reverse a list in Python?'],
    ['How can I make pancakes without eggs?', 'how to make pancakes without eggs'],
    ['Hi, how to reset my router?', 'How do I reset my router?'],
    ['My router is broken. How do I reset it?', 'My router is broken. How to reset it?'],
  ]);
  notServed([
    // "you" may be the assistant: its opinion is not advice.
    ['How do you feel about AI?', 'How to feel about AI?'],
    ['How do you see the future of work?', 'How to see the future of work?'],
    // Inside a sentence "how to" keeps its own words.
    ['I forgot how to swim. What should I do?', 'I forgot how do I swim. What should I do?'],
  ]);
});

describe('a contracted negation in a question, and a question after an opening label of politeness', () => {
  served([
    ['Why is it not working?', "Why isn't it working?"],
    ["Why can't I sleep at night?", 'Why can I not sleep at night?'],
    ['What is the capital of France?', 'Quick question: What is the capital of France?'],
    ['How do vaccines work?', 'Quick question: How do vaccines work?'],
  ]);
  notServed([
    ["Why isn't it working?", 'Why is it working?'],
    ["Why isn't it working?", "Why isn't he working?"],
    // Opening a yes/no question the contraction is its own request; "Why don't you/we" suggests.
    ['Can you not cite sources?', "Can't you cite sources?"],
    ['Could you not use emojis in your answers?', "Couldn't you use emojis in your answers?"],
    ["Don't you touch the production database.", 'Do you not touch the production database?'],
    ["Why don't we use Postgres?", 'Why do we not use Postgres?'],
    // A title, or a greeting before a name.
    ['How to Train Your Dragon', 'How do I train your dragon'],
    ['How to tell if you are pregnant', 'How do I tell if you are pregnant'],
    ['Hi, Her soundtrack?', 'Hi, her soundtrack?'],
    ['Hey, Windows won\'t close, help?', 'Hey, windows won\'t close, help?'],
    // The capital after the label is the sentence's, but a name's case inside the question still counts.
    ['Quick question: What is Turkey?', 'What is turkey?'],
  ]);
});

describe('a double space stays layout where a poem, code or a list is the topic (a first rule that let it go was withdrawn)', () => {
  notServed([
    ['Is the verse Roses are  red correctly typed?', 'Is the verse Roses are red correctly typed?'],
    ['In my Python code, is hello  world equal to hello world?', 'In my Python code, is hello world equal to hello world?'],
    ['Does my poem line the cat  sat on the mat have a typo?', 'Does my poem line the cat sat on the mat have a typo?'],
    ['Count the lines of this poem:\nRoses are red\nViolets are blue', 'Count the lines of this poem:\nRoses are red Violets are blue'],
  ]);
});

describe('a common misspelling the embedder knows as a word', () => {
  served([
    ['How does the government work?', 'How does the goverment work?'],
    ['How do I accommodate guests with allergies?', 'How do I accomodate guests with allergies?'],
    ['Is a negative test result a positive sign?', 'Is a negative test result a postive sign?'],
    ['What is the capital of Mongolia? Give the population too.', 'What is the capital of Mongolia? Give the popullation too.'],
    ['Which vitamins strengthen the immune system?', 'Which vitamins strenghten the immune system?'],
  ]);
  notServed([
    // A word of its own, or of another language, one slip from a word: not a misspelling.
    ['What is a franchise?', 'What is a franchisee?'],
    ['What does a podiatric surgeon do?', 'What does a pediatric surgeon do?'],
    ['Are sulfites bad for you?', 'Are sulfates bad for you?'],
    ['Is poisson toxic?', 'Is poison toxic?'],
    ['How long did the planning take?', 'How long did the planing take?'],
    // A letter more inside a long word is another term as often as a slip (a rule that took it for one was withdrawn).
    ['what is the treatment for hiv and tb coinfection', 'what is the treatment for hiv and tb confection'],
    ['how long does a nephrostomy take to heal', 'how long does a nephrotomy take to heal'],
    ['how much does a gemologist earn', 'how much does a geologist earn'],
    // A variant of a name is another person.
    ['who is mark neilsen', 'who is mark nielsen'],
  ]);
});

describe('a question asked through politeness that asks for it, in statement order', () => {
  served([
    ['What is the capital of France?', 'Could you tell me what the capital of France is?'],
    ['Where is the nearest hospital?', 'Do you know where the nearest hospital is?'],
    ['Who was the first president of the US?', 'I was wondering who the first president of the US was.'],
    ['How old is the universe?', 'Can you tell me how old the universe is?'],
    ['Why is the sky blue?', 'Could you tell me why the sky is blue?'],
  ]);
  notServed([
    ['What is the capital of France?', 'Could you tell me what the capital of Spain is?'],
    ['Who is the boss?', 'Tell me who the boss was.'],
    // Without politeness that asks, the words keep their order.
    ['Where is the station?', 'I know where the station is.'],
    // Where the wording is the question, a request to be told, an exclamation, a story or a title (team R).
    ['Fix my sentence please. Tell me where is the station.', 'Fix my sentence please. Tell me where the station is.'],
    ['Translate to Spanish. Can you tell me where the bathroom is?', 'Translate to Spanish. Where is the bathroom?'],
    ['Tell me when the coast is clear', 'When is the coast clear?'],
    ['Do you know how lucky you are?', 'How lucky are you?'],
    ['Do you know how late it is?', 'How late is it?'],
    ['I was wondering why the light was on until I saw the cat', 'Why was the light on until I saw the cat?'],
    ['I Wonder Where the Lions Are lyrics', 'Where Are the Lions lyrics'],
  ]);
});
