import { describe, expect, it } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 45: what session 44 left (README, Known limitations), then generated, hand-written and hostile red teams.

describe('a reason moved in a yes/no question about what happened (structural-verifier.ts asksWhetherReason)', () => {
  notServed([
    ['Did she leave because he was rude?', 'Because he was rude, did she leave?'],
    ['Did the stock fall because of the report?', 'Because of the report, did the stock fall?'],
    ['Is the bridge closed because of the storm?', 'Because of the storm, is the bridge closed?'],
    ['Was the match cancelled because it was raining?', 'Because it was raining, was the match cancelled?'],
  ]);
  served([
    ['Because I am vegan, what should I eat?', 'What should I eat because I am vegan?'],
    ["Do I need a visa because I'm American?", "Because I'm American, do I need a visa?"],
    ["Can I eat honey because I'm vegan?", "Because I'm vegan, can I eat honey?"],
    ['Because of the rain, should we cancel the picnic?', 'Should we cancel the picnic because of the rain?'],
    // A fact of the asker's makes it advice (a review).
    ["Since I'm vegan, is honey okay?", "Is honey okay since I'm vegan?"],
    ['Since he has a fever, does my son need a doctor?', 'Does my son need a doctor since he has a fever?'],
    // "Since" gives a premise, not the reason asked about.
    ["Since it's a holiday, are banks open today?", "Are banks open today since it's a holiday?"],
  ]);
});

describe('"since" with a clause is a reason a negative subject may take into its scope (structural-verifier.ts givesReason)', () => {
  notServed([
    ['Since it was cheap, nobody bought the house.', 'Nobody bought the house since it was cheap.'],
    ['Since they were angry, neither of them apologized.', 'Neither of them apologized since they were angry.'],
    ['Since he is sick, did she not visit him?', 'Did she not visit him since he is sick?'],
  ]);
  served([
    ['Since 2020, nobody has visited the museum.', 'Nobody has visited the museum since 2020.'],
    ['Since it was cheap, we bought the house.', 'We bought the house since it was cheap.'],
  ]);
});

describe('a place, an event or a time moved onto what someone said, planned or offered to do (clause-move.ts movesIntoSubordinateClause)', () => {
  notServed([
    ['At the wedding, did Omar say Bob would propose?', 'Did Omar say Bob would propose at the wedding?'],
    ['At the party, who did Bob say would propose?', 'Who did Bob say would propose at the party?'],
    ['In Paris, did Bob decide to marry Alice?', 'Did Bob decide to marry Alice in Paris?'],
    ['At the station, did Bob promise to meet Alice?', 'Did Bob promise to meet Alice at the station?'],
    ['At the restaurant, did Bob agree to propose to Alice?', 'Did Bob agree to propose to Alice at the restaurant?'],
    ['Before the wedding, did Bob offer to pay Alice?', 'Did Bob offer to pay Alice before the wedding?'],
    ['During the trial, did Bob threaten to sue Alice?', 'Did Bob threaten to sue Alice during the trial?'],
  ]);
  served([
    ['In Python, how do I decide which library to use?', 'How do I decide which library to use in Python?'],
    ['In React, how do I decide when to use state?', 'How do I decide when to use state in React?'],
    ['In Canada, can I work while I study?', 'Can I work while I study in Canada?'],
    ['In JavaScript, what does the spec say about hoisting?', 'What does the spec say about hoisting in JavaScript?'],
    ['In the kitchen, what should I use to clean the oven?', 'What should I use to clean the oven in the kitchen?'],
    // The asker's own plan or offer (a review).
    ['In Paris, what should I plan to see?', 'What should I plan to see in Paris?'],
    ['At the interview, should I offer to shake hands?', 'Should I offer to shake hands at the interview?'],
    ['At the wedding, is it rude to refuse to dance?', 'Is it rude to refuse to dance at the wedding?'],
  ]);
});

describe('an emoji closing a request is the asker\'s mood unless the text is about it (structural-verifier.ts emojiAskedAbout)', () => {
  // An over-refusal study: "React" the library and a relative "that" far before the emoji read as the emoji asked about.
  served([
    ['How do I structure a React application?', 'How do I structure a React application? 🙂'],
    ['Write a Python function that checks if a number is prime.', 'Write a Python function that checks if a number is prime. 🙂'],
  ]);
  notServed([
    ['How should I react to this 🙂', 'How should I react to this'],
    ['React to this message with an emoji 🙂', 'React to this message with an emoji'],
    ['What is this 🙂', 'What is this'],
    ['Is that rude? 😡', 'Is that rude?'],
  ]);
});

