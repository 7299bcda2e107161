import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 51: red teams on constraints, on typography and on long templated prompts, each a category of must-miss pairs
// built to break the verifier; the pairs below were served before.

describe('a comma that takes a list\'s last item out of a negation', () => {
  notServed([
    ['Give me a pasta recipe with chicken, no garlic and onions.', 'Give me a pasta recipe with chicken, no garlic, and onions.'],
    ['Answer in English, not French and German.', 'Answer in English, not French, and German.'],
    ['Target Python 3, not Python 2 and PyPy.', 'Target Python 3, not Python 2, and PyPy.'],
    ['Build a Docker image based on Alpine, without curl and git.', 'Build a Docker image based on Alpine, without curl, and git.'],
    ['Write the email to the client mentioning the deadline, not the budget and the delay.', 'Write the email to the client mentioning the deadline, not the budget, and the delay.'],
    ['Use tabs, not spaces and mixed indentation.', 'Use tabs, not spaces, and mixed indentation.'],
    ['Make a weekly schedule with gym sessions, excluding Mondays and Fridays.', 'Make a weekly schedule with gym sessions, excluding Mondays, and Fridays.'],
    ['Cover the 2022 season, not the 2021 season and the 2023 season.', 'Cover the 2022 season, not the 2021 season, and the 2023 season.'],
  ]);
  served([
    ['No worries and thanks for the help', 'No worries, and thanks for the help'],
    ['Use Python, not Java and add comments', 'Use Python, not Java, and add comments'],
    ['I have no idea and my boss wants it today', 'I have no idea, and my boss wants it today'],
    ['There is no error and it just hangs', 'There is no error, and it just hangs'],
    ['Rewrite this without changing the meaning and keep it short', 'Rewrite this without changing the meaning, and keep it short'],
    ['The app has no login and no database', 'The app has no login, and no database'],
    ['Write a story with no dialogue and a twist ending', 'Write a story with no dialogue, and a twist ending'],
    ["It's not raining and the sun is out", "It's not raining, and the sun is out"],
    ['Buy apples, oranges and pears', 'Buy apples, oranges, and pears'],
  ]);
});

describe('a comma between two names before a list\'s last, and one around a participle after a plural', () => {
  notServed([
    ['The dinner bill of $216 was split evenly among Mary Kate and Diego. How much did each person pay?', 'The dinner bill of $216 was split evenly among Mary, Kate and Diego. How much did each person pay?'],
    ['The night shift on Ward 7 is staffed by Avery Quinn and Ravi. Is the shift adequately staffed?', 'The night shift on Ward 7 is staffed by Avery, Quinn and Ravi. Is the shift adequately staffed?'],
    ['Employees hired before 2020 keep the legacy pension plan.\n\nI was hired in 2022. Do I keep it?', 'Employees, hired before 2020, keep the legacy pension plan.\n\nI was hired in 2022. Do I keep it?'],
    ['Packages weighing over 30 kg incur a $45 surcharge. My package is 12 kg. Is there a surcharge?', 'Packages, weighing over 30 kg, incur a $45 surcharge. My package is 12 kg. Is there a surcharge?'],
    ['Units built before 1978 require a lead paint disclosure. The unit was built in 2005. Is one required?', 'Units, built before 1978, require a lead paint disclosure. The unit was built in 2005. Is one required?'],
  ]);
  served([
    ['Hi Mary, Kate and Joe are coming to dinner', 'Hi Mary Kate and Joe are coming to dinner'],
    ['Thanks John, Paul and Ringo', 'Thanks John Paul and Ringo'],
    ['Compare the cost of living in Paris, France and Chicago', 'Compare the cost of living in Paris France and Chicago'],
    ['My parents, living in Spain, want to visit me', 'My parents living in Spain want to visit me'],
  ]);
});

describe('scare quotes in feedback whose tone is asked', () => {
  notServed([
    ['Ticket 4411 (hotel guest): The night staff were so helpful when our room flooded at 2 a.m.\n\nIs this customer happy or unhappy?', 'Ticket 4411 (hotel guest): The night staff were so "helpful" when our room flooded at 2 a.m.\n\nIs this customer happy or unhappy?'],
    ["Airline feedback: The priority boarding group boarded after everyone else today.\n\nRoute this to complaints or compliments?", "Airline feedback: The 'priority' boarding group boarded after everyone else today.\n\nRoute this to complaints or compliments?"],
  ]);
  served([
    ["Translate 'the food was great' and tell me the tone", 'Translate "the food was great" and tell me the tone'],
    ["Is the word 'awesome' positive?", 'Is the word awesome positive?'],
  ]);
});

