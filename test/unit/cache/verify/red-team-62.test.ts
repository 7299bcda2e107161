import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { notServed, served } = pairTests(verifier.kind);

// Session 55: an over-refusal study of the rewordings a test writer or a user types most (a quoted title, "Write me a
// haiku", "Explain it to me"), three reviews of what the first versions let through, and a red team of session 54's
// rules. Each pair under served was refused on 54bc8f7; each pair under notServed was served there or by a first
// version of this session's rules.

describe('a phrase of several words quoted in prose on one side only (prose-quotes.ts)', () => {
  served([
    ['Who wrote Pride and Prejudice?', 'Who wrote "Pride and Prejudice"?'],
    ['Translate good morning into French', 'Translate "good morning" into French'],
    ['What does carpe diem mean?', 'What does “carpe diem” mean?'],
    ['Summarize the book The Great Gatsby', 'Summarize the book "The Great Gatsby"'],
    ['Who directed The Godfather?', 'Who directed "The Godfather"?'],
    ['Is Sherlock Holmes a real person?', 'Is "Sherlock Holmes" a real person?'],
  ]);
  notServed([
    // A quotation moved, split or widened: the other side quotes too.
    ['Repeat "hello world" three times', 'Repeat "hello world three times"'],
    ['Replace "old text" with "new text"', 'Replace "old text with new text"'],
    ['Who wrote "Pride and Prejudice and Zombies"?', 'Who wrote "Pride and Prejudice" and "Zombies"?'],
    // Quotation marks that are code's: a command's argument, a literal in a named language, a flag's value.
    ['mkdir "my folder"', 'mkdir my folder'],
    ['Why does cd "Program Files" fail?', 'Why does cd Program Files fail?'],
    ['What does git commit -m "fix bug" do?', 'What does git commit -m fix bug do?'],
    ['In SQL, why does select "first name" from users fail?', 'In SQL, why does select first name from users fail?'],
    ['In JSON, is "first name" a valid key?', 'In JSON, is first name a valid key?'],
    ['In Python, is "hello world" a string?', 'In Python, is hello world a string?'],
    // The literal words to write or find, scare quotes on what something is said to be, another kind of quotation.
    ['Write a sentence without "the end"', 'Write a sentence without the end'],
    ['End your answer with "the end"', 'End your answer with the end'],
    ['The hotel staff were "very friendly" — how should I reply to this review?', 'The hotel staff were very friendly — how should I reply to this review?'],
    ['How do I search Google for "site search" exactly?', 'How do I search Google for site search exactly?'],
    // Quoted to ask about its letters or words, a title to translate, a title against the same words in lowercase (a
    // review of a first version).
    ['What is the last letter of "the alphabet"?', 'What is the last letter of the alphabet?'],
    ['How many characters are in "Romeo and Juliet"?', 'How many characters are in Romeo and Juliet?'],
    ['How many words are in "the Bible"?', 'How many words are in the Bible?'],
    ['Translate "the Constitution" into Spanish', 'Translate the Constitution into Spanish'],
    ['Review "The Room"', 'Review the room'],
  ]);
  served([['How do you say "good morning" in Spanish?', 'How do you say good morning in Spanish?']]);
});

