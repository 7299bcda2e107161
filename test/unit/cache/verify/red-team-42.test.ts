import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 36: red teams. A word-form fuzzer (5,842 pairs: affixes, stemmer conflations, compounds, spellings,
 * abbreviations, irregular forms; 145 of 270 pairs served where WordNet's exception list reads an everyday word as
 * another's irregular plural) and a templated-prompt fuzzer (5,578 pairs over 43 kinds of slot: 0 of 1,652 ordinary
 * slot changes served; a keyword to target and a filter's value served across spellings, inflections and synonyms,
 * and politeness inside a text to translate). Each not-served pair was `same` on the session's start (30a04cf); the
 * served pairs are near-duplicates the rules must leave alone. Stored text first, as the proxy reads it.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('an everyday word WordNet lists as the irregular plural of another', () => {
  notServed([
    ['What is a colon?', 'What is a cola?'],
    ['How can I increase my stamina?', 'How can I increase my stamen?'],
    ['Hey, what is a diva?', 'Hey, what is a dive?'],
    ['What is stigma? I need this for school.', 'What is stigmata? I need this for school.'],
    ['Write a poem about trivia.', 'Write a poem about trivium.'],
  ]);
  served([
    ['Why do men snore?', 'Why do man snore?'],
    ['How many teeth does a dog have?', 'How many tooth does a dog have?'],
    ['What are fungi?', 'What are fungus?'],
    ['Why is my baby crying?', 'Why is my baby crying'],
  ]);
});

describe('a keyword to target, typed without quotes', () => {
  notServed([
    ['Write 5 long-tail SEO keywords based on the seed keyword: cheap flights', 'Write 5 long-tail SEO keywords based on the seed keyword: inexpensive flights'],
    ['Write a meta title and meta description for a page targeting the keyword jewellery.', 'Write a meta title and meta description for a page targeting the keyword jewelry.'],
    ['Create 10 Google Ads headlines (max 30 characters each) for the keyword dog bed.', 'Create 10 Google Ads headlines (max 30 characters each) for the keyword dog beds.'],
    ['Give me 20 keyword ideas for grey sofa with search intent for each.', 'Give me 20 keyword ideas for gray sofa with search intent for each.'],
    ['Write 5 YouTube video titles for the search term dog bed.', 'Write 5 YouTube video titles for the search term dog beds.'],
    ['Write an Amazon product title (max 200 characters) that starts with e-mail marketing.', 'Write an Amazon product title (max 200 characters) that starts with email marketing.'],
  ]);
  served([
    ['Write a meta title for the keyword jewellery.', 'Please write a meta title for the keyword jewellery.'],
    ['What are the best keyword research tools?', 'What are the best keyword research tool?'],
    ['Which colour should my logo be?', 'Which color should my logo be?'],
  ]);
});

describe("a filter's value in a request for a query, a formula or a filter over data", () => {
  const schema = 'Tables:\nproducts(id INT PRIMARY KEY, name TEXT, category TEXT, colour TEXT, price NUMERIC(10,2))\norders(id INT PRIMARY KEY, customer_id INT, product_id INT, status TEXT, placed_at DATE)\n\n';
  notServed([
    ['Question: How many orders have status cancelled?\nSQL:', 'Question: How many orders have status canceled?\nSQL:'],
    [`${schema}Write SQL to count products whose colour is grey.`, `${schema}Write SQL to count products whose colour is gray.`],
    [`${schema}Question: list the names of customers who bought anything from the jewellery category in 2024.\nSQL:`, `${schema}Question: list the names of customers who bought anything from the jewelry category in 2024.\nSQL:`],
    ['Google Sheets: count the rows where column C is cancelled. Give me the formula.', 'Google Sheets: count the rows where column C is canceled. Give me the formula.'],
    ['In pandas, filter df to rows where the category column equals sofa.', 'In pandas, filter df to rows where the category column equals couch.'],
    ['In pandas, filter df to rows where the category column equals toy.', 'In pandas, filter df to rows where the category column equals toys.'],
    ['Give me a COUNTIFS formula: column A is grey and column D is greater than 10.', 'Give me a COUNTIFS formula: column A is gray and column D is greater than 10.'],
    ['JQL: all open issues in project WEB with the label localisation, ordered by priority.', 'JQL: all open issues in project WEB with the label localization, ordered by priority.'],
    ['Write a SOQL query for Accounts whose Type is organisation.', 'Write a SOQL query for Accounts whose Type is organization.'],
    ['Zapier filter step: only continue if the order status is cancelled. How do I set it up?', 'Zapier filter step: only continue if the order status is canceled. How do I set it up?'],
  ]);
  served([
    ['Write a SQL query that counts the orders placed in 2024.', 'Please write a SQL query that counts the orders placed in 2024.'],
    ['How do I filter rows in Excel where the value is blank?', 'how do I filter rows in Excel where the value is blank'],
    ['What is the status of my order?', 'What is the status of my orders?'],
  ]);
});

