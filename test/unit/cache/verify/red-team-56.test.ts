import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 49: a red team on texts people paste to be judged (a short message beside a question about it), and one on
// small edits that change the answer (a noun's number after a possessive).

describe('a short question about a text\'s form beside the text on its line (text-form-topic.ts asksBareFormQuestionOfText)', () => {
  notServed([
    ['How many sentences? I came. I saw. I won.', 'How many sentences? I came, I saw, I won.'],
    ['How many exclamation marks? Wow! Great!', 'How many exclamation marks? Wow! Great!!'],
    ["Is this a question or a statement? You're coming", "Is this a question or a statement? You're coming?"],
    ['Quick check. Is there a semicolon? She left. He stayed.', 'Quick check. Is there a semicolon? She left; he stayed.'],
    ['Is this punctuated properly? However we left early.', 'Is this punctuated properly? However, we left early.'],
    ['Well I never. Should there be a comma?', 'Well, I never. Should there be a comma?'],
    ['How many words? She will not come', "How many words? She won't come"],
    ['The the cat sat. How many words are there?', 'The cat sat. How many words are there?'],
    ['Is this exactly 4 words? Please come home now', 'Is this exactly 4 words? Come home now'],
    ['Is this alliteration? Big brown bear', 'Is this alliteration? Large brown bear'],
    ['Buy better bread. How many characters?', 'Purchase better bread. How many characters?'],
    ['Is this all caps? THANK YOU', 'Is this all caps? Thank you'],
    ['GOOD MORNING. Is this all caps?', 'Good morning. Is this all caps?'],
    ['How many letters? Thank you', 'How many letters? Thanks'],
    ['What are the initials? Hello', 'What are the initials? Hey'],
    ['Count the commas. We bought eggs, milk, and bread.', 'Count the commas. We bought eggs, milk and bread.'],
    ['Count the syllables. I do not know', "Count the syllables. I don't know"],
    ['Does it end with a period? Hello world', 'Does it end with a period? Hello world.'],
    ['How long is the longest word? We will win', "How long is the longest word? We'll win"],
    ['Oxford comma? We bought eggs, milk, and bread.', 'Oxford comma? We bought eggs, milk and bread.'],
    ['How many chars?\nThe the cat sat.', 'How many chars?\nThe cat sat.'],
    ['¿Cuántas palabras? She will not come', "¿Cuántas palabras? She won't come"],
    ['Is this shouting? GOOD MORNING', 'Is this shouting? Good morning'],
  ]);
  served([
    ["How many words should a cover letter be? I'm applying for a job.", 'How many words should a cover letter be? I am applying for a job.'],
    ["How do I count words in Excel? I'm using Office 365.", 'How do I count words in Excel? I am using Office 365.'],
    ["Is there a comma rule for lists? I'm confused.", 'Is there a comma rule for lists? I am confused.'],
    ['How many words are in the Bible? Just curious.', 'How many words are in the Bible? Just curious!'],
    // A practice asked about, or the answer's own form, not a text (a review of the first version).
    ["Are contractions okay? It's a formal report for work.", 'Are contractions okay? It is a formal report for work.'],
    ['How many words should it be? My teacher didn\'t say.', 'How many words should it be? My teacher did not say.'],
    ['Explain photosynthesis. Make it 100 words.', 'Please explain photosynthesis. Make it 100 words.'],
    // A greeting before the question, the text elsewhere (an over-refusal sweep, session 49).
    ['How many words are in this sentence?\n\nOur meeting is moved to Thursday at 3pm.', 'Hello! How many words are in this sentence?\n\nOur meeting is moved to Thursday at 3pm.'],
    ['How many characters is this tweet? Me and my friend goes to the store yesterday.', 'Hey! How many characters is this tweet? Me and my friend goes to the store yesterday.'],
    ["Write a cover letter for a marketing job. Make it 300 words. I'm a data analyst at Acme.", 'Write a cover letter for a marketing job. Make it 300 words. I am a data analyst at Acme.'],
  ]);
});

