import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 19: pairs that red teams found served wrongly (each not-served pair was `same` on the session's start
 * code) and the rewordings a fix must keep serving.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a written-out "not" that opens a question negates what follows it, not the question (team BE)', () => {
  notServed([
    ['Does not tipping in Japan offend people?', "Doesn't tipping in Japan offend people?"],
    ['Does not drinking coffee cause headaches?', "Doesn't drinking coffee cause headaches?"],
    ['Will not paying my credit card bill hurt my score?', "Won't paying my credit card bill hurt my score?"],
    ['Do not fully cooked eggs pose a risk during pregnancy?', "Don't fully cooked eggs pose a risk during pregnancy?"],
    ['Are not vaccinated dogs allowed at dog parks?', "Aren't vaccinated dogs allowed at dog parks?"],
    ['Why is not eating breakfast bad for you?', "Why isn't eating breakfast bad for you?"],
    ['So, does not tipping offend people in Japan?', "So, doesn't tipping offend people in Japan?"],
  ]);
  served([
    ["Why don't I sleep well?", 'Why do I not sleep well?'],
    ["What shouldn't I eat before a run?", 'What should I not eat before a run?'],
    ["What isn't allowed in carry-on luggage?", 'What is not allowed in carry-on luggage?'],
    ["Who doesn't like pizza?", 'Who does not like pizza?'],
    ["Don't forget to water the plants, what else should I do?", 'Do not forget to water the plants, what else should I do?'],
    ["It doesn't work when I restart it, why?", 'It does not work when I restart it, why?'],
    // Before a noun the written-out form is the contraction's formal spelling (a review helper's near-duplicates).
    ['Is not water wet?', "Isn't water wet?"],
    ['Why does not python find my module?', "Why doesn't python find my module?"],
    ['Why do not airplanes fly over the Pacific?', "Why don't airplanes fly over the Pacific?"],
    ['Are not tomatoes a fruit?', "Aren't tomatoes a fruit?"],
  ]);
});

describe('curly quotes in code are not straight ones (team BA)', () => {
  notServed([
    ['Why does JSON.parse throw on this? {“port”: 8080}', 'Why does JSON.parse throw on this? {"port": 8080}'],
    ['Why is this a syntax error: print(“hello”)', 'Why is this a syntax error: print("hello")'],
    ['Why does my .env value include quotes? API_KEY=“abc123”', 'Why does my .env value include quotes? API_KEY="abc123"'],
    ["Why doesn't this link work? <a href=“/home”>Home</a>", 'Why doesn\'t this link work? <a href="/home">Home</a>'],
    // Around a shell command's argument where the text asks why it fails (a review helper's).
    ['Why does grep “error” log.txt find nothing?', 'Why does grep "error" log.txt find nothing?'],
    ['Why does git commit -m “fix bug” fail?', 'Why does git commit -m "fix bug" fail?'],
    ['Why does touch “my notes.txt” create two files?', 'Why does touch "my notes.txt" create two files?'],
    ['Why does echo ‘hi’ print the quotes in bash?', "Why does echo 'hi' print the quotes in bash?"],
  ]);
  served([
    ['What does “serendipity” mean?', 'What does "serendipity" mean?'],
    ['What’s the difference between “affect” and “effect”?', 'What\'s the difference between "affect" and "effect"?'],
    ["What does print('hello') output in Python?", 'What does print("hello") output in Python?'],
    ["What does echo 'hello world' print?", 'What does echo "hello world" print?'],
    // A phone's quotes around a shell command's string (a review helper's near-duplicates).
    ['How do I grep “TODO” across a whole repo?', 'How do I grep "TODO" across a whole repo?'],
    ['How do I echo “hello” into a file in bash?', 'How do I echo "hello" into a file in bash?'],
  ]);
});

describe('a spaced dot after a command is a directory, not a full stop (team BA)', () => {
  notServed([
    ['Where do I end up after running cd ..', 'Where do I end up after running cd'],
    ['Where do I end up after running cd ..', 'Where do I end up after running cd .'],
    ['What does ls list when I run ls ..', 'What does ls list when I run ls'],
    ['What happens if I run git add .', 'What happens if I run git add'],
    ['What does docker build -t myapp . do', 'What does docker build -t myapp do'],
  ]);
  served([
    ['What does git add do?', 'What does git add do'],
    // A full stop typed after a space (a review helper's near-duplicates).
    ['How do I install numpy with pip .', 'How do I install numpy with pip.'],
    ['Where can I find cheap flights to Paris .', 'Where can I find cheap flights to Paris.'],
    ['Explain what git stash does .', 'Explain what git stash does.'],
    ['how to check node version ..', 'how to check node version'],
    ['How do I use git add.', 'How do I use git add'],
    ['Explain what cd does.', 'Explain what cd does'],
  ]);
});

