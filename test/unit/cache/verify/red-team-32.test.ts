import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 26: red teams on word order, shared contexts and long documents, and a team writing the rewordings users
 * expect served. Each not-served pair was `same` before this change (checked on the session's start); each served
 * pair under "now served" was refused there, and the other served pairs are neighbours the new rules must keep.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a phrase moved to the end, past a clause inside the question (team order)', () => {
  notServed([
    ['In court, how do I prove my ex is lying?', 'How do I prove my ex is lying in court?'],
    ['On my laptop, how do I see what my kids are doing?', 'How do I see what my kids are doing on my laptop?'],
    ['In high school, did you ever regret not studying?', 'Did you ever regret not studying in high school?'],
    ['In the morning, how do I remember what I dreamed?', 'How do I remember what I dreamed in the morning?'],
    ['When I\'m drunk, how do I remember what I said?', 'How do I remember what I said when I\'m drunk?'],
    ['By Monday, can you tell me if you\'ll come?', 'Can you tell me if you\'ll come by Monday?'],
    ['At school, how do I know what my kid eats?', 'How do I know what my kid eats at school?'],
    ['At the station, how do I get to the museum?', 'How do I get to the museum at the station?'],
    ['At the airport, how do I get to the hotel?', 'How do I get to the hotel at the airport?'],
  ]);
  served([
    ['At home, how do I train my puppy?', 'How do I train my puppy at home?'],
    ['In JavaScript, how do I check if a string is empty?', 'How do I check if a string is empty in JavaScript?'],
    ['In Python3, how do I check if a list is empty?', 'How do I check if a list is empty in Python3?'],
    ['In a React app, how do I check if the user is logged in?', 'How do I check if the user is logged in in a React app?'],
    ['In 2024, what is the best way to invest $10k?', 'What is the best way to invest $10k in 2024?'],
    ['From London, how do I get to Paris?', 'How do I get to Paris from London?'],
    ['In Spanish, how do I ask where the bathroom is?', 'How do I ask where the bathroom is in Spanish?'],
    ['At night, how do I stop my dog from barking?', 'How do I stop my dog from barking at night?'],
    // A review helper's: a named place or platform sets the whole question.
    ['On Instagram, how do I see who viewed my story?', 'How do I see who viewed my story on Instagram?'],
    ['In Canada, how do I find out if I owe back taxes?', 'How do I find out if I owe back taxes in Canada?'],
  ]);
});

describe('a question about the form of a text it holds (team contexts)', () => {
  notServed([
    ['Context: Your order shipped today. It arrives Friday.\n\nQuestion: How many exclamation marks are in the context?', 'Context: Your order shipped today! It arrives Friday!\n\nQuestion: How many exclamation marks are in the context?'],
    ['Context: Your order shipped today. It arrives Friday.\n\nQuestion: How many sentences are in the context?', 'Context: Your order shipped today; it arrives Friday.\n\nQuestion: How many sentences are in the context?'],
    ['Context: We do not ship to PO boxes.\n\nQuestion: Does the context use any contractions?', "Context: We don't ship to PO boxes.\n\nQuestion: Does the context use any contractions?"],
    ['Context: We do not ship to PO boxes.\n\nQuestion: How many words are in the context?', "Context: We don't ship to PO boxes.\n\nQuestion: How many words are in the context?"],
    ['Context: Members cannot book lanes in June.\n\nQuestion: Does the context contain any contractions?', "Context: Members can't book lanes in June.\n\nQuestion: Does the context contain any contractions?"],
    ['Student answer: I ate an apple at the park.\n\nQuestion: Does the student use articles correctly?', 'Student answer: I ate a apple at the park.\n\nQuestion: Does the student use articles correctly?'],
    ['Student answer: I ate an apple at the park.\n\nQuestion: How many mistakes are in the student answer?', 'Student answer: I ate an apple at park.\n\nQuestion: How many mistakes are in the student answer?'],
    ["Context: Priya wrote: the 'new' dashboard is live.\n\nQuestion: Does Priya put any word in quotation marks?", 'Context: Priya wrote: the new dashboard is live.\n\nQuestion: Does Priya put any word in quotation marks?'],
    ['Context: Shopping list\nmilk\npeanut butter\ncheese\n\nQuestion: How many items are on the shopping list?', 'Context: Shopping list\nmilk\npeanut\nbutter\ncheese\n\nQuestion: How many items are on the shopping list?'],
    ['Context: The manager wrote: send me the report by noon, please.\n\nQuestion: Did the manager say please?', 'Context: The manager wrote: send me the report by noon.\n\nQuestion: Did the manager say please?'],
    ['Context: The theatre on the harbour reopens in the autumn.\n\nQuestion: Is this from a British or an American paper?', 'Context: The theater on the harbor reopens in the autumn.\n\nQuestion: Is this from a British or an American paper?'],
    ['Bio: I am a data engineer at Riverline and I build streaming pipelines.\n\nQuestion: The limit is 12 words. Is the bio within the limit?', "Bio: I'm a data engineer at Riverline and I build streaming pipelines.\n\nQuestion: The limit is 12 words. Is the bio within the limit?"],
  ]);
  served([
    ['Please check this sentence for mistakes: He go to school every day.', 'Check this sentence for mistakes: He go to school every day.'],
    ['Proofread my email: Dear Anna, the meeting is moved to Monday.', 'Please proofread my email: Dear Anna, the meeting is moved to Monday.'],
    ['How many words should a cover letter be?', 'how many words should a cover letter be'],
    ['Context: We do not ship to PO boxes.\n\nQuestion: How many words are in the context?', 'Context: We do not ship to PO boxes.\nQuestion: How many words are in the context?'],
  ]);
  // Session 30: an edit inside a pasted context is left to a judge (document-edit.ts), a harmless one too.
  notServed([['Context: We do not ship to PO boxes.\n\nQuestion: Where do you not ship?', "Context: We don't ship to PO boxes.\n\nQuestion: Where do you not ship?"]]);
});

