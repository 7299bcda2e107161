import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { notServed, served } = pairTests(verifier.kind);

// Session 56: a red team of one-word changes (near-synonyms, single characters, real-word typos, spelling variants,
// perspective swaps, articles, polysemy) and an over-refusal study of surface variations users type (case, courtesy,
// contractions, typos, articles, markdown). Each pair under notServed was served on b7fa4bd and each pair under served
// refused there, but for the guards (commented), which hold on both and keep the new readings narrow.

describe('"a" before a noun whose bare form names a service, a game, a charge or a material (article-rules.ts)', () => {
  notServed([
    ['How much does a cable cost per month?', 'How much does cable cost per month?'],
    ['How much does a pool cost?', 'How much does pool cost?'],
    ['Is a rubber safe for kids?', 'Is rubber safe for kids?'],
    ['How much does a cover cost at a club?', 'How much does cover cost at a club?'],
    ['How much does a space cost in London?', 'How much does space cost in London?'],
    ['Can I bring a pot home on the plane?', 'Can I bring pot home on the plane?'],
    ['Is a joint bad for you?', 'Is joint bad for you?'],
    ['How much does a tape cost?', 'How much does tape cost?'],
  ]);
  served([
    // Guards. Where the article is only dropped: the noun heads its phrase before its own modifier or names the one thing.
    ['How do I clean a pool filter?', 'How do I clean pool filter?'],
    ['How much does a pool table weigh?', 'How much does pool table weigh?'],
  ]);
});

describe('"kid" for a young goat, by what is done to one (synonym-sense.ts)', () => {
  notServed([
    ['At what age can a kid be castrated?', 'At what age can a child be castrated?'],
    ['When can a kid be weaned from its mother?', 'When can a child be weaned from its mother?'],
  ]);
  // Guard: a child's.
  served([['How do I get my kid to sleep through the night?', 'How do I get my child to sleep through the night?']]);
});

describe('a closing please after a noun phrase in -ing (prepare-tokens.ts)', () => {
  served([
    ['What is machine learning?', 'What is machine learning please?'],
    ['What is machine learning?', 'what is machine learning pls'],
    ['Explain deep learning', 'Explain deep learning please'],
  ]);
  notServed([
    // Guards: "please" as what is learnt, typed, matched or sung (a review of a first version).
    ['My parrot is learning', 'My parrot is learning please'],
    ['Write a regex that matches keep going please', 'Write a regex that matches keep going'],
    ['Do LLMs respond better to users typing please?', 'Do LLMs respond better to users typing?'],
    ['Which song has the lyric stop teasing please', 'Which song has the lyric stop teasing'],
    ['What rhymes with machine learning please', 'What rhymes with machine learning'],
  ]);
});

describe('"wrong" closing a question of what is amiss judges no word (word-topic.ts)', () => {
  served([
    ["My dog isn't eating, what could be wrong?", 'My dog is not eating, what could be wrong?'],
    ["My car won't start, what could be wrong?", 'My car will not start, what could be wrong?'],
    ["The app isn't loading, what am I doing wrong?", 'The app is not loading, what am I doing wrong?'],
  ]);
  // Guards: the word judged.
  notServed([
    ["Is ain't wrong?", 'Is am not wrong?'],
    ["What is wrong with don't?", 'What is wrong with do not?'],
    ["Is isn't correct here?", 'Is is not correct here?'],
    // Guards: the words before "what is wrong?" judged, other than a contraction written out (a review of a first version).
    ['They was late, what is wrong?', 'They were late, what is wrong?'],
    ['I want a apple, what is wrong?', 'I want an apple, what is wrong?'],
    ['Youre welcome, what is wrong?', "You're welcome, what is wrong?"],
    // Guards: a sentence whose agreement is the question (a last review).
    ["He don't care, what is wrong?", 'He do not care, what is wrong?'],
    ["They doesn't listen, what could be wrong?", 'They does not listen, what could be wrong?'],
  ]);
});

describe('"cant"/"wont" typed without the apostrophe between a subject and its verb (verify-tokens.ts)', () => {
  served([
    ["My phone won't charge, what should I try?", 'My phone wont charge, what should I try?'],
    ["The app can't connect to the server", 'The app cant connect to the server'],
  ]);
  notServed([
    // Guards: "wont" and "cant" as words of their own (a review of a first version).
    ['What does wont mean?', 'What does will not mean?'],
    ['Is cant a word?', 'Is can not a word?'],
    ['As is his wont to do', 'As is his will not to do'],
    ['What is the thieves cant language?', "What is the thieves can't language?"],
    ['Why does the ship cant list to port?', "Why does the ship can't list to port?"],
    ['Explain the religious cant criticized by Orwell', "Explain the religious can't criticized by Orwell"],
  ]);
});

describe('a contraction typed with its apostrophe on one side only, as the operand of a string operation (structural-verifier.ts, word-topic.ts)', () => {
  notServed([
    ['Hash the string dont with MD5', "Hash the string don't with MD5"],
    ['Grep for isnt in my notes', "Grep for isn't in my notes"],
  ]);
  // Guard: in prose the apostrophe changes nothing.
  served([['I dont know what to do', "I don't know what to do"]]);
});

