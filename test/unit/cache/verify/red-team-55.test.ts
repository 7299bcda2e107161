import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 48: a red team on the brief's categories at scale (templates, retrieved contexts, long documents, order,
// antonyms, siblings, code), one on surface edits that change the answer, and a hostile review at the proxy.

describe('a phrase that opens a sentence joined to the statement before it (sentence-boundary.ts phraseJoinsStatementBefore)', () => {
  notServed([
    ['The store is closed. On Sundays, it opens at noon for pickups. Is the store open on Sundays?', 'The store is closed on Sundays, it opens at noon for pickups. Is the store open on Sundays?'],
    ['Food is forbidden. In the café, drinks are allowed. Can I eat in the reading room?', 'Food is forbidden in the café, drinks are allowed. Can I eat in the reading room?'],
    ['The function returns null. If the list is empty, it logs a warning. What does it return for [1, 2]?', 'The function returns null if the list is empty, it logs a warning. What does it return for [1, 2]?'],
    ['I work remotely. On Mondays, I go to the office.\n\nHow many days a week do I work from home?', 'I work remotely on Mondays, I go to the office.\n\nHow many days a week do I work from home?'],
    ['**Context:** Refunds are not possible. After 30 days, exchanges are free.\n\n**Question:** Can I get a refund within 30 days?', '**Context:** Refunds are not possible after 30 days, exchanges are free.\n\n**Question:** Can I get a refund within 30 days?'],
    ['<context>\nDelivery is not available. To rural areas, shipping takes 5 days.\n</context>\n<question>Can I get delivery in a city?</question>', '<context>\nDelivery is not available to rural areas, shipping takes 5 days.\n</context>\n<question>Can I get delivery in a city?</question>'],
    ['### Context\nThe pool is open. Except on Mondays, lifeguards are on duty.\n\n### Question\nIs the pool open on Mondays?', '### Context\nThe pool is open except on Mondays, lifeguards are on duty.\n\n### Question\nIs the pool open on Mondays?'],
    ['Summarize this email.\n\nHi all, the old building is closed. On Mondays, the team meets in the new office. Thanks, Dana', 'Summarize this email.\n\nHi all, the old building is closed on Mondays, the team meets in the new office. Thanks, Dana'],
    // A review of the first version: other openers, other marks, words about the asking inside a fact.
    ['Food is forbidden. As of June, drinks are allowed.', 'Food is forbidden as of June, drinks are allowed.'],
    ['The museum is free. Later in the day, tickets cost $20.', 'The museum is free later in the day, tickets cost $20.'],
    ['Parking is free. Although it rains, you need a permit.', 'Parking is free although it rains, you need a permit.'],
    ['The store is closed! On Sundays, it opens at noon.', 'The store is closed on Sundays, it opens at noon.'],
    ['The store is closed... On Sundays, it opens at noon.', 'The store is closed on Sundays, it opens at noon.'],
    ['New accounts are free. For teams, the fee is $5 per user.', 'New accounts are free for teams, the fee is $5 per user.'],
    ['Context windows are limited. In the free plan, uploads are capped.', 'Context windows are limited in the free plan, uploads are capped.'],
  ]);
  served([
    ['I have a question. In Excel, how do I sum a column?', 'I have a question in Excel, how do I sum a column?'],
    ["I'm new to Excel. In a pivot table, the totals look wrong.", "I'm new to Excel in a pivot table, the totals look wrong."],
    ['Hi. In Python, how do I read a file?', 'Hi, in Python, how do I read a file?'],
    ['The store is closed. On Sundays, it opens at noon.', 'The store is closed; on Sundays, it opens at noon.'],
    ['The store is closed. On Sundays, it opens at noon.', 'The store is closed.  On Sundays, it opens at noon.'],
    ['The store is closed. In addition, the café is closed.', 'The store is closed. In addition the café is closed.'],
    // A run-on typed without the phrase's comma is a slip (a review of the first version).
    ['I was born in 1990. In 2010 I moved to London. How many years have I lived there?', 'I was born in 1990 in 2010 I moved to London. How many years have I lived there?'],
  ]);
});