describe('"plain English" asks for a register, not a variety of English (word-topic.ts)', () => {
  served([['Summarize this in plain English: The bill passed.', 'Summarise this in plain English: The bill passed.']]);
  notServed([
    ['Is colour the British English spelling?', 'Is color the British English spelling?'],
    ['Is colour used in plain English?', 'Is color used in plain English?'],
  ]);
});

describe('whitespace closing a line of code or Markdown typed without a fence (verify-tokens.ts normalisedGap)', () => {
  notServed([
    ['How does this Markdown render?\n\nRoses are red  \nViolets are blue', 'How does this Markdown render?\n\nRoses are red\nViolets are blue'],
    ['Why does this macro not compile?\n\n#define MAX(a, b) \\ \n  ((a) > (b) ? (a) : (b))', 'Why does this macro not compile?\n\n#define MAX(a, b) \\\n  ((a) > (b) ? (a) : (b))'],
    ['Why does this raise a SyntaxError in Python?\n\ntotal = 1 + \\ \n    2\nprint(total)', 'Why does this raise a SyntaxError in Python?\n\ntotal = 1 + \\\n    2\nprint(total)'],
    ['What path does OUT get?\n\nDIR = build  \nOUT = $(DIR)/app', 'What path does OUT get?\n\nDIR = build\nOUT = $(DIR)/app'],
    ['RUN apt-get update && \\\t\n    apt-get install -y curl\n\nWhy does this Dockerfile step fail?', 'RUN apt-get update && \\\n    apt-get install -y curl\n\nWhy does this Dockerfile step fail?'],
    ['What does this vim mapping do?\n\nnnoremap x dd  \nnnoremap y yy', 'What does this vim mapping do?\n\nnnoremap x dd\nnnoremap y yy'],
  ]);
  // One space closing a line is read as a copy's slip, not typed on purpose ("Context: Shipping & Returns \n"; an
  // over-refusal in shared contexts): "DIR = build \n" in a Makefile is left (README, Known limitations).
  served([
    ['Context: Shipping & Returns \nOrders over $50 ship free.\n\nQuestion: Do you ship to Canada?', 'Context: Shipping & Returns\nOrders over $50 ship free.\n\nQuestion: Do you ship to Canada?'],
    ['What is the capital of France? \nAnswer briefly.', 'What is the capital of France?\nAnswer briefly.'],
    ['Which are vegan?\nflour \npeanut butter', 'Which are vegan?\nflour\npeanut butter'],
  ]);
});

describe('a synonym swapped where the text both share names both words as two things (structural-verifier.ts namedOutside)', () => {
  notServed([
    ['Context:\nDrink sizes: Small (8 oz) $2.50, Large (16 oz) $3.50, Big (32 oz) $4.25.\n\nQuestion: How much is a big coffee?\nAnswer:', 'Context:\nDrink sizes: Small (8 oz) $2.50, Large (16 oz) $3.50, Big (32 oz) $4.25.\n\nQuestion: How much is a large coffee?\nAnswer:'],
    ['Context:\nCleaning price list: Sofa (fabric) £65; Couch (leather) £85; Armchair £30.\n\nQuestion: How much to clean my sofa?\nAnswer:', 'Context:\nCleaning price list: Sofa (fabric) £65; Couch (leather) £85; Armchair £30.\n\nQuestion: How much to clean my couch?\nAnswer:'],
    ['Tickets: Adult $24; Kid (ages 3–12) $12; Child under 3 free.\n\nHow much is a kid ticket?', 'Tickets: Adult $24; Kid (ages 3–12) $12; Child under 3 free.\n\nHow much is a child ticket?'],
  ]);
  served([
    ['Is a big dog OK in a large flat?', 'Is a large dog OK in a large flat?'],
    ['How do I fix my bike?', 'How do I repair my bike?'],
  ]);
});

