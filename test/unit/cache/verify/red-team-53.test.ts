import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 46: what session 45 left (README, Known limitations), then generated, hand-written and hostile red teams.

describe('"can you" before a request verb asks what is possible when a means is named (prepare-tokens.ts namesMeans)', () => {
  notServed([
    ['Can you compare two strings with == in Java?', 'Compare two strings with == in Java.'],
    ['Can you compare dates with < in SQL?', 'Compare dates with < in SQL.'],
    ['Can you calculate BMI from weight alone?', 'Calculate BMI from weight alone.'],
  ]);
  served([
    ['Can you compare Python with Java?', 'Compare Python with Java.'],
    ['Can you summarize this article using bullet points?', 'Summarize this article using bullet points.'],
    ['Can you calculate the area of a circle from its radius?', 'Calculate the area of a circle from its radius.'],
    ['Can you explain what == does in JavaScript?', 'Explain what == does in JavaScript.'],
    ['Can you explain why some people prefer to live alone?', 'Explain why some people prefer to live alone.'],
  ]);
});

describe('a substance that is also a thing, bare as the subject of "is" before its predicate (article-rules.ts)', () => {
  notServed([
    ['Is a glass recyclable?', 'Is glass recyclable?'],
    ['Is an iron magnetic?', 'Is iron magnetic?'],
    ['Is a paper reliable?', 'Is paper reliable?'],
  ]);
  served([
    ['Is a glass of wine healthy?', 'Is glass of wine healthy?'],
    ['Is a water bottle recyclable?', 'Is water bottle recyclable?'],
    ['Is a banana healthy?', 'Is banana healthy?'],
  ]);
});

describe('"how do I <verb>" asks how one stands where "how can I" and "how to" ask a way (prepare-tokens.ts asksStanding)', () => {
  notServed([
    ['How do I compare to other candidates?', 'How to compare to other candidates?'],
    ['How do I rank among my classmates?', 'How can I rank among my classmates?'],
    ['How do I measure up against the competition?', 'How can I measure up against the competition?'],
    ['How do I stack up against other applicants?', 'How to stack up against other applicants?'],
    ['How do I come across in interviews?', 'How can I come across in interviews?'],
    ['How do I fare in the job market with this degree?', 'How to fare in the job market with this degree?'],
    ['How do I feel?', 'How to feel?'],
    ['How do I know her?', 'How can I know her?'],
    ['How do I smell after the gym?', 'How can I smell after the gym?'],
  ]);
  served([
    ['How do I compare two files in Linux?', 'How can I compare two files in Linux?'],
    ['How do I measure a room?', 'How to measure a room?'],
    ['How do I rank higher on Google?', 'How can I rank higher on Google?'],
    ['How do I know if an egg is bad?', 'How can I know if an egg is bad?'],
    ['How do I feel better after a cold?', 'How can I feel better after a cold?'],
    ['How do I come up with a name?', 'How can I come up with a name?'],
  ]);
});

describe('"into" a language after "translate", and "in"/"with"/"using" the language a how-to is written in (prepare-tokens.ts)', () => {
  served([
    ['Translate this into German: good morning', 'Translate this to German: good morning'],
    ['Translate "good morning" into French', 'Translate "good morning" to French'],
    ['How do I sort a list of dictionaries by a key with Python?', 'How do I sort a list of dictionaries by a key in Python?'],
    ['How do I sort a list with Python?', 'How do I sort a list using Python?'],
    ['Write a function using Python.', 'Write a function in Python.'],
    ['How do I sort a list of numbers with JavaScript?', 'How do I sort a list of numbers in JavaScript?'],
    ['How do I reverse a string with Python? 🤔', 'How do I reverse a string in Python?'],
  ]);
  notServed([
    ['How do I get into Harvard?', 'How do I get to Harvard?'],
    ["What's wrong with Python?", "What's wrong in Python?"],
    ['Replace Python with Rust', 'Replace Python in Rust'],
    ['What jobs can I get with Python?', 'What jobs can I get in Python?'],
    ['How do I get started with Python?', 'How do I get started in Python?'],
    ['How do I sign in with Google?', 'How do I sign in to Google?'],
    ['How do I read a CSV file with pandas?', 'How do I read a CSV file in pandas?'],
    ['How do I call C code with Python?', 'How do I call C code in Python?'],
  ]);
});

