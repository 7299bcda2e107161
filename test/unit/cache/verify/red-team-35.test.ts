import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 29: a red team writing must-miss pairs category by category (836 pairs) found one mechanism served, in 136
 * pairs: a quotation the tokenizer did not see as one, whose words were then read as prose, its courtesies set aside
 * and its synonyms, plurals, spellings and numbers accepted — where the quoted words are the question. A single
 * quotation with an apostrophe inside ("'sorry, I'm late'": the apostrophe closed it), marks that do not match
 * ("“please advise\"", "'my car’"), German ‚ ‘; and texts marked off by emphasis or brackets in an operation on their
 * exact characters (a hash, an encoding, a cipher, a reverse). A second red team, through the proxy: a table whose
 * columns are aligned with spaces, where a value moved to another column (the same words, other spaces). Each
 * not-served pair was `same` on the session's start (a16ea68); the served pairs are neighbours the fix must keep.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a quotation the tokenizer did not see as one', () => {
  notServed([
    ["What's the Japanese for 'sorry, I don't understand'?", "What's the Japanese for 'I don't understand'?"],
    ["How do you say 'thanks, I'm fine' in Italian?", "How do you say 'I'm fine' in Italian?"],
    ["How many syllables are in 'sorry, I'm late'?", "How many syllables are in 'I'm late'?"],
    ["How do you say 'sorry, I can't come' in Korean?", "How do you say 'I can't come' in Korean?"],
    ["How do you say 'hello, I'm lost' in Japanese?", "How do you say 'I'm lost' in Japanese?"],
    ["How do you say 'thanks, I'm just looking' in Italian?", "How do you say 'I'm just looking' in Italian?"],
    ["Is 'sorry, I'm busy' a good reply to my ex?", "Is 'I'm busy' a good reply to my ex?"],
    ["Reverse the string 'thanks, I'm here'", "Reverse the string 'I'm here'"],
    ["Does 'sorry, I'm taken' sound rude on a dating app?", "Does 'I'm taken' sound rude on a dating app?"],
    ["How do you say 'thanks a lot, it's perfect' in Japanese?", "How do you say 'it's perfect' in Japanese?"],
    ["How do you say 'I can't come, thanks' in Japanese?", "How do you say 'I can't come' in Japanese?"],
    ["How do you say 'thanks, that's enough' in Japanese?", "How do you say 'that's enough' in Japanese?"],
    ["How do you say 'oh sorry, I'm late' in Japanese?", "How do you say 'oh, I'm late' in Japanese?"],
    ["How do you say 'thank you, I'm full' in Japanese?", "How do you say 'please, I'm full' in Japanese?"],
    ["The waiter said 'sorry, we're out of fish'. What's the tip etiquette?", "The waiter said 'we're out of fish'. What's the tip etiquette?"],
    ["What tone does 'thanks, I'm aware' have?", "What tone does 'I'm aware' have?"],
    ["Should my out-of-office say 'thanks, I'm away until Monday'?", "Should my out-of-office say 'I'm away until Monday'?"],
    ["What's the MD5 of 'sorry, I'm late'?", "What's the MD5 of 'I'm late'?"],
    ["Is 'thanks, it's fine' passive aggressive?", "Is 'it's fine' passive aggressive?"],
    ["Translate 'much appreciated, you're a star' into French.", "Translate 'you're a star' into French."],
    ["What does 'it's over...' mean in a text from my girlfriend?", "What does 'it's over' mean in a text from my girlfriend?"],
    ["Is 'hey, what's up' a good opener on Tinder?", "Is 'what's up' a good opener on Tinder?"],
    ["Is 'sorry, I'm an idiot' a good apology?", "Is 'I'm an idiot' a good apology?"],
    ["What's the best reply to 'hey, how's it going'?", "What's the best reply to 'how's it going'?"],
    ["What does it mean when a guy says 'sorry, I'm bad at texting'?", "What does it mean when a guy says 'I'm bad at texting'?"],
    ["When a Brit says 'cheers, that's lovely' are they being sarcastic?", "When a Brit says 'that's lovely' are they being sarcastic?"],
    ["Reverse the string 'I'm buying a car'", "Reverse the string 'I'm buying cars'"],
    ["What's the length of the string 'it's a big dog'", "What's the length of the string 'it's a large dog'"],
    ["Reverse the string 'what's your favourite colour'", "Reverse the string 'what's your favorite color'"],
    ["What's the SHA-256 hash of 'I'm buying a car'?", "What's the SHA-256 hash of 'I'm buying cars'?"],
    ["What's the SHA-256 hash of 'my neighbour's colour'?", "What's the SHA-256 hash of 'my neighbor's color'?"],
    ["How many bytes is 'I'm buying a car' in UTF-8?", "How many bytes is 'I'm buying cars' in UTF-8?"],
    ["What's the ROT13 of 'don't start'?", "What's the ROT13 of 'don't begin'?"],
    ["How do you say ‚thanks, see you soon‘ in French?", "How do you say ‚see you soon‘ in French?"],
    ["What's the SHA-256 of ‚a big car‘?", "What's the SHA-256 of ‚a large car‘?"],
    ["Reverse the string ‚my car‘", "Reverse the string ‚my cars‘"],
    ["How do you say *thanks, see you soon* in French?", "How do you say *see you soon* in French?"],
    ["What's the SHA-256 of *a big car*?", "What's the SHA-256 of *a large car*?"],
    ["Reverse the string *my car*", "Reverse the string *my cars*"],
    ["What's the SHA-256 of _a big car_?", "What's the SHA-256 of _a large car_?"],
    ["What's the SHA-256 of (a big car)?", "What's the SHA-256 of (a large car)?"],
    ["Reverse the string (my car)", "Reverse the string (my cars)"],
    ["What's the SHA-256 of [a big car]?", "What's the SHA-256 of [a large car]?"],
    ["Reverse the string [my car]", "Reverse the string [my cars]"],
    ["How do you say <thanks, see you soon> in French?", "How do you say <see you soon> in French?"],
    ["What's the SHA-256 of <a big car>?", "What's the SHA-256 of <a large car>?"],
    ["Reverse the string <my car>", "Reverse the string <my cars>"],
    ["How do you say “thanks, see you soon\" in French?", "How do you say “see you soon\" in French?"],
    ["What's the SHA-256 of “a big car\"?", "What's the SHA-256 of “a large car\"?"],
    ["Reverse the string “my car\"", "Reverse the string “my cars\""],
    ["How do you say 'thanks, see you soon’ in French?", "How do you say 'see you soon’ in French?"],
    ["What's the SHA-256 of 'a big car’?", "What's the SHA-256 of 'a large car’?"],
    ["Reverse the string 'my car’", "Reverse the string 'my cars’"],
    ["How do you say ‘thanks, see you soon' in French?", "How do you say ‘see you soon' in French?"],
    ["What's the SHA-256 of ‘a big car'?", "What's the SHA-256 of ‘a large car'?"],
    ["Reverse the string ‘my car'", "Reverse the string ‘my cars'"],
    ["How do you say “sorry for the delay\" in German?", "How do you say “for the delay\" in German?"],
    ["Translate “please close the door\" into Spanish.", "Translate “close the door\" into Spanish."],
    ["What does “thanks, noted\" mean in a work email?", "What does “noted\" mean in a work email?"],
    ["Is “please advise\" rude in an email?", "Is “advise\" rude in an email?"],
    ["What's the MD5 of “my colour\"?", "What's the MD5 of “my color\"?"],
    ["How do you say ‘good morning, teacher' in Korean?", "How do you say ‘teacher' in Korean?"],
    ["What's the base64 of ‘a big secret'?", "What's the base64 of ‘a large secret'?"],
    ["How do you say *please help me* in Italian?", "How do you say *help me* in Italian?"],
    ["Reverse *my two cats*", "Reverse *my 2 cats*"],
    ["What's the hex encoding of [a colour]?", "What's the hex encoding of [a color]?"],
    ["How do you say ‚thanks, neighbour‘ in Dutch?", "How do you say ‚neighbour‘ in Dutch?"],
    ["Make my Discord bot reply 'thanks, I'm on it' to !help", "Make my Discord bot reply 'I'm on it' to !help"],
    ["What's the MD5 hash of the text my big car?", "What's the MD5 hash of the text my large car?"],
  ]);
  served([
    ["How do you say 'I'm hungry' in French?", 'How do you say "I\'m hungry" in French?'],
    ["What does 'it's giving' mean?", 'What does “it’s giving” mean?'],
    ["What's the meaning of the phrase 'I'm all ears'?", "What's the meaning of the phrase ‘I’m all ears’?"],
    ['What does “please advise" mean?', 'What does "please advise" mean?'],
    ["Please translate 'I'm tired' to Spanish", "Translate 'I'm tired' to Spanish"],
    ["Why does my code print 'it's done' twice?", "Why does my code print 'it's done' twice"],
    ["Is it rude to say 'I'm busy' to my boss?", "is it rude to say 'I'm busy' to my boss"],
    ['How many letters are in the English alphabet?', 'how many letters are in the english alphabet'],
    ['How do I encode a file in base64 in Python?', 'How do I encode a file in base64 in Python'],
    // A review (session 29): questions about hashing and encoding, not operations on a text.
    ['What is the MD5 hash of an empty string?', "What's the MD5 hash of an empty string?"],
    ['How do I compute the SHA256 hash of a string in Java?', 'How can I compute the SHA256 hash of a string in Java?'],
  ]);
});