describe('a template that reads the user\'s mistakes or length (template-turn.ts TEXT_PROPERTY_ASKED)', () => {
  const turn = (rule: string, question: string) => `You are the support assistant for Acme.\n${rule}\n\nKnowledge base:\nRefunds within 30 days.\n\nCustomer: ${question}\nAssistant:`;
  notServed([
    [turn("If the customer's message contains mistakes, gently correct them first.", 'What is the refund window?'), turn("If the customer's message contains mistakes, gently correct them first.", 'Waht is the refund window?')],
    [turn("Begin with a corrected version of the customer's message, then answer.", 'What is the refund window?'), turn("Begin with a corrected version of the customer's message, then answer.", 'Waht is the refund window?')],
    [turn('If the message has errors, list them in brackets before the answer.', 'Can I get a refund?'), turn('If the message has errors, list them in brackets before the answer.', 'Can I get a refnud?')],
    [turn("Before answering, state how many characters the customer's message has.", 'How many days do I have?'), turn("Before answering, state how many characters the customer's message has.", 'How  many days do I have?')],
    [turn("First report the exact byte length of the customer's message.", 'How many days do I have?'), turn("First report the exact byte length of the customer's message.", 'How  many days do I have?')],
  ]);
});

describe('a keyword or a function of a language named anywhere in the text (identifier-position.ts askedInLanguage, usedInLanguage)', () => {
  notServed([
    ['In SQL, what does select do?', 'In SQL, what does choose do?'],
    ['In Lisp, what does car return?', 'In Lisp, what does automobile return?'],
    ['Python: what does help do?', 'Python: what does assist do?'],
    ['[SQL] what does select do?', '[SQL] what does choose do?'],
    ["What does select do? I'm using Go.", "What does choose do? I'm using Go."],
    ['In JavaScript, what does includes do?', 'In JavaScript, what does include do?'],
    ['What does hide do in jQuery?', 'What does conceal do in jQuery?'],
    ['how do i use choose in excel', 'how do i use select in excel'],
    ['In SQL, is select slow?', 'In SQL, is choose slow?'],
    ['what does select do in power query', 'what does choose do in power query'],
    ['In Scratch, what does hide do?', 'In Scratch, what does conceal do?'],
  ]);
  served([
    ['What does caffeine do to the body?', 'what does caffeine do to the body'],
    ['In Python, what does a decorator do?', 'In Python, what does a decorator do'],
  ]);
});

describe('near-duplicates an over-refusal study found refused', () => {
  describe('one inner letter left out of a common word of seven letters (classify-difference.ts droppedFromCommon)', () => {
    served([
      ["Help me write a speech for my best friend's wedding.", "Help me write a speech for my best friend's weddng."],
      ['What is the best chicken recipe?', 'What is the best chcken recipe?'],
    ]);
    notServed([
      // The first or last letter, or where another word is one slip away.
      ['Is canvas good for design?', 'Is canva good for design?'],
      ['How do I improve my posture?', 'How do I improve my posure?'],
    ]);
  });
  describe('an opener before a question that points at a thing with "this" or "that" (prepare-tokens.ts isDiscourseOpener)', () => {
    served([
      ['Explain this error.', 'Actually, explain this error.'],
      ['So, what is this error about?', 'What is this error about?'],
      ['Describe this scene in more detail: A man is playing a flute.', 'Actually, describe this scene in more detail: A man is playing a flute.'],
    ]);
    notServed([
      ['Okay, what does it mean in texting?', 'What does it mean in texting?'],
      ['Okay, what does this mean in texting?', 'What does this mean in texting?'],
      ['Also, what does this word mean?', 'What does this word mean?'],
      ['Well, done or rare: which is safer?', 'Done or rare: which is safer?'],
    ]);
  });
  describe('a double space in one line of prose that names a thing of layout (layout.ts layoutMatters)', () => {
    served([
      ['How do I read a CSV file in Python?', 'How do I read a CSV file  in Python?'],
      ['Write a short poem about the ocean at night.', 'Write a short poem  about the ocean at night.'],
    ]);
    notServed([
      ['Convert this table to CSV: name  age', 'Convert this table to CSV: name age'],
      ['How many spaces are in a  b', 'How many spaces are in a b'],
      ['Write a haiku with double  spaces', 'Write a haiku with double spaces'],
    ]);
  });
  describe('words read as asking about a word (word-topic.ts)', () => {
    served([
      ['Is the euro a strong currency right now?', 'Is the euro a strong curency right now?'],
      ['What is manganese used for in industry?', 'What is mangnese used for in industry?'],
      ['How do I change the background color in Word?', 'How do I change the background colour in Word?'],
    ]);
    notServed([
      ['Is colour used in the US?', 'Is color used in the US?'],
      ['What does the word colour mean?', 'What does the word color mean?'],
    ]);
  });
});