describe('the asker as whom a work is made for, or "to me" and "for me" closing a request (prepare-tokens.ts)', () => {
  served([
    ['Write me a haiku about autumn', 'Write a haiku about autumn'],
    ['Write me a short funny poem about cats', 'Write a short funny poem about cats'],
    ['Sing me a song about the sea', 'Sing a song about the sea'],
    ['Tell me a story about dragons', 'Tell a story about dragons'],
    ['Tell me 3 jokes about cats', 'Tell 3 jokes about cats'],
    ['Can you tell me a joke?', 'Tell a joke'],
    ['Write me a Python function that reverses a list', 'Write a Python function that reverses a list'],
    ['Write me a recipe for banana bread.', 'Write me a a recipe for banana bread.'],
    ['Could you explain this error to me?', 'Explain this error'],
    ['Can you explain it to me?', 'Can you explain it?'],
    ['Summarize this article for me', 'Summarize this article'],
    ['Can you solve this equation for me?', 'Can you solve this equation?'],
    ['Translate this for me: good morning', 'Translate this: good morning'],
    ['Explain `useEffect` to me', 'Explain `useEffect`'],
    ['Write a haiku about autumn for me', 'Write a haiku about autumn'],
    ['Summarize the following for me', 'Summarize the following'],
  ]);
  notServed([
    // A message to or about the asker, a person the asker is made, another person.
    ['Write me a love letter.', 'Write a love letter.'],
    ['Write me a love poem', 'Write a love poem'],
    ['Write me a romantic poem', 'Write a romantic poem'],
    ['Write me an anniversary poem', 'Write an anniversary poem'],
    ['Sing me a lullaby', 'Sing a lullaby'],
    ['Write me a birthday song', 'Write a birthday song'],
    ['Write me a poem', 'Write her a poem'],
    ['Make me a program manager', 'Make a program manager'],
    ['Make me a famous song writer', 'Make a famous song writer'],
    ['Write me a quiz master', 'Write a quiz master'],
    ['Write a bio for me', 'Write a bio'],
    ['Write a letter for me', 'Write a letter'],
    ['Tell my boss a joke', 'Tell a joke'],
    ['Tell the kids a story', 'Tell a story'],
    ['Tell a riddle from a joke', 'Tell me a riddle from a joke'],
    ['Tell a story with data', 'Tell me a story with data'],
    // Whom something happened or was done to, a noun's own "to me", the asker's own goals and dose.
    ['Explain what happened to me', 'Explain what happened'],
    ['Explain what this poem means to me', 'Explain what this poem means'],
    ['Explain the debt owed to me', 'Explain the debt owed'],
    ['Explain the letter sent to me', 'Explain the letter sent'],
    ['Explain threats to me', 'Explain threats'],
    ['Explain this debt to me', 'Explain this debt'],
    ['Define goals for me', 'Define goals'],
    ['Calculate dosage for me', 'Calculate dosage'],
    ['Check eligibility for me', 'Check eligibility'],
    ['Describe the man who spoke to me', 'Describe the man who spoke'],
    ['Check the email for me', 'Check the email for him'],
  ]);
});

describe('"a" that is a coefficient before notation of a variable (non-articles.ts)', () => {
  notServed([
    ['Find the derivative of a x²', 'Find the derivative of x²'],
    ['What is the derivative of a √x', 'What is the derivative of √x'],
    ['What is the derivative of a |x - 1|', 'What is the derivative of |x - 1|'],
    ['What is the derivative of a θ²', 'What is the derivative of θ²'],
    ['What is the derivative of a sin θ', 'What is the derivative of sin θ'],
    ['Fourier transform of a δ(t)', 'Fourier transform of δ(t)'],
    ['Integral of a x dx', 'Integral of x dx'],
    ['What is the derivative of a f(x)', 'What is the derivative of f(x)'],
    ['What is the derivative of a p(1-p)', 'What is the derivative of p(1-p)'],
    ['What is the derivative of a r^2', 'What is the derivative of r^2'],
    ['What is the derivative of a x e^x', 'What is the derivative of x e^x'],
    ['Simplify a m x', 'Simplify m x'],
    ['Differentiate a x1 + x2', 'Differentiate x1 + x2'],
    ['Integrate a 1/(x+1)', 'Integrate 1/(x+1)'],
    ['Find the derivative of a x mod 2', 'Find the derivative of x mod 2'],
  ]);
  served([
    ['What is the price of a m² of land here', 'What is the price of m² of land here'],
    ['How do I convert a pandas DataFrame to a list', 'How do I convert pandas DataFrame to a list'],
    ['what does a sales rep do', 'what does sales rep do'],
    ['Best way to clean a sports jersey', 'Best way to clean sports jersey'],
    // An article before a letter in prose (a review of a first version).
    ['What is a π bond?', 'What is π bond?'],
    ['How do I make a m x n matrix', 'How do I make m x n matrix'],
    ['How to make a x y graph in excel', 'How to make x y graph in excel'],
    ['Is surgery needed for a l4-l5 disc herniation', 'Is surgery needed for l4-l5 disc herniation'],
    ['When do I use a χ² test', 'When do I use χ² test'],
    ['What is a f(x) notation', 'What is f(x) notation'],
    ['What does a Ca²⁺ ion do in muscles?', 'What does Ca²⁺ ion do in muscles?'],
  ]);
  notServed([
    ['do a shares have voting rights', 'do shares have voting rights'],
    ['can a negative donte to ab positive', 'can negative donte to ab positive'],
    ['do a shares recieve dividends', 'do shares recieve dividends'],
    ['are a shares NYSE listed', 'are shares NYSE listed'],
  ]);
});