describe('marks that close as they open (a review, session 29)', () => {
  notServed([
    ['How do you say ”thanks, see you soon” in French?', 'How do you say ”see you soon” in French?'],
    ['How do you say ＂thanks, see you soon＂ in French?', 'How do you say ＂see you soon＂ in French?'],
    ['How do you say »thanks, see you soon» in French?', 'How do you say »see you soon» in French?'],
    ['How do you say 〝sorry, I am late〞 in Japanese?', 'How do you say 〝I am late〞 in Japanese?'],
  ]);
});

describe('columns aligned with spaces', () => {
  const report = (northwind: string, contoso: string) =>
    `Delivery report, Q3.\nSupplier          On time   Late\nNorthwind${northwind}14\nContoso${contoso}9\nWhich supplier delivered late most often this quarter?`;
  const roster = (bob: string, alice: string) => `Roster for Monday\nName     Onsite   Remote\nBob${bob}yes\nAlice${alice}yes\nWho is working onsite?`;
  notServed([
    [report(' '.repeat(9), ' '.repeat(21)), report(' '.repeat(19), ' '.repeat(11))],
    [roster(' '.repeat(6), ' '.repeat(13)), roster(' '.repeat(15), ' '.repeat(4))],
    // No-break spaces, as a table pasted from a web page or a PDF has them (a review, session 29).
    [roster('\u00a0'.repeat(6), '\u00a0'.repeat(13)), roster('\u00a0'.repeat(15), '\u00a0'.repeat(4))],
    ['NAME      READY   STATUS    RESTARTS   AGE\napi-7f9   1/1     Running   3          2d\nWhich pod restarted most?', 'NAME      READY   STATUS    RESTARTS   AGE\napi-7f9   1/1     Running              3 2d\nWhich pod restarted most?'],
  ]);
  served([
    [`Please summarise this.\nThe meeting  went well.\nWe agreed  on the budget.`, `Summarise this.\nThe meeting  went well.\nWe agreed  on the budget.`],
    [report(' '.repeat(9), ' '.repeat(21)), `${report(' '.repeat(9), ' '.repeat(21))} Thanks!`],
    // Two spaces after a full stop are a typing habit, not columns (a review, session 29).
    ['Meeting notes.  Budget approved.\nHiring freeze lifted.  Two new roles.\nWhat are the action items?', 'Meeting notes. Budget approved.\nHiring freeze lifted. Two new roles.\nWhat are the action items?'],
  ]);
});

