import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 35: red teams. A one-word insertion and deletion fuzzer (11,700 pairs: no content word served; 378 wrong
 * answers, all an article read where the letter A or the word "the" itself is meant), a fuzzer of word swaps and moves
 * (10,300 pairs: no swap served; a phrase moved between the front and the end of a request into a clause inside it),
 * and one of WordNet senses (25,600 pairs: listed everyday synonyms in a sense the two words do not share). Each
 * not-served pair was `same` on the session's start (ff2015d); the served pairs are near-duplicates the rules must
 * leave alone. Stored text first, as the proxy reads it.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('the letter a after an article or a possessive, and "the" where no noun follows', () => {
  notServed([
    ['how do i play an a minor chord on guitar', 'how do i play a minor chord on guitar'],
    ['How do I play an a minor chord on guitar?', 'How do I play a minor chord on guitar?'],
    ['What are the notes in the a major scale?', 'What are the notes in the major scale?'],
    ['what frequency is an a note', 'what frequency is a note'],
    ['can an a record point to another domain', 'can a record point to another domain'],
    ['What size is an a cup?', 'What size is a cup?'],
    ['does the a train go to jfk', 'does the train go to jfk'],
    ['What attributes can an a tag have?', 'What attributes can a tag have?'],
    ['why is my a tag not clickable', 'why is my tag not clickable'],
    ['how long does the hep a vaccine last', 'how long does the hep vaccine last'],
    ['how do you write the in cursive', 'how do you write in cursive'],
    ['how do you sign the in asl', 'how do you sign in asl'],
  ]);
  served([
    ['How do I get an A in calculus?', 'How do I get A in calculus?'],
    ['What is the capital of France?', 'What is capital of France?'],
    ['Give me a list of the best movies', 'Give me list of best movies'],
    ['how do i play a minor chord', 'How do I play a minor chord?'],
  ]);
});

describe('a phrase moved between the front of a request and a past form inside it', () => {
  notServed([
    ['In Spanish, how do I answer the email my bf sent me?', 'How do I answer the email my bf sent me in Spanish?'],
    ['In Korean, how do I politely decline the invitation she sent?', 'How do I politely decline the invitation she sent in Korean?'],
    ['On Friday, can I cancel the order my stepdad placed?', 'Can I cancel the order my stepdad placed on Friday?'],
    ['On Monday, can I return the shoes Mike bought?', 'Can I return the shoes Mike bought on Monday?'],
    ['On Friday, can I cancel the order someone placed?', 'Can I cancel the order someone placed on Friday?'],
    ["On Monday, can I return the shoes my boss's wife bought?", "Can I return the shoes my boss's wife bought on Monday?"],
    ['On Sunday, is it safe to eat chicken cooked by my roommate?', 'Is it safe to eat chicken cooked by my roommate on Sunday?'],
    ['On Monday, can I return the jacket that my wife bought online?', 'Can I return the jacket that my wife bought online on Monday?'],
    ['On Monday, is it safe to eat the turkey I cooked at home?', 'Is it safe to eat the turkey I cooked at home on Monday?'],
    ['On Monday, can I return the couch my sister accidentally bought?', 'Can I return the couch my sister accidentally bought on Monday?'],
    ["On Monday, can I return the shoes I'd ordered?", "Can I return the shoes I'd ordered on Monday?"],
    ['In January, can I still cancel the gym membership I signed up for?', 'Can I still cancel the gym membership I signed up for in January?'],
  ]);
  served([
    ['In Gmail, how do I recover emails I deleted?', 'How do I recover emails I deleted in Gmail?'],
    ['In Excel, how do I remove duplicated rows?', 'How do I remove duplicated rows in Excel?'],
    ['On Sunday, is the store closed?', 'Is the store closed on Sunday?'],
    ['In 1989, who won the World Series?', 'Who won the World Series in 1989?'],
    ['In Canada, is it legal to sell used cars?', 'Is it legal to sell used cars in Canada?'],
    ['On weekends, has the package been delivered?', 'Has the package been delivered on weekends?'],
  ]);
});