describe('a capital letter standing alone keeps its case opening a sentence (team BA)', () => {
  notServed([
    ['G in vim normal mode: what does it do?', 'g in vim normal mode: what does it do?'],
    ['X in a printf format string means what?', 'x in a printf format string means what?'],
    ['W in vim moves where?', 'w in vim moves where?'],
    ['G: what is its value in SI units?', 'g: what is its value in SI units?'],
  ]);
  served([
    ['A list in Python, how do I sort it?', 'a list in Python, how do I sort it?'],
    ['I want to learn vim, where do I start?', 'i want to learn vim, where do I start?'],
    ['What does G do in vim?', 'what does G do in vim?'],
    // Initials (a review helper's near-duplicates).
    ['E. coli symptoms and treatment', 'e. coli symptoms and treatment'],
    ['T. rex: how big was it?', 't. rex: how big was it?'],
  ]);
});

describe('a no-break space in code is no space (team BA)', () => {
  notServed([
    ['Why does this fail in Python? x = 10\u00a0+ 5', 'Why does this fail in Python? x = 10 + 5'],
    ['Why does bash say command not found for ls\u00a0-la?', 'Why does bash say command not found for ls -la?'],
  ]);
  served([
    ['How far is 10\u00a0km in miles?', 'How far is 10 km in miles?'],
    // Pasted from web pages and French typography (a review helper's near-duplicates).
    ['How do I reverse a\u00a0list in\u00a0Python?', 'How do I reverse a list in Python?'],
    ['Comment installer Python sur Windows\u00a0?', 'Comment installer Python sur Windows ?'],
    ['What does npm\u00a0run build do?', 'What does npm run build do?'],
    ['What does list.append(x)\u00a0do?', 'What does list.append(x) do?'],
  ]);
});

describe('"the" before a name that is one only by its capital picks another thing (team BI)', () => {
  notServed([
    ['How long is Titanic?', 'How long is the Titanic?'],
    ['Who owns the Amazon?', 'Who owns Amazon?'],
    ["What is Queen's net worth?", "What is the Queen's net worth?"],
    ['Who was Prince married to?', 'Who was the Prince married to?'],
  ]);
  served([
    ['How old is the Earth?', 'How old is Earth?'],
    ['Is the Netherlands in the EU?', 'Is Netherlands in EU?'],
    ['What did the Biden administration do about student loans?', 'What did Biden administration do about student loans?'],
    ['What caused the Great Depression?', 'What caused Great Depression?'],
    ['Who founded the WHO?', 'Who founded WHO?'],
    // A review helper's near-duplicates: bands, buildings and institutions are the same with or without "the".
    ['Who were the Beatles?', 'Who were Beatles?'],
    ['When was the Louvre built?', 'When was Louvre built?'],
    ["What is the Kremlin's position on Ukraine?", "What is Kremlin's position on Ukraine?"],
    ['What does the Fed do?', 'What does Fed do?'],
  ]);
});

describe('a minus glued to an ion, a blood group, a rating or a grade is no dash (team BI)', () => {
  notServed([
    ['Can O- blood be given to anyone?', 'Can O blood be given to anyone?'],
    ['How many electrons does Cl- have?', 'How many electrons does Cl have?'],
    ['Is NO2- toxic?', 'Is NO2 toxic?'],
    ['What does a BBB- credit rating mean?', 'What does a BBB credit rating mean?'],
    ['Is a B- a passing grade?', 'Is a B a passing grade?'],
    // A hostile helper's: the same minus typed as an en dash or a minus sign.
    ['Is O\u2013 a universal donor?', 'Is O a universal donor?'],
    ['How many electrons does Cl\u2212 have?', 'How many electrons does Cl have?'],
  ]);
  served([
    ['Hi- how do I reset my password?', 'Hi, how do I reset my password?'],
    ['Pre- and post-war economies compared', 'Pre- and post-war economies compared'],
    ['CSS- how do I center a div?', 'CSS: how do I center a div?'],
    ['NASA- what does it stand for?', 'NASA: what does it stand for?'],
  ]);
});