const REVIEW = 'Battery life is better than advertised: I usually charge it once every four or five days. My main complaint is the companion app, which logs me out almost every week.\n\nMy partner likes it more than I do, mostly because of the design. Overall I would give it four stars out of five.';

describe('a closing task that names a text an opening line only presents is the prompt, not the text (document-edit.ts, pasted-text.ts)', () => {
  served([
    [`Here is the review:\n\n${REVIEW}\n\nExtract the key points from this review. Format the answer as YAML.`, `Here is the review:\n\n${REVIEW}\n\nExtract the key points from this review. Format the answer as YAML. Thank you.`],
    [`Here is the review.\n\n${REVIEW}\n\nSummarize this review in two sentences. Don't repeat yourself.`, `Here is the review.\n\n${REVIEW}\n\nSummarize this review in two sentences. Don't repeat yourself!`],
    [`Here is the review.\n\n${REVIEW}\n\nRewrite this review in detail.`, `Here is the review.\n\n${REVIEW}\n\nRewrite this review in detail. Cheers!`],
  ]);
  notServed([
    // The review itself still counts, word for word.
    [`Here is the review:\n\n${REVIEW}\n\nExtract the key points from this review.`, `Here is the review:\n\n${REVIEW.replace('four stars', 'three stars')}\n\nExtract the key points from this review.`],
    [`Here is the review.\n\n${REVIEW}\n\nFind the typos in this review.`, `Here is the review.\n\n${REVIEW.replace('usually', 'usualy')}\n\nFind the typos in this review.`],
    // A task that presents and asks at once keeps its text to the end: the last paragraph is the email's.
    ['Proofread the following email:\n\nHi Sam,\n\nThe invoice is attached and due on Friday. Let me know if anything looks wrong.\n\nPlease reply to this email by Friday.', 'Proofread the following email:\n\nHi Sam,\n\nThe invoice is attached and due on Friday. Let me know if anything looks wrong.\n\nPlease reply to this email by Friday!'],
  ]);
});

describe('a time of day greeted before a request to write what someone is greeted with (courtesy.ts WRITES_A_GREETING)', () => {
  notServed([
    ['Good morning! Write a short message to greet my team.', 'Write a short message to greet my team.'],
    ['Good evening! Write an opening line for an email to welcome the new hires.', 'Write an opening line for an email to welcome the new hires.'],
    ['Good afternoon! Write a quick note to say hello to the new hires.', 'Write a quick note to say hello to the new hires.'],
  ]);
  served([
    ['Good morning! What is recursion?', 'What is recursion?'],
    ['Good morning! Can you help me plan a trip to Japan next year?', 'Can you help me plan a trip to Japan next year?'],
    ['Good morning! Explain how a mortgage works.', 'Explain how a mortgage works.'],
  ]);
});

describe('one body part against all of them, one thing found against several, one key against several (noun-number.ts countedByNature)', () => {
  notServed([
    ['Why is my ear ringing after a concert?', 'Why are my ears ringing after a concert?'],
    ['When should I worry about a swollen calf?', 'When should I worry about swollen calves?'],
    ['Why does my tooth hurt when I drink cold water?', 'Why do my teeth hurt when I drink cold water?'],
    ['Is a swollen tonsil a sign of cancer?', 'Are swollen tonsils a sign of cancer?'],
    ['Why is my lymph node swollen on one side?', 'Why are my lymph nodes swollen on one side?'],
    ['I saw a cockroach in my kitchen, do I have an infestation?', 'I saw cockroaches in my kitchen, do I have an infestation?'],
    ['They found a polyp during my colonoscopy, how often should I get checked?', 'They found polyps during my colonoscopy, how often should I get checked?'],
    ['There was a wasp in my attic, how worried should I be?', 'There were wasps in my attic, how worried should I be?'],
    ['How do I group by a column in SQL?', 'How do I group by columns in SQL?'],
    ['How do I sort a dataframe by a column?', 'How do I sort a dataframe by columns?'],
  ]);
  served([
    ['How many calories are in a banana?', 'How many calories are in bananas?'],
    ['How do I cook a steak?', 'How do I cook steaks?'],
    ['How do I treat a blister?', 'How do I treat blisters?'],
  ]);
});

