import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 24, second wave: two more red teams (numbers, output constraints and modality; other languages, pasted
 * chats, personas and messages). Each not-served pair was `same` before this change; each served pair is a
 * neighbour the rule must keep.
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
  ]);
  served([
    ['Customer: Hi, can I keep the machine?\nAgent: Yes, you can keep it.\n\nSummarize this chat.', 'Customer: Hi, can I keep the machine.\nAgent: Yes, you can keep it.\n\nSummarize this chat.'],
    ['Him: wanna hang out tonight?\nMe: sure\nHim: ok.\nIs he mad?', 'Him: wanna hang out tonight?\nMe: sure\nHim: ok.\nis he mad?'],
    ['Hey,\nquick question: what is 15% of 80?\ncheers', 'Hey,\nquick question, please: what is 15% of 80?\ncheers'],
  ]);
});

describe('a word in quotation marks used ironically', () => {
  notServed([
    ['My boss called my report "interesting". Should I worry?', 'My boss called my report interesting. Should I worry?'],
    ['Is my "friend" using me? He only calls when he needs money.', 'Is my friend using me? He only calls when he needs money.'],
    ["Write a toast for my sister's \"wedding\"", "Write a toast for my sister's wedding"],
    ['My date said the dinner was "great". Did she like it?', 'My date said the dinner was great. Did she like it?'],
    ['My roommate "borrowed" my car without asking. How do I bring it up?', 'My roommate borrowed my car without asking. How do I bring it up?'],
  ]);
  served([
    ['What words start with the letter "q"?', 'What words start with the letter q?'],
    ['How do I return "defective" items to Amazon?', 'How do I return defective items to Amazon?'],
    ['What does "idempotent" mean?', 'What does idempotent mean?'],
    ['Who wrote "Hamlet"?', 'Who wrote Hamlet?'],
  ]);
});

describe('one or several of a time period, a portion or an output', () => {
  notServed([
    ['How will AI change jobs in the coming decade?', 'How will AI change jobs in the coming decades?'],
    ['What stocks performed best in the past week?', 'What stocks performed best in the past weeks?'],
    ['Is it OK to eat a slice of pizza every day?', 'Is it OK to eat slices of pizza every day?'],
    ['Is it safe to take a fish oil capsule every day?', 'Is it safe to take fish oil capsules every day?'],
    ['Is it safe to drink a beer every day?', 'Is it safe to drink beers every day?'],
    ['Return the result as a JSON object', 'Return the result as JSON objects'],
    ['Print the output in a code block', 'Print the output in code blocks'],
    ['Convert this text to a JSON array', 'Convert this text to JSON arrays'],
  ]);
  served([
    ['How will AI change jobs in the coming decade?', 'how will AI change jobs in the coming decade'],
    ['Return the result as JSON', 'return the result as JSON'],
  ]);
});

describe('digits against words in a question about how to write a number', () => {
  notServed([
    ['In APA style, do I write 5 participants?', 'In APA style, do I write five participants?'],
    ['Is writing 2 kids ok in a cover letter?', 'Is writing two kids ok in a cover letter?'],
    ['Can I start a sentence with 12 months?', 'Can I start a sentence with twelve months?'],
  ]);
  served([['Give me 5 tips for better sleep', 'Give me five tips for better sleep']]);
});
