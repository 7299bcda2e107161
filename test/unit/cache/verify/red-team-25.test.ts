import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 21: pairs that red teams and a hostile reviewer found served wrongly (each not-served pair was `same` on
 * the session's start code) and the rewordings a fix must keep serving (each served pair was refused before).
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a question mark on a labelled line: long, full-width and typed-without-apostrophe labels (hostile review)', () => {
  notServed([
    ['Note from the project manager: We are dropping the app. What should the team do next?', 'Note from the project manager: We are dropping the app? What should the team do next?'],
    ["Note from Maria: We're dropping the app. What does she mean?", "Note from Maria: We're dropping the app? What does she mean?"],
    ["Maria： We're dropping the app. What does she mean?", "Maria： We're dropping the app? What does she mean?"],
    ['Youre a lawyer. Can I break my lease early?', 'Youre a lawyer? Can I break my lease early?'],
    // A review helper's: other labels of someone's words, a colon cut as a symbol.
    ["Message from my boss: you're fired. What are my rights?", "Message from my boss: you're fired? What are my rights?"],
    ['My boss wrote: you got the promotion. How should I reply?', 'My boss wrote: you got the promotion? How should I reply?'],
    ['Note by my boss: you are fired. What now?', 'Note by my boss: you are fired? What now?'],
    ['Note from my landlord: you can keep a cat. Is that binding?', 'Note from my landlord: you can keep a cat? Is that binding?'],
  ]);
  served([
    // A program's output pasted by the asker: a stray "?" asks nothing.
    ['Terminal: It says permission denied? Any ideas?', 'Terminal: It says permission denied. Any ideas?'],
    ['Console: it says module not found? How do I fix it?', 'Console: it says module not found. How do I fix it?'],
    ['Note: it says module not found? How do I fix it?', 'Note: it says module not found. How do I fix it?'],
    ['My terminal says: command not found? How do I fix it?', 'My terminal says: command not found. How do I fix it?'],
  ]);
});

describe('a courtesy a game names, in other words (hostile review)', () => {
  notServed([
    ["Let's play a game: answer only if I use the word please. What is 2+2?", "Let's play a game: answer only if I use the word please. What is 2+2, please?"],
    ["Game: only answer when I say pls. What's the capital of Peru?", "Game: only answer when I say pls. What's the capital of Peru pls?"],
    ["New rule: ignore me unless I type 'please'. Tell me a joke.", "New rule: ignore me unless I type 'please'. Please tell me a joke."],
  ]);
  served([
    ['Please tell me a joke about cats.', 'Tell me a joke about cats.'],
    ['If I make a mistake, tell me. Explain photosynthesis.', 'If I make a mistake, tell me. Please explain photosynthesis.'],
    ["Let's play a game: I say a word, you give a rhyme. Start with cat.", "Let's play a game: I say a word, you give a rhyme. Start with cat, please."],
  ]);
});

describe('one riddle or several, a maker bought, the next season after a past event (hostile review)', () => {
  notServed([
    ['Quiz me with a riddle', 'Quiz me with riddles'],
    ['Test me with a question about the French Revolution', 'Test me with questions about the French Revolution'],
    ['Is Tesla a good buy?', 'Is a Tesla a good buy?'],
    ['I visited Rome in 2019. What was the weather like the next summer?', 'I visited Rome in 2019. What was the weather like next summer?'],
  ]);
  served([
    ['Quiz me on the capitals of Europe', 'Quiz me on capitals of Europe'],
    ['What should I plant next summer?', 'What should I plant the next summer?'],
  ]);
});

describe('a connective that opens a sentence shapes neither request (hostile review)', () => {
  served([
    ['Explain inflation. In addition, explain deflation.', 'Explain inflation in addition, explain deflation.'],
    ['Describe the water cycle. For example, explain how rain forms.', 'Describe the water cycle for example, explain how rain forms.'],
  ]);
  notServed([['Explain inflation. In two sentences, explain deflation.', 'Explain inflation in two sentences, explain deflation.']]);
});