describe('a word in capitals against a text typed all in capitals (case-folding.ts)', () => {
  served([
    ['Explain the difference between TCP and UDP.', 'EXPLAIN THE DIFFERENCE BETWEEN TCP AND UDP.'],
    ['What does HTTP stand for?', 'WHAT DOES HTTP STAND FOR?'],
    ['How do I parse a CSV file in Python?', 'HOW DO I PARSE A CSV FILE IN PYTHON?'],
  ]);
  notServed([
    // Guards: a unit whose case is its meaning, typed otherwise on the side whose case is its own.
    ['Convert 5 MB to Mb', 'CONVERT 5 MB TO MB'],
    ['Is a 5 MW laser dangerous?', 'IS A 5 MW LASER DANGEROUS?'],
    // Guards: an acronym that is also a word, which the capitals may mean (a review of a first version).
    ['Write a poem about US', 'WRITE A POEM ABOUT US'],
    ['Is IT a good career?', 'IS IT A GOOD CAREER?'],
    ['When was the WHO formed?', 'WHEN WAS THE WHO FORMED?'],
    ['What is the difference between TCP and UDP?', 'WHAT IS THE DIFFERENCE BETWEEN TCP AND HTTP?'],
  ]);
});

describe('a typo in the word that would make a sentence about words (word-topic.ts)', () => {
  served([
    ['How do I sort a dictionary?', 'How do I sort a dictinoary?'],
    ['How do I sort a dictionary by value in Python?', 'How do I sort a dictinoary by value in Python?'],
  ]);
  notServed([
    // Guards: the sentence is about words beside the typo, or the cue holds the word as its slot.
    ['How do you spell receive?', 'How do you spell recieve?'],
    ['Is evident the same as evidence?', 'Is obvious the same as evidence?'],
    // Guard: the cue's other number is another question (a last review).
    ['Synonyms for big', 'Synonym for big'],
  ]);
});


describe('one thing at hand or several, picked out by "the": an attachment, a part of it or an ordinal (noun-number.ts)', () => {
  notServed([
    ["What's in the attachment?", "What's in the attachments?"],
    ['Extract the text from the photo', 'Extract the text from the photos'],
    ['Tell me more about the second option', 'Tell me more about the second options'],
    ['Tell me more about the error in the screenshot', 'Tell me more about the errors in the screenshot'],
    ['Tell me more about the paragraph in the image', 'Tell me more about the paragraphs in the image'],
  ]);
  // Guard: a kind, not the one at hand.
  served([['How do I water the plant?', 'How do I water the plants?']]);
});

describe('an emoji that says what a request is to fit: a mood, a colour, the cold (structural-verifier.ts)', () => {
  notServed([
    ['Recommend a movie for how I feel 😭', 'Recommend a movie for how I feel'],
    ['Describe my mood 😡', 'Describe my mood'],
    ['Suggest a paint color for my bedroom 💚', 'Suggest a paint color for my bedroom'],
    ['Suggest an outfit for today 🥶', 'Suggest an outfit for today'],
    ['Recommend a gift for my friend 💔', 'Recommend a gift for my friend'],
  ]);
  // Guards: a face of tone after a question or a request for text that no state fits.
  served([
    ['How do I stop procrastinating 😩', 'How do I stop procrastinating'],
    ['My boss seems annoyed. What should I do? 😢', 'My boss seems annoyed. What should I do?'],
  ]);
});

describe('a question mark on a statement that another sentence of the text asks about (question-mark.ts)', () => {
  notServed([
    ['Status update from Priya: Vendor contract signed. Budget approved. Launch date June 17. Has the budget been approved?', 'Status update from Priya: Vendor contract signed. Budget approved? Launch date June 17. Has the budget been approved?'],
    ["Chat log: Alice: the deploy to production is done. Bob: ok, I'll tell the client. Is the deploy done?", "Chat log: Alice: the deploy to production is done? Bob: ok, I'll tell the client. Is the deploy done?"],
    ['Here is my lab report summary. Sample A reacted with the acid. Sample B did not react. Which samples reacted?', 'Here is my lab report summary. Sample A reacted with the acid. Sample B did not react? Which samples reacted?'],
    ['Has the budget been approved?\n\nParking lot closed for repairs. Budget approved. Coffee machine still broken.', 'Has the budget been approved?\n\nParking lot closed for repairs. Budget approved? Coffee machine still broken.'],
  ]);
  // Guard: a stray mark in the asker's own account that the question names nothing of.
  served([['It says permission denied? Any ideas?', 'It says permission denied. Any ideas?']]);
});

describe('a trailing tab that closes an empty field of tab-separated data (structural-verifier.ts, normalise-text.ts)', () => {
  notServed([
    ['How many fields are in this TSV line: a\tb\t', 'How many fields are in this TSV line: a\tb'],
    ['How many columns does this tab-separated row have?\nname\tage\t', 'How many columns does this tab-separated row have?\nname\tage'],
  ]);
});