describe('a face after a text judged for how its writer feels (pasted-politeness.ts judgesTextAfterQuestion)', () => {
  notServed([
    ['Is the customer happy? Thanks for nothing', 'Is the customer happy? Thanks for nothing 🙂'],
    ['Is the reviewer recommending it? Best customer service ever', 'Is the reviewer recommending it? Best customer service ever 🤬'],
    ['Describe the mood of the writer: Come to my office', 'Describe the mood of the writer: Come to my office 😡'],
    ['Does the client sound satisfied:\n\nGreat job on the launch.', 'Does the client sound satisfied:\n\nGreat job on the launch. 🙄'],
    ['Does she sound upset? Great job on the launch.', 'Does she sound upset? Great job on the launch. 🙄'],
    ['Sentiment? I passed the exam.', 'Sentiment? I passed the exam. 😢'],
    ['Positive, negative or neutral? You did it again', 'Positive, negative or neutral? You did it again 😂'],
    ['Explain how the author feels.\n"Thanks a lot"', 'Explain how the author feels.\n"Thanks a lot" 😒'],
    ['Is the following review positive or negative? I love this phone, the battery lasts all day.', 'Is the following review positive or negative? I love this phone, the battery lasts all day 🙄'],
  ]);
  served([
    ['How do I bake bread? I have flour and yeast', 'How do I bake bread? I have flour and yeast 🙂'],
    ['Who should I talk to?', 'Who should I talk to? 🙂'],
    ['Is my code correct? I think it works', 'Is my code correct? I think it works 😅'],
    ['Summarize the causes of World War I.', 'Summarize the causes of World War I. 😊'],
    // The asker's own face after a question about someone (a review of the first version).
    ['Does she like me? Fingers crossed 😊', 'Does she like me? Fingers crossed'],
    ['My boss seems annoyed. What should I do? 😢', 'My boss seems annoyed. What should I do?'],
    // The asker's sign-off (an over-refusal sweep, session 49).
    ['How do I reply to a customer who is angry about a late order?', 'How do I reply to a customer who is angry about a late order? thx 🙏'],
    ['Is the tone of my cover letter too casual?', 'Is the tone of my cover letter too casual? thank you 😊'],
  ]);
});

describe('a noun\'s number after one owner\'s "\'s", "his", "her", "their", or among people shared with (noun-number.ts picksOut)', () => {
  notServed([
    ["I'm writing a school report. How many acts is Shakespeare's play?", "I'm writing a school report. How many acts are Shakespeare's plays?"],
    ["How much does it cost to replace my car's tire?", "How much does it cost to replace my car's tires?"],
    ["When was Hemingway's novel released? Thanks!", "When were Hemingway's novels released? Thanks!"],
    ["How much does Apple's laptop cost?", "How much do Apple's laptops cost?"],
    ["Describe Jupiter's moon.", "Describe Jupiter's moons."],
    ["Summarize Microsoft's acquisition.", "Summarize Microsoft's acquisitions."],
    ["Who published my favorite author's novel?", "Who published my favorite author's novels?"],
    ['When was his album released?', 'When were his albums released?'],
    ['Summarize her book.', 'Summarize her books.'],
    ['We just moved in together. How should I split rent with my roommate?', 'We just moved in together. How should I split rent with my roommates?'],
    ['How do I divide chores fairly with my housemate?', 'How do I divide chores fairly with my housemates?'],
    ["How much does it cost to pull my son's tooth?", "How much does it cost to pull my son's teeth?"],
    // A review of the first version: a name typed in lowercase, "its".
    ["Summarize tolkien's book", "Summarize tolkien's books"],
    ["How much does netflix's plan cost?", "How much do netflix's plans cost?"],
    ['Name its ingredient.', 'Name its ingredients.'],
  ]);
  served([
    ['How do I stop my cat from scratching the couch?', 'How do I stop my cats from scratching the couch?'],
    ['What does a teacher earn?', 'What do teachers earn?'],
    ["How do I clean my dog's ear?", "How do I clean my dog's ears?"],
  ]);
});