describe('rewordings users expect served (team hits), now served', () => {
  served([
    ['What does NASA stand for?', 'what does nasa stand for'],
    ['What is a VPN?', 'what is a vpn'],
    ['How tall is Mount Everest?', 'how tall is mount everest'],
    ['How do I plan a 3 day trip to Rome?', 'How do I plan a three day trip to Rome?'],
    ['What should I feed a 6 month old baby?', 'What should I feed a six month old baby?'],
    ['Write a 4 line poem about rain', 'Write a four line poem about rain'],
    ['Can I run far in one hour?', 'Can I run far in 1 hour?'],
    ['Why does my phone not charge?', "Why doesn't my phone charge?"],
    ['Why is my car not starting?', "Why isn't my car starting?"],
    ['Did he not come?', "Didn't he come?"],
  ]);
  notServed([
    ['What does the US economy depend on?', 'what does the us economy depend on'],
    ['How much RAM do I need?', 'how much ram do i need'],
    ['Is Turkey safe?', 'is turkey safe'],
    ['Convert 7 to binary', 'Convert seven to binary'],
    ['Is one enough?', 'Is 1 enough?'],
    ['Can I not go?', "Can't I go?"],
    ['Is not eating meat healthy?', 'Is eating meat not healthy?'],
    ["Why don't we use Postgres?", 'Why do we not use Postgres?'],
  ]);
});

describe('code named in prose: a type opening a sentence, a command before its flag, a member after its noun (team code)', () => {
  notServed([
    ['Boolean fields default to null in Java, right?', 'boolean fields default to null in Java, right?'],
    ['I added type hints to my Python code. List is not defined, why?', 'I added type hints to my Python code. list is not defined, why?'],
    ['Why does kubectl reject this manifest?\n\napiVersion: apps/v1\nKind: Deployment\nmetadata:\n  name: web', 'Why does kubectl reject this manifest?\n\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web'],
    ['When I type Python --version in the terminal it says command not found, why?', 'When I type python --version in the terminal it says command not found, why?'],
    ['In my Dockerfile, why does FROM Ubuntu fail to build?', 'In my Dockerfile, why does FROM ubuntu fail to build?'],
    ["What does echo it's done print in bash?", 'What does echo it is done print in bash?'],
    ["Why does my bash script hang at the line echo can't connect?", 'Why does my bash script hang at the line echo cannot connect?'],
    ['How do I use includes in Rails?', 'How do I use include in Rails?'],
    ['When should I use request in Flask?', 'When should I use requests in Flask?'],
    ['In Django, why does from django.db import model fail?', 'In Django, why does from django.db import models fail?'],
    ['In pandas, why is the column prices a string dtype?', 'In pandas, why is the column price a string dtype?'],
    ['In my package.json, what does the field scripts do?', 'In my package.json, what does the field script do?'],
    ['In SQL, why does the column orders not exist?', 'In SQL, why does the column order not exist?'],
  ]);
  served([
    ['Fix the bug in my Java code', 'fix the bug in my Java code'],
    ['Python lists vs tuples?', 'python lists vs tuples?'],
    ['List the files in a folder with Python', 'list the files in a folder with Python'],
    ['Return the result as JSON', 'return the result as JSON'],
    ['What is the average price of a house in Austin?', 'What is the average price of houses in Austin?'],
    ['What does echo do in bash?', 'what does echo do in bash?'],
  ]);
});

describe('courtesy that is the message judged, someone\'s, or the time of a question (team siblings)', () => {
  notServed([
    ['Is it unprofessional to email my boss hey?', 'Is it unprofessional to email my boss hello?'],
    ['Is it rude to text my boss thx?', 'Is it rude to text my boss thank you so much?'],
    ['Why does he ignore my hello?', 'Why does he ignore my thanks?'],
    ["How do I reply to a coworker's thanks?", "How do I reply to a coworker's sorry?"],
    ['Is it weird to wish coworkers good morning?', 'Is it weird to wish coworkers good afternoon?'],
    ['Good morning! Is it too late for caffeine?', 'Good evening! Is it too late for caffeine?'],
    ['Good evening, is the pharmacy still open?', 'Good morning, is the pharmacy still open?'],
    ['Good evening! Should I take my Adderall?', 'Good morning! Should I take my Adderall?'],
    ['Is it weird to text my crush 😘', 'Is it weird to text my crush'],
    ['Is it unprofessional to sign off an email to a client 🙂', 'Is it unprofessional to sign off an email to a client'],
  ]);
  served([
    ['How do I tell my boss thanks?', 'How do I tell my boss thank you?'],
    // Two times of day are no politeness since session 39 (red-team-46.test.ts).
    ['Thanks! How do I boil an egg?', 'How do I boil an egg?'],
    ['How do I stop procrastinating 😩', 'How do I stop procrastinating'],
  ]);
});
