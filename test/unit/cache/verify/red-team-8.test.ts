import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Found by a red team against the sixth round's new rules (session 9): a listed synonym swapped inside a fixed
 * compound that WordNet lists ("big cat" / "large cat"; one it does not, "standard error", is left), and an indefinite article dropped before a noun that ends its sentence
 * ("Is there a god?" / "Is there god?"), where the bare noun reads as a substance, a quality or a name. Each
 * block mixes the red team's pairs with pairs written here.
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('a synonym swapped inside a compound is another thing', () => {
  notServed([
    ['What is a big cat?', 'What is a large cat?'],
    ['How long do big cats live?', 'How long do large cats live?'],
    ['How do I buy time in a negotiation?', 'How do I purchase time in a negotiation?'],
    ['Who is the big cheese at the company?', 'Who is the large cheese at the company?'],
    ['How do I replace a hard drive?', 'How do I replace a difficult drive?'],
    ['What does big brother mean in Orwell?', 'What does large brother mean in Orwell?'],
    ['Is fast food bad for you?', 'Is quick food bad for you?'],
  ]);
  served([
    ['How do I fix my bike?', 'How do I repair my bike?'],
    ['Is a big house expensive to heat?', 'Is a large house expensive to heat?'],
    ['Where can I buy cheap shoes?', 'Where can I purchase cheap shoes?'],
  ]);
});

describe('an indefinite article dropped before a noun that ends its sentence', () => {
  notServed([
    ['Is there a god?', 'Is there god?'],
    ['Does he have a heart?', 'Does he have heart?'],
    ['Where can I get a pot?', 'Where can I get pot?'],
    ['Does he have a class?', 'Does he have class?'],
    ['Is this a chicken?', 'Is this chicken?'],
    ['Do you need an iron?', 'Do you need iron?'],
    ['Can I have a coke?', 'Can I have coke?'],
    ['I ate a lot. Is that bad?', 'I ate lot. Is that bad?'],
  ]);
  served([
    ['Give me a recipe for soup', 'Give me recipe for soup'],
    ['How do I reverse a list in Python?', 'How do I reverse list in Python?'],
    ['What is the capital of Norway?', 'What is capital of Norway?'],
  ]);
});

describe('a late swap or a vowel slip is a typo only of a common word', () => {
  // The rules of the sixth round accept "lenght" and "definately"; a term the word lists lack, one such edit from a
  // rarer word, is not a slip of it.
  notServed([
    ['How do I solve a nonogram puzzle?', 'How do I solve a nanogram puzzle?'],
    ['How do you compute tetration of 2 to the 4?', 'How do you compute titration of 2 to the 4?'],
    ['How do I run liftover to convert hg19 coordinates?', 'How do I run leftover to convert hg19 coordinates?'],
    ['Is roformer better than reformer for long texts?', 'Is reformer better than reformer for long texts?'],
    ['What does prefusion mean in virology?', 'What does profusion mean in virology?'],
  ]);
  served([
    ['What is the length of the Nile?', 'What is the lenght of the Nile?'],
    ['Definitely the best pizza in Naples?', 'Definately the best pizza in Naples?'],
    ['Is the existence of God provable?', 'Is the existance of God provable?'],
  ]);
});
