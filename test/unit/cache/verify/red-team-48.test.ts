import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 41: generated red teams.

describe('a courtesy said where a message, a call or a greeting opens or closes (prepare-tokens.ts)', () => {
  notServed([
    ['Is it rude to end an email cheers?', 'Is it rude to end an email thanks in advance?'],
    ['My coworker ends every email thanks in advance, is that rude?', 'My coworker ends every email cheers, is that rude?'],
    ['Is it passive aggressive to end an email thanks?', 'Is it passive aggressive to end an email thanks in advance?'],
    ['Should I start my cover letter hello?', 'Should I start my cover letter?'],
    ['Is it unprofessional to start a Slack message hey?', 'Is it unprofessional to start a Slack message hi there?'],
    ['Is it rude to answer the phone hey?', 'Is it rude to answer the phone hello?'],
    ['Can I sign off a letter cheers?', 'Can I sign off a letter sorry?'],
    ['Is it weird to greet my neighbours good evening?', 'Is it weird to greet my neighbours good morning?'],
    ['Is it okay to close a work email thank you?', 'Is it okay to close a work email many thanks?'],
    ['Is it rude to reply to my boss thanks?', 'Is it rude to reply to my boss?'],
    ['Is it rude to start a letter to my landlord hi?', 'Is it rude to start a letter to my landlord?'],
    ['How do I teach my parrot hello?', 'How do I teach my parrot thank you?'],
  ]);
  served([
    ['How do I end a conversation politely?', 'How do I end a conversation politely?'],
    ['Is it rude to end an email with cheers?', 'is it rude to end an email with cheers'],
    ['How do I open a jar that is stuck? Thanks!', 'How do I open a jar that is stuck?'],
    ['How do I start a vegetable garden, thanks', 'How do I start a vegetable garden'],
    ['How do I write an email to my landlord thanks', 'How do I write an email to my landlord'],
    ['How do I answer interview questions about salary thanks', 'How do I answer interview questions about salary'],
    ['How should I end my speech at the wedding? Thanks', 'How should I end my speech at the wedding?'],
    ['Can you teach me Python thanks', 'Can you teach me Python'],
    ['How do I write to my landlord about mould thanks', 'How do I write to my landlord about mould'],
  ]);
});

describe('a consonant dropped from a rare word: another term, not a slip (classify-difference.ts)', () => {
  notServed([
    ['Is dichloromethane toxic?', 'Is dichloroethane toxic?'],
    ['What PPE do I need when handling tetrachloromethane?', 'What PPE do I need when handling tetrachloroethane?'],
    ['Is an ileostomy permanent?', 'Is an ileotomy permanent?'],
    ['How long does a jejunostomy take to heal?', 'How long does a jejunotomy take to heal?'],
  ]);
  served([
    ['How does photosynthesis work?', 'How does photosynthsis work?'],
    ['What is the temperature of the sun?', 'What is the temprature of the sun?'],
    ['How do I protect the environment?', 'How do I protect the enviroment?'],
    ['Can I take ibuprofen with acetaminophen?', 'Can I take ibuprofen with acetaminophn?'],
  ]);
});

describe('parts of a named whole counted: one or all of them (noun-number.ts countsPartsOfWhole)', () => {
  notServed([
    ['How many electrons are in lone pairs on the oxygen in water?', 'How many electrons are in a lone pair on the oxygen in water?'],
    ['How many electrons are in double bonds in CO2?', 'How many electrons are in a double bond in CO2?'],
    ['Count the electrons in pi bonds in benzene.', 'Count the electrons in a pi bond in benzene.'],
    ['How many hydrogen atoms are in methyl groups of acetone?', 'How many hydrogen atoms are in a methyl group of acetone?'],
  ]);
  served([
    ['How many calories are in a banana?', 'How many calories are in bananas?'],
    ['How many calories are in an egg?', 'how many calories are in an egg'],
    ['How many electrons are in a double bond in CO2?', 'How many electrons are in a double bond in CO2, please?'],
  ]);
});