describe('a courtesy after the question mark, typed in lowercase (a near-duplicate helper, session 29)', () => {
  // Not after a question that points at wording, where "please" may be what is asked about (a review).
  notServed([
    ['What does this abbreviation mean? pls', 'What does this abbreviation mean?'],
    ['Translate to Spanish? please', 'Translate to Spanish?'],
  ]);
  served([
    ['How do I cancel my subscription?', 'How do I cancel my subscription? pls'],
    ['What is machine learning?', 'What is machine learning? please'],
    ['How do I reset my password?', 'How do I reset my password? plz'],
  ]);
});

describe('a word that only opens what is said, with a comma, at the start (a near-duplicate helper, session 29)', () => {
  served([
    ['How do I undo the last commit in git?', 'Um, how do I undo the last commit in git?'],
    ['How long should I boil an egg for a soft yolk?', 'Okay, how long should I boil an egg for a soft yolk?'],
    ['Why was my card declined?', 'Well, why was my card declined?'],
    ['How do I cancel my subscription?', 'Hi, so, how do I cancel my subscription?'],
    ['What can I use instead of buttermilk?', 'Basically, what can I use instead of buttermilk?'],
  ]);
  notServed([
    ['What?', 'So, what?'],
    // A review (session 29): the first of a list, the word asked about, a word the rest points back at.
    ['Well, good, fine: which of these is an adverb?', 'Good, fine: which of these is an adverb?'],
    ['Right, wrong, or neither: is lying to protect a friend ethical?', 'Wrong, or neither: is lying to protect a friend ethical?'],
    ['Also, can I start a sentence with this word?', 'Can I start a sentence with this word?'],
    ['Okay, what does it mean in texting?', 'What does it mean in texting?'],
    ['Well, done or rare: which is safer for steak?', 'Done or rare: which is safer for steak?'],
    ['Is well water safe to drink?', 'Well, is water safe to drink?'],
    ['The answer is complicated, right?', 'The answer is, well, complicated, right?'],
    ['Can you say um in a speech?', 'Um, can you say in a speech?'],
  ]);
});

