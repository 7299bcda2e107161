import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 24, second wave: two more red teams (numbers, output constraints and modality; other languages, pasted
 * chats, personas and messages). Each not-served pair was `same` before this change; each served pair is a
 * neighbour the rule must keep (a review helper's must-hit pairs among them).
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('the marks of a pasted chat line or an option, when the question is what the lines mean', () => {
  notServed([
    ['Him: wanna hang out tonight?\nMe: sure\nHim: ok.\nIs he mad?', 'Him: wanna hang out tonight?\nMe: sure\nHim: ok!\nIs he mad?'],
    ['Boss: Can you stay late tonight?\nMe: Sure.\nDid I sound annoyed?', 'Boss: Can you stay late tonight?\nMe: Sure\nDid I sound annoyed?'],
    ['Me: want to get dinner Friday?\nHer: sure.\nDoes she like me?', 'Me: want to get dinner Friday?\nHer: sure!\nDoes she like me?'],
    ['He texted:\nok.\nIs he mad?', 'He texted:\nok!\nIs he mad?'],
    ['Which reply is more enthusiastic?\n1. Sure.\n2. Sure!', 'Which reply is more enthusiastic?\n1. Sure!\n2. Sure.'],
    ['Which reply sounds more excited? A) Sure. B) Sure!', 'Which reply sounds more excited? A) Sure! B) Sure.'],
    ["Which one is a question? 1) You're coming. 2) You're coming?", "Which one is a question? 1) You're coming? 2) You're coming."],
    ['My sister: I got the job.\nMe: congrats\nIs she happy about it?', 'My sister: I got the job!\nMe: congrats\nIs she happy about it?'],
    ['Which reply sounds more excited?\nA: Sure.\nB: Sure!', 'Which reply sounds more excited?\nA: Sure!\nB: Sure.'],
    ['Ich: Treffen wir uns heute?\nSie: ok.\nIst sie sauer?', 'Ich: Treffen wir uns heute?\nSie: ok!\nIst sie sauer?'],
  ]);
  served([
    ['Customer: Hi, can I keep the machine?\nAgent: Yes, you can keep it.\n\nSummarize this chat.', 'Customer: Hi, can I keep the machine.\nAgent: Yes, you can keep it.\n\nSummarize this chat.'],
    ['Him: wanna hang out tonight?\nMe: sure\nHim: ok.\nIs he mad?', 'Him: wanna hang out tonight?\nMe: sure\nHim: ok.\nis he mad?'],
    ['Hey,\nquick question: what is 15% of 80?\ncheers', 'Hey,\nquick question, please: what is 15% of 80?\ncheers'],
    // A review helper's: labelled lines that are no chat, and a long message line whose full stop is no tone.
    ['Name: Anna\nAge: 29\nWrite a birthday message for her.', 'Name: Anna.\nAge: 29.\nWrite a birthday message for her.'],
    ['Flight: Tuesday 9am\nMeeting: Tuesday noon\nWill I make it?', 'Flight: Tuesday 9am.\nMeeting: Tuesday noon.\nWill I make it?'],
    ["1) What's a mutex?\n2) What's a semaphore?", '1) What is a mutex?\n2) What is a semaphore?'],
    ['My manager wrote:\nPlease send the report by Friday.\nHow should I reply?', 'My manager wrote:\nPlease send the report by Friday\nHow should I reply?'],
  ]);
});

describe('a word in quotation marks: everyday mentions and labels stay served (a rule for irony was tried and dropped)', () => {
  served([
    ['What words start with the letter "q"?', 'What words start with the letter q?'],
    ['How do I return "defective" items to Amazon?', 'How do I return defective items to Amazon?'],
    ['What does "idempotent" mean?', 'What does idempotent mean?'],
    ['Explain "recursion"', 'Explain recursion'],
    ['What are "microservices"?', 'What are microservices?'],
  ]);
});

describe('one or several of a time period, a portion or an output', () => {
  notServed([
    ['How will AI change jobs in the coming decade?', 'How will AI change jobs in the coming decades?'],
    ['What stocks performed best in the past week?', 'What stocks performed best in the past weeks?'],
    ['Is it OK to eat a slice of pizza every day?', 'Is it OK to eat slices of pizza every day?'],
    ['Is it safe to drink an energy drink every day?', 'Is it safe to drink energy drinks every day?'],
    ['Is it safe to drink a beer every day?', 'Is it safe to drink beers every day?'],
    ['Return the result as a JSON object', 'Return the result as JSON objects'],
    ['Print the output in a code block', 'Print the output in code blocks'],
    ['Convert this text to a JSON array', 'Convert this text to JSON arrays'],
  ]);
  served([
    ['Can I cut a pill in half?', 'Can I cut pills in half?'],
    ['How will AI change jobs in the coming decade?', 'how will AI change jobs in the coming decade'],
    ['Return the result as JSON', 'return the result as JSON'],
  ]);
});

describe('digits against words in a question about how to write a number', () => {
  notServed([
    ['In APA style, do I write 5 participants?', 'In APA style, do I write five participants?'],
    ['Can I start a sentence with 12 months?', 'Can I start a sentence with twelve months?'],
  ]);
  served([
    ['Give me 5 tips for better sleep', 'Give me five tips for better sleep'],
    ['Write 5 tips for staying focused', 'Write five tips for staying focused'],
  ]);
});

describe('a space inside a one-line file command, a redirect or an assignment (a code red team)', () => {
  notServed([
    ['Is it safe to run rm -rf build/* to clean up my build output?', 'Is it safe to run rm -rf build /* to clean up my build output?'],
    ['Is it safe to run sudo rm -rf dist/ on my production server?', 'Is it safe to run sudo rm -rf dist / on my production server?'],
    ['On Windows, is it safe to run del /s /q C:\\temp\\* to clean up the temp folder?', 'On Windows, is it safe to run del /s /q C:\\temp \\* to clean up the temp folder?'],
    ['Why does ls missing 2>/dev/null still print an error to my terminal?', 'Why does ls missing 2 >/dev/null still print an error to my terminal?'],
    ['Why does PORT=3000 node server.js still listen on 8080?', 'Why does PORT= 3000 node server.js still listen on 8080?'],
  ]);
  served([
    ['My cat weighs 5 kg = 11 lbs, is that ok?', 'My cat weighs 5 kg=11 lbs, is that ok?'],
    ['How do I find the area of a circle?', 'How do I  find the area of a circle?'],
  ]);
});

describe('"the" that makes a name, dropped (a short-prompt red team)', () => {
  notServed([
    ['Who is the Rock?', 'Who is Rock?'],
    ['Who owns the Sun?', 'Who owns Sun?'],
    ['Who is the Edge?', 'Who is Edge?'],
    ['the police members', 'police members'],
    ['the road movie', 'road movie'],
    ['the sun newspaper', 'sun newspaper'],
  ]);
  served([
    ['How long is the Nile?', 'How long is Nile?'],
    ['How old is the Earth?', 'How old is Earth?'],
    ['the capital of france', 'capital of france'],
  ]);
});

describe('a face or a chat line after a long run (a review: both were read from the end by a regex)', () => {
  served([
    [`Why is my code so slow${' '.repeat(5_000)}:(`, 'Why is my code so slow'],
    ['Why is my code so slow :-)', 'Why is my code so slow'],
  ]);
  notServed([
    ['Why is my code so slow:(', 'Why is my code so slow'],
    [`Him: ok${'!'.repeat(5_000)}\nIs he mad?`, 'Him: ok.\nIs he mad?'],
  ]);
});

describe("a hostile helper's inputs against this session's rules", () => {
  notServed([
    // A face in the text asked about, on its own line or after a space that is no plain space.
    ['Is this sarcastic? Great job', 'Is this sarcastic? Great job :)'],
    ['Is it rude to end an email with thanks', 'Is it rude to end an email with thanks :)'],
    ['Should I reply to him?', 'Should I reply to him?\u3000:)'],
    ['Does she like me if she says hi', 'Does she like me if she says hi <3'],
    // Line breaks other than LF.
    ['Is he mad?\rHim: ok.', 'Is he mad?\rHim: ok!'],
    ['Is he mad?\u2028Him: ok.', 'Is he mad?\u2028Him: ok!'],
    ['Context:\rYour order shipped today. Thank you!\r\rQuestion: How many sentences does the message have?', 'Context:\rYour order shipped today.\r\rQuestion: How many sentences does the message have?'],
    ['Make me a meal plan:\n– Avoid peanuts if possible\n– No dairy', 'Make me a meal plan:\n– Avoid peanuts\n– No dairy'],
    // "ok" asked about, "a" that is no rate, politeness opening a title.
    ['How many letters is ok?', 'How many letters is okay?'],
    ['Is OK short for Oklahoma?', 'Is okay short for Oklahoma?'],
    ['Should I take a year to travel?', 'Should I take per year to travel?'],
    ["please, don't go lyrics", "don't go lyrics"],
    ["please don't go lyrics by kc and the sunshine band", "don't go lyrics by kc and the sunshine band"],
  ]);
  served([
    ['Am I ok to drive after one beer?', 'Am I okay to drive after one beer?'],
    ['Is that OK?', 'Is that okay?'],
  ]);
});