describe('politeness inside a text the last line has translated or rewritten', () => {
  notServed([
    ['Please do not reply to this email.\n\nTranslate the above into Italian.', 'Do not reply to this email.\n\nTranslate the above into Italian.'],
    ['Please do not reply to this email.\n\nTranslate this into Spanish.', 'Do not reply to this email.\n\nTranslate this into Spanish.'],
    ['Please do not reply to this email.\nTranslate to French please.', 'Do not reply to this email.\nTranslate to French please.'],
    ['Please do not reply to this email.\n\nRewrite the above in a more casual tone.', 'Do not reply to this email.\n\nRewrite the above in a more casual tone.'],
  ]);
  served([
    ['Translate the above into Italian.', 'Please translate the above into Italian.'],
    ['Hi,\nCan you please help me?\nThanks', 'Hi,\nCan you help me?'],
  ]);
});

describe('a phrasal verb written as one word', () => {
  served([
    ['How do I back up my iPhone to iCloud?', 'How do I backup my iPhone to iCloud?'],
    ['How do I log in to Gmail on a new phone?', 'How do I login to Gmail on a new phone?'],
    ['How do I set up a home router?', 'How do I setup a home router?'],
    ['How do I set-up a home router?', 'How do I set up a home router?'],
    ['What is the best way to work out at home?', 'What is the best way to workout at home?'],
    ['How do I sign up for Netflix?', 'How do I signup for Netflix?'],
  ]);
  notServed([
    ['Is it warmer in a green house?', 'Is it warmer in a greenhouse?'],
    ['Are you all ready for the trip?', 'Are you already for the trip?'],
    ['How do I get paid over time?', 'How do I get paid overtime?'],
    ['docker login fails with an error', 'docker log in fails with an error'],
  ]);
});

describe('a note moved to the next item of a list typed one labelled item per line', () => {
  notServed([
    ['Our dinner plan:\nMonday: tacos. No dairy.\nTuesday: soup.\nGive me the shopping list.', 'Our dinner plan:\nMonday: tacos.\nNo dairy. Tuesday: soup.\nGive me the shopping list.'],
    ['Training plan:\nMonday: cardio and core.\nTuesday: rest.\nWednesday: shoulders and arms. No overhead pressing.\nThursday: lower body.\nList sets and reps.', 'Training plan:\nMonday: cardio and core.\nTuesday: rest.\nWednesday: shoulders and arms.\nNo overhead pressing. Thursday: lower body.\nList sets and reps.'],
    // Line breaks as careless clients send them: a lone CR (old Mac files), CRLF, U+2028 (pasted from a web page).
    ['Our dinner plan:\rMonday: tacos. No dairy.\rTuesday: soup.\rGive me the shopping list.', 'Our dinner plan:\rMonday: tacos.\rNo dairy. Tuesday: soup.\rGive me the shopping list.'],
    ['Our dinner plan:\r\nMonday: tacos. No dairy.\r\nTuesday: soup.\r\nGive me the shopping list.', 'Our dinner plan:\r\nMonday: tacos.\r\nNo dairy. Tuesday: soup.\r\nGive me the shopping list.'],
    ['Our dinner plan:\u2028Monday: tacos. No dairy.\u2028Tuesday: soup.\u2028Give me the shopping list.', 'Our dinner plan:\u2028Monday: tacos.\u2028No dairy. Tuesday: soup.\u2028Give me the shopping list.'],
    // Labels as word processors and hurried typists write them: a no-break space, no space, italics.
    ['Our dinner plan:\nMonday:\u00a0tacos. No dairy.\nTuesday:\u00a0soup.\nGive me the shopping list.', 'Our dinner plan:\nMonday:\u00a0tacos.\nNo dairy. Tuesday:\u00a0soup.\nGive me the shopping list.'],
    ['Our dinner plan:\nMonday\u00a0: tacos. No dairy.\nTuesday\u00a0: soup.\nGive me the shopping list.', 'Our dinner plan:\nMonday\u00a0: tacos.\nNo dairy. Tuesday\u00a0: soup.\nGive me the shopping list.'],
    ['Our dinner plan:\nMonday:tacos. No dairy.\nTuesday:soup.\nGive me the shopping list.', 'Our dinner plan:\nMonday:tacos.\nNo dairy. Tuesday:soup.\nGive me the shopping list.'],
    ['Our dinner plan:\n*Monday:* tacos. No dairy.\n*Tuesday:* soup.\nGive me the shopping list.', 'Our dinner plan:\n*Monday:* tacos.\nNo dairy. *Tuesday:* soup.\nGive me the shopping list.'],
    ['Our family members and their needs:\nAnna: on a keto diet. No alcohol.\nBen: vegetarian.\nCarla: diabetic.\nSuggest a three-course menu.', 'Our family members and their needs:\nAnna: on a keto diet.\nNo alcohol. Ben: vegetarian.\nCarla: diabetic.\nSuggest a three-course menu.'],
  ]);
  served([
    ['Our dinner plan:\nMonday: tacos. No dairy.\nTuesday: soup.\nGive me the shopping list.', 'Our dinner plan:\nMonday: tacos. No dairy.\nTuesday: soup.\nPlease give me the shopping list.'],
    ['Our dinner plan:\nMonday: tacos. No dairy.\nTuesday: soup.\nGive me the shopping list.', 'Our dinner plan:\n\nMonday: tacos. No dairy.\nTuesday: soup.\nGive me the shopping list.'],
    ['Our dinner plan:\nMonday: tacos. No dairy.\nTuesday: soup.\nGive me the shopping list.', 'Our dinner plan:\nMonday:\ntacos. No dairy.\nTuesday: soup.\nGive me the shopping list.'],
  ]);
});

