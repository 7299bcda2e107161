import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Found by the sixth red-team round (its classes 1–12 and 15, handled on this branch as "round 7"): wrong hits
 * where a mark, a letter or a word that the rules set aside is what the prompt asks about. Each block mixes the
 * red team's pairs with pairs written here, so the class is closed rather than its examples.
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('primes, inch marks and a bang glued to a token are syntax', () => {
  notServed([
    ["Compute y'' for y = e^(2x)", "Compute y' for y = e^(2x)"],
    ["If y = 3x^2, what is y'?", 'If y = 3x^2, what is y?'],
    ["What does g' mean for g(t) = t^3?", 'What does g mean for g(t) = t^3?'],
    ["In MATLAB, what does A' * B compute?", 'In MATLAB, what does A * B compute?'],
    ["Is a 6' ceiling too low?", 'Is a 6" ceiling too low?'],
    ["How tall is 5'11 in cm?", 'How tall is 5 11 in cm?'],
    ['How heavy is a 65" TV?', "How heavy is a 65' TV?"],
    ['Is a 5’ fence tall enough for a dog?', 'Is a 5” fence tall enough for a dog?'],
    ['Does ActiveRecord raise an error on save!', 'Does ActiveRecord raise an error on save'],
    ['What does update! do in Rails', 'What does update do in Rails'],
    ['Why should I avoid name!!', 'Why should I avoid name'],
  ]);
  served([
    ['Why is the sky blue?!', 'Why is the sky blue?'],
    ['Thanks for the help!', 'Thanks for the help'],
    ['Write a poem about the sea!', 'Write a poem about the sea'],
  ]);
});

describe('an ellipsis after a number is part of it', () => {
  notServed([
    ['Is 0.999... equal to 1?', 'Is 0.999 equal to 1?'],
    ['Is 0.333… a rational number?', 'Is 0.333 a rational number?'],
    ['Convert 0.142857... to a fraction', 'Convert 0.142857 to a fraction'],
    ['What is the next number: 1, 1, 2, 3, 5...', 'What is the next number: 1, 1, 2, 3, 5'],
  ]);
  served([['I counted to 10... then what?', 'I counted to 10 then what?']]);
});

describe('commas and colons in code and lists outside backticks', () => {
  notServed([
    ['SELECT name, email FROM users', 'SELECT name email FROM users'],
    ['select first_name, last_name from people', 'select first_name last_name from people'],
    ['What does SELECT title, year FROM films return?', 'What does SELECT title year FROM films return?'],
    ['What does range(n, -1) produce in Python?', 'What does range(n -1) produce in Python?'],
    ['What does max(a, -b) return?', 'What does max(a -b) return?'],
    ['Is {a: 1} valid JSON?', 'Is {a 1} valid JSON?'],
    ['What does def f(x: int) mean?', 'What does def f(x int) mean?'],
    ['In YAML, what does key: value mean?', 'In YAML, what does key value mean?'],
    ['How many items are in this list: ice cream, cake, pie?', 'How many items are in this list: ice, cream, cake, pie?'],
    ['Sort alphabetically: peanut butter, jam, bread', 'Sort alphabetically: peanut, butter, jam, bread'],
    ['Count the colours: dark blue, red, green', 'Count the colours: dark, blue, red, green'],
    ['Parse this: name: John, age: 30, city: Paris', 'Parse this: name: John age: 30, city: Paris'],
    ['In Python, what does print(a, end=\'\') do?', "In Python, what does print(a end='') do?"],
  ]);
  served([
    ['If it rains, what should I wear?', 'If it rains what should I wear?'],
    ['Hello, how do I reset my password?', 'Hello how do I reset my password?'],
    ['Note: I use Windows. How do I install Python?', 'Note: I use Windows, how do I install Python?'],
  ]);
});

describe('a spaced dash between two quantities is a minus', () => {
  notServed([
    ['Compute revenue - cost for Q3', 'Compute revenue, cost for Q3'],
    ['Is price - cost the margin?', 'Is price: cost the margin?'],
    ['Chart revenue - costs per region', 'Chart revenue; costs per region'],
    ['Graph income - tax by year', 'Graph income, tax by year'],
  ]);
  served([
    ['I need a tent - which one should I buy?', 'I need a tent, which one should I buy?'],
    ['Windows 10 - how do I reset it?', 'Windows 10: how do I reset it?'],
  ]);
});

describe('the letter A in lowercase or capitals', () => {
  notServed([
    ['symptoms of vitamin a deficiency', 'symptoms of vitamin deficiency'],
    ['is hepatitis a contagious', 'is hepatitis contagious'],
    ['WHAT IS A CLASS A FELONY', 'WHAT IS A CLASS FELONY'],
    ['what is blood type a', 'what is blood type'],
    ['how is group a strep treated', 'how is group strep treated'],
    ['what is a type a personality', 'what is a type personality'],
    ['WHAT IS PLAN A', 'WHAT IS PLAN'],
    ['is grade a beef worth it', 'is grade beef worth it'],
    ['what does exhibit a show', 'what does exhibit show'],
    ['how long does influenza a last', 'how long does influenza last'],
  ]);
  served([
    ['what is a tuple in python', 'what is tuple in python'],
    ['WHAT IS A BLACK HOLE', 'WHAT IS BLACK HOLE'],
    ['how do i write a cover letter', 'how do i write cover letter'],
  ]);
});