describe('a courtesy that the question asks about is content (team BK)', () => {
  notServed([
    ['Hey! Is this an OK first message on a dating app?', 'Is this an OK first message on a dating app?'],
    ['Quick question. Is this a good subject line for an email to my professor?', 'Is this a good subject line for an email to my professor?'],
    ['Sorry. Is this enough to apologize to my wife?', 'Is this enough to apologize to my wife?'],
    ['Hello. What language does this word come from?', 'What language does this word come from?'],
    ['Please, don\'t go. Who sang this song?', "Don't go. Who sang this song?"],
    ['What does it mean when a guy texts you thanks?', 'What does it mean when a guy texts you?'],
    ['Can you list firearms on Etsy?', 'List firearms on Etsy.'],
    ['Can you list alcohol on eBay?', 'List alcohol on eBay.'],
    ["In Spanish, explain how to say 'dog'.", "Explain how to say 'dog' in Spanish."],
  ]);
  served([
    ['Hey! How do I boil an egg?', 'How do I boil an egg?'],
    ['Quick question. What is the capital of Peru?', 'What is the capital of Peru?'],
    ['Can you list the planets in order?', 'List the planets in order.'],
    ['Can you list the best deals on Amazon today?', 'List the best deals on Amazon today.'],
    ['Can you list common scams on Facebook Marketplace?', 'List common scams on Facebook Marketplace.'],
    ["In French, what does 'chat' mean?", "What does 'chat' mean in French?"],
    ['Thanks! Can you explain recursion?', 'Can you explain recursion?'],
  ]);
});

describe('a river named like a country or a state, and plurals of finance (team BJ)', () => {
  notServed([
    ['How long is the Mississippi?', 'How long is Mississippi?'],
    ['Can you swim in the Jordan?', 'Can you swim in Jordan?'],
    ['What is the future price of Brent crude?', 'What is the futures price of Brent crude?'],
  ]);
  served([
    ['How long is the Nile?', 'How long is Nile?'],
    ['What is the capital of the Netherlands?', 'What is the capital of Netherlands?'],
  ]);
});

describe('a listed synonym in a sense the other word lacks (team BQ)', () => {
  notServed([
    ['What goes in a reply brief?', 'What goes in an answer brief?'],
    ['How long do I have to file an answer to a lawsuit?', 'How long do I have to file a reply to a lawsuit?'],
    ['What is an error of law?', 'What is a mistake of law?'],
    ['How many errors did the Yankees commit last night?', 'How many mistakes did the Yankees commit last night?'],
    ['What is film photography?', 'What is movie photography?'],
    ['What is hard science fiction?', 'What is difficult science fiction?'],
    ['What is a hard inquiry on a credit report?', 'What is a difficult inquiry on a credit report?'],
    ['Is a 3-day fast safe?', 'Is a 3-day quick safe?'],
    ["Why can't I help crying at sad movies?", "Why can't I assist crying at sad movies?"],
    ['Can someone be tried twice for the same crime?', 'Can someone be attempted twice for the same crime?'],
  ]);
  served([
    ['How do I help my son with math homework?', 'How do I assist my son with math homework?'],
    ['I tried to fix it twice, what now?', 'I attempted to fix it twice, what now?'],
    ['How fast can a cheetah run?', 'How quick can a cheetah run?'],
  ]);
});

describe('"Could you" before a verb that asks nothing of the assistant is the past (team BN)', () => {
  notServed([
    ['Could you smoke on planes?', 'Can you smoke on planes?'],
    ['Could you marry at 16 in England?', 'Can you marry at 16 in England?'],
  ]);
  served([
    ['Could you explain how vaccines work?', 'Can you explain how vaccines work?'],
    ['I exercise every day. Is that too much?', 'I exercise every day, is that too much?'],
  ]);
});

describe('a time phrase moved out of a purpose clause (team BN)', () => {
  notServed([
    ['Which stocks should I buy to sell in 2030?', 'In 2030, which stocks should I buy to sell?'],
    ['How much should I save each month to retire at 60?', 'At 60, how much should I save each month to retire?'],
  ]);
  served([
    ['In 2020, who won the Super Bowl?', 'Who won the Super Bowl in 2020?'],
    ['In Excel, how do I freeze a row?', 'How do I freeze a row in Excel?'],
    ['In Python, explain how to reverse a string.', 'Explain how to reverse a string in Python.'],
  ]);
});

describe('a place or a time moved into a relative clause, and verbs asked about (team BP)', () => {
  notServed([
    ['In Texas, is it legal to carry the gun I bought?', 'Is it legal to carry the gun I bought in Texas?'],
    ['In Canada, how do I file taxes on income I earned?', 'How do I file taxes on income I earned in Canada?'],
    ['On Friday, list the orders that shipped.', 'List the orders that shipped on Friday.'],
    ['On Tuesday, list the invoices that were paid.', 'List the invoices that were paid on Tuesday.'],
    ['Is begin an irregular verb?', 'Is start an irregular verb?'],
  ]);
  served([
    ['In 1989, what happened in Berlin?', 'What happened in Berlin in 1989?'],
    ['In Git, how do I undo a commit that I pushed?', 'How do I undo a commit that I pushed in Git?'],
    ['When does the store open?', 'When does the store open?'],
  ]);
});