describe('more of what an attack on the acceptances found served (article-rules.ts, symmetric-swap.ts, emoticons.ts, word-topic.ts, classify-difference.ts)', () => {
  notServed([
    // "in heat" is an animal in season.
    ['Can I spay my dog in the heat?', 'Can I spay my dog in heat?'],
    // The first-named side is at home.
    ['Leeds vs Fulham: which stadium?', 'Fulham vs Leeds: which stadium?'],
    ['Arsenal vs Spurs: which kit will Arsenal wear?', 'Spurs vs Arsenal: which kit will Arsenal wear?'],
    // A face is part of what someone answered.
    ['Does my crush like me if she answered ok :)', 'Does my crush like me if she answered ok'],
    ['Is he mad if he answered fine 🙂', 'Is he mad if he answered fine'],
    ['Did my boss approve if she answered noted 👌', 'Did my boss approve if she answered noted'],
    // The word itself is asked about.
    ['Does big come from Old Norse?', 'Does large come from Old Norse?'],
    ['Is couch from the French coucher?', 'Is sofa from the French coucher?'],
    ['Is evident the same as evidence?', 'Is obvious the same as evidence?'],
    ['Is purchase related to chase?', 'Is buy related to chase?'],
    // "g" and "hr" in other senses than grams and hours.
    ['Is an 18 g needle big for a blood draw?', 'Is an 18 gram needle big for a blood draw?'],
    ['Can a fighter pilot survive 9 g?', 'Can a fighter pilot survive 9 grams?'],
    ['My buddy owes me 2 g, how do I ask for it back?', 'My buddy owes me 2 grams, how do I ask for it back?'],
    ['My watch showed 180 hr at rest, is my heart okay?', 'My watch showed 180 hours at rest, is my heart okay?'],
  ]);
  served([
    ['How many calories are in 100 g of rice?', 'How many calories are in 100 grams of rice?'],
    ['Is it safe to leave my dog in the car in hot weather?', 'Is it safe to leave my dog in the car in hot weather'],
    ['How long should I bake chicken for 2 hr?', 'How long should I bake chicken for 2 hours?'],
    ['Which is better, Python or Java?', 'Which is better, Java or Python?'],
    ['What does :) mean at the end of a text?', 'What does :) mean at the end of a text'],
  ]);
});

describe('what the first versions of these rules refused though the same, or served though different (a hostile review)', () => {
  notServed([
    ['How do I write SQL in Python?', 'How do I write SQL with Python?'],
    ['How do I count lines of code in Java?', 'How do I count lines of code with Java?'],
    ['How do I hide my API key in JavaScript?', 'How do I hide my API key with JavaScript?'],
    ['How do I write a song in C?', 'How do I write a song with C?'],
    ['How do I get an internship in Python?', 'How do I get an internship with Python?'],
    ['Here is the email I\'m about to send:\n\nHi Mark,\n\nThanks for the draft. Can we go through it on Thursday?\n\nI can\'t believe this email took me an hour.', 'Here is the email I\'m about to send:\n\nHi Mark,\n\nThanks for the draft. Can we go through it on Thursday?\n\nI cannot believe this email took me an hour.'],
  ]);
  served([
    ['Good morning! Can you suggest a card game for kids?', 'Can you suggest a card game for kids?'],
    ['Good morning! Can you write an email to my landlord about the broken heater?', 'Can you write an email to my landlord about the broken heater?'],
    ['Can you recommend books from the 1990s only?', 'Recommend books from the 1990s only.'],
    ['Can you rewrite this loop using `enumerate()`?', 'Rewrite this loop using `enumerate()`.'],
    ['How do I rank on Google?', 'How can I rank on Google?'],
    ['How do I come across as more confident in interviews?', 'How can I come across as more confident in interviews?'],
    ['How do I compare with null in SQL?', 'How to compare with null in SQL?'],
    ['How do I make 250 g of pizza dough?', 'How do I make 250 grams of pizza dough?'],
    ['How many calories do I burn running for 1 hr?', 'How many calories do I burn running for 1 hour?'],
    ['Is it safe to run in the heat?', 'Is it safe to run in heat?'],
    ['How do I stop biting my nails?', 'How do I stop biting my nail?'],
    ["I noticed a charge I don't recognize on my credit card, what should I do?", "I noticed charges I don't recognize on my credit card, what should I do?"],
    ['Is the flu the same as a cold?', 'Is flu the same as a cold?'],
    ['What do I do if my boss wrote me at midnight 🙄', 'What do I do if my boss wrote me at midnight'],
    ['Why does ORDER BY date put nulls first in Postgres?', 'Why does ORDER BY dates put nulls first in Postgres?'],
    ['How do the lungs work?', 'How does the lung work?'],
    ['How do I group by month in pandas?', 'How do I group by months in pandas?'],
    ['Find me a recipe that uses leftover rice', 'Find me a recipe that use leftover rice'],
  ]);
});