describe('a listed everyday synonym in a sense the two words do not share', () => {
  notServed([
    ['How do I fix a shelf on a brick wall?', 'How do I repair a shelf on a brick wall?'],
    ['How do I fix a TV bracket into concrete?', 'How do I repair a TV bracket into concrete?'],
    ["How do I fix a charcoal drawing so it doesn't smudge?", "How do I repair a charcoal drawing so it doesn't smudge?"],
    ['How long do I fix a print in the darkroom?', 'How long do I repair a print in the darkroom?'],
    ['Is it possible to fix dice?', 'Is it possible to repair dice?'],
    ['Is hard braking bad for my car?', 'Is difficult braking bad for my car?'],
    ['Does a hard credit check hurt my credit score?', 'Does a difficult credit check hurt my credit score?'],
    ['How do I do a hard restart on my iPhone?', 'How do I do a difficult restart on my iPhone?'],
    ['What is a hard shutdown?', 'What is a difficult shutdown?'],
    ['What is hard power in international relations?', 'What is difficult power in international relations?'],
    ['What is a fast lens for portraits?', 'What is a quick lens for portraits?'],
    ['Should I use fast film for indoor shots?', 'Should I use quick film for indoor shots?'],
    ['What is a good quick ratio for a company?', 'What is a good fast ratio for a company?'],
    ['Is the dye color fast?', 'Is the dye color quick?'],
    ['What is an entire function in complex analysis?', 'What is a whole function in complex analysis?'],
    ['What is whole language reading instruction?', 'What is entire language reading instruction?'],
    ['What is cheap talk in game theory?', 'What is inexpensive talk in game theory?'],
    ['What is harmless error?', 'What is harmless mistake?'],
    ['What is an error budget in SRE?', 'What is a mistake budget in SRE?'],
    ['How do you play telephone?', 'How do you play phone?'],
    ['What is the difference between a phone and a phoneme?', 'What is the difference between a telephone and a phoneme?'],
    ['Which car should I sit in on an Amtrak train?', 'Which automobile should I sit in on an Amtrak train?'],
    ['Why do people buy the official narrative?', 'Why do people purchase the official narrative?'],
    ['Why do I have a white film on my tongue?', 'Why do I have a white movie on my tongue?'],
  ]);
  served([
    ['How do I fix a crack on the wall?', 'How do I repair a crack on the wall?'],
    ['How do I fix my bike?', 'How do I repair my bike?'],
    ['What is a hard question to answer in an interview?', 'What is a difficult question to answer in an interview?'],
    ["Why is it so hard to learn Japanese?", "Why is it so difficult to learn Japanese?"],
    ["What's a quick breakfast?", "What's a fast breakfast?"],
    ['What is the fastest way to get to the airport?', 'What is the quickest way to get to the airport?'],
    ['What is the biggest animal in the world?', 'What is the largest animal in the world?'],
    ['I spent the whole day cleaning.', 'I spent the entire day cleaning.'],
    ['Can I buy a car without a license?', 'Can I purchase a car without a license?'],
  ]);
});