describe('the relaxations above, narrowed where a hostile review found wrong answers', () => {
  notServed([
    // Morse code and a string's length typed inline in one line of prose.
    ['Translate this Morse code to English .... ..  - .... . .-. .', 'Translate this Morse code to English .... .. - .... . .-. .'],
    ['Decode this tap code 23 15  31 31', 'Decode this tap code 23 15 31 31'],
    ['In SQL, what is the length of New  York', 'In SQL, what is the length of New York'],
    // An opener before a statement the question is about.
    ['Actually, this price is fine. What is the first letter of the text above?', 'This price is fine. What is the first letter of the text above?'],
    ['Oh, this dress is lovely. Does the speaker sound surprised?', 'This dress is lovely. Does the speaker sound surprised?'],
    // A term named alone, one letter from a common word.
    ['What is a variant?', 'What is a varint?'],
    ['How do I balance parens in Lisp?', 'How do I balance parents in Lisp?'],
    ['How do I cook chicken karahi?', 'How do I cook chicken karachi?'],
    // Which word is used for a thing.
    ['Is programme used for computer software?', 'Is program used for computer software?'],
    ['Is kerb used for the edge of a road?', 'Is curb used for the edge of a road?'],
    // "this" or "that" standing for the emoji, far before it.
    ['Is it rude to send my boss this late at night 👍', 'Is it rude to send my boss this late at night'],
    ['Can I send this to my manager after a meeting 🙂', 'Can I send this to my manager after a meeting'],
  ]);
  served([
    ['How do I structure this project? 🙂', 'How do I structure this project?'],
    // Errors of a build, not of the user's message; two spaces after an instruction's sentence.
    ['My script exits with errors.\nHow do I fix it please?', 'My script exits with errors.\nHow do I fix it?'],
    ['Write a poem about rain.  \nMake it short.', 'Write a poem about rain.\nMake it short.'],
  ]);
});

describe('a clause boundary moved across a time phrase deep inside a long text (boundary-move.ts aroundDifference)', () => {
  // A red team on long documents: past 4,000 characters the move was not read at all.
  const pad = Array.from({ length: 80 }, (_, line) => `[09:${String(line % 60).padStart(2, '0')}] Lars: noted, the build for ticket ${4000 + line} is green`).join('\n');
  const chat = (said: string, question: string) => `${pad}\n[11:11] Maya: ${said}\n${pad.slice(0, 200)}\n\n${question}`;
  notServed([
    [chat('I deployed the fix this morning, I checked the logs.', 'When did Maya deploy the fix?'), chat('I deployed the fix, this morning I checked the logs.', 'When did Maya deploy the fix?')],
    [chat('I took two Advil yesterday, I drank some wine.', 'When did Maya take the Advil?'), chat('I took two Advil, yesterday I drank some wine.', 'When did Maya take the Advil?')],
    [chat('we restarted the gateway at 9:00, we saw the errors stop.', 'When was the gateway restarted?'), chat('we restarted the gateway, at 9:00 we saw the errors stop.', 'When was the gateway restarted?')],
  ]);
  served([[chat('I deployed the fix this morning, I checked the logs.', 'When did Maya deploy the fix?'), chat('I deployed the fix this morning, I checked the logs.', 'when did Maya deploy the fix?')]]);
  it('builds texts longer than the 4,000 characters read whole', () => expect(chat('x', 'y').length).toBeGreaterThan(4_000));
});

