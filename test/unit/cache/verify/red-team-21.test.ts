import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 17: four red teams (shared contexts, templates and pasted texts; swapped orders, antonyms, siblings and
 * code; output instructions, modality, quantifiers and time; medicine, law, operations and safety: ~2,200 pairs) found these wrong answers. Each
 * not-served pair was served by the code before and asks another thing; each served pair is a rewording the fixes
 * must keep.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

const EMAIL = 'Send me the invoice for March by tomorrow. I need it for the audit.';
const POLITE_EMAIL = 'Please send me the invoice for March by tomorrow. I need it for the audit. Thanks!';
const BRITISH = 'We need to organise the colour scheme and finalise the catalogue before the programme launches.';
const AMERICAN = 'We need to organize the color scheme and finalize the catalog before the program launches.';
const LETTER = 'I has been working in retail for five years and I am confident that my experience make me a strong candidate for this role.';
const FIXED_LETTER = 'I have been working in retail for five years and I am confident that my experience makes me a strong candidate for this role.';

describe("a pasted text judged for its tone or manners: its courtesies are the answer", () => {
  notServed([
    [`${EMAIL}\n\nDoes the sender say please?`, `${POLITE_EMAIL}\n\nDoes the sender say please?`],
    ['Is this too blunt?\n\nReply ASAP. The client is waiting.', 'Is this too blunt?\n\nPlease reply ASAP. The client is waiting, thank you.'],
    ['Would my boss find this rude?\n\nReply ASAP. The client is waiting.', 'Would my boss find this rude?\n\nPlease reply ASAP. The client is waiting, thank you.'],
    [`Classify the tone as polite, neutral or rude.\n\n${EMAIL}`, `Classify the tone as polite, neutral or rude.\n\n${POLITE_EMAIL}`],
    [`${EMAIL}\n\nDoes this email come across as demanding?`, `${POLITE_EMAIL}\n\nDoes this email come across as demanding?`],
    ['Reply ASAP. The client is waiting.\n\nDoes this message include any pleasantries?', 'Please reply ASAP. The client is waiting, thank you.\n\nDoes this message include any pleasantries?'],
    ['Is my message rude?\n\nHi Tom, send me the report by Friday.', 'Is my message rude?\n\nHi Tom, please send me the report by Friday.'],
    ['Hi Tom, send me the report by Friday.\n\nIs this passive aggressive?', 'Hi Tom, please send me the report by Friday.\n\nIs this passive aggressive?'],
    ['Is the tone ok?\n\nHi Tom, send me the report by Friday.', 'Is the tone ok?\n\nHi Tom, please send me the report by Friday.'],
    ['Would my manager be offended by this?\n\nHi Tom, send me the report by Friday.', 'Would my manager be offended by this?\n\nHi Tom, please send me the report by Friday.'],
  ]);
  served([
    ['How do I say thank you in German? Thanks!', 'How do I say thank you in German?'],
    ['Is this too blunt?\n\nReply ASAP. The client is waiting.', 'is this too blunt\n\nReply ASAP. The client is waiting.'],
    ['Please write a polite email to my landlord about the broken heater.', 'Write a polite email to my landlord about the broken heater.'],
  ]);
});

describe('a pasted text asked about for the variety of English it is written in: its spellings are the answer', () => {
  notServed([
    [`${BRITISH}\n\nIs this written by an American or a Brit?`, `${AMERICAN}\n\nIs this written by an American or a Brit?`],
    [`${BRITISH}\n\nUS or UK?`, `${AMERICAN}\n\nUS or UK?`],
    [`Where is the writer probably from?\n${BRITISH}`, `Where is the writer probably from?\n${AMERICAN}`],
    [`Does this need changes for a UK newspaper?\n${BRITISH}`, `Does this need changes for a UK newspaper?\n${AMERICAN}`],
  ]);
  served([['What is the colour of the sky on Mars?', 'What is the color of the sky on Mars?']]);
});

