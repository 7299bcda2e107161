import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 52: red teams on scope and logic, on code, and on other languages, each a category of must-miss pairs built to
// break the verifier; the pairs under notServed were served before.

describe('a comma moved across a list\'s "and" changes what a trailing qualifier covers', () => {
  notServed([
    ['Delete the old logs, and the backups if they are older than 30 days. Write the cron job.', 'Delete the old logs and the backups, if they are older than 30 days. Write the cron job.'],
    ['Reimburse flights, and hotels under $200 a night. Is a $900 flight reimbursed?', 'Reimburse flights and hotels, under $200 a night. Is a $900 flight reimbursed?'],
    ["We don't ship to Alaska, or Hawaii on weekends. Can I get a delivery to Alaska on Tuesday?", "We don't ship to Alaska or Hawaii, on weekends. Can I get a delivery to Alaska on Tuesday?"],
  ]);
  served([
    ['I tried restarting, and clearing the cache but it still fails', 'I tried restarting and clearing the cache, but it still fails'],
    ['Thanks, and have a great weekend', 'Thanks and have a great weekend'],
  ]);
});

describe('a comma added before a two-item list\'s "and"/"or" keeps a qualifier off the first item', () => {
  notServed([
    ['Admission is free for children and seniors on Tuesdays. Is it free for a child on Monday?', 'Admission is free for children, and seniors on Tuesdays. Is it free for a child on Monday?'],
    ['The discount is for veterans and students over 65. Does a 20-year-old student qualify?', 'The discount is for veterans, and students over 65. Does a 20-year-old student qualify?'],
    ['Overtime applies to nurses and technicians working nights. Does a nurse on days get overtime?', 'Overtime applies to nurses, and technicians working nights. Does a nurse on days get overtime?'],
    ['The lunch special is soup or salad and bread. Can I get soup without bread?', 'The lunch special is soup, or salad and bread. Can I get soup without bread?'],
  ]);
  served([
    ['A black dog and a white dog playing in the street.', 'A black dog, and a white dog playing in the street.'],
    ['Buy eggs and milk', 'Buy eggs, and milk'],
    ['Explain recursion and give an example', 'Explain recursion, and give an example'],
  ]);
});

describe('a comma before a reason or purpose after a negation of will, be, have or can', () => {
  notServed([
    ["I won't vote for her because she is a woman. Is that sexist?", "I won't vote for her, because she is a woman. Is that sexist?"],
    ["He isn't moving to Canada because of the job. Why is he moving?", "He isn't moving to Canada, because of the job. Why is he moving?"],
    ['The company was not sued because of the leak. What was it sued for?', 'The company was not sued, because of the leak. What was it sued for?'],
    ["I haven't sold the house because of the market. What should I do?", "I haven't sold the house, because of the market. What should I do?"],
    ["I can't recommend her because she is my friend. Is that ethical?", "I can't recommend her, because she is my friend. Is that ethical?"],
    ['She is not marrying him for his money. What is her motive?', 'She is not marrying him, for his money. What is her motive?'],
  ]);
  served([
    ["I can't sleep because of the noise. Any tips?", "I can't sleep, because of the noise. Any tips?"],
    ["It is not working because the server is down. What do I do?", "It is not working, because the server is down. What do I do?"],
    ["I'm not sure because the docs are unclear", "I'm not sure, because the docs are unclear"],
  ]);
});

describe('an "if" clause of what to ask moved to the front as a condition', () => {
  notServed([
    ['Ask my landlord if I can paint the walls.', 'If I can paint the walls, ask my landlord.'],
    ['Check with the airline if my bag is over 23 kg.', 'If my bag is over 23 kg, check with the airline.'],
    ['Should I ask my manager if I can work remotely?', 'If I can work remotely, should I ask my manager?'],
    ['Confirm with the venue if the deposit is refundable.', 'If the deposit is refundable, confirm with the venue.'],
  ]);
  served([
    ['What should I wear if it rains?', 'If it rains, what should I wear?'],
  ]);
});

describe('a verb whose past is its base form against its present after a subject', () => {
  notServed([
    ['My manager quit. Who approves my timesheet?', 'My manager quits. Who approves my timesheet?'],
    ['My landlord shut off the water. Is that legal?', 'My landlord shuts off the water. Is that legal?'],
    ['My ex read my messages. Is that a crime?', 'My ex reads my messages. Is that a crime?'],
    ['My back hurt after the gym. What should I do?', 'My back hurts after the gym. What should I do?'],
    ['My coworker put his name on my work. How do I handle it?', 'My coworker puts his name on my work. How do I handle it?'],
  ]);
  served([
    ['How do I cut onions?', 'how do I cut onions'],
  ]);
});

