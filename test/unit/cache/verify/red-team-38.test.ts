import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 32: a red team on prompts that share a long context but ask different things (13,450 generated pairs)
 * found three ways a wrong answer was served: a noun's number changed in the question about a passage that names
 * the thing ("Who is responsible for the bug?" / "… the bugs?" after three bugs), a noun's number changed in a
 * first-person sentence of a passage, and a comma that sets off a reported speaker or a role. A review of the
 * session's rules (4,377 pairs) found their first versions refused everyday near-duplicates; those are the served
 * pairs added here and below ("I told Sarah(,) Grandma is coming", "How can you tell if an egg is bad?", "a Mac vs a
 * PC", "in python how do i upload a file to OneDrive", "i'm 25. my boyfriend …", "the main purpose" / "the chief
 * purpose"). Each
 * not-served pair was `same` on the session's start (f222d7b); the served pairs are near-duplicates the rules must
 * leave alone. Stored text first, as the proxy reads it.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

const BUGS = 'This quarter Maple & Finch Law tracked three bugs. The Porto bug was reported on 18 July 2027, and it affects 323 users. The legacy bug was reported on 19 November 2025, and it affects 742 users. David Reyes is responsible for the Porto bug; Lukas Okafor handles the other two.';
const RECORDS = 'The intranet was migrated to a new provider in July 2015, causing 7 hours of downtime. The legal team uses a ticketing system that closed 6658 tickets over the last quarter. The company policy requires expense reports to be filed within 39 days of travel.';

describe("a noun's number in a question about a passage that names it", () => {
  notServed([
    [`Context: ${BUGS} Question: Who is responsible for the bug?`, `Context: ${BUGS} Question: Who is responsible for the bugs?`],
    [`Use the following context to answer.\nContext:\n${BUGS}\nQuestion: When was the bug reported?`, `Use the following context to answer.\nContext:\n${BUGS}\nQuestion: When were the bugs reported?`],
    ['Auditors flagged three invoices from the Bilbao office in November 2021. Marcus Okafor earned a bonus of 157 dollars. What did the auditors say about the invoices?', 'Auditors flagged three invoices from the Bilbao office in November 2021. Marcus Okafor earned a bonus of 157 dollars. What did the auditors say about the invoice?'],
    ['Question: When was the platform launched?\nAnswer using only the context below.\nContext:\nThe Juniper platform launched in November 2013; the Fable platform launched in 2015.', 'Question: When were the platforms launched?\nAnswer using only the context below.\nContext:\nThe Juniper platform launched in November 2013; the Fable platform launched in 2015.'],
  ]);
  served([
    ['How do cats purr?', 'How does a cat purr?'],
    ['My cat is ten years old. How do cats purr?', 'My cat is ten years old. How does a cat purr?'],
    ['My curl command hangs. How do I debug it?', 'My curl commands hang. How do I debug it?'],
    ['My cat keeps scratching the couch. How do I stop my cat from scratching?', 'My cat keeps scratching the couch. How do I stop my cats from scratching?'],
    [`Context: ${BUGS} Question: Who is responsible for the bug?`, `Context: ${BUGS} Question: who is responsible for the bug??`],
  ]);
});

describe("a noun's number in a first-person sentence of a passage", () => {
  notServed([
    [`${RECORDS} I cancelled the courses for the Aarhus site. Question: What refunds should I expect?`, `${RECORDS} I cancelled the course for the Aarhus site. Question: What refunds should I expect?`],
    [`${RECORDS} We signed the contracts with Ferro Motors last week. What obligations do we now have?`, `${RECORDS} We signed the contract with Ferro Motors last week. What obligations do we now have?`],
  ]);
  served([
    ["I'm 35 and have 2 kids. What are good life insurance options?", "I'm 35 and have 2 kids. What is a good life insurance option?"],
    [`${RECORDS} I cancelled the courses for the Aarhus site. Question: What refunds should I expect?`, `${RECORDS} I cancelled the courses for the Aarhus site. Question: what refunds should I expect`],
  ]);
});

describe('a comma that sets off a reported speaker, the one told or a role', () => {
  notServed([
    [`Rafael Nair, claimed Priya Kowalski, was absent on Monday. ${RECORDS} Who was absent on Monday?`, `Rafael Nair claimed Priya Kowalski was absent on Monday. ${RECORDS} Who was absent on Monday?`],
    ['The manager, said Tom, is leaving. Who is leaving?', 'The manager said Tom is leaving. Who is leaving?'],
    ['The invitation went to Priya Keller, the manager, and Ingrid Petrov. How many people were invited?', 'The invitation went to Priya Keller, the manager and Ingrid Petrov. How many people were invited?'],
    ['How many signatories are there? The contract names Leila Reyes, the treasurer, and Alice Lindqvist as signatories.', 'How many signatories are there? The contract names Leila Reyes, the treasurer and Alice Lindqvist as signatories.'],
  ]);
  served([
    ['He said, the plan failed. Why?', 'He said the plan failed. Why?'],
    ['I invited Ann, Bob, and Carol. Write an invitation.', 'I invited Ann, Bob and Carol. Write an invitation.'],
    ['I told my boss, I would quit. What now?', 'I told my boss I would quit. What now?'],
    ['I told Sarah Grandma is coming home late. How do I apologise?', 'I told Sarah, Grandma is coming home late. How do I apologise?'],
    ['I called the airline, asked for a refund, and they said no. What now?', 'I called the airline asked for a refund and they said no. What now?'],
    ['I packed, said goodbye and left. Write this as a poem.', 'I packed said goodbye and left. Write this as a poem.'],
  ]);
});

/**
 * A red team on small words (28,698 generated pairs) found two keys that merged what differs: "how can" read as
 * "how do" where the question asks an opinion, how one looks, or disbelieves, and "vs" read as "or" where the pair
 * is one title or match.
 */
describe('"how can" against "how do" where the question asks an opinion or disbelieves', () => {
  notServed([
    ['How do you like your steak cooked?', 'How can you like your steak cooked?'],
    ['How do I look in this photo for my dating profile?', 'How can I look in this photo for my dating profile?'],
    ['How do I look in a navy suit with brown shoes?', 'How to look in a navy suit with brown shoes?'],
    ['How do we feel about the new logo? Write a Slack poll.', 'How can we feel about the new logo? Write a Slack poll.'],
    ["How do I compare with other applicants who have a master's degree?", "How can I compare with other applicants who have a master's degree?"],
  ]);
  served([
    ['How do I reverse a list in Python?', 'How can I reverse a list in Python?'],
    ['How do I look up a word in a dictionary?', 'How can I look up a word in a dictionary?'],
    ['How do I find my IP address?', 'How to find my IP address?'],
    ['How do you tell if an egg is bad?', 'How can you tell if an egg is bad?'],
    ['How do I view my browser history in Chrome?', 'How can I view my browser history in Chrome?'],
    ['How do I appear offline on Microsoft Teams?', 'How to appear offline on Microsoft Teams?'],
    ['How do I look taller in photos?', 'How can I look taller in photos?'],
    ['How do I feel better after a breakup?', 'How can I feel better after a breakup?'],
  ]);
});

describe('"vs" against "or" where the pair is one title or match', () => {
  notServed([
    ['Which channel shows the Lakers vs Celtics game tonight?', 'Which channel shows the Lakers or Celtics game tonight?'],
    ['Which streaming service has Godzilla vs Kong?', 'Which streaming service has Godzilla or Kong?'],
    ['Should I watch Alien vs Predator tonight, or is it worth skipping?', 'Should I watch Alien or Predator tonight, or is it worth skipping?'],
    ["What's the best scene in Alien vs Predator? Which one do you like?", "What's the best scene in Alien or Predator? Which one do you like?"],
  ]);
  served([
    ['iPhone vs Android, which is better?', 'iPhone or Android, which is better?'],
    ['Which is better for gaming: PS5 vs Xbox?', 'Which is better for gaming: PS5 or Xbox?'],
    ['Should I buy a Mac or a PC for college?', 'Should I buy a Mac vs a PC for college?'],
    ['React vs Vue performance: which is better?', 'React or Vue performance: which is better?'],
  ]);
});

/**
 * A red team on technical prompts (30,613 generated pairs; SQL, regex, shell, git, versions, types, units and code
 * with one token changed held at 0 served) found these served: a name of code in camel case or a date format's
 * capitals against a text typed all in lowercase, marks of code typed in prose without backticks (a point after a
 * whole number, a comma between names of code or HTML tags, a statement's semicolon), a quotation mark around one
 * character in C or Rust named in lowercase, both forms of a word set side by side, and a synonym inside a term of
 * computing.
 */
describe('the case of a name of code against a text typed in lowercase', () => {
  notServed([
    ["in go why can't i call NewClient from another package", "in go why can't i call newclient from another package"],
    ['postgres says column OrderID does not exist, why', 'postgres says column orderid does not exist, why'],
    ['in java what does YYYY mean in a date format', 'in java what does yyyy mean in a date format'],
    ['in java what is the default value of a Boolean field', 'in java what is the default value of a boolean field'],
    ['in go does Println write to stdout or stderr', 'in go does println write to stdout or stderr'],
  ]);
  served([
    ['how do i use ChatGPT for emails', 'how do i use chatgpt for emails'],
    ['why is my YouTube video blurry', 'why is my youtube video blurry'],
    ['what is a WhatsApp-style chat app', 'what is a whatsapp-style chat app'],
    ['in python how do i upload a file to OneDrive', 'in python how do i upload a file to onedrive'],
    ['is there a show called TikTok for toddlers', 'is there a show called tiktok for toddlers'],
    ['what does EEE mean for shoe width', 'what does eee mean for shoe width'],
  ]);
});

describe('marks of code typed in prose', () => {
  notServed([
    ['Is 3. a float in Python?', 'Is 3 a float in Python?'],
    ['Why does 7. / 2 give a float in Python 2?', 'Why does 7 / 2 give a float in Python 2?'],
    ['What does ORDER BY last_name, first_name do?', 'What does ORDER BY last_name first_name do?'],
    ['What do created_at, updated_at store?', 'What do created_at updated_at store?'],
    ['How does div, p work in css', 'How does div p work in css'],
    ['What does a; b do?', 'What does a b do?'],
    ["in c, what is the type of 'a'?", 'in c, what is the type of "a"?'],
    ["c: why does \"x\" not compile when assigned to a char", "c: why does 'x' not compile when assigned to a char"],
  ]);
  served([
    ['HPI: 45-year-old woman with sore throat for 4 days. Denies fever. Chills and cough for 3 days.\n\nDoes the patient have a cough?', 'HPI: 45-year-old woman with sore throat for 4 days. Denies fever; chills and cough for 3 days.\n\nDoes the patient have a cough?'],
    ['I like cats, dogs and birds. Write a poem.', 'I like cats dogs and birds. Write a poem.'],
    ['In Python, how do I reverse a list?', 'In Python how do I reverse a list?'],
    ['The answer is 3. Why?', 'The answer is 3, why?'],
    ["i'm 25. my boyfriend is 30. is that a big gap?", "i'm 25, my boyfriend is 30. is that a big gap?"],
    ['I love my job; my boss is great. How do I ask for a raise?', 'I love my job, my boss is great. How do I ask for a raise?'],
    ["in c major, what does 'a' mean on a chord chart?", 'in c major, what does "a" mean on a chord chart?'],
  ]);
});

describe('both forms of a word set side by side, and a synonym inside a term of computing', () => {
  notServed([
    ['In Go, bytes or byte: which one do I want?', 'In Go, byte or byte: which one do I want?'],
    ['What does quick sort do?', 'What does fast sort do?'],
    ['Is a child process killed when the parent dies in Node.js?', 'Is a kid process killed when the parent dies in Node.js?'],
    ['How do I delete the main branch in git?', 'How do I delete the chief branch in git?'],
    ['Explain big endian byte order', 'Explain large endian byte order'],
    ['How do I style a child selector in CSS?', 'How do I style a kid selector in CSS?'],
  ]);
  served([
    ['How do I select a large file in the terminal?', 'How do I choose a big file in the terminal?'],
    ['How do I fix a flat tire on my bike?', 'How do I repair a flat tire on my bike?'],
    ['What is the main purpose of Docker?', 'What is the chief purpose of Docker?'],
    ['Give me a quick overview of Kubernetes', 'Give me a fast overview of Kubernetes'],
  ]);
});

/**
 * A near-duplicate helper (9,869 generated pairs a user would expect served: 61% were) found rules that refused
 * whole classes for a reason that was not there: a limit on the answer's length read as a question about a text's
 * length, a reported score ("59 out of 100") read as a text graded, an emoji after a question's mark read as the
 * object of its last word, 👍 and an emoji glued to the mark, and one everyday word WordNet lacks ("app", "login")
 * read as jargon that turns typos off. Each served pair here was refused on f222d7b.
 */
describe('near-duplicates refused for a reason that was not there', () => {
  served([
    ['Answer in under 100 words.\nWhat is a monad?', "Answer in under 100 words.\nWhat's a monad?"],
    ['Keep answers under 200 words. Customer message:\nHow do I reset my router?', 'Keep answers under 200 words. Customer message:\nHow do I reset my router? Thanks!'],
    ['Context:\nA customer survey in January rated the Harbor platform 59 out of 100 for ease of use.\nThe Lyon office opened in 2004.\n\nQuestion: When did the Lyon office open?', 'Context:\nA customer survey in January rated the Harbor platform 59 out of 100 for ease of use.\nThe Lyon office opened in 2004.\n\nQuestion: when did the Lyon office open'],
    ['Who should I talk to? 🙂', 'Who should I talk to?'],
    ['Summarize the causes of World War I. 😊', 'Summarize the causes of World War I.'],
    ['Why is the sky blue? 👍', 'Why is the sky blue?'],
    ['How do I stop procrastinating?🙏', 'How do I stop procrastinating?'],
    ['I use my app a lot. What is recursion?', 'I use my app a lot. What is recuursion?'],
    ['I do most of the admin myself. How do I organize my schedule?', 'I do most of the admin myself. How do I organize my schedulle?'],
  ]);
  notServed([
    ['The limit is 27 words.\nIs the bio within it? I love hiking and coffee.', 'The limit is 27 words.\nIs the bio within it? I love hiking and coffe.'],
    ['Rate this essay out of 10:\nThe cat sat on the mat and it was happy.', 'Rate this essay out of 10:\nThe cat sat on the mat, and it was happy.'],
    ['What emotion is 😤', 'What emotion is'],
    ['What is uint in C?', 'What is unit in C?'],
  ]);
});

describe("a noun's number in a question about a passage that names it by a verb, or in pasted text", () => {
  notServed([
    [`${RECORDS} The ticketing system was installed in 2017 after 324 customers complained about delays.\n\nUser question: What were the complaints about?`, `${RECORDS} The ticketing system was installed in 2017 after 324 customers complained about delays.\n\nUser question: What was the complaint about?`],
    ['When did the office open? Here is what I know: Amara Whitfield joined Quillon Insurance in 2009 as a curator in the Krakow office. Nadia Larsen joined two years later and worked in the Porto office until 2015. In 2014, the Krakow office reported revenue of 8 million euros.', 'When did the offices open? Here is what I know: Amara Whitfield joined Quillon Insurance in 2009 as a curator in the Krakow office. Nadia Larsen joined two years later and worked in the Porto office until 2015. In 2014, the Krakow office reported revenue of 8 million euros.'],
  ]);
});

/**
 * A red team on look-alike names (medicines, chemicals, countries, cities, people, software: 0 of the brief's pairs
 * served) found a name against its form with "s" read as a plural: a protocol and its secure form, and plurals that
 * name another thing than their singular.
 */
describe("a protocol's secure form, and plurals that name another thing", () => {
  notServed([
    ['http default port', 'https default port'],
    ['How do I set up ftp on my server?', 'How do I set up ftps on my server?'],
    ['What is media?', 'What is medium?'],
  ]);
  served([
    ['How do cats purr?', 'How does a cat purr?'],
    ['What are the benefits of savings accounts?', 'What are the benefits of a savings account?'],
    ['How do I split the utilities bill with roommates?', 'How do I split the utility bill with roommates?'],
  ]);
});

/**
 * A last sweep of the revised rules (6,275 everyday near-duplicates) found 613 that the session's start served and
 * these rules refused: numbered steps read as numbers' points, abbreviations as code operands before a semicolon, a
 * choice "of renting vs buying" read as a title, "How do you view the commit history?" as an opinion, an Oxford comma
 * after a name as a role's, a story of one kitten as a passage naming several, spaces after a point or a semicolon.
 */
describe('the last sweep: near-duplicates the revised rules serve', () => {
  served([
    ['1. preheat the oven to 180C 2. mix 2 cups flour + 1 cup sugar 3. divide the dough into 2 pans. Is this right?', '1. Preheat the oven to 180C 2. Mix 2 cups flour + 1 cup sugar 3. Divide the dough into 2 pans. Is this right?'],
    ['Step 4. type the code from the email', 'Step 4, type the code from the email'],
    ['I have type 2; can I eat bananas?', 'I have type 2. can I eat bananas?'],
    ['I live in LA; how much should I budget for rent?', 'I live in LA, how much should I budget for rent?'],
    ['Is 3. a float in Python?', 'Is 3.  a float in Python?'],
    ['What does a; b do in C?', 'What does a;  b do in C?'],
    ['Cost of renting vs buying: which makes more sense for me?', 'Cost of renting or buying: which makes more sense for me?'],
    ['Which gives more value in Uber vs Lyft?', 'Which gives more value in Uber or Lyft?'],
    ['How do you view the commit history in git?', 'How can you view the commit history in git?'],
    ['How do you think of a good startup idea?', 'How can you think of a good startup idea?'],
    ['Invite Priya Keller, our CFO, Tom and Mei to the launch party.', 'Invite Priya Keller, our CFO, Tom, and Mei to the launch party.'],
    ['We adopted a kitten last week. How often should we feed the kitten?', 'We adopted a kitten last week. How often should we feed the kittens?'],
    ['In the form, input fields lose focus. Why?', 'In the form input fields lose focus. Why?'],
  ]);
  notServed([
    ['Invite Ann, the manager, and Bob to the launch party.', 'Invite Ann, the manager and Bob to the launch party.'],
    ['How do I style div, p and span the same in css?', 'How do I style div p and span the same in css?'],
    ["What's the best scene in Alien vs Predator?", "What's the best scene in Alien or Predator?"],
  ]);
});

/**
 * The look-alike red team's package names one slip from an English word (1,476 of 4,040 pairs served): in a text of
 * one or two words past function words, a slip in a word of seven letters or fewer is the term asked about, not a
 * typo (undecided: a judge may tell). A longer word's slip and a misspelling the vocabulary knows stay typos.
 */
describe('a slip in the short term a short text asks about', () => {
  notServed([
    ['What is scrapy?', 'What is scrappy?'],
    ['What is gsap?', 'What is gasp?'],
    ['qunit tutorial', 'quint tutorial'],
    ['Is redis free?', 'Is reids free?'],
  ]);
  served([
    ['What is recursion?', 'What is recuursion?'],
    ['What is the government?', 'What is the goverment?'],
    ['How do I cook rice in a pot?', 'How do I cook rcie in a pot?'],
  ]);
});

/**
 * A hostile helper (6,642 variants of the not-served pairs above, typed carelessly) found the marks of code read only
 * when an ASCII mark was followed by exactly one space: a no-break or doubled space, a tab, or a full-width comma or
 * semicolon let "punctuation" explain them again.
 */
describe('marks of code typed with odd spaces or full-width marks', () => {
  notServed([
    ['Is 3.\u00a0a float in Python?', 'Is 3 a float in Python?'],
    ['Is 3.\ta float in Python?', 'Is 3 a float in Python?'],
    ['How  does  div,  p  work  in  css', 'How does div p work in css'],
    ['How do I style div\uff0c p and span the same in css?', 'How do I style div p and span the same in css?'],
    ['What does a\uff1b b do?', 'What does a b do?'],
    ['What does a;\u00a0b do?', 'What does a b do?'],
    ['What does ORDER BY last_name,\u00a0first_name do?', 'What does ORDER BY last_name first_name do?'],
  ]);
});

/**
 * Whether a text speaks of dates' formats was read once per capitalised format code: a text of many "YYYY" against
 * the same typed in lowercase took 66 s at 280 KB (a reread, session 32); it is read once per text now.
 */
describe('a text of many date-format capitals against the same in lowercase', () => {
  const codes = `${'x YYYY '.repeat(40_000)}end`;
  notServed([[codes, `${codes.toLowerCase().slice(0, -3)}fin`]]);
});