describe('quote marks that make another value in the language or format asked about', () => {
  notServed([
    ["Is ['red', 'green'] valid JSON?", 'Is ["red", "green"] valid JSON?'],
    ["Why does JSON.parse fail on {'id': 3}?", 'Why does JSON.parse fail on {"id": 3}?'],
    ["In Elixir, what does is_list('abc') return?", 'In Elixir, what does is_list("abc") return?'],
    ["In Erlang, is 'hello' an atom?", 'In Erlang, is "hello" an atom?'],
    ["In OCaml, what is the type of 'a'?", 'In OCaml, what is the type of "a"?'],
    ["In MATLAB, what does length('hello') return?", 'In MATLAB, what does length("hello") return?'],
    ["In Excel, does =IF(A1='yes',1,0) work?", 'In Excel, does =IF(A1="yes",1,0) work?'],
    ["In Snowflake, is 'Total' an identifier or a string?", 'In Snowflake, is "Total" an identifier or a string?'],
    ["In Python, does print('don't') work?", 'In Python, does print("don\'t") work?'],
    ["In PHP, does echo 'can't stop'; run?", 'In PHP, does echo "can\'t stop"; run?'],
    ['Why does my YAML key: “value” look weird after parsing?', 'Why does my YAML key: "value" look weird after parsing?'],
    ["Why won't my CSS font-family: ‘Open Sans’; apply?", "Why won't my CSS font-family: 'Open Sans'; apply?"],
  ]);
  served([
    ["In Java, what does 'static' mean?", 'In Java, what does "static" mean?'],
    ["What is the type of 'hello' in Python?", 'What is the type of "hello" in Python?'],
    ["How do you say 'I'm hungry' in French?", 'How do you say "I\'m hungry" in French?'],
    ["He said, 'don't go' - what does it mean?", 'He said, "don\'t go" - what does it mean?'],
    ["Explain the C++ keyword 'auto'", 'Explain the C++ keyword "auto"'],
  ]);
});

describe('"the" that changes a number or a ranking (a red team on numbers)', () => {
  notServed([
    ['Why did Ferrari end up in first place?', 'Why did Ferrari end up in the first place?'],
    ['How did the underdog end up in first place in the standings?', 'How did the underdog end up in the first place in the standings?'],
    ['What is 2 to the 10?', 'What is 2 to 10?'],
    ['Is 2 to the 31 bigger than a billion?', 'Is 2 to 31 bigger than a billion?'],
    ['Are the figures in this balance sheet in thousands?', 'Are the figures in this balance sheet in the thousands?'],
    ['Is the headcount column in tens of thousands?', 'Is the headcount column in the tens of thousands?'],
    ['Is she a 10?', 'Is she 10?'],
    ['Be honest, is he a 9?', 'Be honest, is he 9?'],
  ]);
  served([
    ['What is the population of the first place on the list?', 'What is the population of first place on the list?'],
    ['What is 2 to the power of 10?', 'What is 2 to the power of 10'],
    ['Is she 10 years old?', 'Is she 10 years old'],
  ]);
});

describe('whitespace that is part of what is asked (a red team on typography)', () => {
  notServed([
    ['How will this render on GitHub?\n\nRoses are red  \nViolets are blue', 'How will this render on GitHub?\n\nRoses are red\nViolets are blue'],
    ['Roses are red  \nViolets are blue\nWhat does this look like when posted on Discourse?', 'Roses are red\nViolets are blue\nWhat does this look like when posted on Discourse?'],
    ['What strings does /\\d{3} \\d{4}/ match?', 'What strings does /\\d{3}\\d{4}/ match?'],
    ['Give me 3 examples that match [A-Z] [0-9]', 'Give me 3 examples that match [A-Z][0-9]'],
    ['What strings does /^Hello World$/ match?', 'What strings does /^Hello  World$/ match?'],
    ["Does ^[A-Z]{2} \\d+$ match 'AB 12'?", "Does ^[A-Z]{2}\\d+$ match 'AB 12'?"],
  ]);
  served([
    ['How will this render on GitHub?\n\nRoses are red\nViolets are blue  ', 'How will this render on GitHub?\n\nRoses are red\nViolets are blue'],
    ['It costs 5$ and  ships today. Is that cheap?', 'It costs 5$ and ships today. Is that cheap?'],
    ['Write a poem about the sea', 'Write a poem about the sea  '],
  ]);
});