describe('whitespace at the ends of a text that asks about whitespace (structural-verifier.ts endsOf, ABOUT_WHITESPACE)', () => {
  notServed([
    ['Is there trailing whitespace in this line: foo  ', 'Is there trailing whitespace in this line: foo'],
    ['How many whitespace characters are in this message?  ', 'How many whitespace characters are in this message?'],
    ['\nDoes this message start with a newline?', 'Does this message start with a newline?'],
  ]);
  served([
    ['Write a product description for a robot vacuum. End with a call to action.', 'Write a product description for a robot vacuum. End with a call to action.\n'],
    ['What is the maximum number of characters allowed in a tweet?', 'What is the maximum number of characters allowed in a tweet? '],
  ]);
});

describe('"the" dropped before a word that reads as a state, a quality or a number bare (article-rules.ts bareWordMattersAfterThe)', () => {
  notServed([
    ['My son got the shot at school today, is his sore arm normal?', 'My son got shot at school today, is his sore arm normal?'],
    ['What are the chances of getting the shot in the US?', 'What are the chances of getting shot in the US?'],
    ['I got the shot yesterday, can I drink alcohol?', 'I got shot yesterday, can I drink alcohol?'],
    ['Did he get the hit in the ninth inning?', 'Did he get hit in the ninth inning?'],
    ['Did you get the beat?', 'Did you get beat?'],
    ['Will I get the cut if I ask for a fade?', 'Will I get cut if I ask for a fade?'],
    ['Is this the final?', 'Is this final?'],
    ['Is she the one?', 'Is she one?'],
    ['Was it the cold?', 'Was it cold?'],
    ['Is this the final tonight?', 'Is this final tonight?'],
  ]);
  served([
    ['How do I get the flu shot?', 'How do I get flu shot?'],
    ['Where can I get the best pizza in Rome?', 'Where can I get best pizza in Rome?'],
    ['Did you get the final score?', 'Did you get final score?'],
    ['What is the history of Rome?', 'What is history of Rome?'],
    ['How do I get to the station?', 'How do I get to station?'],
    ['Are IELTS and TOEFL the same?', 'Are IELTS and TOEFL same?'],
    ['Which is the cheaper, Uber or Lyft?', 'Which is cheaper, Uber or Lyft?'],
    ['What is the minimum in Texas?', 'What is minimum in Texas?'],
  ]);
});

describe('an everyday synonym in another sense (synonym-sense.ts MOVIE_WORDS, KID_AS_ANIMAL, CARRIAGES, SPEECH_SOUNDS)', () => {
  notServed([
    ['Where can I buy 35mm film?', 'Where can I buy 35mm movies?'],
    ["What's the best film for portraits?", "What's the best movie for portraits?"],
    ['How should I store film?', 'How should I store movies?'],
    ['Is expired film still usable?', 'Is expired movie still usable?'],
    ["What's the difference between a kid and a lamb?", "What's the difference between a child and a lamb?"],
    ['Why is my kid not nursing from the doe?', 'Why is my child not nursing from the doe?'],
    ['Should I disbud my kid?', 'Should I disbud my child?'],
    ['How many cars does a freight train have?', 'How many automobiles does a freight train have?'],
    ['Can I move between cars on a moving train?', 'Can I move between automobiles on a moving train?'],
    ['How many phones does English have?', 'How many telephones does English have?'],
  ]);
  served([
    ['Recommend a good horror film.', 'Recommend a good horror movie.'],
    ['What film should I watch tonight?', 'What movie should I watch tonight?'],
    ["What's the best movie of 2019?", "What's the best film of 2019?"],
    ['How do I help my kid with homework?', 'How do I help my child with homework?'],
    ['How much does a new car cost?', 'How much does a new automobile cost?'],
    ["My phone won't charge.", "My telephone won't charge."],
    ['Should I take the train or my car to work?', 'Should I take the train or my automobile to work?'],
    ['When should a child get its first phone?', 'When should a kid get its first phone?'],
  ]);
});

