import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { notServed, served } = pairTests(verifier.kind);

// Session 54: a red team on code, data and math (8,571 must-miss pairs); the pairs under notServed were served before.

describe('a courtesy word that is the value a question works on', () => {
  const dict = "```python\nd = {'hi': 62, 'thanks': 28, 'cheers': 61, 'hey': 66}\n```\n\n";
  notServed([
    // A greeting after a noun of a value names it.
    ['Sort the characters in the string hello', 'Sort the characters in the string hi'],
    ['Capitalize the string hey', 'Capitalize the string'],
    ['How do I set an environment variable GREETING to the value hi', 'How do I set an environment variable GREETING to the value hello'],
    ['Switch to the git branch hi', 'Switch to the git branch hello'],
    ['Create a git branch hey', 'Create a git branch good morning'],
    ['Encrypt with AES the message hi', 'Encrypt with AES the message thanks'],
    [`${dict}What is d.get() for the key hey`, `${dict}What is d.get() for the key thanks`],
    ['name,score\nhello,1\nhi,2\nthanks,3\n\nWhat is the score of the user hello', 'name,score\nhello,1\nhi,2\nthanks,3\n\nWhat is the score of the user hi'],
    // A thanks or a please where a name is given it, or a result is asked of it.
    ['What does len(s) return when s is the string sorry', 'What does len(s) return when s is the string hi there'],
    ['What does len(s) return when s is the string thanks', 'What does len(s) return when s is the string please'],
    ['In SQL, how do I find rows whose name column equals the string thanks', 'In SQL, how do I find rows whose name column equals the string hello'],
    ["def shout(s):\n    return s.upper() + '!'\n\nWhat does shout return for the string thanks", "def shout(s):\n    return s.upper() + '!'\n\nWhat does shout return for the string cheers"],
    // Other ways of giving a name its value, other nouns of a value (a second review).
    ['Let s be the string thanks. What is s.upper()?', 'Let s be the string please. What is s.upper()?'],
    ['If s is set to the string thanks, what is s.upper()?', 'If s is set to the string please, what is s.upper()?'],
    ['Given the input thanks, what does the function print?', 'Given the input please, what does the function print?'],
    ['What does len(s) return when s is the hashtag hi', 'What does len(s) return when s is the hashtag hello'],
    ['Does the regex match the subject hi', 'Does the regex match the subject hello'],
  ]);
  served([
    // A courtesy closing a request after a verb's object, a how-to, the asker's own thing (a review of a first version).
    ['How do I reset my password thanks', 'How do I reset my password'],
    ['How do I rename a git branch please?', 'How do I rename a git branch?'],
    ['Summarize this text thanks', 'Summarize this text'],
    ['Validate the input thanks in advance', 'Validate the input'],
    ['How do I refresh the access token please', 'How do I refresh the access token'],
    ["What's the wifi password please", "What's the wifi password"],
    ['How do I trim whitespace from the string please?', 'How do I trim whitespace from the string?'],
    ['Translate the text please: Bonjour tout le monde', 'Translate the text: Bonjour tout le monde'],
    ['Rename the branch please to main', 'Rename the branch to main'],
    // A second review: a what-question with no code, an apology closing a request, a greeting after no value's noun.
    ['What is the maximum length of a password please', 'What is the maximum length of a password?'],
    ['What is the tone of the text thanks', 'What is the tone of the text?'],
    ['I typed the wrong password sorry', 'I typed the wrong password'],
    ['Can you recommend a good laptop for coding hi', 'Can you recommend a good laptop for coding'],
    ['Can you help me with my homework buddy hi', 'Can you help me with my homework buddy'],
  ]);
});