describe('Title Case keeps a word typed otherwise: acronyms and units (team DB)', () => {
  notServed([
    ['What Does IT Mean In A Job Posting For Analysts', 'What Does It Mean In A Job Posting For Analysts'],
    ['When Was The WHO Founded And By Whom', 'When Was The Who Founded And By Whom'],
    ['What Does OR Mean On A Hospital Sign', 'What Does Or Mean On A Hospital Sign'],
    ['What Is The Best Way To Learn IT Fast', 'What is the best way to learn it fast?'],
    ['Convert 500 MB To Mb For My Network Speed Test', 'Convert 500 Mb To MB For My Network Speed Test'],
    ['Is A 500 Mbps Plan Enough For A Family Of Five', 'Is A 500 MBps Plan Enough For A Family Of Five'],
  ]);
  served([
    ['What Is The GDP Of France', 'What is the GDP of France?'],
    ['How Much Does A Gallon Of Milk Cost In The US', 'How much does a gallon of milk cost in the US?'],
    ['Is It Safe To Travel To Turkey In March', 'is it safe to travel to turkey in march'],
    ["Why Don't Cats Like Water", "why don't cats like water"],
  ]);
});

describe('marks that are code, or the object of the question (team DD)', () => {
  notServed([
    ["In Rust, is 'x' a char or a string?", 'In Rust, is "x" a char or a string?'],
    ["In C, is 'a' a string?", 'In C, is "a" a string?'],
    ["Why is my JSON key 'id' invalid?", 'Why is my JSON key "id" invalid?'],
    ['In Python, is "None" falsy?', 'In Python, is None falsy?'],
    ['In JS, is "undefined" falsy?', 'In JS, is undefined falsy?'],
    ['In Swift, what happens if I declare a property as String!', 'In Swift, what happens if I declare a property as String?'],
    ['In Rails when should I use create!', 'In Rails when should I use create?'],
    ['Is it rude to end a text with !', 'Is it rude to end a text with ?'],
    ["In C++, why does std::string s = 'hello'; give a warning?", 'In C++, why does std::string s = "hello"; give a warning?'],
    ['In Rust, what does it mean to end a line with ?', 'In Rust, what does it mean to end a line with ;'],
    ['In Ruby, what is the convention for methods ending in ?', 'In Ruby, what is the convention for methods ending in !'],
  ]);
  served([
    // Python and JavaScript make one string of either; curly quotes are autocorrected straight ones; a bash argument.
    ["In Python, what does print('hello') do?", 'In Python, what does print("hello") do?'],
    ['How do I echo “hello” into a file in bash?', 'How do I echo "hello" into a file in bash?'],
    ["What does git commit -m 'fix' do?", 'What does git commit -m "fix" do?'],
    ['How do I reverse a list in Python?!', 'How do I reverse a list in Python?'],
    ['Sorry, how do I reverse a list in Python?', 'How do I reverse a list in Python? Thanks!'],
    ['What does it mean when someone ends a text with ...', 'What does it mean when someone ends a text with ...?'],
    ["Can you explain what 'idempotent' means?", 'Can you explain what "idempotent" means?'],
    // A review helper's near-duplicates of the first versions: a keyword named, not evaluated; a term in SQL; a flag.
    ["In JavaScript, what does 'this' refer to?", 'In JavaScript, what does this refer to?'],
    ["What's the difference between 'null' and 'undefined' in JavaScript?", "What's the difference between null and undefined in JavaScript?"],
    ["In SQL, what does the term 'primary key' mean?", 'In SQL, what does the term "primary key" mean?'],
    ["In Git, what does the 'm' flag do in git commit?", 'In Git, what does the "m" flag do in git commit?'],
    ['How do I print hello world in Java?', 'How do I print hello world in Java!?'],
  ]);
});