describe('commas around a relative clause after a collective noun', () => {
  notServed([
    ['The bonus is paid to kitchen staff who live abroad. Who does this apply to?', 'The bonus is paid to kitchen staff, who live abroad. Who does this apply to?'],
    ['Free lunches are provided for support staff who joined after 2020. Is this fair?', 'Free lunches are provided for support staff, who joined after 2020. Is this fair?'],
    ['The airline compensates cabin crew who work night shifts. Summarize the policy.', 'The airline compensates cabin crew, who work night shifts. Summarize the policy.'],
  ]);
  served([['The bonus is paid to kitchen staff who live abroad. Who does this apply to?', 'the bonus is paid to kitchen staff who live abroad. who does this apply to?']]);
});

describe('a keyword or a filter value in other phrasings, and texts to translate asked for in other words', () => {
  notServed([
    ['Write a meta description for my page (keyword jewellery).', 'Write a meta description for my page (keyword jewelry).'],
    ['Target keyword - grey sofa. Write an intro paragraph.', 'Target keyword - gray sofa. Write an intro paragraph.'],
    ['How can my page rank for dog bed?', 'How can my page rank for dog beds?'],
    ['Write a SQL query for orders whose status is set to cancelled.', 'Write a SQL query for orders whose status is set to canceled.'],
    ['Write a SQL query for orders with a status of cancelled.', 'Write a SQL query for orders with a status of canceled.'],
    ['Excel: sum column B for the rows where column A has cancelled.', 'Excel: sum column B for the rows where column A has canceled.'],
    ['Please do not reply to this email.\n\nCan you translate this into Italian?', 'Do not reply to this email.\n\nCan you translate this into Italian?'],
    ['Please do not reply to this email.\n\nHow do you say this in Korean?', 'Do not reply to this email.\n\nHow do you say this in Korean?'],
    ['Please do not reply to this email.\n\nCorrect any mistakes.', 'Do not reply to this email.\n\nCorrect any mistakes.'],
  ]);
  served([
    ['Should I start with guitar or piano?', 'Should I start with guitars or piano?'],
    ['How do I speed up a SQL query when the table is very large?', 'How do I speed up a SQL query when the table is very big?'],
    ['Which baby formula is best if my baby is colicky?', 'Which baby formula is best if my baby is collicky?'],
    ['Quick query: what are my rights if my flight is cancelled?', 'Quick query: what are my rights if my flight is canceled?'],
    ['How do I change the chart type in Excel?', 'How do I change the cahrt type in Excel?'],
    ['Can you please help me with this message?\nHi Tom, the meeting moved to 3 pm.\n\nTranslate the above into Spanish.', 'Can you help me with this message?\nHi Tom, the meeting moved to 3 pm.\n\nTranslate the above into Spanish.'],
    ['Please be brief.\nTranslate into French: I would like a table for two.', 'Be brief.\nTranslate into French: I would like a table for two.'],
  ]);
});