describe('a pasted text judged for its number style or length: digits and number words are two answers', () => {
  notServed([
    ['Does this follow AP style for numbers?\nWe shipped 6 boxes to 3 stores on 2 trucks.', 'Does this follow AP style for numbers?\nWe shipped six boxes to three stores on two trucks.'],
    ['We shipped 6 boxes to 3 stores on 2 trucks.\n\nIs this under 45 characters?', 'We shipped six boxes to three stores on two trucks.\n\nIs this under 45 characters?'],
    ['How many characters long is this?\nThe meeting has 4 speakers and lasts 2 hours.', 'How many characters long is this?\nThe meeting has four speakers and lasts two hours.'],
    ['The meeting has 4 speakers and lasts 2 hours.\n\nWould a copy editor change anything?', 'The meeting has four speakers and lasts two hours.\n\nWould a copy editor change anything?'],
    ['Is this consistent with Chicago style?\nThe meeting has 4 speakers and lasts 2 hours.', 'Is this consistent with Chicago style?\nThe meeting has four speakers and lasts two hours.'],
  ]);
  served([['Give me 5 tips for a job interview', 'Give me five tips for a job interview']]);
});

describe('a pasted text judged as writing ("ready to send?", "well written?"): its grammar is the answer', () => {
  notServed([
    [`Is this ready to send?\n${LETTER}`, `Is this ready to send?\n${FIXED_LETTER}`],
    [`Anything wrong with this?\n${LETTER}`, `Anything wrong with this?\n${FIXED_LETTER}`],
    [`${LETTER}\n\nGrade this out of 10:`, `${FIXED_LETTER}\n\nGrade this out of 10:`],
    [`${LETTER}\n\nCan I post this on LinkedIn as is?`, `${FIXED_LETTER}\n\nCan I post this on LinkedIn as is?`],
    [`${LETTER}\n\nDoes this look good?`, `${FIXED_LETTER}\n\nDoes this look good?`],
    [`Is this fine?\n${LETTER}`, `Is this fine?\n${FIXED_LETTER}`],
    [`What would an editor change here?\n${LETTER}`, `What would an editor change here?\n${FIXED_LETTER}`],
    [`${LETTER}\n\nBe honest, is this well written?`, `${FIXED_LETTER}\n\nBe honest, is this well written?`],
  ]);
  served([
    [`Is this ready to send?\n${LETTER}`, `is this ready to send\n${LETTER}`],
    [`${LETTER}\n\nIs this ready to send?`, `${LETTER}\n\nis this ready to send`],
    [`${LETTER}\n\nIs this too blunt? Thanks!`, `${LETTER}\n\nIs this too blunt? Thank you!`],
    ['Is it too cold to go swimming in the sea in May?', 'Is it too cold to go swimming in the sea in May? Thanks'],
    ['Is it fine to leave cooked rice out overnight?', 'is it fine to leave cooked rice out overnight'],
    ['Write a headline for our spring sale, under 50 characters', 'Please write a headline for our spring sale, under 50 characters'],
    ['Can you help us market our new bakery?', 'Could you help us market our new bakery?'],
    ['Is it rude to ask my boss for a raise?', 'is it rude to ask my boss for a raise'],
    ['Is it appropriate to wear jeans to a wedding? Thanks', 'Is it appropriate to wear jeans to a wedding?'],
  ]);
});