describe('"a" dropped before a noun whose bare form has another common sense (article-rules.ts hasOtherBareSense)', () => {
  notServed([
    ['Can I bring a pot on a plane?', 'Can I bring pot on a plane?'],
    ['Where can I buy a pot in Amsterdam?', 'Where can I buy pot in Amsterdam?'],
    ['Is a crack dangerous?', 'Is crack dangerous?'],
    ['Can a fall affect my allergies?', 'Can fall affect my allergies?'],
    ['Is there a reception at the hotel?', 'Is there reception at the hotel?'],
    ['How can I get a home without a car?', 'How can I get home without a car?'],
    ['Is a duck healthy to eat?', 'Is duck healthy to eat?'],
    ['Can a spring cause hay fever?', 'Can spring cause hay fever?'],
  ]);
  served([
    ['Can I bring a laptop on a plane?', 'Can I bring laptop on a plane?'],
    ['How do I fix a bug in my code?', 'How do I fix bug in my code?'],
    // A review of the first version: a writer who leaves articles out.
    ['How to buy home in California', 'How to buy a home in California'],
    ['How to start company in Germany', 'How to start a company in Germany'],
    ['How to fix crack in wall', 'How to fix a crack in the wall'],
    ['How do I recover from fall on ice?', 'How do I recover from a fall on ice?'],
  ]);
});

describe('the number of things a picture shows (noun-number.ts depictedThing, ADDING_VERBS)', () => {
  notServed([
    ['Generate an image of a horse', 'Generate an image of horses'],
    ['Make a watercolor painting of a dog', 'Make a watercolor painting of dogs'],
    ['Create a sticker of a star.', 'Create a sticker of stars.'],
    ['Write alt text for a photo of a dog', 'Write alt text for a photo of dogs'],
    ['Generate a photorealistic photo of a wolf at sunset.', 'Generate a photorealistic photo of wolves at sunset.'],
    ['Make ASCII art of a sunflower.', 'Make ASCII art of sunflowers.'],
    ['Paint a cloud in the style of Van Gogh', 'Paint clouds in the style of Van Gogh'],
    ['Create a birthday card showing a dragon', 'Create a birthday card showing dragons'],
    // After a request's opening words (a review of the first version).
    ['Can you paint me a horse?', 'Can you paint me horses?'],
    ['Could you sketch a wolf in pencil?', 'Could you sketch wolves in pencil?'],
  ]);
  served([
    ['Generate an image of a horse', 'Please generate an image of a horse.'],
    ['How do I take a photo of the moon?', 'How do I take a photo of the moon'],
  ]);
});

