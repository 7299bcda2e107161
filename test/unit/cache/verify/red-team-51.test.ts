import { describe, expect, it } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 44: generated red teams (word order, code, shared contexts, single words), hand-written pairs and an over-refusal study.

describe('a face or an emoji both texts close with (emoticons.ts withoutSharedClosingFace)', () => {
  // A review: one face at a time, a verification each, overflowed the stack on a few thousand faces.
  it('verifies texts that close with thousands of shared faces', () => {
    expect(kind('How do I boil an egg' + ' :)'.repeat(5_000), 'how do i boil an egg' + ' :)'.repeat(5_000))).toBe('same');
    expect(kind('He quit.' + ' 🙂'.repeat(5_000), 'He quit?' + ' 🙂'.repeat(5_000))).not.toBe('same');
  });
  notServed([
    ['He quit. :)', 'He quit? :)'],
    ['She left. :(', 'She left? :('],
    ["It's over. 🙂", "It's over? 🙂"],
    ['You can swim. ;)', 'You can swim? ;)'],
    ['He quit. 😂', 'He quit? 😂'],
    ['They won. 👍🏽', 'They won? 👍🏽'],
  ]);
  served([
    ["What's the best way to learn Python? :)", 'What is the best way to learn Python? :)'],
    ['how do I center a div? 😅', 'How do I center a div? 😅'],
    ['Can you recommend a good sci-fi book :)', 'Could you recommend a good sci-fi book? :)'],
    ['Thanks, how do I boil an egg? 🙏', 'How do I boil an egg? 🙏'],
  ]);
});

describe('a reason moved under a negative or counted subject (structural-verifier.ts becauseUnderNegation)', () => {
  notServed([
    ['Because it was cheap, nobody bought the house.', 'Nobody bought the house because it was cheap.'],
    ['Because the talk was boring, no one left early.', 'No one left early because the talk was boring.'],
    ['Because the test was hard, few students passed.', 'Few students passed because the test was hard.'],
    ['Because they were angry, neither of them apologized.', 'Neither of them apologized because they were angry.'],
    ['Because the study is small, not every doctor agrees.', 'Not every doctor agrees because the study is small.'],
    ['Because she is young, no teacher hired her.', 'No teacher hired her because she is young.'],
  ]);
  served([
    ['Because it rained, the game was cancelled.', 'The game was cancelled because it rained.'],
    ['Because of the rain, a few people left early.', 'A few people left early because of the rain.'],
    ['Because I am vegan, suggest a dinner recipe with no nuts.', 'Suggest a dinner recipe with no nuts because I am vegan.'],
    ['Because my dog is old, what food is best?', 'What food is best because my dog is old?'],
    // A review: a negative word that is no subject.
    ["Because I'm on a budget, what meals can I make with few ingredients?", "What meals can I make with few ingredients because I'm on a budget?"],
    ["Because I'm on a budget, what hobbies cost nothing?", "What hobbies cost nothing because I'm on a budget?"],
  ]);
});

describe('a phrase of every thing moved across a counted subject (clause-move.ts movesUniversalOverScope)', () => {
  notServed([
    ['In every game, few players scored.', 'Few players scored in every game.'],
    ['On every test, most students failed.', 'Most students failed on every test.'],
    ['In all the surveys, many people left.', 'Many people left in all the surveys.'],
    ['In every round, two players were injured.', 'Two players were injured in every round.'],
  ]);
  served([
    ['In every browser, how do I clear the cache?', 'How do I clear the cache in every browser?'],
    ['For each guest, how many plates do I need?', 'How many plates do I need for each guest?'],
    ['In every city, what is the most popular dish?', 'What is the most popular dish in every city?'],
    // A review: a request's count of what to write.
    ['For each step, give me two examples.', 'Give me two examples for each step.'],
    ['For every chapter, write three questions.', 'Write three questions for every chapter.'],
  ]);
});