// A red team on prompts that are not (only) English (session 29): 181 real wrong answers, nearly all one mechanism —
// a word of another language the English lexicon does not know, one slip from an English word, accepted as its typo.
describe('a word of another language taken for a typo of an English word', () => {
  notServed([
    ['¿Qué es el bario?', '¿Qué es el barrio?'],
    ['¿Qué es un cerdo?', '¿Qué es un credo?'],
    ['¿Qué es la papila?', '¿Qué es la papilla?'],
    ['¿Qué es un contrato?', '¿Qué es un contralto?'],
    ["Qu'est-ce qu'un coussin ?", "Qu'est-ce qu'un cousin ?"],
    ["Qu'est-ce qu'un cancre ?", "Qu'est-ce qu'un cancer ?"],
    ['Des poissons pour mon chat', 'Des poisons pour mon chat'],
    ['Un coussin pour mon chat', 'Un cousin pour mon chat'],
    ['Is coussin a masculine noun?', 'Is cousin a masculine noun?'],
    ["What's the gender of bario?", "What's the gender of barrio?"],
    // A review: the word used in a sentence.
    ['How do you use coussin in a French sentence?', 'How do you use cousin in a French sentence?'],
    ['example sentence with coussin', 'example sentence with cousin'],
  ]);
  served([
    ['How do I recieve a package at the post office?', 'How do I receive a package at the post office?'],
    ['What is the diffrence between a virus and bacteria?', 'What is the difference between a virus and bacteria?'],
  ]);
});

describe('whom one speaks to, after a comma, before a French spaced mark (the same red team)', () => {
  notServed([
    ['On mange, les enfants !', 'On mange les enfants !'],
    ['On attend, les filles !', 'On attend les filles !'],
  ]);
  // A determiner before whom one speaks to is left (a review: ", my friend" and ", the movie" are mostly the same).
  served([
    ['How are you, my friend?', 'How are you my friend?'],
    ['Explain the plot of Titanic, the movie.', 'Explain the plot of Titanic the movie.'],
  ]);
});

// A review of the quotation fix (session 29): quote marks typed as they come — closing as they open, mismatched,
// unclosed, LaTeX's, primes — and emphasis marks around a courtesy or a text to hash.
describe('quote and emphasis marks as they are typed', () => {
  notServed([
    ["How do you say ”thanks, see you soon” in French?", "How do you say ”see you soon” in French?"],
    ["What's the SHA-256 of “a big car“?", "What's the SHA-256 of “a large car“?"],
    ["Translate \"please close the door“ into Spanish.", "Translate \"close the door“ into Spanish."],
    ["How do you say ‛thanks, see you soon’ in French?", "How do you say ‛see you soon’ in French?"],
    ["What's the SHA-256 of ＂a big car＂?", "What's the SHA-256 of ＂a large car＂?"],
    ["Translate 〝please close the door〞 into Spanish.", "Translate 〝close the door〞 into Spanish."],
    ["Translate `please close the door' into Spanish.", "Translate `close the door' into Spanish."],
    ["How do you say ′thanks, see you soon′ in French?", "How do you say ′see you soon′ in French?"],
    ["What's the SHA-256 of »a big car»?", "What's the SHA-256 of »a large car»?"],
    ["Translate «please close the door« into Spanish.", "Translate «close the door« into Spanish."],
    ["What's the MD5 of 'James' big car'?", "What's the MD5 of 'James' large car'?"],
    ["French for *thanks, see you soon*?", "French for *see you soon*?"],
    ["What's **thank you, my friend** in German?", "What's **my friend** in German?"],
    ["Translate [please close the door] into Spanish", "Translate [close the door] into Spanish"],
    ["How do you say ~thanks, see you soon~ in French?", "How do you say ~see you soon~ in French?"],
    ["How would I phrase ~sorry, I'm late~ in Italian?", "How would I phrase ~I'm late~ in Italian?"],
    ["French for |thanks, see you soon|?", "French for |see you soon|?"],
    ["Translate +please close the door+ into Spanish", "Translate +close the door+ into Spanish"],
    ["How do you say ^thanks, see you soon^ in French?", "How do you say ^see you soon^ in French?"],
    ["How would I phrase ^sorry, I'm late^ in Italian?", "How would I phrase ^I'm late^ in Italian?"],
    ["How would I phrase — sorry, I'm late in Italian?", "How would I phrase — I'm late in Italian?"],
    ["French for \\thanks, see you soon\\?", "French for \\see you soon\\?"],
    ["How do you say \"thanks, see you soon in French?", "How do you say \"see you soon in French?"],
    ["How do you say “thanks, see you soon’ in French?", "How do you say “see you soon’ in French?"],
    ["What's the SHA-256 of 'my big car?", "What's the SHA-256 of 'my large car?"],
  ]);
});
