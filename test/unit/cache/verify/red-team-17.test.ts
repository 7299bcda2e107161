import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 12's red teams: classes where a rule accepted a difference that changes the answer. Each not-served
 * pair was served by the code before its fix; each served pair is a harmless rewording the fix must keep.
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('"Can you …" before a verb and a bare plural asks what the assistant can do', () => {
  notServed([
    ['Can you generate images?', 'Generate images.'],
    ['Can you translate documents?', 'Translate documents.'],
    ['can you summarize pdfs', 'summarize pdfs'],
    ['Could you calculate derivatives?', 'Calculate derivatives.'],
    ['Can you compose song lyrics?', 'Compose song lyrics.'],
    ['Can you summarize PDFs?', 'Summarize PDFs.'],
    ['Can you generate music?', 'Generate music.'],
    ['Can you generate code in Rust?', 'Generate code in Rust.'],
    ['Can you describe images?', 'Describe images.'],
    ['Can you compose songs in Spanish?', 'Compose songs in Spanish.'],
  ]);
  served([
    ['Can you generate an image of a cat?', 'Generate an image of a cat.'],
    ['Can you translate this into French?', 'Translate this into French.'],
    ['Can you suggest books?', 'Suggest books.'],
    ['Could you define entropy?', 'Define entropy.'],
    ['Can you explain black holes?', 'Explain black holes.'],
    ['Can you summarize the report?', 'Summarize the report.'],
    ['Could you compare Python and Java?', 'Compare Python and Java.'],
    ['Can you translate documents?', 'Could you translate documents?'],
  ]);
});

describe('a title typed in lowercase after a verb of making a work', () => {
  notServed([
    ['who directed aliens', 'who directed alien'],
    ['who wrote cats', 'who wrote cat'],
    ['who painted sunflowers', 'who painted sunflower'],
    ['who starred in aliens', 'who starred in alien'],
  ]);
  served([
    ['What does a cat eat?', 'What do cats eat?'],
    ['how to take care of a cat', 'how to take care of cats'],
    ['who wrote the letters of paul', 'who wrote the letters of Paul'],
  ]);
});