describe("a language's name with # or ++ before a clause's comma (verify-tokens.ts MARKS_AFTER_LANGUAGE)", () => {
  served([
    ['In C#, how do I reverse a list?', 'How do I reverse a list in C#?'],
    ['In C++, how do I reverse a vector?', 'How do I reverse a vector in C++?'],
    ['In F#, how do I define a record?', 'How do I define a record in F#?'],
    ['In .NET, how do I read a file?', 'How do I read a file in .NET?'],
  ]);
  notServed([
    ['In C#, how do I reverse a list?', 'In C, how do I reverse a list?'],
    ['.btn, .nav { color: red }', '.btn .nav { color: red }'],
  ]);
});

describe('quotes that type a value after its key, inline in prose (code-line-end.ts inlineScalarQuoted)', () => {
  notServed([
    ['why does "port": "8080" not work', 'why does "port": 8080 not work'],
    ['explain "strict": true', 'explain "strict": "true"'],
    ['meaning of "zip": "false"', 'meaning of "zip": false'],
    ['what happens when I run "zip": null', 'what happens when I run "zip": "null"'],
    ['Can you explain what verbose: NO does in config?', 'Can you explain what verbose: "NO" does in config?'],
    ['mode: 0755 - what does this do', 'mode: "0755" - what does this do'],
    ['A colleague changed a single line to "strict": true. The rest of the diff is formatting. Is it safe?', 'A colleague changed a single line to "strict": "true". The rest of the diff is formatting. Is it safe?'],
  ]);
  served([
    ['what does "mode": "fast" do', 'what does "mode": fast do'],
    ['why does "port": "8080" not work', 'Why does "port": "8080" not work?'],
    ['My boss replied: "NO" - what should I do next?', 'My boss replied: NO - what should I do next?'],
  ]);
});

describe("a '!' or '?' of a keyword of code written inline (verify-tokens.ts marksCodeKeyword)", () => {
  notServed([
    ['whats the result of try! Parser.parse(s) in Swift', 'whats the result of try? Parser.parse(s) in Swift'],
    ['Swift: explain try! FileManager.default.removeItem(at: u)', 'Swift: explain try FileManager.default.removeItem(at: u)'],
    ['is try? JSONDecoder().decode(User.self, from: d) valid Swift?', 'is try JSONDecoder().decode(User.self, from: d) valid Swift?'],
    ['explain x as! Int in Swift', 'explain x as? Int in Swift'],
    ['In Swift what is value as! [String] for', 'In Swift what is value as [String] for'],
    ['In Rust, what does vec! [1, 2] produce', 'In Rust, what does vec [1, 2] produce'],
    ['In Rust what is panic! ("bad") for', 'In Rust what is panic ("bad") for'],
    ['F#: explain return! Async.Sleep 100', 'F#: explain return Async.Sleep 100'],
  ]);
  served([
    ['Should I give it a try? Maybe later.', 'Should I give it a try. Maybe later.'],
    ['Is it worth a try? Thanks', 'Is it worth a try? thanks'],
    ['Is acupuncture worth a try? Dr. Lee says yes.', 'Is acupuncture worth a try. Dr. Lee says yes.'],
    ['Should I give keto a try? U.S. doctors are divided.', 'Should I give keto a try?? U.S. doctors are divided.'],
  ]);
});

describe('a question typed all in lowercase before a follow-up (verify-tokens.ts closesLowercaseQuestion, CLAUSE_AFTER)', () => {
  served([
    ['What zodiac sign is July 10? Answer in one paragraph.', 'what zodiac sign is july 10? answer in one paragraph.'],
    ['What is the capital of Peru? Answer briefly.', 'what is the capital of peru? answer briefly.'],
    ['Quick question: Did every senator vote for the bill?', 'quick question: did every senator vote for the bill?'],
  ]);
  notServed([
    ['What does ab? do', 'What does ab do'],
    ['what does ab? do', 'what does ab do'],
    // A review: a name of code that ends in "?" or a key's colon, in a line typed in lowercase.
    ['what does int? in c# mean', 'what does int in c# mean'],
    ['what is the difference between int? and int in c#', 'what is the difference between int and int in c#'],
    ['when should i use include? in ruby', 'when should i use include in ruby'],
    ['how do i use try? in swift', 'how do i use try in swift'],
    ['in python what does x: list mean', 'in python what does x list mean'],
    ['in python what does value: was mean', 'in python what does value was mean'],
    ['in python what does items: please mean', 'in python what does items please mean'],
  ]);
});