describe('a comma before a relative clause after my or our and a singular noun, where the text counts', () => {
  notServed([
    ['My brother who lives in Ohio is visiting. How many brothers do I have?', 'My brother, who lives in Ohio, is visiting. How many brothers do I have?'],
    ['My son who plays soccer broke his leg. Do I have other sons?', 'My son, who plays soccer, broke his leg. Do I have other sons?'],
    ["The tenant's dog which is a pit bull bit a child. Does the tenant own more than one dog?", "The tenant's dog, which is a pit bull, bit a child. Does the tenant own more than one dog?"],
  ]);
  served([
    ['My sister who lives in London is getting married. Write a toast.', 'My sister, who lives in London, is getting married. Write a toast.'],
    ['My friend who is a doctor says I should rest. Is she right?', 'My friend, who is a doctor, says I should rest. Is she right?'],
  ]);
});

describe('the case of a keyword or command opening a pasted line of code', () => {
  notServed([
    ['Why does this fail?\nImport numpy as np\nx = np.zeros(3)', 'Why does this fail?\nimport numpy as np\nx = np.zeros(3)'],
    ['Why is this an error?\nclass Foo:\n    Pass', 'Why is this an error?\nclass Foo:\n    pass'],
    ['Why does this fail?\nGit status', 'Why does this fail?\ngit status'],
    ['What does this print?\nEcho hello', 'What does this print?\necho hello'],
    ["Print('hello') raises an error, why?", "print('hello') raises an error, why?"],
  ]);
  served([
    ['Git status shows nothing, why?', 'git status shows nothing, why?'],
    ['How do I fix this?\nFor some reason the build fails', 'How do I fix this?\nfor some reason the build fails'],
    ['Can you help?\nLet me know what you think', 'Can you help?\nlet me know what you think'],
  ]);
});

describe('spacing beside the marks of Markdown, a selector, a template or a shell line asked about', () => {
  notServed([
    ["Why doesn't my heading render? #Title", "Why doesn't my heading render? # Title"],
    ["Why isn't this bold? **bold **", "Why isn't this bold? **bold**"],
    ['What does this select? li:not(.active)', 'What does this select? li :not(.active)'],
    ['What does this select? div:has(img)', 'What does this select? div :has(img)'],
    ['What does {{x}} render in Jinja?', 'What does { {x} } render in Jinja?'],
    ['What does cmd 2>file do?', 'What does cmd 2 >file do?'],
    ['What does !cmd do in bash?', 'What does ! cmd do in bash?'],
    ['Why is this not a link? [docs] (https://x.io)', 'Why is this not a link? [docs](https://x.io)'],
  ]);
  served([
    ['Why is my link not working?', 'Why is my link not working ?'],
    ['How do I make a heading in Markdown?', 'How do I make a heading in markdown?'],
  ]);
});

describe('a negation word of another language before a comma or a full stop', () => {
  notServed([
    ['הרופא אמר לא, צריך לצום לפני הבדיקה. מה לעשות?', 'הרופא אמר לא צריך לצום לפני הבדיקה. מה לעשות?'],
    ['Dokter bilang tidak, perlu puasa sebelum tes darah. Jadi saya harus bagaimana?', 'Dokter bilang tidak perlu puasa sebelum tes darah. Jadi saya harus bagaimana?'],
    ['Dokter bilang tidak! Perlu puasa sebelum tes darah. Jadi saya harus bagaimana?', 'Dokter bilang tidak perlu puasa sebelum tes darah. Jadi saya harus bagaimana?'],
    ['قال الطبيب لا، يجب أن أصوم. هل أصوم قبل التحليل؟', 'قال الطبيب لا يجب أن أصوم. هل أصوم قبل التحليل؟'],
  ]);
});

describe('a comma inside a sentence of a text in another language', () => {
  notServed([
    ['Reembolsa a los clientes que pagaron dos veces y redacta el correo de disculpa', 'Reembolsa a los clientes, que pagaron dos veces, y redacta el correo de disculpa'],
    ['Reparte 30 euros entre María José y Pedro a partes iguales. ¿Cuánto recibe cada uno?', 'Reparte 30 euros entre María, José y Pedro a partes iguales. ¿Cuánto recibe cada uno?'],
    ['Mein Sohn Tom und ich gehen ins Kino. Wie viele Karten brauchen wir?', 'Mein Sohn, Tom und ich gehen ins Kino. Wie viele Karten brauchen wir?'],
    ['Mi perro comió uvas esta mañana, vomitó dos veces después de comer. ¿Debo ir al veterinario?', 'Mi perro comió uvas, esta mañana vomitó dos veces después de comer. ¿Debo ir al veterinario?'],
    ['No dejé mi trabajo porque mi jefe me gritaba. ¿Cómo lo explico en una entrevista?', 'No dejé mi trabajo, porque mi jefe me gritaba. ¿Cómo lo explico en una entrevista?'],
  ]);
  served([
    ['Hola, necesito ayuda con mi currículum', 'Hola necesito ayuda con mi currículum'],
    ['32 die in Bangladesh protest', '32 die, in Bangladesh protest'],
  ]);
});