describe("a hostile review's near variants: present clauses, shops, letters after other determiners, terms of the listed synonyms", () => {
  notServed([
    ['On Sundays, can I visit the gym John runs?', 'Can I visit the gym John runs on Sundays?'],
    ['In French, how should I reply to the email my boss sends every morning?', 'How should I reply to the email my boss sends every morning in French?'],
    ["On Monday, can I cancel the order I'm placing?", "Can I cancel the order I'm placing on Monday?"],
    ['After Christmas, can I return the gifts my kids get?', 'Can I return the gifts my kids get after Christmas?'],
    ['On Sundays, can I visit the gym that my coworker manages?', 'Can I visit the gym that my coworker manages on Sundays?'],
    ['In German, can I translate the letter that arrives every month?', 'Can I translate the letter that arrives every month in German?'],
    ['After Christmas, can I exchange the gift my sister always sends?', 'Can I exchange the gift my sister always sends after Christmas?'],
    ['At Costco, can I return the TV I bought?', 'Can I return the TV I bought at Costco?'],
    ['In German, can you translate the letter I got?', 'Can you translate the letter I got in German?'],
    ['which a train goes to harlem', 'which train goes to harlem'],
    ['Is the an article?', 'Is an article?'],
    ['How do I fix my eyes on the horizon?', 'How do I repair my eyes on the horizon?'],
    ["What's the best way to fix a plate for my grandma?", "What's the best way to repair a plate for my grandma?"],
    ['What film speed should I use at night?', 'What movie speed should I use at night?'],
    ['Is the Democratic Party a big tent party?', 'Is the Democratic Party a large tent party?'],
    ['Where can I buy a telephone stand?', 'Where can I buy a phone stand?'],
    ['Who do police officers answer to?', 'Who do police officers reply to?'],
    ['Why does require not work in ES modules?', 'Why does need not work in ES modules?'],
    ['Is every totally bounded metric space compact?', 'Is every completely bounded metric space compact?'],
  ]);
  // The cost review's everyday near-duplicates the first version of these rules refused.
  served([
    ['At work, how do I stay focused?', 'How do I stay focused at work?'],
    ['After a breakup, how do I stop feeling attached?', 'How do I stop feeling attached after a breakup?'],
    ['On a plane, how do I keep my baby entertained?', 'How do I keep my baby entertained on a plane?'],
    ['From my phone, how do I check my bank balance?', 'How do I check my bank balance from my phone?'],
    ['How do I fix a loose tile on the floor?', 'How do I repair a loose tile on the floor?'],
    ['How do I use the IF function in Excel?', 'How do I use IF function in Excel?'],
    ['Can you explain the for loop in Python?', 'Can you explain for loop in Python?'],
    ['Where can I buy a promise ring?', 'Where can I purchase a promise ring?'],
    ["What's a good cheap laptop?", "What's a good inexpensive laptop?"],
    // (Session 48: "What is a good film?" names no movie, and a photographer asks it too: "film" now needs a word of
    // movies to be one, see red-team-55.test.ts; the pair was dropped from here.)
    ['Why does my whole body hurt?', 'Why does my entire body hurt?'],
    ['How do I train my dog to ride in the car?', 'How do I train my dog to ride in the automobile?'],
    ['Is it bad for my eyes to watch a film in the dark?', 'Is it bad for my eyes to watch a movie in the dark?'],
    ['I made a clerical error on my tax return', 'I made a clerical mistake on my tax return'],
    ["What's the best reply to thank you?", "What's the best answer to thank you?"],
    ['Any quick pasta recipes for dinner?', 'Any fast pasta recipes for dinner?'],
    ['How do I prepare for a hard presentation?', 'How do I prepare for a difficult presentation?'],
    // A recall review's near-duplicates that the rules of 6c5b2fb refused.
    ['What is a good workout for legs?', 'What is a a good workout for legs?'],
    ['How do I fix my coffee maker?', 'How do I repair my coffee maker?'],
    ['What is a big salary in New York?', 'What is a large salary in New York?'],
    ['What is a fast learner?', 'What is a quick learner?'],
    ['Is it completely normal to feel tired after a workout?', 'Is it totally normal to feel tired after a workout?'],
    ['Does this job require JavaScript?', 'Does this job need JavaScript?'],
    ['Can I watch a movie in my car?', 'Can I watch a film in my car?'],
    ['Where is the at sign on my keyboard?', 'Where is at sign on my keyboard?'],
  ]);
});

describe('code pasted without a fence: a name in one more position, a colon or comma ending a line of code', () => {
  notServed([
    ['what does SELECT department FROM employees GROUP BY department return', 'what does SELECT department FROM employees GROUP BY departments return'],
    ['why does SELECT name, price FROM products ORDER BY price DESC give an error', 'why does SELECT name, price FROM products ORDER BY prices DESC give an error'],
    ['git push origin main not working', 'git push origin mains not working'],
    ['select city, count(*) from customers group by city', 'select city, count(*) from customers group by cities'],
    ['what does git log -n 5 feature do', 'what does git log -n 5 features do'],
    ['docker run -p 8080:80 node', 'docker run -p 8080:80 nodes'],
    ['what does cd download do', 'what does cd downloads do'],
    ['docker run -d node not working', 'docker run -d nodes not working'],
    ['what does console.log(typeof document) give', 'what does console.log(typeof documents) give'],
    ['what does print(sum([3, 1, 2])) give', 'what does print(sums([3, 1, 2])) give'],
    ["ps aux | grep python | awk '{print $2}' | xargs kill -9 not working", "ps aux | grep pythons | awk '{print $2}' | xargs kill -9 not working"],
    ['cut -d: -f1 /etc/passwd | sort | head -n 5 not working', 'cut -d: -f1 /etc/passwd | sorts | head -n 5 not working'],
    ["What does this print?\nx = 5\nif x > 3 and x < 10:\n    print('mid')\nelse:\n    print('out')", "What does this print?\nx = 5\nif x > 3 and x < 10:\n    print('mid')\nelse\n    print('out')"],
    ["count = 0\nfor ch in 'banana':\n    if ch == 'a':\n        count += 1\nprint(count)\nWhat does this print?", "count = 0\nfor ch in 'banana'\n    if ch == 'a':\n        count += 1\nprint(count)\nWhat does this print?"],
    ["Why does this throw an error?\nwith open('data.txt', 'r') as f:\n    lines = f.readlines()", "Why does this throw an error?\nwith open('data.txt', 'r') as f\n    lines = f.readlines()"],
  ]);
  served([
    ['Why does ORDER BY date put nulls first in Postgres?', 'Why does ORDER BY dates put nulls first in Postgres?'],
    ["What does this print?\nconst s = 'Hello';\nconsole.log(s.slice(1, 3) + s.charAt(0));", "What does this print?\nconst s = 'Hello'\nconsole.log(s.slice(1, 3) + s.charAt(0));"],
    ["explain SELECT * FROM orders WHERE total > 100 OR status = 'pending';", "explain SELECT * FROM orders WHERE total > 100 OR status = 'pending'"],
    ['My trip details:\ndeparture is Monday,\nreturn date is Friday,\nfind me a hotel', 'My trip details:\ndeparture is Monday,\nreturn date is Friday\nfind me a hotel'],
    ['Things to pack: socks, shirts, a charger', 'things to pack: socks, shirts, a charger'],
    ['How do I group by month in pandas?', 'How do I group by months in pandas?'],
    ['how do i order by date in excel', 'how do i order by dates in excel'],
    // A cost review's everyday prompts that the first version of these positions refused.
    ['How many calories in banana (100g)?', 'How many calories in bananas (100g)?'],
    ['How do I get used to my new job (it has been a week)?', 'How do I get used to my new jobb (it has been a week)?'],
    ['Write a thank you note to my neighbor (she helped me move); keep it short', 'Write a thank you note to my neighbour (she helped me move); keep it short'],
    ['how do I resolve git merge conflicts', 'how do I resolve git merge conflict'],
    ['how do I log in to my server with ssh keys', 'how do I log in to my server with ssh key'],
    ['ls | sort files by size', 'ls | sort file by size'],
    ['Quick question: why does ssh ask for a password every time', 'Quick question: why does ssh asks for a password every time'],
    ['For "potluck":\nbring a dish to share', 'For "potluck"\nbring a dish to share'],
  ]);
});

