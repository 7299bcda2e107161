import { beforeAll, describe, expect, it } from 'vitest';
import { StructuralVerifier } from '../../../../src/cache/verify/structural-verifier.ts';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { notServed, served } = pairTests(verifier.kind);

// Session 57: a red team on shared contexts (retrieved passages, templates, system prompts, earlier turns) and one on
// word-level changes and code. Each pair under notServed was served on 3129a0b; the guards (commented) hold on both.

describe('two listed synonyms named in another form in the text (structural-verifier.ts namedOutside)', () => {
  notServed([
    ['Tickets: Kids $8. Children under 3 free.\n\nQuestion: How much is a kid ticket?', 'Tickets: Kids $8. Children under 3 free.\n\nQuestion: How much is a child ticket?'],
    ['Store guide: leather couches are $900; the sofa in fabric is $600.\n\nHow much is the couch?', 'Store guide: leather couches are $900; the sofa in fabric is $600.\n\nHow much is the sofa?'],
    ['Delivery: Quicker (2 days) $9; fast (5 days) $4.\n\nHow much is quick delivery?', 'Delivery: Quicker (2 days) $9; fast (5 days) $4.\n\nHow much is fast delivery?'],
    // A word in quotes is read as code, and names the word all the same.
    ['Wine notes:\n- The "cheap" wine is the house red at $6.\n- inexpensive bottles are $25-35.\n\nHow much is the cheap wine?', 'Wine notes:\n- The "cheap" wine is the house red at $6.\n- inexpensive bottles are $25-35.\n\nHow much is the inexpensive wine?'],
  ]);
  // Guard: a synonym the text names only once, on one side.
  served([['Is a big dog good with kids?', 'Is a large dog good with kids?']]);
});

describe('the instructions and earlier turns the text is read in (VerifyContext.shared, shared-words.ts)', () => {
  let structural: StructuralVerifier;
  beforeAll(() => {
    structural = new StructuralVerifier(verifier.lexicon);
  });
  const kind = (shared: string, stored: string, asked: string) => structural.verify(asked, stored, { shared }).kind;
  const PRICES = 'Answer from this price list only.\nRiverside Cinema tickets: adults $14, kids 3-12 $8, a child under 3 on a lap is free.';
  const SIZES = 'Northline Apparel FAQ:\n- In-store sizes run XS to XL. Large (L) fits a 42-44 in chest.\n- Big & Tall sizes are sold online only.';
  const GOATS = 'You are GoatHelp, an assistant for small goat farms. Answer questions about raising dairy goats.';
  const WHICH = 'Tell me about it\nDo you mean Turkey the country or the turkey you cook?';

  it.each([
    [PRICES, 'How much is a kid ticket?', 'How much is a child ticket?'],
    [SIZES, 'Are big sizes available in store?', 'Are large sizes available in store?'],
    [GOATS, 'How much milk does a kid need per day?', 'How much milk does a child need per day?'],
    [WHICH, 'Turkey', 'turkey'],
    [WHICH, 'Turkey please', 'turkey please'],
    ['Jersey the island or a jersey shirt?', 'Jersey', 'jersey'],
    // Listed as items: a label before a colon, a list item's first word, a short clause with a number.
    ['CloudDesk plans:\n- Help: documentation and forums, every plan.\n- Assist: live chat with an agent, Pro only.', 'Is help included in the free plan?', 'Is assist included in the free plan?'],
    ['Aero X2 charging:\n- Supports fast charging over USB Power Delivery at up to 25 W.\n- Quick Charge chargers fall back to 10 W.', 'Does the Aero X2 support fast charging?', 'Does the Aero X2 support quick charging?'],
    ['Did you mean Polish the language or shoe polish?', 'Polish', 'polish'],
  ])('refuses a change the shared text makes a difference: %s / %s / %s', (shared, stored, asked) => {
    expect(kind(shared, stored, asked)).not.toBe('same');
    expect(kind(shared, asked, stored)).not.toBe('same');
    // The same pair without that shared text is one question (the cause is the shared text).
    expect(structural.verify(asked, stored).kind).toBe('same');
  });

  it.each([
    // Guards: shared text that names neither word, or one only; a word capitalised only where a sentence starts.
    ['You are a helpful assistant for a family cinema.', 'How much is a kid ticket?', 'How much is a child ticket?'],
    ['Big savings this week! Answer questions about our store.', 'Are big sizes available in store?', 'Are large sizes available in store?'],
    ['The first option is cheaper. the second one is faster.', 'The first one', 'the first one'],
    ['Turkey is a country. Answer travel questions.', 'Turkey', 'turkey'],
    // An over-refusal study of the first version: prose that uses both words is no list of two things; a heading or an
    // FAQ line after a line ending in lowercase is no name; a language named in prose and typed in a code span.
    ['You are Aria, the assistant of Northwind Home. Your job is to help customers find products and assist with returns, exchanges and delivery issues.', 'I need someone to help me with a return', 'I need someone to assist me with a return'],
    ['Clinic information\nWe are next to the pharmacy\nHow to book\nCall us or use the app.', 'How do I book an appointment?', 'how do I book an appointment?'],
    ['Answer questions about Python. Create environments with `python -m venv .venv`.', 'How do I update Python packages?', 'How do I update python packages?'],
  ])('serves a change the shared text does not make a difference: %s / %s / %s', (shared, stored, asked) => {
    expect(kind(shared, stored, asked)).toBe('same');
  });
});