describe('rewordings users make when they ask again (structural-verifier.ts doubledWord, simplyWorded, exampleMarker)', () => {
  served([
    ['How How does compound interest work?', 'How does compound interest work?'],
    ['What is is the boiling point of water at sea level?', 'What is the boiling point of water at sea level?'],
    ['Can you explain the the difference between TCP and UDP?', 'Can you explain the difference between TCP and UDP?'],
    ['Explain blockchain in simple terms.', 'Explain blockchain in simple words.'],
    ['Can you explain how vaccines work in simple terms?', 'Can you explain how vaccines work in simple language?'],
    ['Name some fruits high in vitamin C, e.g. oranges and kiwis.', 'Name some fruits high in vitamin C, for example oranges and kiwis.'],
    ['Name some fruits high in vitamin C (e.g., oranges and kiwis).', 'Name some fruits high in vitamin C (for example, oranges and kiwis).'],
    ['Suggest a hobby, eg knitting', 'Suggest a hobby, for instance knitting'],
  ]);
  notServed([
    ['He had had enough. Why did he leave?', 'He had enough. Why did he leave?'],
    ['Is "the the" a typo?', 'Is "the" a typo?'],
    ['Why do people say bye bye?', 'Why do people say bye?'],
    ['How do I live simply?', 'How do I live in simple terms?'],
    ['Explain how to live simply.', 'Explain how to live in simple terms.'],
    ['Explain how to write a fraction in simpler terms.', 'Explain how to write a fraction in simple terms.'],
    ['Who composed the Can Can?', 'Who composed the Can?'],
    ['What does do do in Ruby?', 'What does do in Ruby?'],
    ['What does lambda a: a * 2 do?', 'What does lambda: a * 2 do?'],
    ['Write the fraction 6/8 in simple terms', 'Write the fraction 6/8 simply'],
    ['What does e.g. stand for?', 'What does for example stand for?'],
    ['Bring one dish, e.g. a salad.', 'Bring one dish, i.e. a salad.'],
  ]);
});

describe('"I\'d like you to", "I want you to" before a request (closed-lists.ts FILLER_AT_START)', () => {
  served([
    ['Please summarize the French Revolution in three sentences.', "I'd like you to summarize the French Revolution in three sentences."],
    ['I want you to explain how a blockchain works.', 'Could you explain how a blockchain works?'],
    ['Can you suggest five names for a bakery?', "I'd like you to suggest five names for a bakery."],
    ['I need you to list the planets.', 'List the planets.'],
  ]);
  notServed([
    // "Can you write …" stays a question of what is possible (near-duplicates-20.test.ts, near-duplicates-28.test.ts).
    ['Can you write a haiku about winter in four lines?', 'Write a haiku about winter in four lines.'],
    ['I want you to be honest. Is my essay good?', 'Be honest. Is my essay good?'],
    ["I'd like you to meet my friend Sam.", 'Meet my friend Sam.'],
  ]);
});

describe('"Give me", "Provide", "Tell me", "Show me" opening a request for information (structural-verifier.ts givingVerbSwap)', () => {
  served([
    ['Give me a summary of The Great Gatsby.', 'Provide a summary of The Great Gatsby.'],
    ['Tell me a summary of The Great Gatsby.', 'Give me a summary of The Great Gatsby.'],
    ['Give me a list of healthy snacks.', 'Provide a list of healthy snacks.'],
    ['Give me some tips for better sleep.', 'Tell me some tips for better sleep.'],
    ['Show me an example of a haiku.', 'Give me an example of a haiku.'],
  ]);
  notServed([
    ['Give me a break.', 'Tell me a break.'],
    ['Give me a hand with this.', 'Show me a hand with this.'],
    ['Show me the door.', 'Tell me the door.'],
    ['Give me some tips for better sleep.', 'Show me some tips for better sleep.'],
  ]);
});