describe('a word that orders, times or negates steps moved across a sentence or comma boundary joins the other step', () => {
  notServed([
    ['Turn off the breaker. First remove the cover plate.', 'Turn off the breaker first. Remove the cover plate.'],
    ['Pour the acid. First add the water.', 'Pour the acid first. Add the water.'],
    ['Call 911. First start CPR.', 'Call 911 first. Start CPR.'],
    ['Should I pay off my credit card? First should I build an emergency fund?', 'Should I pay off my credit card first? Should I build an emergency fund?'],
    ['Sell the stock now. Buy it back in January.', 'Sell the stock. Now buy it back in January.'],
    ['Can I drink after? I took antibiotics this morning.', 'Can I drink? After I took antibiotics this morning.'],
    ['turn off the breaker, first remove the cover plate', 'turn off the breaker first, remove the cover plate'],
    ['Commit your changes first, pull from origin.', 'Commit your changes, first pull from origin.'],
    ['Send the invoice today too. Follow up next week.', 'Send the invoice today. Too, follow up next week.'],
  ]);
  served([
    ['I love your answers. Anyway, how do I bake bread?', 'I love your answers, anyway. How do I bake bread?'],
    ['Hi. How are you?', 'Hi, how are you?'],
    ['Ok, then how do I fix it?', 'Ok then, how do I fix it?'],
    ['Got it. Now how do I deploy it?', 'Got it now. How do I deploy it?'],
    ['Yeah, I tried that too, still nothing', 'Yeah I tried that, too, still nothing'],
    ['Turn off the power. Then remove the cover, and disconnect the wires.', 'Turn off the power, then remove the cover and disconnect the wires.'],
  ]);
});

describe('a time phrase moved behind a question that filler reports ("tell me who …") comes to time that question', () => {
  notServed([
    ['After lunch, tell me who called', 'Tell me who called after lunch'],
    ['By tomorrow, tell me which tasks are due', 'Tell me which tasks are due by tomorrow'],
    ['By Friday, let me know which invoices are unpaid', 'Let me know which invoices are unpaid by Friday'],
    ['During the call, tell me who spoke', 'Tell me who spoke during the call'],
  ]);
  served([['In March, where can I see cherry blossoms that are in full bloom?', 'Where can I see cherry blossoms that are in full bloom in March?']]);
});

describe('"would you … me if" asks what the assistant would do; "can you" before "your" (not its answer) is anyone\'s you', () => {
  notServed([
    ["Would you tell me if you don't know the answer?", "Tell me if you don't know the answer."],
    ['would you tell me if my girlfriend was cheating', 'could you tell me if my girlfriend was cheating'],
    ['Could you list a PO box as your address on a passport application?', 'List a PO box as your address on a passport application.'],
    ['Can you explain your salary expectations in a cover letter?', 'Explain your salary expectations in a cover letter.'],
  ]);
  served([
    ['Can you explain quantum computing?', 'Explain quantum computing.'],
    ['Could you list a few good books on stoicism?', 'List a few good books on stoicism.'],
    ['Would you tell me a joke?', 'Tell me a joke.'],
    ['Can you compare a Roth IRA and a 401k?', 'Compare a Roth IRA and a 401k.'],
    ['Can you explain your answer?', 'Explain your answer'],
    ['Can you summarize your previous answer in 3 bullet points?', 'Summarize your previous answer in 3 bullet points.'],
    ['Would you help me write a cover letter if possible?', 'Could you help me write a cover letter if possible?'],
    ['Would you tell me if my code has a bug?', 'Could you tell me if my code has a bug?'],
    ['Can you summarize this article in your own words?', 'Summarize this article in your own words.'],
    ['Can you describe your capabilities?', 'Describe your capabilities.'],
  ]);
});

describe('a comma moved between two steps across what one of them says gives it to the other step', () => {
  notServed([
    ['take the steroid, as needed use the inhaler', 'take the steroid as needed, use the inhaler'],
    ['Give him tylenol, every 4 hours check his temperature', 'Give him tylenol every 4 hours, check his temperature'],
    ['Put the baby on her back, to sleep put her on her tummy', 'Put the baby on her back to sleep, put her on her tummy'],
    ['leave the raw chicken out, for 2 hours cook the rice', 'leave the raw chicken out for 2 hours, cook the rice'],
    ['Is it ok to take the warfarin, with food take the aspirin', 'Is it ok to take the warfarin with food, take the aspirin'],
    ['run the migration, on prod test it first', 'run the migration on prod, test it first'],
  ]);
  served([
    ['I have eggs, spinach and cheese but no milk, what can I make for breakfast?', 'I have eggs, spinach, and cheese but no milk what can I make for breakfast?'],
    ['Brown the onions, then add garlic, cook for a minute and then add the tomatoes', 'Brown the onions then add garlic, cook for a minute, and then add the tomatoes'],
    ['Yesterday at the gym, I hurt my knee. What should I do?', 'Yesterday, at the gym I hurt my knee. What should I do?'],
  ]);
});

