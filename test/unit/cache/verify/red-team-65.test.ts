import { describe, expect, it } from 'vitest';
import { StructuralVerifier } from '../../../../src/cache/verify/structural-verifier.ts';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { notServed, served } = pairTests(verifier.kind);
/** The verdict's kind for `asked` against `stored` under the shared instructions and earlier turns `shared`. */
const kindUnder = (shared: string, stored: string, asked: string) => new StructuralVerifier(verifier.lexicon).verify(asked, stored, { shared }).kind;

// Session 58: a blind study of near-duplicates (400 pairs in eight categories, 62% served) and a blind red team on
// must-miss pairs (14 categories, ~770 pairs). Each pair under served was refused on 443c83a; each under notServed was
// served on it, or guards a new acceptance.

describe("people's common misspellings, from a curated list (misspellings.ts listedMisspellings)", () => {
  served([
    ['How do I separate first and last names in Excel?', 'How do I seperate first and last names in Excel?'],
    ['Write a professional email to my landlord about a broken heater.', 'Write a profesional email to my landlord about a broken heater.'],
    ['What is the necessary paperwork for a mortgage application?', 'What is the neccessary paperwork for a mortgage application?'],
    ['Recommend a good restaurant for a business dinner.', 'Reccomend a good restaurant for a business dinner.'],
    ['How do I write a successful grant proposal?', 'How do I write a succesful grant proposal?'],
    ['How do I become more independent?', 'How do I become more independant?'],
    ['What is the capital of Switzerland?', 'What is the captial of Switzerland?'],
    ['Give me a beginner workout routine for the gym.', 'Give me a begginer workout routine for the gym.'],
    ['Describe the architecture of a typical web application.', 'Describe the architechture of a typical web application.'],
    ['How do I improve my vocabulary?', 'How do I improve my vocabularly?'],
    // A rarer neighbour is no rival: received, not relieved.
    ['I received a suspicious email from my bank, what should I do?', 'I recieved a suspicious email from my bank, what should I do?'],
    // A word of a closed list (quantifiers, frequencies) misspelt is still that word.
    ['How do I calculate my monthly mortgage payment?', 'How do I calculate my montly mortgage payment?'],
    ['What is the weather usually like in Barcelona in October?', 'What is the weather usualy like in Barcelona in October?'],
    // In a text about code, a common word of eight letters or more.
    ['What is the difference between an argument and a parameter in programming?', 'What is the difference between an arguement and a parameter in programming?'],
  ]);
  notServed([
    // Where the spelling is the question, or the word is named as a word.
    ['Is separate spelled correctly?', 'Is seperate spelled correctly?'],
    ['How do you spell necessary?', 'How do you spell neccessary?'],
    ['Why do I keep typing seperate instead of separate?', 'Why do I keep typing separate instead of separate?'],
    ['What does independant mean?', 'What does independent mean?'],
    // A term asked about alone, a package's name, a first or last letter changed.
    ['What is containor?', 'What is container?'],
    ['Install the package requests with pip', 'Install the package reqeusts with pip'],
    ['Is canva good for design?', 'Is canvas good for design?'],
    // A form the vocabulary holds as a name or a word of its own, far from the word (not taken from the list).
    ['Where can I buy chanel perfume online?', 'Where can I buy channel perfume online?'],
    ['Draw tigger from Winnie the Pooh', 'Draw trigger from Winnie the Pooh'],
    // A review told to break the rule: a text whose other words judge, search or name the letters, a package's name, a
    // verb where a name stands.
    ['Is arguement considered a mistake?', 'Is argument considered a mistake?'],
    ['Unscramble arguement', 'Unscramble argument'],
    ['Is the username arguement taken on Instagram?', 'Is the username argument taken on Instagram?'],
    ['Why can\'t Ctrl+F find arguement in my PDF?', 'Why can\'t Ctrl+F find argument in my PDF?'],
    ['Our table has a column proffesional, how do I filter it to true?', 'Our table has a column professional, how do I filter it to true?'],
    ['Is playright safe to install?', 'Is playwright safe to install?'],
    ['How do I write a scorer for evalite?', 'How do I write a scorer for evaluate?'],
    ['Why is iterare slower than a plain for loop?', 'Why is iterate slower than a plain for loop?'],
    ['Why is there no e in arguement?', 'Why is there no e in argument?'],
    // One edit from another common word that rivals the list's: as frequent, or its antonym (a review through the SDKs).
    ['What taxes do employees pay in the UK?', 'What taxes do employeers pay in the UK?'],
    ['What is the maximum order quantity for wholesale accounts?', 'What is the miximum order quantity for wholesale accounts?'],
    ['What does a causal relationship mean?', 'What does a causual relationship mean?'],
    ['Which dessert is the most famous in Morocco?', 'Which dezert is the most famous in Morocco?'],
  ]);

  it.each([
    ['You are a proofreader. Reply with the user\'s text with every spelling mistake corrected.', 'I am a proffesional chef with ten years of experience.', 'I am a professional chef with ten years of experience.'],
    ['User: Can you check the spelling of my next message?\nAssistant: Sure, send it over.', 'Thank you for the oppurtunity to interview last week.', 'Thank you for the opportunity to interview last week.'],
  ])('does not take a misspelling for its word where the shared text asks about spelling: %j', (shared, stored, asked) => {
    expect(kindUnder(shared, stored, asked)).not.toBe('same');
    expect(kindUnder(shared, asked, stored)).not.toBe('same');
  });
});