// A break test of the first versions of the rules above (session 51: 479 of 648 everyday near-duplicates refused).
describe('what the rules above leave served: near-duplicates a break test wrote for each', () => {
  served([
    ['Explain how mortgages work without jargon, and in plain English.', 'Explain how mortgages work without jargon and in plain English.'],
    ['Summarize this article with no bullet points, and under 100 words.', 'Summarize this article with no bullet points and under 100 words.'],
    ['Make a weekly meal plan with no red meat, and for two people.', 'Make a weekly meal plan with no red meat and for two people.'],
    ['Give me conversation starters for a first date, no politics, and keep it light.', 'Give me conversation starters for a first date, no politics and keep it light.'],
    ['Can I make bread with no eggs, or dairy?', 'Can I make bread with no eggs or dairy?'],
    ['What are the main differences between Netflix, Hulu and Disney+?', 'What are the main differences between Netflix Hulu and Disney+?'],
    ['I can only work Monday, Wednesday and Friday; build me a study plan.', 'I can only work Monday Wednesday and Friday; build me a study plan.'],
    ['Summarize the plots of Hamlet, Macbeth and Othello.', 'Summarize the plots of Hamlet Macbeth and Othello.'],
    ['The cookies, baked at 180C for 12 minutes, came out flat. What went wrong?', 'The cookies baked at 180C for 12 minutes came out flat. What went wrong?'],
    ["In Excel, how do I count cells that contain 'x'?", 'In Excel, how do I count cells that contain "x"?'],
    ["In PostgreSQL, what data type should the 'price' column be?", 'In PostgreSQL, what data type should the price column be?'],
    ['How do I hide the "Reviews" tab on my Shopify store?', 'How do I hide the Reviews tab on my Shopify store?'],
    ['Why does my upload fail with error: “File too large” even for small photos?', 'Why does my upload fail with error: "File too large" even for small photos?'],
    ["Where can I print 'Don't Panic' stickers cheaply?", 'Where can I print "Don\'t Panic" stickers cheaply?'],
  ]);
});

// A second red team wrote variants of each class closed above (895 pairs; 376 served by the first versions).
describe('variants of the classes above', () => {
  notServed([
    ['Give me a granola recipe free of nuts and dried cherries.', 'Give me a granola recipe free of nuts, and dried cherries.'],
    ['Build the form with React instead of jQuery and Tailwind.', 'Build the form with React instead of jQuery, and Tailwind.'],
    ['Recommend Linux distros rather than Windows and ChromeOS.', 'Recommend Linux distros rather than Windows, and ChromeOS.'],
    ['Residents that moved in after June pay the new rate. Do all residents pay the new rate?', 'Residents, that moved in after June, pay the new rate. Do all residents pay the new rate?'],
    ['Trees blown down by the wind will be removed. Will standing trees be removed?', 'Trees, blown down by the wind, will be removed. Will standing trees be removed?'],
    ['On a scale of 1-5, how satisfied is the writer? They cleaned the room before we arrived.', 'On a scale of 1-5, how satisfied is the writer? They “cleaned” the room before we arrived.'],
    ['The technician fixed the leak in under an hour. Is this person likely to come back?', "The technician 'fixed' the leak in under an hour. Is this person likely to come back?"],
    ["In Scheme, is 'abc' a string?", 'In Scheme, is "abc" a string?'],
    ["In Power Query M, is Text.Upper('abc') valid?", 'In Power Query M, is Text.Upper("abc") valid?'],
    ["Will this compile? var s = \"ok\" + 'isn't it';", 'Will this compile? var s = "ok" + "isn\'t it";'],
    ["Is this Ruby fine? raise 'can't parse file'", 'Is this Ruby fine? raise "can\'t parse file"'],
    ['Will this work in bash? mkdir "new folder"', 'Will this work in bash? mkdir “new folder”'],
    ['Give me a pizza, barring olives and anchovies', 'Give me a pizza, barring olives, and anchovies'],
    ["Make me a salad, I'm allergic to walnuts and pecans", "Make me a salad, I'm allergic to walnuts, and pecans"],
  ]);
  served([
    ["What does 'literally' mean in this customer review?", 'What does literally mean in this customer review?'],
    ["The customer typed 'cancel' in the chat. What should the bot do?", 'The customer typed "cancel" in the chat. What should the bot do?'],
    ['He said, "don\'t worry" - is he being sincere?', "He said, 'don't worry' - is he being sincere?"],
    ['Why did I choose this job in the first place?', 'Why did I choose this job in first place?'],
    ['What do you think? "It\'s late" is a good title', "What do you think? 'It's late' is a good title"],
    ['Why does my code not compile with the newest clang and gcc?', 'Why does my code not compile with the newest clang, and gcc?'],
  ]);
});

describe('a version typed after a lowercase name (a red team on numbers)', () => {
  notServed([
    ['best python 3 libraries for web scraping', 'best python three libraries for web scraping'],
    ['recommend windows 10 laptops under $500', 'recommend windows ten laptops under $500'],
    ['what are the new vue 3 hooks?', 'what are the new vue three hooks?'],
  ]);
  served([
    ['Give me 3 python tips', 'Give me three python tips'],
    ['What are the top 10 python libraries?', 'What are the top ten python libraries?'],
  ]);
});