describe('one thing or several in a line of a chat or a list with no closing mark (structural-verifier.ts sentenceOpener)', () => {
  notServed([
    ['Tom: I found a bug in checkout\nPriya: on it\nHow many bugs did Tom find?', 'Tom: I found bugs in checkout\nPriya: on it\nHow many bugs did Tom find?'],
    ['[09:02] Tom: we received an offer from Acme\n[09:03] Ana: nice\nHow many offers did we get?', '[09:02] Tom: we received offers from Acme\n[09:03] Ana: nice\nHow many offers did we get?'],
    ['House rules:\n- Each employee may bring a guest to the summer party\n- Dress code is casual\nHow many guests can I bring?', 'House rules:\n- Each employee may bring guests to the summer party\n- Dress code is casual\nHow many guests can I bring?'],
  ]);
  served([
    ['Tom: I found a bug in checkout\nPriya: on it\nHow many bugs did Tom find?', 'Tom: I found a bug in checkout\nPriya: on it\nhow many bugs did Tom find?'],
    ['How do I train a puppy?\nIt keeps biting\nAny tips?', 'How do I train puppies?\nIt keeps biting\nAny tips?'],
  ]);
});

describe('a consonant dropped from a word people use is still a slip (classify-difference.ts)', () => {
  notServed([
    ['What is the boiling point of methanol?', 'What is the boiling point of ethanol?'],
    ['Is a colostomy reversible?', 'Is a colotomy reversible?'],
  ]);
  served([
    ['How do you get rid of dandruff?', 'How do you get rid of danruff?'],
    ['Is it safe to take melatonin every night?', 'Is it safe to take melatoin every night?'],
    ['Is it safe to eat eggs after the expiration date?', 'Is it safe to eat eggs after the exiration date?'],
    ['How do I grow strawberries in pots?', 'How do I grow straberries in pots?'],
  ]);
});

describe('a question mark on a statement in a pasted chat, list or letter (question-mark.ts)', () => {
  const chat = (line: string) => `[09:00] Maria: morning all\n${line}\n[09:04] Priya: on it\nWho can make the 3pm call?`;
  notServed([
    [chat('[09:02] Tom: Sure.'), chat('[09:02] Tom: Sure?')],
    [`12/03/2024, 09:30 - Maria: hi\n12/03/2024, 09:31 - Tom: The client approved the budget\n12/03/2024, 09:32 - Ana: ok\nDid the client approve the budget?`, `12/03/2024, 09:30 - Maria: hi\n12/03/2024, 09:31 - Tom: The client approved the budget?\n12/03/2024, 09:32 - Ana: ok\nDid the client approve the budget?`],
    ['Chat log:\nMaria - morning all\nTom - We are dropping the Android app.\nLena - lunch at noon?\nWhat did Tom say?', 'Chat log:\nMaria - morning all\nTom - We are dropping the Android app?\nLena - lunch at noon?\nWhat did Tom say?'],
    ['Chat log:\nMaria (PM): morning all\nTom (PM): the repair guy comes Thursday\nLena (PM): ok\nWhen does the repair guy come?', 'Chat log:\nMaria (PM): morning all\nTom (PM): the repair guy comes Thursday?\nLena (PM): ok\nWhen does the repair guy come?'],
    ['Minutes:\n1. Database migration is complete.\n2. Budget review moved to May.\n3. Hiring is paused.\nIs the migration done?', 'Minutes:\n1. Database migration is complete?\n2. Budget review moved to May.\n3. Hiring is paused.\nIs the migration done?'],
    ['Hi Anna,\n\nThanks for the update. The board accepted the proposal. I have attached the notes.\n\nCheers,\nJames\n\nDid the board accept the proposal?', 'Hi Anna,\n\nThanks for the update. The board accepted the proposal? I have attached the notes.\n\nCheers,\nJames\n\nDid the board accept the proposal?'],
  ]);
  served([
    [chat('[09:02] Tom: Sure.'), chat('[09:02] Tom: Sure.').replace('Who can', 'who can')],
    ['My laptop is slow.\nIt says disk full?\nAny ideas?', 'My laptop is slow.\nIt says disk full.\nAny ideas?'],
    ['- fever since Monday\n- cough\n- sore throat\nShould I see a doctor?', '- fever since Monday\n- cough\n- sore throat\nshould I see a doctor?'],
  ]);
});