describe('a listed everyday synonym in another of its senses', () => {
  notServed([
    ['How do I fix my dog?', 'How do I repair my dog?'],
    ['Is the water hard in London?', 'Is the water difficult in London?'],
    ['Why is my mattress so hard?', 'Why is my mattress so difficult?'],
    ['How do I remove the film from my shower glass?', 'How do I remove the movie from my shower glass?'],
    ['What is the best film for a Leica camera?', 'What is the best movie for a Leica camera?'],
    ['What is standard error in statistics?', 'What is standard mistake in statistics?'],
    ['what is a type I error', 'what is a type I mistake'],
    ['Can you try the soup and tell me if it needs salt?', 'Can you attempt the soup and tell me if it needs salt?'],
    ['Will they try him as an adult?', 'Will they attempt him as an adult?'],
    ['My boyfriend is cheap, how do I bring it up?', 'My boyfriend is inexpensive, how do I bring it up?'],
    ['Is it safe to fast for 3 days?', 'Is it safe to quick for 3 days?'],
    ['Why is my watch fast?', 'Why is my watch quick?'],
    ['Who is the chief of police?', 'Who is the main of police?'],
    ['How long does a goat carry a kid?', 'How long does a goat carry a child?'],
    ['What is the best build for a mage?', 'What is the best construct for a mage?'],
    ['Do you buy that excuse?', 'Do you purchase that excuse?'],
    ['How do I fix the camera to the tripod?', 'How do I repair the camera to the tripod?'],
    ['how to require a module in node', 'how to need a module in node'],
    ['How do I select all in Excel?', 'How do I choose all in Excel?'],
    ['How do I clean a train car?', 'How do I clean a train automobile?'],
    ['what is a try in rugby', 'what is an attempt in rugby'],
    ['Who is your big brother?', 'Who is your large brother?'],
    ['how does big pharma lobby', 'how does large pharma lobby'],
    ['whole wheat vs white bread', 'entire wheat vs white bread'],
    ['Where can I buy cow hide?', 'Where can I buy cow conceal?'],
    ['How do courts try a murder case?', 'How do courts attempt a murder case?'],
    ['Does the jury buy his alibi?', 'Does the jury purchase his alibi?'],
    ['Does this dress look cheap?', 'Does this dress look inexpensive?'],
    ['What does it mean to have a big heart?', 'What does it mean to have a large heart?'],
    ['What is big O notation?', 'What is large O notation?'],
    ['Is it illegal to fix a football match?', 'Is it illegal to repair a football match?'],
    ["My car won't start, why?", "My car won't begin, why?"],
    ['Did the pilot buy the farm?', 'Did the pilot purchase the farm?'],
  ]);
  served([
    ['How do I fix my bike?', 'How do I repair my bike?'],
    ['how to fix a leaky faucet', 'how to repair a leaky faucet'],
    ['Where can I buy cheap flights?', 'Where can I purchase cheap flights?'],
    ['Where can I buy concert tickets?', 'Where can I purchase concert tickets?'],
    ['Who bought the house?', 'Who purchased the house?'],
    ['How do I start learning Spanish?', 'How do I begin learning Spanish?'],
    ['When does the meeting start?', 'When does the meeting begin?'],
    ['Is calculus hard?', 'Is calculus difficult?'],
    ['Is it hard to learn Japanese?', 'Is it difficult to learn Japanese?'],
    ['How do I make a hard decision?', 'How do I make a difficult decision?'],
    ['What is the fastest way to learn to code?', 'What is the quickest way to learn to code?'],
    ['What is the biggest animal in the world?', 'What is the largest animal in the world?'],
    ['Is this a big problem?', 'Is this a large problem?'],
    ['What is the best film of 2020?', 'What is the best movie of 2020?'],
    ['Movies like Inception', 'Films like Inception'],
    ['How do I talk to my kid about death?', 'How do I talk to my child about death?'],
    ['What is the most common mistake in chess openings?', 'What is the most common error in chess openings?'],
    ['Do I need a visa for Japan?', 'Do I require a visa for Japan?'],
    ['How do I choose a laptop?', 'How do I select a laptop?'],
    ['How do I build a deck?', 'How do I construct a deck?'],
    ['What is the main cause of inflation?', 'What is the chief cause of inflation?'],
    ['How much sleep does a kid need?', 'How much sleep does a child need?'],
    ['How do I fix a scratch on my car?', 'How do I repair a scratch on my car?'],
    ['How do I fix my iPhone?', 'How do I repair my iPhone?'],
    ['How do I fix my computer?', 'How do I repair my computer?'],
    ['Where can I buy a printer?', 'Where can I purchase a printer?'],
    ['Should I buy a laptop now?', 'Should I purchase a laptop now?'],
    ['When does school start?', 'When does school begin?'],
    ['When does the Super Bowl start?', 'When does the Super Bowl begin?'],
    ['When does the NBA season start?', 'When does the NBA season begin?'],
    ['Should I buy Ethereum now?', 'Should I purchase Ethereum now?'],
    ['How do I fix my Vespa?', 'How do I repair my Vespa?'],
    ['Is physics hard?', 'Is physics difficult?'],
    ['My laptop needs fixing', 'My laptop needs repairing'],
    ["What's the best reply to thank you?", "What's the best answer to thank you?"],
    ["What's a quick breakfast?", "What's a fast breakfast?"],
    ["What's a quick and easy lunch?", "What's a fast and easy lunch?"],
    ['How do I start a vegetable garden?', 'How do I begin a vegetable garden?'],
    ['How do I start a diet?', 'How do I begin a diet?'],
    ['What do I need to start a book club?', 'What do I need to begin a book club?'],
    ['What is a good movie to watch on a big screen?', 'What is a good film to watch on a big screen?'],
    ['How much water does a tomato plant need?', 'How much water does a tomato plant require?'],
  ]);
});