describe('a count of whom a question is for, moved into the clause inside it', () => {
  notServed([
    ['For 3 kids, how much do I spend if lunch costs $5?', 'How much do I spend if lunch costs $5 for 3 kids?'],
    ['For 4 people, how much will I pay if tickets cost $45?', 'How much will I pay if tickets cost $45 for 4 people?'],
    ['For 4 people, is $100 enough if one ticket costs $30?', 'Is $100 enough if one ticket costs $30 for 4 people?'],
    ['For three rooms, how much paint do I buy since one gallon covers 400 square feet?', 'How much paint do I buy since one gallon covers 400 square feet for three rooms?'],
  ]);
  served([
    ['For 4 people, how much pasta should I cook?', 'How much pasta should I cook for 4 people?'],
    ['For 3 kids, how much do I spend if lunch costs $5?', 'for 3 kids, how much do I spend if lunch costs $5'],
  ]);
});

describe("a unit's abbreviation against its name after a number", () => {
  served([
    ['How many calories are in 100 g of rice?', 'How many calories are in 100 grams of rice?'],
    ['How far is 5 km in miles?', 'How far is 5 kilometres in miles?'],
    ['Is 200 mg of caffeine a lot?', 'Is 200 milligrams of caffeine a lot?'],
    ['Set a timer for 25 min', 'Set a timer for 25 minutes'],
    ['How tall is 5 ft in cm?', 'How tall is 5 feet in cm?'],
  ]);
  notServed([
    ['Is 200 mg of caffeine a lot?', 'Is 200 mcg of caffeine a lot?'],
    ['Is 200 mg of caffeine a lot?', 'Is 200 micrograms of caffeine a lot?'],
    ['How far is 5 km?', 'How far is 5 miles?'],
    ['Is a 256 GB phone enough?', 'Is a 256 Gb phone enough?'],
    ['What does km stand for?', 'What does kilometers stand for?'],
  ]);
});

describe("a review of the session's rules: near-duplicates they must leave alone, and their gaps", () => {
  served([
    ['I am planning to quit my job to start a bakery. Please be honest with me.\nThoughts?', 'I am planning to quit my job to start a bakery. Be honest with me.\nThoughts?'],
    ['My sourdough never rises properly. Please tell me what I am doing wrong.\nIn Python, please.', 'My sourdough never rises properly. Tell me what I am doing wrong.\nIn Python, please.'],
    ['Please keep the same tone.\nDear Mr. Lee, thank you for your order.\nRewrite this.', 'Keep the same tone.\nDear Mr. Lee, thank you for your order.\nRewrite this.'],
    ['Make this email shorter. Keep the key points.\n\nSubject: Offsite\nTo: Team\nWe meet on Friday at 9.', 'Make this email shorter.\nKeep the key points.\n\nSubject: Offsite\nTo: Team\nWe meet on Friday at 9.'],
    ['Ingredients: 2 eggs, 1 cup flour, 1 cup milk. A pinch of salt.\nSteps: whisk and fry.', 'Ingredients: 2 eggs, 1 cup flour, 1 cup milk.\nA pinch of salt.\nSteps: whisk and fry.'],
    ['Write Facebook ad copy targeting new parents.', 'Write Facebook ad copy targeting new parent.'],
    ['Make sure the search term appears naturally in the text.', 'Make sure the search term appears naturaly in the text.'],
    ['My main keyword keeps dropping in Google. Why?', 'My main keyword keep dropping in Google. Why?'],
    ['How do I change the label colour of a chart in Excel?', 'How do I change the label color of a chart in Excel?'],
    ['Okay people, who wants to help with the move?', 'Okay people who wants to help with the move?'],
    ["I can't log in.", "I can't login."],
  ]);
  notServed([
    ['How do I sign in DocuSign?', 'How do I signin DocuSign?'],
    ['How do I log in Django?', 'How do I login Django?'],
    ['How do I log in Node.js?', 'How do I login Node.js?'],
    ['Write a policy brief on housing support for the elderly who live alone.', 'Write a policy brief on housing support for the elderly, who live alone.'],
    ['Translate to Spanish\nHi Mark,\nPlease do not reply to this email.\nBest, Anna', 'Translate to Spanish\nHi Mark,\nDo not reply to this email.\nBest, Anna'],
    ['Hi Mark,\nPlease do not reply to this email.\nBest, Anna\nAnd in French?', 'Hi Mark,\nDo not reply to this email.\nBest, Anna\nAnd in French?'],
    ['Make a shopping list for this meal plan.\n**Monday**: tacos. No dairy.\n**Tuesday**: soup.', 'Make a shopping list for this meal plan.\n**Monday**: tacos.\nNo dairy. **Tuesday**: soup.'],
    ['Make a shopping list for this meal plan.\nMonday - tacos. No dairy.\nTuesday - soup.', 'Make a shopping list for this meal plan.\nMonday - tacos.\nNo dairy. Tuesday - soup.'],
  ]);
});