describe('what a second hostile review found in the narrowed rules (session 46)', () => {
  notServed([
    ['Please translate the following into Turkish - He walked into Japanese class late.', 'Please translate the following into Turkish - He walked to Japanese class late.'],
    ['How many letters are in translate into German?', 'How many letters are in translate to German?'],
    ['How do I merge my React frontend with Python?', 'How do I merge my React frontend in Python?'],
    ['How do I check what changed in Python?', 'How do I check what changed using Python?'],
    ['Write a script that finds job postings in Python.', 'Write a script that finds job postings using Python.'],
    ["Here's my draft:\n\nDear parents,\n\nThe school trip moves to May 12. Buses leave at 8 am.\n\nNote the new dates in this memo. Thanks!", "Here's my draft:\n\nDear parents,\n\nThe school trip moves to May 12. Buses leave at 8 am.\n\nNote the new dates in this memo."],
    ['Here is the email.\n\nHi team,\n\nThe office moves on Monday. Pack your desks by Friday.\n\nReview the memo and send your comments by Thursday. Thanks!', 'Here is the email.\n\nHi team,\n\nThe office moves on Monday. Pack your desks by Friday.\n\nReview the memo and send your comments by Thursday.'],
    ['Is it OK to sleep in in the morning on weekends?', 'Is it OK to sleep in the morning on weekends?'],
    ['What is the syntax for for loops in Python?', 'What is the syntax for loops in Python?'],
    ['Write a scene where a nervous boy says I I don\'t know what to say', 'Write a scene where a nervous boy says I don\'t know what to say'],
    ['Who is the lead singer of The The?', 'Who is the lead singer of The?'],
    ['Why does Word flag the the in my essay?', 'Why does Word flag the in my essay?'],
    ["Explain how to write a children's story in simple words.", "Explain how to write a children's story in simple terms."],
    ['Explain how to talk to a toddler in simple language.', 'Explain how to talk to a toddler in simple terms.'],
    ['Describe the series in simple terms.', 'Describe the series in simple words.'],
    ['Can I start a sentence with e.g.?', 'Can I start a sentence with for example?'],
    ['Should I italicize e.g. in APA?', 'Should I italicize for example in APA?'],
  ]);
  served([
    ['How do I come off antidepressants safely?', 'How to come off antidepressants safely?'],
    ['How do I stack up firewood?', 'How can I stack up firewood?'],
    ['How do I measure up a room for carpet?', 'How to measure up a room for carpet?'],
    ['Who wrote Pride and Prejudice? :)', 'Who wrote Pride and Prejudice?'],
    ['React vs Vue: which is better for the front end?', 'Vue vs React: which is better for the front end?'],
    ['How much does a 10 g gold earring cost?', 'How much does a 10 gram gold earring cost?'],
    ['Is 2 hr of running in zone 2 enough per week?', 'Is 2 hours of running in zone 2 enough per week?'],
    ['Can you calculate my monthly payment with $20,000 at 5% over 5 years?', 'Calculate my monthly payment with $20,000 at 5% over 5 years.'],
    ['Does a chipped tooth hurt?', 'Do chipped teeth hurt?'],
    ['Good morning! How do I train my dog to greet visitors politely?', 'How do I train my dog to greet visitors politely?'],
    ['Good morning! Write a Python function to greet the user by name.', 'Write a Python function to greet the user by name.'],
  ]);
});