describe('one thing or several, asked for', () => {
  notServed([
    ['Can you come up with a slogan for my bakery?', 'Can you come up with slogans for my bakery?'],
    ["What's a good question to ask my manager?", 'What are good questions to ask my manager?'],
    ['Any book for learning Japanese?', 'Any books for learning Japanese?'],
    ["I'd like a suggestion for dinner", "I'd like suggestions for dinner"],
    ['Looking for a podcast about World War 2', 'Looking for podcasts about World War 2'],
    ['Is there a tool for learning chess?', 'Are there tools for learning chess?'],
    ['Can you think of a quote about friendship?', 'Can you think of quotes about friendship?'],
    ['what would be a good name for my team', 'what would be good names for my team'],
    ['I need a funny gift for my dad', 'I need funny gifts for my dad'],
    ['Do you have a recipe for a rainy day?', 'Do you have recipes for a rainy day?'],
    ['Got a book about cats?', 'Got books about cats?'],
  ]);
  served([
    ['What does a cat eat?', 'What do cats eat?'],
    ['how to take care of a cat', 'how to take care of cats'],
    ['Why do dogs bark?', 'Why does a dog bark?'],
    ['What is a black hole?', 'What are black holes?'],
    ['I need a gift for my dad', 'i need a gift for my dad!'],
    ['Do I need a visa for Japan?', 'Do I need visas for Japan?'],
    ['I have a question about taxes', 'I have questions about taxes'],
    ['Any recommendations for a gift for my mom?', 'Any recommendation for a gift for my mom?'],
    ['Any tips for a first date?', 'Any tip for a first date?'],
  ]);
});

describe('the courtesy that closes a question about words may be the words asked about', () => {
  notServed([
    ['What does this mean in Spanish? Thank you', 'What does this mean in Spanish? Sorry'],
    ['Translate to Korean. Hello', 'Translate to Korean. Thanks a lot'],
    ['How do you pronounce it in Mandarin? Good morning', 'How do you pronounce it in Mandarin? Many thanks'],
    ['Write this in Morse code. Thank you very much', 'Write this in Morse code. Thank you'],
    ['What is this in Swahili? Thank you', 'What is this in Swahili? Sorry'],
    ['Translate to Korean. Cheers', 'Translate to Korean. Thank you'],
  ]);
  served([
    ['How do you say cat in French? Thanks!', 'How do you say cat in French?'],
    ['Thanks! How do I reverse a list in Python?', 'Sorry, how do I reverse a list in Python?'],
    ['How do I reverse a list in Python? Thanks!', 'How do I reverse a list in Python? Thank you!'],
    ['How do you say goodbye in Spanish? Thanks!', 'How do you say goodbye in Spanish? Thank you!'],
    ['What rhymes with orange? Thanks!', 'What rhymes with orange? Cheers!'],
  ]);
});

describe('a phrase moved to the end, where a clause inside the other one can take it', () => {
  notServed([
    ['After the divorce, who gets the house that we bought?', 'Who gets the house that we bought after the divorce?'],
    ['Within 30 days, can I return a laptop I bought?', 'Can I return a laptop I bought within 30 days?'],
    ['In the morning, should I take the pills I forgot?', 'Should I take the pills I forgot in the morning?'],
    ['While I was pregnant, can I sue a company that fired me?', 'Can I sue a company that fired me while I was pregnant?'],
  ]);
  served([
    ['In Python, how do I read a file?', 'How do I read a file in Python?'],
    ['If I have a cold, do you think I should exercise?', 'Do you think I should exercise if I have a cold?'],
    ['Before a marathon, what should I eat?', 'What should I eat before a marathon?'],
    ['In Python, how do I check if a file exists?', 'How do I check if a file exists in Python?'],
    ['In Git, how do I undo a commit that I pushed?', 'How do I undo a commit that I pushed in Git?'],
    ['In Canada, can I work while I study?', 'Can I work while I study in Canada?'],
  ]);
});

describe('two things swapped stay a different question, even where the order looks idle', () => {
  // Serving "the difference between X and Y" swapped was tried and dropped: ranges ("between 9am and 5pm"), set
  // differences, "the first"/"the former" and directed relations made one in ten such swaps a wrong answer.
  notServed([
    ['Convert USD to EUR', 'Convert EUR to USD'],
    ['What happens between 9am and 5pm?', 'What happens between 5pm and 9am?'],
    ['What is the difference between 9am and 5pm?', 'What is the difference between 5pm and 9am?'],
    ['What is the set difference between A and B?', 'What is the set difference between B and A?'],
    ['What is the relationship between my grandfather and me?', 'What is the relationship between me and my grandfather?'],
    ['Compare Python and Java, and tell me why the first is better', 'Compare Java and Python, and tell me why the first is better'],
    ['Write a story about a cat and a dog', 'Write a story about a dog and a cat'],
    ['Add salt and then pepper', 'Add pepper and then salt'],
    ['Is it better to store bread hot or cold?', 'Is it better to store bread cold or hot?'],
    ['Price of version 2 vs version 3', 'Price of version 3 vs version 2'],
  ]);
});
