import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 50: an over-refusal sweep of near-duplicates real traffic repeats (5,137 pairs; 1,337 refused), and break tests
// of what it relaxed.

describe('a lead-in before a question or a request (rules tried and withdrawn: three break tests served 642, then 919 must-miss pairs)', () => {
  notServed([
    // Where the lead-in's words are the content, or the asker's level shapes the answer.
    ['Why is my cat always just wondering?', 'Why is my cat always?'],
    ['Okay so what does okay so mean?', 'What does okay mean?'],
    ['Help, my code is broken. What is wrong?', 'My code is broken. What is wrong?'],
    ['Beginner question: which guitar should I buy?', 'Which guitar should I buy?'],
    ['Newbie question: what laptop should I get for programming?', 'What laptop should I get for programming?'],
    ['Can you make it a quick one?', 'Can you make it?'],
    // A break test of the first version: what the rest points at, counts or rewrites may be the lead-in.
    ['Real quick, how many spaces are in this message?', 'How many spaces are in this message?'],
    ['Okay so how should this be punctuated?', 'How should this be punctuated?'],
    ['Stupid question: what is a nicer way to say this?', 'What is a nicer way to say this?'],
    ['Real quick, what is wrong with how I started?', 'What is wrong with how I started?'],
    ['Help: how do I turn it off in Excel?', 'How do I turn it off in Excel?'],
    ['Help: what is the Beatles song about?', 'What is the Beatles song about?'],
    // The last break test: the rest has no object of its own, so the lead-in is what it asks about.
    ['Real quick, what is the opposite?', 'What is the opposite?'],
    ['Random question: give me another one', 'Give me another one'],
    ['Hi everyone, what is a more formal alternative?', 'What is a more formal alternative?'],
    ['Hey everyone, translate into French', 'Translate into French'],
  ]);
});

describe('a greeting to a forum opening the text and its closing ending it (withdrawn with the lead-ins)', () => {
  notServed([
    ['How do I say hi everyone in Spanish?', 'How do I say in Spanish?'],
    ['Hi all, is it rude to start an email like this?', 'Is it rude to start an email like this?'],
    ['Write an email ending with any help would be appreciated', 'Write an email ending with'],
    // A break test of the first version, which set these aside at either edge of any text.
    ['Hey guys, is this inclusive language?', 'Is this inclusive language?'],
    ['Hi everyone, what is the first word of this message?', 'What is the first word of this message?'],
    ['Write a tweet. Hey everyone, our app is live!', 'Write a tweet. Our app is live!'],
    ['Make my post sound more professional: why does my build fail? Thanks all.', 'Make my post sound more professional: why does my build fail?'],
    ['Does the last sentence sound sarcastic? Any advice would be appreciated.', 'Does the last sentence sound sarcastic?'],
    ['Hey all the tests fail, why?', 'The tests fail, why?'],
    ['Repeat after me: Thanks all', 'Repeat after me:'],
    ['Translate to German. Thanks everyone', 'Translate to German.'],
    ['Active or passive voice? Any help would be appreciated', 'Active or passive voice?'],
  ]);
});

describe('"Can you give me …?" against "Give me …." (question-mark.ts commandAsked reads the raw object)', () => {
  served([
    ['Give me an example of a Python decorator.', 'Can you give me an example of a Python decorator?'],
    ['Give me a simple recipe for banana bread.', 'Could you please give me a simple recipe for banana bread?'],
    ['Give me three ideas.', 'Can you give me three ideas?'],
  ]);
  notServed([
    ['Give blood today.', 'Give blood today?'],
    ['Give him the car.', 'Give him the car?'],
    ['Sell my Tesla stock.', 'Sell my Tesla stock?'],
  ]);
});

describe('marks typed the way people type (verify-tokens.ts: a closing thanks after a number)', () => {
  served([
    ['What is 15 percent of 80?', 'What is 15 percent of 80? thanks'],
    ['What is 2+2?', 'What is 2+2? thanks'],
  ]);
  notServed([
    ['What does ab? do', 'What does ab? thanks'],
    ['What does this.How mean in my JS code?', 'What does this. How mean in my JS code?'],
    // A break test of the first versions: a literal, a name, a member or a question about typing.
    ["Is 'week.What' a typo?", "Is 'week. What' a typo?"],
    ['Find the typo in: see you next week.What do you think?', 'Find the typo in: see you next week. What do you think?'],
    ['Is shop.It a valid domain?', 'Is shop. It a valid domain?'],
    ['What is in the Java package com.shop.It?', 'What is in the Java package com.shop. It?'],
    ['What does list.Any() return in C#?', 'What does list Any() return in C#?'],
    ['What does item.It do in Kotlin?', 'What does item. It do in Kotlin?'],
    ['Explain the regex colo(u)? thanks', 'Explain the regex colo(u) thanks'],
    ['What does Int32? thanks', 'What does Int32 thanks'],
    ["how do I use valid? i'm confused", "how do I use valid i'm confused"],
    ['what does empty? i keep getting errors', 'what does empty i keep getting errors'],
    // A full stop glued to the next sentence is read as typed (a rule tried and withdrawn: 868, then 189 must-miss pairs).
    ['Correct the mistakes: I left early.I was tired.', 'Correct the mistakes: I left early. I was tired.'],
    ['Find the error in: She came home.It was late.', 'Find the error in: She came home. It was late.'],
    ['I have a job interview next week. What should I wear?', 'I have a job interview next month.What should I wear?'],
  ]);
});

describe('a verb of making a text against another (a rule tried and withdrawn, session 50: a break test served 428 must-miss pairs)', () => {
  notServed([
    ['Create an out-of-office reply in Outlook', 'Draft an out-of-office reply in Outlook'],
    ['Create a welcome message in Discord', 'Write a welcome message in Discord'],
    ['Generate a coverage report with Jest', 'Write a coverage report with Jest'],
    ['Make a wish.', 'Write a wish.'],
    ['Create an account on GitHub.', 'Write an account on GitHub.'],
  ]);
});