describe('whitespace of code: a no-break space beside a command, an ellipsis as a body, spaces at a line\'s end asked about', () => {
  notServed([
    ['Why does this fail?\ngit\u00a0status', 'Why does this fail?\ngit status'],
    ['Why does bash say command not found?\n\u00a0ls -la', 'Why does bash say command not found?\nls -la'],
    ['Why does this fail?\ndocker\u00a0compose up', 'Why does this fail?\ndocker compose up'],
    ['What does this do? def f(): …', 'What does this do? def f(): ...'],
    ['What does this do?\nwhile True:\n    …', 'What does this do?\nwhile True:\n    ...'],
    ['Which line has trailing whitespace?\nfoo\nbar \nbaz', 'Which line has trailing whitespace?\nfoo \nbar\nbaz'],
    ['Does this have trailing spaces?\nhello \nworld', 'Does this have trailing spaces?\nhello\nworld'],
  ]);
  served([
    ['Options: …', 'Options: ...'],
    ['I use it for\u00a0work every day', 'I use it for work every day'],
    ['Wait… what?', 'Wait... what?'],
  ]);
});

describe('everyday near-duplicates beside the session\'s rules, which a break test found refused by their first versions', () => {
  served([
    ['Delete the old logs, and keep the backups if they are recent', 'Delete the old logs and keep the backups, if they are recent'],
    ['I like running, but my knees hurt after 5 km', 'I like running but my knees hurt, after 5 km'],
    ["My car won't start, because the battery is dead. What should I do?", "My car won't start because the battery is dead. What should I do?"],
    ["The package has not arrived, because of the postal strike. Can I get a refund?", "The package has not arrived because of the postal strike. Can I get a refund?"],
    ["Check your spam folder if you don't see the email", "If you don't see the email, check your spam folder"],
    ['Check the logs if the build fails', 'If the build fails, check the logs'],
    ['How to validate user input in React', 'How to validate user inputs in React'],
    ['Mix the flour, and sugar for 2 minutes', 'Mix the flour and sugar for 2 minutes'],
    ['My daughter, who is 5, wants another puppy. Is she old enough?', 'My daughter who is 5 wants another puppy. Is she old enough?'],
    ['If x = 4, what is x squared?', 'if x = 4, what is x squared?'],
    ['Is this true?\nSource: https://www.cdc.gov/flu', 'Is this true?\nsource: https://www.cdc.gov/flu'],
    ['What does x = 5 do in Python?', 'What does x=5 do in Python?'],
    ['What does {{ name }} render in Jinja?', 'What does {{name}} render in Jinja?'],
    ['Buenos días, necesito ayuda con mi currículum', 'Buenos días necesito ayuda con mi currículum'],
    ['No entiendo nada de esto, a ver si alguien me ayuda con el código', 'No entiendo nada de esto a ver si alguien me ayuda con el código'],
    ['What are good images for a slide? **urgent**', 'What are good images for a slide? ** urgent**'],
    ['Quiero aprender inglés, pero no tengo tiempo. ¿Qué me recomiendas?', 'Quiero aprender inglés pero no tengo tiempo. ¿Qué me recomiendas?'],
  ]);
});

describe('a question mark on a first-person act or an infinitive of another language: "should I?"', () => {
  notServed([
    ['Vendo mis acciones de Tesla?', 'Vendo mis acciones de Tesla.'],
    ['Cancelo la suscripción de Netflix?', 'Cancelo la suscripción de Netflix.'],
    ['Peço demissão amanhã?', 'Peço demissão amanhã.'],
    ['Продать акции Теслы?', 'Продать акции Теслы.'],
    ['Sprzedać akcje Tesli?', 'Sprzedać akcje Tesli.'],
  ]);
  served([
    ['Puedo congelar el pan.', 'Puedo congelar el pan?'],
    ['Posso congelare il pane.', 'Posso congelare il pane?'],
  ]);
});

describe('an emoji, a "Thanks!" or a "Hi," on one side does not hide a difference the rules read', () => {
  notServed([
    ["I won't vote for her because she is a woman. Is that sexist?", "I won't vote for her, because she is a woman. Is that sexist? 🙏"],
    ['Delete the old logs, and the backups if they are older than 30 days. Write the cron job.', 'Delete the old logs and the backups, if they are older than 30 days. Write the cron job. Thanks!'],
    ['My brother who lives in Ohio is visiting. How many brothers do I have?', 'My brother, who lives in Ohio, is visiting. How many brothers do I have? 😊'],
    ['Why does this fail?\nGit status', 'Hi, why does this fail?\ngit status'],
    ['Vendo mis acciones de Tesla?', 'Vendo mis acciones de Tesla. Thanks!'],
  ]);
  served([
    ['What does <3 mean in a text message? 😊', 'What does <3 mean in a text message?😊'],
    ['What is the capital of France?', 'What is the capital of France? 🙏'],
    ['What is the capital of France?', 'What is the capital of France? Thanks!'],
    ['What is the capital of France?', 'Hi, what is the capital of France?'],
  ]);
});
