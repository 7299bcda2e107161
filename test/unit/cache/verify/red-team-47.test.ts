import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 40: a hostile tester at the proxy with the official SDKs, and generated red teams.

describe('line endings where they are asked about (structural-verifier.ts)', () => {
  notServed([
    ['Does this text use Windows (CRLF) or Unix (LF) line endings?\r\nline one\r\nline two', 'Does this text use Windows (CRLF) or Unix (LF) line endings?\nline one\nline two'],
    ['Why does dos2unix change this file?\r\necho hi\r\n', 'Why does dos2unix change this file?\necho hi\n'],
  ]);
  served([
    ['Summarise this:\r\nThe meeting moved to Friday.', 'Summarise this:\nThe meeting moved to Friday.'],
    ['Which line endings does this use?\r\nline one', 'Which line endings does this use?\r\nline one'],
  ]);
});

describe('a command made a question by its mark alone (question-mark.ts)', () => {
  notServed([
    ['Sell my Tesla stock.', 'Sell my Tesla stock?'],
    ['Delete the node_modules folder.', 'Delete the node_modules folder?'],
    ['stop taking my antidepressants.', 'stop taking my antidepressants?'],
    ['Cash out my 401k!', 'Cash out my 401k?'],
    ['Use Redis for session storage.', 'Use Redis for session storage?'],
    ['Text my ex happy birthday.', 'Text my ex happy birthday?'],
  ]);
  served([
    ['Explain recursion.', 'Explain recursion?'],
    ['Write a poem about the sea.', 'Write a poem about the sea?'],
    ['Best pizza in NYC.', 'Best pizza in NYC?'],
    ['sell my tesla stock', 'sell my tesla stock?'],
    ['Help with my resume.', 'Help with my resume?'],
  ]);
});

describe('a maker or an artist bare, or one thing of theirs, where a value or a price is asked (article-rules.ts)', () => {
  notServed([
    ['What is Tesla worth today?', 'What is a Tesla worth today?'],
    ["What's the price of Volvo today?", "What's the price of a Volvo today?"],
    ['How much value will Samsung lose over the next three years?', 'How much value will a Samsung lose over the next three years?'],
    ['What is Picasso worth today?', 'What is a Picasso worth today?'],
    ['What is BMW worth today, roughly?', 'What is a BMW worth today, roughly?'],
    ['What is the Tesla worth today?', 'What is Tesla worth today?'],
    ['What would the Lenovo be worth in 10 years?', 'What would Lenovo be worth in 10 years?'],
  ]);
  served([
    ['Is a Kindle worth it?', 'Is Kindle worth it?'],
    ['Is Ryzen 7 7700X worth it in 2024?', 'Is the Ryzen 7 7700X worth it in 2024?'],
    ['What is the price of a Tesla Model 3?', 'What is the price of Tesla Model 3?'],
  ]);
});

describe('"\'s" before a verb of giving: "has" or "is" (verify-tokens.ts)', () => {
  notServed([
    ["Rosa had $50 this morning. She's given $30. How much money does she have now?", 'Rosa had $50 this morning. She is given $30. How much money does she have now?'],
    ["Noah has 24 cards. He's promised 3 cards. How many will he have once the promise is kept?", 'Noah has 24 cards. He is promised 3 cards. How many will he have once the promise is kept?'],
    ["Nina has $80. She's already lent $10. How much does she have left?", 'Nina has $80. She is already lent $10. How much does she have left?'],
  ]);
  served([
    ["She's married. Should I still ask her out?", 'She is married. Should I still ask her out?'],
    ["It's paid monthly, right?", 'It is paid monthly, right?'],
    ["She's given $30.", "She's given $30."],
  ]);
});

describe('"the most of" and "most of" (article-rules.ts)', () => {
  notServed([
    ['Raj ate 43% of the cake, Hugo 16% and Carmen 41%. Who ate the most of the cake?', 'Raj ate 43% of the cake, Hugo 16% and Carmen 41%. Who ate most of the cake?'],
    ['Which country has the most of the world’s oil reserves?', 'Which country has most of the world’s oil reserves?'],
  ]);
  served([['Which country has the most people?', 'Which country has most people?']]);
});

describe('a comma that closes a condition or a reported statement before "and"/"or" (comma-meaning.ts)', () => {
  notServed([
    ['The bridge opens if a tall ship arrives and the traffic is stopped. A tall ship arrived at six. Did the bridge open at six?', 'The bridge opens if a tall ship arrives, and the traffic is stopped. A tall ship arrived at six. Did the bridge open at six?'],
    ['Bob gets a discount if he is a member or spends over $50. Does he get one?', 'Bob gets a discount if he is a member, or spends over $50. Does he get one?'],
    ['Lucas said that Arjun scored the goal and Carlos won the match ball. Who won the ball?', 'Lucas said that Arjun scored the goal, and Carlos won the match ball. Who won the ball?'],
  ]);
  served([
    ['If it rains, bring an umbrella and boots.', 'If it rains, bring an umbrella, and boots.'],
    ['Explain recursion and give an example.', 'Explain recursion, and give an example.'],
  ]);
});