describe('a question mark on a chat message under a header or after an IRC name (question-mark.ts)', () => {
  notServed([
    ['Maria  9:00 AM\nmorning all\n\nTom  9:30 AM\nThe release is Friday.\n\nKen  9:05 AM\nthanks\n\nIs the release on Friday?', 'Maria  9:00 AM\nmorning all\n\nTom  9:30 AM\nThe release is Friday?\n\nKen  9:05 AM\nthanks\n\nIs the release on Friday?'],
    ['<Maria> morning all\n<Tom> The invoice was paid.\n<Ken> thanks\nWas the invoice paid?', '<Maria> morning all\n<Tom> The invoice was paid?\n<Ken> thanks\nWas the invoice paid?'],
  ]);
});

describe('a manner moved from the front of a request onto its embedded act (clause-move.ts movesOntoEmbeddedTask)', () => {
  notServed([
    ['In a rude way, explain how to ask for a refund.', 'Explain how to ask for a refund in a rude way.'],
    ['In a sarcastic way, explain how to apologize to my girlfriend.', 'Explain how to apologize to my girlfriend in a sarcastic way.'],
    ['In a Scottish accent, explain how to order a beer.', 'Explain how to order a beer in a Scottish accent.'],
    ['In haiku form, teach me how to pitch my startup.', 'Teach me how to pitch my startup in haiku form.'],
    ['In a formal tone, explain how to break up with my boyfriend.', 'Explain how to break up with my boyfriend in a formal tone.'],
    ['In an angry tone, write a guide to asking for a raise.', 'Write a guide to asking for a raise in an angry tone.'],
    ['In a sad way, tell me what to reply to my boss.', 'Tell me what to reply to my boss in a sad way.'],
    ['For my little sister, can you explain how to write a birthday card?', 'Can you explain how to write a birthday card for my little sister?'],
  ]);
  served([
    ['In Python, explain how to reverse a list.', 'Explain how to reverse a list in Python.'],
    ['In bullet points, explain how to change a tire.', 'Explain how to change a tire in bullet points.'],
    ['For kids, explain how to make slime.', 'Explain how to make slime for kids.'],
    ['In a funny way, explain how photosynthesis works.', 'Explain how photosynthesis works in a funny way.'],
  ]);
});

describe('a verse form or an audience moved onto a text the request is about (clause-move.ts movesOntoEmbeddedTask)', () => {
  notServed([
    ['In rhyme, give me tips for writing a condolence card.', 'Give me tips for writing a condolence card in rhyme.'],
    ['For kids, explain how to write a wedding toast.', 'Explain how to write a wedding toast for kids.'],
    ['In baby talk, explain how to write a love letter.', 'Explain how to write a love letter in baby talk.'],
  ]);
  served([
    ['For beginners, explain how to bake bread.', 'Explain how to bake bread for beginners.'],
    ['In bullet points, give me tips for cooking rice.', 'Give me tips for cooking rice in bullet points.'],
  ]);
});

describe('a feeling emoji closing a request for a text the list did not name (structural-verifier.ts WRITING_FOR_A_TONE)', () => {
  notServed([
    ['Give me a motivational quote 😂', 'Give me a motivational quote'],
    ['Create a dialogue between a cat and a dog 😱', 'Create a dialogue between a cat and a dog'],
    ['Make a speech for my dad\'s retirement 😭', 'Make a speech for my dad\'s retirement'],
    ['Rewrite my dating bio 😜', 'Rewrite my dating bio'],
  ]);
  served([
    ['Can you explain how recursion works 😊', 'Can you explain how recursion works'],
    ['How do I make a sourdough starter? 😊', 'How do I make a sourdough starter?'],
  ]);
});