describe('a synonym inside an everyday term WordNet lacks (closed-lists.ts COMPUTING_TERMS)', () => {
  notServed([
    ['Can my employer ask for a sick note?', 'Can my employer ask for an ill note?'],
    ['How many sick days do teachers get?', 'How many ill days do teachers get?'],
    ['How do I mend fences with my brother?', 'How do I repair fences with my brother?'],
    ['How does price fixing work?', 'How does price repairing work?'],
  ]);
  served([['How do I mend a torn shirt?', 'How do I repair a torn shirt?']]);
});

describe('a typo of a neighbouring key, and a long typo in a text about code (classify-difference.ts keyboardSlip, proseTypoInCode)', () => {
  served([
    ['How does photosynthesis work?', 'How does photosynthrsis work?'],
    ['What is the best restaurant in town?', 'What is the best restaurabt in town?'],
    ['Explain the difference between weather and climate', 'Explain the diffrrence between weather and climate'],
    ['Any tips on how to handle errors in async functions in JavaScript?', 'Any tips on how to handle errors in async funtions in JavaScript?'],
  ]);
  notServed([
    ['How do I debounce a search input in React?', 'How do I denounce a search input in React?'],
    ['what is the treatment for hiv and tb coinfection', 'what is the treatment for hiv and tb confection'],
    // A review: a term coined with a prefix, and packages named after words one slip away.
    ['What is a debounce?', 'What is a denounce?'],
    ['How do I install detectie with npm?', 'How do I install detective with npm?'],
    ['How do I use circularr in Node.js?', 'How do I use circular in Node.js?'],
    ['How do I use vectorious in Node.js?', 'How do I use victorious in Node.js?'],
    ['Is detectie still maintained on npm?', 'Is detective still maintained on npm?'],
    ['What is computeds?', 'What is computers?'],
  ]);
});

describe('an edit inside the text a task on other lines works on (template-turn.ts editInTextOfTask)', () => {
  notServed([
    ["<|im_start|>system\nYou are a text-processing assistant. Translate the user's message into French.<|im_end|>\n<|im_start|>user\nSend me the invoice for March.<|im_end|>\n<|im_start|>assistant\n", "<|im_start|>system\nYou are a text-processing assistant. Translate the user's message into French.<|im_end|>\n<|im_start|>user\nPlease send me the invoice for March.<|im_end|>\n<|im_start|>assistant\n"],
    ["[INST] <<SYS>>\nTranslate the user's message into French.\n<</SYS>>\n\nSend me the invoice for March. [/INST]", "[INST] <<SYS>>\nTranslate the user's message into French.\n<</SYS>>\n\nSend me the invoice for March? [/INST]"],
    ['Translate the user\'s message into French.\n\n"""\nCall me back when you get a chance.\n"""', 'Translate the user\'s message into French.\n\n"""\nCall me back when you get a chance. Thanks!\n"""'],
    ['[INST] <<SYS>>\nIs the message a question or a statement? Answer with one word.\n<</SYS>>\n\nCan you fix my account? [/INST]', '[INST] <<SYS>>\nIs the message a question or a statement? Answer with one word.\n<</SYS>>\n\nCan you fix my account. [/INST]'],
    ['Message: We received the package yesterday.\n\nInstruction: Repeat the message back exactly, character for character.', 'Message: We received  the package yesterday.\n\nInstruction: Repeat the message back exactly, character for character.'],
    ['<instructions>Return the message in JSON as {"text": ..., "word_count": ...}.</instructions>\n<message>I will be there at noon.</message>', '<instructions>Return the message in JSON as {"text": ..., "word_count": ...}.</instructions>\n<message>I\'ll be there at noon.</message>'],
  ]);
  served([
    ['Summarize the following text in three bullet points:\n\nRemote work has changed the way companies hire.\n\nThanks!', 'Summarize the following text in three bullet points:\n\nRemote work has changed the way companies hire.'],
    ["<|im_start|>system\nYou are a helpful assistant. Detect the language of the user's message and reply in that language.<|im_end|>\n<|im_start|>user\nhow do I reset my password?<|im_end|>", "<|im_start|>system\nYou are a helpful assistant. Detect the language of the user's message and reply in that language.<|im_end|>\n<|im_start|>user\nHow do I reset my password?<|im_end|>"],
    ["<|im_start|>system\nYou are a helpful assistant. Always return your answer as plain text, without markdown.<|im_end|>\n<|im_start|>user\nWhat's the capital of France?<|im_end|>", '<|im_start|>system\nYou are a helpful assistant. Always return your answer as plain text, without markdown.<|im_end|>\n<|im_start|>user\nWhat is the capital of France?<|im_end|>'],
    ['Context information is below.\n---------------------\nOfficials did not respond to repeated phone calls from the Mercury News seeking comment.\n---------------------\nQuery: Who did not respond?\nAnswer:', 'Context information is below.\n---------------------\nOfficials did not respond to repeated phone calls from the Mercury News seeking comment.\n---------------------\nQuery: Who did not respond\nAnswer:'],
  ]);
});