describe('a time, a frequency or a condition moved between two steps by a line break or a mark', () => {
  notServed([
    ['My manager wrote:\nSend the draft to Maria\nOn Monday review the budget\nWhen should I send the draft to Maria?', 'My manager wrote:\nSend the draft to Maria on Monday\nreview the budget\nWhen should I send the draft to Maria?'],
    ['Chores for this week.\nWater the tomatoes\nTwice a week feed the chickens\nWhen should I feed the chickens?', 'Chores for this week.\nWater the tomatoes twice a week\nfeed the chickens\nWhen should I feed the chickens?'],
    ['Take the antibiotic.\nAt 9 am, eat a light meal.\nWhen should I take the antibiotic?', 'Take the antibiotic at 9 am,\neat a light meal.\nWhen should I take the antibiotic?'],
    ['Reminder from my wife: Walk the dog. On Sunday, take out the recycling. How often do I walk the dog?', 'Reminder from my wife: Walk the dog on Sunday, take out the recycling. How often do I walk the dog?'],
    ['Text Maria. After lunch, book the restaurant. Put this in my calendar.', 'Text Maria after lunch, book the restaurant. Put this in my calendar.'],
    ['The doctor said: Give her 5 ml of amoxicillin. Twice a day, clean the wound with saline. Make me a daily schedule.', 'The doctor said: Give her 5 ml of amoxicillin twice a day, clean the wound with saline. Make me a daily schedule.'],
    ['Water the tomatoes every morning. Feed the chickens. When should I feed the chickens?', 'Water the tomatoes, every morning feed the chickens. When should I feed the chickens?'],
    ['If the fever goes above 39, give her ibuprofen. Call the doctor. Should I call the doctor if her fever is 38?', 'If the fever goes above 39, give her ibuprofen, call the doctor. Should I call the doctor if her fever is 38?'],
    ['the doctor said: give her 5 ml of amoxicillin. twice a day, clean the wound with saline. make me a daily schedule.', 'the doctor said: give her 5 ml of amoxicillin twice a day, clean the wound with saline. make me a daily schedule.'],
    ['You need to give him the amoxicillin. With food, give him the ibuprofen. Make me a schedule.', 'You need to give him the amoxicillin with food, give him the ibuprofen. Make me a schedule.'],
    ["Don't forget to water the plants. In the morning, feed the cat. Make me a checklist.", "Don't forget to water the plants in the morning, feed the cat. Make me a checklist."],
    ['Take the metformin. With breakfast, take the vitamin D. When do I take the metformin?', 'Take the metformin with breakfast, take the vitamin D. When do I take the metformin?'],
    ['Check the tire pressure. Every month, rotate the tires. Make me a maintenance calendar.', 'Check the tire pressure every month, rotate the tires. Make me a maintenance calendar.'],
    ['My manager wrote: Fix the login bug. By Friday, deploy to staging. Put this in my calendar.', 'My manager wrote: Fix the login bug by Friday, deploy to staging. Put this in my calendar.'],
  ]);
  served([
    ['Summarize the main\ncauses of the French Revolution in five short bullet points', 'Summarize the main causes of the French Revolution in five\nshort bullet points'],
    ['Help me out. Using pandas, how do I drop rows with NaN?', 'Help me out using pandas, how do I drop rows with NaN?'],
    ['Take the antibiotic.\nAt 9 am, eat a light meal.\nWhen should I take the antibiotic?', 'Take the antibiotic.\n\nAt 9 am, eat a light meal.\nWhen should I take the antibiotic?'],
  ]);
});

describe("a review of the step rules: comma splices, chatty openers and wrapped paragraphs they must leave alone", () => {
  served([
    ['When I run, my knee hurts. What should I do?', 'When I run, my knee hurts, what should I do?'],
    ['If my flight is delayed, can I get a refund? I booked with Delta.', 'If my flight is delayed, can I get a refund, I booked with Delta.'],
    ['If I miss a dose, what should I do?', 'If I miss a dose. What should I do?'],
    ['Need some advice. If my landlord keeps my deposit, what can I do?', 'Need some advice, if my landlord keeps my deposit, what can I do?'],
    ['Guess what. Tomorrow, I start my new job. Any tips for the first day?', 'Guess what, tomorrow, I start my new job. Any tips for the first day?'],
    ['I have a 3 year old who\nrefuses to sleep in her own\nbed. We tried everything.\nWhat should we do?', 'I have a 3 year old who refuses\nto sleep in her own bed. We\ntried everything.\nWhat should we do?'],
  ]);
});
