import { describe, expect, it } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 16: three red teams (math, dates, money and structured data; other languages, output instructions,
 * roles and scope; RAG prompts, templates, code and swapped orders: ~1,200 pairs) found these wrong answers and one
 * crash. Each not-served pair was served by the code before (the crash threw), and asks another thing; each served
 * pair is a rewording the fixes must keep.
 */
const { kind, verify } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a verification that threw: "Give me a <number> <noun> …" (the "me" rule looked up the number as a word)', () => {
  it.each([
    ['Give me a 4 week workout plan', 'Give me a 4 week workout plan!'],
    ['Give me the 5 best ideas for a party', 'Give me the 5 best ideas for a party.'],
    ['Show us a 3 day itinerary for Rome', 'Show us a 3 day itinerary for Rome?'],
  ])('verifies %s / %s without throwing', (stored, asked) => {
    expect(() => verify(stored, asked)).not.toThrow();
    expect(kind(stored, asked)).toBe('same');
  });
});

describe('a dash between amounts with a currency sign or a version is a range or a subtraction, not a clause break', () => {
  notServed([
    ['Best TV for $500 - $800', 'Best TV for $500, $800'],
    ['What is $1,000 - $500?', 'What is $1,000, $500?'],
    ["What's 20% of $1,000 - $500?", "What's 20% of $1,000, $500?"],
    ['Hotels from £80 – £120 per night', 'Hotels from £80, £120 per night'],
    ['Find flights for €50 - €100', 'Find flights for €50, €100'],
    ['Shipping costs $5 - $10', 'Shipping costs $5. $10'],
    ['Shipping costs $5 - $10', 'Shipping costs $5; $10'],
    ['Is it cheaper to pay 5 - $10 per month?', 'Is it cheaper to pay 5, $10 per month?'],
    ["What's the rate for 10 - ¥20?", "What's the rate for 10, ¥20?"],
    ['Changes from v1.2 - v1.5', 'Changes from v1.2, v1.5'],
  ]);
  served([
    ['I need a tent - which one should I buy?', 'I need a tent, which one should I buy?'],
    ['Best TV for $500 - $800', 'best TV for $500 - $800?'],
  ]);
});

describe('a sentence to say in another language, asked as a question, keeps its courtesies', () => {
  notServed([
    ['How do you say this in Spanish? Please close the door.', 'How do you say this in Spanish? Close the door.'],
    ['How do you say this in German? Please sit down.', 'How do you say this in German? Sit down.'],
    ['Please sit down. How do you say this in German?', 'Sit down. How do you say this in German?'],
    ['How do you say this in Spanish? Could you help me?', 'How do you say this in Spanish? Help me?'],
    ['Can you help me? How would you say that in Japanese?', 'Help me. How would you say that in Japanese?'],
    ['How do you say this in Italian? Please call me back.', 'How do you say this in Italian? Call me back.'],
    ["What's this in Spanish? Please don't touch the paintings.", "What's this in Spanish? Don't touch the paintings."],
  ]);
  served([
    ['How do you say this in Spanish? Please close the door.', 'how do you say this in Spanish? Please close the door'],
    ['Please, how do I say good morning in Spanish?', 'How do I say good morning in Spanish?'],
  ]);
});

describe('a word of another language one letter from an English word is no typo of it', () => {
  notServed([
    ["Qu'est-ce qu'une facture ?", "Qu'est-ce qu'une fracture ?"],
    ["Qu'est-ce qu'une facture d'acompte ?", "Qu'est-ce qu'une fracture d'acompte ?"],
    ["Définition d'une facture", "Définition d'une fracture"],
    ["Définition d'une facture ?", "Définition d'une fracture ?"],
  ]);
  served([
    ['How do I adjust the temperature of my fridge?', 'How do I adjust the temprature of my fridge?'],
    ['How do I thank my co-worker for her help?', 'How do I thank my co-worker for her hlep?'],
  ]);
});

describe('a keyword asked about in a named language has no synonym', () => {
  notServed([
    ['What does choose do in SQL Server?', 'What does select do in SQL Server?'],
    ['What does select do in SQL?', 'What does choose do in SQL?'],
    ['How does try work in Python?', 'How does attempt work in Python?'],
    ['What does car return in Lisp?', 'What does automobile return in Lisp?'],
  ]);
  served([
    ['How do I fix my iPhone?', 'How do I repair my iPhone?'],
    ['What is the fastest way to learn to code?', 'What is the quickest way to learn to code?'],
  ]);
});