describe('one or several of what a text or a plan includes, after "using", "including" or a planning verb', () => {
  // One diagram or several, one example or several: as "with an example" / "with examples" always was (so "Explain
  // Bayes theorem using a diagram" / "… using diagrams", served since session 31, no longer is).
  notServed([
    ['Explain how compound interest works using worked examples.', 'Explain how compound interest works using a worked example.'],
    ['Explain what recursion is, including code examples.', 'Explain what recursion is, including a code example.'],
    ['Write a short story about a lighthouse keeper using villains.', 'Write a short story about a lighthouse keeper using a villain.'],
    ['Using test cases, write a function that parses dates.', 'Using a test case, write a function that parses dates.'],
    ['Make a marathon training plan including long runs.', 'Make a marathon training plan including a long run.'],
    ['Plan a 5-day itinerary for Rome with a day trip.', 'Plan a 5-day itinerary for Rome with day trips.'],
    ['Come up with a study plan for the SAT with a practice test.', 'Come up with a study plan for the SAT with practice tests.'],
    ['Put together a dinner party menu with a cocktail.', 'Put together a dinner party menu with cocktails.'],
    ['Organize a team offsite agenda that includes a workshop.', 'Organize a team offsite agenda that includes workshops.'],
    ['Plan a 5-day trip to Rome containing a day trip to Florence.', 'Plan a 5-day trip to Rome containing day trips to Florence.'],
    ['Please plan a 5-day trip to Rome plus a day trip to Florence', 'Please plan a 5-day trip to Rome plus day trips to Florence'],
    ['plan a 5-day trip to Rome followed by a day trip to Florence', 'plan a 5-day trip to Rome followed by day trips to Florence'],
    ['Can you plan a 5-day trip to Rome that covers a day trip to Florence?', 'Can you plan a 5-day trip to Rome that covers day trips to Florence?'],
  ]);
  served([
    ['Plan a 5-day itinerary for Rome with a day trip.', 'Please plan a 5-day itinerary for Rome with a day trip.'],
    ['Explain how compound interest works using a worked example.', 'explain how compound interest works using a worked example'],
    ['Turn this paragraph into bullet points', 'Please turn this paragraph into bullet points'],
    // A review's near-duplicates the first version refused: a kind, not a count, where neither side has an article.
    ['Summarize this article including key information', 'Summarize this article including key informations'],
    ['Develop a marketing strategy for my startup with advice', 'Develop a marketing strategy for my startup with advices'],
    ['Design a mobile app with push notification', 'Design a mobile app with push notifications'],
    ['Explain gradient descent using Python code', 'Explain gradient descent using Python codes'],
  ]);
});