describe('"a" as a coefficient, not an article', () => {
  notServed([
    ['If a = 3, what is the derivative of a x^2 at x = 1?', 'If a = 3, what is the derivative of x^2 at x = 1?'],
    ['Suppose a = -1. What is the maximum of a cos(2x) on [0, 1]?', 'Suppose a = -1. What is the maximum of cos(2x) on [0, 1]?'],
    ['What is the variance of a X + b?', 'What is the variance of X + b?'],
    ["What's the amplitude of a sin x", "what's the amplitude of sin x"],
    ['What is the Laplace transform of a sin(t)?', 'What is the Laplace transform of sin(t)?'],
    ['Can you integrate a log x with respect to x?', 'Can you integrate log x with respect to x?'],
    ['What is the derivative of a e^x?', 'What is the derivative of e^x?'],
    ['What is the derivative of a 1/x?', 'What is the derivative of 1/x?'],
    ['What is the RMS value of a cos(wt)?', 'What is the RMS value of cos(wt)?'],
    ['Find the second derivative of a (x + 1)^2', 'Find the second derivative of (x + 1)^2'],
    ['Use sympy to differentiate a x sin x', 'Use sympy to differentiate x sin x'],
    ['What is the standard deviation of a X if X has variance 4?', 'What is the standard deviation of X if X has variance 4?'],
  ]);
  served([
    ['Write a C++ program that sorts a list', 'Write C++ program that sorts a list'],
    ['What is a sine wave?', 'What is sine wave?'],
    ['How do I plot a sin wave in matplotlib?', 'How do I plot sin wave in matplotlib?'],
    // Grades, forms, plans and models, a letter among others (a review of a first version).
    ['Is a B+ a good grade', 'Is B+ a good grade'],
    ['Is a 401(k) worth it', 'Is 401(k) worth it'],
    ['What is a F-1 visa', 'What is an F-1 visa'],
    ['Is a cos a lettuce', 'Is cos a lettuce'],
    ['What is a 3*3 matrix', 'What is 3*3 matrix'],
    ['Should I buy a X or a Y', 'Should I buy an X or a Y'],
    ['write a c program to reverse a string in c', 'write c program to reverse a string in c'],
    ['Can I get a h-1b visa after OPT?', 'Can I get an h-1b visa after OPT?'],
  ]);
});

// A red team on entities and units (5,015 must-miss pairs: every model, edition, version, look-alike name, unit and
// identifier refused but a lowercase "a" that names something).
describe('a lowercase "a" that names a currency, a blood type, amperes or a class', () => {
  notServed([
    ['How much is a$1 in US dollars?', 'How much is $1 in US dollars?'],
    ['Is a$60,000 a good salary in Melbourne?', 'Is $60,000 a good salary in Melbourne?'],
    ['can a negative donate to ab positive', 'can negative donate to ab positive'],
    ['can a positive receive o negative blood', 'can positive receive o negative blood'],
    ['can a 15 a breaker handle a space heater', 'can a 15 breaker handle a space heater'],
    ['is 5 a too much for usb charging', 'is 5 too much for usb charging'],
    ['do a shares have voting rights', 'do shares have voting rights'],
    ['should i buy a shares or c shares of the fund', 'should i buy shares or c shares of the fund'],
  ]);
  served([
    ['Is a $5 bill rare?', 'Is a $5 bill rare'],
    ['What are the benefits of a savings account?', 'What are the benefits of savings accounts?'],
    ['Is a positive attitude important at work?', 'Is positive attitude important at work?'],
    ['Is 7 a prime number?', 'is 7 a prime number'],
    // A reread of the first versions: a word glued to "$", a sign before a noun, a function name before a bracket of words.
    ['Can I buy a burger for$5', 'Can I buy a burger for $5'],
    ['What data type is a negative number in Python', 'What data type is negative number in Python'],
    ['Is a positive test result reliable for blood type', 'Is positive test result reliable for blood type'],
    ['How do I get a tan (naturally)', 'How do I get tan (naturally)'],
  ]);
});