describe('an option of a grammar quiz (text-form-topic.ts)', () => {
  notServed([
    ['Which sentence is punctuated correctly?\nA. After the game, we went home.\nB. After the game we, went home.\n\nExplain your answer.', 'Which sentence is punctuated correctly?\nA. After the game we went home.\nB. After the game we, went home.\n\nExplain your answer.'],
    ['Q: Which sentence uses commas correctly?\nA) My brother, who lives in Rome, is a chef.\nB) My brother who lives in Rome, is a chef.', 'Q: Which sentence uses commas correctly?\nA) My brother who, lives in Rome, is a chef.\nB) My brother who lives in Rome, is a chef.'],
    ['Which sentence uses the comma correctly?\nA) I wanted to go, but it was raining.\nB) I wanted, to go but it was raining.\nWhich letter is it?', 'Which sentence uses the comma correctly?\nA) I wanted, to go but it was raining.\nB) I wanted to go, but it was raining.\nWhich letter is it?'],
    ['Choose the phrase with the correct article.\nA) an university\nB) a uniform\nC) an house\nD) a igloo', 'Choose the phrase with the correct article.\nA) an university\nB) a uniform\nC) an house\nD) an igloo'],
  ]);
  served([
    ['Which sentence is correct?\nA: Their going to the park.\nB: They’re going to the park.\n\nExplain your answer.', 'Which sentence is correct?\nA: Their going to the park.\nB: They’re going to the park.\n\nPlease explain your answer.'],
    ['Which sentence is correct?\nAnswer choices:\n1. I bought apples, oranges, and pears.\n2. I bought, apples oranges and pears.', 'Which sentence is correct?\nanswer choices:\n1. I bought apples, oranges, and pears.\n2. I bought, apples oranges and pears.'],
  ]);
});

describe('near-duplicates three red teams found refused (classify-difference.ts, prepare-tokens.ts)', () => {
  served([
    ['What are the signs of flu?', 'What are teh signs of flu?'],
    ['He saw the dog and the cat', 'He saw teh dog adn the cat'],
    ['What is the capital of France?', 'Question: What is the capital of France?'],
    ['What is the unit of frequency?\nA: Hertz\nB: Tesla', 'Q: What is the unit of frequency?\nA: Hertz\nB: Tesla'],
    ['How do I unmatch someone on Hinge?', 'How do I unmatch someone on Hinge? Please help.'],
    ['My 2-year-old has a fever of 102. Should I give Tylenol?', 'Hi, My 2-year-old has a fever of 102. Should I give Tylenol?'],
    // "I" keeps its capital's key after a greeting (a first version lowercased it and refused these).
    ['I need help with my taxes. What can I deduct?', 'Hi, I need help with my taxes. What can I deduct?'],
    // Nor does a word after an opening quote become a sentence's start (it is none on the other side either).
    ['"We\'re in the finals, and it was a little embarrassing," he said.', 'Please "We\'re in the finals, and it was a little embarrassing," he said.'],
    ['is it a good idea to co-sign a loan for my sister', 'Hey! is it a good idea to co-sign a loan for my sister'],
    ['can i be evicted for unpaid utility bills', 'can i be evicted for unpaid utility bills please'],
  ]);
  notServed([
    ['Fix the typos: I went to teh store', 'Fix the typos: I went to the store'],
    ['Is "teh" a word?', 'Is "the" a word?'],
    ['Translate to French:\nPlease help.', 'Translate to French:'],
    // A second hostile review (session 40): the new acceptances where the word or the courtesy is what is asked about.
    ['Count occurrences of the in this text: the cat and the dog.', 'Count occurrences of teh in this text: teh cat and teh dog.'],
    ['Why do I always type becuase instead of because?', 'Why do I always type because instead of because?'],
    ["What's the history of teh?", "What's the history of the?"],
    ['Where does teh come from?', 'Where does the come from?'],
    ['Q: drive not showing in Windows 10', 'Drive not showing in Windows 10'],
    ['Please help. How many exclamation marks did I use?', 'How many exclamation marks did I use?'],
    ['Hi! what is the second character of my message?', 'Hi, what is the second character of my message?'],
    ['How do you say two tickets please', 'How do you say two tickets'],
    ['In gdb I entered\nHelp me.\nWhat does it list?', 'In gdb I entered\nWhat does it list?'],
    ['Hi, My name is Ana. Is my greeting formal enough?', 'My name is Ana. Is my greeting formal enough?'],
    ['Help!', 'Help me!'],
    ['What does arr.sort! do', 'What does arr.sort do'],
  ]);
});

