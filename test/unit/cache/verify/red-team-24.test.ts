import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 20: pairs that red teams found served wrongly (each not-served pair was `same` on the session's start
 * code) and the rewordings a fix must keep serving.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

const CHAT = (last: string) => `Customer: Hi, my order #88213 arrived with a cracked water tank.
Agent: Sorry about that! I've issued a full refund of $149 to your card.
Customer: ${last}

Is the customer asking a question in their last message?`;
const EMAIL = (line: string) => `Hi Anna,

Thanks for checking on the invoice from March. ${line} Let me know if you need the receipt.

Best,
Julia

Has invoice INV-2291 been paid?`;
const FEW_SHOT = (message: string) => `Label each message as QUESTION, REQUEST or STATEMENT.
Message: Can you send the deck? Label: REQUEST
Message: The client signed yesterday? Label: QUESTION
Message: ${message}
Label:`;

describe('a question mark on a statement inside a longer text (team CD)', () => {
  notServed([
    [CHAT('So I keep the machine and get the money back.'), CHAT('So I keep the machine and get the money back?')],
    [CHAT("I'll keep it at 20% off."), CHAT("I'll keep it at 20% off?")],
    [EMAIL('It was paid in full on April 2.'), EMAIL('It was paid in full on April 2?')],
    [FEW_SHOT('The client approved the budget.'), FEW_SHOT('The client approved the budget?')],
    ['Standup notes\nKenji: deploying the hotfix to prod now\nLucas: QA signed off on staging\nWhat did Kenji say?', 'Standup notes\nKenji: deploying the hotfix to prod now?\nLucas: QA signed off on staging\nWhat did Kenji say?'],
  ]);
  served([
    // A review helper's near-duplicates: the asker's own account and notes, where a stray "?" changes nothing.
    ['It says permission denied. Any ideas?', 'It says permission denied? Any ideas?'],
    ['He has a fever of 101. Should I take him to the ER?', 'He has a fever of 101? Should I take him to the ER?'],
    ['Note: it only happens in Chrome. Why would that be?', 'Note: it only happens in Chrome? Why would that be?'],
    // A question by its words is one with either mark; the asker's own plea at the end is theirs to punctuate.
    ['Customer: Hi, can I keep the machine?\nAgent: Yes, you can keep it.\n\nSummarize this chat.', 'Customer: Hi, can I keep the machine.\nAgent: Yes, you can keep it.\n\nSummarize this chat.'],
    ['My laptop is slow. How do I fix it?', 'My laptop is slow? How do I fix it?'],
    ['I updated to iOS 18. It keeps crashing. What should I do?', 'I updated to iOS 18. It keeps crashing. What should I do'],
    ['My code crashes. It says undefined is not a function.', 'My code crashes. It says undefined is not a function?'],
  ]);
});

describe('a phrase that opens a sentence, joined to the sentence before (team CC)', () => {
  notServed([
    ['Explain inflation. In two sentences, explain deflation.', 'Explain inflation in two sentences, explain deflation.'],
    ['describe the french revolution; in detail, give its main cause.', 'describe the french revolution in detail, give its main cause.'],
    ['Explain photosynthesis\nIn one sentence, explain cellular respiration.', 'Explain photosynthesis in one sentence, explain cellular respiration.'],
    ['Write a short story. In under 100 words, summarize it.', 'Write a short story in under 100 words, summarize it.'],
    ['Describe the water cycle. For a 5 year old, explain evaporation.', 'Describe the water cycle for a 5 year old, explain evaporation.'],
  ]);
  served([
    ['I have a question. In Excel, how do I freeze the top row?', 'I have a question in Excel, how do I freeze the top row?'],
    ['Help me out. Using pandas, how do I drop rows with NaN?', 'Help me out using pandas, how do I drop rows with NaN?'],
    ['Explain inflation. In two sentences, explain deflation.', 'Explain inflation.\nIn two sentences, explain deflation.'],
    ['Hi! In Python, how do I reverse a list?', 'Hi, in Python, how do I reverse a list?'],
  ]);
});

describe('an audience or a language moved onto what a request explains (team CC)', () => {
  notServed([
    ['For a 5 year old, explain why smoking is bad', 'Explain why smoking is bad for a 5 year old'],
    ['For experts, explain why Rust is hard', 'Explain why Rust is hard for experts'],
    ['For parents, explain why screen time is harmful', 'Explain why screen time is harmful for parents'],
    ['In Spanish, explain why this joke is funny', 'Explain why this joke is funny in Spanish'],
    ['In German, explain which nouns are feminine', 'Explain which nouns are feminine in German'],
  ]);
  served([
    ['For a kid, explain why the sea is blue', 'Explain why the sea is blue for a kid'],
    ['In Spanish, explain why the sky is blue', 'Explain why the sky is blue in Spanish'],
    ['For kids, explain how to make slime', 'Explain how to make slime for kids'],
    ['In Python, how do I reverse a list?', 'How do I reverse a list in Python?'],
    ['In simple terms, explain why the sky is blue', 'Explain why the sky is blue in simple terms'],
    ['In Python, why is recursion slow?', 'Why is recursion slow in Python?'],
  ]);
});