describe('a word of the answer\'s options: a label set, a few-shot output, keys to return (literal-position.ts)', () => {
  notServed([
    ['Pick one label from [big, medium, small] for: a 65-inch TV', 'Pick one label from [large, medium, small] for: a 65-inch TV'],
    ['Reply error, warning or info: Failed to connect to the database', 'Reply mistake, warning or info: Failed to connect to the database'],
    ['Tag the return reason as colour, size or fit. One word. The shade is darker than shown.', 'Tag the return reason as color, size or fit. One word. The shade is darker than shown.'],
    ['Classify the ticket as cancelled, delivered or pending: my parcel never came', 'Classify the ticket as canceled, delivered or pending: my parcel never came'],
    ['Answer with yes, no or maybe only. Is the sky green?', 'Answer with yes, no or perhaps only. Is the sky green?'],
    ['Text: a keychain\nLabel: small\n\nText: a 65-inch TV\nLabel: big\n\nText: a sofa\nLabel:', 'Text: a keychain\nLabel: small\n\nText: a 65-inch TV\nLabel: large\n\nText: a sofa\nLabel:'],
    ['Convert to a JSON object with name, phone and id as keys: Ann, 555-1234, 7', 'Convert to a JSON object with name, telephone and id as keys: Ann, 555-1234, 7'],
  ]);
  served([
    ['Which is bigger, a cat or a dog?', 'Which is larger, a cat or a dog?'],
    ['What colour are flamingos, and why?', 'What color are flamingos, and why?'],
    ['Classify these animals as mammals or reptiles: whale, snake', 'classify these animals as mammals or reptiles: whale, snake'],
  ]);
});

describe('a courtesy word that is an item of a list of options (prepare-tokens.ts)', () => {
  notServed([
    ['Classify as greeting, thanks, question or complaint: thx, that worked', 'Classify as greeting, question or complaint: thx, that worked'],
    ['Classify as greeting, thanks, question or complaint: thx, that worked', 'Classify as greeting, sorry, question or complaint: thx, that worked'],
  ]);
});

describe('a text to be given back as it is (pasted-text.ts)', () => {
  notServed([
    ['Echo back exactly: I want to buy a big sofa for the living room.', 'Echo back exactly: I want to buy a large sofa for the living room.'],
    ['Return the customer\'s message exactly as written, inside a JSON field "text": The grey colour faded after one wash.', 'Return the customer\'s message exactly as written, inside a JSON field "text": The gray color faded after one wash.'],
    ['Output the input unchanged as the value of "raw": I\'ll start the whole project from scratch, thanks.', 'Output the input unchanged as the value of "raw": I will start the whole project from scratch.'],
    ['Wrap this in a JSON object under the key "message", unchanged: My kid got sick after eating the cheap sushi.', 'Wrap this in a JSON object under the key "message", unchanged: My kid got ill after eating the cheap sushi.'],
  ]);
  served([
    ['Summarise this: The meeting moved to Friday.', 'summarise this: The meeting moved to Friday.'],
  ]);
});

describe('a list of one-word options in a question, and few-shot outputs after "=>" (literal-position.ts)', () => {
  notServed([
    ['Is this big, medium or small? a 65-inch TV', 'Is this large, medium or small? a 65-inch TV'],
    ['a book => allowed\nexplosives on the plane => forbidden\nfireworks in carry-on luggage =>', 'a book => allowed\nexplosives on the plane => prohibited\nfireworks in carry-on luggage =>'],
  ]);
});

