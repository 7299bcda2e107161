import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 25: five red teams (code and operators; app templates and slots; antonyms and siblings; word order and
 * roles; long documents). Each not-served pair was `same` before this change (checked on the session's start); each
 * served pair is a neighbour the new rules must keep.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('marks next to a quoted literal of code', () => {
  notServed([
    ["What type is {'a', 'b'} in Python?", "What type is {'a': 'b'} in Python?"],
    ["What does print('hello', 'world') output in Python?", "What does print('hello' 'world') output in Python?"],
    ["What is len(['a', 'b', 'c']) in Python?", "What is len(['a', 'b' 'c']) in Python?"],
    ["What does ('a'..'e').to_a return in Ruby?", "What does ('a'...'e').to_a return in Ruby?"],
    ["In pandas, what does df.loc['a':'c'] return?", "In pandas, what does df.loc['a','c'] return?"],
    ["In bash, how many times does for x in 'a' 'b'; do echo $x; done loop?", "In bash, how many times does for x in 'a', 'b'; do echo $x; done loop?"],
    ["In PHP, what does 'a' . 'b' return?", "In PHP, what does 'a' , 'b' return?"],
    ["In JavaScript, what is Object.keys({'a': 1, 'b': 2})?", "In JavaScript, what is Object.keys({'a': 1 'b': 2})?"],
    ["What does 0 ?? 'x' evaluate to in JavaScript?", "What does 0 ? 'x' evaluate to in JavaScript?"],
    ["In PHP, what does $count ?: 'none' return when $count is 0?", "In PHP, what does $count ?? 'none' return when $count is 0?"],
    ["What does !!'false' evaluate to in JavaScript?", "What does !'false' evaluate to in JavaScript?"],
    ["What is the output of console.log('1' - '1')?", "What is the output of console.log('1', '1')?"],
    ['In C, what does printf(\'Hello world\') do?', 'In C, what does printf("Hello world") do?'],
    ['In Java, what does System.out.println(\'Hello world\'); do?', 'In Java, what does System.out.println("Hello world"); do?'],
    ['Why does echo "hello!" fail in bash?', "Why does echo 'hello!' fail in bash?"],
    ['In bash, what does git commit -m "fix bug!" do?', "In bash, what does git commit -m 'fix bug!' do?"],
  ]);
  served([
    ["What does print('hello') do in Python?", 'What does print("hello") do in Python?'],
    ["What type is {'a', 'b'} in Python?", "What type is {'a', 'b'} in Python"],
    ["What is len(['a', 'b', 'c']) in Python?", "Please, what is len(['a', 'b', 'c']) in Python?"],
    ["Translate 'please be seated' into French", 'Translate "please be seated" into French'],
    ["What is vitamin C ('ascorbic acid') good for?", 'What is vitamin C ("ascorbic acid") good for?'],
    ["What do 'ser' and 'estar' mean?", 'What do "ser" and "estar" mean?'],
    ["What does 0 ?? 'x' evaluate to in JavaScript?", "what does 0 ?? 'x' evaluate to in JavaScript?"],
  ]);
});

describe('a text after a question judging the asker’s own writing', () => {
  notServed([
    ['Does my cover letter have errors? I have excellent comunication skills.', 'Does my cover letter have errors? I have excellent communication skills.'],
    ['Is my store sign text okay? Open untill 9 pm every day.', 'Is my store sign text okay? Open until 9 pm every day.'],
    ['Is my cover letter okay? I am an hard worker with five years of experience.', 'Is my cover letter okay? I am a hard worker with five years of experience.'],
    ['Does the headline have an error? Goverment Announces New Tax Plan', 'Does the headline have an error? Government Announces New Tax Plan'],
    ['Is my caption good? Me and my friend goes to the beach every summer.', 'Is my caption good? Me and my friend go to the beach every summer.'],
  ]);
  served([
    ['Is my cover letter okay? I have excellent communication skills.', 'is my cover letter okay? I have excellent communication skills.'],
    ['Is my resume good?', 'Is my resume good'],
    ['Does my essay have errors? Thanks!', 'Does my essay have errors?'],
    ['Is my essay okay? It is for my English class.', "Is my essay okay? It's for my English class."],
    ['Is my resume fine? What should I add to it?', 'Is my resume fine? What should I add to it'],
  ]);
});

describe('one or several of the asker’s own things, picked out by "the" and where they are', () => {
  notServed([
    ['Extract the due date from the invoice below', 'Extract the due date from the invoices below'],
    ['Refund the item in order ORD-10023', 'Refund the items in order ORD-10023'],
    ['Cancel the subscription on my account', 'Cancel the subscriptions on my account'],
    ['Where is the parcel I ordered on Monday?', 'Where are the parcels I ordered on Monday?'],
    ['What is the due date of the invoice from Acme Corp?', 'What is the due date of the invoices from Acme Corp?'],
    ['Classify the sentiment of the review below as positive, negative or neutral', 'Classify the sentiment of the reviews below as positive, negative or neutral'],
    ['Write a reply to the question in the email below:\nHi, what time do you open on Sunday? Also, do you deliver to Leeds?', 'Write a reply to the questions in the email below:\nHi, what time do you open on Sunday? Also, do you deliver to Leeds?'],
    ['What is the status of the order for jane@acme.com?', 'What is the status of the orders for jane@acme.com?'],
  ]);
  served([
    ['What is the benefit of Pilates?', 'What are the benefits of Pilates?'],
    ['How do the lungs work?', 'How does the lung work?'],
    ['How do I cancel the subscription on my account?', 'How do I cancel the subscriptions on my account?'],
  ]);
});

describe('a verb right after who/that/which, whose agreement says what the clause describes', () => {
  notServed([
    ['Can I sue the owner of the dogs that bite my kids?', 'Can I sue the owner of the dogs that bites my kids?'],
    ['What is the name of the mother of the twins who lives in Ohio?', 'What is the name of the mother of the twins who live in Ohio?'],
    ["What should I do about the owner of the dogs that doesn't have a license?", "What should I do about the owner of the dogs that don't have a license?"],
    ['Find the author of the books that has more than 500 pages', 'Find the author of the books that have more than 500 pages'],
  ]);
  served([
    ['What do dogs eat?', 'What does a dog eat?'],
    ['Who is the owner of the dogs that bite?', 'Who is the owner of the dogs that bite'],
    ['Find me a recipe that uses leftover rice', 'Find me a recipe that use leftover rice'],
  ]);
});

describe('answer and reply in a lawsuit or on a phone', () => {
  notServed([
    ['How many days does the defendant have to file an answer?', 'How many days does the defendant have to file a reply?'],
    ['How do I enable auto answer on my phone?', 'How do I enable auto reply on my phone?'],
    ['What is an automatic reply in Gmail?', 'What is an automatic answer in Gmail?'],
  ]);
  served([["What's the best reply to thank you?", "What's the best answer to thank you?"]]);
});

describe('a phrase moved to the end that comes to describe someone or something else', () => {
  notServed([
    ['When nervous, how do I calm my dog?', 'How do I calm my dog when nervous?'],
    ['After being fired, how do I talk to my employee?', 'How do I talk to my employee after being fired?'],
    ['When sick, should my child go to school?', 'Should my child go to school when sick?'],
    ['On vacation, how do I contact my manager?', 'How do I contact my manager on vacation?'],
    ['On maternity leave, how do I talk to my employee?', 'How do I talk to my employee on maternity leave?'],
    ['At 65, can my wife collect my Social Security?', 'Can my wife collect my Social Security at 65?'],
    ['Using my phone, can my boss track my location?', 'Can my boss track my location using my phone?'],
    ['From my iPhone, how do I delete my Instagram account?', 'How do I delete my Instagram account from my iPhone?'],
    ['On Monday, schedule a meeting with the team.', 'Schedule a meeting with the team on Monday.'],
    ['In 2020, what was the forecast for inflation?', 'What was the forecast for inflation in 2020?'],
    ['On Monday, did you hear the office is closed?', 'Did you hear the office is closed on Monday?'],
    ['For all real x, does there exist a y with x + y = 0?', 'Does there exist a y with x + y = 0 for all real x?'],
    ['In military time, what is 1300?', 'What is 1300 in military time?'],
    ['In euros, how much is 100?', 'How much is 100 in euros?'],
    ['After taking ibuprofen, twice a day is it safe to drink?', 'After taking ibuprofen twice a day, is it safe to drink?'],
  ]);
  served([
    ['When pregnant, can I eat sushi?', 'Can I eat sushi when pregnant?'],
    ['From my phone, how do I check my bank balance?', 'How do I check my bank balance from my phone?'],
    ['In Python, what is 7 // 2?', 'What is 7 // 2 in Python?'],
    ['In Excel, how do I freeze a row?', 'How do I freeze a row in Excel?'],
    ['On Monday, how do I call my boss?', 'How do I call my boss on Monday?'],
    ['In cash, how do I pay my nanny?', 'How do I pay my nanny in cash?'],
    ['From China, how do I download WhatsApp?', 'How do I download WhatsApp from China?'],
    // A review helper's: a place or a time the action is in as often as the person, a fixed condition, an activity.
    ['At home, how do I train my puppy?', 'How do I train my puppy at home?'],
    ['In the hospital, how do I support my dad?', 'How do I support my dad in the hospital?'],
    ['If needed, how do I contact my doctor?', 'How do I contact my doctor if needed?'],
    ['When traveling, how do I feed my cat?', 'How do I feed my cat when traveling?'],
    ['During a thunderstorm, how do I calm my dog?', 'How do I calm my dog during a thunderstorm?'],
    ['In tennis, what does 40 mean?', 'What does 40 mean in tennis?'],
    ['From Gmail, how do I delete old emails?', 'How do I delete old emails from Gmail?'],
    ['On Sundays, how do I plan my week?', 'How do I plan my week on Sundays?'],
  ]);
});

describe('a sentence end after a word that denies, excludes or gives a status, turned into a comma or dropped', () => {
  const note = (marks: string) => `HPI: 45-year-old woman with sore throat for 4 days. Denies fever${marks} cough for 3 days. No recent travel.\n\nDoes the patient have a cough?`;
  notServed([
    [note('. Chills and'), note(', chills and')],
    [note('. Chills and'), note(' chills and')],
    ['Medication reconciliation: Stopped: aspirin. Metoprolol and lisinopril continued.\n\nIs the patient still taking metoprolol?', 'Medication reconciliation: Stopped: aspirin metoprolol and lisinopril continued.\n\nIs the patient still taking metoprolol?'],
    ['Allergy history: Denies drug allergies. Amoxicillin caused a rash in childhood.\n\nIs amoxicillin okay for this patient?', 'Allergy history: Denies drug allergies amoxicillin caused a rash in childhood.\n\nIs amoxicillin okay for this patient?'],
    ['Listing details: No dishwasher. Air conditioning and in-unit laundry included.\n\nDoes the apartment have air conditioning?', 'Listing details: No dishwasher air conditioning and in-unit laundry included.\n\nDoes the apartment have air conditioning?'],
  ]);
  served([
    ['Not working. Printer says offline, how do I fix it?', 'Not working printer says offline, how do I fix it?'],
    [note('. Chills and'), note('; chills and')],
    ["I don't know. Can you explain A and B?", "I don't know, can you explain A and B?"],
    // A review helper's: a status in a casual message, a negation farther back.
    ['Gluten free. Pizza or pasta recipes?', 'Gluten free, pizza or pasta recipes?'],
    ['My flight was cancelled. Train or bus to Chicago?', 'My flight was cancelled, train or bus to Chicago?'],
    ["I don't have a car. Bus or train to get to Boston?", "I don't have a car bus or train to get to Boston?"],
  ]);
});

describe('a mark inside brackets that a quoted literal opened, away from the literal (found rereading the change)', () => {
  notServed([
    ["What does f('a', x, y) return?", "What does f('a', x y) return?"],
    ["What does max('a', b, c) return in Python?", "What does max('a', b c) return in Python?"],
  ]);
  served([["What does f('a', x, y) return?", "what does f('a', x, y) return?"]]);
});

describe('a hostile helper against the first versions of these rules: the lists it found short', () => {
  notServed([
    ['When crying, how do I talk to my son?', 'How do I talk to my son when crying?'],
    ['When stressed, how do I motivate my team?', 'How do I motivate my team when stressed?'],
    ['At age 65, can my wife collect my Social Security?', 'Can my wife collect my Social Security at age 65?'],
    ['In labor, can my wife eat?', 'Can my wife eat in labor?'],
    ['In ICU, can my wife have visitors?', 'Can my wife have visitors in ICU?'],
    ['In rubles, how much is 5000?', 'How much is 5000 in rubles?'],
    ['On Monday, remind me about the dentist', 'Remind me about the dentist on Monday'],
    ['In 2019, what was the price target for Tesla?', 'What was the price target for Tesla in 2019?'],
    ['Can I sue the owner of the dogs that always bite my kids?', 'Can I sue the owner of the dogs that always bites my kids?'],
    ['Cancel the subscription I have on Netflix', 'Cancel the subscriptions I have on Netflix'],
    ['Is my cover letter okay? This position is a perfect fit for my skils.', 'Is my cover letter okay? This position is a perfect fit for my skills.'],
    ['Is my English correct? I has a dog and she are very cute.', 'Is my English correct? I have a dog and she is very cute.'],
    ['Allergic to penicillin. Sulfa and codeine are fine.', 'Allergic to penicillin, sulfa and codeine are fine.'],
    ['How do I answer on my Apple Watch?', 'How do I reply on my Apple Watch?'],
  ]);
  served([
    ['When traveling, how do I feed my cat?', 'How do I feed my cat when traveling?'],
    ['At 30, is it too late to learn piano?', 'At 30 is it too late to learn piano?'],
    ['Find me a recipe that always uses leftover rice', 'Find me a recipe that always use leftover rice'],
    ['Allergic to penicillin. What can I take instead?', 'Allergic to penicillin, what can I take instead?'],
  ]);
});