describe('two phrases swapped in a frame that treats them alike (symmetric-swap.ts)', () => {
  // The word order team's controls: 863 such near-duplicates refused as another order at the start.
  served([
    ['What is the difference between TCP and UDP?', 'What is the difference between UDP and TCP?'],
    ["What's the difference between a crocodile and an alligator?", "What's the difference between an alligator and a crocodile?"],
    ['Compare Perl and JavaScript.', 'Compare JavaScript and Perl.'],
    ['Python vs Java: which is better for beginners?', 'Java vs Python: which is better for beginners?'],
    ['Which is better, a Mac or a PC?', 'Which is better, a PC or a Mac?'],
    ['What is the sum of 97 and 36?', 'What is the sum of 36 and 97?'],
    ['What is 12 plus 7?', 'What is 7 plus 12?'],
    ['Multiply 40 by 29.', 'Multiply 29 by 40.'],
  ]);
  notServed([
    ['Convert USD to EUR', 'Convert EUR to USD'],
    ['Is a whale bigger than a shark?', 'Is a shark bigger than a whale?'],
    ['Divide 40 by 29.', 'Divide 29 by 40.'],
    ['Subtract 3 from 10', 'Subtract 10 from 3'],
    ['What is 10 minus 3?', 'What is 3 minus 10?'],
    ['Should I learn Python or Java first?', 'Should I learn Java or Python first?'],
    ['Translate cat and dog into French', 'Translate dog and cat into French'],
    ['Man City vs Liverpool score', 'Liverpool vs Man City score'],
    // A review of a first version: an operator beside one number, a direction, letters that follow the order, a
    // directed difference of code, a shared head left out, an order asked for.
    ['What is 2 plus 3 squared?', 'What is 3 plus 2 squared?'],
    ['What is 10 plus 2 times 3?', 'What is 2 plus 10 times 3?'],
    ['What are the pros of Mac vs PC?', 'What are the pros of PC vs Mac?'],
    ['How much faster is C vs Python?', 'How much faster is Python vs C?'],
    ['USD vs EUR exchange rate', 'EUR vs USD exchange rate'],
    ['Which is bigger, Texas or Alaska? Answer A or B.', 'Which is bigger, Alaska or Texas? Answer A or B.'],
    ['Find the difference between list a and list b in Python', 'Find the difference between list b and list a in Python'],
    ["What's the difference between a cat and a dog owner?", "What's the difference between a dog owner and a cat?"],
    ['Compare Python and Java in this sequence', 'Compare Java and Python in this sequence'],
    // A second review: a case the swap hid, an answer by position, "vs" as "rather than", a convention of order, a
    // role of an operand, a ratio, a parallel list, a currency pair, a side named by place.
    ['Compare Bath and Reading', 'Compare reading and bath'],
    ['Help me choose between Harvard and Yale. Answer A or B.', 'Help me choose between Yale and Harvard. Answer A or B.'],
    ['Answer with A or B. Which is bigger, Jupiter or Saturn?', 'Answer with A or B. Which is bigger, Saturn or Jupiter?'],
    ['Is it cheaper to rent vs buy, or not?', 'Is it cheaper to buy vs rent, or not?'],
    ['In a lawsuit titled Smith vs Jones, which party is the plaintiff?', 'In a lawsuit titled Jones vs Smith, which party is the plaintiff?'],
    ['Roe vs Wade', 'Wade vs Roe'],
    ['Which number is the augend if the expression is 5 plus 3?', 'Which number is the augend if the expression is 3 plus 5?'],
    ['Compare China and India by population, as a ratio.', 'Compare India and China by population, as a ratio.'],
    ['Compare Alice and Bob, a doctor and a nurse.', 'Compare Bob and Alice, a doctor and a nurse.'],
    ['USD vs EUR', 'EUR vs USD'],
    ['Compare Python and Java, with the first-named as the baseline.', 'Compare Java and Python, with the first-named as the baseline.'],
    ["What's the timezone difference between London and Tokyo?", "What's the timezone difference between Tokyo and London?"],
    ['Compare Perl and JavaScript. Start with the former.', 'Compare JavaScript and Perl. Start with the former.'],
    ['What does `a and b` return when a is 0 and b is 1?', 'What does `b and a` return when a is 0 and b is 1?'],
  ]);
});