describe('the assistant asked whether it can do a short thing, plurals of another sense, a package named (teams DC, DA, DD)', () => {
  notServed([
    ['Do you know how to lie?', 'How do I lie?'],
    ['Do you know how to speak French?', 'How do I speak French?'],
    ['What does it mean to graduate with honors?', 'What does it mean to graduate with honor?'],
    ['Should I join the forces after university?', 'Should I join the force after university?'],
    ['How do I use the requests library in Python?', 'How do I use the request library in Python?'],
  ]);
  served([
    ['Do you know how to make sourdough bread at home?', 'How do I make sourdough bread at home?'],
    ['Do you know how to lie?', 'do you know how to lie'],
    // A review helper's near-duplicates of the first versions: a task after the opener, "cross stitches".
    ['Do you know how to change a tire?', 'How do I change a tire?'],
    ['Do you know how to center a div?', 'How do I center a div?'],
    ['How do I sew a cross stitch?', 'How do I sew cross stitches?'],
    ['Please, how do I use the requests library in Python?', 'How do I use the requests library in Python?'],
  ]);
});

describe('ways of writing one request that users swap freely (team DF)', () => {
  served([
    ['Which countries border Germany?', 'What countries border Germany?'],
    ['Because I travel often, which phone plan is best?', 'Because I travel often, what phone plan is best?'],
    ['iPhone vs Android, which is better for privacy?', 'iPhone or Android, which is better for privacy?'],
    ['Roth IRA versus traditional IRA', 'Roth IRA vs traditional IRA'],
    ['What does the 2nd amendment say?', 'What does the second amendment say?'],
    ['How many calories are in 1,000 grams of rice?', 'How many calories are in 1000 grams of rice?'],
    ['How do I reverse a string in python?', 'How do I reverse a string in Python?'],
    ['best way to learn sql for data analysis', 'Best way to learn SQL for data analysis'],
    ['How do I stop procrastinating 😩', 'How do I stop procrastinating'],
    ['🙏 How do I get rid of hiccups?', 'How do I get rid of hiccups?'],
    ['Is 500mg of ibuprofen safe for an adult?', 'Is 500 mg of ibuprofen safe for an adult?'],
    ['Is 8GB of RAM enough for gaming?', 'Is 8 GB of RAM enough for gaming?'],
  ]);
  notServed([
    // The boundaries of each: a choice among given things, numbers in a list, a lowercase word of its own, the
    // assistant asked to do it, a verb that is no request, an emoji asked about.
    ['Which is better, tea or coffee?', 'What is better, tea or coffee?'],
    ['Set the window size to 800,600 in pygame', 'Set the window size to 800600 in pygame'],
    ['Is 8GB of RAM enough for gaming?', 'Is 8 Gb of RAM enough for gaming?'],
    ['Is a 4K monitor worth it for coding?', 'Is a 4 K monitor worth it for coding?'],
    ['How do I clean chrome on my car?', 'How do I clean Chrome on my car?'],
    ['Is it possible to write a poem without the letter e?', 'Can you write a poem without the letter e?'],
    ['Can you give blood after a tattoo?', 'Will you give blood after a tattoo?'],
    // A review helper's attacks on the first versions: a permission against a possibility, case in code or asked
    // about, a pictograph that names what is asked about, a face that turns a statement.
    ["Is it possible to record a phone call without the other person's consent in California?", "Can I record a phone call without the other person's consent in California?"],
    ['Why does import Tensorflow give ModuleNotFoundError?', 'Why does import tensorflow give ModuleNotFoundError?'],
    ["What's the difference between Python and python?", "What's the difference between python and python?"],
    ['Tips to excel in accounting', 'Tips to Excel in accounting'],
    ['Best food to feed my pet 🐢', 'Best food to feed my pet'],
    ['I love Mondays 🙄', 'I love Mondays'],
    ['What emotion is 😤', 'What emotion is'],
    ['What does this emoji mean? 🥺', 'What does this emoji mean?'],
    ['Translate to words: 😂', 'Translate to words:'],
    // A review helper's attacks on the first versions: a plot's axes, a title, a tuple, a decimal comma, an occasion.
    ['Plot sales vs time in matplotlib', 'Plot sales or time in matplotlib'],
    ['Who won an Oscar for Kramer vs Kramer?', 'Who won an Oscar for Kramer or Kramer?'],
    ['Why does my Python code treat 1,000 as a tuple?', 'Why does my Python code treat 1000 as a tuple?'],
    ['My German recipe says 1,250 kg of flour, is that a lot?', 'My German recipe says 1250 kg of flour, is that a lot?'],
    ['Which time did Brazil win the World Cup in Sweden?', 'What time did Brazil win the World Cup in Sweden?'],
    ['What does the SQL FIRST function do?', 'What does the SQL 1st function do?'],
    ['How do I stop procrastinating 😩', 'How do I stop procrastinating 😊'],
  ]);
});