// A red team on conversations and templates (7,072 must-miss pairs): the texts as the cache judges a conversation's
// turns on a `lastTurns` route ("user: …\nassistant: …"), and one-message templates.
describe('a mark or a word of one line that another line asks about', () => {
  const chat = (first: string, reply: string, last: string) => `user: ${first}\nassistant: ${reply}\nuser: ${last}`;
  notServed([
    [chat('I need help with my resume.', 'I see.', 'Did my first message end with a period?'), chat('I need help with my resume', 'I see.', 'Did my first message end with a period?')],
    [chat('I need help with my resume.', 'I see.', 'Did I end my first message with a full stop?'), chat('I need help with my resume', 'I see.', 'Did I end my first message with a full stop?')],
    [chat('We adopted a puppy yesterday.', 'I see.', 'Was there a dot at the end of what I first wrote?'), chat('We adopted a puppy yesterday', 'I see.', 'Was there a dot at the end of what I first wrote?')],
    [chat("I can't find my keys.", 'Okay, noted.', 'What was the last character of my first message?'), chat("I can't find my keys", 'Okay, noted.', 'What was the last character of my first message?')],
    [chat('Give me a motivational quote.', "Don't watch the clock; do what it does.", 'Did you use an apostrophe?'), chat('Give me a motivational quote.', "Dont watch the clock; do what it does.", 'Did you use an apostrophe?')],
    [chat('Write a tweet about Monday.', "It's Monday again, let's make it count.", 'Did you use a comma?'), chat('Write a tweet about Monday.', "It's Monday again let's make it count.", 'Did you use a comma?')],
    [chat('We watched a film last night.', 'Okay.', 'Did I say "film" or "movie"?'), chat('We watched a movie last night.', 'Okay.', 'Did I say "film" or "movie"?')],
    [chat('My boss does not like my report.', 'Got it.', 'Did I thank you in my first message?'), chat('My boss does not like my report. Thanks!', 'Got it.', 'Did I thank you in my first message?')],
    ['Task: Does the input end with a period? Answer yes or no.\nInput: Fresh bread, baked with love.', 'Task: Does the input end with a period? Answer yes or no.\nInput: Fresh bread, baked with love'],
    ['Input: We adopted a puppy yesterday.\nWhat is the last character of the input?', 'Input: We adopted a puppy yesterday\nWhat is the last character of the input?'],
    ['Input: Our team won the final.\nIs the input punctuated as a complete sentence?', 'Input: Our team won the final\nIs the input punctuated as a complete sentence?'],
    // Phrased otherwise (a second review).
    [chat("I'm late for work.", 'Okay.', 'Did my first message terminate with a dot?'), chat("I'm late for work", 'Okay.', 'Did my first message terminate with a dot?')],
    [chat("I'm late for work.", 'Okay.', "Did my first message end with '.'?"), chat("I'm late for work", 'Okay.', "Did my first message end with '.'?")],
    [chat("I'm late for work.", 'Okay.', 'Did I type a period at the end of my first message?'), chat("I'm late for work", 'Okay.', 'Did I type a period at the end of my first message?')],
    [chat("I can't find my keys.", 'Okay.', 'Is there an apostrophe in what I wrote?'), chat('I cant find my keys.', 'Okay.', 'Is there an apostrophe in what I wrote?')],
    [chat("I'm late for work.", 'Okay.', 'What mark closed my first message?'), chat("I'm late for work", 'Okay.', 'What mark closed my first message?')],
  ]);
  served([
    // A question about marks in general, or an instruction line edited beside one about them.
    ['I am writing a cover letter.\nWhen should I use a hyphen?', "I'm writing a cover letter.\nWhen should I use a hyphen?"],
    ['Which sentence is punctuated correctly?\nA) Let’s eat, Grandma!\nB) Lets eat Grandma!\njust give the letter', 'Which sentence is punctuated correctly?\nA) Let’s eat, Grandma!\nB) Lets eat Grandma!\nJust give the letter.'],
    [chat('I need help with my resume.', 'I see.', 'What should I put first?'), chat('I need help with my resume', 'I see.', 'What should I put first?')],
    // The same words about other things, or in a line above the one that differs (a review of a first version).
    [chat("I'm studying World War II for my history exam.", 'Happy to help. What would you like to know?', 'How did the war end?'), chat("I'm studying World War II for my history exam", 'Happy to help. What would you like to know?', 'How did the war end?')],
    ["I'm learning Python basics.\nHow do I get the last character of a string?", 'I am learning Python basics.\nHow do I get the last character of a string?'],
    ["I'm 28 and my cycle is usually regular.\nI missed a period this month, should I worry?", 'Im 28 and my cycle is usually regular.\nI missed a period this month, should I worry?'],
    [chat('Tell me about the Roman Empire.', 'The Roman Empire had a period of relative peace called the Pax Romana.', 'How long did it last?'), chat('Tell me about the Roman Empire.', 'The Roman Empire had a period of relative peace called the Pax Romana.', 'How long did it last')],
    ['Context: The Meiji era began in 1868 and ended in 1912. Japan had a period of rapid industrialization.\nSummarize it in two sentences.', 'Context: The Meiji era began in 1868 and ended in 1912. Japan had a period of rapid industrialization.\nSummarize it in two sentences'],
  ]);
});