describe('marks standing alone at the end of a text about code (verify-tokens.ts operatorNamedAtEnd)', () => {
  notServed([
    ['In Swift, what is !', 'In Swift, what is ?'],
    ['In JavaScript, what is !!', 'In JavaScript, what is !'],
    ['In Ruby, when do I use ...', 'In Ruby, when do I use ..'],
    ['In JavaScript, when should I use ??', 'In JavaScript, when should I use ?'],
    ['In Kotlin, what is ?:', 'In Kotlin, what is ?'],
    ['Explain this TypeScript operator: ??', 'Explain this TypeScript operator: ?'],
    ['In Go, what is ...', 'In Go, what is .'],
    ["In Swift, what's !", "In Swift, what's ?"],
    ['In Swift, what do I type to force unwrap, !', 'In Swift, what do I type to force unwrap, ?'],
  ]);
  served([
    // Guards: prose, an ellipsis after a colon outside code, a question ending in a word.
    ['What is the capital of France ?', 'What is the capital of France?'],
    ['Options: …', 'Options: ...'],
    ['In Python, how do I reverse a list ?', 'In Python, how do I reverse a list?'],
    // A lone "?" after a word a name may follow is the question's own (an over-refusal study of the first version).
    ['In Python, what does yield mean ?', 'In Python, what does yield mean?'],
    ['In TypeScript, what is a union type ?', 'In TypeScript, what is a union type?'],
  ]);
});

describe('a "?" glued to a pattern in a text about patterns, an "!" on a name in Swift, Kotlin, TypeScript or Dart', () => {
  notServed([
    ['Explain the regex a+b?', 'Explain the regex a+b'],
    ['Explain the regex (ab)?', 'Explain the regex (ab)'],
    ['Explain the regex a+b??', 'Explain the regex a+b?'],
    ['Explain the glob *.tx?', 'Explain the glob *.tx'],
    ['In Swift, when should I use try!', 'In Swift, when should I use try'],
    ['In Swift, is it safe to use as!', 'In Swift, is it safe to use as'],
  ]);
  served([
    // Guards: a question about a regex that ends in a word; thanks after a question in Swift.
    ['What does the regex a+b match?', 'What does the regex a+b match'],
    ['How do I match emails with a regex?', 'How do I match emails with a regex'],
    ['In Swift, how do I sort an array? thanks!', 'In Swift, how do I sort an array? thanks'],
  ]);
});