describe('an article dropped beside a word whose case changes (classify-difference.ts)', () => {
  notServed([
    ['What is a python?', 'What is Python?'],
    ['What is an android?', 'What is Android?'],
    ['How big does a python get?', 'How big does Python get?'],
    ['Should I get a python as a pet?', 'Should I get Python as a pet?'],
    ['Write a story about an android', 'Write a story about Android'],
  ]);
  // Guards: the case of a language's name alone, and an article alone, are still free.
  served([
    ['How do I learn Python?', 'How do I learn python?'],
    ['What is the capital of Norway?', 'What is capital of Norway?'],
  ]);
});

describe('the case of a product of computing beside computing, and of a month where a month stands (classify-difference.ts)', () => {
  served([
    ['How do I use Git on Windows?', 'How do I use git on Windows?'],
    ['How do I use React hooks?', 'How do I use react hooks?'],
    ['How do I make a pivot table in Excel?', 'how do i make a pivot table in excel?'],
    ['How do I clear the cache in Chrome?', 'how do i clear the cache in chrome'],
    ['What is the weather like in Tokyo in March?', 'what is the weather like in tokyo in march'],
    ['Is Tokyo crowded in May?', 'is tokyo crowded in may'],
  ]);
  notServed([
    // Alone, or in their other senses.
    ['How do I remove rust?', 'How do I remove Rust?'],
    ['Is java good for you?', 'Is Java good for you?'],
    ['How do I react to criticism at work?', 'How do I React to criticism at work?'],
    ['Where can I buy a flask?', 'Where can I buy a Flask?'],
    ['How do I delete a Node in a linked list?', 'How do I delete a node in a linked list?'],
    ['How do I march in a band?', 'How do I March in a band?'],
    // An install's name is the package's, whose case may be the question (CASE_TOPIC).
    ['How do I npm install React?', 'How do I npm install react?'],
  ]);
});

describe('a hyphen for a space at a compound\'s end (classify-difference.ts hyphenForSpace)', () => {
  served([['Gift ideas for a ten-year-old', 'Gift ideas for a ten year old']]);
  // A review told to break the first versions (and Markdown emphasis on one side, whose rule was withdrawn): a compound
  // before a noun may modify it where the spaced words do not, a minus, a name, a pattern, a glob.
  notServed([
    ['Where can I find a heavy-metal detector?', 'Where can I find a heavy metal detector?'],
    ['What is a man-eating shark?', 'What is a man eating shark?'],
    ['Simplify sin-cos at pi/4', 'Simplify sin cos at pi/4'],
    ['What is ten-three?', 'What is ten three?'],
    ['What is the Monday-Friday schedule?', 'What is the Monday Friday schedule?'],
    ['Should I re-cover my old sofa?', 'Should I re cover my old sofa?'],
    ['What does the CSS selector div-span match?', 'What does the CSS selector div span match?'],
    ['We invited twenty-odd people to the party. How many came roughly?', 'We invited twenty odd people to the party. How many came roughly?'],
    ['How do you spell real-time?', 'How do you spell real time?'],
    ['What does ls *log* list?', 'What does ls log list?'],
    ['Translate the bolded word into Spanish: The **cat** sat on the mat', 'Translate the bolded word into Spanish: The cat sat on the mat'],
    ['What does kwargs mean in Python?', 'What does **kwargs mean in Python?'],
    ['How big is a python egg?', 'How big is Python egg?'],
  ]);
});

describe('a read-only review of the session\'s change (structural-verifier.ts, classify-difference.ts, misspellings.ts)', () => {
  notServed([
    // The word the object of a task on its letters, or both forms named.
    ['Reverse separate.', 'Reverse seperate.'],
    ['Sort the characters of necessary.', 'Sort the characters of neccessary.'],
    ['Is necessary a strong password?', 'Is neccessary a strong password?'],
    ['Is independent a good name for a startup?', 'Is independant a good name for a startup?'],
    ['Scramble separate.', 'Scramble seperate.'],
    ['Is it necessary or neccessary?', 'Is it neccessary or neccessary?'],
    // A form that is a word's letters shuffled where another word has them too, a rival about as frequent.
    ['How can I improve my conservation skills?', 'How can I improve my convseration skills?'],
    ['What jobs are there in conservation?', 'What jobs are there in converzation?'],
    // Generic words are no computing beside a product; a count after a month's name is no day.
    ['Is java good for you? Any data?', 'Is Java good for you? Any data?'],
    ['How do I remove rust? Which file should I use?', 'How do I remove Rust? Which file should I use?'],
    ['Did the soldiers march 20 miles?', 'Did the soldiers March 20 miles?'],
  ]);
  served([
    // Ordinary words beside a typo, a language's name as food, a spelling the instructions only mention.
    ['Should I use separate cutting boards for meat?', 'Should I use seperate cutting boards for meat?'],
    ['Is it necessary or just nice to have?', 'Is it neccessary or just nice to have?'],
    ['Is Greek yogurt necessary for this recipe?', 'Is Greek yogurt neccessary for this recipe?'],
  ]);

  it.each([
    ['You are a helpful assistant. The user may make typos; infer what they mean.', 'How does the government set interest rates?', 'How does the goverment set interest rates?'],
    ['You are a helpful assistant. Always use British spelling.', 'How does the government set interest rates?', 'How does the goverment set interest rates?'],
  ])('still takes a typo under instructions that only mention spelling: %j', (shared, stored, asked) => {
    expect(kindUnder(shared, stored, asked)).toBe('same');
  });
});
