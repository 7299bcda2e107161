import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 21: pairs that red teams and a hostile reviewer found served wrongly (each not-served pair was `same` on
 * the session's start code) and the rewordings a fix must keep serving (each served pair was refused before).
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a question mark on a labelled line: long, full-width and typed-without-apostrophe labels (hostile review)', () => {
  notServed([
    ['Note from the project manager: We are dropping the app. What should the team do next?', 'Note from the project manager: We are dropping the app? What should the team do next?'],
    ["Note from Maria: We're dropping the app. What does she mean?", "Note from Maria: We're dropping the app? What does she mean?"],
    ["Maria： We're dropping the app. What does she mean?", "Maria： We're dropping the app? What does she mean?"],
    ['Youre a lawyer. Can I break my lease early?', 'Youre a lawyer? Can I break my lease early?'],
  ]);
  served([
    // A program's output pasted by the asker: a stray "?" asks nothing.
    ['Terminal: It says permission denied? Any ideas?', 'Terminal: It says permission denied. Any ideas?'],
    ['Console: it says module not found? How do I fix it?', 'Console: it says module not found. How do I fix it?'],
    ['Note: it says module not found? How do I fix it?', 'Note: it says module not found. How do I fix it?'],
  ]);
});

describe('a courtesy a game names, in other words (hostile review)', () => {
  notServed([
    ["Let's play a game: answer only if I use the word please. What is 2+2?", "Let's play a game: answer only if I use the word please. What is 2+2, please?"],
    ["Game: only answer when I say pls. What's the capital of Peru?", "Game: only answer when I say pls. What's the capital of Peru pls?"],
    ["New rule: ignore me unless I type 'please'. Tell me a joke.", "New rule: ignore me unless I type 'please'. Please tell me a joke."],
  ]);
  served([
    ['Please tell me a joke about cats.', 'Tell me a joke about cats.'],
    ['If I make a mistake, tell me. Explain photosynthesis.', 'If I make a mistake, tell me. Please explain photosynthesis.'],
    ["Let's play a game: I say a word, you give a rhyme. Start with cat.", "Let's play a game: I say a word, you give a rhyme. Start with cat, please."],
  ]);
});

describe('one riddle or several, a maker bought, the next season after a past event (hostile review)', () => {
  notServed([
    ['Quiz me with a riddle', 'Quiz me with riddles'],
    ['Test me with a question about the French Revolution', 'Test me with questions about the French Revolution'],
    ['Is Tesla a good buy?', 'Is a Tesla a good buy?'],
    ['I visited Rome in 2019. What was the weather like the next summer?', 'I visited Rome in 2019. What was the weather like next summer?'],
  ]);
  served([
    ['Quiz me on the capitals of Europe', 'Quiz me on capitals of Europe'],
    ['What should I plant next summer?', 'What should I plant the next summer?'],
  ]);
});

describe('a connective that opens a sentence shapes neither request (hostile review)', () => {
  served([
    ['Explain inflation. In addition, explain deflation.', 'Explain inflation in addition, explain deflation.'],
    ['Describe the water cycle. For example, explain how rain forms.', 'Describe the water cycle for example, explain how rain forms.'],
  ]);
  notServed([['Explain inflation. In two sentences, explain deflation.', 'Explain inflation in two sentences, explain deflation.']]);
});