describe('a word a string operation takes as typed (word-topic.ts operandOfStringOperation, caseOfOperatedStringDiffers)', () => {
  notServed([
    ['Grep for government in my logs.', 'Grep for goverment in my logs.'],
    ['Set my Wi-Fi password to chocolate.', 'Set my Wi-Fi password to chocloate.'],
    ['What is the fifth letter of calendar?', 'What is the fifth letter of caendar?'],
    ['Filter the rows where the tag column equals vacuum.', 'Filter the rows where the tag column equals vaucum.'],
    ['Search my files for the string invoices.', 'Search my files for the string invoice.'],
    ['What is the MD5 of token?', 'What is the MD5 of tokens?'],
    ['Create a Slack alert when a message contains travelling.', 'Create a Slack alert when a message contains traveling.'],
    ['Write 3 in all caps.', 'Write three in all caps.'],
    ['What are the ASCII codes of definitely?', 'What are the ASCII codes of defintely?'],
    ['What is theatre in ROT13?', 'What is theater in ROT13?'],
    ['Double every letter in sandwich.', 'Double every letter in sadwich.'],
    ['Hash government using SHA-256', 'Hash goverment using SHA-256'],
    ['SHA-256 hash chocolate for me', 'SHA-256 hash chocolates for me'],
    ['In Excel, use COUNTIF to count cells equal to theater.', 'In Excel, use COUNTIF to count cells equal to theatre.'],
    ['Tiger: write it in ROT13.', 'tiger: write it in ROT13.'],
    ['Dragon: what is its SHA-1 hash?', 'dragon: what is its SHA-1 hash?'],
    // Past 20,000 characters too (a first version gave up there and served it).
    [`${'Some notes about my day. '.repeat(1_000)}\nTiger: write it in ROT13.`, `${'Some notes about my day. '.repeat(1_000)}\ntiger: write it in ROT13.`],
  ]);
  served([
    ['What is the best password manager for families?', 'What is the best password manager for family?'],
    ['How do I reset my password on Gmail?', 'How do I reset my password on gmail?'],
    ['How do binary search trees work?', 'How does a binary search tree work?'],
    ['Does milk contain lactose?', 'Does milk contains lactose?'],
    ['What is the Morse code for SOS?', "What's the Morse code for SOS?"],
    ['What is the hex color for navy blue?', 'What is the hex colour for navy blue?'],
    ['My password must be 8 characters, is that enough?', 'My password must be eight characters, is that enough?'],
    ['Turkey: what is its capital?', 'turkey: what is its capital?'],
    // A review of the first version: an article added or dropped, an account's name, a base, a car rolling backwards.
    ['How to decrypt a PDF with OpenSSL', 'How to decrypt PDF with OpenSSL'],
    ['How to check if a string contains a substring in Java', 'How to check if string contains substring in Java'],
    ['What is the default password for the router?', 'What is the default password for router?'],
    ['How do I reset my password for Netflix?', 'How do I reset my password for netflix?'],
    ['How to convert binary to decimal', 'How to convert binary to deciaml'],
    ['Why is my car rolling backwards?', 'Why is my car roling backwards?'],
    ['Python: best way to store passwords?', 'python: best way to store passwords?'],
    ['Gmail: my login stopped working, how do I fix it?', 'gmail: my login stopped working, how do I fix it?'],
    ['Linux: how do I search case insensitive? I need this for work.', 'linux: how do I search case insensitive? I need this for work.'],
  ]);
});

describe('an answer-shaping phrase moved onto a finite clause of "how" or "what" (clause-move.ts finiteClauseVerb)', () => {
  notServed([
    ['In a formal tone, explain how the support agent should introduce herself.', 'Explain how the support agent should introduce herself in a formal tone.'],
    ['In pirate speak, explain how our CEO would tell the kids about the move.', 'Explain how our CEO would tell the kids about the move in pirate speak.'],
    ['Using emojis, explain how our new intern should describe the product.', 'Explain how our new intern should describe the product using emojis.'],
    ['In a rude way, how could the waiter describe the side effects?', 'How could the waiter describe the side effects in a rude way?'],
    ['In one sentence, what could my sister say to decline the invitation?', 'What could my sister say to decline the invitation in one sentence?'],
  ]);
  served([
    ['In Spanish, how do I say good morning?', 'How do I say good morning in Spanish?'],
    ['In Python, explain how to reverse a list.', 'Explain how to reverse a list in Python.'],
    ['In simple terms, how should I negotiate my salary?', 'How should I negotiate my salary in simple terms?'],
  ]);
});

describe('a third review: a contraction compared as a word, a full stop glued to a word asked about (glued-period.ts)', () => {
  notServed([
    ["What is the difference between its and it's?", 'What is the difference between its and it is?'],
    ["Is they're the same as there?", 'Is they are the same as there?'],
    ["How many apostrophes are in can't and won't?", 'How many apostrophes are in cannot and will not?'],
    ["its vs it's", 'its vs it is'],
    ['Is report. a valid file name on Windows?', 'Is report a valid file name on Windows?'],
    ['Is user@example.com. a valid email?', 'Is user@example.com a valid email?'],
    ['Why does my link https://a.com/page. give a 404?', 'Why does my link https://a.com/page give a 404?'],
    ['In Python, what is the type of 3. ?', 'In Python, what is the type of 3 ?'],
  ]);
  served([
    ["I like cats and I'm happy.", 'I like cats and I am happy.'],
    ["What's the difference between a cat and a dog?", 'What is the difference between a cat and a dog?'],
    ['hi. can you help me', 'hi can you help me'],
  ]);
});