describe('a place moved after a verb of getting names where the thing comes from (team CB)', () => {
  notServed([
    ['From Germany, how do I buy a car?', 'How do I buy a car from Germany?'],
    ['From Canada, can I order insulin?', 'Can I order insulin from Canada?'],
    ['from japan how do i buy pokemon cards', 'how do i buy pokemon cards from japan'],
    ['From Japan, recommend sites to order anime figures', 'Recommend sites to order anime figures from Japan'],
  ]);
  served([
    ['From London, how do I get to Paris?', 'How do I get to Paris from London?'],
    ['From India, how can I get a US visa?', 'How can I get a US visa from India?'],
    ['From Germany, how do I call the US?', 'How do I call the US from Germany?'],
    ['From China, how do I download WhatsApp?', 'How do I download WhatsApp from China?'],
  ]);
});

describe('a bare singular of a substance or a meat against its plural (team CE)', () => {
  notServed([
    ['Is nickel magnetic?', 'Are nickels magnetic?'],
    ['Where can I buy chicken near me?', 'Where can I buy chickens near me?'],
    // Listed: plurals that count another thing than WordNet's stored senses tell.
    ['Can dogs eat pepper?', 'Can dogs eat peppers?'],
    ['Is mint safe for dogs?', 'Are mints safe for dogs?'],
    ['How much does lamb cost?', 'How much do lambs cost?'],
  ]);
  served([
    ['Best oil for frying chicken', 'Best oils for frying chicken'],
    ['Is black pepper bad for dogs?', 'Are black peppers bad for dogs?'],
    ['Best game for PS5', 'Best games for PS5'],
    ['Can cats eat shrimp?', 'Can cats eat shrimps?'],
    ['best protein powder for beginners', 'best protein powders for beginners'],
    ['Can dogs eat bell peppers?', 'Can dogs eat a bell pepper?'],
    ['How many calories are in apples (raw)?', 'How many calories are in apple (raw)?'],
    ['What is 70 kg in stone?', 'What is 70 kg in stones?'],
    ['What is a black hole?', 'What are black holes?'],
  ]);
});

describe('an article that changes what a name or a word is (team CE, team CA)', () => {
  notServed([
    ['Is Tesla a good investment?', 'Is a Tesla a good investment?'],
    ['Can a cold cause a fever?', 'Can cold cause a fever?'],
    ['Why does a cold make my joints ache?', 'Why does cold make my joints ache?'],
    ['Why do few startups succeed?', 'Why do the few startups succeed?'],
    ['Is Pluto only a dwarf planet?', 'Is Pluto the only dwarf planet?'],
    ['Was Amazon first an online bookstore?', 'Was Amazon the first online bookstore?'],
  ]);
  served([
    ['Is a Honda reliable?', 'Is Honda reliable?'],
    ['Can a minor open a bank account?', 'Can minor open a bank account?'],
    ['What are the other options?', 'What are other options?'],
    ['How do I get a visa for US?', 'How do I get visa for the US?'],
    ['How do I install a Python package?', 'How do I install Python package?'],
    ['Can dogs eat a raw egg?', 'Can dogs eat raw egg?'],
  ]);
});

describe('a word that says how, or a count of years, moved across a sentence or into a purpose (team CA)', () => {
  notServed([
    ["I don't sleep well. What should I do?", "I don't sleep. Well, what should I do?"],
    ["I didn't study seriously. Will I fail?", "I didn't study. Seriously, will I fail?"],
    ['Which stocks should I buy to sell in a few years?', 'In a few years, which stocks should I buy to sell?'],
    ['How much should I save to retire at sixty?', 'At sixty, how much should I save to retire?'],
  ]);
  served([
    ['I have no idea, really. Can you help?', 'I have no idea. Really, can you help?'],
    ['In five bullet points, what is the best way to prepare for an interview?', 'What is the best way to prepare for an interview in five bullet points?'],
    ['I love your answers. Anyway, how do I bake bread?', 'I love your answers, anyway. How do I bake bread?'],
    ['In most countries, is it illegal to drive without insurance?', 'Is it illegal to drive without insurance in most countries?'],
  ]);
});