// The red team's near-duplicates refused at 579898d: a "Please" kept as a song title's first word where a number counts
// the words ("in under 50 words"), and a task line after a closing code fence read as the pasted text's own.
describe('near-duplicates a word count or a closing fence made look like content (prepare-tokens.ts isTitleSearch, pasted-text.ts fencedTextEnd)', () => {
  served([
    ['Explain recursion in under 50 words.', 'Please explain recursion in under 50 words.'],
    ['Describe Paris in under 100 words.', 'Please describe Paris in under 100 words.'],
    ['Explain recursion in fewer than 50 words.', 'Please explain recursion in fewer than 50 words.'],
    ['Here is a log:\n```\nERROR db timeout\n```\nSummarize it.', 'Here is a log:\n```\nERROR db timeout\n```\nsummarize it.'],
    ['Here is my code:\n```python\nprint(1)\n```\nWhat does it print?', 'Here is my code:\n```python\nprint(1)\n```\nWhat does it print'],
  ]);
  notServed([
    ['Here is a log:\n```\nERROR db timeout\n```\nSummarize it.', 'Here is a log:\n```\nERROR db timeouts\n```\nSummarize it.'],
    ['Here is my code:\n```python\nx = 1 < 2\n```\nWhat does it print?', 'Here is my code:\n```python\nx = 1 <= 2\n```\nWhat does it print?'],
    ['Does the customer say please? Customer:\n```\nSend it now please\n```\nAnswer yes or no.', 'Does the customer say please? Customer:\n```\nSend it now\n```\nAnswer yes or no.'],
    ['please please me 2 words lyrics', 'please me 2 words lyrics'],
    // A review of the first versions: a year before "lyrics" is no word count; text past the fence may be the text's.
    ['please stay 1961 lyrics', 'stay 1961 lyrics'],
    ['sorry not sorry 2017 karaoke', 'not sorry 2017 karaoke'],
    ['Translate to French:\n```\nHi.\n```\nSorry for the delay.', 'Translate to French:\n```\nHi.\n```\nFor the delay.'],
    ['Look at this:\n```\nHello team,\nthe meeting moves to 3pm.\n```\nPlease reply by Friday.', 'Look at this:\n```\nHello team,\nthe meeting moves to 3pm.\n```\nReply by Friday.'],
    ['Check this:\n```\nHi Tom,\n```\nSee you tomorow.', 'Check this:\n```\nHi Tom,\n```\nSee you tomorrow.'],
    ['Check this:\n```\nx = 1\n```\nIs this a question? You are coming', 'Check this:\n```\nx = 1\n```\nIs this a question? You are coming?'],
  ]);
});

// A red team at the proxy: a listed synonym swapped where the word is a function of a library named by a code token or
// a library the lists lacked (identifier-position.ts usedInLanguage, CODE_WORLD_NAMES).
describe('a listed synonym used as a name in a library (identifier-position.ts usedInLanguage)', () => {
  notServed([
    ['How do I use require in Node.js?', 'How do I use need in Node.js?'],
    ['How do I use hide in jQuery?', 'How do I use conceal in jQuery?'],
    ['How do I use select in D3.js?', 'How do I use choose in D3.js?'],
    ['How do I use select in Redux?', 'How do I use choose in Redux?'],
    ['How do I use select in MongoDB?', 'How do I use choose in MongoDB?'],
    // Only code returns a value: the language may be named in a system prompt the verifier does not see, or nowhere.
    ['What does require return?', 'What does need return?'],
    ['What does select return?', 'What does choose return?'],
  ]);
  served([
    ['How do I fix my bike in Paris?', 'How do I repair my bike in Paris?'],
    ['How do I use a big font in my essay.docx?', 'How do I use a large font in my essay.docx?'],
    ['What does a big company return to shareholders?', 'What does a large company return to shareholders?'],
  ]);
});