describe('an attack on each of the verifier\'s acceptances', () => {
  describe('a when/if clause moved onto a verb that takes a question (clause-move.ts movesIntoEmbeddedQuestion)', () => {
    notServed([
      ['When he arrived, did you tell him?', 'Did you tell him when he arrived?'],
      ['When she left, did you ask her?', 'Did you ask her when she left?'],
      ["If he's awake, can you check?", "Can you check if he's awake?"],
      ['When the train leaves, will you tell me?', 'Will you tell me when the train leaves?'],
    ]);
    served([
      ['If it rains, what should I wear?', 'What should I wear if it rains?'],
      ['When I get home, should I call my mom?', 'Should I call my mom when I get home?'],
      // "Tell me" inside the sentence keeps its request either way (a review).
      ['If it rains, tell me what to wear.', 'Tell me what to wear if it rains.'],
      ['When does the train leave? Can you tell me?', 'When does the train leave?'],
    ]);
  });
  describe('"how can" that doubts (prepare-tokens.ts disbelief)', () => {
    notServed([
      ['How can you say that?', 'How do you say that?'],
      ['How can you drink that?', 'How do you drink that?'],
    ]);
    served([
      // With "I" or "we" it asks a way (a review).
      ['How can I fix that?', 'How do I fix that?'],
      ['How can I refuse such an offer?', 'How do I refuse such an offer?'],
      ['How can you tell if an egg is bad?', 'How do you tell if an egg is bad?'],
      ['How can I do that in Python?', 'How do I do that in Python?'],
    ]);
  });
  describe('courtesy words that are content', () => {
    notServed([
      ['Should I be sorry?', 'Should I be?'],
      ['Are you sorry?', 'Are you?'],
      ['Sorry to Bother You cast', 'to Bother You cast'],
      ['Greetings from Asbury Park tracklist', 'from Asbury Park tracklist'],
      ['I appreciate it when people are on time. Is that strict?', 'When people are on time. Is that strict?'],
      ['How do I tell my neighbor sorry?', 'How do I tell my neighbor excuse me?'],
    ]);
    served([
      ['Sorry, how do I boil an egg?', 'How do I boil an egg?'],
      ['hi when is the store open', 'when is the store open'],
      // "Please" before "to" stays courtesy (the miss-path bench's near-duplicates).
      ['To play golf, the first thing you need is a set of clubs. Three dogs run through a field.', 'Please to play golf, the first thing you need is a set of clubs. Three dogs run through a field.'],
      ['Excuse me, how do I boil an egg?', 'Sorry, how do I boil an egg?'],
    ]);
  });
  describe('articles, number words, typos and "can you" in other senses', () => {
    notServed([
      ['Is a German difficult to understand?', 'Is German difficult to understand?'],
      ['Will I be rich one day?', 'Will I be rich 1 day?'],
      ['Is the PyPI package reqeusts safe to install?', 'Is the PyPI package requests safe to install?'],
      ['Can you define a variable twice in Python?', 'Define a variable twice in Python.'],
    ]);
    served([
      ['How do I bake a cake at home?', 'How do I bake cake at home?'],
      ['Can I learn Spanish in one day?', 'Can I learn Spanish in 1 day?'],
      ['Is one day enough for Rome?', 'Is 1 day enough for Rome?'],
      // A review: a day counted after a verb, before "after" or "of", in a plan.
      ['Can I drink alcohol one day after surgery?', 'Can I drink alcohol 1 day after surgery?'],
      ['Is it bad to miss one day of birth control?', 'Is it bad to miss 1 day of birth control?'],
      ['Paris itinerary one day', 'Paris itinerary 1 day'],
      ['Can you explain how a court works?', 'Explain how a court works.'],
      ['How do I recieve a package?', 'How do I receive a package?'],
      ['Can you explain photosynthesis?', 'Explain photosynthesis.'],
    ]);
  });
});

describe('a sentence joined to a feeling, whose cause it becomes (boundary-move.ts complementJoined)', () => {
  notServed([
    ["I'm sorry. I love you. What should I say back?", "I'm sorry I love you. What should I say back?"],
    ["I'm glad. You came.", "I'm glad you came."],
    ["I'm sorry, I love you. What should I say back?", "I'm sorry I love you. What should I say back?"],
  ]);
  served([
    ['I know. How do I fix it?', 'I know, how do I fix it?'],
    // A verb of knowing or a reply before a request (a review).
    ['I know. It is late, but what time does Costco close?', 'I know it is late, but what time does Costco close?'],
    ['Sure. I need a cover letter for a barista job.', 'Sure I need a cover letter for a barista job.'],
    ['What is dependency innjection?', 'What is dependency injection?'],
  ]);
});