describe('a hostile review of the session\'s rules: near-duplicates still served, variants refused', () => {
  served([
    ['How do I end a conversation politely thanks', 'How do I end a conversation politely'],
    ['Can you tell me how to end a conversation politely thanks', 'Can you tell me how to end a conversation politely'],
    ['How do I open my email thanks', 'How do I open my email'],
    ['Can I drink alcohol while taking azithromycin?', 'Can I drink alcohol while taking azitromycin?'],
    ['Is lisinopril safe in pregnancy?', 'Is lisinopil safe in pregnancy?'],
    ['Should I paint my kitchen grey, white or green?', 'Should I paint my kitchen gray, white, or green?'],
    ['Settings -> Privacy -> Location is greyed out on my iPhone, why?', 'Settings -> Privacy -> Location is grayed out on my iPhone, why?'],
    ['Result: my cakes came out flat. What went wrong?', 'Result: my cake came out flat. What went wrong?'],
    ['Hi all, I updated to iOS 17? Now my battery drains fast. Any ideas?', 'Hi all, I updated to iOS 17. Now my battery drains fast. Any ideas?'],
    ['Things I tried:\n1. restarting the router?\n2. resetting the modem\n3. calling my ISP\nWhat else can I do?', 'Things I tried:\n1. restarting the router\n2. resetting the modem\n3. calling my ISP\nWhat else can I do?'],
    ['My lease renews unchanged: can the landlord raise the rent?', 'My lease renews unchanged: can the landlord raise the rent'],
    ['In a simple way, explain how to solve quadratic equations.', 'Explain how to solve quadratic equations in a simple way.'],
    ['In an easy way, explain how to write a for loop in Python.', 'Explain how to write a for loop in Python in an easy way.'],
    ['How do I make sticky notes on my Mac? 😅', 'How do I make sticky notes on my Mac?'],
    ['I need to block ads on my phone? 😩', 'I need to block ads on my phone?'],
  ]);
  notServed([
    ['Is it rude to sign off cheers?', 'Is it rude to sign off thanks in advance?'],
    ['Is it rude to leave a voicemail cheers?', 'Is it rude to leave a voicemail thanks in advance?'],
    ['Is it rude to write back to a client cheers?', 'Is it rude to write back to a client thanks in advance?'],
    ['In a condescending way, explain how to write a wedding toast.', 'Explain how to write a wedding toast in a condescending way.'],
    ['In a funny way, explain how to give a best man speech.', 'Explain how to give a best man speech in a funny way.'],
    ['For a toddler, explain how to make a greeting card.', 'Explain how to make a greeting card for a toddler.'],
    ['Help me with a pickup line 😂', 'Help me with a pickup line'],
    ['Can I get an excuse for missing work 🤮', 'Can I get an excuse for missing work'],
  ]);
});

describe('a question asked indirectly after "Can you tell me", "Do you know", "I wonder" (prepare-tokens.ts invertEmbeddedQuestions)', () => {
  served([
    ['How long do I boil pasta?', 'Can you tell me how long I boil pasta?'],
    ['How long should I boil an egg?', 'Do you know how long I should boil an egg?'],
    ['Where can I buy stamps?', 'Could you please tell me where I can buy stamps?'],
    ['Why do we yawn?', 'I wonder why we yawn.'],
    ['How do I free up storage on my iPhone?', 'Can you tell me how I free up storage on my iPhone?'],
    ['What do you think about Rust?', 'Can you tell me what you think about Rust?'],
    ['What made you cry?', 'Can you tell me what made you cry?'],
  ]);
  notServed([
    ['How do I format the date as yyyy-MM-dd?', 'Tell me how I format the date as yyyy-mm-dd.'],
    ['What should I buy in US stocks?', 'Tell me what I should buy in us stocks.'],
    ['What do I do?', 'Can you tell me what I do?'],
    ['When do I leave?', 'Tell me when I leave.'],
    ['How do I convert a Word document to PDF?', 'Can you tell me how I convert a Word document to PDF? Then translate it.'],
    ['How long should I boil an egg?', 'Do you know how long I boil an egg?'],
    ['How long should I boil an egg?', 'How long I should boil an egg?'],
    ['Why does he lie?', 'Can you tell me why he lies?'],
    ['How long do I boil pasta?', 'Can you tell me how long I boil rice?'],
  ]);
});

describe('no "&" for "and" and no capitals read as one case with contractions: a hostile review of first versions', () => {
  notServed([
    ['What does x & y do in Python?', 'What does x and y do in Python?'],
    ['In C, what does flags & mask return?', 'In C, what does flags and mask return?'],
    ['How many letters are in fish & chips?', 'How many letters are in fish and chips?'],
    ["WHAT'S AIDS?", "What's aids?"],
  ]);
});

describe('a pocket pair or one pocket card (noun-number.ts namesPocketPair)', () => {
  notServed([
    ['What are the odds of being dealt pocket aces?', 'What are the odds of being dealt a pocket ace?'],
    ['Should I go all in with pocket kings?', 'Should I go all in with a pocket king?'],
  ]);
  served([
    ['What are the odds of being dealt pocket aces?', 'what are the odds of being dealt pocket aces'],
  ]);
});