describe('"TIA", "THX" or "TY" in capitals closing the text (prepare-tokens.ts closingThanksInCapitals)', () => {
  served([
    ['How does test-driven development work?', 'How does test-driven development work? TIA'],
    ['Explain an index fund to a beginner.', 'Explain an index fund to a beginner. TIA'],
    ['How does it work?', 'How does it work? THX'],
  ]);
  notServed([
    ['What are the symptoms of a TIA?', 'What are the symptoms of a?'],
    ['What are the symptoms of a stroke', 'What are the symptoms of a stroke TIA'],
    ['What is a TIA', 'What is a'],
  ]);
});

describe("a school moved onto someone of the asker's (clause-move.ts namesSchooling)", () => {
  notServed([
    ['In college, how do I deal with my brother?', 'How do I deal with my brother in college?'],
    ['In grad school, how do I keep in touch with my best friend?', 'How do I keep in touch with my best friend in grad school?'],
    ['In medical school, how do I motivate my roommate?', 'How do I motivate my roommate in medical school?'],
  ]);
  served([
    ['In college, how do I make friends?', 'How do I make friends in college?'],
    ['At school, how do I handle a bully?', 'How do I handle a bully at school?'],
    ['In Excel, how do I share a sheet with my team?', 'How do I share a sheet with my team in Excel?'],
  ]);
});

describe('a template that reads how the user typed (template-turn.ts FORM_READ, TEXT_PROPERTY_ASKED)', () => {
  notServed([
    ["Does the user's question end with a question mark? Reply yes or no.\n\nUser: How do I write a cover letter\nAssistant:", "Does the user's question end with a question mark? Reply yes or no.\n\nUser: How do I write a cover letter?\nAssistant:"],
    ['<|system|>\nYou are a strict teacher. If the question does not begin with a capital letter, refuse and explain why.\n<|user|>\nwhich planet is the largest?\n<|assistant|>', '<|system|>\nYou are a strict teacher. If the question does not begin with a capital letter, refuse and explain why.\n<|user|>\nWhich planet is the largest?\n<|assistant|>'],
    ['You are Orbit, a helpful assistant. Reply "yes" if the user said hi or hello, and "no" otherwise.\n\nHi, how can I improve my sleep?', 'You are Orbit, a helpful assistant. Reply "yes" if the user said hi or hello, and "no" otherwise.\n\nHow can I improve my sleep?'],
    ['Reply "clean" if the user\'s question is free of errors and "errors" otherwise.\n\nUser: What are the sypmtoms of the flu?\nAssistant:', 'Reply "clean" if the user\'s question is free of errors and "errors" otherwise.\n\nUser: What are the symptoms of the flu?\nAssistant:'],
    ["You write the subject line of a support ticket using the customer's own phrasing, with their capitals and marks kept.\n\nCustomer: Which planet is the largest?\nAgent:", "You write the subject line of a support ticket using the customer's own phrasing, with their capitals and marks kept.\n\nCustomer: which planet is the largest?\nAgent:"],
  ]);
  served([
    ['Given the following information, answer the question.\n\nContext: Book your tickets in advance. Paris and Rome are European capitals.\n\nQuestion: When should I book tickets?\nAnswer:', 'Given the following information, answer the question.\n\nContext: Book your tickets in advance. Paris and Rome are European capitals.\n\nQuestion: when should I book tickets?\nAnswer:'],
  ]);
});