// A hostile review of the session's first versions: near-duplicates each rule refused, served again.
describe('what the hostile review found refused by the first versions', () => {
  served([
    ['Plan a 3-day trip to Rome.', 'Plan a 3-day trip to Rome?'],
    ['Tell me a joke.', 'Tell me a joke?'],
    ['Turn this into a haiku.', 'Turn this into a haiku?'],
    ['Is the Dyson worth buying in 2024?', 'Is Dyson worth buying in 2024?'],
    ["What's the average house price in the Netherlands?", "What's the average house price in Netherlands?"],
    ['What is the best price for the Kindle?', 'What is the best price for Kindle?'],
    ['How do I make the most of my trip to Japan?', 'How do I make most of my trip to Japan?'],
    ["He's paid $15 an hour. How much does he earn in a 40-hour week?", 'He is paid $15 an hour. How much does he earn in a 40-hour week?'],
    ['Tell me if my plan makes sense, and explain why.', 'Tell me if my plan makes sense and explain why.'],
    ['What happens if I miss a credit card payment, and how does it affect my score?', 'What happens if I miss a credit card payment and how does it affect my score?'],
    ['Which sentence is punctuated correctly?\nA) Let’s eat, Grandma!\nB) Lets eat Grandma!\nJust give the letter.', 'Which sentence is punctuated correctly?\nA) Let’s eat, Grandma!\nB) Lets eat Grandma!\njust give the letter'],
  ]);
  notServed([
    ['So sell my Tesla stock.', 'So sell my Tesla stock?'],
    ['Mia has 20 points. She’s only given 5 away. How many does she have?', 'Mia has 20 points. She is only given 5 away. How many does she have?'],
    ['Which of these sentences is correct?\nA) I have a umbrella.\nB) I have an umbrella.', 'Which of these sentences is correct?\nA) I have an umbrella.\nB) I have an umbrella.'],
  ]);
});

describe('a value of a list pasted one per line and tallied (tallied-items.ts)', () => {
  notServed([
    ['Tags:\nPhoto\nGame\nPhoto\nGame\nPhoto\nWhich tags appear only once?', 'Tags:\nPhotos\nGame\nPhoto\nGame\nPhoto\nWhich tags appear only once?'],
    ["Hours logged:\napp 2\naudit 1\nwebsite 4\napp 8\nWhat's the total per project?", "Hours logged:\napp 2\naudits 1\nwebsite 4\napp 8\nWhat's the total per project?"],
    ['Colors chosen:\ngray\nblack\nblack\ngray\nblack\nAre there any duplicates? List them.', 'Colors chosen:\ngrey\nblack\nblack\ngray\nblack\nAre there any duplicates? List them.'],
    ['Skills listed:\nmodeling\nsql\npython\nmodeling\nMake a pie chart of the skill counts.', 'Skills listed:\nmodeling\nsql\nPython\nmodeling\nMake a pie chart of the skill counts.'],
  ]);
  served([
    ['Favorite fruits:\napple\nplum\nplum\napple\nGive me a frequency table of the fruits.', 'favorite fruits:\napple\nplum\nplum\napple\nGive me a frequency table of the fruits.'],
    ['Shopping list:\napples\nbread\nmilk\nWhat can I cook with these?', 'Shopping list:\napples\nbread\nmilk\nWhat can I cook with these, please?'],
  ]);
});

describe('a drug, a drink or an impairing act fronted without whose, moved onto another person (clause-move.ts)', () => {
  notServed([
    ['On Percocet, is it safe for my boyfriend to watch our newborn overnight?', 'Is it safe for my boyfriend to watch our newborn overnight on Percocet?'],
    ['After a few drinks, should my husband watch our newborn overnight?', 'Should my husband watch our newborn overnight after a few drinks?'],
    ['While driving, can my teenager text me back?', 'Can my teenager text me back while driving?'],
    ['On methadone, can my son drive me to the ER?', 'Can my son drive me to the ER on methadone?'],
  ]);
  served([
    ['On weekends, can my kids stay up late?', 'Can my kids stay up late on weekends?'],
    ['After dinner, can my son have dessert?', 'Can my son have dessert after dinner?'],
    ["Since I'm on Xanax, should my son pick me up from the airport?", "Should my son pick me up from the airport since I'm on Xanax?"],
  ]);
});