describe('a comma on one side only that changes what is meant (a fourth red team: 50 pairs served)', () => {
  notServed([
    // A relative clause after a plural: without the comma only some of them, with it all of them.
    ['Archive the emails which mention the merger.', 'Archive the emails, which mention the merger.'],
    ['Flag the transactions which exceed $10,000.', 'Flag the transactions, which exceed $10,000.'],
    ['Sell the stocks which lost value this year.', 'Sell the stocks, which lost value this year.'],
    ['Give a discount to the customers which complained.', 'Give a discount to the customers, which complained.'],
    ['Water the plants which look dry.', 'Water the plants, which look dry.'],
    // A reason after a negation: denied without the comma, given with it.
    ["I didn't quit my job because of my boss. What should I do next?", "I didn't quit my job, because of my boss. What should I do next?"],
    ["She didn't marry him because he was rich. Write a short story about it.", "She didn't marry him, because he was rich. Write a short story about it."],
    ["Don't hire him because he is young.", "Don't hire him, because he is young."],
    // A compound made two items of a list.
    ['Add ice cream and cake to my order.', 'Add ice, cream and cake to my order.'],
    ['Make a diet plan with fruit juice and toast.', 'Make a diet plan with fruit, juice and toast.'],
  ]);
  served([
    ['I have two dogs, which food is best?', 'I have two dogs which food is best?'],
    ['Email my parents, who live in Spain.', 'Email my parents who live in Spain.'],
    ['Buy ice cream, cake and juice', 'Buy ice cream, cake, and juice'],
    ['Explain recursion, and give an example', 'Explain recursion and give an example'],
    ['Why is the sky blue, because of scattering?', 'Why is the sky blue because of scattering?'],
  ]);
});

describe('a title typed in lowercase: its number, its "the" and its words are the title (a fifth red team: 191 pairs served)', () => {
  notServed([
    ['who plays ripley in alien', 'who plays ripley in aliens'],
    ['Aliens cast list', 'Alien cast list'],
    ['I just watched aliens, who played the marines?', 'I just watched alien, who played the marines?'],
    ['who sings animals', 'who sings animal'],
    ['when did twister come out', 'when did twisters come out'],
    ['is fall on netflix', 'is the fall on netflix'],
    ['gladiator movie ending explained', 'gladiators movie ending explained'],
    ['What is Room about?', 'What is The Room about?'],
    ['who is the villain in predators', 'who is the villain in predator'],
    ['room cast', 'the room cast'],
    ['Who directed Room?', 'Who directed The Room?'],
    ['who starred in heat', 'who starred in the heat'],
    ['who sings kids', 'who sings children'],
    ['begin again lyrics', 'start again lyrics'],
    ['plot of the kid', 'plot of the child'],
    // "the" and a plural name against a singular: another place or family.
    ['tallest mountain in the americas', 'tallest mountain in america'],
    ['best restaurants in the hamptons', 'best restaurants in hampton'],
    ['history of the windsors', 'history of windsor'],
  ]);
  served([
    ['Who directed Aliens?', 'who directed Aliens'],
    ['What are the benefits of yoga?', 'What is the benefit of yoga?'],
    ['How do spiders make webs?', 'How does a spider make webs?'],
    ['Give me ideas for a birthday party', 'Please give me ideas for a birthday party'],
  ]);
});

describe('a real word a dictionary knows is no typo of a word one slip away (a sixth red team: 17 pairs served)', () => {
  notServed([
    ['How much does a contractor cost?', 'How much does a contactor cost?'],
    ['How do I replace a contactor on my AC unit?', 'How do I replace a contractor on my AC unit?'],
    ['How much does retuning a piano cost?', 'How much does returning a piano cost?'],
    ['What is the millage rate in Michigan?', 'What is the milage rate in Michigan?'],
    ['What causes emotional lability?', 'What causes emotional liability?'],
    ['Explain egocentrism in child development.', 'Explain geocentrism in child development.'],
  ]);
  served([
    ['How do I receive payments?', 'How do I recieve payments?'],
    ['Why did the government shut down?', 'Why did the goverment shut down?'],
    ['What temperature should I bake bread at?', 'What temprature should I bake bread at?'],
  ]);
});

