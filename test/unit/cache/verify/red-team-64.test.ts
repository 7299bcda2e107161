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
  const SIZES = 'Northline Apparel FAQ:\n- In-store sizes run XS to XL. Large (L) fits a 42-44 in chest.\n- Big & Tall sizes (2XB-6XB) are sold online only.';
  const TABLE = '| Ticket | Ages | Price |\n|---|---|---|\n| Adult | 13-64 | $14 |\n| Kid | 3-12 | $8 |\n| Child | under 3 | free |';
  const JSON_PRICES = '{\n  "Kid": { "ages": "3-12", "price": 8 },\n  "Child": { "ages": "under 3", "price": 0 }\n}';
  const HEADINGS = '## Kid tickets\nFor ages three to twelve.\n## Child tickets\nUnder three ride free on a lap.';
  const GOATS = 'You are GoatHelp, an assistant for small goat farms. Answer questions about raising dairy goats.';
  const WHICH = 'Tell me about it\nDo you mean Turkey the country or the turkey you cook?';

  it.each([
    [PRICES, 'How much is a kid ticket?', 'How much is a child ticket?'],
    [SIZES, 'Are big sizes available in store?', 'Are large sizes available in store?'],
    [GOATS, 'How much milk does a kid need per day?', 'How much milk does a child need per day?'],
    [WHICH, 'Turkey', 'turkey'],
    [WHICH, 'Turkey please', 'turkey please'],
    // Marks aside (a review of the first version: "Turkey." / "turkey" was served).
    [WHICH, 'Turkey.', 'turkey'],
    [WHICH, 'Turkey!', 'turkey.'],
    // A table's row, a JSON key, a heading (a review of the first version: 570 of 570 such judgements served).
    [TABLE, 'How much is a kid ticket?', 'How much is a child ticket?'],
    [JSON_PRICES, 'How much is a kid ticket?', 'How much is a child ticket?'],
    [HEADINGS, 'How much is a kid ticket?', 'How much is a child ticket?'],
    ['Jersey the island or a jersey shirt?', 'Jersey', 'jersey'],
    // Listed as items: a label before a colon, a list item's first word, a short clause with a number.
    ['CloudDesk plans:\n- Help: documentation and forums, every plan.\n- Assist: live chat with an agent, Pro only.', 'Is help included in the free plan?', 'Is assist included in the free plan?'],
    ['Aero X2 charging:\n- Fast charging: USB Power Delivery, up to 25 W.\n- Quick Charge: falls back to 10 W.', 'Does the Aero X2 support fast charging?', 'Does the Aero X2 support quick charging?'],
    // A table without amounts, a list of names, data values (a study of multi-turn chats, session 57).
    ['| Fit | Cut |\n|---|---|\n| Large | regular leg |\n| Big | wider seat |', 'Is the big fit in stock?', 'Is the large fit in stock?'],
    ['Fits:\n- Large\n- Big', 'Is the big fit in stock?', 'Is the large fit in stock?'],
    ['{"fits": ["Large", "Big"]}', 'Is the big fit in stock?', 'Is the large fit in stock?'],
    // Items of two words whose synonym is the modifier, in the layouts catalogues use (a review of the third version:
    // 576 of 704 such judgements served), a dot leader, camelCase keys.
    ['Large coffee $3.50\nBig coffee $4.25', 'How much is a big coffee?', 'How much is a large coffee?'],
    ['- Small coffee – 8 oz – $2.50\n- Large coffee – 16 oz – $3.50\n- Big coffee – 32 oz – $4.25', 'How much is a big coffee?', 'How much is a large coffee?'],
    ['Item | Details | Price\nLarge coffee | 16 oz | $3.50\nBig coffee | 32 oz | $4.25', 'How much is a big coffee?', 'How much is a large coffee?'],
    ['Kid ........ $8\nChild ........ free\nAdult ........ $14', 'How much is a kid ticket?', 'How much is a child ticket?'],
    // A last review: names of four words.
    ['Large oat milk latte $5.25\nBig oat milk latte $6.50', 'How much is a big oat milk latte?', 'How much is a large oat milk latte?'],
    // The last review: several amounts in a line, a name on the line before its amount, an amount that opens the item.
    ['Large coffee $3.50 • Big coffee $4.25', 'How much is a big coffee?', 'How much is a large coffee?'],
    ['Tickets: kids 3-12 $8 and a child under 3 free', 'How much is a kid ticket?', 'How much is a child ticket?'],
    ['Large coffee\n$3.50\nBig coffee\n$4.25', 'How much is a big coffee?', 'How much is a large coffee?'],
    ['Prices: $8 Kid ticket, $0 Child ticket', 'How much is a kid ticket?', 'How much is a child ticket?'],
    ['$30/mo  Phone plan, mobile, 20 GB data\n$15/mo  Telephone plan, home landline', 'How much is the phone plan?', 'How much is the telephone plan?'],
    ['{ "rooms": [ { "roomType": "Large Room", "rate": 180 }, { "roomType": "Big Room", "rate": 320 } ] }', 'How much is the large room?', 'How much is the big room?'],
    ['Did you mean Polish the language or shoe polish?', 'Polish', 'polish'],
  ])('refuses a change the shared text makes a difference: %s / %s / %s', (shared, stored, asked) => {
    expect(kind(shared, stored, asked)).not.toBe('same');
    expect(kind(shared, asked, stored)).not.toBe('same');
    // The same pair without that shared text is one question (the cause is the shared text).
    expect(structural.verify(asked, stored).kind).toBe('same');
  });

  it('does not let ordinary shared text make film a movie (a review of the first version: 48 of 48 served)', () => {
    for (const shared of ['You are a helpful assistant. Answer in English.', 'Current date: 2025-03-14.']) {
      expect(kind(shared, 'How long does film last?', 'How long does a movie last?')).not.toBe('same');
      expect(kind(shared, 'Where can I buy film near me?', 'Where can I buy a movie near me?')).not.toBe('same');
    }
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
    // A review of the second version: steps of a numbered list (its "1." is no amount), a button's name mid-sentence
    // against the first word of a message capitalised as a sentence's.
    ['Checkout:\n1. Choose a plan.\n2. Select a payment method.\n3. Confirm.', 'How do I choose a plan?', 'How do I select a plan?'],
    // Reviews of the second version: words of a sentence that holds an amount are no items; a code fence's language.
    ['Big breakfasts from $9. Large groups of 8 or more should book ahead.', 'Do you have tables for big groups?', 'Do you have tables for large groups?'],
    ['Ingredients: 1 large onion, 2 cloves of garlic. Heat 1 tbsp oil in a big pan.', 'Can I use a large pan instead?', 'Can I use a big pan instead?'],
    ['Fastest option: batch the writes in groups of 1,000. A quick check took 3.2 s.', 'Is there a quicker way to do this?', 'Is there a faster way to do this?'],
    ['In Python, use a list comprehension:\n```python\nsquares = [x * x for x in range(10)]\n```', 'can I do this in python?', 'can I do this in Python?'],
    ['To cancel, open Billing and click Cancel Plan. Users can cancel any time.', 'Cancel my plan', 'cancel my plan'],
    // A review of the third version: options in capitals, items of other things, headings of a guide.
    ['Sizes: we have Small, Medium and Large. A large is 16 oz.', 'large please', 'Large please'],
    ['Window or Aisle? An aisle seat has more legroom.', 'aisle', 'Aisle'],
    ['You will need a **large bowl** and a **big pinch** of salt.', 'Can I make a big batch?', 'Can I make a large batch?'],
    ['## Before you begin\nInstall Node.\n## Getting started\nRun npm init.', 'Where should I start?', 'Where should I begin?'],
    ['Delivery times:\n- Sofa beds: 2 weeks.\n- Couches: 6-8 weeks.', 'Where should the TV go relative to the sofa?', 'Where should the TV go relative to the couch?'],
    // A last review: a word before a bracket inside a sentence, a call in code, one bold word in prose are no items.
    ['Heat oil in a large (12-inch) skillet. Then bring water to a boil in a big (6-quart) pot.', 'Can I use a big skillet?', 'Can I use a large skillet?'],
    ['To run it: server.start(); then db.begin();', 'How do I start the app?', 'How do I begin the app?'],
    ['Enjoy <b>fast</b> delivery and <b>quick</b> returns on every order.', 'Is shipping fast?', 'Is shipping quick?'],
  ])('serves a change the shared text does not make a difference: %s / %s / %s', (shared, stored, asked) => {
    expect(kind(shared, stored, asked)).toBe('same');
  });
});