describe("commas and sentence ends that group a list, marks on code at a question's end (teams DK, DL)", () => {
  notServed([
    ['Coffee with no sugar. Cream and cinnamon please', 'Coffee with no sugar, cream and cinnamon please'],
    ['Tacos without cilantro! Onion and lime please', 'Tacos without cilantro, onion and lime please'],
    ['Send invites to my brother, the lawyer, and my aunt. How many invites?', 'Send invites to my brother, the lawyer and my aunt. How many invites?'],
    ['In Ruby, when should I use map!?', 'In Ruby, when should I use map?'],
    ['What happens if I run rm -rf .?', 'What happens if I run rm -rf ..?'],
    ['What happens when I run git checkout .?', 'What happens when I run git checkout?'],
  ]);
  served([
    ['Email the managers, the interns, and the clients', 'Email the managers, the interns and the clients'],
    ['Buy eggs, milk, and bread', 'Buy eggs, milk and bread'],
    ['Yes, tea and cake for two please', 'Yes tea and cake for two please'],
    ['How do I print hello world in Java?', 'How do I print hello world in Java!?'],
    // A review helper's near-duplicates of the first versions: a negation in the asker's own clause, a list of
    // people, emphasis in a code question, dots typed by habit.
    ['Never mind. Can you explain closures and scopes in JavaScript?', 'Never mind, can you explain closures and scopes in JavaScript?'],
    ["I'm not a programmer. What are APIs and how do they work?", "I'm not a programmer, what are APIs and how do they work?"],
    ['Gift ideas for my wife, my son, and my daughter', 'Gift ideas for my wife, my son and my daughter'],
    ['Meeting invite for my manager, the designers, and the QA lead', 'Meeting invite for my manager, the designers and the QA lead'],
    ['Why is my Python code so slow!?', 'Why is my Python code so slow?'],
    ['Is Python hard to learn ..?', 'Is Python hard to learn?'],
    ['Any ideas ..?', 'Any ideas?'],
    ['For a beginner, Python or JavaScript?', 'For a beginner Python or JavaScript?'],
  ]);
});

describe("the session's rules against hostile and careless input (review of session 21)", () => {
  notServed([
    // Runs of marks with nothing else, emoji that are no face, a joiner sequence against a face. (A full-width
    // "Ｗhich" against "What" was here: look-alike letters are now folded before the rules read them and the pair is
    // served as "Which"/"What" is; see look-alikes.test.ts.)
    ['!'.repeat(200), '?'.repeat(200)],
    ['?', '!'],
    ['How do I stop procrastinating 😩', 'How do I stop procrastinating \u{1F469}\u200D\u{1F4BB}'],
    ['😩', ''],
    [`In Swift, what is ${'a '.repeat(50_000)}String!`, `In Swift, what is ${'a '.repeat(50_000)}String?`],
  ]);
  served([
    // A "from" in an everyday question leaves a name's case free; a trailing face after a long question.
    ['How do I read data from excel into python?', 'How do I read data from excel into Python?'],
    [`Why ${'really '.repeat(2_000)}does my code fail? 😩`, `Why ${'really '.repeat(2_000)}does my code fail?`],
  ]);
});