describe('what a third hostile review found in the narrowed rules (session 46)', () => {
  notServed([
    ['How do I split the bill with Ruby?', 'How do I split the bill in Ruby?'],
    ['How do we split the bill with Lua?', 'How do we split the bill in Lua?'],
    ['i need you to show me the way lyrics', 'show me the way lyrics'],
    ['I need you to give me the money, is this a movie quote?', 'Give me the money, is this a movie quote?'],
    ['Make this sound nicer\nI need you to summarize the meeting notes for the board.', 'Make this sound nicer\nSummarize the meeting notes for the board.'],
    ['Give me a quote for a kitchen remodel.', 'Tell me a quote for a kitchen remodel.'],
    ['Explain the why why analysis.', 'Explain the why analysis.'],
    ['is it it on netflix', 'is it on netflix'],
    ['What does and and or mean in logic?', 'What does and or mean in logic?'],
    ['Here is the email I wrote:\n\nHi team,\n\nThe office moves on Monday. Pack your desks by Friday.\n\nPlease summarize this email for your direct reports. Thanks!', 'Here is the email I wrote:\n\nHi team,\n\nThe office moves on Monday. Pack your desks by Friday.\n\nPlease summarize this email for your direct reports.'],
    ['Below is the memo I drafted:\n\nAll staff,\n\nThe parking lot closes on Friday for repairs.\n\nSummarize this memo for your teams. Thanks!', 'Below is the memo I drafted:\n\nAll staff,\n\nThe parking lot closes on Friday for repairs.\n\nSummarize this memo for your teams.'],
  ]);
  served([
    ['Could you compare a and b using > and print the larger one?', 'Compare a and b using > and print the larger one.'],
    ['Could you calculate my average from these three grades alone?', 'Calculate my average from these three grades alone.'],
    ['Is 30 g protein enough after a back workout?', 'Is 30 grams protein enough after a back workout?'],
    ['I borrowed 200 g flour from my neighbour, how many cookies can I make?', 'I borrowed 200 grams flour from my neighbour, how many cookies can I make?'],
    ['I work 60 hr weeks and my resting heart rate is 80. Is that bad?', 'I work 60 hours weeks and my resting heart rate is 80. Is that bad?'],
    ['Arsenal vs Chelsea: which stadium is bigger?', 'Chelsea vs Arsenal: which stadium is bigger?'],
    ['How do I know you are telling the truth?', 'How can I know you are telling the truth?'],
    ['How do I rank among the top results on Google?', 'How can I rank among the top results on Google?'],
    ['How do I walk my dog in the heat of summer?', 'How do I walk my dog in heat of summer?'],
    ['Is an air fryer healthy?', 'Is air fryer healthy?'],
    ['Here is an email from my landlord:\n\nDear tenant,\n\nRent goes up by 5% in March.\n\nSummarize this email. Thanks!', 'Here is an email from my landlord:\n\nDear tenant,\n\nRent goes up by 5% in March.\n\nSummarize this email.'],
  ]);
});

describe('what a fourth hostile review found in the narrowed rules (session 46)', () => {
  notServed([
    ['How do I calculate 13th month pay in PHP?', 'How do I calculate 13th month pay with PHP?'],
    ['How do I add bots in CSS?', 'How do I add bots with CSS?'],
    ['How do I split the cost of a birthday with Bash?', 'How do I split the cost of a birthday in Bash?'],
    ['How do I calculate Big-O in Haskell?', 'How do I calculate Big-O with Haskell?'],
    ['Translate sneak into French class to Korean', 'Translate sneak to French class to Korean'],
    ['Can you translate the phrase dive into Spanish into Polish?', 'Can you translate the phrase dive to Spanish into Polish?'],
    ['How do I translate my teaching degree into German jobs?', 'How do I translate my teaching degree to German jobs?'],
    ['What did Clinton mean by it depends on what the meaning of is is?', 'What did Clinton mean by it depends on what the meaning of is?'],
    ['Who was the lead singer of the the', 'Who was the lead singer of the'],
    ['who made what what in the butt', 'who made what in the butt'],
    ['Give me a tip for the waiter.', 'Tell me a tip for the waiter.'],
    ['Tell me the steps to the dance.', 'Show me the steps to the dance.'],
    ['Explain why Hemingway wrote in simple words.', 'Explain why Hemingway wrote in plain language.'],
  ]);
  served([
    ['How do I read a CSV file with Python?', 'How do I read a CSV file in Python?'],
    ['Translate "where is the station" into Italian, please.', 'Translate "where is the station" to Italian, please.'],
  ]);
});

describe('a closing task is read with the same pattern document-edit.ts reads it with (reread, session 46)', () => {
  const EMAIL = 'Here is the email.\n\nHi all,\n\nQ3 closed strong. Bonuses go out in May.\n\n';
  served([[`${EMAIL}Summarize the email above in two bullets. Thanks!`, `${EMAIL}Summarize the email above in two bullets.`]]);
  // The email's own last line, addressed to its readers: its courtesy is the email's.
  notServed([[`${EMAIL}Summarize this email for your teams before Monday. Thanks!`, `${EMAIL}Summarize this email for your teams before Monday.`]]);
});