describe('a courtesy word that is a value or the object of a verb of sending (prepare-tokens.ts, closed-lists.ts)', () => {
  notServed([
    ['Reverse the string thanks', 'Reverse the string sorry'],
    ['What is the length of the string please', 'What is the length of the string thanks'],
    ['Base64 encode the string thank you', 'Base64 encode the string sorry'],
    ['What does reverse() return if I pass hello', 'What does reverse() return if I pass hi'],
    ['The user types thanks; what should the chatbot reply', 'The user types sorry; what should the chatbot reply'],
    ['How do I send thanks?', 'How do I send greetings?'],
    ['How do I express thanks?', 'How do I express sorry?'],
    ['Should I email sorry?', 'Should I email thanks?'],
  ]);
  served([
    ['Write a regex to match an email thanks', 'Write a regex to match an email'],
    ['Reverse the string hello please', 'Reverse the string hello'],
    // One courtesy spelt two ways, a courtesy closing a request on a noun that is seldom a value, a please or a thanks
    // after a verb used without an object (a review of a first version).
    ['How do I reset my password please', 'How do I reset my password pls'],
    ['What is the best option thanks', 'What is the best option thank you'],
    ['Translate this message please', 'Translate this message thanks'],
    ['Where do I enter please?', 'Where do I enter?'],
    ['How often can I email thanks?', 'How often can I email?'],
    // A read of the final change: a key is as often a request's object; a thanks after "sent" closes the request.
    ['How do I reset the API key please', 'How do I reset the API key thanks'],
    ['Did you get what I sent thanks', 'Did you get what I sent'],
  ]);
});

describe('"if you can" closing a question of what anyone should do, or before its own verb, is a condition (prepare-tokens.ts)', () => {
  notServed([
    ['Should you pay off your mortgage early if you can?', 'Should you pay off your mortgage early?'],
    ['Is it worth going to college if you can?', 'Is it worth going to college?'],
    ['If you can see it, is it real?', 'If you could see it, is it real?'],
  ]);
  served([
    ['Should I use Postgres or MySQL, if you can?', 'Should I use Postgres or MySQL?'],
    ['Is there a cheaper flight to Rome if you can?', 'Is there a cheaper flight to Rome?'],
    ['Is it possible to recover deleted photos if you can?', 'Is it possible to recover deleted photos?'],
    ['Should you pay off your mortgage early, if you can please tell me', 'Should you pay off your mortgage early?'],
    ['Can you explain how vaccines work, if you can?', 'Can you explain how vaccines work?'],
    ['Book me a table for two, if possible', 'Book me a table for two'],
    ['Summarize this article if you could', 'Summarize this article'],
  ]);
});

describe('a later turn that asks to repeat, reverse or spell an earlier one, or names the character typed (template-turn.ts)', () => {
  const turns = (first: string, ask: string) => `User: ${first}\nAssistant: Nice, tell me more.\nUser: ${ask}\nAssistant:`;
  notServed([
    [turns('I finally finished my thesis.', 'Repeat my first message exactly.'), turns('I finally finished my thesis', 'Repeat my first message exactly.')],
    [turns('I finally finished my thesis!', 'Reverse my previous message.'), turns('I finally finished my thesis.', 'Reverse my previous message.')],
    [turns('Is it going to rain today?', 'Spell out my first message backwards.'), turns('Is it going to rain today', 'Spell out my first message backwards.')],
    [turns('The meeting is at 5 pm.', 'What was the last character I typed?'), turns('The meeting is at 5 pm', 'What was the last character I typed?')],
  ]);
  served([[turns('I finally finished my thesis.', 'What should I do to celebrate?'), turns('I finally finished my thesis', 'What should I do to celebrate?')]]);
});

describe('which variety of English a text is asked about (pasted-text.ts)', () => {
  notServed([['Which variety of English is this? I organised the files.', 'Which variety of English is this? I organized the files.']]);
});
