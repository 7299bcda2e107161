import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 23: a phrase moved between the front and the end of a question, where at the end it belongs to a verb or
 * a person inside the question and at the front to the asker or the main clause (a red team's pairs; each
 * not-served pair was `same` before, as "clause order").
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('"for" and a person, on a verb inside the question or at the front', () => {
  notServed([
    ['Is it legal to buy alcohol for a minor?', 'For a minor, is it legal to buy alcohol?'],
    ['Is it illegal to buy a handgun for my girlfriend?', 'For my girlfriend, is it illegal to buy a handgun?'],
    ['Is it wrong to lie to the police for a friend?', 'For a friend, is it wrong to lie to the police?'],
    ["Isn't it wrong to vote for my boss?", "For my boss, isn't it wrong to vote?"],
    ['Can I be fired for refusing to lie for my boss?', 'For my boss, can I be fired for refusing to lie?'],
    ['Can I get in trouble for filing taxes for my parents?', 'For my parents, can I get in trouble for filing taxes?'],
    ['How much is the fine for buying cigarettes for a minor?', 'For a minor, how much is the fine for buying cigarettes?'],
    ['What happens if I buy alcohol for a minor?', 'For a minor, what happens if I buy alcohol?'],
    // A hostile tester's: an age for a person.
    ['How much is the fine for buying cigarettes for a 16 year old?', 'For a 16 year old, how much is the fine for buying cigarettes?'],
    ['How much is the fine for buying cigarettes for 16 year olds?', 'For 16 year olds, how much is the fine for buying cigarettes?'],
    ['Can I get fired for covering a shift for a coworker?', 'For a coworker, can I get fired for covering a shift?'],
  ]);
  served([
    ["What's the best guitar for a beginner?", "For a beginner, what's the best guitar?"],
    ['Can I buy a house for my parents?', 'For my parents, can I buy a house?'],
    ["What's the best way to make money for a teenager?", "For a teenager, what's the best way to make money?"],
    ['Is it safe to eat sushi for a pregnant woman?', 'For a pregnant woman, is it safe to eat sushi?'],
    ['Is it hard to learn piano for an adult?', 'For an adult, is it hard to learn piano?'],
    ['Is it worth it to hire a tutor for my son?', 'For my son, is it worth it to hire a tutor?'],
    ['Is it possible to get a refund for a cancelled flight?', 'For a cancelled flight, is it possible to get a refund?'],
    ['Is it appropriate to wear black for an interview?', 'For an interview, is it appropriate to wear black?'],
    // A review helper's: an infinitive or a gerund that is no verb inside the question's ask.
    ["What's a good gift to get for my dad?", "For my dad, what's a good gift to get?"],
    ["What's a good laptop for gaming for my son?", "For my son, what's a good laptop for gaming?"],
    ['Is it okay to eat eggs every day for a diabetic?', 'For a diabetic, is it okay to eat eggs every day?'],
    ["What's the best way to prepare for my exam?", "For my exam, what's the best way to prepare?"],
  ]);
});

describe('a state a person is in, after a person or an animal or at the front', () => {
  notServed([
    ['How do I help a friend on drugs?', 'On drugs, how do I help a friend?'],
    ['How do I help a child in foster care?', 'In foster care, how do I help a child?'],
    ['How do I help a woman in labor?', 'In labor, how do I help a woman?'],
    ['Should I lend money to a friend in trouble?', 'In trouble, should I lend money to a friend?'],
    ['How do I comfort a dog in pain?', 'In pain, how do I comfort a dog?'],
    ['How do I welcome a student from abroad?', 'From abroad, how do I welcome a student?'],
    // A hostile tester's: people without an article.
    ['How do I help friends on drugs?', 'On drugs, how do I help friends?'],
    ['How do I comfort dogs in pain?', 'In pain, how do I comfort dogs?'],
    ['How do I help children in foster care?', 'In foster care, how do I help children?'],
  ]);
  served([
    ['How do I cook rice in a rice cooker?', 'In a rice cooker, how do I cook rice?'],
    ['Is it okay to drink alcohol on antibiotics?', 'On antibiotics, is it okay to drink alcohol?'],
    ['Is it legal to pay employees in cash?', 'In cash, is it legal to pay employees?'],
    ['How do I thank a coworker in an email?', 'In an email, how do I thank a coworker?'],
    ['How do I make friends in college?', 'In college, how do I make friends?'],
    // A review helper's: a manner, a time or a place after a person.
    ['How do I calm a baby in public?', 'In public, how do I calm a baby?'],
    ['How do I pay my nanny in cash?', 'In cash, how do I pay my nanny?'],
    ['How do I tutor a student from home?', 'From home, how do I tutor a student?'],
    ['How do I bathe a baby in winter?', 'In winter, how do I bathe a baby?'],
    ['Is it rude to wear a hat in church?', 'In church, is it rude to wear a hat?'],
  ]);
});