describe('the word itself is the question', () => {
  notServed([
    ['Is recieve a valid Scrabble word?', 'Is receive a valid Scrabble word?'],
    ["How many r's are in adress?", "How many r's are in address?"],
    ['How many letters are in accomodate?', 'How many letters are in accommodate?'],
    ['Is colour British English?', 'Is color British English?'],
    ['Is theatre the American spelling?', 'Is theater the American spelling?'],
    ['What is the plural of goose?', 'What is the plural of geese?'],
    ['What is the past tense of is?', 'What is the past tense of are?'],
    ['How many letters are in the word horse?', 'How many letters are in the word horses?'],
    ['How many syllables does the word cat have?', 'How many syllables does the word cats have?'],
    ['What rhymes with fix?', 'What rhymes with repair?'],
    ['Give me a synonym for big', 'Give me a synonym for large'],
    ['Should I write a hour?', 'Should I write an hour?'],
    ['Do you say an unicorn?', 'Do you say a unicorn?'],
    ['How many words is cannot?', 'How many words is can not?'],
    ["Is don't too informal for an essay?", 'Is do not too informal for an essay?'],
    ["Can I use won't in academic writing?", 'Can I use will not in academic writing?'],
    ['How do you pronounce route?', 'How do you pronounce routes?'],
    ['What part of speech is quickly?', 'What part of speech is quick?'],
    ['Is definately in the dictionary?', 'Is definitely in the dictionary?'],
    ['Is grey or gray correct?', 'Is gray or gray correct?'],
    ['Define big', 'Define large'],
    ["What's cat in Spanish?", "What's cats in Spanish?"],
    ['Is information countable?', 'Is informations countable?'],
    ['Does knight have a silent letter?', 'Does knights have a silent letter?'],
    ['What is the definition of fast?', 'What is the definition of quick?'],
  ]);
  served([
    ["What's the meaning of life?", 'What is the meaning of life?'],
    ['How do I fix a flat tire?', 'How do I repair a flat tire?'],
    ['What is the colour of the sky?', 'What is the color of the sky?'],
    ['Summarize this article in 100 words', 'Summarise this article in 100 words'],
  ]);
});

describe('a politeness word that is the object', () => {
  notServed([
    ['What does a British person mean by cheers?', 'What does a British person mean by thanks?'],
    ['Write a Python script that prints hi', 'Write a Python script that prints thanks'],
    ['Write a bash one-liner that echoes hello', 'Write a bash one-liner that echoes sorry'],
    ['Which is more formal, hi or hello?', 'Which is more formal, hey or hello?'],
    ['hey there delilah lyrics', 'delilah lyrics'],
    ['hey jude chords', 'jude chords'],
    ['Reply to the customer with only hey', 'Reply to the customer with only thanks'],
    ['Is it rude to reply with just hello?', 'Is it rude to reply with just greetings?'],
    ['Why do Canadians overuse sorry?', 'Why do Canadians overuse thanks?'],
    ['Do Japanese people skip please?', 'Do Japanese people skip thanks?'],
    ['How should a toddler learn sorry?', 'How should a toddler learn please?'],
    ['Teach the kids to shout hello', 'Teach the kids to shout sorry'],
    ['In Japan, is it rude to skip thanks?', 'In Japan, is it rude to skip sorry?'],
    ['Can my parrot learn hi?', 'Can my parrot learn thanks?'],
  ]);
  served([
    ['Hi, how do I reset my password?', 'How do I reset my password?'],
    ['hey can you explain recursion', 'can you explain recursion'],
    ['How do I center a div? Thanks', 'How do I center a div?'],
    ['Explain closures in JavaScript please', 'Explain closures in JavaScript'],
    ['how do i fix this thanks', 'how do i fix this'],
    ['Hey, explain the offside rule please', 'Explain the offside rule'],
    ['How do I reset my password thanks', 'How do I reset my password'],
    ['hello i need help with excel', 'i need help with excel'],
  ]);
});

describe('one or many, asked through the verb', () => {
  notServed([
    ['What is the largest planet?', 'What are the largest planets?'],
    ['Which of these is prime: 2, 3, 4?', 'Which of these are prime: 2, 3, 4?'],
    ['Which species is endangered?', 'Which species are endangered?'],
    ['What is the best programming language for beginners?', 'What are the best programming languages for beginners?'],
    ['Which is the oldest university in Europe?', 'Which are the oldest universities in Europe?'],
    ['Which one of these fish is freshwater: trout, cod, tuna?', 'Which one of these fish are freshwater: trout, cod, tuna?'],
    ['Who was the founder of Apple?', 'Who were the founders of Apple?'],
    ['Where is the nearest hospital?', 'Where are the nearest hospitals?'],
    ['What was the main cause of the war?', 'What were the main causes of the war?'],
  ]);
  served([
    ['What is the capital of France?', "What's the capital of France?"],
    ['What are the benefits of yoga?', 'What are the benefit of yoga?'],
  ]);
});

describe('spellings that name different things', () => {
  notServed([
    ['what is a daemon in linux', 'what is a demon in linux'],
    ['Is ether flammable?', 'Is aether flammable?'],
    ['who leads the labour party', 'who leads the labor party'],
    ['when was the labour party founded', 'when was the labor party founded'],
    ['what does the centre party stand for', 'what does the center party stand for'],
    ['when is labour day', 'when is labor day'],
    ['What is a daemon process?', 'What is a demon process?'],
  ]);
  served([
    ['What causes anaemia?', 'What causes anemia?'],
    ['What is the colour of a flamingo?', 'What is the color of a flamingo?'],
    ['How do I organise my desk?', 'How do I organize my desk?'],
  ]);
});