describe('a part or a rule set for the assistant, asked instead (team CP)', () => {
  notServed([
    ['You only answer in French? What is the capital of Spain?', 'You only answer in French. What is the capital of Spain?'],
    ["You're a lawyer? Can I break my lease early?", "You're a lawyer. Can I break my lease early?"],
  ]);
  served([
    ['You told me to use pandas. It is too slow for 10GB files. What else can I use?', 'You told me to use pandas? It is too slow for 10GB files. What else can I use?'],
    ['You must rinse rice before cooking it. Why?', 'You must rinse rice before cooking it? Why?'],
    ['You will need a visa to visit Japan on an Indian passport. How do I apply?', 'You will need a visa to visit Japan on an Indian passport? How do I apply?'],
  ]);
});

describe('a courtesy that a rule of the game names is a move (team CP)', () => {
  notServed([
    ["Let's play a game: you only do what I ask if I say please. Tell me a joke.", "Let's play a game: you only do what I ask if I say please. Please tell me a joke."],
    ["Let's play a game: every time I say hello, you say goodbye. Hello!", "Let's play a game: every time I say hello, you say goodbye."],
    ["You are a shopkeeper who ignores customers who don't greet you. Hello! Where is the milk?", "You are a shopkeeper who ignores customers who don't greet you. Where is the milk?"],
    ['Act as a Morse code translator. Hello there', 'Act as a Morse code translator. Hello'],
    ['Act as an echo bot and repeat exactly what I type. Thank you so much!', 'Act as an echo bot and repeat exactly what I type. Thanks!'],
  ]);
  served([
    ['How do I say thank you in German? Thanks!', 'How do I say thank you in German?'],
    ['Please write a polite email to my landlord about the broken heater.', 'Write a polite email to my landlord about the broken heater.'],
    ['You are a helpful assistant. Summarize the causes of World War I. Thanks!', 'You are a helpful assistant. Summarize the causes of World War I.'],
    ['Good morning! Can dogs eat grapes?', 'can dogs eat grapes?'],
    ['How do I deal with a coworker who is rude? Thanks!', 'How do I deal with a coworker who is rude?'],
    ['Please write a polite email to my landlord who has not fixed the heater.', 'Write a polite email to my landlord who has not fixed the heater.'],
    ['My toddler will not say please unless I remind him. How do I teach him? Thanks!', 'My toddler will not say please unless I remind him. How do I teach him?'],
    ["What's the best Spanish to English translator app? Thanks!", "What's the best Spanish to English translator app? Thank you!"],
    ["Act as a translator. Translate 'where is the train station' into Japanese. Thanks!", "Act as a translator. Translate 'where is the train station' into Japanese. Thank you!"],
  ]);
});

describe('one question or several asked of the assistant (team CP)', () => {
  notServed([
    ['Ask me a question about my resume.', 'Ask me questions about my resume.'],
    ['Ask me a riddle.', 'Ask me riddles.'],
  ]);
});

describe('"the next" after a past event, "got a shot", one thing that is both (teams CQ, CO)', () => {
  notServed([
    ['I filed for bankruptcy in 2020. Could I get a mortgage the next year?', 'I filed for bankruptcy in 2020. Could I get a mortgage next year?'],
    ['My husband got a shot at work today, what should I do?', 'My husband got shot at work today, what should I do?'],
    ['My toddler gets a cold easily, is that normal?', 'My toddler gets cold easily, is that normal?'],
    ['Suggest a cheap and healthy lunch', 'Suggest a cheap and a healthy lunch'],
  ]);
  served([
    ['What happens the next day after taking Plan B?', 'What happens next day after taking Plan B?'],
    ['Is it lonely being an only child?', 'Is it lonely being only child?'],
    ['Should I get a second opinion?', 'Should I get second opinion?'],
    ['Is a Husky good for apartments?', 'Is Husky good for apartments?'],
    ['Suggest a cheap or healthy lunch', 'Suggest a cheap or a healthy lunch'],
    ["I'd like a coffee and donut", "I'd like a coffee and a donut"],
    ['Create a rota for John, Paul, and Ringo', 'Create a rota for John, Paul and Ringo'],
    // A review helper's near-duplicates of the first versions.
    ['Plan my meals for the next week.', 'Plan my meals for next week.'],
    ["What's the weather for the next 3 days?", "What's the weather for next 3 days?"],
    ['Write a title and a short description for my YouTube video.', 'Write a title and short description for my YouTube video.'],
    ['Is it okay to ask a friend for money?', 'Is it okay to ask friends for money?'],
  ]);
});