describe('a plural of finance that names instruments is its own term', () => {
  notServed([
    ['securities law in california', 'security law in california'],
    ['how to report securities fraud', 'how to report security fraud'],
    ['are equities a safe investment', 'is equity a safe investment'],
    ['are treasuries taxable in california', 'is treasury taxable in california'],
  ]);
  served([['How do securities work?', 'how do securities work'], ['Is my security deposit refundable?', 'is my security deposit refundable']]);
});

describe('a count picked out by its place ("my last commit") holds in a how-to question too', () => {
  notServed([
    ['How do I squash my last commits?', 'How do I squash my last commit?'],
    ['how do I amend my last commit', 'how do I amend my last commits'],
    ['how do i roll back my last migration in django', 'how do i roll back my last migrations in django'],
  ]);
  served([['How do I export my Spotify playlist?', 'How do I export my Spotify playlists?']]);
});

describe('a sentence end inserted after a negated verb cuts off what it negates', () => {
  notServed([
    ["I don't drink coffee or tea, which has less caffeine?", "I don't drink. Coffee or tea, which has less caffeine?"],
    ["I don't eat fish or chicken, which has more protein?", "I don't eat. Fish or chicken, which has more protein?"],
    ["We can't afford a house or a condo, what are our options?", "We can't afford. A house or a condo, what are our options?"],
    ["Don't stop the car. What happens?", "Don't. Stop the car. What happens?"],
  ]);
  served([
    ["I don't know I tried everything, what should I do?", "I don't know. I tried everything, what should I do?"],
    ['I need help I cannot log in', 'I need help. I cannot log in'],
    ["I can't sleep. Any tips?", "I can't sleep any tips?"],
    ['Not working. Printer says offline, how do I fix it?', 'Not working printer says offline, how do I fix it?'],
  ]);
});

describe('a comma after a name that follows a group or a relative makes it another person or thing', () => {
  notServed([
    ['How many plates do I need for my parents, Ann and Bob?', 'How many plates do I need for my parents, Ann, and Bob?'],
    ['Split a $120 bill between my friends, Amy and Beth. How much each?', 'Split a $120 bill between my friends, Amy, and Beth. How much each?'],
    ['I have two dogs, a poodle and a beagle. How much food do they need?', 'I have two dogs, a poodle, and a beagle. How much food do they need?'],
    ['My son Tom and I are going camping. How many sleeping bags?', 'My son, Tom and I are going camping. How many sleeping bags?'],
    ['My wife Ana and I are flying to Rome. How many bags can we check?', 'My wife, Ana and I are flying to Rome. How many bags can we check?'],
  ]);
  served([
    ['I need eggs, milk and bread', 'I need eggs, milk, and bread'],
    ['Compare Python, Java and Go for web servers', 'Compare Python, Java, and Go for web servers'],
  ]);
});

describe('a quoted word after a keyword that takes a value, or after SQL in lowercase, is a literal', () => {
  notServed([
    ['my function does return "False" but the if block still runs. why?', 'my function does return False but the if block still runs. why?'],
    ['why does typeof "undefined" return string', 'why does typeof undefined return string'],
    ["select 'name' from users returns the same string on every row", 'select name from users returns the same string on every row'],
    ['in postgres does order by "price" sort by the column', "in postgres does order by 'price' sort by the column"],
    ['in C, what does printf print for sizeof "a"', "in C, what does printf print for sizeof 'a'"],
  ]);
  served([
    ['Translate "please be seated" into French', "Translate 'please be seated' into French"],
    ['What does the word "return" mean in tennis?', 'What does the word return mean in tennis?'],
    ['How do I return "defective" items to Amazon?', 'How do I return defective items to Amazon?'],
  ]);
});