describe('the line said to a character in a role-play is no politeness (a seventh red team: 24 pairs served)', () => {
  notServed([
    ['Pretend you are a hotel receptionist. Good morning!', 'Pretend you are a hotel receptionist. Good evening!'],
    ['You are a bank teller. I walk up to your window. Good afternoon.', 'You are a bank teller. I walk up to your window. Good morning.'],
    ['You are my grandmother. Sorry!', 'You are my grandmother. Thank you!'],
    ['Roleplay as a shopkeeper in a medieval village. Hello!', 'Roleplay as a shopkeeper in a medieval village. Thanks!'],
    ['You are Santa Claus at a shopping mall. A child walks up to you. Hi!', 'You are Santa Claus at a shopping mall. A child walks up to you. Sorry!'],
    ["Let's play a game where you are a medieval innkeeper. Greetings!", "Let's play a game where you are a medieval innkeeper. Thanks a lot!"],
  ]);
  served([
    ['You are a pirate. Tell me a joke.', 'You are a pirate. Please tell me a joke.'],
    ['Act as a Linux terminal. My first command is pwd.', 'Act as a Linux terminal. My first command is pwd, thanks!'],
    // Two times of day are no politeness since session 39 (red-team-46.test.ts).
    ['You are a helpful assistant. Summarize the causes of World War I. Thanks!', 'You are a helpful assistant. Summarize the causes of World War I.'],
    ['You are a pirate. Hello!', 'You are a pirate. Hi!'],
  ]);
});

describe('one thing or several in the asker\'s own situation', () => {
  notServed([
    ['I had a seizure last month. Can I still drive?', 'I had seizures last month. Can I still drive?'],
    ['I have a felony on my record. Can I get a passport?', 'I have felonies on my record. Can I get a passport?'],
    ['I have a prior conviction for shoplifting. Can I become a nurse?', 'I have prior convictions for shoplifting. Can I become a nurse?'],
    ['I had a heart attack two years ago. Is it safe for me to run a marathon?', 'I had heart attacks two years ago. Is it safe for me to run a marathon?'],
    ['I have a kid and I work full time. Plan a weekend in Rome for us.', 'I have kids and I work full time. Plan a weekend in Rome for us.'],
  ]);
  served([
    ['I have a question about taxes', 'I have questions about taxes'],
    ['I need a recipe with chicken and a potato', 'I need a recipe with chicken and potatoes'],
    ['How do I train a puppy?', 'How do I train puppies?'],
  ]);
});

describe('a question mark that makes a statement a question, "pls" that names something, a text to write from', () => {
  notServed([
    ['You can swim.', 'You can swim?'],
    ["It's over.", "It's over?"],
    ['She left.', 'She left?'],
    ['Sure.', 'Sure?'],
    ['sklearn pls regression example', 'sklearn regression example'],
    ['what is a pls file', 'what is a file'],
    ['Write a headline: Aliens landed.', 'Write a headline: Aliens landed?'],
    ['Continue the story: He opened the door.', 'Continue the story: He opened the door?'],
  ]);
  served([
    ['My dog ate chocolate, what should I do?', 'My dog ate chocolate what should I do'],
    ['what is the capital of france', 'What is the capital of France?'],
    ['I need help with my resume', 'I need help with my resume?'],
    ['You can swim? Thanks', 'You can swim?'],
    ['explain recursion pls', 'explain recursion'],
    ['help me pls asap', 'help me asap'],
    ['pls help me fix my code', 'help me fix my code'],
  ]);
});

describe('found by a hostile helper on the final rules: marks typed together, "Play a …"', () => {
  notServed([
    ['You can swim.', 'You can swim?!'],
    ["It's over.", "It's over??"],
    ['Sure.', 'Sure??'],
    ['Play a hotel receptionist. Good morning!', 'Play a hotel receptionist. Good evening!'],
    ['Play a hotel receptionist. Thanks!', 'Play a hotel receptionist. Sorry!'],
  ]);
  served([
    ['How do I reverse a list in Python?!', 'How do I reverse a list in Python?'],
    ['Play a song for me. Thanks!', 'Play a song for me.'],
  ]);
});