describe('code typed without a fence: a dot as a path, a force-unwrap, the text of markup and config (verify-tokens.ts isPathDots, code-literal-marks.ts)', () => {
  notServed([
    ['What happens if I run rm -rf .', 'What happens if I run rm -rf'],
    ['Is it safe to run chmod -R 777 .', 'Is it safe to run chmod -R 777'],
    ['What happens if I run git checkout .', 'What happens if I run git checkout'],
    ['What happens if I run cp -r ../src .?', 'What happens if I run cp -r ../src?'],
    ['Is it safe to run chown -R www-data .', 'Is it safe to run chown -R www-data'],
    ['What happens if I run grep -rn TODO .', 'What happens if I run grep -rn TODO'],
    ['What happens if I run code .', 'What happens if I run code'],
    ['let n = name! // is this safe?', 'let n = name // is this safe?'],
    ['In Swift, what happens with let n = name!', 'In Swift, what happens with let n = name'],
    ['In Kotlin, what happens with val n = name!!', 'In Kotlin, what happens with val n = name'],
    ["<p>I'm here</p>\n\nWhat's the innerHTML length?", "<p>I am here</p>\n\nWhat's the innerHTML length?"],
    ["<h1>You can't edit this</h1>\n\nWhat is the textContent of h1?", '<h1>You cannot edit this</h1>\n\nWhat is the textContent of h1?'],
    ["[app]\nbanner = We are open\n\nWhat does configparser return for banner?", "[app]\nbanner = We're open\n\nWhat does configparser return for banner?"],
  ]);
  served([
    ['How do I install numpy with pip .', 'How do I install numpy with pip.'],
    ['Explain what git stash does .', 'Explain what git stash does.'],
    ['<p>What is machine learning?</p>', "<p>What's machine learning?</p>"],
    ['Why does this fail? `p->len = 0;`', 'Why does this fail? Thank you! `p->len = 0;`'],
    // A review of the first versions: everyday words, remarks, notes, sentences typed in lowercase.
    ['What time does Walmart open .', 'What time does Walmart open?'],
    ['Tell me about grep .', 'Tell me about grep'],
    ['If x = 5 and y = 10 what is x + y? Thanks!', 'If x = 5 and y = 10 what is x + y? Thanks'],
    ["Note: I'm on a Mac.\nWhat is a Helm chart?", 'Note: I am on a Mac.\nWhat is a Helm chart?'],
    ['Hash Browns Recipe', 'Hash browns recipe'],
    ["Compare RAM and storage and it's for class", 'Compare RAM and storage and it is for class'],
    ['how do i reset my router. i mean really', 'how do i reset my router, i mean really'],
    ['how do i cancel my netflix subscription. asking for a friend', 'how do i cancel my netflix subscription, asking for a friend'],
    ['How many grams is 1 tbsp. of sugar?', 'How many grams is 1 tbsp of sugar?'],
  ]);
});

describe('a break test of the over-refusal fixes: a greeting, a courtesy or a label that is the text asked about', () => {
  notServed([
    ['HELLO! Is the first sentence in all caps?\nthanks', 'Hello! Is the first sentence in all caps?\nthanks'],
    ['Hello! What is the first word of this message?\nthanks', 'Hi! What is the first word of this message?\nthanks'],
    ['Hello! How many exclamation marks are in my message?\nI am happy', 'Hello. How many exclamation marks are in my message?\nI am happy'],
    ['Greetings. Count the words in this line. Greetings', 'Count the words in this line. Greetings'],
    ['Tiger: is it capitalized?', 'tiger: is it capitalized?'],
    ['Monkey: does this password meet the rule of one uppercase letter?', 'monkey: does this password meet the rule of one uppercase letter?'],
    ['Is the user being sarcastic? Thanks! 😂', 'Is the user being sarcastic? Thanks!'],
  ]);
});