describe('marks standing alone at the end of a text about code (verify-tokens.ts operatorNamedAtEnd)', () => {
  notServed([
    ['In Swift, what is !', 'In Swift, what is ?'],
    ['In JavaScript, what is !!', 'In JavaScript, what is !'],
    ['In Ruby, when do I use ...', 'In Ruby, when do I use ..'],
    ['In JavaScript, what is ??', 'In JavaScript, what is ?'],
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
    // Reviews of the second version: marks typed for emphasis after "use", a sentence trailing off, a language's name.
    ['Which Python library should I use ??', 'Which Python library should I use?'],
    ['I am learning Python and ...', 'I am learning Python and'],
    ['What is the singleton pattern in C++?', 'What is the singleton pattern in C++'],
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

describe('an apostrophe opening a year or a word asked about (glued-apostrophe.ts; a red team on numbers, session 57)', () => {
  notServed([
    ["What happened in the year '79?", 'What happened in the year 79?'],
    ["Who won the election of '68?", 'Who won the election of 68?'],
    ["What does 'cause mean?", 'What does cause mean?'],
    ["How do you use 'em in a sentence?", 'How do you use em in a sentence?'],
    ["What is the origin of 'round?", 'What is the origin of round?'],
  ]);
  served([
    // Guards: a decade, an elision in an ordinary sentence.
    ["Best music of the '90s", 'Best music of the 90s'],
    ["Rock 'n' roll history", 'Rock n roll history'],
  ]);
});