describe('a contraction in a label the answer writes (structural-verifier.ts contractionInLiteral)', () => {
  notServed([
    ["Classify the review as don't know, yes or no: The food was fine.", 'Classify the review as do not know, yes or no: The food was fine.'],
    ["Tag the bug as won't fix, fixed or open: Button misaligned on Safari.", 'Tag the bug as will not fix, fixed or open: Button misaligned on Safari.'],
  ]);
  served([
    ["Classify the review as positive, negative or neutral: The food wasn't great.", "Classify the review as positive, negative or neutral: The food wasn't great."],
    ["Why can't I sleep?", 'Why cannot I sleep?'],
  ]);
});

describe('a reason moved under a negation (structural-verifier.ts becauseUnderNegation)', () => {
  notServed([
    ['Because he is young, don\'t hire him.', 'Don\'t hire him because he is young.'],
    ['Because I feel fine, should I not finish my antibiotics?', 'Should I not finish my antibiotics because I feel fine?'],
  ]);
  served([
    ['Because it is raining, should I bring an umbrella?', 'Should I bring an umbrella because it is raining?'],
  ]);
});

describe('a slip one slip from two words says neither (classify-difference.ts slipsFromAnother)', () => {
  notServed([
    ['Which ions are higher in intracellular fluid?', 'Which ions are higher in intrcellular fluid?'],
    ['Does the FMCSA regulate interstate trucking?', 'Does the FMCSA regulate intrstate trucking?'],
    ['Best hip abduction exercises for runners?', 'Best hip aduction exercises for runners?'],
  ]);
  served([
    ['How do I receive payments online?', 'How do I recieve payments online?'],
    ['Is it definitely going to rain?', 'Is it definately going to rain?'],
    ['How do I protect the environment?', 'How do I protect the enviroment?'],
  ]);
});

describe('"1,000" in a language that writes a decimal comma (prepare-tokens.ts)', () => {
  notServed([
    ['Der Preis ist 1,000 Euro. Ist das teuer?', 'Der Preis ist 1000 Euro. Ist das teuer?'],
    ['Mon enfant a pris 5,000 mg de paracétamol. Est-ce dangereux ?', 'Mon enfant a pris 5000 mg de paracétamol. Est-ce dangereux ?'],
    ['Ik heb 10,000 kg bloem.', 'Ik heb 10000 kg bloem.'],
    ['У меня 3,000 кг муки.', 'У меня 3000 кг муки.'],
  ]);
  served([
    ['How many calories are in 1,000 grams of rice?', 'How many calories are in 1000 grams of rice?'],
    ['Is it worth paying 2,000 dollars for a used car with 100,000 miles?', 'Is it worth paying 2000 dollars for a used car with 100000 miles?'],
  ]);
});

describe('a colon after an opening "No" (verify-tokens.ts)', () => {
  notServed([
    ['No dogs are allowed in the park, right?', 'No: dogs are allowed in the park, right?'],
    ['No refunds are given after 30 days?', 'No: refunds are given after 30 days?'],
  ]);
});

describe('a purpose after a negation, with or without its comma (comma-meaning.ts); a degree word after a moved "not" is one question', () => {
  notServed([
    ["I didn't sell my house to avoid capital gains tax. Do I owe anything?", "I didn't sell my house, to avoid capital gains tax. Do I owe anything?"],
    ["She didn't marry him for the green card. Will immigration approve it?", "She didn't marry him, for the green card. Will immigration approve it?"],
  ]);
  served([
    ["Doesn't Medicare cover this?", 'Does Medicare not cover this?'],
    ["Isn't my phone fully charged?", 'Is my phone not fully charged?'],
    ["Isn't it always open on Sundays?", 'Is it not always open on Sundays?'],
    ["I didn't go to college, to be honest. What should I do?", "I didn't go to college to be honest. What should I do?"],
    ["I don't speak French, for context. Any advice?", "I don't speak French for context. Any advice?"],
    ['Is 1,000 dollars enough for a trip to Europe?', 'Is 1000 dollars enough for a trip to Europe?'],
    ['How many calories are in 1,000 grams of Greek yogurt?', 'How many calories are in 1000 grams of Greek yogurt?'],
    ['Because I am vegan, suggest a dinner recipe with no nuts.', 'Suggest a dinner recipe with no nuts because I am vegan.'],
    ['Are you aware of any side effects?', 'Are you waare of any side effects?'],
    ["I didn't go to the party. Should I apologize?", "I didn't go to the party. should I apologize?"],
  ]);
});
